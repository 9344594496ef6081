//! The site's own branding inside a post (issue 16, part 2): the tagline
//! its header shows, a plug naming the site, a box selling the site's
//! services, its name on a line of its own, a follow box between the
//! paragraphs. Told by what the page says of the site, not by a list of
//! slogans; the article's own prose naming the site stays.

mod story;

use gleaner::{Article, Extractor, SiteMemory, Url};

/// A story of five paragraphs that names no site.
const STORY: [&str; 5] = [
    "The harbour authority reopened the east pier on Monday after eight months of repairs to its timber piles and deck.",
    "Engineers replaced two hundred piles that shipworm had hollowed out, working from barges at low tide through the winter.",
    "Fishermen had moored their boats at the west quay in the meantime, where space ran short on busy mornings.",
    "The repairs cost four million, a third less than the first estimate, because the deck beams could be reused.",
    "A ribbon was cut at nine, and the first boat tied up ten minutes later with a catch of mackerel.",
];

/// A page of a site called `site` on `host`: `head` goes into the page's
/// `<head>` after the title, `header` into its header, `blocks` into the
/// post around the story (before the paragraph of index `at`).
fn page(title: &str, head: &str, header: &str, inserts: &[(usize, &str)]) -> String {
    let post = story::post(&STORY, inserts);
    format!(
        "<html><head><title>{title}</title>{head}</head><body>\
         <header class=\"site-header\">{header}<nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav></header>\
         <main><article class=\"post\"><h1>East pier reopens after repairs</h1>\
         <div class=\"entry-content\">{post}</div></article></main>\
         <footer><p>All rights reserved.</p></footer></body></html>"
    )
}

fn extract(html: &str, url: &str) -> Article {
    story::extract(html, url)
}

fn assert_story_kept(text: &str) {
    story::assert_kept(&STORY, text);
}

#[test]
fn the_headers_tagline_repeated_in_the_post_goes() {
    let header = "<a class=\"logo\" href=\"/\">Quayside Courier</a>\
                  <p class=\"site-description\">Tides, boats and the people of the bay.</p>";
    let html = page(
        "East pier reopens after repairs – Quayside Courier",
        "",
        header,
        &[(0, "<p><em>Tides, boats and the people of the bay.</em></p>")],
    );
    let a = extract(&html, "https://quaysidecourier.example/east-pier/");
    assert!(!a.text.contains("Tides, boats"), "{}", a.text);
    assert_story_kept(&a.text);
    // Another short line of the post is not the tagline.
    let html = page(
        "East pier reopens after repairs – Quayside Courier",
        "",
        header,
        &[(0, "<p><em>Boats and the people of the pier.</em></p>")],
    );
    let a = extract(&html, "https://quaysidecourier.example/east-pier/");
    assert!(
        a.text.contains("Boats and the people of the pier."),
        "{}",
        a.text
    );
}

/// The name only JSON-LD gives (a "Site: Headline" title is not split at
/// its colon), on a line of its own and in a closing plug.
#[test]
fn the_sites_name_from_json_ld_on_a_line_and_in_a_closing_plug_goes() {
    let head = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Bayline Daily","url":"https://baylinedaily.example/"}</script>"#;
    let html = page(
        "Bayline Daily: East pier reopens after repairs",
        head,
        "",
        &[
            (0, "<p>Bayline Daily</p>"),
            (
                9,
                "<p>Thanks for reading Bayline Daily, see you tomorrow!</p>",
            ),
        ],
    );
    let a = extract(
        &html,
        "https://baylinedaily.blogspot.example/2024/05/east-pier.html",
    );
    assert_eq!(a.site_name.as_deref(), Some("Bayline Daily"));
    assert!(!a.text.contains("Bayline Daily"), "{}", a.text);
    assert_story_kept(&a.text);
}

/// A closing line that names the site and speaks to the reader, in
/// another language, without a plug's known phrase.
#[test]
fn a_closing_line_naming_the_site_and_speaking_to_the_reader_goes() {
    let head = r#"<meta property="og:site_name" content="Kaiblick Nachrichten">"#;
    let html = page(
        "East pier reopens after repairs - Kaiblick Nachrichten",
        head,
        "",
        &[(
            9,
            "<p>Alles Neue aus dem Hafen lesen Sie jeden Morgen bei Kaiblick Nachrichten.</p>",
        )],
    );
    let a = extract(&html, "https://kaiblick.example/east-pier/");
    assert!(!a.text.contains("Kaiblick"), "{}", a.text);
    assert_story_kept(&a.text);
}

