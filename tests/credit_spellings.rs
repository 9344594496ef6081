//! A bracketed credit whose link's text is the outlet's name in a Latin
//! script beyond Latin-1 ("[Nguồn: <a>Hương Giang Sớm</a>]", "[Źródło:
//! <a>Wieczór Śląski</a>]"): the name spells the host it links
//! (huonggiangsom.example.vn, wieczorslaski.example.pl) once its letters
//! lose their accents, Vietnamese's stacked ones and Central Europe's
//! alike, so the line credits the outlet (`credit.bracketed-source-link`).
//! A name that spells another host stays. Pages written for this suite.

mod story;

use gleaner::Article;
use story::Blog;

const STORY: &str = r#"
<p>The night market by the river bridge has moved to the old tram depot for the rainy season, after the stall holders voted for a roof.</p>
<p>Forty stalls now stand under the depot's iron beams, selling noodles, grilled corn, second-hand books and bicycle parts.</p>
<p>The depot belongs to the city, which asks for no rent until October and has put new lights along the path from the bridge.</p>
"#;

const LAST: &str = "has put new lights along the path from the bridge.";

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "City Lanes",
    title: "Night market moves under a roof",
    menu: &["Home", "City", "Food"],
    year: 2025,
    ..story::BLOG
};

fn page(body: &str) -> String {
    SITE.page(body)
}

fn extract(html: &str) -> Article {
    story::extract(html, "https://citylanes.example/night-market-tram-depot/")
}

/// The story with `credit` as the line closing its last paragraph.
fn closing_line(credit: &str) -> String {
    let story = STORY.trim_end();
    let cut = story.len() - "</p>".len();
    format!("{}<br>{credit}</p>", &story[..cut])
}

#[test]
fn vietnamese_name_spells_its_host() {
    let href = "https://huonggiangsom.example.vn/tin/cho-dem-ve-kho-tau-cu-48213.html";
    let credit = format!(r#"[Nguồn: <a href="{href}">Hương Giang Sớm</a>]"#);
    let a = extract(&page(&closing_line(&credit)));
    assert!(a.text.contains(LAST), "lost the story:\n{}", a.text);
    assert!(!a.text.contains("Nguồn"), "the credit stayed:\n{}", a.text);
    assert_eq!(a.source_url.as_ref().map(|u| u.as_str()), Some(href));
}

#[test]
fn polish_name_spells_its_host() {
    let href = "https://wieczorslaski.example.pl/read/7731920";
    let body = format!(r#"{STORY}<p>[Źródło: <a href="{href}">Wieczór Śląski</a>]</p>"#);
    let a = extract(&page(&body));
    assert!(a.text.contains(LAST), "lost the story:\n{}", a.text);
    assert!(!a.text.contains("Źródło"), "the credit stayed:\n{}", a.text);
    assert_eq!(a.source_url.as_ref().map(|u| u.as_str()), Some(href));
}

#[test]
fn name_of_another_host_stays() {
    // The link's text spells no part of the host it leads to: a figure's
    // source, not the outlet's credit.
    let href = "https://statdata.example.vn/bang/2291";
    let credit = format!(r#"[Nguồn: <a href="{href}">Hương Giang Sớm</a>]"#);
    let a = extract(&page(&closing_line(&credit)));
    assert!(a.text.contains(LAST), "lost the story:\n{}", a.text);
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
}
