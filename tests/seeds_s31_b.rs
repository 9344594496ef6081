//! What session 31's second seeds task caught, on pages written for this
//! suite (issue 16):
//!
//! - a page builder's text module holding a "read also" line and the
//!   next section's opening (a heading written as a bold line, or a
//!   lead-in closing on a colon whose list opens the next module): the
//!   module is the article's, its link line judged on its own;
//! - a republished post's short last sentence over the autoblog's credit
//!   whose bare link holds a date in its path: the date is the address's,
//!   the paragraph no theme's meta line.

mod story;

use story::{explained, removed};

const URL: &str = "https://millbrookdaily.net/2025/03/orchard-cider-press/";

/// A post of our own, in four sections: the village orchard's cider press.
const OPENING: &[&str] = &[
    "The village orchard pressed its first cider of the season on Saturday, and the queue for the old wooden press reached the church gate by noon.",
    "Volunteers gathered the fallen apples from the twenty trees the parish planted a decade ago, most of them varieties that no shop sells.",
];
const MIDDLE: &[&str] = &[
    "The press itself is older than the orchard: a farmer two valleys over lent it after his own trees were cut down for a road.",
    "This year the group bought new filter cloths with the money from last season's bottles, and the juice ran clearer than it ever has.",
];
const CLOSING: &[&str] = &[
    "Children fed the apples into the mill while their parents turned the wheel, and the first jug went to the oldest volunteer.",
    "The orchard group meets again in April, when the trees are pruned and the new saplings go in along the lane.",
];

/// A page builder's text module around `inner`, numbered `n` (the
/// builder's generated name).
fn module(n: usize, inner: &str) -> String {
    format!(
        "<div class=\"pb-section pb-section-{n}\"><div class=\"pb-row pb-row-{n}\"><div class=\"pb-col pb-col-{n}\">\
         <div class=\"pb-text pb-text-{n}\"><div class=\"pb-text-inner\">{inner}</div></div></div></div></div>"
    )
}

/// `<p>` elements of `paras`.
fn paras(paras: &[&str]) -> String {
    paras.iter().map(|p| format!("<p>{p}</p>")).collect()
}

/// A page on a builder theme: header, the post's title, its modules, a
/// footer.
fn page(modules: &[String]) -> String {
    format!(
        "<html><head><title>Cider press draws a queue | Millbrook Daily</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">Millbrook Daily</a>\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local/\">Local</a></li></ul></nav></header>\
         <div class=\"pb-page\"><h1>Cider press draws a queue</h1>{}</div>\
         <footer class=\"site-footer\"><p>© 2025 Millbrook Daily</p></footer></body></html>",
        modules.concat()
    )
}

/// A "read also" line pointing at another post of the site.
const READ_ALSO: &str = "<p><strong>Read also:</strong> <a href=\"https://millbrookdaily.net/2025/02/bridge-repairs-lane/\">Bridge repairs close the lane for a fortnight in March</a></p>";

/// Panics, showing the article and its removals, unless `want` is in it.
fn assert_kept(a: &gleaner::Article, want: &str) {
    assert!(
        a.text.contains(want),
        "lost {want:?} in:\n{}\n{}",
        a.text,
        removed(a)
    );
}

/// A module holding a "read also" line, then the next section's heading
/// written as a bold line (`<b>…</b><br>`) over a picture: the module is
/// over the link density limit, and holds no sentence. The bold line
/// opens the next module's prose as an `<h2>` would: the module is the
/// article's (before: removed whole by `clean:block-link-density`).
#[test]
fn a_bold_subheading_beside_a_read_also_line_in_its_own_module_stays() {
    let heading = "Old trees, new cloths";
    let html = page(&[
        module(0, &paras(OPENING)),
        module(
            1,
            &format!(
                "{READ_ALSO}<b>{heading}</b><br />\
                 <div style=\"text-align:center\"><img src=\"/uploads/2025/03/press.jpg\" width=\"600\" /></div>"
            ),
        ),
        module(2, &paras(MIDDLE)),
        module(3, &paras(CLOSING)),
    ]);
    let a = explained(&html, URL);
    assert_kept(&a, heading);
    for p in OPENING.iter().chain(MIDDLE).chain(CLOSING) {
        assert_kept(&a, p);
    }
    assert!(
        !a.text.contains("Bridge repairs close the lane"),
        "the read-also line stayed: {}",
        a.text
    );
}

