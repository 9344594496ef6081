//! Interruptions of a post (session 20). Pull quotes (`repeat.pull-quote`):
//! a quotation set between a post's paragraphs that repeats a sentence of
//! the post is not article text; the sentence it copies is. Any markup,
//! any language. A quotation that says something the post does not, and a
//! paragraph that restates a sentence of another, stay. A video box's
//! duration left alone (`interruption.duration-line`) goes; a time in
//! prose stays. Every page is written here.

mod story;

use gleaner::Article;
use story::removed_by;

/// A post of five paragraphs that names no site; the second and the
/// fourth hold two sentences each.
const STORY: [&str; 5] = [
    "The harbour crane was lifted back onto its rails on Tuesday after a winter in the repair yard.",
    "Dock workers had unloaded the fishing boats by hand since November. The port authority said the crane would be back in service by Easter.",
    "Its new motor was built in a workshop two streets from the quay, and the old one goes to the town museum.",
    "Boat owners welcomed the news at a meeting in the fish market. Several said the winter had cost them a week of catches.",
    "The authority will paint the crane in its old colours before the summer festival, a spokesman said.",
];

/// A post on a blog theme with `inserts` before the paragraph of their
/// index.
fn page(inserts: &[(usize, &str)]) -> String {
    let post = story::post(&STORY, inserts);
    story::notes_page("Quay Notes", "The harbour crane is back", &post)
}

fn extract(html: &str) -> Article {
    story::explained(html, "https://quaynotes.example/harbour-crane/")
}

/// The repeated sentence's count in the text: once, in its paragraph.
fn count(a: &Article, s: &str) -> usize {
    a.text.matches(s).count()
}

#[test]
fn a_pull_quote_repeating_a_sentence_goes_in_any_markup() {
    let sentence = "The port authority said the crane would be back in service by Easter.";
    for quote in [
        format!("<figure class=\"wp-block-pullquote\"><blockquote><p>{sentence}</p></blockquote></figure>"),
        format!("<blockquote class=\"quote-box align-right\"><p>“{sentence}”</p></blockquote>"),
        format!("<figure class=\"pull\"><blockquote>{sentence}</blockquote></figure>"),
    ] {
        let a = extract(&page(&[(2, quote.as_str())]));
        assert_eq!(count(&a, sentence), 1, "{quote}\n{}", a.text);
        assert!(removed_by(&a, "repeat.pull-quote"), "{quote}");
        for p in STORY {
            assert!(a.text.contains(p), "lost {p:?}\n{}", a.text);
        }
    }
}

#[test]
fn a_pull_quote_goes_in_another_script() {
    let sentence = "Οι ψαράδες είπαν ότι ο χειμώνας τους κόστισε μια εβδομάδα αλιείας.";
    let para = format!("Το λιμάνι ξανάνοιξε την Τρίτη. {sentence}");
    let html = page(&[(
        4,
        &format!(
            "<p>{para}</p><figure class=\"wp-block-pullquote\"><blockquote><p>{sentence}</p></blockquote></figure>"
        ),
    )]);
    let a = extract(&html);
    assert_eq!(count(&a, sentence), 1, "{}", a.text);
    assert!(a.text.contains(&para), "{}", a.text);
}

#[test]
fn quotations_saying_something_else_and_restating_paragraphs_stay() {
    let other = "A crane is only as good as the people who drive it.";
    let restated = "The port authority said the crane would be back in service by Easter.";
    let a = extract(&page(&[
        (2, &format!("<blockquote><p>{other}</p></blockquote>")),
        (3, &format!("<p>{restated}</p>")),
    ]));
    assert!(a.text.contains(other), "{}", a.text);
    assert_eq!(count(&a, restated), 2, "{}", a.text);
    assert!(!removed_by(&a, "repeat.pull-quote"));
}

#[test]
fn a_video_boxs_duration_left_alone_goes_a_time_in_prose_stays() {
    let video = "<div class=\"clip-card\"><p class=\"clip-card__label\"><strong>Watch:</strong> The crane's first lift</p>\
                 <div class=\"player\" id=\"player-1\"></div><span class=\"clip-card__time\">02:34</span></div>";
    let prose = "<p>The first lift is planned for Saturday at 08:30, weather permitting.</p>";
    let a = extract(&page(&[(2, video), (3, prose)]));
    assert!(!a.text.contains("02:34"), "{}", a.text);
    assert!(a.text.contains("Saturday at 08:30"), "{}", a.text);
    for p in STORY {
        assert!(a.text.contains(p), "lost {p:?}\n{}", a.text);
    }
}

/// A long post (past the block count where the search for a quotation's
/// words switches from `str::contains` to a searcher built once per
/// quotation, `drop_repeats`): its pull quote goes all the same, and
/// every paragraph stays.
#[test]
fn a_pull_quote_goes_in_a_long_post() {
    let sentence = "The port authority said the crane would be back in service by Easter.";
    let extra: Vec<String> = (1..=36)
        .map(|i| {
            format!(
                "On day {i} of the repairs the fitters checked bolt row {i}, and the foreman logged {n} rivets replaced before the tide turned.",
                n = i * 7
            )
        })
        .collect();
    let mut paragraphs: Vec<&str> = STORY.to_vec();
    paragraphs.extend(extra.iter().map(String::as_str));
    let quote = format!(
        "<figure class=\"wp-block-pullquote\"><blockquote><p>{sentence}</p></blockquote></figure>"
    );
    let post = story::post(&paragraphs, &[(2, quote.as_str())]);
    let a = extract(&story::notes_page(
        "Quay Notes",
        "The harbour crane is back",
        &post,
    ));
    assert_eq!(count(&a, sentence), 1, "{}", a.text);
    assert!(removed_by(&a, "repeat.pull-quote"));
    for p in &paragraphs {
        assert!(a.text.contains(p), "lost {p:?}\n{}", a.text);
    }
}
