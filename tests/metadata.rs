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

fn page(head: &str, body: &str) -> Article {
    let html =
        format!("<html><head>{head}</head><body>{body}<article>{BODY}</article></body></html>");
    gleaner::extract(&html, None).unwrap()
}

#[test]
fn jsonld_array_of_types_and_nested_objects() {
    let a = page(
        r#"<script type="application/ld+json">
        {"@context": "https://schema.org",
         "@type": ["ReportageNewsArticle", "NewsArticle"],
         "headline": "Ferry timetable changes in May",
         "author": [{"@type": "Person", "name": "Nora Quill"},
                    {"@type": "Organization", "name": "Quay Wire"}],
         "publisher": {"@type": "NewsMediaOrganization", "name": "Quay Courier"},
         "datePublished": "2023-04-30T06:00:00-05:00",
         "inLanguage": "en-CA"}
        </script>"#,
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Ferry timetable changes in May"));
    // The organisation beside a person is the agency, not an author.
    assert_eq!(a.authors, ["Nora Quill"]);
    assert_eq!(a.site_name.as_deref(), Some("Quay Courier"));
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2023-04-30T06:00:00-05:00"
    );
    assert_eq!(a.lang.as_deref(), Some("en-CA"));
}

#[test]
fn twitter_dublin_core_citation_and_parsely_sources() {
    let twitter = page(
        r#"<meta name="twitter:title" content="Lighthouse keeper retires">
           <meta name="twitter:description" content="After forty years on the rock.">
           <meta name="twitter:image" content="https://img.example/keeper.jpg">"#,
        "",
    );
    assert_eq!(twitter.title.as_deref(), Some("Lighthouse keeper retires"));
    assert_eq!(
        twitter.description.as_deref(),
        Some("After forty years on the rock.")
    );
    assert_eq!(
        twitter.lead_image.map(|i| i.src).as_deref(),
        Some("https://img.example/keeper.jpg")
    );

    let dc = page(
        r#"<meta name="DC.title" content="Harbour dredging starts">
           <meta name="DC.creator" content="Ivo Marsh">
           <meta name="DCTERMS.issued" content="2021-08-14">
           <meta name="DC.language" content="nl">"#,
        "",
    );
    assert_eq!(dc.title.as_deref(), Some("Harbour dredging starts"));
    assert_eq!(dc.authors, ["Ivo Marsh"]);
    assert_eq!(day(&dc).as_deref(), Some("2021-08-14"));
    assert_eq!(dc.lang.as_deref(), Some("nl"));

    let citation = page(
        r#"<meta name="citation_title" content="Sediment transport in small estuaries">
           <meta name="citation_author" content="Okafor, Ada">
           <meta name="citation_author" content="Lund, Per">
           <meta name="citation_publication_date" content="2019/11/02">"#,
        "",
    );
    assert_eq!(
        citation.title.as_deref(),
        Some("Sediment transport in small estuaries")
    );
    assert_eq!(citation.authors, ["Ada Okafor", "Per Lund"]);
    assert_eq!(day(&citation).as_deref(), Some("2019-11-02"));

    let parsely = page(
        r#"<meta name="parsely-title" content="Tram line opens">
           <meta name="parsely-author" content="Leo Brandt">
           <meta name="parsely-pub-date" content="2022-02-03T09:00:00Z">
           <meta name="parsely-tags" content="transport,trams">"#,
        "",
    );
    assert_eq!(parsely.title.as_deref(), Some("Tram line opens"));
    assert_eq!(parsely.authors, ["Leo Brandt"]);
    assert_eq!(day(&parsely).as_deref(), Some("2022-02-03"));
    assert_eq!(parsely.tags, ["transport", "trams"]);
}

#[test]
fn visible_headline_beats_a_reworded_social_title() {
    let a = page(
        r#"<meta property="og:title" content="Why the old pier finally had to close">
           <title>Why the old pier finally had to close | Shore News</title>"#,
        "<h1>The old pier closes for good after the storm</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("The old pier closes for good after the storm")
    );
    // An h1 about something else (a section name) does not.
    let b = page(
        r#"<meta property="og:title" content="Why the old pier finally had to close">"#,
        "<h1>Coastal news and weather</h1>",
    );
    assert_eq!(
        b.title.as_deref(),
        Some("Why the old pier finally had to close")
    );
    // A kicker word before the stated headline is dropped.
    let c = page(
        r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The pier deserved better"}</script>"#,
        "<h1><span>Opinion</span> The pier deserved better</h1>",
    );
    assert_eq!(c.title.as_deref(), Some("The pier deserved better"));
}

