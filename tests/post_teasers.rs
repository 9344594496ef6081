//! A site's teaser for another of its posts inside a post (session 21,
//! `interruption.post-teaser`): a lead-in (without a colon: a line with
//! one is `links.labelled-own-link-line`'s) and the other post's linked
//! headline, set apart in bold or italics, between two paragraphs of the
//! post, go in any language and in `<br>` lines too; the same pointer
//! closing a section (after the last paragraph, before a heading), a
//! plain one, and a link to another host stay. In loose `<br>` text
//! (session 22) each line is a paragraph: a teaser before a bold-line
//! heading goes, and a teaser line run into that heading loses only
//! itself. Every page is written here.

use gleaner::{Article, Extractor, Url};

const STORY: [&str; 8] = [
    "The ferry between the two islands resumed its winter timetable on Monday after a month in dry dock, the operator said.",
    "Engineers replaced both propeller shafts and repainted the hull in the colours of the old company that ran it for decades.",
    "Passengers said the crossing was quieter than before, and the café on the upper deck has reopened with a shorter menu.",
    "The harbour master counted forty cars on the first morning crossing, about as many as on a busy summer weekday last year.",
    "Fishermen who share the quay with the ferry asked the council for a second mooring, which it promised to study before spring.",
    "Tickets can be bought on board again, after a year in which only the office on the pier sold them during its opening hours.",
    "The operator plans to add a late crossing on Fridays from March if the number of foot passengers keeps growing over the winter.",
    "Islanders who commute to the mainland welcomed the change and said the month without a ferry had cost them hours every week.",
];

/// Where a teaser goes: away from the post's edges (other rules judge
/// the lines there).
const MIDDLE: usize = 4;

const URL: &str = "https://soundnotes.example/2026/island-ferry/";
const OTHER: &str = "https://soundnotes.example/harbour-market-opens-on-sundays/";

/// The post's paragraphs with `teaser` in the middle (or after the last
/// when `at_end`), as `<p>`s or as `<br>` lines.
fn page(teaser: &str, at_end: bool, br: bool) -> String {
    let mut parts: Vec<String> = STORY.iter().map(|p| p.to_string()).collect();
    if at_end {
        parts.push(teaser.to_string());
    } else {
        parts.insert(MIDDLE, teaser.to_string());
    }
    let post: String = if br {
        format!(
            "<div class=\"post-body\">{}</div>",
            parts.join("<br />\n<br />")
        )
    } else {
        parts.iter().map(|p| format!("<p>{p}</p>\n")).collect()
    };
    format!(
        "<html><head><title>The island ferry is back - Sound Notes</title></head><body>\
         <header class=\"site-header\"><p class=\"site-title\"><a href=\"/\">Sound Notes</a></p></header>\
         <main><article class=\"post\"><h1>The island ferry is back</h1>\
         <div class=\"entry-content\">{post}</div></article></main>\
         <footer><p>Sound Notes</p></footer></body></html>"
    )
}

