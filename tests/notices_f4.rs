//! Notices of importer sites in any language (session 19): an importer's
//! note that the post came from a news feed by a machine, an ad slot's
//! label, the site's tagline at the post's end in a script written without
//! spaces, and a short line a host repeats at the edge of its two pages.
//! Every page is written here.

mod story;

use gleaner::{Article, Extractor, SiteMemory, Url};

/// A story of five paragraphs that names no site.
const STORY: [&str; 5] = [
    "The mountain hut reopened on Saturday after two summers of repairs to its roof and its water tank.",
    "Walkers had slept in tents beside the ruin, and the alpine club asked the region for help last spring.",
    "The new roof was carried up by helicopter in four loads, and volunteers laid the slates by hand.",
    "Twelve beds are free to book from July, the club said, and the kitchen serves soup until nine.",
    "The warden said the path from the valley would be marked again before the first snow of autumn.",
];

/// A page on a blog theme, its header showing `tagline` under the site's
/// name: `inserts` go into the post before the paragraph of their index
/// (after the last one for an index past the story).
fn page_with(tagline: &str, inserts: &[(usize, &str)]) -> String {
    let post = story::post(&STORY, inserts);
    format!(
        "<html><head><title>The mountain hut reopens - Valley Post</title></head><body>\
         <header class=\"site-header\"><div class=\"site-branding\"><p class=\"site-title\"><a href=\"/\">Valley Post</a></p>\
         <p class=\"site-description\">{tagline}</p></div><nav><a href=\"/\">Home</a> <a href=\"/local/\">Local</a></nav></header>\
         <main><article class=\"post\"><h1>The mountain hut reopens</h1>\
         <div class=\"entry-content\">{post}</div></article></main>\
         <footer><p>Powered by WordPress</p></footer></body></html>"
    )
}

fn page(inserts: &[(usize, &str)]) -> String {
    page_with("Stories from the high valleys every day", inserts)
}

/// `html` extracted as the page at `url`, with the removals explained.
fn extract_at(html: &str, url: &str) -> Article {
    let url = Url::parse(url).ok();
    let extractor = Extractor::builder().explain(true).build();
    match extractor.extract(html, url.as_ref()) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

fn extract(html: &str) -> Article {
    extract_at(html, "https://valleypost.example/hut-reopens/")
}

fn removed_by(a: &Article, id: &str) -> bool {
    a.removed.iter().any(|r| r.reason.contains(id))
}

#[test]
fn an_import_note_goes_in_any_language() {
    for note in [
        "<p class=\"feed-note\"><em>This content was imported automatically from an RSS feed and has not been edited.</em></p>",
        "<p><em>Obsah byl automaticky převzat z RSS kanálu a nebyl redakčně upraven.</em></p>",
        "<p><small>Статья загружена автоматически из RSS и не редактировалась.</small></p>",
        "<p><em>Artikel ini dimuat secara otomatis dari RSS tanpa penyuntingan.</em></p>",
        "<p><em>本站内容通过RSS自动抓取，仅供参考。</em></p>",
        "<p><em>当サイトの記事はRSSから自動的に転載しています。</em></p>",
        "<p><em>تم جلب هذا الخبر تلقائياً عبر RSS دون مراجعة.</em></p>",
    ] {
        for at in [0, 5] {
            let a = extract(&page(&[(at, note)]));
            story::assert_kept(&STORY, &a.text);
            assert!(!a.text.contains("RSS"), "{note} at {at}:\n{}", a.text);
            assert!(
                removed_by(&a, "notice.disclosure-imported"),
                "{:?}",
                a.removed
            );
        }
    }
}

#[test]
fn an_import_note_linking_the_outlet_credits_it() {
    let note = "<p class=\"feed-note\"><small>Cette dépêche a été reprise automatiquement du flux RSS de \
                <a href=\"https://www.gazette-des-cimes.example/\">La Gazette des Cimes</a>.</small></p>";
    let a = extract(&page(&[(5, note)]));
    story::assert_kept(&STORY, &a.text);
    assert!(!a.text.contains("Gazette"), "{}", a.text);
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://www.gazette-des-cimes.example/")
    );
}

#[test]
fn prose_about_feeds_stays() {
    // A paragraph of the post that mentions a feed and automation, with
    // more to say than a note: most of it is no import sentence.
    let prose = "<p>The club now posts the hut's bookings to an RSS feed that updates automatically. \
                 Wardens in three other valleys have asked for the same system, and the region will pay for it. \
                 The first of them opens in June with ten beds and a drying room.</p>";
    // An import word without the feed's acronym is no note.
    let no_feed = "<p>The booking list fills automatically once the club confirms the payment.</p>";
    for block in [prose, no_feed] {
        for at in [0, 5] {
            let a = extract(&page(&[(at, block)]));
            story::assert_kept(&STORY, &a.text);
            assert!(a.text.contains("automatically"), "{}", a.text);
        }
    }
}

