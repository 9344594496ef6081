//! A post split over pages (session 20, `interruption.page-links`): the
//! page links under each page (numbered links to the post's other pages,
//! a "next page" link, a "page 1 of 3" line) go in any language, told by
//! their links: `rel="next"` to the page's own host, and numbered links
//! whose address ends with their number. A post's own line with numbers
//! and a "next" link to another host stay. Every page is written here.

mod story;

use gleaner::Article;

const STORY: [&str; 3] = [
    "The ferry between the two islands resumed its winter timetable on Monday after a month in dry dock.",
    "Engineers replaced both propeller shafts and repainted the hull in the colours of the old company.",
    "Passengers said the crossing was quieter than before, and the café on the upper deck has reopened.",
];

const URL: &str = "https://soundnotes.example/2026/island-ferry/";

fn page(after: &str) -> String {
    let post = story::post(&STORY, &[]);
    story::notes_page(
        "Sound Notes",
        "The island ferry is back",
        &format!("{post}{after}"),
    )
}

fn extract(html: &str) -> Article {
    story::explained(html, URL)
}

#[test]
fn a_paged_posts_links_go_in_any_language() {
    let links = format!(
        "<p class=\"pc\">Sivu 1 / 3</p>\
         <div class=\"pl\"><span>Sivut:</span> <span class=\"current\">1</span> \
         <a href=\"{URL}2/\">2</a> <a href=\"{URL}3/\">3</a></div>\
         <p class=\"np\"><a href=\"{URL}2/\" rel=\"next\">Seuraava sivu »</a></p>\n"
    );
    let a = extract(&page(&links));
    for gone in ["Sivu 1 / 3", "Seuraava sivu"] {
        assert!(!a.text.contains(gone), "{gone:?} in {:?}", a.text);
    }
    assert!(
        a.removed
            .iter()
            .any(|r| r.reason.contains("interruption.page-links")),
        "{:?}",
        a.removed
    );
    for p in STORY {
        assert!(a.text.contains(p), "lost {p:?}");
    }
}

#[test]
fn numbers_in_prose_and_other_hosts_next_links_stay() {
    let after = "<p>Crossings 1 and 3 run at night</p>\
                 <p><a href=\"https://ferries.example/timetable/\" rel=\"next\">Winter timetable</a></p>\n";
    let a = extract(&page(after));
    for kept in ["Crossings 1 and 3 run at night", "Winter timetable"] {
        assert!(a.text.contains(kept), "lost {kept:?} in {:?}", a.text);
    }
    assert!(!a
        .removed
        .iter()
        .any(|r| r.reason.contains("interruption.page-links")));
}
