//! The body choice on page-builder layouts (issue 16: whole articles lost
//! on real spam sites): a text split into modules, each nested in
//! wrappers of its own, is one body; a post split over two numbered
//! blocks of one kind is one body. Pages written for this suite.

use gleaner::{Article, Extractor, Url};

fn url() -> Url {
    Url::parse("https://millbrook-daily.example/2024/09/bakery-reopens/").expect("static URL")
}

fn extract(html: &str) -> Article {
    match Extractor::default().extract(html, Some(&url())) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

const FIRST: [&str; 3] = [
    "The bakery on Mill Lane, closed since the flood in March, opened its doors again on Saturday morning.",
    "Its owners, a brother and sister, rebuilt the ovens themselves, with help from neighbours and a loan from the town.",
    "By nine o'clock the queue reached the corner, and the first batch of rye loaves was gone within the hour.",
];

const SECOND: [&str; 3] = [
    "The shop now opens at seven, an hour earlier than before, to catch people on their way to the station.",
    "Prices are the same as last year, though the cinnamon buns are smaller, the sister admitted with a laugh.",
    "A second counter for cakes will open in the spring if the first months go well.",
];

fn paragraphs(ps: &[&str]) -> String {
    ps.iter().map(|p| format!("<p>{p}</p>")).collect()
}

/// A page builder's text module: the paragraphs in a text block, in a
/// wrapper, a column, a row and a row container of their own.
fn module(ps: &[&str]) -> String {
    format!(
        "<div class=\"pb-row__container\"><div class=\"pb-row\"><div class=\"pb-column\">\
         <div class=\"pb-wrapper\"><div class=\"pb-rich-text\"><div>{}</div></div></div></div></div></div>",
        paragraphs(ps)
    )
}

/// A consent dialog whose class names a "content" block and holds one
/// sentence: on its own it outscores each single module.
const CONSENT: &str = "<div class=\"consent-box\"><div class=\"consent-dialog-content\">\
     <p>We use cookies to count visits to this site and to remember your settings here.</p></div>\
     <button>Accept</button></div>";

fn page(body: &str) -> String {
    format!(
        "<html><head><title>Mill Lane bakery reopens</title></head><body>\
         <div class=\"site-head\"><a href=\"/\">Millbrook Daily</a><nav><a href=\"/\">Home</a> \
         <a href=\"/town\">Town</a> <a href=\"/sport\">Sport</a></nav></div>\
         <section class=\"pb-section\"><div class=\"pb-container\">\
         <h1>Mill Lane bakery reopens</h1>{body}</div></section>\
         <div class=\"site-foot\"><p>Millbrook Daily, since 1998.</p></div>{CONSENT}</body></html>"
    )
}

fn assert_has_all(a: &Article, ps: &[&str]) {
    for p in ps {
        assert!(a.text.contains(p), "lost {p:?} from:\n{}", a.text);
    }
}

#[test]
fn text_modules_each_in_wrappers_of_their_own_are_one_body() {
    let body = format!(
        "<div class=\"pb-post-content\">{}{}</div>",
        module(&FIRST),
        module(&SECOND)
    );
    let a = extract(&page(&body));
    assert_has_all(&a, &FIRST);
    assert_has_all(&a, &SECOND);
    assert!(!a.text.contains("We use cookies"), "{}", a.text);
}

#[test]
fn a_post_split_over_two_numbered_blocks_of_one_kind_is_one_body() {
    // The second block holds a list and two short lines: alone, it scores
    // too little to join the first.
    let body = format!(
        "<div class=\"entry-content\">\
         <div class=\"blocks-container blocks-block-7f3a21 blocks-root\"><div class=\"blocks-inner\">{}\
         <p>\"We never thought of closing for good,\" the brother said on Saturday, flour still on his sleeves.</p></div></div>\
         <div class=\"blocks-container blocks-block-7f3a22 blocks-root\"><div class=\"blocks-inner\">\
         <h3>What is on the shelves</h3><ul><li>Rye and spelt loaves</li><li>Cinnamon buns</li><li>Plum cake on Fridays</li></ul>\
         <p>{}</p><p>{}</p></div></div></div>",
        paragraphs(&FIRST),
        SECOND[0],
        SECOND[2]
    );
    let a = extract(&page(&body));
    assert_has_all(&a, &FIRST);
    assert_has_all(&a, &[SECOND[0], SECOND[2], "Cinnamon buns"]);
}
