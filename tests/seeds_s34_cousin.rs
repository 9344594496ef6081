//! What session 34's work on the generated seeds' page builders caught,
//! on pages written for this suite (issue 16): a post cut into a run of
//! builder sections stamped from one template (a section, a row, a
//! column, a text module), where the body choice took the first sections
//! and left a later one out, because it was short (the post's one-line
//! last sentence, after a section holding only a picture) or linked (a
//! "read also" line beside the story's list of figures)
//! (`body.template-run`); and a section taken whole whose text module
//! was dropped whole for the link lines beside its one sentence (the
//! module is now the root, its blocks judged one by one).

mod story;

use story::{assert_has, explained};

const URL: &str = "https://www.tidewaterdaily.com/2024/06/02/lock-keepers-cottage-reopens/";
const SITE: &str = "Tidewater Daily";
const TITLE: &str = "Lock keeper's cottage reopens as a canal museum";

/// The post's first section: long enough to be the best candidate.
const OPENING: &[&str] = &[
    "The cottage beside the third lock on the old canal opened its doors on Saturday as a small museum of the waterway, after a restoration that took volunteers four years.",
    "The last keeper moved out in 1971, and the building stood empty while the towpath around it turned into a cycle route used by commuters and weekend riders.",
    "A trust of former boat owners bought it from the waterways board for a symbolic sum and rebuilt the roof, the chimney and the lock gear with donated timber.",
];

/// A builder's section: the template's section, row, column and text
/// module (numbered as builders number them), around `inner`.
fn section(n: usize, inner: &str) -> String {
    format!(
        r#"<div class="bx-section bx-section-{n} bx-regular"><div class="bx-row bx-row-{n}"><div class="bx-column bx-column-{n} bx-full"><div class="bx-module bx-text bx-text-{n} bx-align-left"><div class="bx-text-inner">
{inner}
</div></div></div></div></div>"#
    )
}

/// A page on a builder theme whose post is the given sections, the first
/// holding [`OPENING`]; a sidebar of recent posts and a footer around it.
fn builder_page(later: &[&str]) -> String {
    let opening: String = OPENING.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let mut sections = section(0, &opening);
    for (i, s) in later.iter().enumerate() {
        sections.push_str(&section(i + 1, s));
    }
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><p class="site-title"><a href="/">{SITE}</a></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li><li><a href="/culture/">Culture</a></li></ul></nav></header>
<div id="main"><article class="post type-post"><h1 class="entry-title">{TITLE}</h1>
<p class="post-meta">By <a href="/author/desk/">News Desk</a> | June 2, 2024</p>
<div class="entry-content"><div class="bx-layout">{sections}</div></div></article>
<aside class="sidebar"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>
<li><a href="/2024/05/30/harbour-wall-repairs/">Harbour wall repairs start next month</a></li>
<li><a href="/2024/05/28/library-van-new-route/">Library van adds three villages to its route</a></li></ul></section></aside></div>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#
    )
}

/// A picture with its caption, the whole content of a section.
const PICTURE: &str = r#"<figure class="wp-block-image"><img src="/uploads/2024/06/lock-gates.jpg" alt=""><figcaption>The lock gates before the restoration</figcaption></figure>"#;

/// The opening section's paragraphs are all kept.
fn opening_kept(a: &gleaner::Article) {
    for p in OPENING {
        assert_has(a, p);
    }
}

/// A picture in a section of its own (its caption, no sentence), then
/// the post's last sentence in the next one, one short line with the
/// site's name under it: too short for a prose-like cousin and no closing
/// line right after the article's module, it is the post's closing
/// section by where it stands.
#[test]
fn a_short_closing_sentence_after_a_picture_section_is_kept() {
    let html = builder_page(&[
        PICTURE,
        "Entry is free.<br />\n<br />\n<p>Tidewater Daily</p>",
    ]);
    let a = explained(&html, URL);
    opening_kept(&a);
    assert_has(&a, "Entry is free.");
}

/// The post's list of figures after a "read also" line, in the last
/// section: linked as much as a related-posts box, but its list (no link
/// in it) is the story's.
#[test]
fn a_list_of_figures_beside_a_read_also_line_in_the_last_section_is_kept() {
    let html = builder_page(&[
        "<p>Upstairs, a model of the canal shows the twelve locks between the river and the hill village.</p>",
        r#"<div class="read-also"><p><strong>Read also:</strong> <a href="/2024/05/30/harbour-wall-repairs/">Harbour wall repairs start next month after the winter storms</a></p></div>
<ol><li>Thursday to Sunday: 10 to 17 hours</li><li>Guided walks: first Sunday</li><li>School visits: on request</li></ol>"#,
    ]);
    let a = explained(&html, URL);
    opening_kept(&a);
    assert_has(&a, "Thursday to Sunday: 10 to 17 hours");
    assert_has(&a, "School visits: on request");
}

/// The post's last sentence in the next section, between a "read also"
/// line and the autoblog's credit, a promotion of the site and a follow
/// button: the section joins the body whole, and its module is read
/// block by block (the links in lines of their own are more than a
/// module's share, but the sentence is the post's).
#[test]
fn a_closing_sentence_among_link_lines_in_the_next_section_is_kept() {
    let html = builder_page(&[
        r#"<p><strong>Read also:</strong> <a href="/2024/05/30/harbour-wall-repairs/">Harbour wall repairs start next month after the winter storms</a></p>
<p>The trust hopes to open the boathouse next summer.</p>
<p>via <a href="https://www.canalhistory.example/2024/06/cottage">Canal History</a></p>
<p>For more stories like this, keep reading Tidewater Daily.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://news.example.com/follow">Follow us on News</a></div></div>"#,
    ]);
    let a = explained(&html, URL);
    opening_kept(&a);
    assert_has(&a, "The trust hopes to open the boathouse next summer.");
}
