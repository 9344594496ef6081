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
//! found so far holds a heading (`<h1>`–`<h6>`) or a title written as a
//! paragraph all in bold (`<p><strong>The morning letter</strong></p>`, a
//! form builder's title inside its form), a wrapper with more text ends
//! the climb.
//! Note: a box titled outside its form (`<div><h4>Title</h4><p>Promise
//! </p><form>…</form></div>`) reaches its title, promise and form at the
//! same wrapper, and is read whole as before.

use scraper::ElementRef;

/// Whether `el` holds a heading, or a paragraph whose text is all bold:
/// the box it wraps has its title.
pub(super) fn holds_title(el: ElementRef<'_>) -> bool {
    el.descendants().filter_map(ElementRef::wrap).any(|e| {
        matches!(e.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            || e.value().name() == "p" && all_bold(e)
    })
}

/// Whether `p` has text and all of it stands inside `<strong>` or `<b>`.
fn all_bold(p: ElementRef<'_>) -> bool {
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