#[test]
fn byline_in_child_elements_with_date_line() {
    let a = page(
        "",
        r#"<div class="meta"><span>By</span><a href="/p/1">Ada Okafor</a><span>March 3, 2023</span></div>"#,
    );
    assert_eq!(a.authors, ["Ada Okafor"]);
    let b = page(
        r#"<meta property="og:site_name" content="Shore News">"#,
        r#"<p class="byline"><a href="/p/2">Per Lund</a> <span>Shore News</span></p>"#,
    );
    assert_eq!(b.authors, ["Per Lund"]);
}

#[test]
fn source_name_and_url_of_a_republished_story() {
    let a = page(
        r#"<script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Dune path reopens",
         "isBasedOn": {"@type": "NewsArticle", "url": "https://wire.example/dunes/77",
                       "publisher": {"@type": "Organization", "name": "Coast Wire"}}}
        </script>"#,
        "",
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://wire.example/dunes/77")
    );
    assert_eq!(a.source_name.as_deref(), Some("Coast Wire"));
    let b = page(
        r#"<link rel="syndication-source" href="https://wire.example/dunes/78" title="Coast Wire">"#,
        "",
    );
    assert_eq!(
        b.source_url.as_ref().map(Url::as_str),
        Some("https://wire.example/dunes/78")
    );
    assert_eq!(b.source_name.as_deref(), Some("Coast Wire"));
}

#[test]
fn description_falls_back_to_the_first_paragraph() {
    let a = page("", "");
    assert_eq!(
        a.description.as_deref(),
        Some("The river town of Millbrook voted on Tuesday to rebuild its old wooden footbridge, closed last spring after an inspection.")
    );
    let b = page(
        r#"<meta name="description" content="Footbridge to be rebuilt.">"#,
        "",
    );
    assert_eq!(b.description.as_deref(), Some("Footbridge to be rebuilt."));
}

#[test]
fn lazy_images_resolve_and_pixels_drop() {
    let html = r#"<html><head><base href="/assets/"></head><body><article>
        <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="lazy/quay.jpg" alt="The quay"><figcaption>The quay at dawn</figcaption></figure>
        <p>The river town of Millbrook voted on Tuesday to rebuild its old wooden footbridge, closed last spring after an inspection.</p>
        <img srcset="small/deck.jpg 320w, large/deck.jpg 1280w" alt="The deck">
        <p>Work is expected to start in early summer and to take about four months in all, the council said on Tuesday.</p>
        <img src="https://t.example/pixel.gif?id=9" width="1" height="1">
        </article></body></html>"#;
    let url = Url::parse("https://town.example/news/quay").unwrap();
    let a = gleaner::extract(html, Some(&url)).unwrap();
    let srcs: Vec<&str> = a.images.iter().map(|i| i.src.as_str()).collect();
    assert_eq!(
        srcs,
        [
            "https://town.example/assets/lazy/quay.jpg",
            "https://town.example/assets/large/deck.jpg"
        ]
    );
    assert_eq!(a.images[0].caption.as_deref(), Some("The quay at dawn"));
    assert_eq!(a.lead_image.map(|i| i.src), Some(srcs[0].to_string()));
}

#[test]
fn canonical_keeps_real_parameters_only() {
    let a = page(
        r#"<link rel="canonical" href="https://town.example/story?id=42&utm_source=feed&utm_medium=rss&gclid=x">"#,
        "",
    );
    assert_eq!(
        a.canonical_url.as_ref().map(Url::as_str),
        Some("https://town.example/story?id=42")
    );
}

#[cfg(feature = "fetch")]
mod support;

#[cfg(feature = "fetch")]
mod fetched {
    use super::support::{Reply, Server};

    /// A relative date needs the fetch time: the fetcher passes it in.
    #[tokio::test]
    async fn relative_date_resolves_against_the_fetch_time() {
        let html = format!(
            "<html><body><p class=\"date\">3 hours ago</p><article>{}</article></body></html>",
            super::BODY
        );
        let server = Server::start(move |r| match r.path.as_str() {
            "/story" => Reply::html(html.clone()),
            _ => Reply::status(404),
        })
        .await;
        let fetcher = gleaner::Fetcher::builder()
            .host_delay(std::time::Duration::ZERO)
            .build()
            .unwrap();
        let a = fetcher.fetch_article(server.url("/story")).await.unwrap();
        let fetched = a.fetched_at.unwrap();
        let published = a.published.unwrap();
        assert_eq!((fetched - published).num_minutes(), 180);
        // The same page without a fetch time has no date.
        let plain = gleaner::extract(
            &format!(
                "<html><body><p class=\"date\">3 hours ago</p><article>{}</article></body></html>",
                super::BODY
            ),
            None,
        )
        .unwrap();
        assert_eq!(plain.published, None);
    }
}

