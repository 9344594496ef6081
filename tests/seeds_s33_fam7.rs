//! What the seventh generated family set (`families7`: structured posts)
//! caught, on pages written for this suite (issue 16):
//!
//! - a code listing inside a box named for its controls (Prism's toolbar
//!   plugin wraps the `<pre>` and its language label and copy button in
//!   a `code-toolbar` div): the box is the listing's wrapper, only the
//!   controls' own element goes (`Subtree::wraps_code`);
//! - an FAQ whose questions are disclosure toggles (`<a aria-expanded>`,
//!   `<a aria-controls>`, as page builders' accordions print them): the
//!   toggles are controls, not links, so the block is prose, not a link
//!   list (`rules::is_control_link`);
//! - a "was this helpful?" vote box and an Amazon affiliate plugin's
//!   product box with its price note under it, named by their classes
//!   (`chrome.helpful`, `ads.aawp`);
//! - a lone button linking to this very page with an action query
//!   (`?action=share`): a control, whatever its label;
//! - a sign-up box with a bold title line and a privacy line under its
//!   form: the box goes whole, not just its form;
//! - an importer's lone link line to this page's own slug on another
//!   host, a slug of three long words: the source, whatever its label.

mod story;

use story::{explained, removed, removed_by};

const URL: &str = "https://www.fenlandfixit.com/2026/03/bleed-a-radiator/";
const SITE: &str = "Fenland Fixit";
const TITLE: &str = "How to bleed a radiator in ten minutes";

/// A short guide of our own.
const STORY: &[&str] = &[
    "A radiator that is cold at the top and warm at the bottom has air trapped inside it, and bleeding it takes ten minutes with a key that costs less than a coffee.",
    "Turn the heating off first and let the radiators cool down, because the water that spits out of the valve can be hot enough to scald.",
    "Hold a cloth under the valve, turn the key a quarter turn and close it again as soon as water instead of air comes out.",
    "Check the boiler's pressure gauge afterwards and top it up if the needle has dropped below one bar.",
];

/// A block-theme post page: header, title, `body` in the post's content
/// container, a sidebar and a footer.
fn page(body: &str) -> String {
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/heating/">Heating</a></li><li><a href="/plumbing/">Plumbing</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-content">
{body}
</div></article></main>
<aside class="sidebar"><h2>Latest guides</h2><ul><li><a href="/unblock-a-sink/">Unblock a sink without chemicals</a></li><li><a href="/fix-a-dripping-tap/">Fix a dripping tap</a></li></ul></aside>
<footer class="site-footer"><p>© 2026 {SITE}</p></footer></body></html>"#
    )
}

fn p(i: usize) -> String {
    format!("<p>{}</p>\n", STORY[i])
}

/// Asserts every paragraph and every `kept` line in the text, in order,
/// and none of `gone`.
fn assert_text(html: &str, kept: &[&str], gone: &[&str]) {
    let a = explained(html, URL);
    story::assert_in_order(&a, STORY.iter().chain(kept).copied(), gone);
}

