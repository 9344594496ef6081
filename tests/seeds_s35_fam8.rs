//! What the eighth generated family set (`families8`: news-magazine
//! autoblogs) caught in session 35, on pages written for this suite
//! (issue 16):
//!
//! - a follow call that is its own box: a block whose whole text is one
//!   link to where the reader follows the site (a messaging channel, a
//!   news aggregator's page of the publication), a one-line call longer
//!   than a button's label ("👉 Join our channel to get the news first"),
//!   in a language no list of calls holds (`follow.channel-call`,
//!   `syndication/prompts.rs`); a channel's link inside a sentence of the
//!   post stays.

mod story;

use story::explained;

const URL: &str = "https://harbourbulletin.example/2026/03/ferry-timetable-change/";
const SITE: &str = "Harbour Bulletin";
const TITLE: &str = "Ferry adds an early crossing for shift workers";

/// A short news story of our own.
const STORY: &[&str] = &[
    "The island ferry will add a crossing at a quarter to six from next month, after shift workers at the fish plant asked for a boat that gets them in before the first bell.",
    "The operator said the early run would carry foot passengers and bicycles only, because the car deck is loaded for the seven o'clock sailing at the same time.",
    "A trial in the autumn drew about forty passengers a morning, which the council called enough to keep the crossing for at least a year.",
    "The plant's manager said the change would let two dozen workers stop sleeping in the staff room on the mainland side during the week.",
];

/// A post page: header, title, the post's content, a footer.
fn page(body: &str) -> String {
    format!(
        r#"<html lang="et"><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/island/">Island</a></li><li><a href="/sea/">Sea</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-content">
{body}
</div>
</article></main>
<footer class="site-footer"><p>© 2026 {SITE}</p></footer></body></html>"#
    )
}

/// The story with `inserts` put before the given paragraphs (`4` after
/// the last).
fn post(inserts: &[(usize, &str)]) -> String {
    let mut s = String::new();
    for (i, p) in STORY.iter().enumerate() {
        for (at, html) in inserts {
            if *at == i {
                s.push_str(html);
                s.push('\n');
            }
        }
        s.push_str(&format!("<p>{p}</p>\n"));
    }
    for (at, html) in inserts {
        if *at >= STORY.len() {
            s.push_str(html);
            s.push('\n');
        }
    }
    s
}

/// Asserts every paragraph of the story in the text, and none of `gone`.
fn assert_text(html: &str, gone: &[&str]) {
    let a = explained(html, URL);
    story::assert_in_order(&a, STORY.iter().copied(), gone);
}

/// A paragraph that is one link to the site's messaging channel or to
/// its page on a news aggregator, a call of a line (in Estonian and
/// Welsh here: no list holds these words), goes.
#[test]
fn lone_follow_call_of_a_line_is_removed() {
    let telegram = r#"<p><a href="https://t.me/harbourbulletin" target="_blank" rel="noopener">👉 Liitu meie Telegrami kanaliga, et saada saarte uudised esimesena</a></p>"#;
    let whatsapp = r#"<p class="has-text-align-center"><a href="https://whatsapp.com/channel/0029VaHarbour1"><strong>Ymunwch â'n sianel WhatsApp am newyddion yr ynys bob bore</strong></a></p>"#;
    let news = r#"<p style="text-align: center;"><a href="https://news.google.com/publications/CAAqHarbourBulletin?hl=et" target="_blank"><strong>Jälgi meid Google Newsis</strong></a></p>"#;
    for (at, call, gone) in [
        (4, telegram, "Liitu meie Telegrami kanaliga"),
        (0, whatsapp, "Ymunwch â'n sianel WhatsApp"),
        (4, news, "Jälgi meid Google Newsis"),
        (2, news, "Jälgi meid Google Newsis"),
    ] {
        assert_text(&page(&post(&[(at, call)])), &[gone]);
    }
}

/// A channel's link in a sentence of the post, or a paragraph of prose
/// that is a link, stays.
#[test]
fn channel_link_in_the_post_prose_is_kept() {
    let sentence = r#"<p>Timetable changes are posted first on the operator's <a href="https://t.me/islandferries">Telegram channel</a>, and the harbour office prints them on the notice board by the ramp an hour later.</p>"#;
    let a = explained(&page(&post(&[(4, sentence)])), URL);
    story::assert_in_order(
        &a,
        STORY
            .iter()
            .copied()
            .chain(["Timetable changes are posted first on the operator's Telegram channel"]),
        &[],
    );
    let long = r#"<p><a href="https://t.me/islandferries">The operator's channel carried the first notice of the change, a week before the council met, with a photograph of the new timetable pinned by the ramp</a></p>"#;
    let a = explained(&page(&post(&[(4, long)])), URL);
    story::assert_in_order(
        &a,
        STORY
            .iter()
            .copied()
            .chain(["The operator's channel carried the first notice"]),
        &[],
    );
}
