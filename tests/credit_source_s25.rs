//! The source and the site's name on the footer styles of the session-25
//! tuning seeds (issue 16, item 4): a credit link alone in its paragraph
//! whose builder row also holds a follow box; a "Headline – Outlet"
//! credit under a text module whose paragraphs are bare text between
//! `<br>`s; an archive's copy of the page is no source; a short last
//! sentence over a credit line in a `<div>` paragraph; a header's home
//! link spelling the host with accents.

mod story;

use story::{FERRY as STORY, FERRY_FIRST as FIRST, FERRY_LAST as LAST};

const URL: &str = "https://dailywave.example/island-ferry-goes-electric/";

/// The original's address: its slug spells the headline.
const ORIGINAL: &str = "https://harbourgazette.example/news/local/island-ferry-goes-electric-4821";

fn source(a: &gleaner::Article) -> Option<String> {
    a.source_url.as_ref().map(|u| u.to_string())
}

/// A page builder's page: a header, then `rows` (each a row > column >
/// text module holding the row's markup) in the post's section, then a
/// footer.
fn builder_page(rows: &[&str]) -> String {
    let rows: String = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            format!(
                r#"<div class="pb-row pb-row-{i}"><div class="pb-column"><div class="pb-text pb-text-{i}">{r}</div></div></div>"#
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Island ferry goes electric | Daily Wave</title></head><body>
        <header class="site-header"><a class="site-title" href="/">Daily Wave</a>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
        <main><article class="post"><h1 class="entry-title">Island ferry goes electric</h1>
        <div class="pb-post-content">{rows}</div></article></main>
        <footer class="site-footer"><p>© 2024 Daily Wave</p></footer></body></html>"#
    )
}

#[test]
fn a_link_alone_in_its_paragraph_beside_a_follow_box_gives_the_source() {
    // The builder's last row holds the credit's paragraph and the theme's
    // follow box: the wrapper around both links elsewhere, the paragraph
    // holds the credit's link alone.
    for text in [
        "Tap here for the whole report",
        "Alle Einzelheiten gibt es dort",
    ] {
        let credit = format!(
            r#"<p><strong><a href="{ORIGINAL}" rel="nofollow">{text}</a></strong></p><div class="follow-row"><a href="https://newsapp.example/publications/dailywave">Follow us on the news app</a></div>"#
        );
        let page = builder_page(&[STORY, &credit]);
        let a = story::explained(&page, URL);
        assert_eq!(source(&a).as_deref(), Some(ORIGINAL), "{text}: {}", a.text);
        story::assert_kept(&[FIRST, LAST], &a.text);
    }
}

#[test]
fn a_link_showing_the_headline_alone_in_its_paragraph_over_a_byline_is_no_source() {
    // An aggregator's header: the headline linking the original, alone
    // in its paragraph, over the byline and the date. Not a credit.
    let header = format!(
        r#"<div class="digest-head"><p><a href="{ORIGINAL}">Island ferry goes electric</a></p><p>By <a href="/author/ann/">Ann Lee</a> · 3 May 2024</p></div>"#
    );
    let page = builder_page(&[&header, STORY]);
    let a = story::extract(&page, URL);
    assert_eq!(source(&a), None, "{}", a.text);
}

#[test]
fn a_headline_credit_under_bare_text_paragraphs_gives_the_source() {
    // A text module whose paragraphs are bare text between `<br>`s; the
    // autoblog's "Headline – Outlet" line stands after the module.
    let text = "The river ferry that crosses to the island village has gone electric this spring, after two years of trials with a borrowed battery barge.<br><br>\
        The county paid for the new hull and the charging post on the quay, and the old diesel engine was sold to a boatyard up the coast.<br><br>\
        The crossing still takes eleven minutes, and the timetable stays the same through the summer months and the school holidays.";
    let page = format!(
        r#"<html><head><title>Island ferry goes electric | Daily Wave</title></head><body>
        <header class="site-header"><a class="site-title" href="/">Daily Wave</a></header>
        <main><div class="record"><div class="record-body"><h1 class="record-title">Island ferry goes electric</h1>
        <section class="record-text"><div class="text-module">{text}</div></section></div></div>
        <p><a href="{ORIGINAL}" rel="nofollow">Island ferry goes electric</a> – Harbour Gazette</p></main>
        <footer class="site-footer"><p>© 2024 Daily Wave</p></footer></body></html>"#
    );
    let a = story::explained(&page, URL);
    assert_eq!(source(&a).as_deref(), Some(ORIGINAL), "{}", a.text);
    story::assert_kept(&[FIRST, LAST], &a.text);
}

