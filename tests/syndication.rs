//! The syndication-spam stripper on the fixture corpus in
//! `tests/fixtures/syndication/` (5 auto-blog templates, 3 pages each,
//! expectations in `expectations.json`; regenerate with `generate.py`).

use std::path::Path;

use gleaner::{Block, Extractor, SiteMemory, Url};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    file: String,
    url: String,
    site_name: String,
    source_url: Option<String>,
    source_name: Option<String>,
    spam: Vec<String>,
    keep: Vec<String>,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/syndication");
    let json = std::fs::read_to_string(dir.join("expectations.json")).unwrap();
    serde_json::from_str(&json).unwrap()
}

fn page(file: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/syndication");
    std::fs::read_to_string(dir.join(file)).unwrap()
}

/// Every text the blocks carry: block text, image captions and alt texts.
fn block_texts(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        out.push_str(&b.plain_text());
        out.push('\n');
        if let Block::Image(img) = b {
            out.push_str(img.alt.as_deref().unwrap_or(""));
            out.push('\n');
        }
    }
    out
}

#[test]
fn fixture_corpus_has_five_templates_of_three_pages() {
    let cases = cases();
    let mut templates: Vec<&str> = cases
        .iter()
        .map(|c| c.file.split('/').next().unwrap())
        .collect();
    templates.dedup();
    assert!(templates.len() >= 5, "{templates:?}");
    for t in &templates {
        let pages = cases
            .iter()
            .filter(|c| c.file.starts_with(&format!("{t}/")))
            .count();
        assert!(pages >= 3, "{t} has {pages} pages");
    }
}

#[test]
fn fixture_corpus_zero_leaks_all_paragraphs_sources_and_site_names() {
    let extractor = Extractor::default();
    let mut failures = Vec::new();
    let (mut leaks, mut lost, mut spam_total, mut keep_total) = (0, 0, 0, 0);
    for case in cases() {
        let url = Url::parse(&case.url).unwrap();
        let html = page(&case.file);
        let article = match extractor.extract(&html, Some(&url)) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: error {e}", case.file));
                continue;
            }
        };
        let blocks = block_texts(&article.blocks);
        for spam in &case.spam {
            spam_total += 1;
            if article.text.contains(spam.as_str()) || blocks.contains(spam.as_str()) {
                leaks += 1;
                failures.push(format!("{}: spam leaked: {spam:?}", case.file));
            }
        }
        for keep in &case.keep {
            keep_total += 1;
            if !article.text.contains(keep.as_str()) {
                lost += 1;
                failures.push(format!("{}: paragraph lost: {keep:?}", case.file));
            }
        }
        let source = article.source_url.as_ref().map(Url::as_str);
        if source != case.source_url.as_deref() {
            failures.push(format!(
                "{}: source_url {source:?}, want {:?}",
                case.file, case.source_url
            ));
        }
        if case.source_name.is_some() && article.source_name != case.source_name {
            failures.push(format!(
                "{}: source_name {:?}, want {:?}",
                case.file, article.source_name, case.source_name
            ));
        }
        if article.site_name.as_deref() != Some(case.site_name.as_str()) {
            failures.push(format!(
                "{}: site_name {:?}, want {:?}",
                case.file, article.site_name, case.site_name
            ));
        }
        if case.source_url.is_some() && !article.is_syndicated() {
            failures.push(format!("{}: not marked syndicated", case.file));
        }
    }
    eprintln!("spam fragments {spam_total}, leaked {leaks}; paragraphs {keep_total}, lost {lost}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn explain_names_the_rule_for_each_removal() {
    let case = cases()
        .into_iter()
        .find(|c| c.file == "seedlike/page2.html")
        .unwrap();
    let url = Url::parse(&case.url).unwrap();
    let article = Extractor::builder()
        .explain(true)
        .build()
        .extract(&page(&case.file), Some(&url))
        .unwrap();
    // Both stages report: the DOM stage its pruned containers (the site
    // header, the widget box), the syndication stage the blocks it cut from
    // the post. Each fragment must be named by the expected rule.
    let has = |needle: &str, reason: &str| {
        article
            .removed
            .iter()
            .any(|r| r.preview.contains(needle) && r.reason == reason)
    };
    assert!(
        has(
            "Source link",
            "syndication:marker:marker.exact(\"source link\")"
        ),
        "{:#?}",
        article.removed
    );
    assert!(
        has(
            "Hi, how can I help",
            "widget:text:widget.phrase(\"how can i help\")"
        ),
        "{:#?}",
        article.removed
    );
    assert!(
        has("hp video", "caption:file-name:caption.slug"),
        "{:#?}",
        article.removed
    );
    assert!(
        // The site's name, and where the page gave it.
        has(
            "Growth Hackr",
            "branding:site-name:brand.site-name(title \"growth hackr web solutionz\")"
        ),
        "{:#?}",
        article.removed
    );
    let quiet = Extractor::default()
        .extract(&page(&case.file), Some(&url))
        .unwrap();
    assert!(quiet.removed.is_empty());
}

#[test]
fn prose_that_mentions_sources_cookies_and_chat_stays() {
    let html = r#"<html><head><title>Notes | Plain Site</title></head><body><article>
      <p>Source: the council's own budget papers, which the paper obtained through a records request filed in March by two of our reporters.</p>
      <p>The bakery said we use cookies as a treat for the staff, and its support team is here to answer your questions about allergies on the phone, every weekday from nine until five.</p>
      <p>A digital marketing agency bought an advertisement on the back page, and the chat in the newsroom was all about how much it cost and whether readers would notice it.</p>
      <p>Hi, how can I help? That was the first line the volunteer wrote to every caller, and she wrote it four hundred times during the flood week in the spring, and never once lost her patience.</p>
      </article></body></html>"#;
    let article = gleaner::extract(html, None).unwrap();
    for needle in [
        "Source: the council",
        "we use cookies as a treat",
        "digital marketing agency",
        "Hi, how can I help? That was",
    ] {
        assert!(
            article.text.contains(needle),
            "lost {needle:?}: {}",
            article.text
        );
    }
    assert!(!article.is_syndicated());
}

#[test]
fn legal_small_print_at_the_tail_goes_an_article_about_terms_stays() {
    let story = r#"<p>The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
      <p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>
      <p>Residents of the quay asked for a later last crossing, and the board said it would look at the timetable again after the first summer of service.</p>"#;
    let notice = "<p>If you buy something through a link on our site we may earn a commission. By using this site you agree to our User Agreement and Privacy Policy.</p>";
    let html = format!("<html><body><article>{story}{notice}</article></body></html>");
    let article = gleaner::extract(&html, None).unwrap();
    assert!(
        !article.text.contains("earn a commission"),
        "{}",
        article.text
    );
    assert!(article.text.contains("later last crossing"));
    // Prose that names a privacy policy and terms of service is no notice.
    let prose = "<p>Critics of the app said its privacy policy and its terms of service were written so that nobody would read them, and the regulator agreed in its ruling on Friday.</p>";
    let html = format!("<html><body><article>{story}{prose}</article></body></html>");
    let article = gleaner::extract(&html, None).unwrap();
    assert!(
        article
            .text
            .contains("privacy policy and its terms of service"),
        "{}",
        article.text
    );
}

#[test]
fn wire_credits_and_chrome_lines_at_the_tail_go() {
    let html = r#"<html><body><article>
      <p>Image by Rui Tavares</p>
      <p>The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
      <p>skip past newsletter promotion</p>
      <p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>
      <p>Residents of the quay asked for a later last crossing, and the board said it would look at the timetable again after the first summer.</p>
      <p>SKIP ADVERTISEMENT</p>
      <p>Next video starts in : 7 Play</p>
      <p>The first crossing leaves at six in the morning, and the last returns at eleven at night, seven days a week through the summer.</p>
      <p>Reporting by Ines Varga; Editing by Rui Tavares</p>
      <p>Also available on Apple Podcasts</p>
      <p>The full interview is on our podcast. Listen and subscribe wherever you get your podcasts.</p>
      <p>Click to Read More and View Comments</p>
      </article></body></html>"#;
    let article = gleaner::extract(html, None).unwrap();
    assert!(article.text.contains("thousand passengers"));
    assert!(article.text.contains("later last crossing"));
    for gone in [
        "Reporting by",
        "Apple Podcasts",
        "wherever you get",
        "View Comments",
        "skip past",
        "SKIP ADVERTISEMENT",
        "Next video",
        "Image by",
    ] {
        assert!(!article.text.contains(gone), "{gone}: {}", article.text);
    }
}

#[test]
fn a_date_stamp_or_a_byline_emptied_of_its_names_at_the_head_goes() {
    // The byline as it reaches the stripper once the page's author links
    // were pruned: glue and a date, no name.
    let html = r#"<html><body><article>
      <p>By <span class="byline-author"></span> and <span class="byline-author"></span> on December 21, 2023 at 3:53PM PST</p>
      <p>102</p>
      <p>By December 21 the harbour board had voted to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
      <p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>
      <p>Residents of the quay asked for a later last crossing, and the board said it would look at the timetable again after the first summer.</p>
      </article></body></html>"#;
    let article = gleaner::extract(html, None).unwrap();
    assert!(!article.text.contains("3:53PM"), "{}", article.text);
    assert!(article.text.contains("By December 21 the harbour board"));
    assert!(article.text.contains("102"), "{}", article.text);
}

#[test]
fn cross_posts_and_read_it_at_lines_name_the_source() {
    let story = r#"<p>The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
      <p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>
      <p>Residents of the quay asked for a later last crossing, and the board said it would look at the timetable again after the first summer.</p>"#;
    for (line, name) in [
        (
            r#"<p><em>Cross-posted from <a href="https://quaypost.example/2023/ferry">the Quay Post</a>.</em></p>"#,
            "the Quay Post",
        ),
        (
            r#"<p><a href="https://quaypost.example/2023/ferry">Read it at Quay Post</a></p>"#,
            "Quay Post",
        ),
    ] {
        let html = format!(
            "<html><body><article><p>Reader recommendations are editorially independent. We may make money when you click on links to our partners.</p>{story}{line}<p>Comments are closed.</p></article></body></html>"
        );
        let url = Url::parse("https://mirror.example/ferry").unwrap();
        let article = gleaner::extract(&html, Some(&url)).unwrap();
        for gone in [
            "Cross-posted",
            "Read it at",
            "Comments are closed",
            "make money",
        ] {
            assert!(!article.text.contains(gone), "{gone}: {}", article.text);
        }
        assert_eq!(
            article.source_url.as_ref().map(Url::as_str),
            Some("https://quaypost.example/2023/ferry")
        );
        assert_eq!(article.source_name.as_deref(), Some(name));
        assert!(article.is_syndicated());
    }
}