#[test]
fn an_ad_slots_label_goes() {
    for (label, html) in [
        ("Реклама", "<div class=\"code-block\"><span class=\"ad-label\">Реклама</span><ins class=\"adsbygoogle\"></ins></div>"),
        ("广告", "<amp-ad width=\"300\" height=\"250\" type=\"adsense\"><div placeholder>广告</div></amp-ad>"),
        ("Quảng cáo", "<div class=\"ad-slot\"><p>Quảng cáo</p></div>"),
        ("إعلان", "<div class=\"ad-slot\"><p>إعلان</p></div>"),
        ("スポンサーリンク", "<div class=\"ad-slot\"><p>スポンサーリンク</p></div>"),
    ] {
        let a = extract(&page(&[(2, html)]));
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains(label), "{label}:\n{}", a.text);
    }
    // A heading that names ads among other words is the post's.
    let heading = "<h2>Реклама, cookie и подписки</h2>";
    let a = extract(&page(&[(2, heading)]));
    assert!(a.text.contains("Реклама, cookie"), "{}", a.text);
}

#[test]
fn a_tagline_without_spaces_at_the_posts_end_goes() {
    for tagline in ["山の話題を毎日お届けします", "每天为你带来山区新闻"] {
        let line = format!("<p class=\"tagline-repeat\"><em>{tagline}</em></p>");
        let a = extract(&page_with(tagline, &[(5, &line)]));
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains(tagline), "{tagline}:\n{}", a.text);
    }
}

/// A host of two pages, learned and then stripped with a `SiteMemory`:
/// the short line at the end of both posts goes, a paragraph both posts
/// share stays (it needs a third page).
#[test]
fn a_hosts_short_edge_line_goes_on_its_two_pages() {
    let line = "<p><em>Mountain weather and trail news since 1998</em></p>";
    let shared = "<p>The hut is run by volunteers of the alpine club, who take turns as wardens through the season and keep its log book.</p>";
    let other: [&str; 5] = [
        "The valley bus will run twice a day from June, the transport office said on Tuesday morning.",
        "Drivers had asked for a second run for years, and the villages above the lake backed them.",
        "The first bus leaves the station at seven and reaches the upper village before eight o'clock.",
        "The second comes back in the evening, timed to meet the last train from the city at six.",
        "Tickets are sold on board, and children under twelve travel free with an adult this summer.",
    ];
    let pages = [
        (
            "https://hillnews.example/hut-reopens/",
            page(&[(2, shared), (5, line)]),
        ),
        (
            "https://hillnews.example/valley-bus/",
            page(&[(2, shared), (5, line)])
                .replace(STORY[0], other[0])
                .replace(STORY[1], other[1])
                .replace(STORY[2], other[2])
                .replace(STORY[3], other[3])
                .replace(STORY[4], other[4]),
        ),
    ];
    let extractor = Extractor::default();
    // One page alone keeps the line: only the host's memory tells it.
    let alone = extract_at(&pages[0].1, pages[0].0);
    assert!(
        alone.text.contains("trail news since 1998"),
        "{}",
        alone.text
    );
    let memory = SiteMemory::new();
    for (url, html) in &pages {
        let url = Url::parse(url).ok();
        let _ = extractor.extract_with(html, url.as_ref(), &memory);
    }
    for (url, html) in &pages {
        let url = Url::parse(url).ok();
        let a = match extractor.extract_with(html, url.as_ref(), &memory) {
            Ok(a) => a,
            Err(e) => panic!("extraction failed: {e}"),
        };
        assert!(
            !a.text.contains("trail news since 1998"),
            "{url:?}:\n{}",
            a.text
        );
        assert!(
            a.text.contains("volunteers of the alpine club"),
            "{}",
            a.text
        );
    }
}

#[test]
fn a_copyright_line_naming_the_site_goes_in_any_language() {
    for line in [
        "<p class=\"post-copyright\">Telif hakkı © 2024 Valley Post. Tüm hakları saklıdır.</p>",
        "<p class=\"post-copyright\">Bản quyền © 2024 Valley Post. Mọi quyền được bảo lưu.</p>",
    ] {
        let a = extract(&page(&[(5, line)]));
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains("©"), "{line}:\n{}", a.text);
    }
    // A copyright line of someone else (a photo's) names no site.
    let photo = "<p>Photo © 2024 Anna Berg, used with permission.</p>";
    let a = extract(&page(&[(5, photo)]));
    assert!(
        !removed_by(&a, "a copyright line at the edge"),
        "{:?}",
        a.removed
    );
}

/// An AMP ad slot is an embedded frame: its placeholder goes whatever
/// its words, and the post's paragraphs around it stay.
#[test]
fn an_amp_ad_slots_placeholder_goes_in_any_words() {
    let slot = "<amp-ad width=\"300\" height=\"250\" type=\"adsense\"><div placeholder>Espaço publicitário patrocinado</div><div fallback>Sem anúncio</div></amp-ad>";
    let a = extract(&page(&[(2, slot)]));
    story::assert_kept(&STORY, &a.text);
    assert!(!a.text.contains("publicitário"), "{}", a.text);
    assert!(!a.text.contains("Sem anúncio"), "{}", a.text);
}
