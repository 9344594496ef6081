//! The scope of the page walk's credit checks (`collect.outside-chrome`,
//! issues 16 and 18): a credit line or a source link in the site's
//! navigation chrome -- a `<nav>`, `role="navigation"`, the page's banner
//! and footer -- names no source of the post; the same line in the post
//! still does, and so does one in a post's own `<header>`/`<footer>`.

use gleaner::{Extractor, Url};

/// A story of our own: three paragraphs.
const STORY: &str = r#"
<p>The harbour board will dredge the north channel this autumn, the first time since the ferry terminal was rebuilt.</p>
<p>Fishing crews asked for the work after two boats ran aground at low tide in March, the board's chair said on Tuesday.</p>
<p>The dredging is expected to take six weeks and will close the channel to pleasure craft on weekdays while it lasts.</p>
"#;

/// A credit line naming another outlet, linked to its home page.
const CREDIT: &str =
    r#"<p>Source: <a href="https://www.coastal-courier.example/">Coastal Courier</a></p>"#;

fn page(nav: &str, post_tail: &str, footer: &str) -> String {
    format!(
        r#"<html><head><title>Harbour board to dredge the north channel | Portside Post</title></head>
        <body><header class="site-header"><a class="site-title" href="/">Portside Post</a>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/harbour/">Harbour</a></li></ul>{nav}</nav></header>
        <main><article class="post"><h1 class="entry-title">Harbour board to dredge the north channel</h1>
        <div class="entry-content">{STORY}{post_tail}</div></article></main>
        <footer class="site-footer"><p>© 2024 Portside Post</p>{footer}</footer></body></html>"#
    )
}

fn extract(html: &str) -> gleaner::Article {
    let url = Url::parse("https://portsidepost.example/2024/05/north-channel-dredging/").unwrap();
    Extractor::builder()
        .explain(true)
        .build()
        .extract(html, Some(&url))
        .unwrap()
}

#[test]
fn a_credit_in_the_page_footer_names_no_source() {
    let a = extract(&page("", "", CREDIT));
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
    assert!(!a.syndicated, "{}", a.text);
    assert!(a.text.contains("six weeks"), "{}", a.text);
}

#[test]
fn a_credit_in_the_navigation_names_no_source() {
    let a = extract(&page(CREDIT, "", ""));
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
    // A navigation landmark told by its role, not its name.
    let html = page("", "", "").replace(
        "</main>",
        &format!(r#"</main><div role="navigation">{CREDIT}</div>"#),
    );
    let a = extract(&html);
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
}

#[test]
fn the_same_credit_in_the_post_names_the_source() {
    let a = extract(&page("", CREDIT, ""));
    assert_eq!(
        a.source_url.as_ref().and_then(|u| u.host_str()),
        Some("www.coastal-courier.example"),
        "{}",
        a.text
    );
    assert!(a.syndicated);
    // A post's own footer is no page footer: its credit is read.
    let a = extract(&page("", &format!("<footer>{CREDIT}</footer>"), ""));
    assert_eq!(
        a.source_url.as_ref().and_then(|u| u.host_str()),
        Some("www.coastal-courier.example"),
        "{}",
        a.text
    );
}

#[test]
fn a_credit_in_the_page_sidebar_names_no_source_but_one_in_the_posts_aside_does() {
    let sidebar = page("", "", "").replace(
        "</main>",
        &format!(r#"</main><aside class="sidebar">{CREDIT}</aside>"#),
    );
    let a = extract(&sidebar);
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
    // A box beside the post's text, inside the post: the post's own.
    let a = extract(&page("", &format!("<aside>{CREDIT}</aside>"), ""));
    assert_eq!(
        a.source_url.as_ref().and_then(|u| u.host_str()),
        Some("www.coastal-courier.example"),
        "{}",
        a.text
    );
}
