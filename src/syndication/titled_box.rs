//! Rule `notice.signup-box-titled` (family `widget:text`; it bounds the
//! signup box that `notice.signup-box` removes the pieces of).
//!
//! Concept: a signup box is a form with its title and its promise ("The
//! morning newsletter", "The day's news in your inbox"); the box's text is
//! found by climbing from its e-mail field while the text stays short
//! ([`super::notices::signup_box`]). A box whose title the climb has
//! reached is whole: a title heads one box. A wrapper above it that adds
//! text holds the box beside other blocks — a page builder's text module
//! holding the form and the post's next paragraph — and that paragraph
//! is the post's, however short.
//! Scope: the climb of [`super::notices::signup_box`]; once the box
//! found so far holds a title — a heading (`<h1>`–`<h6>`), an element
//! whose class names a title ("form-title", "sib_title": the word
//! `title` or `heading` between joints), or a paragraph all in bold (a
//! title set as a bold line) — a wrapper with more text ends the climb.
//! Note: a box titled outside its form (`<div><h4>Title</h4><p>Promise
//! </p><form>…</form></div>`) reaches its title, promise and form at the
//! same wrapper, and is read whole as before.

use scraper::ElementRef;

/// Whether `el` holds a title (a heading, an element whose class names a
/// title, a paragraph all in bold): the box it wraps has its title.
pub(super) fn holds_title(el: ElementRef<'_>) -> bool {
    el.descendants().filter_map(ElementRef::wrap).any(|e| {
        matches!(e.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            || e.value().attr("class").is_some_and(names_title)
            || bold_line(e)
    })
}

/// Whether a class value holds the word "title" or "heading" (whole,
/// between the joints `-` and `_`).
fn names_title(class: &str) -> bool {
    class
        .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
        .any(|w| w.eq_ignore_ascii_case("title") || w.eq_ignore_ascii_case("heading"))
}

/// Whether `el` is a `<p>` whose text is all in one bold child (`<strong>`
/// or `<b>`), and has some.
fn bold_line(el: ElementRef<'_>) -> bool {
    if el.value().name() != "p" {
        return false;
    }
    let mut bold = None;
    for child in el.children() {
        match child.value() {
            scraper::Node::Text(t) if !t.trim().is_empty() => return false,
            scraper::Node::Element(e) => {
                if bold.is_some() || !matches!(e.name(), "strong" | "b") {
                    return false;
                }
                bold = ElementRef::wrap(child);
            }
            _ => {}
        }
    }
    bold.is_some_and(|b| b.text().any(|t| !t.trim().is_empty()))
}
