//! What session 34's work on the generated seeds (226, 266, 334, 366,
//! 370) caught, on pages written for this suite (issue 16): a post's
//! subheading lost with what the page put next to it.
//!
//! - loose `<br>` text where teaser lines ("Related: <a>…</a>", "See also
//!   <a>…</a>") run into the next section's heading written as a bold
//!   line: the teaser lines go, the heading stays;
//! - a bold-line subheading right after a widget's line ("Follow us on
//!   …") near the post's end is no chat launcher's label;
//! - a builder's text module holding a "join our channel" link and a
//!   subheading, with a "read also" module between it and the section's
//!   prose: the subheading module is one of the article's;
//! - a builder's text module holding a subheading over a signup form,
//!   the section's prose in the next module: the heading is the post's,
//!   not the box's title;
//! - (seed 302) a reading-time counter glued to the head of the post's
//!   loose text in a language that capitalises nouns ("Lesezeit: 3
//!   Minuten Die …"): the counter is cut with its noun.

mod story;

use story::{assert_has, assert_lacks, explained};

const URL: &str = "https://www.millbrookdaily.com/2024/06/02/orchard-replanted/";
const SITE: &str = "Millbrook Daily";
const TITLE: &str = "Volunteers replant the old parish orchard";

/// A post of our own, in four paragraphs.
const STORY: &[&str] = &[
    "Forty volunteers spent Saturday replanting the parish orchard behind the church, where most of the old trees had fallen in the storms of last winter.",
    "The saplings were grafted in the spring from cuttings of the surviving trees, so the orchard keeps the local varieties its founders chose a century ago.",
    "Each family that helped has adopted a tree and will share in the harvest once the trees start to bear fruit in four or five years.",
    "The parish council has promised to pay for a new fence to keep the deer away from the young trees until they are strong enough.",
];

/// The subheading the tests' posts carry before their last two paragraphs.
const SUBHEAD: &str = "Deer fence comes next";

fn page(body: &str) -> String {
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li></ul></nav></header>
<div id="content"><article class="post"><h1 class="entry-title">{TITLE}</h1>
{body}
</article></div>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#
    )
}

/// Extracts `html`, asserting the story and its subheading kept.
fn kept_all(html: &str) -> gleaner::Article {
    let a = explained(html, URL);
    for p in STORY {
        assert_has(&a, p);
    }
    assert_has(&a, SUBHEAD);
    a
}

/// Loose `<br>` text: teaser lines, one of them without a label a rule
/// knows, run into the next section's bold heading; ad boxes open and
/// end the block. The heading stays, the teaser lines go.
#[test]
fn bold_heading_after_teaser_lines_in_loose_text_is_kept() {
    let [p1, p2, p3, p4] = STORY else { return };
    let body = format!(
        r#"<div class="post-body entry-content">
{p1}<br />
<br />
{p2}<br />
<br />
<div class="ad-slot"><div class="ad-slot__label">Advertisement</div><div id="slot-7730" style="min-height:250px"></div></div>
Related: <a href="/2024/05/12/village-pond-cleared/">Village pond cleared of weed by the scouts</a><br />
<br />
See also <a href="/2024/04/20/bus-shelter-mural/">A new mural brightens the bus shelter</a><br />
<br />
<b>{SUBHEAD}</b><br />
<br />
<div class="ad-slot"><div class="ad-slot__label">Advertisement</div><div id="slot-7731" style="min-height:250px"></div></div>
{p3}<br />
<br />
{p4}
</div>"#
    );
    let a = kept_all(&page(&body));
    assert_lacks(&a, "Village pond cleared");
    assert_lacks(&a, "A new mural brightens");
}

/// A widget's line ("Follow us on …") and then a subheading written as a
/// bold line in loose text, near the post's end: the heading is no
/// launcher's label beside a chat bubble.
#[test]
fn bold_heading_after_a_widget_line_is_no_launcher_label() {
    let [p1, p2, p3, p4] = STORY else { return };
    let body = format!(
        r#"<div class="entry-content">
<p>{p1}</p>
<p>{p2}</p>
<p><a href="https://news.google.com/publications/XYZ123"><img src="/img/gnews.png" alt="Google News" width="180" height="50"></a> Follow us on Google News</p>
<b>{SUBHEAD}</b><br />
<div class="ad-slot"><div class="ad-slot__label">Advertisement</div></div>
{p3}<br />
<br />
{p4}
</div>"#
    );
    let a = kept_all(&page(&body));
    assert_lacks(&a, "Follow us on Google News");
}