/// A box between the paragraphs selling the site's own services: a
/// title naming the site, its text, the button to the site's page.
#[test]
fn a_box_selling_the_sites_services_goes_wherever_it_stands() {
    let head = r#"<meta property="og:site_name" content="Harbour Lights">"#;
    let boxed = "<div class=\"box\"><h3>Grow your shop with Harbour Lights</h3>\
                 <p>Harbour Lights designs your logo and your shop window. Ask us for a quote!</p>\
                 <p><a href=\"https://harbourlights.example/services/\">Write to us</a></p></div>";
    let html = page(
        "East pier reopens after repairs | Harbour Lights",
        head,
        "",
        &[(2, boxed)],
    );
    let a = extract(&html, "https://harbourlights.example/east-pier/");
    assert!(!a.text.contains("Harbour Lights"), "{}", a.text);
    assert!(!a.text.contains("Write to us"), "{}", a.text);
    assert_story_kept(&a.text);
}

/// Paragraphs that put the inserts between them in the middle of the post.
const PROSE_BEFORE: &str = "<p>Work began in September, when the pier was fenced off and the first barge arrived from the yard.</p>\
    <p>The old piles were pulled one by one and cut up on the quay for firewood.</p>";
const PROSE_AFTER: &str =
    "<p>The harbour master said the pier should now last another fifty years.</p>\
    <p>A second phase, for the lifeboat slipway, is planned for next spring.</p>";

/// A follow box between the paragraphs goes; a subheading in which the
/// site speaks of its own channel stays.
#[test]
fn a_follow_box_between_paragraphs_goes_a_subheading_stays() {
    let html = page(
        "East pier reopens after repairs | Pier Post",
        "",
        "",
        &[
            (0, PROSE_BEFORE),
            (2, "<p><a href=\"https://t.me/example\">Join our channel on Telegram</a> for alerts</p>"),
            (3, "<h2>How we filmed the pier for our YouTube channel</h2>"),
            (9, PROSE_AFTER),
        ],
    );
    let a = extract(&html, "https://pierpost.example/east-pier/");
    assert!(!a.text.contains("Join our channel"), "{}", a.text);
    assert!(a.text.contains("How we filmed the pier"), "{}", a.text);
    assert_story_kept(&a.text);
}

/// A company's blog names itself in its prose: its closing line naming it
/// is the post's, not a plug on somebody else's article.
#[test]
fn a_site_writing_about_itself_keeps_its_closing_line() {
    let head = r#"<meta property="og:site_name" content="Tidewright">"#;
    let prose = "<p>At Tidewright we have inspected timber piers for twenty years, and the east pier is one of the oldest we have surveyed on this coast, older than the harbour wall itself.</p>";
    let close = "<p>Planning a pier survey? Tidewright can help you with yours.</p>";
    let html = page(
        "East pier reopens after repairs | Tidewright",
        head,
        "",
        &[(1, prose), (9, close)],
    );
    let a = extract(&html, "https://tidewright.example/blog/east-pier/");
    assert!(a.text.contains("Planning a pier survey?"), "{}", a.text);
    assert!(
        a.text.contains("At Tidewright we have inspected"),
        "{}",
        a.text
    );
}

/// A product's page in short paragraphs, none longer than a plug: it
/// opens on the product the site is named after, so the product is its
/// subject, and its closing line speaking of "your Lanternly" is its own
/// text, not a plug on somebody else's article.
#[test]
fn a_page_that_opens_on_the_site_keeps_its_short_closing_line() {
    let head = r#"<meta property="og:site_name" content="Lanternly">"#;
    let body = [
        "<p>Lanternly lights the way you read at night without waking anyone else.</p>",
        "<p>Clip it to any book. The beam stays on the page and off the pillow.</p>",
        "<p>Three warm settings suit paper, and the battery lasts a month of chapters.</p>",
        "<p>The folding arm makes your Lanternly pocket-sized. Take it on every trip.</p>",
    ];
    let html = format!(
        "<html><head><title>Reading light | Lanternly</title>{head}</head><body>\
         <header><a href=\"/\">Lanternly</a></header><main><article>\
         <h1>A reading light for night owls</h1>{}</article></main></body></html>",
        body.concat()
    );
    let a = extract(&html, "https://lanternly.example/features/");
    assert!(
        a.text.contains("makes your Lanternly pocket-sized"),
        "{}",
        a.text
    );
    assert!(a.text.contains("Lanternly lights the way"), "{}", a.text);
}

