//! The body choice on a page holding more than one post (issue 16: an
//! infinite-scroll theme appends the next post, headline, byline and whole
//! text, after the current one): the post whose headline the page's title
//! names is the article (rule `body.titled-post`); a second `<article>`
//! that is a section of the post (a lower-rank heading) still belongs to
//! it. Pages written for this suite.

use gleaner::{Article, Extractor, Url};

fn url() -> Url {
    Url::parse("https://millbrook.example.net/2025/03/ferry-timetable/").expect("static URL")
}

fn extract(html: &str, explain: bool) -> Article {
    let ex = Extractor::builder().explain(explain).build();
    match ex.extract(html, Some(&url())) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

const TITLE: &str = "The ferry keeps its winter timetable";

/// The current post: shorter than the next one, so the next one's text
/// outscores it.
const CURRENT: [&str; 3] = [
    "The island ferry will keep sailing every two hours through the winter, the harbour board said on Monday.",
    "Last year the crossings were cut to three a day, and islanders who work in town complained for months.",
    "The board says higher fares in summer pay for the extra crossings, and a review follows in April.",
];

const NEXT_TITLE: &str = "A new footpath opens along the old railway line";

/// The appended next post: longer, with commas, scoring above the current.
const NEXT: [&str; 6] = [
    "The footpath, which follows the old branch line from the station to the quarry, opened on Saturday, after three years of work, fundraising, and arguments about the bridges.",
    "Volunteers cleared brambles, fallen trees, rubbish, and a rusted car from the cutting, and the council, which owns the land, paid for the gravel, the fences, and the signs.",
    "Walkers, cyclists, riders, and families with prams came for the opening, and the brass band, the school choir, and the mayor, in her chain, led them to the first bridge.",
    "The old station, now a café, a bike shop, and a small museum, sold out of cake, tea, and sandwiches by noon, and the owners, delighted, say they will open on Sundays.",
    "Birdwatchers, botanists, and local historians have already asked for benches, boards, and maps, and the group, encouraged, hopes to add them over the summer.",
    "The second stretch, past the quarry, over the viaduct, and down to the river, should open next year, if the money, the weather, and the engineers allow.",
];

fn paragraphs(ps: &[&str]) -> String {
    ps.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

fn infinite_page() -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{TITLE} – Millbrook Echo</title>\
         <meta property=\"og:title\" content=\"{TITLE}\"></head>\
         <body class=\"single single-post\"><div id=\"page\" class=\"site\">\
         <header class=\"site-header\"><a href=\"/\">Millbrook Echo</a></header>\
         <div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\">\
         <article id=\"post-81\" class=\"post-81 post type-post hentry\">\
         <header class=\"entry-header\"><h1 class=\"entry-title\">{TITLE}</h1>\
         <div class=\"entry-meta\">By Ann Rowe <time>3 March 2025</time></div></header>\
         <div class=\"entry-content\">\n{}</div></article>\
         <div class=\"scroll-loader\"><span>Up next</span></div>\
         <article class=\"post type-post hentry scroll-post\">\
         <header class=\"entry-header\"><h1 class=\"entry-title\">\
         <a href=\"/2025/03/footpath/\" rel=\"bookmark\">{NEXT_TITLE}</a></h1>\
         <div class=\"entry-meta\">By Tom Hale <time>2 March 2025</time></div></header>\
         <div class=\"entry-content\">\n{}</div></article>\
         </main></div><footer class=\"site-footer\"><p>Millbrook Echo 2025</p></footer></div></body></html>",
        paragraphs(&CURRENT),
        paragraphs(&NEXT),
    )
}

#[test]
fn the_post_the_title_names_is_the_article_not_the_next_one() {
    let a = extract(&infinite_page(), false);
    for p in CURRENT {
        assert!(a.text.contains(p), "lost {p:?} from:\n{}", a.text);
    }
    for p in NEXT {
        assert!(
            !a.text.contains(p),
            "next post's {p:?} kept in:\n{}",
            a.text
        );
    }
    assert!(
        !a.text.contains(NEXT_TITLE),
        "next headline kept:\n{}",
        a.text
    );
}

#[test]
fn the_next_posts_prose_is_reported_under_the_rule() {
    let a = extract(&infinite_page(), true);
    let under = a
        .removed
        .iter()
        .filter(|r| r.reason.contains("body.titled-post"))
        .count();
    assert_eq!(under, NEXT.len(), "removed: {:#?}", a.removed);
}

#[test]
fn a_second_article_under_a_lower_rank_heading_is_a_section_of_the_post() {
    // A recipe page: the titled `<article>` holds the headline and the
    // introduction, a second `<article>` the method under an `h2`.
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{TITLE} – Millbrook Echo</title>\
         <meta property=\"og:title\" content=\"{TITLE}\"></head><body><main>\
         <article class=\"recipe-intro\"><h1>{TITLE}</h1>\n{}</article>\
         <article class=\"recipe-method\"><h2>Method</h2>\n{}</article>\
         </main></body></html>",
        paragraphs(&CURRENT),
        paragraphs(&NEXT),
    );
    let a = extract(&html, false);
    for p in CURRENT.iter().chain(&NEXT) {
        assert!(a.text.contains(p), "lost {p:?} from:\n{}", a.text);
    }
}
