//! Where a republished post's credit and the site's name stand, read by
//! structure (issue #16, the second red team's pages): a credit line
//! titled with the headline below the post's prose, a credit that links
//! the outlet's home page beside the original's own page, a site's name
//! set in brackets, AMP's logo image. Pages written for these tests.

use gleaner::{Extractor, Url};

const PROSE: &str = "<p>The ferry across the estuary ran again on Monday morning after two winters in the yard, with forty passengers on board and a brass band on the quay.</p>\
<p>Its new electric motor was paid for by the harbour trust, which says the crossing now costs less to run than the old diesel launch ever did.</p>\
<p>The trust hopes to add an evening sailing in the summer if the numbers hold through the spring.</p>";

fn extract(html: &str, url: &str) -> gleaner::Article {
    let url = Url::parse(url).expect("a test URL");
    Extractor::default()
        .extract(html, Some(&url))
        .expect("the page has an article")
}

#[test]
fn a_headline_credit_below_the_prose_gives_the_source() {
    // "<a>Headline</a> – Outlet" after the post's body: a credit, not the
    // post's header (which stands above the body).
    let html = format!(
        "<html><head><title>Estuary ferry sails again after two winters ashore | Quay Notes</title></head><body>\
         <article><h1>Estuary ferry sails again after two winters ashore</h1>\
         <div class=\"entry-content\">{PROSE}</div>\
         <p><a href=\"https://estuarytimes.example/news/estuary-ferry-sails-again-two-winters-ashore\" rel=\"nofollow\">Estuary ferry sails again after two winters ashore</a> – Estuary Times</p>\
         </article></body></html>"
    );
    let a = extract(
        &html,
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://estuarytimes.example/news/estuary-ferry-sails-again-two-winters-ashore")
    );
    assert!(!a.text.contains("Estuary Times"), "{}", a.text);

    // The same line above the body, over a byline: the post's header.
    let header = format!(
        "<html><head><title>Estuary ferry sails again after two winters ashore | Quay Notes</title></head><body>\
         <article><p><a href=\"https://estuarytimes.example/news/estuary-ferry-sails-again-two-winters-ashore\">Estuary ferry sails again after two winters ashore</a> – May 4, 2025</p>\
         <div class=\"entry-content\">{PROSE}</div></article></body></html>"
    );
    let a = extract(
        &header,
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert_eq!(a.source_url, None);
    // Below the prose with a date after it: a post's header line too (a
    // list of posts, an aggregator's card), not a credit.
    let dated = format!(
        "<html><head><title>Estuary ferry sails again after two winters ashore | Quay Notes</title></head><body>\
         <article><div class=\"entry-content\">{PROSE}</div>\
         <p><a href=\"https://estuarytimes.example/news/estuary-ferry-sails-again-two-winters-ashore\">Estuary ferry sails again after two winters ashore</a> by Ann Rowe, May 4, 2025</p>\
         </article></body></html>"
    );
    let a = extract(
        &dated,
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert_eq!(a.source_url, None);
}

#[test]
fn a_permalink_beside_the_outlets_home_link_is_the_source() {
    let html = format!(
        "<html><head><title>Estuary ferry sails again after two winters ashore</title></head><body>\
         <article><h1>Estuary ferry sails again after two winters ashore</h1>{PROSE}\
         <div class=\"attribution\"><p>This entry was syndicated from <a href=\"https://estuarytimes.example/\">Estuary Times</a>. \
         <a href=\"https://estuarytimes.example/2025/05/ferry-back/\" rel=\"bookmark\">Permalink to the original post</a>.</p></div>\
         </article></body></html>"
    );
    let a = extract(
        &html,
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://estuarytimes.example/2025/05/ferry-back/")
    );
    // A credit line with only the home link keeps the home page.
    let home_only = html.replace(
        " <a href=\"https://estuarytimes.example/2025/05/ferry-back/\" rel=\"bookmark\">Permalink to the original post</a>.",
        "",
    );
    let a = extract(
        &home_only,
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://estuarytimes.example/")
    );
}

#[test]
fn a_site_name_in_brackets_or_an_amp_logo_is_the_bare_name() {
    // No og:site_name, no name in the title: the name comes from the
    // page. A sign-off spelling the host in brackets names "Quay Notes".
    let page = |logo: &str| {
        format!(
            "<html><head><title>Estuary ferry sails again after two winters ashore</title></head><body>\
             <header>{logo}</header>\
             <article><h1>Estuary ferry sails again after two winters ashore</h1>{PROSE}\
             <p><strong>[Quay Notes]</strong></p></article></body></html>"
        )
    };
    let a = extract(&page(""), "https://www.quaynotes.example/ferry/");
    assert_eq!(a.site_name.as_deref(), Some("Quay Notes"));
    assert!(!a.text.contains("[Quay Notes]"), "{}", a.text);
    // AMP's logo image names the site like an `<img>`.
    let amp = page(
        "<div class=\"amp-logo\"><amp-img src=\"https://www.quaynotes.example/logo.png\" alt=\"Quay Notes Daily\" class=\"amp-logo\"></amp-img></div>",
    )
    .replace("<p><strong>[Quay Notes]</strong></p>", "");
    let a = extract(&amp, "https://www.quaynotes.example/ferry/");
    assert_eq!(a.site_name.as_deref(), Some("Quay Notes Daily"));
}

#[test]
fn a_box_asking_the_reader_over_the_sites_offer_goes_whole() {
    // On a republished post, a box whose title asks the reader and whose
    // text names the site, calling to one of its own pages: the site
    // selling itself, title included.
    let page = |title: &str| {
        format!(
            "<html><head><title>Estuary ferry sails again after two winters ashore</title>\
             <meta property=\"og:site_name\" content=\"Quay Notes\"></head><body>\
             <article><h1>Estuary ferry sails again after two winters ashore</h1>{PROSE}\
             <p>The trust will publish its passenger figures at the end of the season, it said.</p>\
             <div class=\"house-box\"><h4>{title}</h4><p>Quay Notes Studio builds fast news websites from $299. \
             <a href=\"https://quaynotes.example/web-design/\">Get a free quote</a></p></div>\
             <p>Source: <a href=\"https://estuarytimes.example/news/estuary-ferry-sails-again-two-winters-ashore\">Estuary Times</a></p>\
             </article></body></html>"
        )
    };
    let a = extract(
        &page("Need a website like this one?"),
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert!(a.source_url.is_some());
    assert!(!a.text.contains("Need a website"), "{}", a.text);
    assert!(!a.text.contains("Studio builds"), "{}", a.text);
    assert!(a.text.contains("passenger figures"), "{}", a.text);
    // A subheading stating a topic over the same text is not asked of the
    // reader: the box is not told by its title.
    let a = extract(
        &page("Harbour websites"),
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert!(a.text.contains("Harbour websites"), "{}", a.text);
}

#[test]
fn a_box_asking_the_reader_goes_in_the_middle_of_the_post_too() {
    let html = format!(
        "<html><head><title>Estuary ferry sails again after two winters ashore</title>\
         <meta property=\"og:site_name\" content=\"Quay Notes\"></head><body>\
         <article><h1>Estuary ferry sails again after two winters ashore</h1>{PROSE}\
         <div class=\"house-box\"><h4>Need a website like this one?</h4><p>Quay Notes Studio builds fast news websites from $299. \
         <a href=\"https://quaynotes.example/web-design/\">Get a free quote</a></p></div>\
         {PROSE}{PROSE}\
         <p>Source: <a href=\"https://estuarytimes.example/news/estuary-ferry-sails-again-two-winters-ashore\">Estuary Times</a></p>\
         </article></body></html>"
    );
    let a = extract(
        &html,
        "https://quaynotes.example/estuary-ferry-sails-again/",
    );
    assert!(!a.text.contains("Need a website"), "{}", a.text);
}

#[test]
fn a_chat_launchers_label_beside_its_bubble_goes() {
    let page = |label: &str| {
        format!(
            "<html><head><title>Estuary ferry sails again after two winters ashore</title></head><body>\
             <article><h1>Estuary ferry sails again after two winters ashore</h1>{PROSE}\
             <div class=\"wbox\"><div class=\"wbox-b\"><span>{label}</span></div>\
             <div class=\"wbox-u\"><p>Hi there 👋 How can we help you today?</p></div></div>\
             </article></body></html>"
        )
    };
    let a = extract(
        &page("Talk to our crew"),
        "https://quaynotes.example/ferry/",
    );
    assert!(!a.text.contains("Talk to our crew"), "{}", a.text);
    assert!(!a.text.contains("How can we help"), "{}", a.text);
    assert!(a.text.contains("evening sailing"), "{}", a.text);
    // A sentence of the post beside it stays.
    let a = extract(
        &page("The crew answered every question."),
        "https://quaynotes.example/ferry/",
    );
    assert!(a.text.contains("every question"), "{}", a.text);
}

#[test]
fn a_caption_that_is_the_images_name_with_its_counter_goes() {
    let html = format!(
        "<html><head><title>Estuary ferry sails again after two winters ashore</title></head><body>\
         <article><h1>Estuary ferry sails again after two winters ashore</h1>\
         <p><img src=\"https://quaynotes.example/uploads/capture17.jpg\" alt=\"\"><br><em>Capture17</em></p>{PROSE}\
         </article></body></html>"
    );
    let a = extract(&html, "https://quaynotes.example/ferry/");
    assert!(!a.text.contains("Capture17"), "{}", a.text);
}