/// A line the host prints under every post, naming nothing: where a rule
/// removed it (after a source credit), the page still showed it, and
/// whole-host memory learns it there too — so it goes from the page where
/// no rule caught it.
#[test]
fn whole_host_memory_learns_the_blocks_the_stripper_removed() {
    let slogan = "<p>Straight talk, every single morning.</p>";
    let credit = "<p>Source: <a href=\"https://tidalgazette.example/story\">Tidal Gazette</a></p>";
    let host_page = |n: usize, credited: bool| {
        let mut inserts = vec![(0, PROSE_BEFORE.to_string())];
        if credited {
            inserts.push((9, credit.to_string()));
        }
        inserts.push((9, slogan.to_string()));
        let inserts: Vec<(usize, &str)> = inserts.iter().map(|(i, s)| (*i, s.as_str())).collect();
        let mut html = page(&format!("Story {n} | Morning Wire"), "", "", &inserts);
        // Each page its own story.
        for p in STORY {
            html = html.replace(p, &format!("{p} Report {n}."));
        }
        (
            Url::parse(&format!("https://morningwire.example/story-{n}/")).unwrap(),
            html,
        )
    };
    let pages: Vec<(Url, String)> = (0..4).map(|n| host_page(n, n > 0)).collect();
    let extractor = Extractor::default();
    // One page at a time, the uncredited page keeps the line.
    let single = extractor.extract(&pages[0].1, Some(&pages[0].0)).unwrap();
    assert!(single.text.contains("Straight talk"), "{}", single.text);
    for page in &pages[1..] {
        let a = extractor.extract(&page.1, Some(&page.0)).unwrap();
        assert!(!a.text.contains("Straight talk"), "{}", a.text);
    }
    // Two passes over the host: every page loses it, its story kept.
    let memory = SiteMemory::new();
    let articles = extractor.extract_host(pages.iter().map(|(u, h)| (u, h.as_str())), &memory);
    for (n, a) in articles.iter().enumerate() {
        let a = a.as_ref().unwrap();
        assert!(!a.text.contains("Straight talk"), "{}", a.text);
        assert!(a.text.contains(&format!("{} Report {n}.", STORY[0])));
        assert!(a.text.contains(&format!("{} Report {n}.", STORY[4])));
    }
    // The same with `extract_with`, page by page, twice.
    let memory = SiteMemory::new();
    for (u, h) in &pages {
        extractor.extract_with(h, Some(u), &memory).unwrap();
    }
    let a = extractor
        .extract_with(&pages[0].1, Some(&pages[0].0), &memory)
        .unwrap();
    assert!(!a.text.contains("Straight talk"), "{}", a.text);
    assert!(a.text.contains(&format!("{} Report 0.", STORY[0])));
}

/// A one-sentence closing line that names the site, on a post whose prose
/// never names it, is the site's own line whatever its mood ("More local
/// news every morning on Harbour Lantern.": no "you", no question) and
/// goes; the story's own last sentence stays.
#[test]
fn a_closing_sentence_naming_the_site_goes_without_speaking_to_the_reader() {
    let last = "The new timetable starts on the first Monday of June.";
    for line in [
        "More local news every morning on Harbour Lantern.",
        "Toute l'actualité locale chaque matin sur Harbour Lantern.",
    ] {
        let html = format!(
            r#"<html><head><title>Night buses return to the harbour district</title>
            <meta property="og:site_name" content="Harbour Lantern"></head><body><article>
            <h1>Night buses return to the harbour district</h1>
            <p>Night buses will run again between the station and the harbour district from June, the transport board said on Thursday after a year without them.</p>
            <p>The service was cut last spring when the operator could not find enough drivers willing to work after midnight.</p>
            <p>Shift workers at the fish market and the hospital had collected more than two thousand signatures asking for its return.</p>
            <p>{last}</p>
            <p>{line}</p>
            </article></body></html>"#
        );
        let url =
            gleaner::Url::parse("https://harbourlantern.example/2024/05/night-buses/").unwrap();
        let a = gleaner::extract(&html, Some(&url)).unwrap();
        assert!(!a.text.contains("Harbour Lantern"), "{line}: {}", a.text);
        assert!(a.text.contains(last), "{line}: {}", a.text);
    }
}

