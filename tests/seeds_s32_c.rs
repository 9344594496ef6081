//! What session 32's work on lost short paragraphs and subheadings caught,
//! on pages written for this suite (issue 16):
//!
//! - a bold subheading heading a run of `<br>` lines whose links each carry
//!   their own label ("Read also: …"): the subheading is no list's title;
//! - a signup form titled by a bold paragraph inside it, appended to the
//!   module that holds the post's last paragraph: the box ends at the form;
//! - a page builder's last text module holding the post's short closing
//!   sentence over a credit ("Read the original", or "First published at
//!   … on <date>"), or pictures and a closing line written as a bare line;
//! - a subheading module whose section opens with a timetable (a data
//!   table) in the next module.

mod story;

use story::{assert_has, assert_lacks, explained};

const URL: &str = "https://orchardlane.example.org/2025/09/cider-press-returns/";

/// The post's title.
const TITLE: &str = "The old cider press turns again";

/// A post of our own: the village cider press back in use.
const POST: &[&str] = &[
    "The cider press in the barn behind the village hall squeezed its first apples in twelve years on Saturday, with a queue of wheelbarrows at the door.",
    "Volunteers spent the summer replacing the oak screw and the slatted tub, using timber from a beam that fell in the churchyard during the winter storms.",
    "Growers bring their own fruit and leave with their own juice, paying only for the bottles, and the hall keeps a list of who pressed what and when.",
    "The committee hopes the press will also take the windfalls from the old orchards on the hill, which have been left to rot for a decade.",
];

/// The page around `content`: a header, the post under its title, a
/// footer. The `<title>` is `TITLE | site`.
fn page(content: &str) -> String {
    format!(
        "<html><head><title>{TITLE} | Orchard Lane Post</title></head><body>\
         <header class=\"site-header\"><a class=\"site-title\" href=\"/\">Orchard Lane Post</a>\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/village/\">Village</a></li></ul></nav></header>\
         <main><article class=\"post\"><h1 class=\"entry-title\">{TITLE}</h1>{content}</article></main>\
         <footer class=\"site-footer\"><p>© 2025 Orchard Lane Post</p></footer></body></html>"
    )
}

/// A page builder's text module (every one named alike, but for a
/// generated number) holding `inner`.
fn module(n: u32, inner: &str) -> String {
    format!("<div class=\"pb-module pb-rich-text pb-node-{n}\"><div class=\"pb-rich-text-inner\">{inner}</div></div>")
}

/// The post's paragraphs as `<p>` elements.
fn paras(ps: &[&str]) -> String {
    ps.iter().map(|p| format!("<p>{p}</p>")).collect()
}

/// A post written as `<br>`-broken lines, an ad slot between its
/// paragraphs; under the ad, a bold subheading heads two "read also"
/// pointers to the site's own posts, each with its own label, then a
/// video box and the section's prose. The subheading stays and the
/// pointers go (before: the run of lines was one list of the site's
/// links with the bold line for its title, and `links.own-link-list`
/// dropped it whole).
#[test]
fn a_bold_subheading_over_labelled_pointers_stays() {
    let ad = "<div class=\"mid-article-ad\"><small class=\"ad-label\">Advertisement</small><div class=\"adunit\"></div></div>";
    let html = page(&format!(
        "<div class=\"entry-content\">{}<br><br>{}<br><br>{ad}\
         <b>Who may bring fruit</b><br><br>\
         <strong>Related reading: <a href=\"https://orchardlane.example.org/2025/08/hall-roof/\">The village hall gets a new roof before the winter</a></strong><br><br>\
         <strong>Also on the site:</strong> <a href=\"https://orchardlane.example.org/2025/07/fete/\">The summer fete raises money for the school minibus</a><br><br>\
         <div class=\"video-box\"><div class=\"player\"></div></div>\
         {}<br><br>{}<br><br></div>",
        POST[0], POST[1], POST[2], POST[3]
    ));
    let a = explained(&html, URL);
    for p in POST {
        assert_has(&a, p);
    }
    assert_has(&a, "Who may bring fruit");
    assert_lacks(&a, "Related reading");
    assert_lacks(&a, "Also on the site");
}

/// A builder's last text module holds the post's short last paragraph
/// and, after it, a signup box whose title is a bold paragraph inside its
/// form. The box goes and the paragraph stays (before: the box's climb
/// from its e-mail field, never meeting a heading, went on to the module's
/// wrapper and took the paragraph for the box's promise).
#[test]
fn a_signup_form_titled_in_bold_leaves_the_paragraph_before_it() {
    let form = "<div class=\"nl-box-inside\"><form method=\"post\">\
        <p class=\"nl-title\"><strong>The Morning Basket</strong></p>\
        <p class=\"nl-text\">The village news in your inbox, every morning.</p>\
        <p><input type=\"email\" name=\"email\" placeholder=\"Your e-mail\"></p>\
        <p><input type=\"submit\" value=\"Count me in\"></p></form></div>";
    let html = page(&format!(
        "<div class=\"pb-content\">{}{}</div>",
        module(1, &paras(POST)),
        module(2, &format!("<p>Pressing is free.</p>{form}"))
    ));
    let a = explained(&html, URL);
    for p in POST {
        assert_has(&a, p);
    }
    assert_has(&a, "Pressing is free.");
    assert_lacks(&a, "The Morning Basket");
}

