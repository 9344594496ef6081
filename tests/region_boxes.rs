//! The boxes and labels a block is compared with by its text (a widget's
//! box, a signup box, a call box, an ad slot's label, a paged post's page
//! links) are read in the region that holds the article, the body's
//! subtrees (issue 16, `syndication::collect_region`): a box elsewhere on
//! the page holds none of the article's blocks, and a line of the post
//! that says what such a box says stays. The same box inside the region
//! still goes.

mod story;

/// A story of four paragraphs about a ferry timetable, the third a
/// question the reporter puts to the readers.
const STORY: [&str; 4] = [
    "The river ferry will run every twenty minutes from Monday, the operator said, after a winter of hourly crossings.",
    "Commuters had asked for the change since the new housing on the east bank filled up faster than planned.",
    "Would you cross by ferry more often this spring?",
    "Fares stay the same until the spring, when the council reviews the subsidy that keeps the service running.",
];

/// The question of a poll drawn over the page, over its two answer
/// buttons: the post's own question, asked again.
const POLL: &str = "<div class=\"poll\"><p>Would you cross by ferry more often this spring?</p>\
     <button>Yes</button><button>No</button></div>";

const URL: &str = "https://riversidepost.example/2024/ferry-every-twenty-minutes/";

/// A page whose `<article>` holds the story, with `inside` at the end of
/// the post's text and `after` at the end of the body (after the footer,
/// as script widgets are drawn).
fn page(inside: &str, after: &str) -> String {
    format!(
        "<html><head><title>Ferry every twenty minutes</title></head><body>\
         <header><a href=\"/\">Riverside Post</a></header>\
         <main><article><h1>Ferry every twenty minutes</h1><div class=\"entry-content\">{}{inside}</div></article></main>\
         <footer><p>Riverside Post</p></footer>{after}</body></html>",
        story::post(&STORY, &[])
    )
}

/// A page with no `<article>` or `<main>`: the story in a plain column
/// with `inside` at its end.
fn column_page(inside: &str) -> String {
    format!(
        "<html><head><title>Ferry every twenty minutes</title></head><body><div class=\"wrap\">\
         <div class=\"top\"><a href=\"/\">Riverside Post</a></div>\
         <div class=\"column\"><h1>Ferry every twenty minutes</h1>{}{inside}</div>\
         <div class=\"bottom\"><p>Riverside Post</p></div></div></body></html>",
        story::post(&STORY[..2], &[]) + &story::post(&STORY[3..], &[])
    )
}

#[test]
fn the_posts_question_stays_beside_a_poll_drawn_outside_the_article() {
    let a = story::explained(&page("", POLL), URL);
    story::assert_kept(&STORY, &a.text);
    assert!(
        !story::removed_by(&a, "notice.button-dialog"),
        "{}",
        story::removed(&a)
    );
}

#[test]
fn a_poll_in_the_posts_column_still_goes() {
    let a = story::explained(&column_page(POLL), URL);
    story::assert_kept(&[STORY[0], STORY[1], STORY[3]], &a.text);
    assert!(!a.text.contains("cross by ferry more often"), "{}", a.text);
    assert!(
        story::removed_by(&a, "notice.button-dialog"),
        "{}",
        story::removed(&a)
    );
}