#[test]
fn url_date_beats_an_unmarked_sidebar_time_but_not_a_marked_one() {
    let url = Url::parse("https://n.example/feature/2023-12-19/pier-story/").unwrap();
    let sidebar = "<aside><time datetime=\"2023-12-24T13:05:00-05:00\">13:05</time></aside>";
    let html = format!("<html><body>{sidebar}<article>{BODY}</article></body></html>");
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert_eq!(day(&a).as_deref(), Some("2023-12-19"));
    let marked = format!(
        "<html><body>{sidebar}<article><time pubdate datetime=\"2023-12-18T09:00:00Z\">Dec 18</time>{BODY}</article></body></html>"
    );
    let b = gleaner::extract(&marked, Some(&url)).unwrap();
    assert_eq!(day(&b).as_deref(), Some("2023-12-18"));
    // A malformed `datetime` (two dates glued) is skipped for the visible date.
    let glued = format!(
        "<html><body><article><p class=\"post-date\"><time datetime=\"2022-02-112023-06-08\">June 8, 2023</time></p>{BODY}</article></body></html>"
    );
    let c = gleaner::extract(&glued, None).unwrap();
    assert_eq!(day(&c).as_deref(), Some("2023-06-08"));
}

#[test]
fn declared_sources_rel_original_and_absolute_dc_source_only() {
    let body = "<article><p>The harbour ferry timetable changes on Monday, adding two late crossings for shift workers and students.</p><p>Fares stay the same until spring, the operator said in a short statement.</p></article>";
    let page = |head: &str| format!("<html><head>{head}</head><body>{body}</body></html>");
    let at = Url::parse("https://blog.example/post").unwrap();
    let a = gleaner::extract(
        &page(r#"<link rel="original" href="https://outlet.example/story">"#),
        Some(&at),
    )
    .unwrap();
    assert_eq!(
        a.source_url.as_ref().map(|u| u.as_str()),
        Some("https://outlet.example/story")
    );
    let b = gleaner::extract(
        &page(r#"<meta name="DC.source" content="https://outlet.example/x">"#),
        Some(&at),
    )
    .unwrap();
    assert_eq!(
        b.source_url.as_ref().map(|u| u.as_str()),
        Some("https://outlet.example/x")
    );
    // A bibliographic name is not a URL to resolve against the page.
    let c = gleaner::extract(
        &page(r#"<meta name="DC.source" content="Harbour Gazette">"#),
        Some(&at),
    )
    .unwrap();
    assert_eq!(c.source_url, None);
}

#[test]
fn logo_and_home_link_h1s_name_the_site_not_the_article() {
    // The page's first `h1`s are a home link and a logo; the article's own
    // `h1` (with its permalink mark) is the headline, and the home link's
    // text is the site's segment of the `<title>`.
    let a = extract("branding_h1.html", None);
    assert_eq!(a.title.as_deref(), Some("Tide tables for the estuary"));
    // The date only the byline states.
    assert_eq!(day(&a).as_deref(), Some("2023-04-04"));
    assert_eq!(a.authors, ["Mira Solberg"]);
    // Without the article's `h1`, the title still loses the site's name.
    let b = page(
        "<title>Estuary tide tables — Quayside Almanac</title>",
        r#"<h1><a href="/">Quayside Almanac</a></h1>"#,
    );
    assert_eq!(b.title.as_deref(), Some("Estuary tide tables"));
    // A logo `h1` is not taken for the headline either.
    let d = page(
        "<title>Tide tables | Harbour Network</title>",
        r#"<h1 class="site-logo">Harbour Network</h1>"#,
    );
    assert_eq!(d.title.as_deref(), Some("Tide tables"));
    // A permalink around the headline is not a home link.
    let c = page(
        "<title>Tide tables for the estuary — Quayside Almanac</title>",
        r#"<h1><a href="/2023/04/tide-tables">Tide tables for the estuary</a></h1>"#,
    );
    assert_eq!(c.title.as_deref(), Some("Tide tables for the estuary"));
}

#[test]
fn a_headline_that_mentions_the_site_is_not_the_site() {
    let a = page(
        r#"<meta property="og:site_name" content="Harbour Times">
           <meta property="og:title" content="Readers of Harbour Times pick the best quay café :: Harbour Network ::">"#,
        "",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Readers of Harbour Times pick the best quay café")
    );
}

#[test]
fn author_names_with_ampersands_and_bracketed_links() {
    let a = page(r#"<meta name="author" content="Mac & i">"#, "");
    assert_eq!(a.authors, ["Mac & i"]);
    let b = page(
        r#"<meta name="author" content="Ada Okafor & Per Lund">"#,
        "",
    );
    assert_eq!(b.authors, ["Ada Okafor", "Per Lund"]);
    let c = page(
        r#"<meta name="author" content="Ada Okafor (https://okafor.example/about/)">"#,
        "",
    );
    assert_eq!(c.authors, ["Ada Okafor"]);
}

#[test]
fn an_agency_acronym_gives_way_to_the_person_in_the_byline() {
    let a = page(
        "",
        r#"<span class="author" itemprop="author">AFP</span>
           <p class="byline">Par Jean Roy (avec Anne Lac et Paul Ney)</p>"#,
    );
    assert_eq!(a.authors, ["Jean Roy", "Anne Lac", "Paul Ney"]);
    // Alone, the agency is the author.
    let b = page("", r#"<span class="author" itemprop="author">AFP</span>"#);
    assert_eq!(b.authors, ["AFP"]);
}

#[test]
fn a_marked_byline_beats_a_menu_entry_and_a_biography_names_no_one() {
    let a = page(
        "",
        r#"<ul class="menu"><li><div>By Region</div></li></ul>
           <div class="post-author"><span>Ines Varga</span></div>
           <div id="author-note"><p>Ines Varga is a reporter based in Porto, Portugal.</p></div>"#,
    );
    assert_eq!(a.authors, ["Ines Varga"]);
    // A biography alone names no author.
    let b = page(
        "",
        r#"<div id="author1"><p>Ines Varga is a reporter based in Porto, Portugal.</p></div>"#,
    );
    assert!(b.authors.is_empty(), "{:?}", b.authors);
}

#[test]
fn an_organisation_credited_as_the_only_author_is_kept_as_written() {
    let ld = r#"<script type="application/ld+json">
        {"@type": "Article", "headline": "Tidal charts",
         "author": {"@type": "Organization", "name": "Contributors to the Harbour Wiki"}}
        </script>"#;
    let a = page(ld, "");
    assert_eq!(a.authors, ["Contributors to the Harbour Wiki"]);
    // A person named anywhere on the page wins over the organisation.
    let b = page(ld, r#"<p class="byline">By Ines Varga</p>"#);
    assert_eq!(b.authors, ["Ines Varga"]);
}

#[test]
fn a_commenter_byline_is_no_author() {
    let a = page(
        "",
        r#"<div id="comments"><div class="comment-body">
             <div class="byline"><span>Posted by</span> <b>Rui Tavares</b></div>
             <p>Great piece!</p></div></div>
           <div class="byline">By Ines Varga</div>"#,
    );
    assert_eq!(a.authors, ["Ines Varga"]);
    // An opinion section is no comment thread.
    let b = page(
        "",
        r#"<div class="commentary-article"><div class="byline">By Ines Varga</div></div>"#,
    );
    assert_eq!(b.authors, ["Ines Varga"]);
}

#[test]
fn a_menu_entry_starting_with_by_is_no_byline() {
    // "By Category" and "By Invitation" are menu entries; the page's own
    // "By …" line still counts.
    let menus = r#"<nav><ul><li><a href="/by-invitation"><span>By Invitation</span></a></li></ul></nav>
        <ul class="site-menu"><li class="menu__item"><span>BY CATEGORY</span><ul><li>Faith</li></ul></li></ul>"#;
    let a = page("", menus);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    let b = page("", &format!("{menus}<p>By Ines Varga</p>"));
    assert_eq!(b.authors, ["Ines Varga"]);
    // A page wrapper's state class is no menu.
    let c = page(
        "",
        r#"<div class="site nav-open"><p>By Ines Varga</p></div>"#,
    );
    assert_eq!(c.authors, ["Ines Varga"]);
}

#[test]
fn text_of_block_children_is_spaced_with_or_without_whitespace_between() {
    // The same headline, pretty-printed and minified: block children of
    // the heading are separate words either way.
    let pretty = page(
        "",
        "<h1>\n  <div>Harbour</div>\n  <div>reopens</div>\n</h1>",
    );
    let minified = page("", "<h1><div>Harbour</div><div>reopens</div></h1>");
    assert_eq!(pretty.title.as_deref(), Some("Harbour reopens"));
    assert_eq!(minified.title, pretty.title);
}

#[test]
fn double_escaped_metadata_reads_as_text() {
    // A CMS that escapes its values twice: the parser undoes one level,
    // the metadata reader the other. A lone `&copy=1` in a URL is no
    // character reference and stays.
    let a = page(
        r#"<meta property="og:description" content="Ferry &amp;quot;Kestrel&amp;quot; returns &amp;#8211; at last">
        <meta name="keywords" content="harbour, editor&amp;#39;s picks, Rock &amp;amp; Roll">
        <meta property="og:image" content="https://img.example/k.jpg?w=800&amp;amp;h=450&copy=1">
        <script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Rock &amp; roll returns to the quay",
         "author": {"@type": "Person", "name": "Ros&#233; Tan"}}
        </script>"#,
        "",
    );
    assert_eq!(
        a.description.as_deref(),
        Some("Ferry \"Kestrel\" returns – at last")
    );
    assert_eq!(a.tags, ["harbour", "editor's picks", "Rock & Roll"]);
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://img.example/k.jpg?w=800&h=450&copy=1")
    );
    assert_eq!(a.title.as_deref(), Some("Rock & roll returns to the quay"));
    assert_eq!(a.authors, ["Rosé Tan"]);
}

#[test]
fn a_sentence_starting_with_by_is_no_byline() {
    let a = page(
        "",
        r#"<span class="policy">By clicking "Submit," you agree to the Privacy Policy and <a href="/terms">Terms of Use</a>.</span>"#,
    );
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn site_name_from_the_title_around_the_headline() {
    let bracketed = page(
        "<title>Ferry returns to the quay [Quay Post]</title>",
        "<h1>Ferry returns to the quay</h1>",
    );
    assert_eq!(bracketed.site_name.as_deref(), Some("Quay Post"));
    let underscored = page(
        "<title>Ferry returns to the quay_Quay Post</title>",
        "<h1>Ferry returns to the quay</h1>",
    );
    assert_eq!(underscored.site_name.as_deref(), Some("Quay Post"));
}

#[test]
fn dublin_core_creators_written_family_name_first() {
    let a = page(
        r#"<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">"#,
        "",
    );
    assert_eq!(a.authors, ["F. Kooman", "Michiel de Jong"]);
}

#[test]
fn cms_labels_are_no_tags() {
    let a = page(
        r#"<meta name="keywords" content="harbour, PageType: Article, RULES:BS5, @sub-group-b, channel->podcasts, Star Wars: Episode IV, ferries">"#,
        "",
    );
    assert_eq!(a.tags, ["harbour", "Star Wars: Episode IV", "ferries"]);
}

#[test]
fn a_joined_article_section_gives_its_first_category() {
    let a = page(
        r#"<script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Parking rules change on the quay",
         "articleSection": "News & Politics, Parking, quay"}
        </script>"#,
        "",
    );
    assert_eq!(a.section.as_deref(), Some("News & Politics"));
}

#[test]
fn a_site_name_loses_its_slogan_when_another_source_confirms_the_name() {
    let a = page(
        r#"<meta property="og:site_name" content="Quay Post - The paper the harbour reads">
        <script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Ferry returns",
         "publisher": {"@type": "Organization", "name": "Quay Post"}}
        </script>"#,
        "",
    );
    assert_eq!(a.site_name.as_deref(), Some("Quay Post"));
    // Unconfirmed, the whole name stays: "Opinion | The Harvard Crimson"
    // is no name and slogan.
    let b = page(
        r#"<meta property="og:site_name" content="Opinion | The Quay Gazette">"#,
        "",
    );
    assert_eq!(b.site_name.as_deref(), Some("Opinion | The Quay Gazette"));
}

#[test]
fn a_photo_credit_is_no_byline() {
    let figure = r#"<figure><img src="https://img.example/boats.jpg" alt="Boats">
        <figcaption>Boats at dawn. <span>By Rui Tavares</span></figcaption></figure>"#;
    let a = page("", figure);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    let b = page("", &format!("{figure}<p>By Ines Varga</p>"));
    assert_eq!(b.authors, ["Ines Varga"]);
}

#[test]
fn description_sources_follow_the_title_order() {
    let a = page(
        r#"<meta property="og:description" content="Shared on social media.">
        <meta name="DC.description" content="The catalogue description.">"#,
        "",
    );
    assert_eq!(a.description.as_deref(), Some("The catalogue description."));
}

#[test]
fn a_byline_naming_more_co_authors_than_the_structured_data_wins() {
    let ld = r#"<script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Ferry returns",
         "author": {"@type": "Person", "name": "Ines Varga"}}
        </script>"#;
    let a = page(
        ld,
        r#"<div class="byline">By <a href="/p/iv">Ines Varga</a> and <a href="/p/rt">Rui Tavares</a> on March 3, 2023</div>"#,
    );
    assert_eq!(a.authors, ["Ines Varga", "Rui Tavares"]);
    // An affiliation after the name, split at its commas, names nobody.
    let b = page(
        ld,
        r#"<div class="byline">Ines Varga, Senior Technologist, Quay Speech, Privacy, and Technology Project</div>"#,
    );
    assert_eq!(b.authors, ["Ines Varga"]);
}

fn page_with(header: &str) -> Article {
    let html = format!(
        "<html><body><header><h1>Millbrook rebuilds its old footbridge</h1>{header}</header><article>{BODY}</article></body></html>"
    );
    gleaner::extract(&html, None).unwrap()
}

fn modified_day(a: &Article) -> Option<String> {
    a.modified.map(|d| d.format("%Y-%m-%d").to_string())
}

#[test]
fn visible_published_lines_in_many_languages() {
    let cases = [
        ("<p>Published on March 5, 2023</p>", "2023-03-05"),
        ("<p>Posted on 5th March 2023 by admin</p>", "2023-03-05"),
        (
            "<div>Veröffentlicht am 5. März 2023, 10:30 Uhr</div>",
            "2023-03-05",
        ),
        ("<span>Publié le 5 mars 2023</span>", "2023-03-05"),
        ("<span>Publicado el 5 de marzo de 2023</span>", "2023-03-05"),
        ("<span>Pubblicato il 5 marzo 2023</span>", "2023-03-05"),
        ("<span>Publicado em 5 de março de 2023</span>", "2023-03-05"),
        ("<span>Gepubliceerd op 5 maart 2023</span>", "2023-03-05"),
        ("<span>Opublikowano 5 marca 2023</span>", "2023-03-05"),
        ("<span>Published: 2023-03-05</span>", "2023-03-05"),
        ("<span>Datum: 05.03.2023</span>", "2023-03-05"),
        // An unlabelled date under the headline is the page's date.
        ("<p>Mar 5, 2023</p>", "2023-03-05"),
    ];
    for (header, want) in cases {
        assert_eq!(day(&page_with(header)).as_deref(), Some(want), "{header}");
    }
}

#[test]
fn published_and_updated_lines_are_told_apart() {
    // Both in one line, and in separate elements; the label in the parent
    // or in the element before the date.
    let both = page_with("<p>Published March 1, 2023 | Updated March 5, 2023</p>");
    assert_eq!(day(&both).as_deref(), Some("2023-03-01"));
    assert_eq!(modified_day(&both).as_deref(), Some("2023-03-05"));
    let parent = page_with(
        "<span>Posted <b>March 1, 2023</b></span><span>Last updated: <b>March 5, 2023</b></span>",
    );
    assert_eq!(day(&parent).as_deref(), Some("2023-03-01"));
    assert_eq!(modified_day(&parent).as_deref(), Some("2023-03-05"));
    let before = page_with("<div>Updated on</div><div>March 5, 2023</div>");
    assert_eq!(modified_day(&before).as_deref(), Some("2023-03-05"));
    // A page that states only its update date: that is the version shown.
    assert_eq!(day(&before).as_deref(), Some("2023-03-05"));
    // German and French update labels.
    let de = page_with("<p>Aktualisiert am 05.03.2023</p><p>Erschienen am 01.03.2023</p>");
    assert_eq!(day(&de).as_deref(), Some("2023-03-01"));
    assert_eq!(modified_day(&de).as_deref(), Some("2023-03-05"));
    let fr = page_with("<p>Mis à jour le 5 mars 2023</p>");
    assert_eq!(modified_day(&fr).as_deref(), Some("2023-03-05"));
}

#[test]
fn wordpress_and_blogger_date_markup() {
    let wp = page_with(
        "<span class=\"posted-on\">Posted on <a href=\"/p\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"2023-03-01T09:00:00+00:00\">March 1, 2023</time><time class=\"updated\" datetime=\"2023-03-05T09:00:00+00:00\">March 5, 2023</time></a></span>",
    );
    assert_eq!(day(&wp).as_deref(), Some("2023-03-01"));
    assert_eq!(modified_day(&wp).as_deref(), Some("2023-03-05"));
    let blogger = page_with("<h2 class=\"date-header\"><span>Sunday, March 5, 2023</span></h2>");
    assert_eq!(day(&blogger).as_deref(), Some("2023-03-05"));
    let updated_time =
        page_with("<span>Updated <time datetime=\"2023-03-05\">March 5</time></span>");
    assert_eq!(modified_day(&updated_time).as_deref(), Some("2023-03-05"));
}

#[test]
fn a_date_near_the_headline_beats_a_sidebar_list_and_other_date_metas_count() {
    let html = format!(
        "<html><body><div class=\"recent\"><p>Jan 2, 2023</p><p>Jan 9, 2023</p></div>{}<header><h1>Millbrook rebuilds its old footbridge</h1><p>Mar 5, 2023</p></header><article>{BODY}</article><aside><p>Feb 1, 2023</p></aside></body></html>",
        "<div>".repeat(30) + &"</div>".repeat(30)
    );
    let a = gleaner::extract(&html, None).unwrap();
    assert_eq!(day(&a).as_deref(), Some("2023-03-05"));
    // A date meta under a name the known list lacks.
    let html = format!(
        "<html><head><meta name=\"w-published-date\" content=\"2023-03-05T06:03:43Z\"><meta name=\"page-last-updated\" content=\"March 9, 2023\"></head><body><article>{BODY}</article></body></html>"
    );
    let a = gleaner::extract(&html, None).unwrap();
    assert_eq!(day(&a).as_deref(), Some("2023-03-05"));
    assert_eq!(modified_day(&a).as_deref(), Some("2023-03-09"));
}

fn page_with_ld(ld: &str, header: &str) -> Article {
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Millbrook rebuilds its old footbridge\"{ld}}}</script></head><body><header><h1>Millbrook rebuilds its old footbridge</h1>{header}</header><article>{BODY}</article></body></html>"
    );
    gleaner::extract(&html, None).unwrap()
}

#[test]
fn an_older_visible_publication_date_beats_a_republished_structured_one() {
    let page = |line: &str| {
        page_with_ld(
            ",\"datePublished\":\"2023-06-01T09:00:00Z\"",
            &format!("<p>{line}</p>"),
        )
    };
    assert_eq!(
        day(&page("Published March 5, 2023")).as_deref(),
        Some("2023-03-05")
    );
    // Elsewhere than under the headline, a visible date leaves the
    // structured one.
    let far = format!("{}<p>Published July 1, 2023</p>", "<div></div>".repeat(60));
    assert_eq!(day(&page(&far)).as_deref(), Some("2023-06-01"));
}

#[test]
fn the_date_under_the_headline_beats_structured_data_that_disagrees() {
    let ld =
        ",\"datePublished\":\"2023-06-01T09:00:00Z\",\"dateModified\":\"2023-09-01T09:00:00Z\"";
    // A bare date under the headline is the date the page stands by; so is
    // one labelled as the publication date there.
    assert_eq!(
        day(&page_with_ld(ld, "<p>Friday, March 3, 2023</p>")).as_deref(),
        Some("2023-03-03")
    );
    assert_eq!(
        day(&page_with_ld(ld, "<p>Published July 1, 2023</p>")).as_deref(),
        Some("2023-07-01")
    );
    // A day apart is one instant in two time zones; an ambiguous numeric
    // date that reads as the structured one the other way round is it.
    assert_eq!(
        day(&page_with_ld(ld, "<p>May 31, 2023</p>")).as_deref(),
        Some("2023-06-01")
    );
    assert_eq!(
        day(&page_with_ld(ld, "<p>06.01.2023</p>")).as_deref(),
        Some("2023-06-01")
    );
    assert_eq!(
        day(&page_with_ld(ld, "<p>01/06/2023</p>")).as_deref(),
        Some("2023-06-01")
    );
    // A sentence that mentions a date, or a header that also labels the
    // publication date, leaves it.
    assert_eq!(
        day(&page_with_ld(
            ld,
            "<p>The offer is valid from now until March 3, 2023.</p>"
        ))
        .as_deref(),
        Some("2023-06-01")
    );
    let labelled = "<p>Posted <b>June 1, 2023</b></p><p>March 3, 2023</p>";
    assert_eq!(
        day(&page_with_ld(ld, labelled)).as_deref(),
        Some("2023-06-01")
    );
}

#[test]
fn the_update_line_under_the_headline_beats_a_structured_modified_date() {
    let ld =
        ",\"datePublished\":\"2023-06-01T09:00:00Z\",\"dateModified\":\"2023-09-01T09:00:00Z\"";
    let a = page_with_ld(ld, "<p>Updated August 14, 2023</p>");
    assert_eq!(modified_day(&a).as_deref(), Some("2023-08-14"));
    assert_eq!(day(&a).as_deref(), Some("2023-06-01"));
    // The label in the date element's first child.
    let a = page_with_ld(
        ld,
        "<span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"2023-08-14T10:00:00+00:00\"><strong>Last Updated:</strong> August 14, 2023</time></span>",
    );
    assert_eq!(modified_day(&a).as_deref(), Some("2023-08-14"));
    assert_eq!(day(&a).as_deref(), Some("2023-06-01"));
}

#[test]
fn an_unmarked_time_nearest_the_headline_dates_the_page() {
    let sidebar: String = (1..=5)
        .map(|d| format!("<li><time datetime=\"2025-01-0{d}\">Jan {d}</time></li>"))
        .collect();
    let html = format!(
        "<html><body><ul>{sidebar}</ul><p>Newsletter</p><p>Share</p><header><h1>Millbrook rebuilds its old footbridge</h1><p><time datetime=\"2017-03-01T12:00:00Z\">Mar 1</time></p></header><article>{BODY}</article></body></html>"
    );
    let a = gleaner::extract(&html, None).unwrap();
    assert_eq!(day(&a).as_deref(), Some("2017-03-01"));
}

#[test]
fn a_utc_modified_time_keeps_the_day_of_the_pages_own_offset() {
    let html = format!(
        "<html><head><meta property=\"article:modified_time\" content=\"2026-02-23T00:57:32+00:00\"></head><body><header><h1>Millbrook rebuilds its old footbridge</h1><time class=\"updated\" datetime=\"2026-02-22T19:57:32-05:00\">Feb 22</time></header><article>{BODY}</article></body></html>"
    );
    let a = gleaner::extract(&html, None).unwrap();
    assert_eq!(modified_day(&a).as_deref(), Some("2026-02-22"));
    assert_eq!(
        a.modified.map(|m| m.offset().local_minus_utc()),
        Some(-5 * 3600)
    );
}

#[test]
fn credits_that_name_no_person_are_kept_when_nothing_names_anyone() {
    let page = |head: &str, byline: &str| {
        let html = format!(
            "<html><head>{head}</head><body><h1>Millbrook rebuilds its old footbridge</h1>{byline}<article>{BODY}</article></body></html>"
        );
        gleaner::extract(&html, None).unwrap()
    };
    // A link preview's "Written by" label names the author.
    let a = page(
        "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Ann Hale\">",
        "",
    );
    assert_eq!(a.authors, ["Ann Hale"]);
    // A team or a login name in the author meta, as written.
    let a = page("<meta name=\"author\" content=\"Valley Post Team\">", "");
    assert_eq!(a.authors, ["Valley Post Team"]);
    let a = page("<meta name=\"author\" content=\"jdoe_admin\">", "");
    assert_eq!(a.authors, ["jdoe_admin"]);
    // A marked byline that credits a desk, without its "By".
    let a = page(
        "",
        "<p class=\"author-name\">By <a href=\"/desk\">the Currency editors</a></p>",
    );
    assert_eq!(a.authors, ["the Currency editors"]);
    // A person named elsewhere wins; a placeholder is no credit.
    let a = page(
        "<meta name=\"author\" content=\"Valley Post Team\">",
        "<p class=\"byline\">By Ann Hale</p>",
    );
    assert_eq!(a.authors, ["Ann Hale"]);
    let a = page("<meta name=\"author\" content=\"admin\">", "");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn the_structured_time_is_dated_by_the_clock_the_header_shows() {
    // The page shows the publication instant on a UTC clock, the structured
    // data in the newsroom's offset: the day is the one the page shows.
    let ld = ",\"datePublished\":\"2023-12-18T22:57:00-05:00\"";
    let a = page_with_ld(ld, "<p>Dec 19, 2023 3:57 AM</p>");
    assert_eq!(day(&a).as_deref(), Some("2023-12-19"));
    assert_eq!(
        a.published.map(|t| t.timestamp()),
        Some(1_702_958_220),
        "the same instant"
    );
    // A header showing the newsroom's own clock keeps its day.
    let a = page_with_ld(ld, "<p>Dec 18, 2023 10:57 PM</p>");
    assert_eq!(day(&a).as_deref(), Some("2023-12-18"));
}

#[test]
fn json_ld_in_a_meta_counts() {
    let a = page(
        "<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Footbridge reopens&quot;,&quot;datePublished&quot;:&quot;2023-11-17T09:00:00-05:00&quot;}\">",
        "",
    );
    assert_eq!(day(&a).as_deref(), Some("2023-11-17"));
}

#[test]
fn a_day_month_year_date_joined_by_hyphens_is_read() {
    let a = page_with("<div class=\"blog-post__auth\">By: <a href=\"/a\">Ann Hale</a> on 04-Aug-2021 5:11:10</div>");
    assert_eq!(day(&a).as_deref(), Some("2021-08-04"));
}

#[test]
fn a_header_that_shows_only_the_update_dates_a_page_without_structured_dates() {
    // Further down, a list of other articles with their own dates.
    let list = format!(
        "{}<ul><li><p class=\"post-date\">January 2, 2023</p></li><li><p class=\"post-date\">Updated January 9, 2023</p></li></ul>",
        "<div></div>".repeat(60)
    );
    let html = format!(
        "<html><body><header><h1>Millbrook rebuilds its old footbridge</h1><p>Last updated: March 5, 2023</p></header><article>{BODY}</article>{list}</body></html>"
    );
    let a = gleaner::extract(&html, None).unwrap();
    assert_eq!(modified_day(&a).as_deref(), Some("2023-03-05"));
    assert_eq!(day(&a).as_deref(), Some("2023-03-05"));
    // Structured data keeps its publication date.
    let a = page_with_ld(
        ",\"datePublished\":\"2023-01-20T09:00:00Z\"",
        "<p>Last updated: March 5, 2023</p>",
    );
    assert_eq!(day(&a).as_deref(), Some("2023-01-20"));
}
