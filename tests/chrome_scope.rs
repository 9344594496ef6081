//! The scope of the page walk's credit checks (`collect.outside-chrome`,
//! issues 16 and 18): a credit line or a source link in the site's
//! navigation chrome -- a `<nav>`, `role="navigation"`, the page's banner
//! and footer -- names no source of the post; the same line in the post
//! still does, and so does one in a post's own `<header>`/`<footer>`.

mod story;

use story::Blog;

/// A story of our own: three paragraphs.
const STORY: &str = r#"
<p>The harbour board will dredge the north channel this autumn, the first time since the ferry terminal was rebuilt.</p>
<p>Fishing crews asked for the work after two boats ran aground at low tide in March, the board's chair said on Tuesday.</p>
<p>The dredging is expected to take six weeks and will close the channel to pleasure craft on weekdays while it lasts.</p>
"#;

/// A credit line naming another outlet, linked to its home page.
const CREDIT: &str =
    r#"<p>Source: <a href="https://www.coastal-courier.example/">Coastal Courier</a></p>"#;

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Portside Post",
    title: "Harbour board to dredge the north channel",
    menu: &["Home", "Harbour"],
    ..story::BLOG
};

fn page(nav: &str, post_tail: &str, footer: &str) -> String {
    Blog {
        nav,
        footer,
        ..SITE
    }
    .page(&format!("{STORY}{post_tail}"))
}

fn extract(html: &str) -> gleaner::Article {
    story::explained(
        html,
        "https://portsidepost.example/2024/05/north-channel-dredging/",
    )
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