#[test]
fn user_rules_strip_text_and_selectors_per_host() {
    let html = r#"<html><body><article>
      <p>Fresh paint on the old iron bridge delighted the people of the canal quarter this week.</p>
      <p>Painters worked from ropes for three weeks and finished ahead of the schedule set in spring.</p>
      <div class="qq-brandbar"><p>Zentrix Mega Portal brings you the news</p></div>
      <p>Sponsored by Wobble Corp and friends</p>
      </article></body></html>"#;
    let ex = Extractor::builder()
        .strip_text("sponsored by wobble")
        .strip_selector_on_host("spam.example", ".qq-brandbar")
        .unwrap()
        .build();
    let own = Url::parse("https://www.spam.example/a").unwrap();
    let other = Url::parse("https://elsewhere.example/a").unwrap();
    let a = ex.extract(html, Some(&own)).unwrap();
    assert!(
        !a.text.contains("Wobble") && !a.text.contains("Zentrix"),
        "{}",
        a.text
    );
    assert!(a.text.contains("Fresh paint"));
    let b = ex.extract(html, Some(&other)).unwrap();
    assert!(
        b.text.contains("Zentrix") && !b.text.contains("Wobble"),
        "{}",
        b.text
    );
    let err = Extractor::builder().strip_selector("div[[").unwrap_err();
    assert!(matches!(err, gleaner::Error::InvalidRule { .. }), "{err}");
}

#[test]
fn the_stripper_switched_off_keeps_spam_lines_but_not_the_callers_rules() {
    // A republished post: a plugin's source line at its tail, a page
    // builder's post-content module around it (its
    // class tokens steer the body choice with the stripper on or off).
    let html = r#"<html><head><meta property="og:site_name" content="Quokka Daily"></head><body>
      <div class="elementor-widget-theme-post-content"><div class="elementor-widget-container">
      <p>The ferry across the bay made its last crossing on Sunday after ninety years of service.</p>
      <p>Passengers brought flowers and the captain sounded the horn three times as she left the pier.</p>
      <p>A new bridge upstream now carries the traffic the ferry used to take across the water.</p>
      <p>Source: <a href="https://harbour-wire.example/ferry">Harbour Wire</a></p>
      <p>Sponsored by Wobble Corp and friends</p>
      </div></div></body></html>"#;
    let url = Url::parse("https://quokka.example/ferry").unwrap();
    let on = Extractor::builder()
        .strip_text("sponsored by wobble")
        .build()
        .extract(html, Some(&url))
        .unwrap();
    let off = Extractor::builder()
        .strip_text("sponsored by wobble")
        .syndication(false)
        .build()
        .extract(html, Some(&url))
        .unwrap();
    let spam = "Source: Harbour Wire";
    assert!(!on.text.contains(spam), "{}", on.text);
    assert!(off.text.contains(spam), "{}", off.text);
    assert_eq!(
        on.source_url.as_ref().map(Url::as_str),
        Some("https://harbour-wire.example/ferry")
    );
    assert_eq!(off.source_url, None);
    assert!(on.is_syndicated() && !off.is_syndicated());
    // The site's name still comes from the metadata; the caller's rule
    // still applies; the body is the same.
    assert_eq!(off.site_name.as_deref(), Some("Quokka Daily"));
    for a in [&on, &off] {
        assert!(!a.text.contains("Wobble"), "{}", a.text);
        assert!(a.text.starts_with("The ferry across the bay"), "{}", a.text);
        assert!(a.text.contains("A new bridge upstream"), "{}", a.text);
    }
}

#[test]
fn user_class_tokens_prune_containers_per_host() {
    // A theme's promo box under a class no built-in vocabulary knows; its
    // text is a full sentence, so only the caller's token removes it.
    let html = r#"<html><body><div class="story-wrap">
      <p>Lanterns lined the harbour wall as the night market opened for its twentieth season.</p>
      <p>Stallholders sold grilled fish, honey cakes and hand-dyed scarves until well after midnight.</p>
      <div class="gx-quokkabar"><p>Readers of this fine portal also enjoyed a long list of other stories this week, all of them available now.</p></div>
      <p>Organisers said the market would return every Friday until the first frost.</p>
      </div></body></html>"#;
    let own = Url::parse("https://www.market.example/a").unwrap();
    let other = Url::parse("https://elsewhere.example/a").unwrap();
    let plain = Extractor::default().extract(html, Some(&own)).unwrap();
    assert!(plain.text.contains("fine portal"), "{}", plain.text);

    let everywhere = Extractor::builder()
        .boilerplate_class("quokkabar")
        .unwrap()
        .build();
    let a = everywhere.extract(html, Some(&other)).unwrap();
    assert!(!a.text.contains("fine portal"), "{}", a.text);
    assert!(a.text.contains("Lanterns") && a.text.contains("first frost"));

    let one_host = Extractor::builder()
        .boilerplate_class_on_host("market.example", "quokkabar")
        .unwrap()
        .build();
    let on = one_host.extract(html, Some(&own)).unwrap();
    assert!(!on.text.contains("fine portal"), "{}", on.text);
    let off = one_host.extract(html, Some(&other)).unwrap();
    assert!(off.text.contains("fine portal"), "{}", off.text);

    let err = Extractor::builder()
        .boilerplate_class("gx-quokkabar")
        .unwrap_err();
    assert!(matches!(err, gleaner::Error::InvalidRule { .. }), "{err}");
}

/// A template no rule knows: a made-up brand and widget text in plain divs.
fn unknown_template(n: usize, story: &[&str]) -> String {
    let paras: String = story
        .iter()
        .map(|p| format!("<div class=\"c\"><p>{p}</p></div>"))
        .collect();
    format!(
        r#"<html><head><title>Story {n}</title></head><body><div class="w">
        <div class="k1"><p>Quillfeather Syndicate Hub</p></div>
        {paras}
        <div class="k2"><p>Psst, the Zorbly helper is awake: poke it any time.</p></div>
        <div class="k3"><p>Quillfeather Syndicate Hub · since 2019</p></div>
        </div></body></html>"#
    )
}

#[test]
fn site_memory_learns_a_template_no_rule_knows() {
    let stories: [&[&str]; 4] = [
        &["The first story tells how the river rose over the old towpath during the storm in April.", "Neighbours carried sandbags through the night to keep the water from the bakery."],
        &["The second story follows a retired postman who now repairs bicycles for children for free.", "He has fixed more than three hundred bikes in a garage behind the post office."],
        &["The third story is about a choir that sings only songs written by its own members.", "Rehearsals are held in a laundrette after closing time on Thursday evenings."],
        &["The fourth story covers a ferry captain retiring after forty years on the same crossing.", "On her last trip, every passenger was given a paper boat folded by her grandchildren."],
    ];
    let extractor = Extractor::builder().explain(true).build();
    let memory = SiteMemory::new();
    let url = |n: usize| Url::parse(&format!("https://quillfeather.example/story-{n}")).unwrap();
    // Without memory, the unknown template leaks: no rule names it.
    let plain = extractor
        .extract(&unknown_template(3, stories[3]), Some(&url(3)))
        .unwrap();
    assert!(
        plain.text.contains("Zorbly"),
        "a rule knows the widget already: {}",
        plain.text
    );
    for (n, story) in stories.iter().take(3).enumerate() {
        extractor
            .extract_with(&unknown_template(n, story), Some(&url(n)), &memory)
            .unwrap();
    }
    let article = extractor
        .extract_with(&unknown_template(3, stories[3]), Some(&url(3)), &memory)
        .unwrap();
    assert!(!article.text.contains("Quillfeather"), "{}", article.text);
    assert!(!article.text.contains("Zorbly"), "{}", article.text);
    for p in stories[3] {
        assert!(article.text.contains(p), "lost {p:?}: {}", article.text);
    }
    assert!(article.removed.iter().any(|r| r
        .reason
        .starts_with("site-memory:repeated(on >=min_pages=")
        && r.preview.contains("Zorbly")));
    // Extracting the same page again keeps its own paragraphs.
    let again = extractor
        .extract_with(&unknown_template(3, stories[3]), Some(&url(3)), &memory)
        .unwrap();
    assert!(again.text.contains(stories[3][0]));
    // Another host is not affected.
    let other = Url::parse("https://other.example/x").unwrap();
    let fresh = extractor
        .extract_with(&unknown_template(3, stories[3]), Some(&other), &memory)
        .unwrap();
    assert!(fresh.text.contains("Zorbly"));
    // Saved and loaded, the memory gives the same result.
    let saved = serde_json::to_string(&memory).unwrap();
    let loaded: SiteMemory = serde_json::from_str(&saved).unwrap();
    let after = extractor
        .extract_with(&unknown_template(3, stories[3]), Some(&url(3)), &loaded)
        .unwrap();
    assert_eq!(after.text, again.text);
}

#[test]
fn site_memory_is_send_sync_and_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SiteMemory>();
    let memory = SiteMemory::new();
    let extractor = Extractor::default();
    std::thread::scope(|s| {
        for n in 0..4 {
            let (memory, extractor) = (&memory, &extractor);
            s.spawn(move || {
                let url = Url::parse(&format!("https://t{n}.example/a")).unwrap();
                let html = "<article><p>A paragraph that is long enough to count as the article text.</p></article>";
                extractor.extract_with(html, Some(&url), memory).unwrap();
            });
        }
    });
    assert_eq!(memory.host_count(), 4);
}

