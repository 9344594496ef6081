//! The body's cousins (blocks of the body's class near it, joined to the
//! body) are never inside a heading: an Oxygen-built post sets the
//! headline's words in a span of the same class as the span holding the
//! post's text (`ct-span`), and the headline is a title, not a part of
//! the body. Pages written for this suite.

mod story;

use gleaner::Article;

const HEADLINE: &str = "Harbour ferry crews learn to repair their own engines this winter";

const BODY: &str = "The ferry company that runs the three boats across the harbour has \
    started a course for its own crews, so that the small repairs that used to wait for a \
    mechanic from the mainland can be done on the quay the same day; the idea came from a \
    skipper who counted the crossings lost last year to a broken pump or a loose belt, and \
    since October eight deckhands have spent two evenings a week in the workshop behind the \
    ticket office, taking apart an old engine that the company bought for the purpose.";

fn extract(html: &str) -> Article {
    story::extract(
        html,
        "https://harbourside.example.org/ferry-crews-repair-course/",
    )
}

/// An Oxygen-builder single post: the headline in a `ct-span` inside the
/// `<h1>`, the text in a `ct-span` inside a text block beside it.
fn oxygen_page() -> String {
    format!(
        "<html><head><title>{HEADLINE} – Harbourside</title></head><body>\
         <header class=\"site-header\"><a class=\"site-title\" href=\"/\">Harbourside</a>\
         <nav><a href=\"/news/\">News</a> <a href=\"/boats/\">Boats</a> \
         <a href=\"/events/\">Events</a></nav></header>\
         <section id=\"section-2-7\" class=\"ct-section\"><div class=\"ct-section-inner-wrap\">\
         <h1 id=\"headline-3-7\" class=\"ct-headline\"><span id=\"span-4-7\" class=\"ct-span\">\
         {HEADLINE}</span></h1>\
         <div class=\"ct-text-block post-date\"><time>3 November 2025</time></div>\
         <div id=\"text_block-5-7\" class=\"ct-text-block\">\
         <div id=\"span-6-7\" class=\"ct-span oxy-stock-content-styles\"><p>{BODY}</p></div></div>\
         </div></section>\
         <footer class=\"site-footer\"><p>© 2025 Harbourside.</p></footer></body></html>"
    )
}

#[test]
fn headline_span_of_the_text_class_is_no_part_of_the_body() {
    let a = extract(&oxygen_page());
    assert!(
        a.text.contains("taking apart an old engine"),
        "lost the body:\n{}",
        a.text
    );
    assert!(
        !a.text.contains(HEADLINE),
        "the headline joined the body:\n{}",
        a.text
    );
}