/// A brand line at the post's head (a sentence in the theme's brand
/// class, which the page walk takes for one of the site's names) is the
/// site's name line, not prose naming the site: a box selling the site's
/// services at the tail still goes.
#[test]
fn a_brand_line_at_the_head_does_not_make_a_services_box_prose() {
    let brand_line = "<p class=\"brand-line\"><em>Local tides. Local boats. Daily voices.</em></p>";
    let services = "<div class=\"cta\"><p><strong>Opening a shop on the quay?</strong> \
                    The Quayside Courier team designs shop windows and menus for local traders. \
                    <a href=\"https://quaysidecourier.example/services/\">Ask for a quote</a>.</p></div>";
    let html = page(
        "East pier reopens after repairs | Quayside Courier",
        "",
        "<a class=\"logo\" href=\"/\">Quayside Courier</a>",
        &[(0, brand_line), (9, services)],
    );
    let a = extract(&html, "https://quaysidecourier.example/east-pier/");
    assert!(!a.text.contains("designs shop windows"), "{}", a.text);
    assert_story_kept(&a.text);
}

/// The site's name written as one word (a hashtag, a handle) and the
/// site's own address, each a line of its own at the post's edge, are the
/// site signing its post, also where the host's name spells no name of
/// the site; an address of another host, and a hashtag of other words,
/// stay.
#[test]
fn the_sites_name_as_a_hashtag_and_its_own_address_on_a_line_go() {
    let head = r#"<meta property="og:site_name" content="Pier Side Post">"#;
    let title = "East pier reopens after repairs | Pier Side Post";
    let url = "https://www.psp-news.example/2024/05/east-pier/";
    for (line, shown) in [
        ("<p>#PierSidePost</p>", "#PierSidePost"),
        ("<p>psp-news.example</p>", "psp-news.example"),
        (
            "<p><strong>www.psp-news.example</strong></p>",
            "psp-news.example",
        ),
        ("<p>https://psp-news.example/</p>", "psp-news.example"),
    ] {
        let a = extract(&page(title, head, "", &[(9, line)]), url);
        assert!(!a.text.contains(shown), "{line}: {}", a.text);
        assert_story_kept(&a.text);
    }
    for line in ["#HarbourRepairs", "harbourboard.example"] {
        let html = page(title, head, "", &[(9, &format!("<p>{line}</p>"))]);
        let a = extract(&html, url);
        assert!(a.text.contains(line), "{line}: {}", a.text);
    }
}

/// A blog engine's header widget prints the blog's description as
/// `<p class="description">` in the page's banner: the same line again in
/// the post is the theme's branding. Outside the banner (a post's own
/// header inside the article) a "description" is the post's standfirst,
/// and the post's line stays.
#[test]
fn the_banners_description_repeated_in_the_post_goes() {
    let body = |banner: &str, post_header: &str| {
        let post = story::post(
            &STORY,
            &[(5, "<p><strong>Always one tide ahead.</strong></p>")],
        );
        format!(
            "<html><head><title>Quay Notes: East pier reopens after repairs</title></head><body>\
             {banner}<main><article class=\"post\">{post_header}<h1>East pier reopens after repairs</h1>\
             <div class=\"post-body\">{post}</div></article></main></body></html>"
        )
    };
    let banner = "<header role=\"banner\"><div class=\"widget Header\"><h1><a href=\"/\">Quay Notes</a></h1>\
                  <p class=\"description\">Always one tide ahead.</p></div></header>";
    let a = extract(
        &body(banner, ""),
        "https://quaynotes.example/2024/05/east-pier.html",
    );
    assert!(!a.text.contains("Always one tide"), "{}", a.text);
    assert_story_kept(&a.text);
    // The same class in the article's own header names no tagline.
    let post_header = "<header><p class=\"description\">Always one tide ahead.</p></header>";
    let a = extract(
        &body(
            "<div class=\"top\"><a href=\"/\">Quay Notes</a></div>",
            post_header,
        ),
        "https://quaynotes.example/2024/05/east-pier.html",
    );
    assert!(a.text.contains("Always one tide ahead."), "{}", a.text);
}

