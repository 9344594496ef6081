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

/// A facts box: a table whose every row is headed by its label cell.
fn facts_table(label: &str, href: &str) -> String {
    format!(
        r#"<table class="story-facts"><tbody><tr><th>{label}</th><td><a href="{href}" target="_blank">North Coast Herald</a></td></tr><tr><th>Julkaistu</th><td>11.03.2026</td></tr></tbody></table>"#
    )
}

/// The source an article names.
fn source(html: &str, url: &str) -> Option<String> {
    story::extract(html, url).source_url.map(|u| u.to_string())
}

/// A credit row of a table of facts (each row a header cell and its
/// value: "Source | <a>Outlet</a>", "Published | date") credits the
/// outlet, at the top of the post or at its end, as a lone row does.
#[test]
fn credit_row_of_a_facts_table_gives_the_source() {
    let href = "https://northcoastherald.example/news/2026/0311/a4411.html";
    for at in [0, 4] {
        let html = page(&post(&[(at, &facts_table("Source", href))]));
        assert_eq!(source(&html, URL).as_deref(), Some(href), "table at {at}");
    }
}

/// A facts box's row whose link leads to the story with the page's own
/// slug on another host credits it whatever the label's language (a
/// made-up word here), on the post's page and on its AMP page.
#[test]
fn facts_row_linking_the_same_slug_gives_the_source_in_any_language() {
    let href = "https://northcoastherald.example/news/ferry-timetable-change-4411.html";
    let amp = "https://harbourbulletin.example/2026/03/ferry-timetable-change/amp/";
    for url in [URL, amp] {
        for at in [0, 4] {
            let html = page(&post(&[(at, &facts_table("Vuotsor", href))]));
            assert_eq!(
                source(&html, url).as_deref(),
                Some(href),
                "{url}, table at {at}"
            );
        }
    }
    // A link to another story of that host is no credit of this one.
    let other = "https://northcoastherald.example/news/harbour-dredging-plan-4412.html";
    let html = page(&post(&[(4, &facts_table("Vuotsor", other))]));
    assert_eq!(source(&html, URL), None);
}

/// A data table's rows (figures under column headers) keep their own
/// source row: it credits the figures, not the post.
#[test]
fn source_row_of_a_data_table_is_no_credit() {
    let table = r#"<table><thead><tr><th>Month</th><th>Passengers</th></tr></thead><tbody><tr><td>October</td><td>1,210</td></tr><tr><td>November</td><td>1,180</td></tr><tr><td>Source</td><td><a href="https://statistics.example/ferries/2026/tables/q4.html">Island statistics office</a></td></tr></tbody></table>"#;
    let html = page(&post(&[(4, table)]));
    assert_eq!(source(&html, URL), None);
}

/// A line of its own linking the story with the page's own slug on
/// another host (a lead image's caption, a block quote under the post)
/// credits it, whatever the label's and the link's words (made up here):
/// a copied story keeps the original's slug.
#[test]
fn line_linking_the_same_slug_elsewhere_gives_the_source() {
    let href = "https://northcoastherald.example/2026/03/ferry-timetable-change/";
    let caption = format!(
        r#"<figure class="wp-block-image"><img src="https://harbourbulletin.example/uploads/2026/03/ferry-dawn.jpg" alt=""><figcaption>Vuotsor ja kolm: <a href="{href}">Pohjaranniku Teataja</a></figcaption></figure>"#
    );
    let quote = format!(
        r#"<blockquote><p>Algvuotsor: <a href="{href}">Praam lisab varase reisi</a></p><cite>Pohjaranniku Teataja</cite></blockquote>"#
    );
    for (at, html) in [(0, &caption), (4, &quote)] {
        let page = page(&post(&[(at, html)]));
        assert_eq!(source(&page, URL).as_deref(), Some(href), "{html}");
    }
    // Nor is a list of the story's editions on other sites a credit.
    let editions = r#"<ul class="editions"><li><a href="https://harbourbulletin-north.example/2026/03/ferry-timetable-change/">North</a></li><li><a href="https://harbourbulletin-south.example/2026/03/ferry-timetable-change/">South</a></li></ul>"#;
    assert_eq!(source(&page(&post(&[(4, editions)])), URL), None);
}

/// The facts box crediting the source, under a class that names no
/// metadata, goes from the text at the post's top or end, in any
/// language when its link has the page's own slug; the same table
/// between paragraphs of the post stays (it credits a figure).
#[test]
fn facts_table_crediting_the_source_leaves_the_text() {
    let same = "https://northcoastherald.example/news/ferry-timetable-change-4411.html";
    let other = "https://northcoastherald.example/news/2026/0311/a4411.html";
    for (label, href) in [("Source", other), ("Vuotsor", same)] {
        for at in [0, 4] {
            let a = explained(&page(&post(&[(at, &facts_table(label, href))])), URL);
            story::assert_in_order(
                &a,
                STORY.iter().copied(),
                &["North Coast Herald", "Julkaistu"],
            );
            assert!(
                story::removed_by(&a, "credit.facts-table"),
                "{label} at {at}"
            );
        }
    }
    let a = explained(&page(&post(&[(2, &facts_table("Source", other))])), URL);
    story::assert_in_order(&a, STORY.iter().copied(), &[]);
    story::assert_has(&a, "North Coast Herald");
}
