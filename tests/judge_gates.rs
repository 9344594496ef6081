//! The whole-block judging skips a check when the block's one-pass facts
//! say it cannot fire (the phrase families a block holds, the heads a
//! marker line opens with). These pages, written here, hold lines each of
//! those skipped checks must still find: a widget line that is a phrase
//! or opens with one, a push prompt that does not ask, a rating prompt
//! that does, an exact marker and an "appeared first" line at the tail.

mod story;

/// A story of four paragraphs that names no site.
const STORY: [&str; 4] = [
    "The lighthouse on the north cape was relit on Saturday after two winters dark, its lamp rebuilt by volunteers.",
    "The old keeper's cottage now houses a small museum of charts, logbooks and the brass fittings of the first lamp.",
    "Visitors can climb the tower on weekends from April, and the trust hopes to open it on weekday evenings too.",
    "The trust said the repairs cost less than feared, as most of the glass of the lantern room had survived intact.",
];

/// A page with `inserts` in the post ([`story::post`]).
fn page(inserts: &[(usize, &str)]) -> String {
    story::notes_page(
        "Cape Notes",
        "The lighthouse is lit again",
        &story::post(&STORY, inserts),
    )
}

/// Lines a notice rule reads as a whole line or its start, and prompts:
/// each goes with its rule's id between the story's paragraphs.
#[test]
fn widget_lines_and_prompts_still_go_between_paragraphs() {
    for (line, rule) in [
        ("<p>Live chat</p>", "notice.chat-launcher"),
        ("<p>We usually reply within a day</p>", "notice.chat-status"),
        ("<p>Partager sur</p>", "notice.share-prompt"),
        ("<p>Turn on notifications</p>", "notice.push-prompt"),
        ("<p>Was this article useful?</p>", "notice.rating-prompt"),
    ] {
        let a = story::explained(&page(&[(2, line)]), "https://capenotes.example/lit/");
        story::assert_kept(&STORY, &a.text);
        assert!(
            story::removed_by(&a, rule),
            "{line}: {}",
            story::removed(&a)
        );
    }
}

/// Marker lines at the post's tail: an exact phrase and an "appeared
/// first" line in two languages.
#[test]
fn marker_phrases_still_go_at_the_tail() {
    for line in [
        "<p><a href=\"https://harbourpost.example/lit/\">Go to Source</a></p>",
        "<p>The post The lighthouse is lit again appeared first on Harbour Post.</p>",
        "<p>Der Beitrag The lighthouse is lit again erschien zuerst auf Harbour Post.</p>",
    ] {
        let a = story::explained(&page(&[(9, line)]), "https://capenotes.example/lit/");
        story::assert_kept(&STORY, &a.text);
        for gone in ["Go to Source", "appeared first", "erschien zuerst"] {
            assert!(!a.text.contains(gone), "{line}: {}", a.text);
        }
        assert!(a.is_syndicated(), "{line}: {}", story::removed(&a));
    }
}

/// The same words inside prose are no widget line, prompt or marker: the
/// checks the gates let through still decide.
#[test]
fn prose_with_the_same_words_stays() {
    let prose = [
        "<p>The trust said a live chat with the keeper's grandson would be held in the museum on the first Sunday of May.</p>",
        "<p>Volunteers can turn on notifications in the trust's app to hear when the tower opens on weekday evenings.</p>",
    ];
    for p in prose {
        let a = story::extract(&page(&[(2, p)]), "https://capenotes.example/lit/");
        story::assert_kept(&STORY, &a.text);
        let kept = ["keeper's grandson", "hear when the tower"]
            .iter()
            .any(|w| a.text.contains(w));
        assert!(kept, "{}", a.text);
    }
}

/// Legal small print longer than a short block at the post's tail: only
/// its legal notices are looked for (a table of their phrases alone), and
/// they still are.
#[test]
fn long_legal_small_print_still_goes_at_the_tail() {
    let print = "<p>By using this website you agree to our Terms of Use and acknowledge our \
        Privacy Policy, which explain how Cape Notes collects, stores and shares the \
        information of its readers, how long that information is kept, and which partners \
        may process it on our behalf. The trust reviews these terms every year and posts any \
        change on this page before it takes effect for its readers.</p>";
    assert!(print.len() > 300 && print.len() < 1200);
    let a = story::explained(&page(&[(9, print)]), "https://capenotes.example/lit/");
    story::assert_kept(&STORY, &a.text);
    assert!(!a.text.contains("Terms of Use"), "{}", a.text);
    assert!(
        story::removed_by(&a, "legal:text"),
        "{}",
        story::removed(&a)
    );
}

/// Disclosures at the post's tail: each holds its subject or earning
/// word and its second word (a making verb, a purchase), which the
/// block's phrase families are read for before it is split into
/// sentences.
#[test]
fn disclosures_still_go_at_the_tail() {
    for (line, rule) in [
        (
            "<p>This article was generated with artificial intelligence and checked by the trust's volunteers.</p>",
            "notice.disclosure-made-by",
        ),
        (
            "<p>We may earn a commission on purchases made through links in this post.</p>",
            "notice.disclosure-paid-by",
        ),
    ] {
        let a = story::explained(&page(&[(9, line)]), "https://capenotes.example/lit/");
        story::assert_kept(&STORY, &a.text);
        assert!(story::removed_by(&a, rule), "{line}: {}", story::removed(&a));
    }
}

/// A credit line closed by a rights note at the post's tail: the note is
/// found (its phrases' searchers built once) and the credit goes whole.
#[test]
fn credit_with_a_rights_note_still_goes_at_the_tail() {
    let line = "<p>This story was first published by <a href=\"https://harbourpost.example/lit/\">Harbour Post</a>. All rights belong to their respective owners.</p>";
    let a = story::explained(&page(&[(9, line)]), "https://capenotes.example/lit/");
    story::assert_kept(&STORY, &a.text);
    assert!(!a.text.contains("respective owners"), "{}", a.text);
    assert!(a.is_syndicated(), "{}", story::removed(&a));
}