/// A republished post whose plugin prints a bare "[Source]" link after the
/// post: the original outlet's promotion closing the post (a sentence that
/// names the linked outlet) goes; on a page whose prose is about the
/// linked host (a review citing the product's page), its lines stay.
#[test]
fn the_outlets_promo_goes_when_a_source_link_stands_after_the_post() {
    let page = |inserts: &[(usize, &str)]| {
        let post = story::post(&STORY, inserts);
        format!(
            "<html><head><title>East pier reopens after repairs – Quay Notes</title></head><body>\
             <main><article class=\"post\"><h1>East pier reopens after repairs</h1>\
             <div class=\"entry-content\">{post}</div></article></main>\
             <div class=\"post-footer\"><p>[<a href=\"https://tidewatertimes.example/2024/05/east-pier/\" \
             rel=\"nofollow\">Source</a>]</p></div></body></html>"
        )
    };
    let promo =
        "<p><em>Download the Tidewater Times app to follow the news of your coast.</em></p>";
    let a = extract(&page(&[(5, promo)]), "https://quaynotes.example/east-pier/");
    assert!(!a.text.contains("Tidewater Times app"), "{}", a.text);
    assert_story_kept(&a.text);
    // The prose names the linked outlet: the post is about it.
    let about = "<p>The Tidewater Times, the coast's oldest paper, sent a reporter to every tide \
                 of the repairs and printed the engineers' notes in full, page after page, over the winter \
                 months.</p>";
    let a = extract(
        &page(&[(1, about), (5, promo)]),
        "https://quaynotes.example/east-pier/",
    );
    assert!(a.text.contains("Tidewater Times app"), "{}", a.text);
}

/// A share bar's label left alone when its buttons went, in the UI
/// languages; a line that shares something else stays.
#[test]
fn a_share_bars_label_in_any_ui_language_goes() {
    for label in [
        "Condividi l’articolo",
        "Comparte este artículo",
        "Diesen Artikel teilen",
    ] {
        let html = page(
            "East pier reopens after repairs – Quay Notes",
            "",
            "",
            &[(0, &format!("<div class=\"bar\"><span>{label}</span></div>"))],
        );
        let a = extract(&html, "https://quaynotes.example/east-pier/");
        assert!(!a.text.contains(label), "{label}: {}", a.text);
        assert_story_kept(&a.text);
    }
    let html = page(
        "East pier reopens after repairs – Quay Notes",
        "",
        "",
        &[(2, "<p>Share prices of the ferry company rose.</p>")],
    );
    let a = extract(&html, "https://quaynotes.example/east-pier/");
    assert!(a.text.contains("Share prices of the ferry"), "{}", a.text);
}

/// A post split by SiteOrigin's page builder into Editor widgets: each
/// panel's classes say `widget`, but the Editor widget is the post's text
/// module, and a short panel (a paragraph, a list, an image) is the post's.
#[test]
fn a_page_builders_short_editor_panel_is_the_posts() {
    let panel = |i: usize, inner: &str| {
        format!(
            "<div id=\"pg-1-{i}\" class=\"panel-grid panel-no-style\"><div class=\"panel-grid-cell\">\
             <div class=\"so-panel widget widget_sow-editor panel-first-child panel-last-child\">\
             <div class=\"so-widget-sow-editor so-widget-sow-editor-base\">\
             <div class=\"siteorigin-widget-tinymce textwidget\">{inner}</div></div></div></div></div>"
        )
    };
    let first = format!(
        "<p>{}</p><p>{}</p><h3>New moorings</h3>",
        STORY[0], STORY[1]
    );
    let middle = "<p>Forty moorings with water and power were laid along the pier. Berths are free for local boats.</p>\
                  <ol><li>Row 1: the slipway to the crane</li><li>Row 2: the crane to the steps</li>\
                  <li>Row 3: the steps to the light</li></ol>\
                  <figure class=\"wp-block-image\"><img src=\"/uploads/img-2041-scaled.jpg\" alt=\"\">\
                  <figcaption>IMG-2041-scaled.jpg</figcaption></figure>";
    let last = format!("<p>{}</p><p>{}</p><p>{}</p>", STORY[2], STORY[3], STORY[4]);
    let html = format!(
        "<html><head><title>East pier reopens after repairs – Quay Notes</title></head><body>\
         <header><a href=\"/\">Quay Notes</a></header><main><article class=\"post\">\
         <h1>East pier reopens after repairs</h1><div id=\"pl-1\" class=\"panel-layout\">{}{}{}</div>\
         </article></main><aside class=\"sidebar\"><div class=\"widget\"><h3>Recent</h3>\
         <ul><li><a href=\"/a/\">Ferry times change</a></li></ul></div></aside></body></html>",
        panel(0, &first),
        panel(1, middle),
        panel(2, &last)
    );
    let a = extract(&html, "https://quaynotes.example/east-pier/");
    assert!(a.text.contains("Forty moorings"), "{}", a.text);
    assert!(a.text.contains("Row 2: the crane"), "{}", a.text);
    assert_story_kept(&a.text);
}

