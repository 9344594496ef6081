//! What session 29's last round on the tuning seeds 68–74 caught, on pages
//! written for this suite (issue 16):
//!
//! - a one-word sentence closing the post ("Approved.") with a feed
//!   plugin's "first published" credit glued after it: the credit goes,
//!   the sentence stays (`credit.titled-first-published`).

mod story;

use story::{explained, removed, Blog, BLOG};

const URL: &str = "https://lakeside-notes.example.org/2025/03/harbour-wall-repairs-approved/";
const TITLE: &str = "Harbour wall repairs approved by the council";

/// The post's paragraphs but its last.
const POST: &[&str] = &[
    "The council voted on Tuesday to repair the harbour wall before the autumn storms, after a survey found cracks along its northern arm.",
    "Fishermen had asked for the work since the winter, when waves broke over the wall twice and flooded the sheds behind the slipway.",
    "The repairs will cost less than a new wall, the engineer told the meeting, and the boats can stay in the harbour while the crew works.",
];

fn blog() -> Blog<'static> {
    Blog {
        site: "Lakeside Notes",
        title: TITLE,
        ..BLOG
    }
}

/// A one-word sentence, closed by its stop, ahead of a glued "first
/// published" credit is the post's last line: the credit is cut off it
/// and the sentence kept (before: a sentence needed two words, and the
/// whole paragraph went as the credit).
#[test]
fn a_one_word_sentence_before_a_first_published_credit_stays() {
    for word in ["Approved.", "Genehmigt!"] {
        let last = format!(
            "<p>{word} The post <a href=\"https://coastal-herald.example.com/news/harbour-wall/\">{TITLE}</a> \
             appeared first on <a href=\"https://coastal-herald.example.com/\">Coastal Herald</a>.</p>"
        );
        let body: String = POST.iter().map(|p| format!("<p>{p}</p>\n")).collect();
        let a = explained(&blog().page(&format!("{body}{last}")), URL);
        for p in POST {
            assert!(a.text.contains(p), "lost {p:?} in:\n{}", a.text);
        }
        assert!(
            a.text.contains(word),
            "lost {word:?} in:\n{}\n{}",
            a.text,
            removed(&a)
        );
        assert!(
            !a.text.contains("appeared first"),
            "credit leaked in:\n{}",
            a.text
        );
    }
}

/// A list number or an outlet's own name before the credit is no
/// sentence of the post: the line goes whole.
#[test]
fn a_number_or_the_outlet_before_a_first_published_credit_goes() {
    for head in ["1.", "Herald."] {
        let last = format!(
            "<p>{head} The post <a href=\"https://coastal-herald.example.com/news/harbour-wall/\">{TITLE}</a> \
             appeared first on <a href=\"https://coastal-herald.example.com/\">Coastal Herald</a>.</p>"
        );
        let body: String = POST.iter().map(|p| format!("<p>{p}</p>\n")).collect();
        let a = explained(&blog().page(&format!("{body}{last}")), URL);
        for p in POST {
            assert!(a.text.contains(p), "lost {p:?} in:\n{}", a.text);
        }
        assert!(
            !a.text.contains("appeared first") && !a.text.contains(head),
            "leak of {head:?} in:\n{}",
            a.text
        );
    }
}
