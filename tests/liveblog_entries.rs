//! A liveblog's updates in plain `<div>`s are the article, not readers'
//! comments: each update is a head (the day, the time, the reporter) over
//! a paragraph — the shape `clean:comment-thread` reads as a comment in a
//! plain thread after the post — but a liveblog lists its updates newest
//! first, readers' comments run oldest first.

mod story;

use story::explained;

const URL: &str = "https://coastwatch.example/live/storm-crosses-the-coast";

const INTRO: &[&str] = &[
    "The storm made landfall near the harbour town early on Monday, and crews across the region worked through the night to restore power.",
    "Follow the updates below as the situation develops through the day.",
];

/// (time, reporter, text) of each update.
const UPDATES: &[(&str, &str, &str)] = &[
    ("14:32", "Maria Lopez", "The coastguard says two fishing boats reported missing have returned safely to port."),
    ("13:10", "Tom Reed", "Rail services between the two largest towns are suspended until the line is inspected."),
    ("12:05", "Maria Lopez", "More than forty thousand homes are without electricity, the grid operator said this morning."),
    ("11:40", "Tom Reed", "Schools in the three coastal districts will stay closed for the rest of the week, the council said."),
];

/// The page, with the updates in the order of `order` (indexes into
/// `UPDATES`), each head `<day> <time> <reporter>`.
fn page(order: &[usize]) -> String {
    let updates: String = order
        .iter()
        .map(|&k| {
            let (time, who, text) = UPDATES[k];
            format!(
                "<div class=\"entry\"><div class=\"entry-head\">7 December 2026 {time} {who}</div>\
                 <div class=\"entry-text\"><p>{text}</p></div></div>"
            )
        })
        .collect();
    let intro: String = INTRO.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<html><head><title>Live: storm crosses the coast</title></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>\
         <main><div class=\"story\"><h1>Live: storm crosses the coast</h1>{intro}\
         <div class=\"entries\">{updates}</div></div></main>\
         <footer><p>Copyright 2026 Coast Watch</p></footer></body></html>"
    )
}

#[test]
fn liveblog_updates_newest_first_stay() {
    let a = explained(&page(&[0, 1, 2, 3]), URL);
    for p in INTRO {
        assert!(a.text.contains(p), "intro {p:?} lost: {}", a.text);
    }
    for (_, _, text) in UPDATES {
        assert!(a.text.contains(text), "update {text:?} lost: {}", a.text);
    }
}

/// The same blocks oldest first read as the readers' comments they then
/// look like: the thread after the post goes, the post stays. (Shows the
/// order is what tells the two apart.)
#[test]
fn the_same_entries_oldest_first_are_a_thread() {
    let a = explained(&page(&[3, 2, 1, 0]), URL);
    for p in INTRO {
        assert!(a.text.contains(p), "intro {p:?} lost: {}", a.text);
    }
    for (_, _, text) in UPDATES {
        assert!(!a.text.contains(text), "entry {text:?} stayed: {}", a.text);
    }
}