/// The same module, its second line a bold sentence (a stop at its end):
/// no heading, the module holds no prose of its own and goes as before.
#[test]
fn a_bold_sentence_beside_a_read_also_line_is_no_subheading() {
    let bold = "Sign up for the orchard's newsletter today.";
    let html = page(&[
        module(0, &paras(OPENING)),
        module(1, &format!("{READ_ALSO}<b>{bold}</b><br />")),
        module(2, &paras(MIDDLE)),
        module(3, &paras(CLOSING)),
    ]);
    let a = explained(&html, URL);
    assert!(!a.text.contains(bold), "kept: {}", a.text);
}

/// A module holding a "read also" line, then a paragraph's lead-in that
/// closes on a colon: the list it introduces opens the next module. The
/// lead-in is the article's (before: removed whole with the module).
#[test]
fn a_lead_in_closing_on_a_colon_beside_a_read_also_line_stays() {
    let lead = "The group keeps a few simple rules for the pressing days, posted on the barn door:";
    let html = page(&[
        module(0, &paras(OPENING)),
        module(1, &format!("{READ_ALSO}<p>{lead}</p>")),
        module(
            2,
            &format!(
                "<ul><li>Bring your own bottles, washed and labelled</li><li>Windfalls only, never picked fruit</li>\
                 <li>Children turn the wheel with a grown-up beside them</li></ul>{}",
                paras(MIDDLE)
            ),
        ),
        module(3, &paras(CLOSING)),
    ]);
    let a = explained(&html, URL);
    assert_kept(&a, lead);
    assert_kept(&a, "Windfalls only, never picked fruit");
    assert!(
        !a.text.contains("Bridge repairs close the lane"),
        "the read-also line stayed: {}",
        a.text
    );
}

/// A republished post on a blog theme: its last paragraph is a short
/// sentence, then (after a `<br>`) the autoblog's credit, the source's
/// name and its story's bare address, dated in its path. The address's
/// date is no date the line states: the paragraph is no theme's meta line
/// (before: removed whole by `byline.meta-line(republished)`); the credit
/// goes on its own.
#[test]
fn a_short_last_sentence_over_a_credit_with_a_dated_address_stays() {
    let last = "Nobody minds.";
    let address = "https://valleyherald.com/2024/11/03/orchard-cider-press-queue/";
    let body = format!(
        "{}<p>{last}<br />via Valley Herald <a href=\"{address}\">{address}</a></p>",
        paras(&[OPENING, MIDDLE, CLOSING].concat())
    );
    let html = format!(
        "<html><head><title>Cider press draws a queue | Millbrook Daily</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">Millbrook Daily</a></header>\
         <article class=\"post\"><h1>Cider press draws a queue</h1><div class=\"entry-content\">{body}</div></article>\
         <footer class=\"site-footer\"><p>© 2025 Millbrook Daily</p></footer></body></html>"
    );
    let a = explained(&html, URL);
    assert_kept(&a, last);
    assert!(
        !a.text.contains("via Valley Herald"),
        "the credit stayed: {}",
        a.text
    );
    assert_eq!(
        a.source_url.as_ref().map(|u| u.as_str()),
        Some(address),
        "{}",
        removed(&a)
    );
}

/// A theme that wraps the whole page in a block named as an overlay (a
/// background layer): the strict pass prunes the page by that name and
/// the relaxed pass, which lifts names, reads it. `post` is the post's
/// markup.
fn overlay_page(post: &str) -> String {
    format!(
        "<html><head><title>Cider press draws a queue | Millbrook Daily</title></head><body>\
         <div class=\"page-overlay\"><div class=\"site-container\">\
         <header class=\"site-header\"><a href=\"/\">Millbrook Daily</a>\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local/\">Local</a></li><li><a href=\"/sport/\">Sport</a></li></ul></nav></header>\
         <article class=\"post\"><h1>Cider press draws a queue</h1><div class=\"entry-content\">{post}</div></article>\
         <aside class=\"sidebar\"><h3>Recent posts</h3><ul><li><a href=\"/2025/02/a/\">Bridge repairs close the lane</a></li>\
         <li><a href=\"/2025/01/b/\">The chapel choir sings again</a></li></ul></aside>\
         <footer class=\"site-footer\"><p>© 2025 Millbrook Daily</p></footer></div></div></body></html>"
    )
}