#[test]
fn user_selectors_see_data_and_aria_attributes() {
    // Extraction leaves unread `data-*`/`aria-*` attributes out before
    // parsing; a user selector on one must still match.
    let html = r#"<html><body><article>
      <p>The ferry timetable changes on Monday, with two extra crossings at dawn.</p>
      <div data-widget="promo-strip"><p>Our partner portal brings you every timetable of every ferry in the land.</p></div>
      <p>Season tickets bought before the change stay valid until they expire.</p>
      <div aria-label="partner box"><p>Another partner box that the reader asked to strip from the page today.</p></div>
      </article></body></html>"#;
    let plain = Extractor::default().extract(html, None).unwrap();
    assert!(plain.text.contains("partner portal"), "{}", plain.text);
    assert!(plain.text.contains("Another partner box"), "{}", plain.text);
    let ex = Extractor::builder()
        .strip_selector(r#"[data-widget="promo-strip"]"#)
        .unwrap()
        .strip_selector(r#"[aria-label="partner box"]"#)
        .unwrap()
        .build();
    let a = ex.extract(html, None).unwrap();
    assert!(!a.text.contains("partner portal"), "{}", a.text);
    assert!(!a.text.contains("Another partner box"), "{}", a.text);
    assert!(a.text.contains("Season tickets"), "{}", a.text);
}

/// Three paragraphs of a story of our own, for the tests below.
const FERRY_STORY: &str = r#"<p>The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
      <p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>
      <p>Residents of the quay asked for a later last crossing, and the board said it would look at the timetable again after the first summer of service.</p>"#;

#[test]
fn the_site_promoting_itself_at_the_edge_goes_prose_naming_it_stays() {
    let page = |footer: &str| {
        format!(
            r#"<html><head><title>Ferry landing reopens | Pixelgrove Growth Studio</title>
        <meta property="og:site_name" content="Pixelgrove Growth Studio"></head><body><article>
        <p>Pixelgrove Growth Studio brings you the stories that matter</p>
        {FERRY_STORY}
        <p>Pixelgrove Growth Studio could not verify the figures independently.</p>
        <p>“We will keep the landing open all winter,” the harbour master told Pixelgrove Growth Studio.</p>
        <p>Stay tuned to Pixelgrove Growth Studio for more updates on the harbour works.</p>
        {footer}
        </article></body></html>"#
        )
    };
    let url = Url::parse("https://pixelgrove.example/ferry").unwrap();
    // The site's own article: only the plug goes; lines that name the site
    // as news (even one that speaks to the reader) stay.
    let article = gleaner::extract(&page(""), Some(&url)).unwrap();
    assert!(!article.text.contains("Stay tuned"), "{}", article.text);
    assert!(article.text.contains("brings you"), "{}", article.text);
    assert!(
        article.text.contains("could not verify"),
        "{}",
        article.text
    );
    // Another outlet's article republished: its prose does not name the
    // republisher, so a short edge line naming the site is branding.
    let html = page(r#"<p><a href="https://quaypost.example/ferry">Source link</a></p>"#);
    let article = Extractor::builder()
        .explain(true)
        .build()
        .extract(&html, Some(&url))
        .unwrap();
    assert!(!article.text.contains("Stay tuned"), "{}", article.text);
    assert!(!article.text.contains("brings you"), "{}", article.text);
    assert!(
        !article.text.contains("could not verify"),
        "{}",
        article.text
    );
    assert!(article.removed.iter().any(|r| r
        .reason
        .starts_with("branding:self-promotion:promo.republished-names-site(")
        && r.preview.starts_with("Stay tuned")));
    // Quoted speech stays, whoever it names.
    assert!(
        article.text.contains("keep the landing open"),
        "{}",
        article.text
    );
    assert!(article.text.contains("later last crossing"));
    assert_eq!(
        article.site_name.as_deref(),
        Some("Pixelgrove Growth Studio")
    );
}

#[test]
fn the_host_name_is_the_site_name_when_the_page_states_none() {
    let html = format!(
        r#"<html><head><title>Ferry landing reopens</title></head><body><article>
        <p>Quillby Media</p>
        {FERRY_STORY}
        <p>Keep visiting Quillby Media for the latest from the coast.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://www.quillby-media.example/ferry").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!article.text.contains("Quillby"), "{}", article.text);
    assert!(article.text.contains("later last crossing"));
    // On another host the same lines are nobody's brand.
    let other = Url::parse("https://elsewhere.example/ferry").unwrap();
    let article = gleaner::extract(&html, Some(&other)).unwrap();
    assert!(
        article.text.contains("Keep visiting Quillby"),
        "{}",
        article.text
    );
}

#[test]
fn a_promo_box_for_the_sites_services_inside_the_post_goes() {
    let html = format!(
        r#"<html><head><meta property="og:site_name" content="Brightlane Digital"></head><body><article>
        {FERRY_STORY}
        <p>Brightlane Digital builds websites that bring you customers: call us today for a free audit of your shop.</p>
        <p>The first crossing leaves at six in the morning, and the last returns at eleven at night, seven days a week.</p>
        <p>Season tickets bought before the change stay valid until they expire, the board said in a statement.</p>
        <p>The landing will close again for a week in November for an inspection of the new piles.</p>
        <p>Work on the second ramp starts next year.</p>
        <p><a href="https://quaypost.example/ferry">Go to Source</a></p>
        </article></body></html>"#
    );
    let url = Url::parse("https://brightlane.example/ferry").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!article.text.contains("free audit"), "{}", article.text);
    assert!(article.text.contains("Season tickets"));
}

#[test]
fn a_go_to_source_footer_with_an_author_line_goes_and_names_the_source() {
    let html = format!(
        r#"<html><body><article>{FERRY_STORY}
        <p><a href="https://quaypost.example/2024/ferry-landing" target="_blank">Go to Source</a><br>Author: Ines Varga</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/ferry").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!article.text.contains("Go to Source"), "{}", article.text);
    assert!(!article.text.contains("Ines Varga"), "{}", article.text);
    assert_eq!(
        article.source_url.as_ref().map(Url::as_str),
        Some("https://quaypost.example/2024/ferry-landing")
    );
}

#[test]
fn a_marker_appended_inside_the_last_paragraph_is_cut_off() {
    let html = r#"<html><body><article>
      <p>The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
      <p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>
      <p>Residents asked for a later last crossing. The board said it would look at the timetable again. This article was originally published on <a href="https://quaypost.example/ferry">Quay Post</a>.</p>
      </article></body></html>"#;
    let url = Url::parse("https://mirror.example/ferry").unwrap();
    let article = gleaner::extract(html, Some(&url)).unwrap();
    assert!(
        !article.text.contains("originally published"),
        "{}",
        article.text
    );
    assert!(
        article.text.contains("look at the timetable again."),
        "{}",
        article.text
    );
    assert_eq!(
        article.source_url.as_ref().map(Url::as_str),
        Some("https://quaypost.example/ferry")
    );
}

#[test]
fn captions_that_are_camera_and_upload_file_names_go() {
    let mut figures = String::new();
    for caption in [
        "IMG_4521.JPG",
        "DSC_0042",
        "PXL_20230514_093012345",
        "harbour-crane-1024x683",
        "ferry-landing-scaled",
        "Screenshot 2023-05-14 at 10.12.33",
    ] {
        figures.push_str(&format!(
            r#"<figure><img src="https://cdn.example/u/{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>"#,
            n = caption.len()
        ));
    }
    let html = format!(
        r#"<html><body><article>{FERRY_STORY}{figures}
        <figure><img src="https://cdn.example/u/pier.jpg" alt=""><figcaption>The pier at dawn in 2023, before the repairs began.</figcaption></figure>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/ferry").unwrap();
    let article = Extractor::builder()
        .images(true)
        .build()
        .extract(&html, Some(&url))
        .unwrap();
    let all = block_texts(&article.blocks) + &article.text;
    for gone in [
        "IMG_4521",
        "DSC_0042",
        "PXL_",
        "1024x683",
        "-scaled",
        "Screenshot",
    ] {
        assert!(!all.contains(gone), "{gone}: {all}");
    }
    assert!(all.contains("The pier at dawn"), "{all}");
}

/// An Elementor single-post template: the post content widget in one
/// flex container, a posts-grid widget of teasers in the next.
fn elementor_page(paragraphs: &[&str], teasers: usize) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    let mut grid = String::new();
    for i in 0..teasers {
        grid.push_str(&format!(
            r#"<article class="elementor-post elementor-grid-item post-{i} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
            <a class="elementor-post__thumbnail__link" href="/teaser-{i}/"><div class="elementor-post__thumbnail"><img src="/wp-content/uploads/teaser-{i}-300x200.jpg" alt=""></div></a>
            <div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/teaser-{i}/">Teaser number {i} about a market, a bridge and a school trip</a></h3>
            <div class="elementor-post__meta-data"><span class="elementor-post-date">March {i}, 2024</span></div>
            <div class="elementor-post__excerpt"><p>Teaser {i} retells another story at some length, so that its excerpt reads like a paragraph of prose with a subject, a verb and a number of details about people and places.</p></div>
            <a class="elementor-post__read-more" href="/teaser-{i}/">Read More »</a></div></article>"#
        ));
    }
    format!(
        r#"<html><head><title>Ferry landing reopens – Harbour Digest</title></head>
        <body class="post-template-default single single-post elementor-default elementor-kit-7 elementor-page-41">
        <div data-elementor-type="header" class="elementor elementor-12 elementor-location-header"><div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><nav class="elementor-nav-menu--main"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></div></div></div>
        <div data-elementor-type="single-post" data-elementor-id="41" class="elementor elementor-41 elementor-location-single post-99 post type-post status-publish">
          <div class="elementor-element elementor-element-3a1 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
            <div class="elementor-element elementor-element-5b2 e-con-full e-flex e-con e-child">
              <div class="elementor-element elementor-element-7c3 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Ferry landing reopens</h1></div></div>
              <div class="elementor-element elementor-element-8d4 elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">{body}</div></div>
            </div>
            <div class="elementor-element elementor-element-9e5 e-con-full e-flex e-con e-child">
              <div class="elementor-element elementor-element-af6 elementor-grid-1 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts" data-widget_type="posts.classic"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{grid}</div></div></div>
            </div>
          </div></div>
        </div>
        </body></html>"#
    )
}

#[test]
fn an_elementor_post_content_widget_wins_over_a_sidebar_post_grid() {
    let paragraphs = [
        "The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.",
        "Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.",
        "Residents of the quay asked for a later last crossing, and the board said it would look at the timetable again after the first summer of service.",
        "The first crossing leaves at six in the morning.",
    ];
    let html = elementor_page(&paragraphs, 8);
    let url = Url::parse("https://harbourdigest.example/ferry/").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    for p in paragraphs {
        assert!(article.text.contains(p), "lost {p:?}: {}", article.text);
    }
    assert!(!article.text.contains("Teaser"), "{}", article.text);
}

#[test]
fn a_credit_outside_the_post_names_the_source_and_what_follows_a_tail_credit_goes() {
    // The credit sits after the post's container, its link text a bare
    // URL; the platform's "Powered by" link is no source.
    let html = format!(
        r#"<html><head><meta property="og:site_name" content="Kiosko Veloz"></head><body>
        <div class="post-body"><p>Por Redacción · 28 febrero 2024 · 5 min de lectura</p>{FERRY_STORY}
        <p>Der Beitrag Fähranleger öffnet wieder erschien zuerst auf Hafenblatt.</p>
        <p>Disclaimer: this story was aggregated by a program and was not edited by our staff.</p>
        <p>Kiosko Veloz, tu agencia de marketing: pide tu presupuesto.</p>
        <p>DMCA: if you own this content, write to us and we take it down within a day.</p></div>
        <div class="credit">via Quay Post <a href="https://quaypost.example/2024/ferry">https://quaypost.example/2024/ferry</a></div>
        <div class="Attribution" id="Attribution1"><p>Powered by <a href="https://www.blogger.example/">Blogger</a></p></div>
        </body></html>"#
    );
    let url = Url::parse("https://kiosko-veloz.example/ferry").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert_eq!(
        article.source_url.as_ref().map(Url::as_str),
        Some("https://quaypost.example/2024/ferry")
    );
    for gone in [
        "Redacción",
        "erschien zuerst",
        "Disclaimer",
        "presupuesto",
        "DMCA",
    ] {
        assert!(!article.text.contains(gone), "{gone}: {}", article.text);
    }
    assert!(
        article.text.contains("later last crossing"),
        "{}",
        article.text
    );
}

#[test]
fn follow_us_and_join_our_channel_lines_go_prose_about_the_apps_stays() {
    let html = format!(
        r#"<html><body><article>
        <p>Folge uns auf Google News</p>
        {FERRY_STORY}
        <p>The ferry company said it would post delays on WhatsApp and Facebook from May.</p>
        <p>👉 For the latest updates, join our Telegram group: Click Here</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/ferry").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!article.text.contains("Folge uns"), "{}", article.text);
    assert!(!article.text.contains("Telegram"), "{}", article.text);
    assert!(
        article.text.contains("post delays on WhatsApp"),
        "{}",
        article.text
    );
}

/// The ferry story as a republished page: `extra` inside the post after
/// the story, on a mirror host.
fn mirror(head: &str, extra: &str) -> gleaner::Article {
    let html = format!(
        r#"<html><head><title>Ferry landing reopens | Mirror Daily</title>{head}</head><body><article>
        {FERRY_STORY}
        {extra}
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    gleaner::extract(&html, Some(&url)).unwrap()
}

#[test]
fn bracketed_and_opened_credits_at_the_tail_go_and_name_the_outlet() {
    // "(via Outlet)" closing the last paragraph: a sentence of its own.
    let a = mirror(
        "",
        r#"<p>The first crossing leaves at six. (via <a href="https://quaypost.example/ferry">Quay Post</a>)</p>"#,
    );
    assert!(!a.text.contains("via"), "{}", a.text);
    assert!(
        a.text.contains("The first crossing leaves at six."),
        "{}",
        a.text
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://quaypost.example/ferry")
    );
    assert_eq!(a.source_name.as_deref(), Some("Quay Post"));
    // A few words open the marker phrase.
    let b = mirror(
        "",
        r#"<p><small>This report was syndicated from <a href="https://quaypost.example/ferry">Quay Post</a>.</small></p>"#,
    );
    assert!(!b.text.contains("syndicated"), "{}", b.text);
    assert_eq!(b.source_name.as_deref(), Some("Quay Post"));
    // Without a link, at the tail, naming no more than an outlet.
    let c = mirror(
        "",
        "<p><em>Dieser Bericht erschien zuerst bei Hafenblatt.</em></p>",
    );
    assert!(!c.text.contains("Hafenblatt"), "{}", c.text);
    assert_eq!(c.source_name.as_deref(), Some("Hafenblatt"));
}

#[test]
fn a_bracketed_source_under_a_figure_is_no_credit() {
    let a = mirror(
        "",
        r#"<p>Passenger numbers have doubled since the first trial season. (Source: <a href="https://stats.example/ferries">Harbour Statistics</a>)</p>
        <p>The board will publish the figures for the summer in October, with the accounts of the operator.</p>"#,
    );
    assert!(a.text.contains("Harbour Statistics"), "{}", a.text);
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
}

#[test]
fn short_lines_after_a_tail_credit_in_its_block_go() {
    // The label of the author line is in no list: it follows the credit.
    let a = mirror(
        "",
        r#"<p><a href="https://quaypost.example/ferry" target="_blank">Zur Quelle wechseln</a><br>Verfasserin: Ines Varga</p>"#,
    );
    assert!(!a.text.contains("Ines Varga"), "{}", a.text);
    assert!(!a.text.contains("Quelle"), "{}", a.text);
    assert!(
        a.text.contains("after the first summer of service."),
        "{}",
        a.text
    );
}

#[test]
fn a_quote_that_is_one_link_to_another_post_of_the_site_goes() {
    let html = format!(
        r#"<html><body><article>
        <p>The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
        <blockquote class="wp-embedded-content"><a href="https://mirror.example/2024/bridge-closure">Bridge closes for a month of night works</a></blockquote>
        {FERRY_STORY}
        <blockquote><p>We waited four years for this, and we will be on the first boat.</p></blockquote>
        <blockquote><a href="https://quaypost.example/letters">Letters to the harbour board</a></blockquote>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("Bridge closes"), "{}", a.text);
    assert!(a.text.contains("We waited four years"), "{}", a.text);
    assert!(
        a.text.contains("Letters to the harbour board"),
        "{}",
        a.text
    );
}

#[test]
fn the_authors_name_alone_and_a_counter_at_the_head_go() {
    let html = format!(
        r#"<html><head><meta name="author" content="Harbour Desk"></head><body><article>
        <div class="post-author-name">Harbour Desk</div>
        <span class="votes">2.4K</span>
        {FERRY_STORY}
        <p>Tickets cost four euros, and 2.4K season passes were sold in the first week.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert_eq!(a.authors, vec!["Harbour Desk".to_string()]);
    assert!(!a.text.contains("Harbour Desk"), "{}", a.text);
    assert!(!a.text.starts_with("2.4K"), "{}", a.text);
    assert!(a.text.contains("2.4K season passes"), "{}", a.text);
}

#[test]
fn a_credit_inside_the_last_paragraph_makes_the_head_meta_line_go() {
    // The credit is found only when the last paragraph is cut: the meta
    // line at the head, judged before, is judged again knowing it.
    let a = mirror(
        "",
        r#"<p>The first crossing leaves at six. This story was syndicated from <a href="https://quaypost.example/ferry">Quay Post</a>.</p>"#,
    );
    assert!(!a.text.contains("syndicated"), "{}", a.text);
    let html = format!(
        r#"<html><body><article>
        <div class="meta">Harbour 12 March 2024 Last updated: 12 March 2024</div>
        {FERRY_STORY}
        <p>The first crossing leaves at six. This story was syndicated from <a href="https://quaypost.example/ferry">Quay Post</a>.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    let b = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!b.text.contains("Last updated"), "{}", b.text);
    assert!(
        b.text.contains("The first crossing leaves at six."),
        "{}",
        b.text
    );
}

#[test]
fn the_original_outlets_plug_goes_quoted_speech_naming_it_stays() {
    let a = mirror(
        "",
        r#"<p>“We counted every passenger,” the skipper told Quay Post on the landing.</p>
        <p>Get the Quay Post app for ferry alerts on your phone.</p>
        <p>Originally published at <a href="https://quaypost.example/ferry">Quay Post</a>.</p>"#,
    );
    assert!(!a.text.contains("app for ferry alerts"), "{}", a.text);
    assert!(a.text.contains("the skipper told Quay Post"), "{}", a.text);
    assert_eq!(a.source_name.as_deref(), Some("Quay Post"));
}

#[test]
fn a_credit_under_a_product_image_is_the_images_and_names_no_source() {
    let html = r#"<html><head><title>The best kettles | Home Lab</title>
        <meta property="og:site_name" content="Home Lab"></head><body><article>
        <p>We boiled a litre of water in twelve kettles, three times each, and timed every run with the same thermometer.</p>
        <div class="product-card"><div class="card-image"><a href="https://shop.example/go/abc123"><img src="https://img.example/kettle.jpg" alt="Steel kettle"></a></div>
        <div class="card-credit">Courtesy of the maker</div></div>
        <p>Why we like it: the spout pours without dripping, and the lid opens wide enough to clean the inside.</p>
        <p>Our testers found the handle stays cool even after three boils in a row, which few cheaper kettles manage.</p>
        <p>The base is heavy, so the kettle does not tip when it is set down in a hurry on a wet worktop.</p>
        </article></body></html>"#;
    let url = Url::parse("https://homelab.example/best-kettles").unwrap();
    let a = gleaner::extract(html, Some(&url)).unwrap();
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
    assert!(a.source_name.is_none(), "{:?}", a.source_name);
    assert!(!a.syndicated);
    for kept in ["Why we like it", "handle stays cool", "base is heavy"] {
        assert!(a.text.contains(kept), "{kept}: {}", a.text);
    }
}

#[test]
fn a_source_line_between_paragraphs_credits_a_figure_not_the_article() {
    let html = r#"<html><head><title>Introducing Tidewater | Brightline Data</title>
        <meta property="og:site_name" content="Brightline Data"></head><body><article>
        <section><p>Today Brightline Data releases Tidewater, a storage engine for the ferry timetables and passenger counts our customers keep.</p></section>
        <section><p>Tidewater stores each day in a columnar file, which makes a month of counts quick to read even on a small server in a harbour office.</p></section>
        <section><p>Each file keeps its own index of the days and the routes it holds, so a query reads only the parts of the file it needs.</p></section>
        <section><p><em>Source: </em><a href="https://code.example/columnar/format">Columnar format repository</a></p></section>
        <section><p>Compared with the row store Brightline Data shipped last year, a scan of a full year of counts now takes a tenth of the time.</p></section>
        <section><p>Brightline Data customers can switch an existing timetable to Tidewater from the settings page without exporting anything.</p></section>
        <section><p>We will publish the benchmarks and the code used to run them next month, together with the format's specification.</p></section>
        </article></body></html>"#;
    let url = Url::parse("https://brightline.example/blog/tidewater").unwrap();
    let a = gleaner::extract(html, Some(&url)).unwrap();
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
    assert!(!a.syndicated);
    for kept in [
        "Today Brightline Data releases",
        "row store Brightline Data",
        "customers can switch",
    ] {
        assert!(a.text.contains(kept), "{kept}: {}", a.text);
    }
}

#[test]
fn a_meta_line_whose_spans_are_glued_without_spaces_goes_at_the_head() {
    // The theme prints author, date, reading time and views as spans with
    // no space between them: the text reads "By adminMarch 12, 20244
    // min read812 Views", and its words must be read apart to see the
    // date of the post in it. A heading of prose with a date stays.
    for (meta, gone) in [
        (
            r#"<span>By admin</span><span>March 12, 2024</span><span>4 min read</span><span>812 Views</span>"#,
            "812 Views",
        ),
        (
            r#"<span>Par Léa Roux</span><span>12 mars 2024</span><span>4 min de lecture</span><span>812 vues</span>"#,
            "812 vues",
        ),
    ] {
        let html = format!(
            r#"<html><head><title>Ferry landing reopens</title>
            <meta property="article:published_time" content="2024-03-12T08:00:00Z"></head><body><article>
            <h1>Ferry landing reopens</h1>
            <div class="post-meta">{meta}</div>
            {FERRY_STORY}
            <p>The next board meeting is on 14 March 2024 at the harbour office.</p>
            </article></body></html>"#
        );
        let url = Url::parse("https://own-site.example/2024/ferry").unwrap();
        let a = gleaner::extract(&html, Some(&url)).unwrap();
        assert!(!a.text.contains(gone), "{}", a.text);
        assert!(
            a.text.contains("14 March 2024 at the harbour office"),
            "{}",
            a.text
        );
        assert!(a.text.starts_with("The harbour board voted"), "{}", a.text);
    }
}

#[test]
fn the_head_after_the_headline_loses_its_meta_line_placeholder_byline_and_counter() {
    // The headline does not take a place of the post's head; the meta
    // line states the article's own day; "admin" is the CMS's user.
    let html = format!(
        r#"<html><head><title>Ferry landing reopens</title>
        <meta property="article:published_time" content="2024-03-12T08:00:00Z"></head><body><article>
        <h1>Ferry landing reopens</h1>
        <p>admin</p>
        <p>Harbour 12 March 2024 · 4 min read</p>
        <p>2.4K</p>
        {FERRY_STORY}
        <p>The next board meeting is on 14 March 2024 at the harbour office.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://own-site.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("admin"), "{}", a.text);
    assert!(!a.text.contains("4 min read"), "{}", a.text);
    assert!(!a.text.contains("2.4K"), "{}", a.text);
    assert!(
        a.text.contains("14 March 2024 at the harbour office"),
        "{}",
        a.text
    );
    assert!(a.text.starts_with("The harbour board voted"), "{}", a.text);
}

/// A theme's meta line of a desk's name and the day, the date written
/// with a space after each full stop as Central European pages write it
/// ("12. 03. 2024"), joined by a middle dot: at the head it states the
/// article's own day, so it is the theme's meta line. The same date in a
/// sentence of the story stays.
#[test]
fn the_head_loses_a_meta_line_whose_numeric_date_is_spaced() {
    let html = format!(
        r#"<html><head><title>Ferry landing reopens</title>
        <meta property="article:published_time" content="2024-03-12T08:00:00Z"></head><body><article>
        <h1>Ferry landing reopens</h1>
        <p>Hafenredaktion · 12. 03. 2024</p>
        {FERRY_STORY}
        <p>The next board meeting is on 14. 03. 2024 at the harbour office.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://own-site.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("Hafenredaktion"), "{}", a.text);
    assert!(
        a.text.contains("14. 03. 2024 at the harbour office"),
        "{}",
        a.text
    );
    assert!(a.text.starts_with("The harbour board voted"), "{}", a.text);
}

#[test]
fn the_original_outlets_plug_goes_when_only_its_link_names_it() {
    let a = mirror(
        "",
        r#"<p>Get the Quay Post app for ferry alerts on your phone.</p>
        <p><a href="https://www.quaypost.example/ferry">Read the original article</a></p>"#,
    );
    assert!(!a.text.contains("app for ferry alerts"), "{}", a.text);
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://www.quaypost.example/ferry")
    );
}

#[test]
fn a_list_of_teasers_of_the_sites_other_posts_goes_a_list_of_links_in_prose_stays() {
    let html = format!(
        r#"<html><body><article>
        {FERRY_STORY}
        <ul>
          <li><a href="https://mirror.example/2024/bridge">Fares to the island rise in spring</a> and timetables change in May.</li>
          <li><a href="https://mirror.example/2024/pier">The pier</a> reopens with a new café for walkers.</li>
        </ul>
        <ul class="latest">
          <li><a href="https://mirror.example/2024/bridge-closure">Bridge closes for a month of night works</a><br>Drivers will be sent round the bay from Monday while the deck is […]</li>
          <li><a href="https://mirror.example/2024/market">Harbour market moves to the quay</a><br>The Saturday market will set up beside the ferry landing from June, the […]</li>
        </ul>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("Bridge closes"), "{}", a.text);
    assert!(!a.text.contains("Harbour market moves"), "{}", a.text);
    assert!(a.text.contains("Fares to the island rise"), "{}", a.text);
    assert!(a.text.contains("reopens with a new café"), "{}", a.text);
}

#[test]
fn a_title_suffix_after_a_guillemet_names_the_site() {
    // "Headline » Site" is one of the separators SEO plugins offer: the
    // site's name from it makes the plug at the tail of a republished
    // post the site's own.
    let html = format!(
        r#"<html><head><title>Ferry landing reopens » Harbour Wire Daily</title></head><body><article>
        {FERRY_STORY}
        <p>Thanks for reading Harbour Wire Daily today</p>
        <p><a href="https://www.quaypost.example/ferry">Read the original article</a></p>
        </article></body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("Thanks for reading"), "{}", a.text);
    assert!(a.text.contains("last crossing"), "{}", a.text);
}

#[test]
fn a_box_selling_the_sites_own_pages_goes_with_its_button_a_contact_in_prose_stays() {
    // No credit: the site's own article. The box names the site, speaks
    // to the reader and gives the site's own address; its button (a link
    // to the site's page) goes with it.
    let page = |middle: &str| {
        format!(
            r#"<html><head><title>Ferry landing reopens | Quayside Courier</title>
            <meta property="og:site_name" content="Quayside Courier"></head><body><article>
            <p>The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.</p>
            <p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>
            <p>The works cost four million, most of it paid by the county, and the rest by a loan the board will repay from the fares.</p>
            {middle}
            <p>Residents of the quay asked for a later last crossing, and the board said it would look at the timetable again after the first summer of service.</p>
            <p>The café on the landing will open on the same day as the ferries, the board said, and keep the hours of the last crossing.</p>
            <p>A bus will meet each ferry at the top of the ramp during the summer months, paid for by the county until the end of September.</p>
            <p>The board will publish the figures for the first month of service at its meeting in June, together with the costs.</p>
            </article></body></html>"#
        )
    };
    let url = Url::parse("https://quaysidecourier.example/2024/ferry").unwrap();
    let a = gleaner::extract(
        &page(
            r#"<p>Want your brand on Quayside Courier? We publish sponsored posts: write to ads@quaysidecourier.example for our rates.</p>
            <p><a href="https://quaysidecourier.example/advertise/">Advertise with us</a></p>"#,
        ),
        Some(&url),
    )
    .unwrap();
    assert!(!a.text.contains("sponsored posts"), "{}", a.text);
    assert!(!a.text.contains("Advertise with us"), "{}", a.text);
    assert!(a.text.contains("last crossing"), "{}", a.text);
    // A sentence of the article that names the site and a reader's
    // question, without the site's address, is the article's.
    let a = gleaner::extract(
        &page(
            r#"<p>Did you ride the first ferry? Quayside Courier spoke to a dozen passengers on the landing, who praised the new ramp.</p>"#,
        ),
        Some(&url),
    )
    .unwrap();
    assert!(a.text.contains("spoke to a dozen passengers"), "{}", a.text);
}

#[test]
fn a_short_label_above_the_themes_byline_goes_a_one_line_paragraph_stays() {
    let page = |label: &str| {
        format!(
            r#"<html><head><title>Ferry landing reopens</title>
            <meta property="article:published_time" content="2024-03-12T08:00:00Z"></head><body><article>
            <h1>Ferry landing reopens</h1>
            <p>{label}</p>
            <p>Harbour 12 March 2024 · 4 min read</p>
            {FERRY_STORY}
            <p>It was about time.</p>
            </article></body></html>"#
        )
    };
    let url = Url::parse("https://own-site.example/2024/ferry").unwrap();
    let a = gleaner::extract(&page("Members only story"), Some(&url)).unwrap();
    assert!(!a.text.contains("Members only story"), "{}", a.text);
    assert!(a.text.starts_with("The harbour board voted"), "{}", a.text);
    assert!(a.text.contains("It was about time."), "{}", a.text);
    // A sentence above the meta line is the article's standfirst.
    let a = gleaner::extract(&page("Four years of repairs are over."), Some(&url)).unwrap();
    assert!(
        a.text.contains("Four years of repairs are over."),
        "{}",
        a.text
    );
}

#[test]
fn captions_named_as_files_go_in_the_shapes_files_get() {
    let figure = |src: &str, caption: &str| {
        format!(
            r#"<figure><img src="https://own-site.example/uploads/{src}" alt=""><figcaption>{caption}</figcaption></figure>"#
        )
    };
    let html = format!(
        r#"<html><head><title>Ferry landing reopens</title></head><body><article>
        {FERRY_STORY}
        {}
        {}
        {}
        {}
        {}
        <p>The café on the landing will open on the same day as the ferries, the board said.</p>
        {}
        </article></body></html>"#,
        figure("ramp.jpg", "Screenshot (14).png"),
        figure("pier.jpg", "Harbour plan (3)"),
        figure("crane.jpg", "P1090771"),
        figure("image-7.jpg", "image-7"),
        figure("quay.jpg", "Screenshot 2024-03-02 at 9.14.07.png"),
        figure("boat.jpg", "The new ferry at the landing on Tuesday"),
    );
    let url = Url::parse("https://own-site.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    let texts = block_texts(&a.blocks);
    for gone in [
        "Screenshot (14)",
        "Harbour plan (3)",
        "P1090771",
        "image-7",
        "9.14.07",
    ] {
        assert!(!texts.contains(gone), "{gone}: {texts}");
    }
    assert!(
        texts.contains("The new ferry at the landing on Tuesday"),
        "{texts}"
    );
}

#[test]
fn the_sites_note_about_the_post_goes_at_its_edge() {
    let html = format!(
        r#"<html><head><title>Ferry landing reopens</title></head><body><article>
        {FERRY_STORY}
        <p>This article was put together from a press feed and has not been checked by our newsroom.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://own-site.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("press feed"), "{}", a.text);
    assert!(a.text.contains("last crossing"), "{}", a.text);
    // The article's own sentence about an article it reports on stays.
    let html = format!(
        r#"<html><head><title>Ferry landing reopens</title></head><body><article>
        {FERRY_STORY}
        <p>This article in the harbour's charter, the board said, lets the ferry company set its own fares.</p>
        </article></body></html>"#
    );
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(a.text.contains("own fares"), "{}", a.text);
}

#[test]
fn a_link_whose_own_text_is_a_marker_phrase_gives_the_source_url() {
    // The feed plugin's "continue reading" link after the post, a block of
    // its own the DOM stages drop with the links: its text alone says it
    // leads to the original.
    let html = format!(
        r#"<html><head><title>Ferry landing reopens | Mirror Daily</title></head><body>
        <article>{FERRY_STORY}</article>
        <p class="feed-more"><a href="https://www.quaypost.example/ferry">Continue reading on Quay Post →</a></p>
        <p class="feed-more"><a href="https://www.othersite.example/fares">More about fares</a></p>
        </body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://www.quaypost.example/ferry")
    );
    assert!(a.syndicated);
}

#[test]
fn the_original_outlets_plug_goes_when_a_marker_link_after_the_post_names_its_host() {
    let html = format!(
        r#"<html><head><title>Ferry landing reopens | Mirror Daily</title></head><body>
        <article>{FERRY_STORY}
        <p>Get the Quay Post app for ferry alerts on your phone.</p>
        <p>The café on the landing will open on the same day as the ferries, the board said.</p>
        </article>
        <p class="feed-more"><a href="https://www.quaypost.example/ferry">Continue reading on Quay Post →</a></p>
        </body></html>"#
    );
    let url = Url::parse("https://mirror.example/2024/ferry").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("app for ferry alerts"), "{}", a.text);
    assert!(a.text.contains("The café on the landing"), "{}", a.text);
}

#[test]
fn a_box_on_a_platform_subdomain_gives_the_sites_own_address_at_its_own_domain() {
    let html = format!(
        r#"<html><head><title>Ferry landing reopens | Quay Notes</title>
        <meta property="og:site_name" content="Quay Notes"></head><body><article>
        {FERRY_STORY}
        <p>Want your post on Quay Notes? We take sponsored articles: write to ads@quaynotes.example.</p>
        <p>The café on the landing will open on the same day as the ferries, the board said.</p>
        <p>A bus will meet each ferry at the top of the ramp during the summer months.</p>
        <p>The board will publish the figures for the first month of service in June.</p>
        <p>The county will pay for the bus until the end of September, the board said.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://quaynotes.blogspot.com/2024/03/ferry.html").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("sponsored articles"), "{}", a.text);
    assert!(a.text.contains("The café on the landing"), "{}", a.text);
}

#[test]
fn a_box_naming_the_brand_of_its_own_address_goes_when_the_page_names_no_site() {
    // No og:site_name, no title suffix: the box names the brand of the
    // address it gives, at the site's own domain.
    let html = format!(
        r#"<html><head><title>Ferry landing reopens</title></head><body><article>
        {FERRY_STORY}
        <p>Want your post on Quay Notes? We take sponsored articles: write to ads@quaynotes.example.</p>
        <p>The café on the landing will open on the same day as the ferries, the board said.</p>
        <p>A bus will meet each ferry at the top of the ramp during the summer months.</p>
        <p>The board will publish the figures for the first month of service in June.</p>
        <p>The county will pay for the bus until the end of September, the board said.</p>
        </article></body></html>"#
    );
    let url = Url::parse("https://quaynotes.blogspot.com/2024/03/ferry.html").unwrap();
    let a = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!a.text.contains("sponsored articles"), "{}", a.text);
    assert!(a.text.contains("The café on the landing"), "{}", a.text);
}

/// A credit in no known wording is told by where it links: a line that is
/// one link to the same story on another host (the link's slug spells the
/// headline) is the autoblog's credit, and its link is the source. A
/// closing line linking another page of that host stays.
#[test]
fn a_line_linking_the_same_story_elsewhere_is_a_credit_in_any_wording() {
    let story = "https://riverside.example/2024/05/12/valley-bakery-leftover-bread-pantry/";
    let credits = [
        format!("<p>→ <a href=\"{story}\" rel=\"nofollow\">riverside.example</a></p>"),
        format!("<p>Den vollständigen Text gibt es hier: <a href=\"{story}\">Riverside Chronicle</a></p>"),
    ];
    for credit in &credits {
        let html = format!(
            "<html><head><title>Valley bakery turns its leftover bread into a neighbourhood pantry – Buzz Daily</title></head><body><article><h1>Valley bakery turns its leftover bread into a neighbourhood pantry</h1><div class=\"entry-content\">\
             <p>Every evening at half past six, Ruth Abernathy carries three crates of unsold loaves out of her bakery on Mill Street and sets them on a folding table by the door.</p>\
             <p>By seven, the table is usually empty. The bakery has run the free pantry for eleven months, and in that time it has given away roughly nine thousand loaves.</p>\
             <p>Neighbours began bringing jars of jam and bags of apples to leave beside the bread, and the council's food officer visited in the spring without objection.</p>\
             <p>The opening hours are on the <a href=\"https://council.example/markets/opening-hours\">council's market page</a>.</p>\
             {credit}</div></article></body></html>"
        );
        let url = Url::parse("https://buzzdaily.example/valley-bakery-leftover-bread-pantry/").ok();
        let a = Extractor::default()
            .extract(&html, url.as_ref())
            .expect("extracts");
        assert!(
            !a.text.contains("riverside.example") && !a.text.contains("vollständigen"),
            "{}",
            a.text
        );
        assert!(a.text.contains("council's market page"), "{}", a.text);
        assert_eq!(
            a.source_url.as_ref().map(Url::as_str),
            Some(story),
            "{credit}"
        );
    }
}

/// Star-rating widgets and post-view counters printed into the post are
/// the plugin's, not the article's.
#[test]
fn rating_widgets_and_view_counters_in_the_post_go() {
    let html = "<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1><div class=\"entry-content\">\
         <p>The ferry operator will run two extra crossings on weekdays from the first of June, the company said on Tuesday.</p>\
         <p>Residents of the island had asked for an earlier morning boat for years, and the council backed the request in March.</p>\
         <p>The first boat will now leave the harbour at half past six, forty minutes earlier than before.</p>\
         <div class=\"kk-star-ratings kksr-auto\"><div class=\"kksr-stars\"></div><div class=\"kksr-legend\">Cliquez pour noter cet article !</div></div>\
         <div class=\"post-views content-post entry-meta\"><span class=\"post-views-label\">Visualizações:</span> <span class=\"post-views-count\">1.204</span></div>\
         </div></article></body></html>";
    let a = Extractor::default().extract(html, None).expect("extracts");
    assert!(a.text.contains("half past six"), "{}", a.text);
    assert!(
        !a.text.contains("noter") && !a.text.contains("1.204"),
        "{}",
        a.text
    );
}

/// A feed plugin's bracketed "[Source]" link after the post is a credit
/// when it leads to the same story elsewhere (a bracketed "(Source:
/// Agency)" under a figure is not).
#[test]
fn a_bracketed_source_link_to_the_same_story_goes() {
    let story = "https://riverside.example/news/ferry-operator-apologises-cancelled-crossings-4410";
    let html = format!("<html><head><title>Ferry operator apologises for cancelled crossings</title></head><body><article><h1>Ferry operator apologises for cancelled crossings</h1><div class=\"entry-content\">\
         <p>The ferry operator apologised on Monday for cancelling eleven crossings last week, blaming a shortage of deck crew.</p>\
         <p>Passengers on the island were left without a boat for two days, and the council said it would ask for compensation.</p>\
         <p>The company promised to hire four more crew members before the summer timetable starts.</p>\
         <p>[<a href=\"{story}\" rel=\"nofollow\">Source</a>]</p></div></article></body></html>");
    let url =
        Url::parse("https://buzzdaily.example/ferry-operator-apologises-cancelled-crossings/").ok();
    let a = Extractor::default()
        .extract(&html, url.as_ref())
        .expect("extracts");
    assert!(!a.text.contains("[Source]"), "{}", a.text);
    assert!(a.text.contains("summer timetable"), "{}", a.text);
    assert_eq!(a.source_url.as_ref().map(Url::as_str), Some(story));
}

/// WordAds' and tagDiv's ad spots between the paragraphs go with their
/// labels, in any language.
#[test]
fn wordads_and_tagdiv_ad_spots_go() {
    let html = "<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1><div class=\"entry-content\">\
         <p>The ferry operator will run two extra crossings on weekdays from the first of June, the company said on Tuesday.</p>\
         <div class=\"wpcnt\"><div class=\"wpa wpmrec\"><span class=\"wpa-about\">Publicités</span><div class=\"u\"></div></div></div>\
         <p>Residents of the island had asked for an earlier morning boat for years, and the council backed the request in March.</p>\
         <div class=\"td-a-rec td-a-rec-id-content_inline\"><span class=\"td-adspot-title\">- Anzeige -</span></div>\
         <p>The first boat will now leave the harbour at half past six, forty minutes earlier than before.</p>\
         </div></article></body></html>";
    let a = Extractor::default().extract(html, None).expect("extracts");
    assert!(a.text.contains("half past six"), "{}", a.text);
    assert!(
        !a.text.contains("Publicités") && !a.text.contains("Anzeige"),
        "{}",
        a.text
    );
}

/// A feed-import plugin's software credit under the post ("Powered by"
/// and one link to the product's site) goes; a closing sentence that says
/// what something is powered by, in words of its own, stays.
#[test]
fn a_software_credit_at_the_tail_goes_prose_saying_powered_by_stays() {
    let story = "<p>The ferry company has ordered two new boats for the island crossing, the first it has bought in twenty years.</p>\
        <p>Both will carry ninety cars and four hundred passengers, a third more than the boats they replace.</p>\
        <p>The yard in the north expects to launch the first hull in the spring, and the second a year later.</p>";
    let with_credit = format!(
        "<html><body><article><h1>Two new ferries</h1>{story}\
         <p><small>Powered by <a href=\"https://feedfiller.example/\">FeedFiller</a></small></p>\
         </article></body></html>"
    );
    let url = Url::parse("https://islandnews.example/ferries/").unwrap();
    let a = Extractor::default()
        .extract(&with_credit, Some(&url))
        .unwrap();
    assert!(!a.text.contains("FeedFiller"), "{}", a.text);
    assert!(a.text.contains("second a year later"), "{}", a.text);

    let with_prose = format!(
        "<html><body><article><h1>Two new ferries</h1>{story}\
         <p>Powered by batteries charged at the quay, they will run without diesel on calm days.</p>\
         <p>Powered by <a href=\"https://yard.example/hybrid\">the yard's hybrid drive</a>, they cut fuel by half, the company says.</p>\
         </article></body></html>"
    );
    let a = Extractor::default()
        .extract(&with_prose, Some(&url))
        .unwrap();
    assert!(a.text.contains("Powered by batteries"), "{}", a.text);
    assert!(a.text.contains("they cut fuel by half"), "{}", a.text);
}

#[test]
fn share_chat_and_subscription_widgets_of_known_plugins_go() {
    let html = "<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1><div class=\"entry-content\">\
         <p>The ferry operator will run two extra crossings on weekdays from the first of June, the company said on Tuesday.</p>\
         <p>Residents of the island had asked for an earlier morning boat for years, and the council backed the request in March.</p>\
         <div class=\"simplesocialbuttons simplesocial-simple-icons\"><span class=\"simplesocialtxt-label\">Spread the word</span><button>Facebook</button></div>\
         <div class=\"wp-block-jetpack-subscriptions__container\"><h3>More from the Harbour Post</h3><p>Get our latest stories in your inbox.</p></div>\
         <p>The first boat will now leave the harbour at half past six, forty minutes earlier than before.</p>\
         </div></article>\
         <div id=\"userlike\" class=\"userlike-button\"><div>Questions? Ask the desk.</div></div>\
         <div class=\"sib-conversations\"><div>Write to our crew</div></div></body></html>";
    let a = Extractor::default().extract(html, None).expect("extracts");
    assert!(a.text.contains("half past six"), "{}", a.text);
    for gone in ["Spread the word", "inbox", "Ask the desk", "our crew"] {
        assert!(!a.text.contains(gone), "{gone}: {}", a.text);
    }
}

/// A theme's meta lines in the UI languages at the post's head and tail:
/// "written by" and "updated on" lines, a reading time or a view count
/// (one number, what it counts and a short label), an "article continues
/// after the ad" notice between the paragraphs. Prose with a number of
/// minutes, and a sentence about advertising, stay.
#[test]
fn meta_counter_and_ad_notice_lines_in_other_languages_go() {
    let html = r#"<html><head><title>Il traghetto torna d'inverno</title></head><body><article>
      <p>Scritto da Redazione · 15/12/2024 · 2 min di lettura</p>
      <p>Tempo di lettura: 6 minuti</p>
      <p>Da dicembre il traghetto per l'isola tornerà a viaggiare tutto l'anno, con due corse al giorno nei mesi invernali e una in più il sabato.</p>
      <p>L’articolo continua dopo la pubblicità</p>
      <p>La linea era stata sospesa nel 2019 per mancanza di passeggeri; gli abitanti avevano raccolto oltre mille firme per riaverla.</p>
      <p>La traversata dura quaranta minuti, dieci in meno di prima, e la pubblicità della compagnia parla di un servizio per tutti.</p>
      <p>Il primo viaggio partirà alle sette del mattino, l'ultimo rientrerà alle otto di sera, anche la domenica.</p>
      <p>Visualizzazioni: 1.579</p>
      </article></body></html>"#;
    let article = gleaner::extract(html, None).unwrap();
    for gone in [
        "Scritto da",
        "Tempo di lettura",
        "continua dopo",
        "Visualizzazioni",
    ] {
        assert!(!article.text.contains(gone), "{gone}: {}", article.text);
    }
    for kept in [
        "quaranta minuti",
        "la pubblicità della compagnia",
        "alle sette",
    ] {
        assert!(article.text.contains(kept), "{kept}: {}", article.text);
    }
    let html = r#"<html><body><article>
      <p>Actualizado el 08/07/2023</p>
      <p>Por primera vez en diez años, las campanas de la escuela de Valdelosa volvieron a sonar el lunes por la mañana en el pueblo.</p>
      <p>La noticia continúa tras la publicidad</p>
      <p>La escuela cerró en 2014, cuando solo quedaban tres alumnos; la llegada de familias que teletrabajan ha cambiado las cuentas.</p>
      <p>El alcalde asegura que la reapertura fue fruto de una conversación con la consejería que duró casi dos años.</p>
      <p>1.234 visualizaciones</p>
      </article></body></html>"#;
    let article = gleaner::extract(html, None).unwrap();
    for gone in ["Actualizado", "continúa tras", "visualizaciones"] {
        assert!(!article.text.contains(gone), "{gone}: {}", article.text);
    }
    assert!(article.text.contains("las campanas"), "{}", article.text);
}

/// "08/07/2023" at the head of a page published on 8 July (the day
/// first): the theme's meta line states the day the article was
/// published, in either order of day and month.
#[test]
fn a_meta_line_with_the_day_first_at_the_head_goes() {
    let html = r#"<html><head><meta property="article:published_time" content="2023-07-08T09:00:00Z"></head><body><article>
      <p>Redacción | 08/07/2023 | Sociedad</p>
      <p>Por primera vez en diez años, las campanas de la escuela de Valdelosa volvieron a sonar el lunes por la mañana en el pueblo.</p>
      <p>La escuela cerró en 2014, cuando solo quedaban tres alumnos; la llegada de familias que teletrabajan ha cambiado las cuentas.</p>
      <p>El alcalde asegura que la reapertura fue fruto de una conversación con la consejería que duró casi dos años.</p>
      </article></body></html>"#;
    let article = gleaner::extract(html, None).unwrap();
    assert!(!article.text.contains("08/07/2023"), "{}", article.text);
    assert!(article.text.contains("las campanas"), "{}", article.text);
}

/// A reading-time plugin's line printed before the post's loose text, with
/// no break between them: cut off the head of the first block; the text
/// after it stays. A first sentence that opens with a number of minutes
/// stays whole.
#[test]
fn a_reading_time_glued_to_the_head_of_the_text_is_cut_off() {
    let body = |head: &str| {
        format!(
            r#"<html><body><article><div class="post-content">
      {head} il mercato coperto di piazza Garibaldi riaprirà sabato mattina con ventisei banchi, otto in più rispetto a prima.<br><br>
      I lavori sono costati 3,4 milioni di euro, in gran parte coperti da un finanziamento regionale della provincia.<br><br>
      Il tetto in ferro e vetro, che perdeva acqua da anni, è stato rifatto da capo dalla stessa impresa.<br><br>
      Quasi tutti i vecchi commercianti hanno scelto di tornare; tra i nuovi ci sono un forno e una pescheria.
      </div></article></body></html>"#
        )
    };
    let a = gleaner::extract(&body("<span><span>Tempo di lettura:</span> <span>6</span> <span>minuti</span></span> Dopo due anni di cantiere,"), None).unwrap();
    assert!(!a.text.contains("Tempo di lettura"), "{}", a.text);
    assert!(
        a.text.contains("Dopo due anni di cantiere, il mercato"),
        "{}",
        a.text
    );
    let a = gleaner::extract(
        &body("Dopo due anni di cantiere e 6 minuti di discorsi,"),
        None,
    )
    .unwrap();
    assert!(
        a.text.contains("Dopo due anni di cantiere e 6 minuti"),
        "{}",
        a.text
    );
}

/// A help desk's proactive bubble in the site's language ("Need help?" in
/// French, Spanish, German) left inside the post by its launcher goes; a
/// sentence of the story that says someone needs help stays.
#[test]
fn a_help_desk_bubble_in_another_language_goes_prose_about_help_stays() {
    let prose = "La mairie dit que les familles qui ont besoin d'aide pour remplir le dossier peuvent venir le mardi matin.";
    for bubble in [
        "Besoin d’aide ? Notre équipe répond en quelques minutes.",
        "¿Necesitas ayuda? Escríbenos, estamos conectados.",
        "Brauchen Sie Hilfe? Wir sind jetzt für Sie da.",
    ] {
        let html = format!(
            r#"<html><body><article>
            {FERRY_STORY}
            <p>{prose}</p>
            <div class="launcher-box"><button>?</button><div class="proactive"><span>{bubble}</span></div></div>
            </article></body></html>"#
        );
        let url = Url::parse("https://mirror.example/ferry").unwrap();
        let article = gleaner::extract(&html, Some(&url)).unwrap();
        assert!(!article.text.contains(bubble), "{bubble}: {}", article.text);
        assert!(article.text.contains(prose), "{bubble}: {}", article.text);
    }
}

/// A caption that is the image's own file name after a one-word label
/// ("Imagen: Untitled-4" under `imagen-untitled-4.jpg`, "Photo : Untitled-2"
/// under `untitled-2.jpg`) goes; a caption in words stays.
#[test]
fn a_labelled_caption_naming_the_images_own_file_goes() {
    for (file, caption) in [
        ("imagen-untitled-4.jpg", "Imagen: Untitled-4"),
        ("untitled-2.jpg", "Photo : Untitled-2"),
    ] {
        let html = format!(
            r#"<html><body><article>
            <p><img src="https://mirror.example/wp-content/uploads/2024/05/{file}" alt="" width="800" height="533"><br>{caption}</p>
            {FERRY_STORY}
            <figure><img src="https://mirror.example/wp-content/uploads/2024/05/ramp-2024.jpg" alt=""><figcaption>The ramp at low tide</figcaption></figure>
            </article></body></html>"#
        );
        let url = Url::parse("https://mirror.example/ferry").unwrap();
        let article = gleaner::extract(&html, Some(&url)).unwrap();
        let texts = block_texts(&article.blocks);
        assert!(!texts.contains("Untitled"), "{caption}: {texts}");
        let caption_kept = article.blocks.iter().any(|b| {
            matches!(b, Block::Image(img) if img.caption.as_deref() == Some("The ramp at low tide"))
        });
        assert!(caption_kept, "{caption}: {:?}", article.blocks);
    }
}

/// A page builder's last text modules, each holding only a closing line of
/// the post ("Tickets go on sale on Monday.", "It works." and a share bar),
/// join the body; a module after them that opens with a link does not.
#[test]
fn a_builder_module_holding_the_closing_line_joins_the_body() {
    let module = |id: &str, inner: &str| {
        format!(
            r#"<div class="elementor-element elementor-element-{id} elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{inner}</div></div>"#
        )
    };
    let paragraphs: String = FERRY_STORY.to_string();
    let html = format!(
        r#"<html><head><title>Ferry landing reopens | Quay Daily</title></head><body>
        <div class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
        {}{}{}{}
        </div></div></div></div>
        <aside class="sidebar"><h3>Recent</h3><ul><li><a href="/a">A story</a></li><li><a href="/b">B story</a></li></ul></aside>
        </body></html>"#,
        module("1a", &paragraphs),
        module("2b", "<p>Tickets go on sale on Monday.</p>"),
        module(
            "3c",
            r#"<p>It works.</p><div class="sharedaddy sd-sharing-enabled"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/share?url=x">Tweet</a></div>"#
        ),
        module(
            "4d",
            r#"<p><a href="https://quaydaily.example/newsletter/">Get the Quay Daily letter every morning.</a></p>"#
        ),
    );
    let url = Url::parse("https://quaydaily.example/ferry").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(article.text.contains("It works."), "{}", article.text);
    assert!(
        article.text.contains("Tickets go on sale"),
        "{}",
        article.text
    );
    assert!(
        !article.text.contains("Quay Daily letter"),
        "{}",
        article.text
    );
    assert!(!article.text.contains("Tweet"), "{}", article.text);
}

/// A builder's text module holding a subheading and WordPress's embed of
/// another post (`<blockquote class="wp-embedded-content">` with one link)
/// keeps the subheading; the embed's link goes.
#[test]
fn a_subheading_beside_an_embedded_post_stays_the_embed_goes() {
    let module = |inner: &str| {
        format!(
            r#"<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">{inner}</div></div>"#
        )
    };
    let embed = r#"<blockquote class="wp-embedded-content" data-secret="k2"><a href="https://quaydaily.example/harbour-fees/">Harbour fees rise for the first time in a decade</a></blockquote>"#;
    for (a, b) in [
        ("<h2>What the skippers say</h2>", embed),
        (embed, "<h2>What the skippers say</h2>"),
    ] {
        let html = format!(
            r#"<html><head><title>Ferry landing reopens | Quay Daily</title></head><body><div class="vc_row"><div class="wpb_column"><div class="vc_column-inner"><div class="wpb_wrapper">
            {}{}{}
            </div></div></div></div></body></html>"#,
            module(FERRY_STORY),
            module(&format!("{a}{b}")),
            module("<p>Two skippers said the new landing would save them twenty minutes on each crossing, and one said he would add an evening run in July.</p>"),
        );
        let url = Url::parse("https://quaydaily.example/ferry").unwrap();
        let article = gleaner::extract(&html, Some(&url)).unwrap();
        assert!(
            article.text.contains("What the skippers say"),
            "{}",
            article.text
        );
        assert!(!article.text.contains("Harbour fees"), "{}", article.text);
        assert!(article.text.contains("evening run"), "{}", article.text);
    }
}

/// A box selling the site's own services: a heading that names the site
/// as a box's title ("Advertise on Brand"), over a short block that gives
/// the site's own e-mail address to write to, in words no list knows and
/// without speaking to the reader. Inside the post or at its tail, both
/// go. A paragraph giving another host's address stays.
#[test]
fn a_box_titled_with_the_site_name_giving_its_own_address_goes() {
    let boxed = r#"<div class="svc-box"><h4>Inzerce na Přístav Dnes</h4><p>Sponzorované články a bannery, přes 100 000 čtenářů měsíčně. Kontakt: reklama@pristavdnes.example</p></div>"#;
    let story = [
        "The harbour board voted on Tuesday to reopen the old ferry landing after four years of repairs to its timber piles and the stone ramp.",
        "Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.",
        "Residents asked for a later last crossing, and the board said it would look at the timetable again in the autumn.",
        "Questions about the new timetable go to the board's office at timetable@harbourboard.example, which answers within a week.",
        "The landing will close again for a week in November for an inspection of the new piles.",
    ];
    let url = Url::parse("https://pristavdnes.example/ferry-landing").unwrap();
    for at in [2, story.len()] {
        let mut body = String::new();
        for (i, p) in story.iter().enumerate() {
            if i == at {
                body.push_str(boxed);
            }
            body.push_str(&format!("<p>{p}</p>"));
        }
        if at == story.len() {
            body.push_str(boxed);
        }
        let html = format!(
            r#"<html><head><meta property="og:site_name" content="Přístav Dnes"><title>Ferry landing reopens | Přístav Dnes</title></head><body><article><h1>Ferry landing reopens</h1>{body}</article></body></html>"#
        );
        let article = gleaner::extract(&html, Some(&url)).unwrap();
        assert!(!article.text.contains("Inzerce"), "{}", article.text);
        assert!(!article.text.contains("reklama@"), "{}", article.text);
        for p in story {
            assert!(article.text.contains(p), "lost {p:?}: {}", article.text);
        }
    }
}

/// A republished post whose last paragraph promotes the original outlet
/// behind a bold lead-in ("**Keep the river news coming.** Join the
/// Marsh Gazette's members today."), before the credit naming that
/// outlet: the promotion goes with its label, not just the sentence that
/// names the outlet. A bold lead-in opening a paragraph of the story
/// stays.
#[test]
fn an_outlet_promo_behind_a_bold_lead_in_goes_with_its_label() {
    let story = [
        "<p><strong>Dredging starts.</strong> The harbour board voted on Tuesday to dredge the north channel before the summer season begins.</p>",
        "<p>Ferries will call every forty minutes from the first of May, and the board expects the busiest weekends to bring a thousand passengers a day.</p>",
        "<p>Residents asked for a later last crossing, and the board said it would look at the timetable again in the autumn.</p>",
    ];
    let promo =
        "<p><strong>Keep the river news coming.</strong> Become a Marsh Gazette member today.</p>";
    let credit = r#"<p>Originally published by <a href="https://marshgazette.example/harbour/dredging">Marsh Gazette</a></p>"#;
    let html = format!(
        r#"<html><head><meta property="og:site_name" content="Quay Daily"><title>Dredging starts | Quay Daily</title></head><body><article><h1>Dredging starts</h1>{}{promo}{credit}</article></body></html>"#,
        story.concat()
    );
    let url = Url::parse("https://quaydaily.example/dredging").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!article.text.contains("Keep the river"), "{}", article.text);
    assert!(!article.text.contains("Become a"), "{}", article.text);
    assert!(
        article.text.contains("Dredging starts."),
        "{}",
        article.text
    );
    assert!(article.text.contains("the autumn."), "{}", article.text);
}

/// A page builder's post-content module (Bricks' `brxe-post-content`)
/// whose last child is a share bar (a "Condividi con gli amici" label over share
/// buttons): the module's first child is its inner wrapper and counts as
/// the article whatever its class says, but a later child named a share
/// bar is one, and goes.
#[test]
fn a_share_bar_closing_a_builders_post_content_module_goes() {
    let story = [
        "Dopo due anni di cantiere, il mercato coperto di piazza Garibaldi riaprirà sabato mattina con ventisei banchi.",
        "I lavori sono costati tre milioni di euro, in gran parte coperti da un finanziamento regionale, e il tetto è stato rifatto.",
        "Quasi tutti i vecchi commercianti hanno scelto di tornare, e tra i nuovi arrivi ci sono un forno e una pescheria.",
    ];
    let paras: String = story.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        r#"<html><head><title>Il mercato riapre | Gazzetta del Porto</title></head><body><main><h1>Il mercato riapre</h1><div class="brxe-post-content">{paras}<div class="sharebar-inline"><span>Condividi con gli amici</span><button class="sb-fb">Facebook</button><button class="sb-tw">Twitter</button></div></div></main></body></html>"#
    );
    let url = Url::parse("https://gazzettadelporto.example/mercato").unwrap();
    let article = gleaner::extract(&html, Some(&url)).unwrap();
    assert!(!article.text.contains("gli amici"), "{}", article.text);
    for p in story {
        assert!(article.text.contains(p), "lost {p:?}: {}", article.text);
    }
}
