//! The last paragraph of a post in a text module of its own, beside a
//! credit's link and a widget's (issue 16): the module's link density is
//! its prose's, the credit and the widget lines apart
//! (`clean:block-link-density` must not take the paragraph with them).
//! A page builder puts the last paragraph, the autoblog's credit and the
//! theme's boxes into one module; the credit goes later, by the
//! syndication stage.

use gleaner::{Extractor, Url};

/// A story of our own: four paragraphs in the first text module.
const STORY: &str = r#"
<p>The old tram depot by the canal will become a covered market, the city decided on Tuesday after a year of talks with the traders.</p>
<p>Forty stalls will fill the main hall, and the glass roof over the tracks is to be cleaned and repaired before the first market day.</p>
<p>"We kept the rails in the floor on purpose," said the architect, who grew up two streets away from the depot and its sheds.</p>
<p>The conversion will cost about four million, half of it paid by a regional fund for the reuse of empty industrial buildings.</p>
"#;

const FIRST: &str = "The old tram depot by the canal";

fn page(last_module: &str) -> String {
    format!(
        r#"<html><head><title>Tram depot to become a market | Canal Post</title></head>
        <body><header class="site-header"><a class="site-title" href="/">Canal Post</a>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/city/">City</a></li><li><a href="/about/">About</a></li></ul></nav></header>
        <main><article class="post"><h1 class="entry-title">Tram depot to become a market</h1>
        <div class="entry-content">
        {STORY}
        <div class="text-module">{last_module}</div>
        </div></article></main>
        <footer class="site-footer"><p>© 2024 Canal Post</p></footer></body></html>"#
    )
}

fn extract(html: &str) -> gleaner::Article {
    let url = Url::parse("https://canalpost.example/tram-depot-market/").unwrap();
    Extractor::builder()
        .explain(true)
        .build()
        .extract(html, Some(&url))
        .unwrap()
}

fn keeps(module: &str, last: &str) {
    keeps_in(&page(module), last);
}

/// Extracts `html` (the story's page around a module): the first
/// paragraph and `last` are kept; a loss lists the removals.
fn keeps_in(html: &str, last: &str) {
    let a = extract(html);
    let why: Vec<String> = a
        .removed
        .iter()
        .map(|r| format!("[{}] {}", r.reason, r.preview))
        .collect();
    assert!(a.text.contains(FIRST), "{}", a.text);
    assert!(a.text.contains(last), "lost {last:?}: {}\n{why:#?}", a.text);
}

#[test]
fn a_source_address_right_after_the_last_sentence_is_a_line_apart() {
    // The sentence ends, the link follows at once: a bare address, or a
    // "Go to the source" link.
    let last = "A second hall for food stands may follow in a few years.";
    for link in [
        "https://harbourgazette.example.org/city/2024/tram-depot-covered-market-plan.html",
        "Go to the source",
    ] {
        keeps(
            &format!(
                r#"<div>{last} <a href="https://harbourgazette.example.org/city/2024/tram-depot-covered-market-plan.html">{link}</a></div>"#
            ),
            last,
        );
    }
}

#[test]
fn a_notification_toggle_after_the_prose_closes_the_module() {
    let last = "The first market day is planned for the spring.";
    keeps(
        &format!(
            r##"<p>{last}</p>
            <p class="post-source">Source: <a href="https://harbourgazette.example.org/news/tram-depot-market-812">The Harbour Gazette and Evening Courier</a></p>
            <p class="push-inline"><a href="#" class="bell">🔔 Never miss a story: turn on notifications</a></p>"##
        ),
        last,
    );
}

#[test]
fn a_toggle_ahead_of_the_prose_still_makes_a_panel() {
    // An accordion: the question is a toggle, the answer the prose it
    // opens; with a link line beside it, the panel is judged as a whole.
    let module = r##"<p><a href="#" class="toggle">Where will the traders park their vans?</a></p>
        <p><a href="https://harbourgazette.example.org/parking">See the parking map of the district</a></p>
        <p>On the old bus lot.</p>"##;
    let a = extract(&page(module));
    assert!(a.text.contains(FIRST), "{}", a.text);
    assert!(
        !a.text.contains("Where will the traders park"),
        "{}",
        a.text
    );
}

/// A story of two builder rows: the prose in the first, the last
/// paragraph, a credit and `closing` in the second.
fn two_row_page(last: &str, closing: &str) -> String {
    let row = |inner: &str| {
        format!(
            r#"<div class="row-wrap"><div class="row-cell"><div class="text-box"><div class="text-box-inner">{inner}</div></div></div></div>"#
        )
    };
    format!(
        r#"<html><head><title>Tram depot to become a market | Canal Post</title></head>
        <body><header class="site-header"><a class="site-title" href="/">Canal Post</a>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/city/">City</a></li><li><a href="/about/">About</a></li></ul></nav></header>
        <main><article class="post"><h1 class="entry-title">Tram depot to become a market</h1>
        <div class="entry-content">{}{}</div></article></main>
        <footer class="site-footer"><p>© 2024 Canal Post</p></footer></body></html>"#,
        row(STORY),
        row(&format!(
            r#"<p>{last}</p>
            <p><em>This story first ran in <a href="https://harbourgazette.example.org/">The Harbour Gazette</a>.</em></p>
            {closing}"#
        )),
    )
}