/// The site's box selling its own services, under a widget's name of
/// its own (`promo-box`), at the post's end: the strict pass prunes it
/// by its name, and so does the body's cleaning when the relaxed pass
/// read the page (before: kept, its heading gone as the site's line).
#[test]
fn a_promo_box_in_a_page_wrapped_in_an_overlay_goes() {
    let post = format!(
        "{}<div class=\"promo-box\"><h3>Grow your shop with Millbrook Daily</h3>\
         <p>A full-service design studio: we build shop websites, logos and flyers for local traders. Ask for a quote today!</p>\
         <p><a class=\"button\" href=\"https://millbrookdaily.net/contact/\">Write to us</a></p></div>",
        paras(&[OPENING, MIDDLE, CLOSING].concat())
    );
    let a = explained(&overlay_page(&post), URL);
    for p in OPENING.iter().chain(MIDDLE).chain(CLOSING) {
        assert_kept(&a, p);
    }
    assert!(
        !a.text.contains("full-service design studio") && !a.text.contains("Write to us"),
        "the promo box stayed: {}\n{}",
        a.text,
        removed(&a)
    );
}

/// The post itself in sections named after the wrapper's overlay (a
/// post shown in a popup: `post-popup__section` inside `post-popup`):
/// the relaxed pass keeps them, their name the wrapper's.
#[test]
fn sections_named_after_the_overlay_wrapper_stay() {
    let section = |ps: &[&str]| format!("<div class=\"post-popup__section\">{}</div>", paras(ps));
    let html = format!(
        "<html><head><title>Cider press draws a queue | Millbrook Daily</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">Millbrook Daily</a></header>\
         <div class=\"post-popup\"><h1>Cider press draws a queue</h1>{}{}{}</div>\
         <footer class=\"site-footer\"><p>© 2025 Millbrook Daily</p></footer></body></html>",
        section(OPENING),
        section(MIDDLE),
        section(CLOSING)
    );
    let a = explained(&html, URL);
    for p in OPENING.iter().chain(MIDDLE).chain(CLOSING) {
        assert_kept(&a, p);
    }
}

/// Readers' comments after the post, in plain `<div>`s: no comment
/// list's markup, no name, each a head (the commenter's name and the
/// day) over the comment's text, under a "3 thoughts" heading. The
/// thread goes (`clean:comment-thread`); before, it stayed.
#[test]
fn comments_in_plain_divs_after_the_post_go() {
    let comment = |name: &str, day: &str, text: &str| {
        format!("<div><div><b>{name}</b> <span>{day}</span></div><div>{text}</div></div>")
    };
    let thread = [
        comment("Margaret H.", "March 9, 2025 at 8:14 am", "Lovely to see the old press working again. My grandfather turned that wheel when I was small."),
        comment("Tom", "March 9, 2025 at 10:02 am", "We came up from town for it and the queue was worth it. Will the bottles be sold at the market?"),
        comment("Ruth Okafor", "March 10, 2025 at 7:45 pm", "Well done to all the volunteers, especially the ones who washed the crates in cold water."),
    ]
    .concat();
    let html = format!(
        "<html><head><title>Cider press draws a queue | Millbrook Daily</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">Millbrook Daily</a></header>\
         <main><div class=\"post\"><h1>Cider press draws a queue</h1><div class=\"post-body\">{}</div>\
         <div><h3>3 thoughts</h3>{thread}</div></div></main>\
         <footer class=\"site-footer\"><p>© 2025 Millbrook Daily</p></footer></body></html>",
        paras(&[OPENING, MIDDLE, CLOSING].concat())
    );
    let a = explained(&html, URL);
    for p in OPENING.iter().chain(MIDDLE).chain(CLOSING) {
        assert_kept(&a, p);
    }
    for gone in ["grandfather turned that wheel", "Ruth Okafor", "3 thoughts"] {
        assert!(!a.text.contains(gone), "{gone:?} stayed: {}", a.text);
    }
}

/// A post whose sections are blocks of a short head (a volunteer's name
/// and the day) over a paragraph, with the post's prose after them: no
/// thread after the post, the sections stay.
#[test]
fn dated_sections_with_prose_after_them_stay() {
    let section =
        |head: &str, text: &str| format!("<div><div><b>{head}</b></div><div>{text}</div></div>");
    let sections = [
        section(
            "Ann Brook, March 8, 2025",
            "The press was carried out of the barn and scrubbed down by the volunteers.",
        ),
        section(
            "Joe Penn, March 9, 2025",
            "The first apples went through the mill at nine, and the queue formed soon after.",
        ),
    ]
    .concat();
    let html = format!(
        "<html><head><title>Cider press draws a queue | Millbrook Daily</title></head><body>\
         <main><div class=\"post\"><h1>Cider press draws a queue</h1>{}<div>{sections}</div>{}</div></main>\
         <footer class=\"site-footer\"><p>© 2025 Millbrook Daily</p></footer></body></html>",
        paras(OPENING),
        paras(&[MIDDLE, CLOSING].concat())
    );
    let a = explained(&html, URL);
    assert_kept(&a, "scrubbed down by the volunteers");
    assert_kept(&a, "the queue formed soon after");
}