#[test]
fn a_home_link_spelling_the_host_with_accents_names_the_site() {
    // No name in the metadata, none in the `<title>`: the header's link
    // to the home page shows the name the host spells without accents.
    for (name, host) in [
        ("Gazeta do Ribeirão", "gazetadoribeirao.example"),
        ("Crónica del Páramo", "www.cronicadelparamo.example"),
    ] {
        let page = format!(
            r#"<html><head><title>Island ferry goes electric</title></head><body>
            <div class="top"><div class="bar"><a href="https://{host}/" aria-label="Homepage"><span>{name}</span></a></div></div>
            <article><h1>Island ferry goes electric</h1>{STORY}</article></body></html>"#
        );
        let url = format!("https://{host}/island-ferry-goes-electric/");
        let a = story::extract(&page, &url);
        assert_eq!(a.site_name.as_deref(), Some(name), "{}", a.text);
        story::assert_kept(&[FIRST, LAST], &a.text);
    }
}

#[test]
fn a_home_link_spelling_another_word_is_no_site_name() {
    // The accents folded, the name still has to be the host's.
    let page = format!(
        r#"<html><head><title>Island ferry goes electric</title></head><body>
        <div class="top"><div class="bar"><a href="/" aria-label="Homepage"><span>Crónica del Valle</span></a></div></div>
        <article><h1>Island ferry goes electric</h1>{STORY}</article></body></html>"#
    );
    let a = story::extract(&page, "https://www.cronicadelparamo.example/island-ferry/");
    assert_ne!(
        a.site_name.as_deref(),
        Some("Crónica del Valle"),
        "{}",
        a.text
    );
}

#[test]
fn an_archive_copy_of_this_page_alone_in_its_paragraph_is_no_source() {
    // "View older versions of this page": an archive's copy of the page
    // itself, its address inside the link's path; the slug is the page's
    // own.
    let archive = format!("https://archive.example/2024/*/{URL}");
    let footer = format!(
        r#"<div class="page-meta"><p>Page last modified May 3, 2024</p><p><a href="{archive}">View older versions of this page</a></p></div>"#
    );
    let page = builder_page(&[STORY, &footer]);
    let a = story::extract(&page, URL);
    assert_eq!(source(&a), None, "{}", a.text);
}

/// A post of `<div>` paragraphs (an editor that writes no `<p>`), each
/// followed by an empty line, `last` the last paragraph's markup.
fn div_post(last: &str) -> String {
    let body: String = [
        "The river ferry that crosses to the island village has gone electric this spring, after two years of trials with a borrowed battery barge.",
        "The county paid for the new hull and the charging post on the quay, and the old diesel engine was sold to a boatyard up the coast.",
        "The crossing still takes eleven minutes, and the timetable stays the same through the summer months and the school holidays.",
    ]
    .iter()
    .map(|p| format!("<div>{p}</div><div><br></div>\n"))
    .collect();
    format!(
        r#"<html><head><title>Island ferry goes electric | Daily Wave</title></head><body>
        <header class="site-header"><a class="site-title" href="/">Daily Wave</a></header>
        <main><div class="post hentry"><h3 class="post-title">Island ferry goes electric</h3>
        <div class="post-body entry-content">{body}{last}<div><br></div></div></div></main>
        <footer class="site-footer"><p>© 2024 Daily Wave</p></footer></body></html>"#
    )
}

#[test]
fn a_short_last_sentence_over_a_credit_line_in_its_div_stays() {
    // The last `<div>` paragraph is one short sentence, then the credit
    // on a line of its own: the block is mostly its link, the sentence is
    // the post's.
    let original = "https://www.harbourgazette.example/stories/island-ferry-goes-electric.html";
    let last = format!(
        r#"<div>Bikes ride free.<br>(Taken from <a href="{original}">Harbour Gazette</a>)</div>"#
    );
    let a = story::explained(&div_post(&last), URL);
    assert_eq!(source(&a).as_deref(), Some(original), "{}", a.text);
    story::assert_kept(&[FIRST, LAST, "Bikes ride free."], &a.text);
    assert!(!a.text.contains("Harbour Gazette"), "{}", a.text);
}

#[test]
fn a_short_line_over_a_link_to_the_sites_own_page_is_still_judged_by_its_links() {
    // The same shape linking a page of the site: no credit, the block is
    // a link box as before.
    let last = r#"<div>More soon.<br><a href="https://dailywave.example/ferries/">All our ferry stories</a></div>"#;
    let a = story::extract(&div_post(last), URL);
    assert!(!a.text.contains("All our ferry stories"), "{}", a.text);
    story::assert_kept(&[FIRST, LAST], &a.text);
}