/// A chat app's click-to-chat button (`wa.me/<number>`,
/// `api.whatsapp.com/send?phone=…`) opens a conversation, not a page: an
/// action closing the module, like a share bar, and no link of its prose.
#[test]
fn a_click_to_chat_button_closes_the_module() {
    let last = "The market opens at eight on weekdays.";
    for chat in [
        // A box of a greeting and its button, no vendor's class.
        r#"<div class="bx-7f2"><div class="bx-say"><span>Hi, anything we can do?</span></div><a class="bx-btn" href="https://wa.me/15550100999">Write to us</a></div>"#,
        // A titled box whose button is the chat's toggle.
        r#"<div class="bx-7f2"><div class="bx-head"><h3>Hi!</h3><p>Pick one of our team to talk to.</p></div><a class="bx-open" href="https://api.whatsapp.com/send?phone=15550100999"><span>Need a hand?</span></a></div>"#,
    ] {
        let a = extract(&two_row_page(last, chat));
        assert!(a.text.contains(FIRST), "{}", a.text);
        assert!(
            a.text.contains(last),
            "lost {last:?}: {}\n{:#?}",
            a.text,
            a.removed
        );
    }
}

#[test]
fn a_span_wrapping_the_last_paragraph_and_its_source_address_is_read_through() {
    // A builder wraps the paragraph's whole content in a `<span>`: the
    // sentence's end before the address is found inside it.
    let last = "The traders will vote on the stall fees in November.";
    keeps(
        &format!(
            r#"<p class="tp-paragraph"><span class="cp-color">{last} <a href="https://harbourgazette.example.org/city/2024/tram-depot-covered-market-plan.html">https://harbourgazette.example.org/city/2024/tram-depot-covered-market-plan.html</a></span></p>"#
        ),
        last,
    );
}

/// A bar of actions on this page: share it on a network, send it, copy
/// its link.
const ACTION_BAR: &str = r##"<div class="inline-cta-row"><div class="cta-label">Pass it on</div><div class="cta-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcanalpost.example%2Ftram-depot-market%2F"><span>Facebook</span></a><a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fcanalpost.example%2Ftram-depot-market%2F"><span>WhatsApp</span></a><a href="#"><span>Copy Link</span></a></div></div>"##;

/// A block editor's page: the story in layout boxes of one kind, `module`
/// in one of them between the story's.
fn boxed_page(module: &str) -> String {
    let p: Vec<&str> = STORY.trim().lines().collect();
    format!(
        r#"<html><head><title>Tram depot to become a market | Canal Post</title></head>
        <body><header class="site-header"><a class="site-title" href="/">Canal Post</a></header>
        <main><article class="post"><h1 class="entry-title">Tram depot to become a market</h1>
        <div class="entry-content">
        <div class="layout-box"><div class="layout-inner">{}{}</div></div>
        <div class="layout-box"><div class="layout-inner">{module}</div></div>
        <div class="layout-box"><div class="layout-inner">{}{}</div></div>
        </div></article></main>
        <footer class="site-footer"><p>© 2024 Canal Post</p></footer></body></html>"#,
        p[0], p[1], p[2], p[3]
    )
}

fn keeps_boxed(module: &str, last: &str) {
    keeps_in(&boxed_page(module), last);
}

#[test]
fn a_bar_of_page_actions_under_the_credit_lines_is_no_line_apart() {
    // The last paragraph, the outlet's link, a "read also" line and a bar
    // of actions: the bar is no link to another page, the two link lines
    // stand apart.
    let last = "A plaque by the gate will tell the depot's history.";
    keeps_boxed(
        &format!(
            r#"<p><span>{last}</span></p>
            <p>📰 <a href="https://harbourgazette.example.org/city/tram-depot-market.html">Harbour Gazette</a></p>
            <p>Read also: <a href="https://canalpost.example/bridge-repairs/">Bridge repairs begin on the canal</a></p>
            {ACTION_BAR}"#
        ),
        last,
    );
}

#[test]
fn a_bar_of_page_actions_above_the_prose_opens_nothing() {
    // The bar opens the module, its "Copy Link" a bare `#`: no toggle
    // that opens the prose under it.
    let last = "Stall rents will be set by the council after a vote of the traders.";
    keeps_boxed(
        &format!(
            r#"{ACTION_BAR}
            <p>{last}</p>
            <p><strong>ALSO READ:</strong> <a href="https://canalpost.example/bridge-repairs/">Bridge repairs begin on the canal</a></p>"#
        ),
        last,
    );
}