/// One builder text module (a made-up builder's classes, with generated
/// names) per block of the post; the subheading's module also holds a
/// "join our channel" link, and a "read also" module stands between it
/// and the section's prose.
#[test]
fn subheading_module_before_a_read_also_module_is_kept() {
    let [p1, p2, p3, p4] = STORY else { return };
    let module = |id: &str, inner: &str| {
        format!(
            r#"<div class="pb-el pb-el-{id} pb-text"><div class="pb-inner">{inner}</div></div>"#
        )
    };
    let spacer = r#"<div class="pb-el pb-spacer"><div class="pb-inner"><div class="pb-gap"></div></div></div>"#;
    let body = [
        module("3fa81", &format!("<p>{p1}</p><p>{p2}</p>")),
        module(
            "3fa82",
            &format!(
                r#"<div class="join-links"><a href="https://t.me/millbrookdaily">Join our Telegram channel</a></div><h3>{SUBHEAD}</h3>"#
            ),
        ),
        spacer.to_string(),
        module(
            "3fa83",
            r#"<p><strong>Read also: <a href="/2024/05/12/village-pond-cleared/">Village pond cleared of weed by the scouts</a></strong></p>"#,
        ),
        spacer.to_string(),
        module("3fa84", &format!("<p>{p3}</p><p>{p4}</p>")),
    ]
    .join("\n");
    let a = kept_all(&page(&format!(r#"<div class="pb-section">{body}</div>"#)));
    assert_lacks(&a, "Village pond cleared");
}

/// One builder text module per block of the post; the subheading's
/// module also holds a newsletter form with its promise, and the
/// section's prose follows in the next module: the heading is the post's,
/// the form's promise goes.
#[test]
fn subheading_over_a_form_in_its_module_is_no_box_title() {
    let [p1, p2, p3, p4] = STORY else { return };
    let module = |inner: &str| {
        format!(r#"<div class="rb-text rb-element"><div class="rb-wrap">{inner}</div></div>"#)
    };
    let body = [
        module(&format!("<p>{p1}</p><p>{p2}</p>")),
        module(&format!(
            r#"<h2>{SUBHEAD}</h2>
<div class="signup-wrap"><div class="signup"><p class="signup-note">Thanks for reading! Get every new post from the village by email, free.</p><form class="signup-form"><input type="email" name="email" placeholder="Your email"><input type="submit" value="Sign me up"></form></div></div>"#
        )),
        module(&format!("<p>{p3}</p><p>{p4}</p>")),
    ]
    .join("\n");
    let a = kept_all(&page(&format!(r#"<div class="rb-row">{body}</div>"#)));
    assert_lacks(&a, "Get every new post from the village");
}

/// A reading-time plugin's span (label, number, noun) printed before the
/// post's loose text, in a language that capitalises its nouns: the
/// counter goes whole, its noun included, and the post's first sentence
/// stays.
#[test]
fn reading_time_before_loose_text_goes_with_its_noun() {
    let story = [
        "Die Stadtbücherei verleiht seit dieser Woche auch Werkzeug, von der Bohrmaschine bis zur Heckenschere.",
        "Die Geräte stammen aus Spenden der Nachbarschaft und werden von zwei Ehrenamtlichen geprüft und gewartet.",
        "Ausleihen kann jeder, der einen Büchereiausweis besitzt, für höchstens zwei Wochen am Stück.",
    ];
    let html = format!(
        r#"<html><head><title>Bücherei verleiht Werkzeug | Stadtbote Mühlental</title></head>
<body><header class="site-header"><a class="site-title" href="/">Stadtbote Mühlental</a></header>
<div id="content"><article class="post"><h1 class="entry-title">Bücherei verleiht Werkzeug</h1>
<div class="entry-content">
<span class="entry-stat" style="display: block;"><span class="entry-stat__label">Lesezeit:</span> <span class="entry-stat__value">2</span> <span class="entry-stat__label">Minuten</span></span>
{}<br />
<br />
{}<br />
<br />
{}
</div></article></div>
<footer class="site-footer"><p>© 2024 Stadtbote Mühlental</p></footer></body></html>"#,
        story[0], story[1], story[2]
    );
    let a = explained(
        &html,
        "https://www.stadtbote-muehlental.de/buecherei-verleiht-werkzeug/",
    );
    for p in story {
        assert_has(&a, p);
    }
    assert_lacks(&a, "Lesezeit");
    assert_lacks(&a, "Minuten");
}
