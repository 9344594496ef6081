//! The guard leaves out the head's `<meta>` tags whose keys no stage reads
//! (session 29, issue 18): the article is the same as from the whole tree,
//! every field of it, and the metas that are read still give their fields.

use gleaner::{Extractor, Url};

const PAGE: &str = concat!(
    r#"<!DOCTYPE html><html><head><meta charset="utf-8">"#,
    r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
    r#"<meta name="robots" content="max-image-preview:large">"#,
    r#"<meta name="theme-color" content="navy">"#,
    r#"<meta property="og:type" content="article">"#,
    r#"<meta property="og:title" content="Night ferry returns to the bay">"#,
    r#"<meta property="og:site_name" content="Bay Courier">"#,
    r#"<meta name="description" content="The night ferry sails again after three winters.">"#,
    r#"<meta name="x-last-updated" content="2024-03-02T10:00:00Z">"#,
    r#"<meta property="article:published_time" content="2024-03-01T08:30:00Z">"#,
    r#"<meta name="author" content="Ines Varga">"#,
    r#"<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ines Varga">"#,
    r#"<meta name="keywords" content="ferries, harbour">"#,
    r#"<title>Night ferry returns to the bay | Bay Courier</title></head><body>"#,
    r#"<header><a href="/">Bay Courier</a></header><article><h1>Night ferry returns to the bay</h1>"#,
    r#"<p>The night ferry between the harbour and the island sails again from Friday, three winters after the old boat was retired.</p>"#,
    r#"<p>The council bought a smaller vessel from a northern yard and trained two new crews over the summer months.</p>"#,
    r#"<p>Tickets cost the same as the day crossing, and bicycles travel free on the late sailings until the spring.</p>"#,
    r#"</article></body></html>"#,
);

#[test]
fn an_article_is_the_same_without_its_unread_metas() {
    let url = Url::parse("https://bay.example/news/ferry").unwrap();
    let extractor = Extractor::default();
    let guarded = extractor.extract(PAGE, Some(&url)).unwrap();
    let whole = extractor
        .extract_document(&scraper::Html::parse_document(PAGE), Some(&url))
        .unwrap();
    assert_eq!(
        serde_json::to_value(&guarded).unwrap(),
        serde_json::to_value(&whole).unwrap()
    );
    // The metas that are read still give their fields.
    assert_eq!(guarded.site_name.as_deref(), Some("Bay Courier"));
    assert_eq!(
        guarded.description.as_deref(),
        Some("The night ferry sails again after three winters.")
    );
    assert_eq!(guarded.authors, ["Ines Varga"]);
    assert!(guarded.published.is_some());
    assert!(guarded.modified.is_some());
    assert_eq!(guarded.tags, ["ferries", "harbour"]);
}
