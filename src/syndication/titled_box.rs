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
//! found so far holds a heading (`<h1>`–`<h6>`), a wrapper with more text
//! ends the climb.
//! Note: a box titled outside its form (`<div><h4>Title</h4><p>Promise
//! </p><form>…</form></div>`) reaches its title, promise and form at the
//! same wrapper, and is read whole as before.

use scraper::ElementRef;

/// Whether `el` holds a heading: the box it wraps has its title.
pub(super) fn holds_title(el: ElementRef<'_>) -> bool {
    el.descendants()
        .filter_map(ElementRef::wrap)
        .any(|e| matches!(e.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
}