/// A code listing in Prism's toolbar box (the `<pre>` and the toolbar's
/// language label and copy button in one `code-toolbar` div) is kept;
/// the toolbar's words go.
#[test]
fn code_listing_in_a_toolbar_box_is_kept_without_its_buttons() {
    let body = format!(
        "{}{}<div class=\"code-toolbar\"><pre class=\"language-shell\"><code>radiator-log --since 2026-01-01\nradiator-log --room kitchen --cold-top</code></pre><div class=\"toolbar\"><div class=\"toolbar-item\"><span>shell</span></div><div class=\"toolbar-item\"><button type=\"button\" class=\"copy-to-clipboard-button\"><span>Copy</span></button></div></div></div>\n{}{}",
        p(0),
        p(1),
        p(2),
        p(3)
    );
    let a = explained(&page(&body), URL);
    for line in [
        "radiator-log --since 2026-01-01",
        "radiator-log --room kitchen --cold-top",
    ] {
        assert!(
            a.text.contains(line),
            "lost the listing's {line:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
    assert!(
        !a.text.contains("Copy"),
        "the copy button leaked:\n{}",
        a.text
    );
}

/// An FAQ whose questions are a builder's accordion toggles (links that
/// open their answer: `aria-expanded`, `aria-controls`) is the post's
/// prose, not a list of links.
#[test]
fn faq_with_toggle_questions_is_kept() {
    let faq = r##"<div class="accordion-box"><div class="accordion-item"><h4 class="accordion-title"><a href="#answer-1" aria-expanded="false" aria-controls="answer-1">How often should radiators be bled?</a></h4><div id="answer-1" class="accordion-body"><p>Once a year, before the heating season starts.</p></div></div><div class="accordion-item"><h4 class="accordion-title"><a href="#" aria-controls="answer-2">Do I need a special key?</a></h4><div id="answer-2" class="accordion-body"><p>Most valves take a standard square key from any hardware shop.</p></div></div></div>"##;
    let body = format!("{}{}{}{faq}\n{}", p(0), p(1), p(2), p(3));
    let html = page(&body);
    let a = explained(&html, URL);
    for line in [
        "How often should radiators be bled?",
        "Once a year, before the heating season starts.",
        "Do I need a special key?",
        "Most valves take a standard square key from any hardware shop.",
    ] {
        assert!(
            a.text.contains(line),
            "lost the FAQ's {line:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
}

/// A table of contents (links to the post's own sections, no toggles)
/// stays a block of links: the toggle rule leaves it alone.
#[test]
fn table_of_contents_links_stay_links() {
    let toc = r##"<div class="post-toc"><p class="post-toc-title">On this page</p><ul><li><a href="#before">Before you start</a></li><li><a href="#steps">Bleeding the radiator</a></li><li><a href="#after">Checking the pressure</a></li></ul></div>"##;
    let body = format!("{}{toc}\n{}{}{}", p(0), p(1), p(2), p(3));
    assert_text(&page(&body), &[], &["On this page", "Before you start"]);
}

/// A "was this helpful?" vote box under the guide goes with its count.
#[test]
fn helpful_vote_box_is_removed() {
    let vote = r#"<div class="was-this-helpful" data-post="412"><div class="wth-question">Did this guide help you?</div><div class="wth-buttons"><span class="wth-yes">Yes</span> <span class="wth-no">No</span></div><p class="wth-count">57 readers found this useful</p></div>"#;
    let body = format!("{}{}{}{}{vote}", p(0), p(1), p(2), p(3));
    assert_text(
        &page(&body),
        &[],
        &["Did this guide help you?", "57 readers found this useful"],
    );
}

/// An affiliate plugin's product box in the middle of the guide, with
/// its price note under it, goes whole, by the plugin's name (other
/// rules may take the box for its links; the name takes both).
#[test]
fn affiliate_product_box_and_its_note_are_removed() {
    let product = r#"<div class="aawp"><div class="aawp-product aawp-product--horizontal"><a class="aawp-product__title" href="https://www.amazon.example/dp/B0TEST1234?tag=fenland-21" rel="nofollow sponsored">Brassline Radiator Key, Pack of 2</a><div class="aawp-product__footer"><span class="aawp-product__price">4,99</span><a class="aawp-button" href="https://www.amazon.example/dp/B0TEST1234?tag=fenland-21" rel="nofollow sponsored">See the offer</a></div></div></div><p class="aawp-disclaimer">Last update on 2026-03-01 / Affiliate links / Images from Amazon Product Advertising API</p>"#;
    let body = format!("{}{}{product}\n{}{}", p(0), p(1), p(2), p(3));
    let a = explained(&page(&body), URL);
    assert!(
        removed_by(&a, "ads.aawp"),
        "not removed by the plugin's name:\n{}",
        removed(&a)
    );
    assert_text(
        &page(&body),
        &[],
        &[
            "Brassline Radiator Key",
            "Last update on 2026-03-01",
            "See the offer",
        ],
    );
}

/// A lone button under the post that links to this very page with an
/// action in its query (a newsletter platform's "pass it on" button,
/// `?action=share`) is a control on the page, not a line of the post,
/// whatever its label says.
#[test]
fn lone_button_to_this_page_with_an_action_is_removed() {
    let button = format!(
        "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"{URL}?utm_medium=email&amp;action=share\"><span>Send this to a neighbour</span></a></p>"
    );
    let body = format!("{}{}{}{}{button}", p(0), p(1), p(2), p(3));
    assert_text(&page(&body), &[], &["Send this to a neighbour"]);
    // The same button between paragraphs.
    let body = format!("{}{}{button}{}{}", p(0), p(1), p(2), p(3));
    assert_text(&page(&body), &[], &["Send this to a neighbour"]);
}

/// A sign-up box in the post (a heading or a bold title line, a line of
/// pitch, the form) goes whole: the form is pruned, and the box around
/// it, its title no promise paragraph, goes with it. (A privacy line after
/// the form is not set apart: reading paragraphs after a form as the
/// box's fine print took a post's closing section after a box for the
/// box on tuning seeds 148 and 296.)
#[test]
fn box_around_a_pruned_signup_form_is_removed() {
    let optin = r#"<div id="box-7-holder" class="om-holder om-inline"><div class="om-campaign"><div class="om-element"><h3 class="om-headline">Warm house, small bills</h3><p class="om-text">Our monthly letter has one heating tip you can try in an evening.</p><form class="om-form"><input type="email" placeholder="Your email"><button type="submit">Count me in</button></form></div></div></div>"#;
    let leads = r##"<div class="tve-leads-in-content"><div class="tl-style"><div class="thrv-content-box"><div class="tve-cb"><div class="thrv_text_element"><p><strong>Warm house, small bills</strong></p></div><div class="thrv_text_element"><p>Our monthly letter has one heating tip you can try in an evening.</p></div><div class="thrv_lead_generation"><form action="#" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit"><span>Count me in</span></button></form></div></div></div></div></div>"##;
    for optin in [optin, leads] {
        let body = format!("{}{}{optin}\n{}{}", p(0), p(1), p(2), p(3));
        assert_text(
            &page(&body),
            &[],
            &["Warm house, small bills", "one heating tip"],
        );
    }
}

/// An importer's credit as the last line of the post's last paragraph
/// (`…bar.<br><a>link</a>`): one link to another host whose slug is this
/// page's own, whatever word the importer shows for it, is the source;
/// a slug of three long words (`bleeding-cold-radiators`) is a
/// story's, matched whole.
#[test]
fn lone_link_line_to_the_same_slug_elsewhere_is_the_source() {
    let own = "https://www.fenlandfixit.com/2026/03/bleeding-cold-radiators/";
    let src = "https://www.warmhomesweekly.example/2026/bleeding-cold-radiators/";
    let last = format!(
        "<p>{}<br><a href=\"{src}\" target=\"_blank\" rel=\"nofollow\">Zrdojlink</a></p>\n",
        STORY[3]
    );
    let body = format!("{}{}{}{last}", p(0), p(1), p(2));
    let a = explained(&page(&body), own);
    assert_eq!(
        a.source_url.as_ref().map(|u| u.as_str()),
        Some(src),
        "source not found in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
    assert!(!a.text.contains("Zrdojlink"), "credit leaked:\n{}", a.text);
}

/// The same credit as a paragraph of its own opening the post, under a
/// print button: the source, and no line of the text.
#[test]
fn lone_link_paragraph_to_the_same_slug_opening_the_post_is_removed() {
    let own = "https://www.fenlandfixit.com/2026/03/bleeding-cold-radiators/";
    let src = "https://www.warmhomesweekly.example/2026/bleeding-cold-radiators/";
    let print = r##"<div class="pfx pfx-right"><a href="#" rel="nofollow" onclick="window.print(); return false;"><span>Tisk</span></a></div>"##;
    for top in [String::new(), print.to_string()] {
        let body = format!(
            "{top}<p><a href=\"{src}\" target=\"_blank\" rel=\"nofollow\">Zrdojlink</a></p>\n{}{}{}{}",
            p(0),
            p(1),
            p(2),
            p(3)
        );
        let a = explained(&page(&body), own);
        assert_eq!(a.source_url.as_ref().map(|u| u.as_str()), Some(src));
        assert!(
            !a.text.contains("Zrdojlink"),
            "credit leaked ({}):\n{}\nremoved:\n{}",
            top.len(),
            a.text,
            removed(&a)
        );
    }
}