/// The original's credit that a republishing plugin prints after the post.
const CREDIT: &str = "<div class=\"source-box\"><span>Originally published on</span> \
    <a href=\"https://www.bayherald.example/news/east-pier-reopens-4411\" rel=\"nofollow\">Bay Herald</a></div>";

/// A box after a republished post that sells the site's services: its
/// title names the site, its text (too long for a plug) speaks to the
/// reader, its button goes to the site's contact page (or to a chat app).
/// The same box under the site's own article is the post's close, and
/// closing lines without a box's title stay: a call to the site, a link to
/// one of its articles, a helpline's phone number.
#[test]
fn a_services_box_after_a_republished_post_calling_the_site_goes() {
    let head = r#"<meta property="og:site_name" content="Tidemark Studio">"#;
    let title = "East pier reopens after repairs – Tidemark Studio";
    let url = "https://www.tidemarkstudio.example/east-pier/";
    let boxed = "<div class=\"box\"><h3>Grow your business with Tidemark Studio</h3>\
                 <p>Tidemark Studio is a full-service agency for small shops and cafés by the sea. We write, design and run your campaigns from start to finish. Book a free call today!</p>\
                 <p><a class=\"btn\" href=\"https://www.tidemarkstudio.example/contact/\">Contact us now</a></p></div>";
    let republished = format!("{CREDIT}{boxed}");
    let a = extract(&page(title, head, "", &[(STORY.len(), &republished)]), url);
    assert!(!a.text.contains("full-service agency"), "{}", a.text);
    assert!(!a.text.contains("Contact us now"), "{}", a.text);
    assert_story_kept(&a.text);
    // Under the site's own article, the post's close.
    let a = extract(&page(title, head, "", &[(STORY.len(), boxed)]), url);
    assert!(a.text.contains("full-service agency"), "{}", a.text);
    // A chat app's message as the button.
    let boxed = format!(
        "{CREDIT}<div class=\"box\"><h4>Tidemark Studio</h4><p>Need a new shop window? We design yours in a week.</p>\
         <p><a href=\"https://wa.me/15550100\">Message us</a></p></div>"
    );
    let a = extract(&page(title, head, "", &[(STORY.len(), &boxed)]), url);
    assert!(!a.text.contains("shop window"), "{}", a.text);
    assert_story_kept(&a.text);
    // The post's own closing lines: a call without a box's title, a link
    // to another article, a helpline's number.
    let closing = format!(
        "<p>Need a new shop window? We design yours in a week. <a href=\"tel:+15550100\">Call us</a></p>\
         <p>Do you remember the old pier? Read <a href=\"https://www.tidemarkstudio.example/2023/04/old-pier-history-4411/\">its history</a>.</p>\
         <p>If you need to talk, call the coast helpline on <a href=\"tel:+15550199\">555 0199</a>.</p>{CREDIT}"
    );
    let a = extract(&page(title, head, "", &[(STORY.len(), &closing)]), url);
    assert!(
        a.text.contains("Do you remember the old pier?"),
        "{}",
        a.text
    );
    assert!(a.text.contains("coast helpline"), "{}", a.text);
    assert!(a.text.contains("Need a new shop window?"), "{}", a.text);
}

/// A blog on a platform's subdomain whose brand is hyphenated writes from
/// its own domain ("quay-notes.blogspot.com", "ads@quay-notes.fr"): the
/// offer that gives that address goes, wherever it stands.
#[test]
fn an_offer_giving_a_hyphenated_brands_own_address_goes() {
    let head = r#"<meta property="og:site_name" content="Quay Notes">"#;
    let offer = format!(
        "{PROSE_BEFORE}<div class=\"cta-box\"><p><strong>Publish your sponsored post on Quay Notes</strong>: \
         write to us at ads@quay-notes.fr.</p></div>{PROSE_AFTER}"
    );
    let html = page(
        "Quay Notes: East pier reopens after repairs",
        head,
        "",
        &[(2, &offer)],
    );
    let a = extract(
        &html,
        "https://quay-notes.blogspot.com/2024/05/east-pier.html",
    );
    assert!(!a.text.contains("sponsored post"), "{}", a.text);
    assert_story_kept(&a.text);
}
