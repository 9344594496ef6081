//! "Source: Outlet" credit lines under a reprint in the languages of the
//! sixth red team (session 20): Swedish, Danish/Norwegian, Finnish,
//! Hungarian, Romanian (with and without the breve), Greek and Korean.
//! The line at the post's end, linking the original, gives the source and
//! goes; the post's paragraphs stay. Every page is written here.
//!
//! The label-free `credit.read-on-outlet` would also take these lines, so
//! the test asks why the line went: as a labelled source line (the
//! marker prefix of its label), which only the labels give.

mod story;

use gleaner::Article;

const STORY: &str = r#"
<p>The river ferry that crosses to the island village has gone electric this spring, after two years of trials with a borrowed barge.</p>
<p><strong>Also on the quay:</strong> <a href="https://dailywave.example/harbour-crane-repaired/">The harbour crane is repaired</a></p>
<p>The county paid for the new hull and the charging post on the quay, and the old diesel engine was sold to a boatyard up the coast.</p>
<p>The crossing still takes eleven minutes, and the timetable stays the same through the summer months and the school holidays.</p>
"#;

const LAST: &str = "The crossing still takes eleven minutes";

/// The original's story, on another host.
const STORY_URL: &str = "https://riverpost.example.net/2026/island-ferry-goes-electric-48213/";

const LABELS: &[&str] = &[
    "Källa", "Kilde", "Lähde", "Forrás", "Sursa", "Sursă", "Πηγή", "출처",
];

fn page(body: &str) -> String {
    format!(
        r#"<html lang="xx"><head><title>Island ferry goes electric | Daily Wave</title>
        <meta property="og:site_name" content="Daily Wave">
        <link rel="canonical" href="https://dailywave.example/island-ferry-electric/"></head>
        <body><header class="site-header"><a class="site-title" href="/">Daily Wave</a></header>
        <main><article class="post"><h1 class="entry-title">Island ferry goes electric</h1>
        <div class="entry-content">{body}</div></article></main>
        <footer class="site-footer"><p>© 2026 Daily Wave</p></footer></body></html>"#
    )
}

fn extract(html: &str) -> Article {
    story::explained(html, "https://dailywave.example/island-ferry-electric/")
}

#[test]
fn a_source_line_in_these_languages_gives_the_source_and_goes() {
    for label in LABELS {
        let line = format!(
            r#"<p>{label}: <a href="{STORY_URL}" target="_blank" rel="nofollow noopener">River Post</a></p>"#
        );
        let a = extract(&page(&format!("{STORY}{line}")));
        let got = a.source_url.as_ref().map(|u| u.to_string());
        assert_eq!(got.as_deref(), Some(STORY_URL), "{label}: {}", a.text);
        assert!(!a.text.contains("River Post"), "{label}: {}", a.text);
        assert!(a.text.contains(LAST), "{label}: {}", a.text);
        let want = format!("marker.prefix(\"{}:\")", label.to_lowercase());
        assert!(
            a.removed
                .iter()
                .any(|r| r.preview.contains("River Post") && r.reason.contains(&want)),
            "{label}: not removed as a labelled line: {:?}",
            a.removed
        );
    }
}
