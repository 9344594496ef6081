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
            || e.value().name() == "p" && all_bold(e)
    })
}

/// Whether a class value holds the word "title" or "heading" (whole,
/// between the joints `-` and `_`).
fn names_title(class: &str) -> bool {
    class
        .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
        .any(|w| w.eq_ignore_ascii_case("title") || w.eq_ignore_ascii_case("heading"))
}

/// Whether `p` has text and all of it stands inside `<strong>` or `<b>`
/// (a title set as a bold line).
pub(super) fn all_bold(p: ElementRef<'_>) -> bool {
    let mut any = false;
    for t in p.descendants() {
        let Some(text) = t.value().as_text() else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        any = true;
        let bold = t
            .ancestors()
            .take_while(|a| a.id() != p.id())
            .filter_map(ElementRef::wrap)
            .any(|a| matches!(a.value().name(), "strong" | "b"));
        if !bold {
            return false;
        }
    }
    any
}
