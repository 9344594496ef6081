//! Metadata fixture tests: one page per source (JSON-LD variants, OpenGraph
//! only, microdata only, DOM only), each date format, each URL case.

use gleaner::{Article, Url};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/metadata/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn extract(name: &str, url: Option<&str>) -> Article {
    let url = url.map(|u| Url::parse(u).unwrap());
    gleaner::extract(&fixture(name), url.as_ref()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn day(a: &Article) -> Option<String> {
    a.published.map(|d| d.format("%Y-%m-%d").to_string())
}

#[test]
fn jsonld_graph_with_references() {
    let a = extract(
        "jsonld_graph.html",
        Some("https://courier.example/news/footbridge"),
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Millbrook votes to rebuild footbridge")
    );
    assert_eq!(a.authors, ["Ann Hale", "Tom Reed"]);
    let p = a.published.unwrap();
    assert_eq!(p.to_rfc3339(), "2023-03-19T10:30:00+01:00");
    assert_eq!(
        a.modified.unwrap().to_rfc3339(),
        "2023-03-20T08:00:00+01:00"
    );
    assert_eq!(a.site_name.as_deref(), Some("Millbrook Courier Ltd"));
    assert_eq!(a.lang.as_deref(), Some("en-GB"));
    assert_eq!(
        a.description.as_deref(),
        Some("The town will replace its closed wooden footbridge this summer.")
    );
    assert_eq!(
        a.canonical_url.as_ref().map(Url::as_str),
        Some("https://courier.example/news/footbridge")
    );
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://courier.example/img/bridge.jpg")
    );
    assert_eq!(a.tags, ["Millbrook", "bridges", "council"]);
    assert_eq!(a.section.as_deref(), Some("Local"));
    assert!(a.fingerprint.is_some());
}

#[test]
fn jsonld_malformed_is_repaired() {
    let a = extract("jsonld_malformed.html", None);
    assert_eq!(a.title.as_deref(), Some("Ferry service starts Monday"));
    assert_eq!(a.authors, ["Lena Ortiz"]);
    assert_eq!(day(&a).as_deref(), Some("2023-04-02"));
    assert_eq!(a.site_name.as_deref(), Some("Valley Post"));
}

#[test]
fn jsonld_html_escaped() {
    let a = extract("jsonld_escaped.html", None);
    assert_eq!(a.title.as_deref(), Some("Bridge beams arrive by barge"));
    assert_eq!(a.authors, ["Sam Oduya", "Kit Marlow"]);
    assert_eq!(day(&a).as_deref(), Some("2023-05-06"));
}

#[test]
fn opengraph_only() {
    let a = extract(
        "opengraph_only.html",
        Some("https://gazette.example/local/x"),
    );
    assert_eq!(a.title.as_deref(), Some("Footbridge plans unveiled"));
    assert_eq!(a.site_name.as_deref(), Some("Riverside Gazette"));
    assert_eq!(a.authors, ["Mia Chen"]);
    assert_eq!(a.lang.as_deref(), Some("en-US"));
    assert_eq!(
        a.description.as_deref(),
        Some("Drawings show a wider deck and new railings.")
    );
    assert_eq!(
        a.canonical_url.as_ref().map(Url::as_str),
        Some("https://gazette.example/local/footbridge-plans?page=2")
    );
    let img = a.lead_image.unwrap();
    assert_eq!(img.src, "https://gazette.example/media/plans.jpg");
    assert_eq!(img.alt.as_deref(), Some("Drawing of the new bridge"));
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2023-06-01T07:00:00+00:00"
    );
    assert_eq!(
        a.modified.unwrap().format("%Y-%m-%d").to_string(),
        "2023-06-02"
    );
    assert_eq!(a.tags, ["bridges", "planning"]);
    assert_eq!(a.section.as_deref(), Some("Local"));
}

#[test]
fn microdata_only() {
    let a = extract("microdata_only.html", None);
    assert_eq!(a.title.as_deref(), Some("Temporary ferry draws crowds"));
    assert_eq!(a.authors, ["Rosa Lind"]);
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2023-07-08T12:00:00-04:00"
    );
    assert_eq!(a.lang.as_deref(), Some("en"));
}

