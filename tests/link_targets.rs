//! A link's target says what it is (issue 16): a share link carries the
//! page's own address in its query, a `mailto:` link or a sign-up button
//! (`#/portal`) is an action on the page, not a link to another story.
//! Such links after a block's prose do not make the block a link box. On
//! pages written for this suite.

use gleaner::{Article, Extractor, Url};

const PAGE_URL: &str = "https://harbourtown.example.net/2024/05/ferry-timetable/";

fn extract(html: &str, url: Option<&str>) -> Article {
    let url = url.map(|u| Url::parse(u).expect("static URL"));
    match Extractor::default().extract(html, url.as_ref()) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

/// A builder page: two text modules of the same kind, the second closing
/// with a credit, a channel link and `closing` (a share bar).
fn builder_page(closing: &str) -> String {
    let module = |inner: &str| {
        format!(
            "<div class=\"tb_text_column tb_content_element\"><div class=\"tb_wrapper\">{inner}</div></div>"
        )
    };
    let first = module(
        "<p>The harbour board has published a new winter timetable for the island ferry, with two extra crossings on weekday mornings.</p>\
         <p>Commuters had asked for the early crossings for years, saying that the first boat left them waiting on the quay in the dark.</p>\
         <p>The board said the change was possible because the second vessel is back from its refit and can run a full winter season.</p>",
    );
    let second = module(&format!(
        "<blockquote><p>We waited in the dark for years, so this is good news.</p></blockquote>\
         <p>Fares stay the same until March, when a small rise, agreed by the board last year, takes effect for single tickets bought on the quay.</p>\
         <p>Source: <a href=\"https://gazette.example.org/news/ferry\">Harbour Gazette</a></p>\
         <div class=\"channels\"><a href=\"https://chat.example.com/channel/88\">Follow our channel</a></div>\
         {closing}"
    ));
    format!(
        "<html><head><title>Ferry adds early crossings</title>\
         <link rel=\"canonical\" href=\"{PAGE_URL}\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a> <a href=\"/sport\">Sport</a></nav>\
         <main><h1>Ferry adds early crossings</h1><div class=\"tb_row\"><div class=\"tb_column\">\
         {first}{second}</div><div class=\"tb_column\"><div class=\"tb_widgets\">{}</div></div></div></main>\
         <footer><p>Harbourtown Notes, published weekly.</p></footer></body></html>",
        sidebar()
    )
}

/// A widget column beside the article: the modules, not a container of
/// both, are the body's roots.
fn sidebar() -> String {
    let recent: String = (1..9)
        .map(|k| format!("<li><a href=\"/2024/0{k}/story-{k}/\">Story number {k} about the harbour and the town</a></li>"))
        .collect();
    format!(
        "<section class=\"widget\"><h2>Recent</h2><ul>{recent}</ul></section>\
         <section class=\"widget\"><h2>About</h2><p>Harbourtown Notes is a weekly paper for the island and the quay, written by volunteers.</p></section>"
    )
}

/// Share links to sharers carrying the page's address (encoded) and a
/// `mailto:` link.
const SHARE_BAR: &str = "<div class=\"counts-wrap\">\
    <a href=\"https://social.example.com/sharer.php?u=https%3A%2F%2Fharbourtown.example.net%2F2024%2F05%2Fferry-timetable%2F\">Facebook</a>\
    <a href=\"https://micro.example.com/share?url=https%3A%2F%2Fharbourtown.example.net%2F2024%2F05%2Fferry-timetable%2F&amp;text=Ferry\">Tweet</a>\
    <a href=\"mailto:?subject=Ferry%20adds%20early%20crossings\">Email</a></div>";

/// The same labels, linking to other pages.
const LINK_BAR: &str = "<div class=\"counts-wrap\">\
    <a href=\"https://social.example.com/harbourtown\">Facebook</a>\
    <a href=\"https://micro.example.com/harbourtown\">Tweet</a>\
    <a href=\"https://harbourtown.example.net/newsletter\">Email</a></div>";

#[test]
fn a_module_closing_with_a_share_bar_is_the_articles() {
    for url in [Some(PAGE_URL), None] {
        let a = extract(&builder_page(SHARE_BAR), url);
        assert!(
            a.text.contains("Fares stay the same until March"),
            "{url:?}: {}",
            a.text
        );
        assert!(a.text.contains("We waited in the dark"), "{}", a.text);
        // The bar itself, all actions, stays out.
        assert!(!a.text.contains("Tweet"), "{}", a.text);
    }
}

#[test]
fn the_same_labels_linking_to_other_pages_make_a_link_box() {
    // The control: with links to other pages the module's density is over
    // the limit, so the share bar's targets are what keeps it.
    let a = extract(&builder_page(LINK_BAR), Some(PAGE_URL));
    assert!(a.text.contains("harbour board"), "{}", a.text);
    assert!(
        !a.text.contains("Fares stay the same until March"),
        "{}",
        a.text
    );
}

#[test]
fn a_sign_up_button_on_a_script_route_is_an_action() {
    let signup = "<div><a href=\"#/portal\" data-portal=\"signup\">\
        <span>Your email address</span> <span>Sign me up for the weekly letter</span></a></div>";
    let a = extract(&builder_page(signup), Some(PAGE_URL));
    assert!(
        a.text.contains("Fares stay the same until March"),
        "{}",
        a.text
    );
}

/// A builder page of three text modules of one kind: the middle one holds
/// a subheading and `lines` (link lines).
fn three_modules(lines: &str) -> String {
    let module = |inner: &str| {
        format!(
            "<div class=\"tb_section\"><div class=\"tb_row\"><div class=\"tb_module tb_text\">\
             <div class=\"tb_text_inner\">{inner}</div></div></div></div>"
        )
    };
    format!(
        "<html><head><title>Ferry adds early crossings</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><main>\
         <h1>Ferry adds early crossings</h1><div class=\"tb_builder\">{}{}{}</div></main>\
         <footer><p>Harbourtown Notes, published weekly.</p></footer></body></html>",
        module(
            "<p>The harbour board has published a new winter timetable for the island ferry, with two extra crossings on weekday mornings.</p>\
             <p>Commuters had asked for the early crossings for years, saying that the first boat left them waiting on the quay in the dark.</p>"
        ),
        module(&format!("<h3>How the board found the boat</h3>{lines}")),
        module(
            "<p>The second vessel is back from its refit in the spring and can run a full winter season without a long break.</p>\
             <p>Fares stay the same until March, when a small rise, agreed by the board last year, takes effect for single tickets.</p>"
        ),
    )
}

#[test]
fn a_subheadings_module_with_a_link_line_joins_the_body() {
    for lines in [
        "<div class=\"channels\"><a href=\"https://chat.example.com/channel/88\">Follow our channel for the timetable</a></div>",
        "<p><strong>Read also:</strong> <a href=\"https://harbourtown.example.net/2024/04/bus-times/\">Buses to the quay run later from May</a></p>",
    ] {
        let a = extract(&three_modules(lines), Some(PAGE_URL));
        assert!(a.text.contains("How the board found the boat"), "{}", a.text);
        assert!(a.text.contains("second vessel"), "{}", a.text);
    }
}

#[test]
fn a_list_of_links_under_a_heading_is_no_module_of_the_article() {
    let list = "<ul><li><a href=\"https://harbourtown.example.net/2024/04/bus-times/\">Buses to the quay run later from May</a></li>\
        <li><a href=\"https://harbourtown.example.net/2024/03/pier/\">The pier reopens after the storm</a></li></ul>";
    let a = extract(&three_modules(list), Some(PAGE_URL));
    assert!(
        !a.text.contains("How the board found the boat"),
        "{}",
        a.text
    );
}