fn extract(html: &str) -> Article {
    let url = Url::parse(URL).ok();
    match Extractor::builder()
        .explain(true)
        .build()
        .extract(html, url.as_ref())
    {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

fn fired(a: &Article) -> bool {
    a.removed
        .iter()
        .any(|r| r.reason.contains("interruption.post-teaser"))
}

#[test]
fn a_set_apart_teaser_between_paragraphs_goes_in_any_language() {
    let teasers = [
        format!(
            "<strong>Se även</strong> <a href=\"{OTHER}\">Hamnmarknaden öppnar på söndagar</a>"
        ),
        format!("<strong>참고 <a href=\"{OTHER}\">항구 시장, 일요일에도 문을 연다</a></strong>"),
        format!("Vezi și <a href=\"{OTHER}\"><em>Piața din port se deschide duminica</em></a>"),
    ];
    for teaser in &teasers {
        for br in [false, true] {
            let a = extract(&page(teaser, false, br));
            for gone in ["Hamnmarknaden", "항구 시장", "Piața din port"] {
                assert!(!a.text.contains(gone), "{gone:?} in {:?}", a.text);
            }
            assert!(fired(&a), "{teaser} (br {br}): {:?}", a.removed);
            for p in STORY {
                assert!(a.text.contains(p), "lost {p:?} in {:?}", a.text);
            }
        }
    }
}

#[test]
fn a_closing_pointer_a_plain_link_and_another_hosts_link_stay() {
    let cases = [
        // After the last paragraph: the writer's closing line.
        (
            format!("<strong>Learn more:</strong> <a href=\"{OTHER}\">The harbour market opens on Sundays</a>"),
            true,
        ),
        // Not set apart: a line of the post.
        (
            format!("See also <a href=\"{OTHER}\">The harbour market opens on Sundays</a>"),
            false,
        ),
        // Another host: a source, which other rules judge.
        (
            "<strong>See also</strong> <a href=\"https://ferries.example/winter-timetable-2026/\">The winter timetable of the island ferries</a>".to_string(),
            false,
        ),
    ];
    // Under the prose of its paragraph, closing a section (a heading next).
    let glued = format!(
        "{}<br><br><strong>Learn more:</strong> <a href=\"{OTHER}\">The harbour market opens on Sundays</a></p>\n<h2>On the upper deck</h2><p>",
        STORY[MIDDLE - 1]
    );
    let html = page(&glued, false, false)
        .replacen(&format!("<p>{}</p>\n", STORY[MIDDLE - 1]), "", 1)
        .replace("<p></p>", "");
    let a = extract(&html);
    assert!(!fired(&a), "{:?}", a.removed);
    assert!(
        a.text.contains("The harbour market opens on Sundays"),
        "{:?}",
        a.text
    );
    for (teaser, at_end) in &cases {
        let a = extract(&page(teaser, *at_end, false));
        assert!(!fired(&a), "{teaser}: {:?}", a.removed);
        if *at_end {
            // At the post's edge, other rules judge the line.
            continue;
        }
        let kept = if teaser.contains("ferries.example") {
            "The winter timetable"
        } else {
            "The harbour market opens on Sundays"
        };
        assert!(a.text.contains(kept), "lost {kept:?} in {:?}", a.text);
    }
}

/// The post as loose `<br>` lines (no `<p>`s) in which `teaser` is the
/// last line before a box the page drops (a newsletter sign-up) and the
/// next section's heading, written as a bold line.
fn loose_page(teaser: &str, heading: &str) -> String {
    let lines = |ps: &[&str]| ps.join("<br />\n<br />\n");
    format!(
        "<html><head><title>The island ferry is back - Sound Notes</title></head><body>\
         <header class=\"site-header\"><p class=\"site-title\"><a href=\"/\">Sound Notes</a></p></header>\
         <table><tr><td class=\"post\"><h1>The island ferry is back</h1>\
         {}<br />\n<br />\n{teaser}<br />\n<br />\n\
         <div class=\"newsletter-signup\"><h4>Get the morning letter</h4><p>The news of the islands in your inbox every day.</p>\
         <form action=\"/subscribe\"><input type=\"email\" name=\"email\"><button>Subscribe</button></form></div>\
         <b>{heading}</b><br />\n<br />\n{}<br />\n<br />\n</td></tr></table>\
         <footer><p>Sound Notes</p></footer></body></html>",
        lines(&STORY[..MIDDLE]),
        lines(&STORY[MIDDLE..]),
    )
}

#[test]
fn in_loose_br_text_a_teaser_before_a_bold_heading_is_no_closing_pointer() {
    // Each `<br>` line of loose text is a paragraph: the teaser between
    // the prose and the next section's bold heading interrupts the post,
    // though the dropped box makes it the last line of a block.
    let teasers = [
        format!("<strong>읽어 보기:</strong> <a href=\"{OTHER}\">항구 시장, 일요일에도 문을 연다</a>"),
        format!("<b>Διαβάστε ακόμα <a href=\"{OTHER}\">Η αγορά του λιμανιού ανοίγει τις Κυριακές</a></b>"),
    ];
    for teaser in &teasers {
        let a = extract(&loose_page(teaser, "On the upper deck"));
        for gone in ["항구 시장", "Η αγορά του λιμανιού"] {
            assert!(!a.text.contains(gone), "{gone:?} in {:?}", a.text);
        }
        assert!(fired(&a), "{teaser}: {:?}", a.removed);
        assert!(a.text.contains("On the upper deck"), "{:?}", a.text);
        for p in STORY {
            assert!(a.text.contains(p), "lost {p:?} in {:?}", a.text);
        }
    }
}

#[test]
fn a_teaser_line_run_into_a_bold_heading_loses_only_the_teaser() {
    // After a box the page drops, a short block of two `<br>` lines (a
    // pull quote follows them): the labelled teaser line goes, the
    // section's bold heading under it stays.
    let lines = |ps: &[&str]| ps.join("<br />\n<br />\n");
    let html = format!(
        "<html><head><title>The island ferry is back - Sound Notes</title></head><body>\
         <table><tr><td class=\"post\"><h1>The island ferry is back</h1>\
         {}<br />\n<br />\n\
         <div class=\"newsletter-signup\"><h4>Get the morning letter</h4><p>The news of the islands in your inbox every day.</p>\
         <form action=\"/subscribe\"><input type=\"email\" name=\"email\"><button>Subscribe</button></form></div>\
         <strong>Also read: <a href=\"{OTHER}\">The harbour market opens on Sundays</a></strong><br />\n<br />\n\
         <b>On the upper deck</b><br />\n<br />\n\
         <blockquote><p>The café has reopened with a shorter menu.</p></blockquote>\n\
         {}<br />\n<br />\n</td></tr></table>\
         <footer><p>Sound Notes</p></footer></body></html>",
        lines(&STORY[..MIDDLE]),
        lines(&STORY[MIDDLE..]),
    );
    let a = extract(&html);
    assert!(
        !a.text.contains("The harbour market opens on Sundays"),
        "{:?}",
        a.text
    );
    assert!(a.text.contains("On the upper deck"), "{:?}", a.text);
    for p in STORY {
        assert!(a.text.contains(p), "lost {p:?} in {:?}", a.text);
    }
}