#[test]
fn dom_only() {
    let a = extract("dom_only.html", None);
    assert_eq!(a.title.as_deref(), Some("Night market returns to the quay"));
    assert_eq!(a.authors, ["Jonas Berg", "Ella Price"]);
    assert_eq!(day(&a).as_deref(), Some("2022-09-05"));
    assert_eq!(a.site_name.as_deref(), Some("Harbour Times"));
    // No lang attribute: detected from the text.
    assert_eq!(a.lang.as_deref(), Some("en"));
}

#[test]
fn language_detected_from_text() {
    let a = extract("german_no_lang.html", None);
    assert_eq!(a.lang.as_deref(), Some("de"));
}

#[test]
fn urls_resolve_against_base_and_drop_tracking() {
    let a = extract("urls.html", Some("https://crier.example/2023/story.html"));
    assert_eq!(
        a.canonical_url.as_ref().map(Url::as_str),
        Some("https://static.example/news/bridge-reopens")
    );
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://static.example/site/images/bridge.jpg")
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://wire.example/stories/1234")
    );
    assert!(a.is_syndicated());
}

#[test]
fn junk_urls_are_skipped() {
    let a = extract(
        "junk_urls.html",
        Some("https://crier.example/news/budget?utm_source=x"),
    );
    // `javascript:` canonical ignored, og:url taken instead.
    assert_eq!(
        a.canonical_url.as_ref().map(Url::as_str),
        Some("https://crier.example/news/budget")
    );
    // The icon is not a lead image; the Twitter card image is.
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://crier.example/img/budget-meeting.jpg")
    );
    assert_eq!(a.title.as_deref(), Some("Council meets on bridge budget"));
}

const BODY: &str = "<p>The river town of Millbrook voted on Tuesday to rebuild its old wooden footbridge, closed last spring after an inspection.</p><p>Work is expected to start in early summer and to take about four months in all.</p>";

fn with_date_meta(value: &str) -> Article {
    let html = format!(
        "<html><head><meta property=\"article:published_time\" content=\"{value}\"></head><body><article>{BODY}</article></body></html>"
    );
    gleaner::extract(&html, None).unwrap()
}

#[test]
fn every_date_format() {
    let cases = [
        ("2023-03-19T10:30:00+01:00", "2023-03-19"),
        ("2023-03-19T10:30:00.123Z", "2023-03-19"),
        ("2023-03-19T10:30:00+0100", "2023-03-19"),
        ("2023-03-19 10:30:00", "2023-03-19"),
        ("2023-03-19 10:30:00 EDT", "2023-03-19"),
        ("2023-03-19", "2023-03-19"),
        ("Sun, 19 Mar 2023 10:30:00 +0000", "2023-03-19"),
        ("March 19, 2023", "2023-03-19"),
        ("Mar. 19, 2023, 4:05 p.m.", "2023-03-19"),
        ("19 March 2023", "2023-03-19"),
        ("19.03.2023", "2023-03-19"),
        ("2023/03/19", "2023-03-19"),
        ("03/19/2023", "2023-03-19"),
        ("1679221800", "2023-03-19"),
    ];
    for (input, want) in cases {
        assert_eq!(
            day(&with_date_meta(input)).as_deref(),
            Some(want),
            "{input}"
        );
    }
}

#[test]
fn dates_out_of_range_or_relative_are_rejected() {
    for input in [
        "1989-12-31",
        "2999-01-01T00:00:00Z",
        "2 hours ago",
        "not a date",
    ] {
        assert_eq!(day(&with_date_meta(input)), None, "{input}");
    }
}

#[test]
fn date_from_url_path_when_page_gives_none() {
    let html = format!("<html><body><article>{BODY}</article></body></html>");
    let url = Url::parse("https://n.example/news/2023/12/05/bridge/").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert_eq!(day(&a).as_deref(), Some("2023-12-05"));
}

#[test]
fn fingerprint_matches_same_story_on_other_pages() {
    let a = extract("jsonld_graph.html", None);
    let b = extract("jsonld_malformed.html", None);
    let c = extract("german_no_lang.html", None);
    let (fa, fb, fc) = (
        a.fingerprint.unwrap(),
        b.fingerprint.unwrap(),
        c.fingerprint.unwrap(),
    );
    // Same body text under different markup and metadata.
    assert!((fa ^ fb).count_ones() <= 3, "{}", (fa ^ fb).count_ones());
    assert!((fa ^ fc).count_ones() > 10, "{}", (fa ^ fc).count_ones());
}