/// A builder's last text module holds only the post's two-word closing
/// sentence and a "read the original" link to the source's site (a share
/// bar's header under it). The sentence stays (before: the module was a
/// short block with a link, `clean:short-linked`, which spares a sentence
/// over a credit only in a block read as one paragraph).
#[test]
fn a_closing_sentence_module_over_a_read_more_credit_stays() {
    let html = page(&format!(
        "<div class=\"pb-content\">{}{}</div>",
        module(1, &paras(POST)),
        module(
            2,
            "<p>It pays.</p>\
             <p><a href=\"https://valleygazette.example.com/news/cider-press-8812\" target=\"_blank\">Read More</a></p>"
        )
    ));
    let a = explained(&html, URL);
    for p in POST {
        assert_has(&a, p);
    }
    assert_has(&a, "It pays.");
}

/// The same closing module with a credit that names its source's site in
/// a link and dates the original after it, then a team's signature. The
/// sentence stays (before: the dated credit, its link inside the line,
/// was read as prose with a link, the module over the link density limit,
/// and `clean:block-link-density` dropped it whole).
#[test]
fn a_closing_sentence_over_a_dated_credit_stays() {
    let html = page(&format!(
        "<div class=\"pb-content\">{}{}</div>",
        module(1, &paras(POST)),
        module(
            2,
            "<p>It pays.</p>\
             <p><em>First published at <a href=\"https://www.valleygazette.example.com/news/cider-press-8812\">valleygazette.example.com</a> on March 4, 2025.</em></p>\
             <p>Team Orchard Lane</p>"
        )
    ));
    let a = explained(&html, URL);
    for p in POST {
        assert_has(&a, p);
    }
    assert_has(&a, "It pays.");
}

/// A builder's last text module holds a photo in a caption table, then
/// the post's closing sentence as a bare line, then the source's logo
/// linked to its story. The sentence stays (before: two pictures and no
/// paragraph element, the module was `clean:images-over-paragraphs`, no
/// prose after it to stand between).
#[test]
fn pictures_and_a_closing_line_in_the_last_module_stay() {
    let last = "<table class=\"tr-caption-container\"><tbody><tr><td>\
        <a href=\"https://orchardlane.example.org/wp-content/uploads/press-1024x683.jpg\">\
        <img src=\"https://orchardlane.example.org/wp-content/uploads/press-1024x683.jpg\" width=\"640\"></a></td></tr>\
        <tr><td class=\"tr-caption\">press-1024x683</td></tr></tbody></table>\
        The bottles cost a pound each.<br><br>\
        <div class=\"post-source\"><a href=\"https://www.valleygazette.example.com/news/cider-press-8812\" rel=\"nofollow\">\
        <img src=\"https://www.valleygazette.example.com/logo.svg\" alt=\"Valley Gazette\"></a></div>";
    let html = page(&format!(
        "<div class=\"pb-content\">{}{}{}</div>",
        module(1, &paras(&POST[..2])),
        module(2, &paras(&POST[2..])),
        module(3, last)
    ));
    let a = explained(&html, URL);
    for p in POST {
        assert_has(&a, p);
    }
    assert_has(&a, "The bottles cost a pound each.");
}

/// A builder's module holds a "read also" line to the site's own post and
/// the next section's subheading; the section opens with a timetable in
/// a module of its own, its prose in the module after. The subheading
/// stays (before: the timetable's module held no sentence, so the
/// subheading's module stood between no two of the article's, and
/// `clean:block-link-density` dropped it with its pointer).
#[test]
fn a_subheading_module_over_a_timetable_module_stays() {
    let table =
        "<table class=\"table\"><thead><tr><th>Day</th><th>Hours</th><th>Price</th></tr></thead>\
        <tbody><tr><td>Saturday</td><td>From nine to four</td><td>Free</td></tr>\
        <tr><td>Sunday</td><td>From ten to two</td><td>Free</td></tr>\
        <tr><td>Weekdays</td><td>By appointment</td><td>Two pounds</td></tr></tbody></table>";
    let html = page(&format!(
        "<div class=\"pb-content\">{}{}{}{}</div>",
        module(1, &paras(&POST[..2])),
        module(
            2,
            "<p><strong>READ ALSO:</strong> <a href=\"https://orchardlane.example.org/2025/08/hall-roof/\">The village hall gets a new roof before the winter</a></p>\
             <h2>Opening hours</h2>"
        ),
        module(3, table),
        module(4, &paras(&POST[2..]))
    ));
    let a = explained(&html, URL);
    for p in POST {
        assert_has(&a, p);
    }
    assert_has(&a, "Opening hours");
    assert_has(&a, "From nine to four");
}
