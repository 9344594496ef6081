//! What session 29's last round on the tuning seeds 68–74 caught, on pages
//! written for this suite (issue 16):
//!
//! - a one-word sentence closing the post ("Approved.") with a feed
//!   plugin's "first published" credit glued after it: the credit goes,
//!   the sentence stays (`credit.titled-first-published`);
//! - a credit whose link closes the post's last paragraph after a lead-in
//!   longer than the link, in a builder's last text module with a "read
//!   next" card: the credit is a line of its own and the module stays
//!   (`clean:block-link-density`);
//! - a CMS's "submitted by <name> on <date>" line over the post goes
//!   (`byline.name-and-date`).

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

/// A page builder's post: the story's paragraphs in one text module, its
/// last paragraph in the next, with `last_extra` after it in that module.
fn builder_post(last: &str, last_extra: &str) -> String {
    let module = |inner: &str| {
        format!(
            "<div class=\"pb-row\"><div class=\"pb-col pb-col-full\">\
             <div class=\"pb-text\">{inner}</div></div></div>"
        )
    };
    let body: String = POST.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<html><head><title>{TITLE} | Lakeside Notes</title></head><body>\
         <header class=\"site-header\"><a class=\"site-title\" href=\"/\">Lakeside Notes</a></header>\
         <main><article class=\"post\"><h1>{TITLE}</h1><div class=\"post-content\">{}{}</div></article></main>\
         <footer class=\"site-footer\"><p>© 2025 Lakeside Notes</p></footer></body></html>",
        module(&body),
        module(&format!("{last}{last_extra}"))
    )
}

/// The post's last sentence, then a credit whose link closes the line
/// after a lead-in longer than the link ("Read the whole report over at
/// <a>Outlet</a>"), with a "read next" card after it in the builder's
/// last text module: the credit is a line of its own, the module's link
/// density its prose's, and the sentence stays (before: a credit needed
/// more link than lead-in, a lead-in was counted in bytes, the line was
/// prose with a link, and the module went for its link density).
#[test]
fn a_credit_closing_the_last_paragraph_keeps_its_module() {
    const LAST: &str =
        "The mayor, main source of the harbour fund, promised to pay for the new stone steps as well.";
    let card = "<div class=\"next-card\"><span class=\"next-label\">Read next</span>\
        <h3><a href=\"https://lakeside-notes.example.org/2025/02/ferry-timetable-changes-for-spring/\">\
        Ferry timetable changes for the spring season on the lake</a></h3>\
        <p>The ferry will run twice more each weekday from April, the operator said after…</p></div>";
    for lead in [
        "Read the whole report over at",
        "L’enquête complète est sur",
    ] {
        let last = format!(
            "<p>{LAST} {lead} <a href=\"https://coastal-herald.example.com/news/harbour-fund/\">The Herald</a></p>"
        );
        let a = explained(&builder_post(&last, card), URL);
        for p in POST {
            assert!(a.text.contains(p), "lost {p:?} in:\n{}", a.text);
        }
        assert!(
            a.text.contains(LAST),
            "lost the last sentence ({lead:?}) in:\n{}\n{}",
            a.text,
            removed(&a)
        );
        assert!(
            !a.text.contains("Ferry timetable"),
            "card leaked in:\n{}",
            a.text
        );
    }
}

/// A CMS's "submitted" line over the post (a participle, the by-word, a
/// name, a joint and a weekday's date with its time) is the theme's
/// byline at the head, whatever day it states: it goes, in any language
/// the by-words cover (before: a head byline had to open with its by-word and its date
/// right after the name, and the line stayed).
#[test]
fn a_submitted_by_line_with_a_date_at_the_head_goes() {
    for line in [
        "Submitted by Site Editor on Wed, 03/12/2025 - 16:40",
        "Mandado por Mesa Local el 12 de marzo de 2025",
    ] {
        let body: String = POST.iter().map(|p| format!("<p>{p}</p>\n")).collect();
        // The page was published days after the line's date (a feed's
        // copy): the line does not state the day published.
        let html = Blog {
            head: "<meta property=\"article:published_time\" content=\"2025-03-19T08:00:00Z\">",
            ..blog()
        }
        .page(&format!("<p>{line}</p>{body}"));
        let a = explained(&html, URL);
        for p in POST {
            assert!(a.text.contains(p), "lost {p:?} in:\n{}", a.text);
        }
        assert!(
            !a.text.contains(line),
            "byline leaked in:\n{}\n{}",
            a.text,
            removed(&a)
        );
    }
}
