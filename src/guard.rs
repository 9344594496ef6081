//! The linear guard in front of html5ever.
//!
//! html5ever's tree builder does work proportional to the depth of its stack
//! of open elements for many start tags (scope checks), so deeply nested
//! input costs quadratic time: 20,000 nested `<div>`s take seconds, 100,000
//! take minutes. Its tokenizer checks each attribute against the ones before
//! it, so a tag with 100,000 attributes also costs quadratic time. Browsers
//! bound the first case (Blink stops nesting at a depth of 512).
//!
//! [`bound`] is one cheap pass over the HTML text that rewrites the input the
//! way a browser bounds it, before html5ever sees it:
//!
//! - a start tag that would open an element deeper than
//!   [`Limits::max_depth`] is dropped (its text is kept, it becomes part of
//!   the element at the limit), and so is its end tag;
//! - attributes beyond [`Limits::max_attributes`] in one tag are dropped;
//! - attribute values longer than [`Limits::max_attribute_len`] bytes are
//!   truncated.
//!
//! The depth it tracks is a model of html5ever's stack of open elements:
//! implied end tags, scope boundaries, foreign content (SVG, MathML), raw
//! text elements (`<script>`, `<style>`, `<textarea>`, `<title>`, ...),
//! comments, void elements and self-closing syntax, and formatting elements
//! that html5ever reopens after they were implicitly closed. Where the
//! model cannot be sure what html5ever does, it assumes the deeper stack, so
//! that html5ever never nests deeper than a small multiple of the limit;
//! ordinary pages are far from the limit and come back unchanged (borrowed).
//!
//! When extraction runs the guard, the same pass also leaves out what
//! extraction never reads: `<style>`, `<noscript>` and `<script>` other
//! than JSON-LD whole, tags too (their bodies alone when the end tag is
//! not a plain `</script>`), the bodies of `<svg>` images (keeping their
//! tags), comments, the head's `<meta>` tags whose keys no stage reads
//! (`viewport`, `robots`, `theme-color`, ...) and its `<link>` tags whose
//! `rel` no stage reads (stylesheets, preloads, icons),
//! and the attributes it never reads (`data-*` but lazy image sources,
//! `aria-*` but `aria-hidden` and `aria-labelledby`, `on*` handlers, a `style` that cannot hide
//! the element, presentation, loading and form attributes such as `width`,
//! `target`, `loading` or a `title` other than a `<link>`'s, and script
//! frameworks' bindings (`x-data`, `:src`, `@click`); kept when the caller set CSS
//! selector rules, which may match any attribute).
//! They are about half the bytes of a typical news page, so html5ever
//! tokenizes half as much; the extracted article is the same as from the
//! full tree ([`crate::Extractor::extract_document`]), which a property test
//! checks. The public [`bound`] leaves them in.
//!
//! The pass is linear in the input and never panics, whatever the text.

use crate::text::find2;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The bounds the guard enforces. See the [module docs](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    /// Deepest element nesting passed to the parser; deeper start tags are
    /// dropped, keeping their text.
    pub max_depth: usize,
    /// Most attributes kept in one tag; later ones are dropped.
    pub max_attributes: usize,
    /// Longest attribute value kept, in bytes; longer values are truncated
    /// (at a character boundary).
    pub max_attribute_len: usize,
}

impl Limits {
    /// Default of [`max_depth`](Self::max_depth): 512, Blink's limit.
    pub const DEFAULT_MAX_DEPTH: usize = 512;
    /// Default of [`max_attributes`](Self::max_attributes): 256.
    pub const DEFAULT_MAX_ATTRIBUTES: usize = 256;
    /// Default of [`max_attribute_len`](Self::max_attribute_len): 64 KiB,
    /// room for inline `data:` images of icons, not for megabyte class names.
    pub const DEFAULT_MAX_ATTRIBUTE_LEN: usize = 64 << 10;
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: Self::DEFAULT_MAX_DEPTH,
            max_attributes: Self::DEFAULT_MAX_ATTRIBUTES,
            max_attribute_len: Self::DEFAULT_MAX_ATTRIBUTE_LEN,
        }
    }
}

/// What the guard changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Start and end tags dropped for the depth limit.
    pub dropped_tags: usize,
    /// Attributes dropped for the attribute limit (including all attributes
    /// of repeated `<html>` and `<body>` tags, which html5ever would merge
    /// at quadratic cost).
    pub dropped_attributes: usize,
    /// Attribute values truncated.
    pub truncated_values: usize,
    /// Start tags seen (kept or dropped): a lower bound on the elements the
    /// parser will build, known before it builds them.
    pub start_tags: usize,
}

impl Report {
    /// Whether the input came back unchanged.
    pub fn is_unchanged(&self) -> bool {
        self.dropped_tags == 0 && self.dropped_attributes == 0 && self.truncated_values == 0
    }
}

/// Bounds `html` by `limits`; borrowed when nothing needed changing.
///
/// ```
/// use gleaner::guard::{bound, Limits};
/// let limits = Limits { max_depth: 3, ..Limits::default() };
/// let html = "<div><div><div><div><div>deep</div></div></div></div></div>";
/// assert_eq!(bound(html, &limits), "<div><div><div>deep</div></div></div>");
/// assert!(matches!(bound("<p>fine</p>", &limits), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn bound<'a>(html: &'a str, limits: &Limits) -> Cow<'a, str> {
    bound_with_report(html, limits).0
}

/// [`bound`], also saying what was changed.
pub fn bound_with_report<'a>(html: &'a str, limits: &Limits) -> (Cow<'a, str>, Report) {
    guard(html, limits, Elide::default())
}

/// [`bound_with_report`], also leaving out the raw text elements that
/// extraction never reads: `<style>`, `<noscript>` and every `<script>`
/// but JSON-LD (`type="application/ld+json"`). They go whole, start and end
/// tags too, when the end tag is a plain `</name>`: no stage reads such an
/// element (the DOM index marks it dead, text readers skip it), and
/// html5ever builds the same tree around it without it (it implies no
/// other element). Else only the body goes and the element stays empty.
/// A script body that contains `<!--` is kept, because html5ever's escaped
/// script states may end it somewhere else than the first `</script>`.
/// This halves the bytes html5ever tokenizes on a typical news page
/// (inline scripts and styles are about 45 % of it) and spares it one
/// element in twenty. The elided bytes are not counted as changes in the
/// [`Report`]; a left-out element is not counted in its `start_tags`.
///
/// Outside `<pre>`, a line break that opens a text trades places with the
/// blank after it (see `Guard::lift_line_break`); the output is never
/// longer than the input.
///
/// With `attributes`, it also leaves out the attributes extraction never
/// reads: event handlers (`on*`), `aria-*` but `aria-hidden` and `aria-labelledby`, and `data-*`
/// but the lazy-loading image sources (`data-src`, `data-lazy-src`,
/// `data-original`, `data-srcset`); and whitespace-only text between
/// block-level tags or at a block's edges (see `Guard::text_before`). The caller turns this off
/// when user CSS selectors might match such attributes or see such text
/// (`:empty`).
///
/// With `head` (the metadata's [`HeadReads`]), it also leaves out the
/// head's `<meta>` and `<link>` tags no stage reads (see
/// `Guard::unread_head_void`). The guard does not know what the stages
/// read: the caller says (the guard sits below them).
pub(crate) fn bound_for_extraction<'a>(
    html: &'a str,
    limits: &Limits,
    attributes: bool,
    head: Option<HeadReads>,
) -> (Cow<'a, str>, Report) {
    guard(
        html,
        limits,
        Elide {
            unread: true,
            attributes,
            whitespace: attributes,
            head,
        },
    )
}

/// What the stages read of the head's `<meta>` and `<link>` tags
/// (`crate::metadata::HEAD_READS`), for [`bound_for_extraction`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct HeadReads {
    /// Whether a stage reads the `<meta>` key (one word of a `name`,
    /// `property`, `itemprop` or `http-equiv` value, as written).
    pub(crate) meta_key: KeyReader,
    /// Whether a stage reads a `<link>` with this `rel` word.
    pub(crate) link_rel: KeyReader,
}

/// What [`guard`] leaves out besides enforcing the limits.
#[derive(Debug, Clone, Copy, Default)]
struct Elide {
    /// The bodies of raw text the extractor never reads, of `<svg>`
    /// elements, and comments.
    unread: bool,
    /// Attributes the extractor never reads.
    attributes: bool,
    /// Whitespace-only text between block-level tags.
    whitespace: bool,
    /// The head's unread `<meta>` and `<link>` tags, told by the stages'
    /// reads.
    head: Option<HeadReads>,
}

/// The `data-*` attributes extraction reads (the part after `data-`): the
/// lazy-loading image sources. The guard keeps them; every other `data-*`
/// attribute goes. Declared once here, read by the image code.
pub(crate) const KEPT_DATA_ATTRIBUTES: &[&str] = &["src", "lazy-src", "original", "srcset"];

/// The `aria-*` attributes extraction reads (the part after `aria-`):
/// `aria-hidden`, `aria-labelledby`, which marks a collapsed disclosure
/// panel ([`crate::rules`]' hidden test), and `aria-expanded` and
/// `aria-controls`, which mark a toggle's `<a>` as a control, not a link
/// ([`crate::rules`]' control-link test).
pub(crate) const KEPT_ARIA_ATTRIBUTES: &[&str] = &["hidden", "labelledby", "expanded", "controls"];

/// Presentation, loading and form attributes that no stage of extraction
/// reads on an element named `tag`, given the names in lower case: on any
/// element, and a `title` but on a `<link>` (the metadata reads a source
/// link's title), `name` and `value` but on a `<meta>`, `rel` but on a
/// `<link>` or an `<a>` (an author link); an SVG path's geometry (`d`) and
/// a component's serialised `props` too. None of
/// them changes how html5ever builds the tree (unlike `type` on an
/// `<input>` in a table, or `color`, `face` and `size` on a `<font>` in
/// foreign content, which stay).
fn unread_listed(lower: &[u8], tag: &[u8]) -> bool {
    match lower {
        b"title" => tag != b"link",
        b"name" | b"value" => tag != b"meta",
        b"rel" => !matches!(tag, b"link" | b"a"),
        b"target" | b"width" | b"height" | b"sizes" | b"media" | b"tabindex" | b"loading"
        | b"decoding" | b"fetchpriority" | b"crossorigin" | b"integrity" | b"referrerpolicy"
        | b"hreflang" | b"itemtype" | b"itemscope" | b"itemid" | b"placeholder"
        | b"autocomplete" | b"action" | b"method" | b"for" | b"as" | b"align" | b"valign"
        | b"frameborder" | b"allowfullscreen" | b"allow" | b"srcdoc" | b"imagesrcset"
        | b"imagesizes" | b"nonce" | b"async" | b"defer" | b"border" | b"cellpadding"
        | b"cellspacing" | b"bgcolor" | b"dir" | b"translate" | b"spellcheck" | b"draggable"
        | b"accesskey" | b"download" | b"ping" | b"sandbox" | b"scrolling" | b"marginwidth"
        | b"marginheight" | b"xmlns" | b"d" | b"props" => true,
        _ => false,
    }
}

/// Whether the extraction guard keeps the attribute `name` with `value`
/// on a `<div>`: everything but `data-*` and
/// `aria-*` attributes not in [`KEPT_DATA_ATTRIBUTES`] and
/// [`KEPT_ARIA_ATTRIBUTES`], `on*` handlers, a `style` that cannot hide
/// the element, and the attributes [`unread_listed`]. The rules may read only
/// attributes this keeps ([`crate::rules::READ_ATTRIBUTES`]; the rules'
/// tests hold the two together).
#[cfg(test)]
pub(crate) fn keeps_attribute(name: &str, value: &str) -> bool {
    !unread_name(name.as_bytes(), || value.as_bytes(), b"div")
}

/// Whether extraction never reads the attribute `a` of the input `b` on an
/// element named `tag` (lower case).
fn unread_attribute(b: &[u8], a: &Attr, tag: &[u8]) -> bool {
    let Some(name) = b.get(a.name.0..a.name.1) else {
        return false;
    };
    let value = || a.value.and_then(|(s, e)| b.get(s..e)).unwrap_or(b"");
    unread_name(name, value, tag)
}

/// Whether extraction never reads the attribute `name` with `value` on an
/// element named `tag` (lower case): `data-*` but [`KEPT_DATA_ATTRIBUTES`], `aria-*`
/// but [`KEPT_ARIA_ATTRIBUTES`], `on*` handlers, a `style` that cannot hide
/// the element (extraction reads `display: none` and `visibility: hidden`
/// only; an entity might spell either, so a value with `&` stays), and
/// the presentation, loading and form attributes [`unread_listed`], and
/// script frameworks' bindings (`:*`, `@*`, `x-*`, `v-*`, `ng-*`).
/// Only a `style` reads its `value`.
fn unread_name<'v>(name: &[u8], value: impl FnOnce() -> &'v [u8], tag: &[u8]) -> bool {
    // The commonest attributes, all read, as pages spell them.
    if matches!(name, b"class" | b"href" | b"src" | b"id") {
        return false;
    }
    let starts = |p: &[u8]| name.len() >= p.len() && name[..p.len()].eq_ignore_ascii_case(p);
    let kept =
        |rest: &[u8], list: &[&str]| list.iter().any(|k| rest.eq_ignore_ascii_case(k.as_bytes()));
    // The prefixes below start with different letters: the first one
    // picks the only test that can hold.
    match name.first().map(u8::to_ascii_lowercase) {
        Some(b'd') if starts(b"data-") => return !kept(&name[5..], KEPT_DATA_ATTRIBUTES),
        Some(b'a') if starts(b"aria-") => return !kept(&name[5..], KEPT_ARIA_ATTRIBUTES),
        Some(b's') if name.eq_ignore_ascii_case(b"style") => {
            let value = value();
            return !(memchr::memmem::find(value, b"none").is_some()
                || memchr::memmem::find(value, b"hidden").is_some()
                || value.contains(&b'&'));
        }
        Some(b'o') if starts(b"on") && name.len() > 2 => return true,
        // Script frameworks' bindings, directives and state (`:src`,
        // `@click`, `x-data`, `v-if`, `ng-click`).
        Some(b':' | b'@') => return true,
        Some(b'x') if starts(b"x-") => return true,
        Some(b'v') if starts(b"v-") => return true,
        Some(b'n') if starts(b"ng-") => return true,
        _ => {}
    }
    // Pages spell names in lower case, as the list does: lower-cased
    // only when there is an upper-case byte to change.
    if unread_listed(name, tag) {
        return true;
    }
    if !name.iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    // The listed names are 2 to 15 bytes long.
    let mut lower = [0u8; 15];
    let Some(dst) = lower.get_mut(..name.len()) else {
        return false;
    };
    for (d, c) in dst.iter_mut().zip(name) {
        *d = c.to_ascii_lowercase();
    }
    unread_listed(dst, tag)
}

/// Whether a stage reads one word of a key attribute of a `<meta>` or a
/// `<link>` ([`Guard::unread_head_void`]).
type KeyReader = fn(&str) -> bool;

/// Whether `read` holds for a word of `value`: `value.split_whitespace().any(read)`,
/// without splitting a value of one ASCII word (most keys: `og:title`,
/// `stylesheet`), which is its only word. `char::is_whitespace` is in
/// ASCII `\t..=\r` and the space.
fn any_word(value: &str, read: KeyReader) -> bool {
    if value
        .bytes()
        .all(|c| c.is_ascii() && !matches!(c, b'\t'..=b'\r' | b' '))
    {
        return !value.is_empty() && read(value);
    }
    value.split_whitespace().any(read)
}

/// An edit of the input: `start..end` becomes the text (left out when it
/// is empty).
type Edit = (usize, usize, &'static str);

/// The named character references [`Guard::rewrite_refs`] rewrites, with
/// their spelling in text and in attribute values: the character itself
/// where it is plain text in both (never longer than the reference); `"`
/// and `'` only in text (in a value they may close it), `&` in neither (it
/// could start another reference), else as a decimal reference.
/// Case-sensitive and with the semicolon, as html5ever matches them
/// (`&AMP;` and a `&amp` without one are left alone).
const REF_REWRITES: &[(&[u8], &str, &str)] = &[
    (b"&quot;", "\"", "&#34;"),
    (b"&amp;", "&#38;", "&#38;"),
    (b"&nbsp;", "\u{a0}", "\u{a0}"),
    (b"&apos;", "'", "&#39;"),
    (b"&rsquo;", "\u{2019}", "\u{2019}"),
    (b"&lsquo;", "\u{2018}", "\u{2018}"),
    (b"&rdquo;", "\u{201d}", "\u{201d}"),
    (b"&ldquo;", "\u{201c}", "\u{201c}"),
    (b"&mdash;", "\u{2014}", "\u{2014}"),
    (b"&ndash;", "\u{2013}", "\u{2013}"),
    (b"&hellip;", "\u{2026}", "\u{2026}"),
    (b"&raquo;", "\u{bb}", "\u{bb}"),
    (b"&laquo;", "\u{ab}", "\u{ab}"),
    (b"&copy;", "\u{a9}", "\u{a9}"),
    (b"&middot;", "\u{b7}", "\u{b7}"),
    (b"&bull;", "\u{2022}", "\u{2022}"),
];

/// The rewrite of the reference `rest` opens with (`&`), as the length it
/// replaces and its spelling in text (`text`) or in an attribute value.
fn ref_rewrite(rest: &[u8], text: bool) -> Option<(usize, &'static str)> {
    // The longest name is 8 bytes with `&` and `;`.
    let head = rest.get(..rest.len().min(8))?;
    let semi = head.iter().position(|&b| b == b';')?;
    let name = head.get(..=semi)?;
    REF_REWRITES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(n, in_text, in_value)| (n.len(), if text { in_text } else { in_value }))
}

fn guard<'a>(html: &'a str, limits: &Limits, elide: Elide) -> (Cow<'a, str>, Report) {
    let mut g = Guard::new(html, *limits);
    g.elide = elide;
    g.in_head = elide.whitespace;
    g.run();
    let report = g.report;
    let text = match g.out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(html.get(g.copied..).unwrap_or(""));
            Cow::Owned(out)
        }
    };
    (text, report)
}

// ---------------------------------------------------------------------------
// Tag classification

mod k {
    pub const VOID: u64 = 1;
    pub const SPECIAL: u64 = 1 << 1;
    /// Boundary of html5ever's default scope.
    pub const BOUNDARY: u64 = 1 << 2;
    /// Boundary of the table scope (html, table, template).
    pub const TABLE_BOUNDARY: u64 = 1 << 3;
    pub const BUTTON: u64 = 1 << 4;
    pub const LIST: u64 = 1 << 5;
    pub const FORMATTING: u64 = 1 << 6;
    pub const CLOSES_P: u64 = 1 << 7;
    pub const RAWTEXT: u64 = 1 << 8;
    /// End tag checked in table scope.
    pub const TABLE_END: u64 = 1 << 9;
    /// Start tag that breaks out of foreign content.
    pub const BREAKOUT: u64 = 1 << 10;
    pub const SVG_INTEGRATION: u64 = 1 << 11;
    pub const MATH_TEXT: u64 = 1 << 12;
    pub const ANNOTATION_XML: u64 = 1 << 13;
    pub const MGLYPH: u64 = 1 << 14;
    /// html, head, body: never pushed (html5ever merges them).
    pub const ROOT: u64 = 1 << 15;
    pub const SVG: u64 = 1 << 16;
    pub const MATH: u64 = 1 << 17;
    pub const SELECT: u64 = 1 << 18;
    pub const FONT: u64 = 1 << 19;
    pub const P: u64 = 1 << 20;
    pub const LI: u64 = 1 << 21;
    pub const DD_DT: u64 = 1 << 22;
    pub const CELL: u64 = 1 << 23;
    pub const TR: u64 = 1 << 24;
    pub const OPTION: u64 = 1 << 25;
    pub const PLAINTEXT: u64 = 1 << 26;
    /// Special, but not address, div or p (stops the `<li>` close loop).
    pub const SPECIAL_NADP: u64 = 1 << 27;
    pub const BR: u64 = 1 << 28;
    /// Raw text whose body the extractor never reads (`script`, `style`,
    /// `noscript`): [`super::bound_for_extraction`] leaves it out.
    pub const UNREAD: u64 = 1 << 29;
    /// A block-level element ([`super::is_block_name`]).
    pub const BLOCK: u64 = 1 << 30;
    /// A table part ([`super::is_table_part`]).
    pub const TABLE_PART: u64 = 1 << 31;
    /// `pre` or `listing`, whose text keeps its line breaks.
    pub const PRE: u64 = 1 << 32;
}

/// Elements that start and end a block of text, whose whitespace-only
/// neighbours no reader of text keeps: the containers extraction breaks
/// lines at and html5ever always builds in the body. Not among them: inline
/// elements, `<br>`, `<img>`, `<iframe>`, form controls, and what is never
/// shown (`<script>`, `<style>`, `<meta>`, `<title>`, `<template>`) or may
/// be dropped (`<html>`, `<head>`, `<body>`, `<form>`).
pub(crate) fn is_block_name(name: &[u8]) -> bool {
    matches!(
        name,
        b"address"
            | b"article"
            | b"aside"
            | b"blockquote"
            | b"caption"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"fieldset"
            | b"figcaption"
            | b"figure"
            | b"footer"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"header"
            | b"hgroup"
            | b"hr"
            | b"li"
            | b"main"
            | b"menu"
            | b"nav"
            | b"ol"
            | b"p"
            | b"section"
            | b"table"
            | b"tbody"
            | b"td"
            | b"tfoot"
            | b"th"
            | b"thead"
            | b"tr"
            | b"ul"
    )
}

/// Tags after which html5ever is still in the head of the page (in its
/// initial, before-head, in-head or after-head insertion modes): the root
/// and head tags, the elements it puts in the head,
/// and the end tags of those with content. `<noscript>` and `<template>`
/// are not among them (their content may open the body), nor any other end
/// tag (`</html>` or `</body>` opens it).
fn is_head_tag(name: &[u8], end_tag: bool) -> bool {
    match name {
        b"head" | b"title" | b"script" | b"style" => true,
        b"html" | b"meta" | b"link" | b"base" => !end_tag,
        _ => false,
    }
}

/// Levels below the depth limit within which a block's start tag is taken
/// to open its element ([`Guard::block_start_at`]): implied ends only lower
/// the stack, and the limit is far above any page's depth.
const BLOCK_START_DEPTH_ROOM: usize = 8;

/// Table parts: html5ever builds them only in some insertion modes (outside
/// a table, or in a paragraph inside a cell, it drops their tags), so their
/// tags are no sure block edges. The guard reads this as [`k::TABLE_PART`]
/// (and [`is_block_name`] as [`k::BLOCK`]) from [`classify`]; the tests hold
/// them together.
#[cfg(test)]
fn is_table_part(name: &[u8]) -> bool {
    matches!(
        name,
        b"caption" | b"tbody" | b"td" | b"tfoot" | b"th" | b"thead" | b"tr"
    )
}

/// A tag name lower-cased into a stack buffer. A name longer than the
/// buffer, longer than any the guard tells apart, reads as empty and so
/// matches none of them.
#[derive(Clone, Copy)]
struct LowerName {
    buf: [u8; 16],
    len: usize,
}

impl LowerName {
    /// The name `raw` lower-cased: what [`Guard::tag_name`] reads in its
    /// one pass (the tests hold the two together).
    #[cfg(test)]
    fn new(raw: &[u8]) -> Self {
        let mut buf = [0u8; 16];
        if raw.len() > buf.len() {
            return Self { buf, len: 0 };
        }
        for (d, s) in buf.iter_mut().zip(raw) {
            *d = s.to_ascii_lowercase();
        }
        Self {
            buf,
            len: raw.len(),
        }
    }

    fn get(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// A tag name read by [`Guard::tag_name`].
#[derive(Clone, Copy)]
struct TagName {
    /// Where the name ends in the input.
    end: usize,
    /// The name lower-cased.
    lower: LowerName,
    /// [`fnv`] of the name (lower-cased) from the offset basis.
    hash: u64,
    /// [`classify`] of the lower-cased name.
    flags: u64,
}

/// Classes of the bytes in a tag, for [`BYTE_CLASS`].
mod class {
    /// Whitespace between a tag's parts: tab, LF, FF, CR, space.
    pub const SPACE: u8 = 1;
    /// Ends a tag name: whitespace, `/`, `>`.
    pub const NAME_END: u8 = 1 << 1;
    /// Ends an attribute name: whitespace, `/`, `>`, `=`.
    pub const ATTR_NAME_END: u8 = 1 << 2;
    /// Ends an unquoted attribute value: whitespace, `>`.
    pub const VALUE_END: u8 = 1 << 3;
}

/// The [`class`] bits of each byte: one look-up a byte where the tag
/// readers would test it against up to eight bytes.
static BYTE_CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    use class::*;
    let mut t = [0u8; 256];
    let space = [b'\t', b'\n', b'\x0c', b'\r', b' '];
    let mut i = 0;
    while i < space.len() {
        t[space[i] as usize] = SPACE | NAME_END | ATTR_NAME_END | VALUE_END;
        i += 1;
    }
    t[b'/' as usize] = NAME_END | ATTR_NAME_END;
    t[b'>' as usize] = NAME_END | ATTR_NAME_END | VALUE_END;
    t[b'=' as usize] = ATTR_NAME_END;
    t
}

/// Flags of a tag by its lower-cased name. Not inlined: inlined into
/// [`Guard::tag_name`], the guard took 124.5 M instructions instead of
/// 113.3 M on the 300 datatrove bench pages (callgrind, session 35).
#[inline(never)]
fn classify(name: &[u8]) -> u64 {
    use k::*;
    const S: u64 = SPECIAL | SPECIAL_NADP;
    match name {
        b"area" | b"base" | b"basefont" | b"bgsound" | b"col" | b"embed" | b"frame" | b"hr"
        | b"img" | b"image" | b"input" | b"keygen" | b"link" | b"meta" | b"param" | b"source"
        | b"track" | b"wbr" => {
            let mut f = VOID | S;
            if matches!(name, b"embed" | b"hr" | b"img" | b"meta") {
                f |= BREAKOUT;
            }
            if name == b"hr" {
                f |= CLOSES_P | BLOCK;
            }
            f
        }
        b"br" => VOID | S | BREAKOUT | BR,
        b"html" => ROOT | S | BOUNDARY | TABLE_BOUNDARY,
        b"head" => ROOT | S | BREAKOUT,
        b"body" => ROOT | S | BREAKOUT,
        b"applet" | b"marquee" | b"object" => S | BOUNDARY,
        b"caption" => S | BOUNDARY | TABLE_END | BLOCK | TABLE_PART,
        b"table" => S | BOUNDARY | TABLE_BOUNDARY | TABLE_END | BREAKOUT | BLOCK,
        b"td" | b"th" => S | BOUNDARY | TABLE_END | CELL | BLOCK | TABLE_PART,
        b"tr" => S | TABLE_END | TR | BLOCK | TABLE_PART,
        b"tbody" | b"thead" | b"tfoot" => S | TABLE_END | BLOCK | TABLE_PART,
        b"template" => S | BOUNDARY | TABLE_BOUNDARY,
        b"button" => S | BUTTON,
        b"ol" | b"ul" => S | LIST | CLOSES_P | BREAKOUT | BLOCK,
        b"select" => S | BOUNDARY | SELECT,
        b"p" => SPECIAL | CLOSES_P | BREAKOUT | P | BLOCK,
        b"div" => SPECIAL | CLOSES_P | BREAKOUT | BLOCK,
        b"address" => SPECIAL | CLOSES_P | BLOCK,
        b"li" => S | CLOSES_P | BREAKOUT | LI | BLOCK,
        b"dd" | b"dt" => S | CLOSES_P | BREAKOUT | DD_DT | BLOCK,
        b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" | b"dl" | b"blockquote" | b"menu" => {
            S | CLOSES_P | BREAKOUT | BLOCK
        }
        b"pre" | b"listing" => S | CLOSES_P | BREAKOUT | PRE,
        b"center" => S | CLOSES_P | BREAKOUT,
        b"article" | b"aside" | b"fieldset" | b"figcaption" | b"figure" | b"footer" | b"header"
        | b"hgroup" | b"main" | b"nav" | b"section" => S | CLOSES_P | BLOCK,
        b"details" | b"dialog" | b"dir" | b"search" | b"summary" | b"form" => S | CLOSES_P,
        b"colgroup" | b"frameset" => S,
        b"plaintext" => S | CLOSES_P | RAWTEXT | PLAINTEXT,
        b"xmp" => S | CLOSES_P | RAWTEXT,
        b"script" | b"style" => S | RAWTEXT | UNREAD,
        b"textarea" | b"iframe" | b"noembed" | b"noframes" => S | RAWTEXT,
        // `title` is RCDATA in HTML and an integration point in SVG.
        b"title" => S | RAWTEXT | SVG_INTEGRATION | BOUNDARY,
        // Raw text in html5ever when scripting is on, as it is in scraper.
        b"noscript" => S | RAWTEXT | UNREAD,
        b"option" | b"optgroup" => OPTION,
        b"a" | b"code" | b"em" | b"i" | b"s" | b"u" | b"tt" | b"big" | b"small" | b"strike"
        | b"strong" | b"nobr" => {
            let mut f = FORMATTING;
            if name != b"a" && name != b"nobr" {
                f |= BREAKOUT;
            }
            f
        }
        b"b" => FORMATTING | BREAKOUT,
        b"font" => FORMATTING | FONT,
        b"span" | b"sub" | b"sup" | b"var" | b"ruby" => BREAKOUT,
        b"svg" => SVG,
        b"math" => MATH,
        b"foreignobject" | b"desc" => S | BOUNDARY | SVG_INTEGRATION,
        b"mi" | b"mo" | b"mn" | b"ms" | b"mtext" => S | BOUNDARY | MATH_TEXT,
        b"annotation-xml" => S | BOUNDARY | ANNOTATION_XML,
        b"mglyph" | b"malignmark" => MGLYPH,
        _ => 0,
    }
}

// ---------------------------------------------------------------------------
// The model of html5ever's stack

/// The parsing mode of an element's children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Html,
    Svg,
    Math,
    /// html5ever may be in HTML or in foreign content (or in a `<select>`):
    /// no raw text, self-closing syntax ignored, no implied closes.
    Uncertain,
}

const NONE: i64 = -1;

#[derive(Debug, Clone, Copy)]
struct Entry {
    name: u64,
    /// The start tag's bytes in the input (`<` to after `>`) of a
    /// formatting element, else empty: its Noah's-ark key
    /// ([`Guard::formatting_key`]) is hashed from them only when html5ever
    /// would reopen it, which well-nested pages never need.
    tag: (usize, usize),
    flags: u64,
    child: Mode,
    /// Index of the nearest element at or below this one of each kind
    /// (`NONE` when there is none).
    boundary_at: i64,
    table_at: i64,
    button_at: i64,
    list_at: i64,
    special_at: i64,
    nadp_at: i64,
    /// Index + 1 of the next open element of the same name below this one
    /// (0 when there is none), or [`IN_OVERFLOW`] (see [`Guard::slots`]).
    same_below: u32,
}

/// [`Entry::same_below`] of an element kept in [`Guard::overflow`].
const IN_OVERFLOW: u32 = u32::MAX;

/// Bits of a name's hash that pick its slot in [`Guard::slots`]: 256 slots,
/// where a page has a few dozen names open at once.
const SLOT_BITS: u32 = 8;

/// The slot of the name hashed `name` (FNV mixes its high bits best).
fn slot(name: u64) -> usize {
    (name >> (64 - SLOT_BITS)) as usize
}

#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// FNV-1a of `bytes` lower-cased, continuing from `h`.
fn fnv(h: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(h, |h, &b| crate::fnv::step(h, b.to_ascii_lowercase()))
}

/// [`fnv`] of a lower-case tag name from the offset basis, at compile
/// time: the names the model looks up by hash.
const fn name_hash(name: &[u8]) -> u64 {
    let mut h = crate::fnv::OFFSET;
    let mut i = 0;
    while i < name.len() {
        h = (h ^ name[i] as u64).wrapping_mul(crate::fnv::PRIME);
        i += 1;
    }
    h
}

/// The hashes of the names the model looks up on the stack.
mod h {
    use super::name_hash;
    pub const P: u64 = name_hash(b"p");
    pub const DD: u64 = name_hash(b"dd");
    pub const DT: u64 = name_hash(b"dt");
    pub const TD: u64 = name_hash(b"td");
    pub const TH: u64 = name_hash(b"th");
    pub const TR: u64 = name_hash(b"tr");
    /// Table structure, whose formatting children are foster-parented.
    pub const TABLE_PARENTS: [u64; 5] = [
        name_hash(b"table"),
        name_hash(b"tbody"),
        name_hash(b"thead"),
        name_hash(b"tfoot"),
        name_hash(b"tr"),
    ];
}

/// Noah's ark: html5ever keeps at most three identical formatting elements
/// to reopen.
const NOAH: u32 = 3;

/// One attribute's byte ranges in the input.
#[derive(Debug, Clone, Copy)]
struct Attr {
    name: (usize, usize),
    /// The value without quotes, when there is one.
    value: Option<(usize, usize)>,
    /// End of the whole attribute (after a closing quote).
    end: usize,
    /// Whether the value holds a `&`.
    amp: bool,
}

struct Guard<'a> {
    src: &'a str,
    b: &'a [u8],
    limits: Limits,
    pos: usize,
    out: Option<String>,
    copied: usize,
    report: Report,

    stack: Vec<Entry>,
    /// Where the open elements of each name are (what end tags and the
    /// implied closes look up), without a hash map look-up a tag: by
    /// [`slot`], the index + 1 of the topmost open element of the one name
    /// that holds the slot (0: none), the next ones down chained through
    /// [`Entry::same_below`]. An element whose slot another name holds goes
    /// to [`Self::overflow`]. Elements are closed in the reverse order they
    /// were opened, so a name holds its slot until its elements are closed,
    /// and the overflow elements opened above them are closed by then: a
    /// name's elements are all in its slot or all in the overflow.
    slots: [u32; 1 << SLOT_BITS],
    /// The open elements whose slot another name held, by name.
    overflow: IdMap<Vec<u32>>,
    /// How many open elements are in [`Self::overflow`]: while none are,
    /// a name not in its slot is not open (no look-up).
    overflow_open: usize,
    /// Formatting elements closed implicitly, which html5ever reopens.
    floating_total: usize,
    floating_keys: IdMap<u32>,
    floating_by_name: IdMap<Vec<u64>>,
    /// Start tags dropped for depth, by name, whose end tags are dropped too.
    dropped_open: IdMap<u32>,
    seen_html: bool,
    seen_body: bool,
    /// What to leave out besides enforcing the limits.
    elide: Elide,
    /// The outermost open `<svg>` in HTML content: its stack index and where
    /// its body starts. Its body is left out when its own end tag closes it
    /// (not a breakout tag, not another end tag).
    open_svg: Option<(usize, usize)>,
    /// The output's length where the open `<svg>`'s body starts: what a cut
    /// inside the body (an attribute, a comment) already wrote of the body
    /// is taken back when the whole body goes.
    svg_out_mark: usize,
    /// Whether the last tag (comments aside) started or ended a block-level
    /// element in the tree (not a tag html5ever drops, nor one the depth
    /// limit cut).
    after_block: bool,
    /// Set by the tag handlers: whether the tag just read was such a tag.
    block_edge: bool,
    /// Whether the last tag (comments aside) was a start tag that opened a
    /// block-level element in the tree ([`Self::after_block`] for start
    /// tags only): whitespace right after it leads the block.
    after_block_start: bool,
    /// Whitespace-only text right before an end tag with a block-level
    /// name, held until the end tag is read: left out when the tag closes
    /// a block-level element (the text trails the block), else its line
    /// break lifted as for any other text ([`Self::text_before`]).
    trailing_blank: Option<(usize, usize)>,
    /// Whether the page is still in its head: only whitespace text, and
    /// no tags but those html5ever keeps in the head ([`is_head_tag`]) and
    /// comments, so far. Whitespace there is left out for extraction
    /// (html5ever ignores it before `<head>` and keeps it as text nodes of
    /// the head, which no stage reads).
    in_head: bool,
    /// Whether a formatting element was ever closed other than by its own
    /// end tag.
    misnested: bool,
    /// Open `<pre>`/`<listing>` start tags, counted without regard to
    /// nesting rules (an over-count only keeps more text as it is).
    open_pre: usize,
    /// Whether html5ever's tokenizer may be somewhere the model does not
    /// follow, where character references are not decoded: after a script
    /// body with `<!--` (its escaped states may end it elsewhere) or a
    /// `<![CDATA[` (a CDATA section in foreign content). From there on,
    /// references stay as they are (see [`Self::rewrite_refs`]).
    refs_unsure: bool,

    attrs: Vec<Attr>,
    /// The name [`Self::block_tag_at`] read last, by where it starts: the
    /// tag handler that reads it next takes it from here.
    peeked: Option<(usize, TagName)>,
    /// The edits of the current tag's attributes, reused from tag to tag
    /// ([`Self::attr_cuts`]).
    cut_buf: Vec<Edit>,
}

impl<'a> Guard<'a> {
    fn new(src: &'a str, limits: Limits) -> Self {
        Guard {
            src,
            b: src.as_bytes(),
            limits,
            pos: 0,
            out: None,
            copied: 0,
            report: Report::default(),
            stack: Vec::new(),
            slots: [0; 1 << SLOT_BITS],
            overflow: IdMap::default(),
            overflow_open: 0,
            floating_total: 0,
            floating_keys: IdMap::default(),
            floating_by_name: IdMap::default(),
            dropped_open: IdMap::default(),
            seen_html: false,
            seen_body: false,
            elide: Elide::default(),
            open_svg: None,
            svg_out_mark: 0,
            after_block: false,
            block_edge: false,
            after_block_start: false,
            trailing_blank: None,
            in_head: true,
            misnested: false,
            open_pre: 0,
            refs_unsure: false,
            attrs: Vec::new(),
            peeked: None,
            cut_buf: Vec::new(),
        }
    }

    /// Removes `start..end` of the input from the output.
    /// A range that overlaps what was already cut loses only its rest (an
    /// SVG body that held a comment).
    fn cut(&mut self, start: usize, end: usize) {
        let start = start.max(self.copied);
        if end < start {
            return;
        }
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.src.len()));
        out.push_str(self.src.get(self.copied..start).unwrap_or(""));
        self.copied = end;
    }

    /// Writes `with` in place of `start..end` of the input.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        if start < self.copied {
            return;
        }
        self.cut(start, end);
        if let Some(out) = self.out.as_mut() {
            out.push_str(with);
        }
    }

    /// Text that starts with a line break (`>\n  <`, the indentation between
    /// tags) costs html5ever two character tokens, the break alone and then
    /// the rest; started by the blank instead (`> \n <`) it is one. The
    /// text is the same after whitespace collapsing, which is how
    /// extraction reads text outside `<pre>`; CR LF becomes LF as the HTML
    /// input stream makes it anyway. Same length: nothing is inserted.
    #[inline]
    fn lift_line_break(&mut self) {
        self.lift_line_break_at(self.pos);
    }

    /// [`Self::lift_line_break`] for a text that starts at `at`.
    #[inline]
    fn lift_line_break_at(&mut self, at: usize) {
        // The same length: the break and the blank after it trade places.
        if let Some(b"\r\n" | b"\n " | b"\n\t" | b"\r " | b"\r\t") = self.b.get(at..at + 2) {
            if self.open_pre == 0 && self.open_svg.is_none() {
                self.replace(at, at + 2, " \n");
            }
        }
    }

    fn run(&mut self) {
        let len = self.b.len();
        while self.pos < len {
            // The next tag, noting whether the text before it has a `&`
            // (for extraction only: the public bound reads no text).
            let mut amp = false;
            let next = if self.elide.unread {
                let mut from = self.pos;
                loop {
                    let Some(at) = find2(self.b, from, b'<', b'&') else {
                        break None;
                    };
                    if self.b[at] == b'<' {
                        break Some(at);
                    }
                    amp = true;
                    from = at + 1;
                }
            } else {
                memchr::memchr(b'<', &self.b[self.pos..]).map(|off| self.pos + off)
            };
            let Some(lt) = next else {
                if self.elide.unread {
                    self.lift_line_break();
                    if amp && self.rewrites_refs() {
                        self.rewrite_refs(self.pos, len, true);
                    }
                }
                break;
            };
            if self.elide.unread {
                self.text_before(lt);
                if amp && self.rewrites_refs() {
                    self.rewrite_refs(self.pos, lt, true);
                }
            }
            self.pos = lt + 1;
            match self.b.get(lt + 1).copied() {
                Some(b'!') => {
                    // A comment leaves the text around it as it was.
                    if !self.b[lt..].starts_with(b"<!--") {
                        self.after_block = false;
                        self.after_block_start = false;
                    }
                    self.markup_declaration(lt);
                }
                Some(b'?') => {
                    self.after_block = false;
                    self.after_block_start = false;
                    self.skip_past(b'>');
                }
                Some(b'/') => {
                    if self.in_head {
                        self.in_head = self.head_tag_at(lt);
                    }
                    self.block_edge = false;
                    self.end_tag(lt);
                    self.after_block = self.elide.whitespace && self.block_edge;
                    self.after_block_start = false;
                    if let Some((start, end)) = self.trailing_blank.take() {
                        if self.block_edge {
                            self.cut(start, end);
                        } else {
                            self.lift_line_break_at(start);
                        }
                    }
                }
                Some(c) if c.is_ascii_alphabetic() => {
                    if self.in_head {
                        self.in_head = self.head_tag_at(lt);
                    }
                    self.block_edge = false;
                    self.start_tag(lt);
                    self.after_block = self.elide.whitespace && self.block_edge;
                    self.after_block_start = self.after_block;
                }
                _ => {
                    self.in_head = false;
                    self.after_block = false;
                    self.after_block_start = false;
                }
            }
        }
    }

    /// The text from `self.pos` up to the tag at `lt`, for extraction:
    /// left out when it is only whitespace between two block-level tags
    /// (the indentation of a pretty-printed page, about a third of its
    /// text nodes), or at a block's edge: right after the start tag of a
    /// block-level element, before a tag, or right before the end tag
    /// that closes one (decided when that tag is read, see
    /// `trailing_blank`); else its leading line break lifted
    /// ([`Self::lift_line_break`]). Extraction separates blocks itself;
    /// such whitespace is no text of any block.
    fn text_before(&mut self, lt: usize) {
        let text = &self.b[self.pos..lt];
        if text.is_empty() {
            return;
        }
        let blank = text
            .iter()
            .all(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'));
        // Where html5ever may read on in a script (see `refs_unsure`),
        // this may be no text at all: left as it is.
        if !blank || self.refs_unsure {
            self.in_head = false;
        }
        // Text before a comment: whitespace after the comment no longer
        // leads the block.
        if !blank {
            self.after_block_start = false;
        }
        if self.elide.whitespace
            && blank
            && (self.in_head
                || (self.open_pre == 0
                    // Text, even whitespace, reopens formatting elements a
                    // block closed (`<p><b>a<p>` then text): once the page
                    // has closed one so, whitespace stays (html5ever's list
                    // of such elements is not modelled here closely enough
                    // to know when it is empty).
                    && !self.misnested
                    && self.open_svg.is_none()
                    && ((self.after_block && self.block_tag_at(lt))
                        || self.block_start_at(lt)
                        || (self.after_block_start && self.tag_at(lt)))))
        {
            self.cut(self.pos, lt);
        } else if self.elide.whitespace
            && blank
            && self.open_pre == 0
            && !self.misnested
            && !self.refs_unsure
            && self.open_svg.is_none()
            && self.block_end_name_at(lt)
        {
            // Decided once the end tag is read (see `trailing_blank`).
            self.trailing_blank = Some((self.pos, lt));
        } else {
            self.lift_line_break();
        }
    }

    /// Whether a start or end tag (a name after `<` or `</`) begins at
    /// `lt`: what follows whitespace that leads a block. Not a comment,
    /// whose elision may join the whitespace to text after it.
    fn tag_at(&self, lt: usize) -> bool {
        let start = match self.b.get(lt + 1) {
            Some(b'/') => lt + 2,
            _ => lt + 1,
        };
        !self.refs_unsure && self.b.get(start).is_some_and(u8::is_ascii_alphabetic)
    }

    /// Whether an end tag with a block-level name ([`is_block_name`])
    /// begins at `lt` (whether it closes an element is known once it is
    /// read).
    fn block_end_name_at(&mut self, lt: usize) -> bool {
        self.b.get(lt + 1) == Some(&b'/') && self.block_tag_at(lt)
    }

    /// Whether the tag at `lt` keeps the page in its head ([`is_head_tag`]),
    /// its name peeked for the tag handler.
    fn head_tag_at(&mut self, lt: usize) -> bool {
        let (end_tag, start) = match self.b.get(lt + 1) {
            Some(b'/') => (true, lt + 2),
            _ => (false, lt + 1),
        };
        if !self.b.get(start).is_some_and(u8::is_ascii_alphabetic) {
            return false;
        }
        let read = self.peek_name(start);
        is_head_tag(read.lower.get(), end_tag)
    }

    /// Whether a start tag of a block-level element that html5ever builds
    /// wherever it stands in HTML content begins at `lt`: the element
    /// starts a block for every reader of text (a space, a line break),
    /// so whitespace right before it separates nothing, whatever came
    /// before. Not table parts (html5ever drops them outside a table), not
    /// in foreign content or a `<select>`, and not near the depth limit
    /// (a start tag dropped there is no block).
    fn block_start_at(&mut self, lt: usize) -> bool {
        let start = lt + 1;
        if !self.b.get(start).is_some_and(u8::is_ascii_alphabetic)
            || self.refs_unsure
            || self.context() != Mode::Html
            || self.depth() + BLOCK_START_DEPTH_ROOM >= self.limits.max_depth
        {
            return false;
        }
        let read = self.peek_name(start);
        read.flags & (k::BLOCK | k::TABLE_PART) == k::BLOCK
    }

    /// [`Self::tag_name`] at `start`, kept in [`Self::peeked`] for the tag
    /// handler.
    fn peek_name(&mut self, start: usize) -> TagName {
        match self.peeked {
            Some((at, read)) if at == start => read,
            _ => {
                let read = self.tag_name(start);
                self.peeked = Some((start, read));
                read
            }
        }
    }

    /// Whether character references read at this point are rewritten
    /// ([`Self::rewrite_refs`]): for extraction, in HTML content (not in
    /// foreign content, a `<select>` or an SVG image), while the model is
    /// sure of html5ever's tokenizer state.
    fn rewrites_refs(&self) -> bool {
        self.elide.unread
            && !self.refs_unsure
            && self.open_svg.is_none()
            && self.context() == Mode::Html
    }

    /// Rewrites the common named character references in `start..end` of
    /// the input — text, or an attribute value (`text` false) — into what
    /// html5ever decodes them to, spelt so that it reads them cheaply: the
    /// character itself where it cannot end or start markup there, else
    /// its decimal reference (see [`ref_rewrite`]). html5ever looks a named
    /// reference up in its entity table once per character read, and
    /// reads back what follows it: a `&quot;` costs it about ten times a
    /// `&#34;`. The tree is the same; the text is never longer.
    fn rewrite_refs(&mut self, start: usize, end: usize, text: bool) {
        let mut edits = Vec::new();
        self.ref_edits(start, end, text, &mut edits);
        for (s, e, with) in edits {
            self.replace(s, e, with);
        }
    }

    /// The edits of [`Self::rewrite_refs`] in `start..end`, in order.
    fn ref_edits(&self, start: usize, end: usize, text: bool, out: &mut Vec<Edit>) {
        let mut from = start;
        while let Some(off) = self
            .b
            .get(from..end)
            .and_then(|rest| memchr::memchr(b'&', rest))
        {
            let at = from + off;
            match self.b.get(at..end).and_then(|rest| ref_rewrite(rest, text)) {
                Some((len, with)) => {
                    out.push((at, at + len, with));
                    from = at + len;
                }
                None => from = at + 1,
            }
        }
    }

    /// Whether a start or end tag of a block-level element (see
    /// [`is_block_name`]) begins at `lt`.
    fn block_tag_at(&mut self, lt: usize) -> bool {
        let start = match self.b.get(lt + 1) {
            Some(b'/') => lt + 2,
            _ => lt + 1,
        };
        if !self.b.get(start).is_some_and(u8::is_ascii_alphabetic) {
            return false;
        }
        let read = self.peek_name(start);
        read.flags & k::BLOCK != 0
    }

    /// [`Self::tag_name`] at `start`, taken from [`Self::peeked`] when
    /// [`Self::block_tag_at`] already read it.
    fn read_name(&mut self, start: usize) -> TagName {
        match self.peeked.take() {
            Some((at, read)) if at == start => read,
            _ => self.tag_name(start),
        }
    }

    /// Moves past the next `c`, or to the end.
    fn skip_past(&mut self, c: u8) {
        self.pos = match memchr::memchr(c, &self.b[self.pos.min(self.b.len())..]) {
            Some(off) => self.pos + off + 1,
            None => self.b.len(),
        };
    }

    /// `<!`: a comment, a doctype, or a bogus comment; CDATA sections are
    /// taken to end at the first `>` like bogus comments (in HTML content
    /// they do; in foreign content this only makes the model see more tags).
    fn markup_declaration(&mut self, lt: usize) {
        let rest = &self.b[lt..];
        if rest.starts_with(b"<![CDATA[") {
            self.refs_unsure = true;
        }
        if rest.starts_with(b"<!--") {
            let body = lt + 4;
            let after = &self.b[body..];
            let end = if after.starts_with(b">") {
                body + 1
            } else if after.starts_with(b"->") {
                body + 2
            } else {
                let mut from = body;
                loop {
                    let Some(off) = memchr::memchr(b'-', &self.b[from..]) else {
                        break self.b.len();
                    };
                    let d = from + off;
                    let tail = &self.b[d..];
                    if tail.starts_with(b"-->") {
                        break d + 3;
                    }
                    if tail.starts_with(b"--!>") {
                        break d + 4;
                    }
                    from = d + 1;
                }
            };
            self.pos = end;
            if self.elide.unread && !self.joins_across(lt) {
                // No extraction step reads comments.
                self.cut(lt, end);
            }
            return;
        }
        self.pos = lt + 2;
        self.skip_past(b'>');
    }

    /// Whether leaving out what starts at `at` could join the text before
    /// it with the text after it into markup that was not there: a `<`
    /// before it (`<<!-- -->div>` would become a tag, `<<!-- -->!` a
    /// comment) or a character reference begun before it (`&amp<!-- -->;`).
    fn joins_across(&self, at: usize) -> bool {
        let before = &self.b[..at];
        match before.last() {
            Some(b'<' | b'&') => true,
            Some(c) if c.is_ascii_alphanumeric() || *c == b'#' => {
                before
                    .iter()
                    .rev()
                    .find(|c| !(c.is_ascii_alphanumeric() || **c == b'#'))
                    == Some(&b'&')
            }
            _ => false,
        }
    }

    /// Reads a tag name from `start` in one pass: its end, its spelling
    /// lower-cased ([`LowerName::new`]) and the [`fnv`] of that spelling;
    /// then its [`classify`] flags, once for the peeks and the tag handler.
    fn tag_name(&self, start: usize) -> TagName {
        let mut buf = [0u8; 16];
        let mut hash = crate::fnv::OFFSET;
        let rest = self.b.get(start..).unwrap_or(b"");
        let mut len = 0;
        while let Some(&c) = rest.get(len) {
            if BYTE_CLASS[usize::from(c)] & class::NAME_END != 0 {
                break;
            }
            let lower = c.to_ascii_lowercase();
            hash = crate::fnv::step(hash, lower);
            if let Some(d) = buf.get_mut(len) {
                *d = lower;
            }
            len += 1;
        }
        // A name longer than the buffer reads as empty, as in `LowerName::new`.
        let lower = LowerName {
            buf,
            len: if len > buf.len() { 0 } else { len },
        };
        TagName {
            end: start + len,
            flags: classify(lower.get()),
            lower,
            hash,
        }
    }

    /// Reads a tag name from `start`; returns its end. The reading
    /// [`Self::tag_name`] replaced, kept for the test that holds them
    /// together.
    #[cfg(test)]
    fn name_end(&self, start: usize) -> usize {
        let mut i = start;
        while let Some(&c) = self.b.get(i) {
            if matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') {
                break;
            }
            i += 1;
        }
        i
    }

    /// Reads the attributes of a tag from `start` into `self.attrs`; returns
    /// the position after the closing `>` and whether the tag ends in `/>`,
    /// or `None` when the input ends inside the tag (html5ever drops it).
    fn attributes(&mut self, start: usize) -> Option<(usize, bool)> {
        self.attrs.clear();
        let b = self.b;
        // The first byte at or after `i` that is not whitespace.
        let skip_ws = |mut i: usize| {
            while b
                .get(i)
                .is_some_and(|&c| BYTE_CLASS[usize::from(c)] & class::SPACE != 0)
            {
                i += 1;
            }
            i
        };
        let mut i = start;
        loop {
            // Before attribute name.
            i = skip_ws(i);
            let c = *b.get(i)?;
            if c == b'>' {
                return Some((i + 1, false));
            }
            if c == b'/' {
                i += 1;
                if *b.get(i)? == b'>' {
                    return Some((i + 1, true));
                }
                continue;
            }
            // Attribute name (a leading `=` belongs to it).
            let name_start = i;
            i += 1;
            let rest = b.get(i..).unwrap_or(b"");
            i += rest
                .iter()
                .position(|&c| BYTE_CLASS[usize::from(c)] & class::ATTR_NAME_END != 0)
                .unwrap_or(rest.len());
            let name = (name_start, i);
            // After attribute name (most names end at their `=`).
            if b.get(i) != Some(&b'=') {
                i = skip_ws(i);
            }
            if b.get(i) != Some(&b'=') {
                self.attrs.push(Attr {
                    name,
                    value: None,
                    end: name.1,
                    amp: false,
                });
                continue;
            }
            i = skip_ws(i + 1);
            match *b.get(i)? {
                q @ (b'"' | b'\'') => {
                    let v = i + 1;
                    let mut amp = false;
                    let mut from = v;
                    let close = loop {
                        let at = find2(b, from, q, b'&')?;
                        if b[at] == q {
                            break at;
                        }
                        amp = true;
                        from = at + 1;
                    };
                    self.attrs.push(Attr {
                        name,
                        value: Some((v, close)),
                        end: close + 1,
                        amp,
                    });
                    i = close + 1;
                }
                b'>' => {
                    self.attrs.push(Attr {
                        name,
                        value: Some((i, i)),
                        end: i,
                        amp: false,
                    });
                }
                _ => {
                    let v = i;
                    let rest = &b[v..];
                    let len = rest
                        .iter()
                        .position(|&c| BYTE_CLASS[usize::from(c)] & class::VALUE_END != 0)
                        .unwrap_or(rest.len());
                    i = v + len;
                    self.attrs.push(Attr {
                        name,
                        value: Some((v, i)),
                        end: i,
                        amp: rest[..len].contains(&b'&'),
                    });
                }
            }
        }
    }

    fn attr_named(&self, name: &[u8]) -> Option<Attr> {
        self.attrs
            .iter()
            .find(|a| {
                self.b
                    .get(a.name.0..a.name.1)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
            .copied()
    }

    fn context(&self) -> Mode {
        self.stack.last().map_or(Mode::Html, |e| e.child)
    }

    fn depth(&self) -> usize {
        self.stack.len() + self.floating_total
    }

    fn top_index(&self, f: impl Fn(&Entry) -> i64) -> i64 {
        self.stack.last().map_or(NONE, f)
    }

    /// The index of the topmost open element named `name`.
    fn last_pos(&self, name: u64) -> Option<usize> {
        let found = self.slot_top(name).or_else(|| {
            if self.overflow_open == 0 {
                return None;
            }
            self.overflow
                .get(&name)
                .and_then(|v| v.last())
                .map(|&p| p as usize)
        });
        #[cfg(test)]
        assert_eq!(found, self.stack.iter().rposition(|e| e.name == name));
        found
    }

    /// The index of the topmost element in the slot of `name`, when it is
    /// named `name`.
    fn slot_top(&self, name: u64) -> Option<usize> {
        let top = (self.slots.get(slot(name))?.checked_sub(1))? as usize;
        self.stack.get(top).filter(|e| e.name == name).map(|_| top)
    }

    fn push(&mut self, name: u64, tag: (usize, usize), flags: u64, child: Mode) {
        let i = self.stack.len() as i64;
        let boundary = flags & k::BOUNDARY != 0;
        let s = slot(name);
        let held = self.slots.get(s).copied().unwrap_or(0);
        let free = held == 0 || self.slot_top(name).is_some();
        let same_below = if free {
            if let Some(top) = self.slots.get_mut(s) {
                *top = i as u32 + 1;
            }
            held
        } else {
            self.overflow.entry(name).or_default().push(i as u32);
            self.overflow_open += 1;
            IN_OVERFLOW
        };
        let below = self.stack.last();
        let pick = |own: bool, prev: Option<i64>| if own { i } else { prev.unwrap_or(NONE) };
        let entry = Entry {
            name,
            tag,
            flags,
            child,
            boundary_at: pick(boundary, below.map(|e| e.boundary_at)),
            table_at: pick(flags & k::TABLE_BOUNDARY != 0, below.map(|e| e.table_at)),
            button_at: pick(
                boundary || flags & k::BUTTON != 0,
                below.map(|e| e.button_at),
            ),
            list_at: pick(boundary || flags & k::LIST != 0, below.map(|e| e.list_at)),
            special_at: pick(flags & k::SPECIAL != 0, below.map(|e| e.special_at)),
            nadp_at: pick(flags & k::SPECIAL_NADP != 0, below.map(|e| e.nadp_at)),
            same_below,
        };
        self.stack.push(entry);
    }

    /// Pops the stack down to and including index `to`. Formatting elements
    /// popped without being the one closed are reopened later by html5ever.
    fn pop_to(&mut self, to: usize, closing: bool) {
        if self.open_svg.is_some_and(|(at, _)| at >= to) {
            self.open_svg = None;
        }
        while self.stack.len() > to {
            let Some(e) = self.stack.pop() else { break };
            if e.same_below == IN_OVERFLOW {
                if let Some(v) = self.overflow.get_mut(&e.name) {
                    v.pop();
                }
                self.overflow_open = self.overflow_open.saturating_sub(1);
            } else if let Some(top) = self.slots.get_mut(slot(e.name)) {
                *top = e.same_below;
            }
            let explicit = closing && self.stack.len() == to;
            if e.flags & k::FORMATTING != 0 && !explicit {
                self.misnested = true;
                let key = self.formatting_key(&e);
                let count = self.floating_keys.entry(key).or_insert(0);
                if *count < NOAH {
                    *count += 1;
                    self.floating_total += 1;
                    self.floating_by_name.entry(e.name).or_default().push(key);
                }
            }
        }
    }

    /// The Noah's-ark key of a formatting element: its name and its whole
    /// start tag as written (html5ever compares name and attributes).
    fn formatting_key(&self, e: &Entry) -> u64 {
        fnv(e.name, self.b.get(e.tag.0..e.tag.1).unwrap_or(b""))
    }

    /// Closes an open `<p>` in button scope, as block start tags do.
    fn close_p(&mut self) {
        if let Some(pos) = self.last_pos(h::P) {
            if self.top_index(|e| e.button_at) <= pos as i64 {
                self.pop_to(pos, true);
            }
        }
    }

    fn start_tag(&mut self, lt: usize) {
        self.report.start_tags += 1;
        let name_start = lt + 1;
        let TagName {
            end: name_end,
            lower,
            hash: name,
            flags,
        } = self.read_name(name_start);
        // A tag closed right after its name (`<p>`, `<li>`) has no
        // attributes to read.
        let (end, self_closing) = if self.b.get(name_end) == Some(&b'>') {
            self.attrs.clear();
            (name_end + 1, false)
        } else {
            let Some(read) = self.attributes(name_end) else {
                self.pos = self.b.len();
                return;
            };
            read
        };
        self.pos = end;
        let lname = lower.get();

        // Attribute limits, whatever happens to the tag.
        if flags & k::PRE != 0 {
            self.open_pre += 1;
        }
        let repeated_root = flags & k::ROOT != 0
            && match lname {
                b"html" => std::mem::replace(&mut self.seen_html, true),
                b"body" => std::mem::replace(&mut self.seen_body, true),
                _ => false,
            };
        let mut attr_cuts = self.attr_cuts(repeated_root, lname);

        let mut ctx = self.context();
        let mut flags = flags;
        if matches!(ctx, Mode::Svg | Mode::Math) {
            let breakout = flags & k::BREAKOUT != 0
                || (flags & k::FONT != 0
                    && (self.attr_named(b"color").is_some()
                        || self.attr_named(b"face").is_some()
                        || self.attr_named(b"size").is_some()));
            if breakout {
                while let Some(top) = self.stack.last() {
                    if !matches!(top.child, Mode::Svg | Mode::Math) {
                        break;
                    }
                    let to = self.stack.len() - 1;
                    self.pop_to(to, true);
                }
                ctx = self.context();
            } else {
                // A foreign element.
                let ns = if flags & k::SVG != 0 {
                    Mode::Svg
                } else if flags & k::MATH != 0 {
                    Mode::Math
                } else {
                    ctx
                };
                let child = self.foreign_child_mode(ns, flags);
                if !self_closing {
                    self.open(
                        lt,
                        end,
                        name,
                        flags & (k::SPECIAL | k::BOUNDARY | k::SPECIAL_NADP),
                        child,
                        &mut attr_cuts,
                    );
                }
                self.apply_attr_cuts(attr_cuts);
                return;
            }
        }
        if ctx == Mode::Html {
            // mglyph/malignmark in a MathML text integration point stay MathML.
            let in_math_text = self
                .stack
                .last()
                .is_some_and(|e| e.flags & k::MATH_TEXT != 0);
            if in_math_text && flags & k::MGLYPH != 0 {
                if !self_closing {
                    self.open(lt, end, name, 0, Mode::Math, &mut attr_cuts);
                }
                self.apply_attr_cuts(attr_cuts);
                return;
            }
        }
        if ctx == Mode::Uncertain {
            // No implied closes, no raw text; `/>` may or may not close.
            flags &= !(k::RAWTEXT | k::CLOSES_P | k::LI | k::DD_DT | k::CELL | k::TR);
            if flags & (k::VOID | k::ROOT) == 0 {
                self.open(lt, end, name, flags, Mode::Uncertain, &mut attr_cuts);
            }
            self.apply_attr_cuts(attr_cuts);
            return;
        }

        // HTML content.
        if flags & k::FORMATTING != 0 && !self.misnested {
            // A formatting element in table structure is foster-parented;
            // a second `<a>` or `<nobr>` closes the first by the adoption
            // agency: neither is modelled here.
            let table_parent = self
                .stack
                .last()
                .is_some_and(|e| h::TABLE_PARENTS.contains(&e.name));
            let reopened = matches!(lname, b"a" | b"nobr")
                && (self.last_pos(name).is_some() || self.floating_by_name.contains_key(&name));
            self.misnested = table_parent || reopened;
        }
        if flags & k::ROOT != 0 {
            self.apply_attr_cuts(attr_cuts);
            return;
        }
        if flags & k::LI != 0 {
            if let Some(pos) = self.last_pos(name) {
                if self.top_index(|e| e.nadp_at) <= pos as i64 {
                    self.pop_to(pos, true);
                }
            }
        }
        if flags & k::DD_DT != 0 {
            let dd = self.last_pos(h::DD);
            let dt = self.last_pos(h::DT);
            if let Some(pos) = dd.max(dt) {
                if self.top_index(|e| e.nadp_at) <= pos as i64 {
                    self.pop_to(pos, true);
                }
            }
        }
        if flags & (k::CELL | k::TR) != 0 {
            let td = self.last_pos(h::TD);
            let th = self.last_pos(h::TH);
            let tr = if flags & k::TR != 0 {
                self.last_pos(h::TR)
            } else {
                None
            };
            if let Some(pos) = td.max(th).max(tr) {
                if self.top_index(|e| e.table_at) <= pos as i64 {
                    self.pop_to(pos, true);
                }
            }
        }
        if flags & k::OPTION != 0 {
            if let Some(top) = self.stack.last() {
                if top.flags & k::OPTION != 0 {
                    let to = self.stack.len() - 1;
                    self.pop_to(to, true);
                }
            }
        }
        if flags & k::CLOSES_P != 0 {
            self.close_p();
        }
        if flags & k::RAWTEXT != 0 {
            self.raw_text(lt, name_start, name_end, flags, attr_cuts);
            return;
        }
        if flags & k::VOID != 0 {
            if self.unread_head_void(lname, lt, end) {
                // Left out whole, as an unread raw text element is.
                self.cut_buf = attr_cuts;
                self.cut(lt, end);
                self.report.start_tags = self.report.start_tags.saturating_sub(1);
                return;
            }
            self.block_edge = lname == b"hr";
            self.apply_attr_cuts(attr_cuts);
            return;
        }
        let child = if flags & k::SVG != 0 {
            if self_closing {
                self.apply_attr_cuts(attr_cuts);
                return;
            }
            Mode::Svg
        } else if flags & k::MATH != 0 {
            if self_closing {
                self.apply_attr_cuts(attr_cuts);
                return;
            }
            Mode::Math
        } else if flags & k::SELECT != 0 {
            Mode::Uncertain
        } else {
            Mode::Html
        };
        let below = self.stack.len();
        self.open(lt, end, name, flags, child, &mut attr_cuts);
        if child == Mode::Html && self.stack.len() > below && flags & k::BLOCK != 0 {
            // Rows and cells: whether html5ever builds them depends on its
            // insertion mode, which is not modelled here.
            self.block_edge = flags & k::TABLE_PART == 0;
        }
        self.apply_attr_cuts(attr_cuts);
        if child == Mode::Svg
            && self.elide.unread
            && self.open_svg.is_none()
            && self.stack.len() > below
        {
            self.open_svg = Some((below, end));
            // The tag's own cuts end before `end`: the output so far plus
            // the source not yet copied up to `end`.
            self.svg_out_mark =
                self.out.as_ref().map_or(0, String::len) + end.saturating_sub(self.copied);
        }
    }

    /// The mode of the children of a foreign element in namespace `ns`.
    fn foreign_child_mode(&self, ns: Mode, flags: u64) -> Mode {
        match ns {
            Mode::Svg if flags & k::SVG_INTEGRATION != 0 => Mode::Html,
            Mode::Math if flags & k::MATH_TEXT != 0 => Mode::Html,
            Mode::Math if flags & k::ANNOTATION_XML != 0 => {
                let Some(a) = self.attr_named(b"encoding") else {
                    return Mode::Math;
                };
                let v = a.value.and_then(|(s, e)| self.b.get(s..e)).unwrap_or(b"");
                if v.eq_ignore_ascii_case(b"text/html")
                    || v.eq_ignore_ascii_case(b"application/xhtml+xml")
                {
                    Mode::Html
                } else if v.contains(&b'&') {
                    Mode::Uncertain
                } else {
                    Mode::Math
                }
            }
            other => other,
        }
    }

    /// Pushes an element, or drops its start tag when the stack is full.
    fn open(
        &mut self,
        lt: usize,
        end: usize,
        name: u64,
        flags: u64,
        child: Mode,
        attr_cuts: &mut Vec<Edit>,
    ) {
        if self.depth() >= self.limits.max_depth {
            // Whole tag goes; its attribute cuts with it.
            attr_cuts.clear();
            attr_cuts.push((lt, end, ""));
            self.report.dropped_tags += 1;
            *self.dropped_open.entry(name).or_insert(0) += 1;
            return;
        }
        let tag = if flags & k::FORMATTING != 0 {
            (lt, end)
        } else {
            (0, 0)
        };
        self.push(name, tag, flags, child);
    }

    /// The cuts enforcing the attribute limits on the current tag, and the
    /// rewritten references in the values it keeps.
    fn attr_cuts(&mut self, repeated_root: bool, tag: &[u8]) -> Vec<Edit> {
        // The buffer of the last tag, given back by `apply_attr_cuts`: one
        // allocation for the page, not one per tag with a cut.
        let mut cuts = std::mem::take(&mut self.cut_buf);
        cuts.clear();
        if self.attrs.is_empty() {
            return cuts;
        }
        // Repeated <html>/<body> tags merge their attributes into the
        // first one, at a cost quadratic in the attributes: keep none.
        let max_attrs = if repeated_root {
            0
        } else {
            self.limits.max_attributes
        };
        let max_len = self.limits.max_attribute_len;
        let refs = self.rewrites_refs();
        let mut kept = 0usize;
        for a in &self.attrs {
            if self.elide.attributes && unread_attribute(self.b, a, tag) {
                cuts.push((a.name.0, a.end, ""));
                continue;
            }
            if kept >= max_attrs {
                cuts.push((a.name.0, a.end, ""));
                self.report.dropped_attributes += 1;
                continue;
            }
            kept += 1;
            if let Some((vs, ve)) = a.value {
                if ve - vs > max_len {
                    let mut cut = vs + max_len;
                    while cut > vs && !self.src.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    cuts.push((cut, ve, ""));
                    self.report.truncated_values += 1;
                } else if refs && a.amp {
                    self.ref_edits(vs, ve, false, &mut cuts);
                }
            }
        }
        cuts
    }

    fn apply_attr_cuts(&mut self, cuts: Vec<Edit>) {
        for &(s, e, with) in &cuts {
            if with.is_empty() {
                self.cut(s, e);
            } else {
                self.replace(s, e, with);
            }
        }
        self.cut_buf = cuts;
    }

    /// Skips the contents of a raw text element up to its end tag, its
    /// start tag at `lt` and `cuts` the edits of its attributes. For
    /// extraction, an element whose body is never read
    /// ([`Self::unread_body`]) goes whole, tags too, when its end tag is a
    /// plain `</name>` (else only its body goes).
    fn raw_text(
        &mut self,
        lt: usize,
        name_start: usize,
        name_end: usize,
        flags: u64,
        cuts: Vec<Edit>,
    ) {
        if flags & k::PLAINTEXT != 0 {
            self.apply_attr_cuts(cuts);
            self.pos = self.b.len();
            return;
        }
        let name = &self.b[name_start..name_end];
        let lt_open = lt;
        let mut from = self.pos;
        // Whether the body holds a `<!--` (every `<` in it is visited here).
        let mut escaped = false;
        while let Some(off) = memchr::memchr(b'<', &self.b[from.min(self.b.len())..]) {
            let lt = from + off;
            let n = lt + 2;
            escaped |= self.b[lt + 1..].starts_with(b"!--");
            if self.b.get(lt + 1) == Some(&b'/')
                && self
                    .b
                    .get(n..n + name.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(name))
                && matches!(
                    self.b.get(n + name.len()),
                    Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
                )
            {
                let (open, body) = (lt_open, self.pos);
                let unread =
                    self.elide.unread && flags & k::UNREAD != 0 && self.unread_body(name, escaped);
                // The whole element: no later cut reached its start tag,
                // its end tag is `</name>`, and it parts no two texts.
                let close = n + name.len();
                if unread
                    && self.copied <= open
                    && self.b.get(close) == Some(&b'>')
                    && self.parts_no_texts(open, close + 1)
                {
                    self.cut_buf = cuts;
                    self.cut(open, close + 1);
                    self.report.start_tags = self.report.start_tags.saturating_sub(1);
                    self.pos = close + 1;
                    return;
                }
                self.apply_attr_cuts(cuts);
                if unread && body < lt {
                    self.cut(body, lt);
                }
                // The end tag itself is read as a normal end tag next.
                self.pos = lt;
                return;
            }
            from = lt + 1;
        }
        // Unterminated: html5ever reads the rest as the element's text.
        let body = self.pos;
        self.apply_attr_cuts(cuts);
        if self.elide.unread && flags & k::UNREAD != 0 && self.unread_body(name, escaped) {
            self.cut(body, self.b.len());
        }
        self.pos = self.b.len();
    }

    /// Whether the element at `start..end` stands between two texts that
    /// would be one without it: only blanks, if anything, between it and
    /// a tag on one side (not a comment, which goes too). A script in a
    /// line (`1996–<script>…</script>The Paper`) keeps its texts apart, as
    /// readers of text nodes see them.
    fn parts_no_texts(&self, start: usize, end: usize) -> bool {
        let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
        let before = self.b.get(..start).unwrap_or_default();
        let tag_before = match before.iter().rposition(|c| !blank(c)) {
            None => true,
            Some(i) => before[i] == b'>' && !before[..i].ends_with(b"--"),
        };
        let after = self.b.get(end..).unwrap_or_default();
        let tag_after = match after.iter().position(|c| !blank(c)) {
            None => true,
            Some(i) => {
                after[i] == b'<'
                    && after
                        .get(i + 1..)
                        .and_then(|r| r.iter().find(|&&c| c != b'/'))
                        .is_some_and(u8::is_ascii_alphabetic)
            }
        };
        tag_before || tag_after
    }

    /// Whether the `<meta>` or `<link>` tag `lname` at `lt..end` (its
    /// attributes just read) is one of the head's that no stage of
    /// extraction reads: a meta none of whose `name`, `property`,
    /// `itemprop` and `http-equiv` words is a key a stage reads
    /// (the caller's [`HeadReads`]: `crate::metadata::reads_meta_key`), a link without `itemprop`
    /// none of whose `rel` words the metadata reads
    /// (`crate::metadata::reads_link_rel`: not a stylesheet, a preload,
    /// an icon); a value with a character reference counts as read. Only
    /// in the head, where html5ever puts the element in `<head>` and no
    /// text stands beside it (the guard leaves the head's blanks out), and
    /// not when the caller's selectors may match it: then leaving it out
    /// changes no other node of the tree and nothing any stage reads.
    fn unread_head_void(&self, lname: &[u8], lt: usize, end: usize) -> bool {
        let Some(head) = self.elide.head else {
            return false;
        };
        let (keys, read): (&[&[u8]], KeyReader) = match lname {
            b"meta" => (
                &[b"name", b"property", b"itemprop", b"http-equiv"],
                head.meta_key,
            ),
            b"link" => (&[b"rel", b"itemprop"], head.link_rel),
            _ => return false,
        };
        let placed = self.in_head
            && self.elide.attributes
            && !self.refs_unsure
            && self.copied <= lt
            && self.parts_no_texts(lt, end);
        if !placed {
            return false;
        }
        self.attrs.iter().all(|a| {
            let name = self.b.get(a.name.0..a.name.1).unwrap_or_default();
            if !keys.iter().any(|k| name.eq_ignore_ascii_case(k)) {
                return true;
            }
            // A link's microdata is read whatever it names.
            if lname == b"link" && name.eq_ignore_ascii_case(b"itemprop") {
                return false;
            }
            let value = a.value.and_then(|(s, e)| self.src.get(s..e)).unwrap_or("");
            memchr::memchr(b'&', value.as_bytes()).is_none() && !any_word(value, read)
        })
    }

    /// Whether extraction never reads the body of an unread raw text
    /// element named `name` (its tag's attributes just read): not JSON-LD,
    /// and not a script html5ever may end elsewhere (`escaped`: the body
    /// holds a `<!--`), after which character references are no longer
    /// rewritten.
    fn unread_body(&mut self, name: &[u8], escaped: bool) -> bool {
        if !name.eq_ignore_ascii_case(b"script") {
            return true;
        }
        let json_ld = self.attr_named(b"type").is_some_and(|a| {
            a.value
                .and_then(|(s, e)| self.src.get(s..e))
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        });
        self.refs_unsure |= escaped;
        !(json_ld || escaped)
    }

    fn end_tag(&mut self, lt: usize) {
        let name_start = lt + 2;
        match self.b.get(name_start) {
            Some(c) if c.is_ascii_alphabetic() => {}
            Some(b'>') => {
                self.pos = name_start + 1;
                return;
            }
            None => {
                self.pos = self.b.len();
                return;
            }
            _ => {
                self.pos = name_start;
                self.skip_past(b'>');
                return;
            }
        }
        let TagName {
            end: name_end,
            lower,
            hash: name,
            flags,
        } = self.read_name(name_start);
        // Most end tags close right after their name: no attributes to
        // read (an end tag's are dropped anyway).
        let end = if self.b.get(name_end) == Some(&b'>') {
            name_end + 1
        } else {
            let Some((end, _)) = self.attributes(name_end) else {
                self.pos = self.b.len();
                return;
            };
            end
        };
        self.pos = end;

        // No look-up while no start tag was dropped (ordinary pages).
        if !self.dropped_open.is_empty() {
            if let Some(n) = self.dropped_open.get_mut(&name) {
                if *n > 0 {
                    *n -= 1;
                    self.report.dropped_tags += 1;
                    self.cut(lt, end);
                    return;
                }
            }
        }
        let lname = lower.get();
        if flags & k::PRE != 0 {
            self.open_pre = self.open_pre.saturating_sub(1);
        }
        if flags & (k::ROOT | k::BR) != 0 {
            return;
        }
        if flags & k::FORMATTING != 0 {
            // Well nested: the element is the current node. Anything else
            // runs html5ever's adoption agency, which is not modelled here.
            if self.stack.last().is_none_or(|e| e.name != name) {
                self.misnested = true;
            }
            if let Some(keys) = self.floating_by_name.get_mut(&name) {
                if let Some(key) = keys.pop() {
                    self.floating_total = self.floating_total.saturating_sub(1);
                    if let Some(c) = self.floating_keys.get_mut(&key) {
                        *c = c.saturating_sub(1);
                    }
                    return;
                }
            }
        }
        // The current node's own end tag (a well-nested page's) closes the
        // top, the last element of its name: no look-up.
        let top = (self.stack.len().checked_sub(1))
            .filter(|&t| self.stack.get(t).is_some_and(|e| e.name == name));
        let Some(pos) = top.or_else(|| self.last_pos(name)) else {
            return;
        };
        let p = pos as i64;
        let blocked = if flags & k::TABLE_END != 0 {
            self.top_index(|e| e.table_at) > p
        } else if flags & k::LI != 0 {
            self.top_index(|e| e.list_at) > p
        } else if flags & k::P != 0 {
            self.top_index(|e| e.button_at) > p
        } else if flags & k::SPECIAL != 0 {
            self.top_index(|e| e.boundary_at) > p
        } else {
            // Any other end tag (and formatting ones): a special element
            // above the match stops it.
            self.top_index(|e| e.special_at) > p
        };
        if !blocked {
            let svg_body = match self.open_svg {
                Some((at, body)) if at == pos && lname == b"svg" => Some(body),
                _ => None,
            };
            self.pop_to(pos, true);
            self.block_edge =
                flags & (k::BLOCK | k::TABLE_PART) == k::BLOCK && self.context() == Mode::Html;
            if let Some(body) = svg_body {
                // Nothing in an SVG image is article text or metadata.
                if body >= self.copied {
                    self.cut(body, lt);
                } else if let Some(out) = self.out.as_mut() {
                    // A cut inside the body copied part of it: take that
                    // back, or the body's cut would start in the middle of
                    // a tag (`<desc </svg>`) and leave the SVG open.
                    out.truncate(self.svg_out_mark);
                    self.copied = lt;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    /// [`super::bound_for_extraction`] as the pipeline runs it, with the
    /// metadata's reads of the head.
    fn bound_as_pipeline<'a>(
        html: &'a str,
        limits: &Limits,
        attributes: bool,
    ) -> (Cow<'a, str>, Report) {
        super::bound_for_extraction(html, limits, attributes, Some(crate::metadata::HEAD_READS))
    }

    use super::*;

    #[test]
    fn compile_time_name_hashes_are_the_lower_casing_hash() {
        for name in ["p", "dd", "dt", "td", "th", "tr", "table", "tbody"] {
            assert_eq!(
                name_hash(name.as_bytes()),
                fnv(crate::fnv::OFFSET, name.as_bytes())
            );
            let upper = name.to_ascii_uppercase();
            assert_eq!(
                name_hash(name.as_bytes()),
                fnv(crate::fnv::OFFSET, upper.as_bytes())
            );
        }
        assert_eq!(h::TABLE_PARENTS[4], h::TR);
        assert_ne!(h::TD, h::TH);
    }

    #[test]
    fn classify_block_and_table_part_bits_are_the_name_lists() {
        let names = [
            "address",
            "article",
            "aside",
            "blockquote",
            "caption",
            "dd",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "section",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
            "pre",
            "listing",
            "center",
            "form",
            "details",
            "dialog",
            "dir",
            "search",
            "summary",
            "img",
            "br",
            "span",
            "a",
            "b",
            "select",
            "option",
            "script",
            "style",
            "title",
            "svg",
            "math",
            "body",
            "html",
            "head",
            "template",
            "button",
            "colgroup",
            "col",
            "iframe",
            "xmp",
            "plaintext",
            "font",
            "x",
        ];
        for name in names {
            let flags = classify(name.as_bytes());
            assert_eq!(
                flags & k::BLOCK != 0,
                is_block_name(name.as_bytes()),
                "{name}"
            );
            assert_eq!(
                flags & k::TABLE_PART != 0,
                is_table_part(name.as_bytes()),
                "{name}"
            );
            let pre = matches!(name, "pre" | "listing");
            assert_eq!(flags & k::PRE != 0, pre, "{name}");
        }
    }

    #[test]
    fn names_sharing_a_slot_are_found_where_they_are_open() {
        // Three names whose hashes pick one slot: the first to open holds
        // it, the others go to the overflow (`last_pos` checks itself
        // against a scan of the stack in tests).
        let mut by_slot: HashMap<usize, Vec<String>> = HashMap::new();
        let names = (0..5000).map(|i| format!("x{i}")).find_map(|name| {
            let same = by_slot
                .entry(slot(fnv(crate::fnv::OFFSET, name.as_bytes())))
                .or_default();
            same.push(name);
            (same.len() == 3).then(|| same.clone())
        });
        let Some([a, b, c]) = names.as_deref() else {
            panic!("no three names share a slot");
        };
        // Each unit closes what it opened, by the first name's end tag
        // (the others close implicitly): the depth stays at three.
        for unit in [
            format!("<{a}><{b}><{c}>t</{a}>"),
            format!("<{b}><{a}><{c}><{b}>t</{b}></{c}></{b}>"),
            format!("<{c}><{b}></{c}><{a}>t</{a}>"),
        ] {
            let (_, report) = bound_with_report(&unit.repeat(100), &lim(4));
            assert!(report.is_unchanged(), "{unit}");
        }
    }

    #[test]
    fn any_word_is_any_of_split_whitespace() {
        // Every `char::is_whitespace` in and near ASCII, and beyond it.
        let pieces = [
            "og:title", "a", "OG", "x", " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{1c}",
            "\u{85}", "\u{a0}", "\u{2003}", "\u{3000}", "é", "",
        ];
        let reads: [KeyReader; 3] = [
            |w| w == "og:title",
            |w| w.len() % 2 == 1,
            |w| w.contains('\u{1c}'),
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 5) as usize;
            let value: String = (0..len)
                .map(|k| pieces[((seed >> (8 * k + 8)) % pieces.len() as u64) as usize])
                .collect();
            for read in reads {
                assert_eq!(
                    any_word(&value, read),
                    value.split_whitespace().any(read),
                    "{value:?}"
                );
            }
        }
    }

    #[test]
    fn find2_finds_what_memchr2_finds() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut draw = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as u8
        };
        // Bytes next to the two sought (borrows of the word-at-a-time test)
        // and high bytes.
        let alphabet = [
            b'<', b'&', b'=', b';', b'%', b'\'', b'"', 0, 1, 0x80, 0xbc, 0xa6, 0xff,
        ];
        for _ in 0..2000 {
            let len = usize::from(draw(80));
            let b: Vec<u8> = (0..len)
                .map(|_| {
                    if draw(4) == 0 {
                        alphabet[usize::from(draw(alphabet.len() as u64))]
                    } else {
                        b'a' + draw(26)
                    }
                })
                .collect();
            for from in 0..=len {
                for (x, y) in [(b'<', b'&'), (b'"', b'&'), (b'\'', b'&')] {
                    let want = memchr::memchr2(x, y, &b[from..]).map(|o| from + o);
                    assert_eq!(find2(&b, from, x, y), want, "{b:?} from {from}");
                }
            }
        }
    }

    fn lim(depth: usize) -> Limits {
        Limits {
            max_depth: depth,
            ..Limits::default()
        }
    }

    fn for_extraction(html: &str) -> String {
        bound_as_pipeline(html, &Limits::default(), true)
            .0
            .into_owned()
    }

    #[test]
    fn a_line_break_opening_text_trades_places_with_the_blank_after_it_outside_pre() {
        let cases = [
            ("<b>a</b>\n  <i>b</i>", "<b>a</b> \n <i>b</i>"),
            ("<b>a</b>\r\nb<i>b\r</i>", "<b>a</b> \nb<i>b\r</i>"),
            // Alone, a break stays (the guard never makes text longer).
            ("<b>a</b>\nb", "<b>a</b>\nb"),
            ("<p>a</p>\r\tb", "<p>a</p> \nb"),
            // After a left-out comment too.
            ("<p>a<!-- c -->\n b</p>", "<p>a \nb</p>"),
            // Line breaks in preformatted text are its layout: kept as
            // they are, up to the end of the last open `<pre>`.
            (
                "<pre>\n<b>x</b>\n  y<pre>\nz</pre>\n</pre>\n <b>",
                "<pre>\n<b>x</b>\n  y<pre>\nz</pre>\n</pre> \n<b>",
            ),
            (
                "<LISTING>\n<i>x</i>\n</listing>",
                "<LISTING>\n<i>x</i>\n</listing>",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(for_extraction(html), want, "{html:?}");
        }
        // The public bound leaves text alone.
        let html = "<b>a</b>\n  <i>b</i>";
        assert!(matches!(bound(html, &Limits::default()), Cow::Borrowed(_)));
    }

    #[test]
    fn whitespace_between_block_tags_is_left_out_for_extraction() {
        let cases = [
            (
                "<div>\n  <p>a</p>\n  <p>b <b>c</b>\n <i>d</i></p>\n</div>",
                "<div><p>a</p><p>b <b>c</b> \n<i>d</i></p></div>",
            ),
            // A comment is no text: what follows it still borders the
            // block before it (what comes before it is kept).
            (
                "<ul><li>a</li>\n<!-- x -->\n<LI>b</ul>",
                "<ul><li>a</li>\n<LI>b</ul>",
            ),
            // Tags html5ever drops are no block edges: an end tag with
            // nothing to close, table parts outside a table.
            ("a</div>\n</div>b", "a</div>\n</div>b"),
            ("a<td>\n<td>b", "a<td>\n<td>b"),
            ("a<tr><td>b</td></tr>\n<tr>c", "a<tr><td>b</td></tr>\n<tr>c"),
            (
                "<table><tr><td>a</td>\n<td>b</table>",
                "<table><tr><td>a</td>\n<td>b</table>",
            ),
            (
                "<table><tr><td>a</td></tr></table>\n<p>b",
                "<table><tr><td>a</td></tr></table><p>b",
            ),
            // Nor are what is never shown: the blank after the block stays
            // between words (the one before the next block's start goes,
            // see the next test).
            (
                "<div>a</div>\n<template></template>\n<div>b</div>",
                "<div>a</div>\n<template></template><div>b</div>",
            ),
            // Next to inline elements, `<br>` or text, whitespace separates
            // words: kept (but before a block's start tag, see below).
            ("<p>a</p> <span>b</span>", "<p>a</p> <span>b</span>"),
            ("<br>\n\t<span>", "<br> \n<span>"),
            ("<td>a</td> b <td>", "<td>a</td> b <td>"),
            // In preformatted text it is layout.
            (
                "<pre><div>a</div>\n<div>b</div></pre>",
                "<pre><div>a</div>\n<div>b</div></pre>",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(for_extraction(html), want, "{html:?}");
        }
        // Not when user selectors may read the tree as it is (`:empty`).
        let kept = bound_as_pipeline("<div>\n</div>", &Limits::default(), false).0;
        assert_eq!(kept, "<div>\n</div>");
    }

    #[test]
    fn whitespace_before_a_block_start_tag_is_left_out_for_extraction() {
        let cases = [
            // The block starts a line whatever comes before it.
            (
                "<span>a</span>\n  <div>b</div>",
                "<span>a</span><div>b</div>",
            ),
            ("<br>\n\t<p>c", "<br><p>c"),
            (
                "<li><a href=x>a</a>\n<ul><li>b</ul>",
                "<li><a href=x>a</a><ul><li>b</ul>",
            ),
            // Not before an end tag: that whitespace trails its block
            // only when the tag closes one (see the next test).
            ("<b>a</b>\n</div>b", "<b>a</b>\n</div>b"),
            // Not before table parts, which html5ever drops outside a table.
            ("<b>a</b>\n<td>b", "<b>a</b>\n<td>b"),
            // Not in foreign content or a `<select>`.
            (
                "<math><mi>a</mi>\n<section>b</section></math>",
                "<math><mi>a</mi>\n<section>b</section></math>",
            ),
            ("<select>\n<div>b", "<select>\n<div>b"),
            // Not in preformatted text, nor once a formatting element was
            // closed by another tag (html5ever reopens it for text).
            (
                "<pre><b>a</b>\n<div>b</div></pre>",
                "<pre><b>a</b>\n<div>b</div></pre>",
            ),
            ("<p><b>a<p>c</p>\n<div>", "<p><b>a<p>c</p>\n<div>"),
        ];
        for (html, want) in cases {
            assert_eq!(for_extraction(html), want, "{html:?}");
        }
        // Not near the depth limit, where the start tag may be dropped.
        let limits = Limits {
            max_depth: 4,
            ..Limits::default()
        };
        let html = "<div><span>a</span>\n<div>b</div></div>";
        assert_eq!(bound_as_pipeline(html, &limits, true).0, html);
        // Not for the public bound, nor with user selectors.
        assert_eq!(bound("<i>a</i>\n<p>", &Limits::default()), "<i>a</i>\n<p>");
        let kept = bound_as_pipeline("<i>a</i>\n<p>", &Limits::default(), false).0;
        assert_eq!(kept, "<i>a</i>\n<p>");
    }

    #[test]
    fn whitespace_at_a_block_edge_is_left_out_for_extraction() {
        let cases = [
            // Leading a block, before a tag.
            (
                "<div>\n  <a href=x>a</a> b\n</div>",
                "<div><a href=x>a</a> b\n</div>",
            ),
            // Trailing a block its end tag closes.
            (
                "<ul><li><a href=x>a</a>\n</li>\n</ul>",
                "<ul><li><a href=x>a</a></li></ul>",
            ),
            ("<div><b>a</b>\n</div>b", "<div><b>a</b></div>b"),
            // A comment is no text: whitespace after it still leads the
            // block, unless text came before it.
            ("<div><!-- c -->\n<b>b</b></div>", "<div><b>b</b></div>"),
            ("<div>a<!-- c --> <b>b</b></div>", "<div>a <b>b</b></div>"),
            // A block in a link or a span is still a block to extraction,
            // which starts a line at it: its edges' whitespace parts no
            // words (tests/properties.rs checks the article is the same).
            (
                "<a href=x><div>\n<b>a</b>\n</div>b</a>",
                "<a href=x><div><b>a</b></div>b</a>",
            ),
            (
                "<span><p>\n<b>a</b>\n</p></span>",
                "<span><p><b>a</b></p></span>",
            ),
            // An end tag that closes nothing, a table part html5ever drops
            // outside a table: no block edge.
            ("<b>a</b>\n</li>b", "<b>a</b>\n</li>b"),
            ("<td>\n<b>x</b>", "<td>\n<b>x</b>"),
            // Preformatted text keeps its layout.
            (
                "<pre><div>\n<b>x</b>\n</div></pre>",
                "<pre><div>\n<b>x</b>\n</div></pre>",
            ),
            // Not while the page holds a formatting element html5ever
            // reopens for text.
            (
                "<p><b>a<p>c</p><div>\n<i>d</i>\n</div>",
                "<p><b>a<p>c</p><div>\n<i>d</i>\n</div>",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(for_extraction(html), want, "{html:?}");
        }
        // Not with user selectors (`:empty`, `:first-child` read it).
        let html = "<div>\n<b>a</b>\n</div>";
        let kept = bound_as_pipeline(html, &Limits::default(), false).0;
        assert_eq!(kept, html);
    }

    #[test]
    fn whitespace_in_the_head_is_left_out_for_extraction() {
        let page =
            "<!DOCTYPE html>\n<html lang=en>\n<head>\n  <meta name=description content=b>\n  \
                    <title>T</title>\n  <link rel=canonical href=/x>\n  <script>x()</script>\n\
                    <style>p{}</style>\n</head>\n<body>\n<b>a</b> <i>b</i></body>";
        assert_eq!(
            for_extraction(page),
            "<!DOCTYPE html><html lang=en><head><meta name=description content=b><title>T</title>\
             <link rel=canonical href=/x></head><body>\n\
             <b>a</b> <i>b</i></body>"
        );
        // The head ends at text, at any other tag, and where the model
        // does not follow html5ever into a script.
        let cases = [
            (
                "<head><meta name=description content=b>x\n<meta name=keywords content=d>",
                "<head><meta name=description content=b>x\n<meta name=keywords content=d>",
            ),
            (
                "<head><noscript></noscript>\n<meta name=keywords content=d>",
                "<head>\n<meta name=keywords content=d>",
            ),
            (
                "<html></html>\n<meta name=keywords content=d>",
                "<html></html>\n<meta name=keywords content=d>",
            ),
            (
                "<head><script><!--</script>\n<meta name=keywords content=d>",
                "<head><script><!--</script>\n<meta name=keywords content=d>",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(for_extraction(html), want, "{html:?}");
        }
        // Not for the public bound.
        let html = "<head>\n<meta name=description content=b>\n</head>";
        assert_eq!(bound(html, &Limits::default()), html);
    }

    #[test]
    fn common_references_are_spelt_the_cheap_way_in_html_text_and_values() {
        let cases = [
            // Text: the character itself, `&` as a decimal reference.
            (
                "<p>&quot;Yes&quot; &amp; no&nbsp;&mdash; it&rsquo;s</p>",
                "<p>\"Yes\" &#38; no\u{a0}\u{2014} it\u{2019}s</p>",
            ),
            // Values: quotes and `&` as decimal references.
            (
                "<a href=\"/?a=1&amp;b=2\" alt='&quot;x&apos; &hellip;'>t</a>",
                "<a href=\"/?a=1&#38;b=2\" alt='&#34;x&#39; \u{2026}'>t</a>",
            ),
            ("<img alt=a&amp;b src=x>", "<img alt=a&#38;b src=x>"),
            // Not references as html5ever matches them: left alone.
            (
                "<p>&AMP; &amp &ampx; &quot &#34;</p>",
                "<p>&AMP; &amp &ampx; &quot &#34;</p>",
            ),
            // Raw text and RCDATA, comments' neighbours, an SVG image, a
            // select's options: as they are.
            (
                "<title>&quot;</title><textarea>&amp;</textarea><p>&amp;</p>",
                "<title>&quot;</title><textarea>&amp;</textarea><p>&#38;</p>",
            ),
            (
                "<svg><text>&amp;</text></svg><select><option>&amp;</select>",
                "<svg></svg><select><option>&amp;</select>",
            ),
            // After a CDATA section or a script html5ever may end
            // elsewhere, the model is unsure of the tokenizer: no rewrite.
            (
                "<p>&amp;</p><![CDATA[x]]><p>&amp;</p>",
                "<p>&#38;</p><![CDATA[x]]><p>&amp;</p>",
            ),
            (
                "<p>&amp;</p><script><!-- x </script><p>&amp;</p>",
                "<p>&#38;</p><script><!-- x </script><p>&amp;</p>",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(for_extraction(html), want, "{html:?}");
        }
        // The public bound leaves references alone.
        let html = "<p title=\"&quot;\">&amp;</p>";
        assert!(matches!(bound(html, &Limits::default()), Cow::Borrowed(_)));
    }

    #[test]
    fn rewritten_references_parse_to_the_same_tree() {
        let html = "<div class=\"a&amp;b\"><p id='&quot;q&quot;'>&quot;One&quot; &amp; two&nbsp;&hellip; \
                    &lsquo;three&rsquo; &ldquo;four&rdquo; &ndash; &laquo;five&raquo; &copy; &middot; &bull; \
                    &apos;six&apos;</p><a href=/x?a=1&amp;copy=2&amp;lt=3>&amp;lt; &amp;amp;</a>\
                    <img alt=&quot;seven&quot; src=y></div>";
        let guarded = for_extraction(html);
        assert_ne!(guarded, html);
        let tree = |h: &str| scraper::Html::parse_document(h).html();
        assert_eq!(tree(&guarded), tree(html));
    }

    #[test]
    fn unread_raw_text_bodies_are_left_out_for_extraction() {
        let cases = [
            // The whole element, tags and attributes too.
            ("<script>var a = '<p>x</p>';</script><p>t</p>", "<p>t</p>"),
            (
                "<p><b>a</b><script async src=x.js onload=f()></script> b</p>",
                "<p><b>a</b> b</p>",
            ),
            ("<noscript><img src=a.png></noscript>t", "t"),
            // Between two texts it keeps them apart: the body alone.
            (
                "<p>1996–<script>w(2024)</script>\nThe Paper</p>",
                "<p>1996–<script></script>\nThe Paper</p>",
            ),
            (
                "<p>a<!-- c --><script>w()</script> b</p>",
                "<p>a<script></script> b</p>",
            ),
            // An end tag other than `</name>`: the body alone.
            (
                "<STYLE>p { color: red }</style ><p>t</p>",
                "<STYLE></style ><p>t</p>",
            ),
            // JSON-LD is metadata: kept.
            (
                r#"<script type=" Application/LD+JSON ">{"a":1}</script>"#,
                r#"<script type=" Application/LD+JSON ">{"a":1}</script>"#,
            ),
            // html5ever's escaped script states may end it elsewhere: kept.
            (
                "<script><!--<script>a</script>b--></script>",
                "<script><!--<script>a</script>b--></script>",
            ),
            // RCDATA that is read (the title) stays.
            ("<title>T</title>", "<title>T</title>"),
            // Unterminated: html5ever reads it all as script text.
            ("<p>t<script>x = 1", "<p>t<script>"),
            // A comment whose removal would make markup of the text
            // around it stays (found by the `elision` fuzz target).
            ("a<<!-- c -->!<p>b</p>", "a<<!-- c -->!<p>b</p>"),
            ("a<<!-- c -->div>", "a<<!-- c -->div>"),
            ("&amp<!-- c -->;", "&amp<!-- c -->;"),
            ("x&#3<!-- c -->8;", "x&#3<!-- c -->8;"),
            ("word<!-- c -->word", "wordword"),
        ];
        for (html, want) in cases {
            assert_eq!(for_extraction(html), want, "{html}");
        }
        // An element left out is not counted among the start tags (a
        // lower bound on the elements html5ever builds).
        let html = "<script src=a.js></script><p>t<style>p{}</style>";
        let (_, report) = bound_as_pipeline(html, &Limits::default(), true);
        assert_eq!(report.start_tags, 1);
        // The public bound keeps them.
        let html = "<script>x()</script><style>p{}</style><svg><path d=M0/></svg>";
        assert!(matches!(bound(html, &Limits::default()), Cow::Borrowed(_)));
    }

    #[test]
    fn unread_head_metas_are_left_out_for_extraction() {
        // Keys no stage reads go, tags whole; read keys stay, and so does a
        // key read by its words (a date) or spelt with a reference.
        let html = concat!(
            r#"<html><head><meta name="viewport" content="width=device-width">"#,
            r#"<meta property="og:title" content="Ferry"><meta name=ROBOTS content=index>"#,
            r#"<meta name="x-release-date" content="2024-05-01"><meta charset=utf-8>"#,
            r#"<meta property="og:x og:site_name" content="Bay"><meta name="de&#115;cription" content="d">"#,
            r#"<meta name="DCTERMS.title" content="Ferry"><meta name="dc:rights" content="x">"#,
            r#"<title>Ferry</title></head><body><meta itemprop="ship" content="x"><p>t</p></body></html>"#,
        );
        assert_eq!(
            for_extraction(html),
            concat!(
                r#"<html><head><meta property="og:title" content="Ferry">"#,
                r#"<meta name="x-release-date" content="2024-05-01">"#,
                r#"<meta property="og:x og:site_name" content="Bay"><meta name="de&#115;cription" content="d">"#,
                r#"<meta name="DCTERMS.title" content="Ferry">"#,
                r#"<title>Ferry</title></head><body><meta itemprop="ship" content="x"><p>t</p></body></html>"#,
            )
        );
        // Left out, they are not counted among the start tags.
        let (_, report) = bound_as_pipeline(html, &Limits::default(), true);
        assert_eq!(report.start_tags, 11);
        // With the caller's selectors (no attribute elision), all stay.
        let kept = bound_as_pipeline(html, &Limits::default(), false).0;
        assert_eq!(kept, html);
    }

    #[test]
    fn unread_head_links_are_left_out_for_extraction() {
        // Stylesheets, preloads and icons go; the canonical address, the
        // source, the image and microdata stay, and so do the body's links.
        let html = concat!(
            r#"<head><link rel=stylesheet href=/s.css><link rel="preload ICON" href=/f.woff>"#,
            r#"<link rel=canonical href=/a><link rel="Image_Src" href=/i.jpg>"#,
            r#"<link rel="alternate original-source" href=//wire.example/a>"#,
            r#"<link itemprop=url href=/u><link rel=st&#121;lesheet href=/t.css>"#,
            r#"</head><body><link rel=stylesheet href=/b.css><p>t</p></body>"#,
        );
        assert_eq!(
            for_extraction(html),
            concat!(
                r#"<head><link rel=canonical href=/a><link rel="Image_Src" href=/i.jpg>"#,
                r#"<link rel="alternate original-source" href=//wire.example/a>"#,
                r#"<link itemprop=url href=/u><link rel=st&#121;lesheet href=/t.css>"#,
                r#"</head><body><link rel=stylesheet href=/b.css><p>t</p></body>"#,
            )
        );
    }

    #[test]
    fn unread_attributes_are_left_out_for_extraction() {
        // A style that may hide the element stays; others go.
        let html = r#"<p style="color: red">a</p><p style="display: none">b</p><p style="top:0&#59;">c</p>"#;
        assert_eq!(
            for_extraction(html),
            r#"<p >a</p><p style="display: none">b</p><p style="top:0&#59;">c</p>"#
        );
        let html = r#"<div data-track='{"a":1}' class=c onclick="go()" aria-label=x aria-hidden=true data-src=a.jpg DATA-SRCSET=b.jpg id=i data-x>t</div>"#;
        assert_eq!(
            for_extraction(html),
            r#"<div  class=c   aria-hidden=true data-src=a.jpg DATA-SRCSET=b.jpg id=i >t</div>"#
        );
        // Not asked for: kept.
        let kept = bound_as_pipeline(html, &Limits::default(), false).0;
        assert_eq!(kept, html);
    }

    #[test]
    fn presentation_loading_and_form_attributes_are_left_out_for_extraction() {
        let html = r#"<a href=/a TARGET=_blank title="Read more" rel=author>t</a><img src=a.jpg width=640 height="480" loading=lazy alt=x><link rel=original-source href=/s title="The Source"><label for=q class=c>q</label><div x-data="{open: false}" :class=c @click=go v-if=ok ng-show=s id=i>d</div><meta name=author content=Ann><input name=q value=1 type=hidden><link rel=canonical href=/c><p rel=x>p</p>"#;
        assert_eq!(
            for_extraction(html),
            r#"<a href=/a   rel=author>t</a><img src=a.jpg    alt=x><link rel=original-source href=/s title="The Source"><label  class=c>q</label><div      id=i>d</div><meta name=author content=Ann><input   type=hidden><link rel=canonical href=/c><p >p</p>"#
        );
        // What html5ever reads to build the tree stays: a `<font>`'s
        // `color` breaks out of foreign content.
        let html = "<svg><font color=red>x</font></svg>";
        assert_eq!(for_extraction(html), html);
    }

    #[test]
    fn left_out_attributes_do_not_count_toward_the_limit() {
        // Found by the guard fuzz target: html5ever never sees the left-out
        // attributes, so the next ones take their places under the cap.
        let limits = Limits {
            max_attributes: 2,
            ..Limits::default()
        };
        let html = "<a data-x=1 onclick=2 href=/a class=c id=i>t</a>";
        assert_eq!(bound(html, &limits), "<a data-x=1 onclick=2   >t</a>");
        assert_eq!(
            bound_as_pipeline(html, &limits, true).0,
            "<a   href=/a class=c >t</a>"
        );
    }

    #[test]
    fn svg_bodies_are_left_out_only_when_their_own_end_tag_closes_them() {
        let html = "<p>a<svg viewBox='0 0 1 1'><g><path d='M0 0'/><title>i</title></g></SVG>b</p>";
        assert_eq!(
            for_extraction(html),
            "<p>a<svg viewBox='0 0 1 1'></SVG>b</p>"
        );
        // Comments go too, also inside an SVG.
        let html = "<p>a<!-- x -->b<!---->c<!--> d</p><svg><!--c--><path/></svg>";
        assert_eq!(for_extraction(html), "<p>abc d</p><svg></svg>");
        // Nested SVG goes with the outer one.
        let html = "<svg><svg><rect/></svg><circle/></svg>x";
        assert_eq!(for_extraction(html), "<svg></svg>x");
        // A breakout tag ends the SVG in html5ever: its text is HTML content.
        let html = "<svg><path/><p>real text</p></svg>";
        assert_eq!(for_extraction(html), html);
        // An end tag of an element outside closes the SVG first.
        let html = "<div><svg><path/></div>after</svg>";
        assert_eq!(for_extraction(html), html);
        // Attributes and comments cut inside the body go with it: the
        // body's cut must not start inside the last tag they were cut from
        // (`<desc </svg>` would leave the SVG open over the rest).
        let html = "<div><svg data-a='1'><g data-b='2'><desc data-c='3'><p>t</p></desc>\
                    <!-- c --><path data-d='4'/></g></svg></div><p>after</p>";
        assert_eq!(for_extraction(html), "<div><svg ></svg></div><p>after</p>");
    }

    #[test]
    fn ordinary_page_is_borrowed() {
        let html = "<!doctype html><html><head><title>a <b> c</title><style>p>a{}</style>\
                    <script>if (a<b) document.write('<div>')</script></head><body>\
                    <p>one<p>two<ul><li>x<li>y</ul><svg><path/><path/></svg>\
                    <table><tr><td>1<td>2<tr><td>3</table></body></html>";
        let (out, report) = bound_with_report(html, &lim(8));
        assert!(matches!(out, Cow::Borrowed(_)));
        assert!(report.is_unchanged());
    }

    #[test]
    fn deep_nesting_is_cut_at_the_limit_keeping_text() {
        let html = format!("{}text{}", "<div>".repeat(1000), "</div>".repeat(1000));
        let (out, report) = bound_with_report(&html, &lim(10));
        assert_eq!(
            out,
            format!("{}text{}", "<div>".repeat(10), "</div>".repeat(10))
        );
        assert_eq!(report.dropped_tags, 1980);
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_do_not_count() {
        let html = format!(
            "<div>{}<dl>{}</dl><select>{}</select></div>",
            "<p>para<li>item".repeat(200),
            "<dt>t<dd>d".repeat(200),
            "<option>o".repeat(3)
        );
        assert!(matches!(bound(&html, &lim(6)), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_inside_raw_text_and_comments_do_not_count() {
        let inner = "<div>".repeat(50);
        for (open, close) in [
            ("<script>", "</script>"),
            ("<style>", "</style >"),
            ("<textarea>", "</TEXTAREA>"),
            ("<title>", "</title>"),
            ("<!--", "-->"),
        ] {
            let html = format!("{open}{inner}{close}<p>x</p>");
            assert!(
                matches!(bound(&html, &lim(4)), Cow::Borrowed(_)),
                "{open} counted its contents"
            );
        }
    }

    #[test]
    fn raw_text_in_svg_is_not_skipped() {
        // In SVG, <style> is an ordinary element: the divs after it nest.
        let html = format!("<svg><style>{}", "<g>".repeat(100));
        let (_, report) = bound_with_report(&html, &lim(20));
        assert!(report.dropped_tags > 0);
    }

    #[test]
    fn self_closing_counts_only_in_foreign_content() {
        let svg = format!("<svg>{}</svg>", "<rect/>".repeat(100));
        assert!(matches!(bound(&svg, &lim(8)), Cow::Borrowed(_)));
        // In HTML `<div/>` opens a div.
        let (_, report) = bound_with_report(&"<div/>".repeat(100), &lim(8));
        assert!(report.dropped_tags > 0);
        // Breaking out of SVG makes `/>` HTML again.
        let (_, report) = bound_with_report(&format!("<svg><p>{}", "<div/>".repeat(100)), &lim(8));
        assert!(report.dropped_tags > 0);
    }

    #[test]
    fn end_tags_html5ever_ignores_do_not_pop() {
        // `</span>` cannot close past a <div>; `</li>` not past a <ul>;
        // `</div>` not past an <object>.
        for unit in ["<span><div></span>", "<li><ul></li>", "<div><object></div>"] {
            let (_, report) = bound_with_report(&unit.repeat(100), &lim(16));
            assert!(report.dropped_tags > 0, "{unit} escaped the guard");
        }
    }

    #[test]
    fn reopened_formatting_elements_count() {
        // Each </p><p> makes html5ever reopen all the open formatting
        // elements: with distinct attributes, that grows without bound.
        let mut html = String::new();
        for i in 0..200 {
            html.push_str(&format!("<p><b id={i}>x</p>"));
        }
        let (_, report) = bound_with_report(&html, &lim(50));
        assert!(report.dropped_tags > 0);
        // Identical ones are bounded by Noah's ark (three).
        let same = "<p><b>x</p>".repeat(200);
        assert!(matches!(bound(&same, &lim(50)), Cow::Borrowed(_)));
    }

    #[test]
    fn attributes_beyond_the_cap_are_dropped() {
        let attrs: String = (0..10).map(|i| format!(" a{i}=\"{i}\"")).collect();
        let html = format!("<p{attrs}>x</p>");
        let limits = Limits {
            max_attributes: 3,
            ..Limits::default()
        };
        let (out, report) = bound_with_report(&html, &limits);
        assert_eq!(
            out.trim_end(),
            "<p a0=\"0\" a1=\"1\" a2=\"2\"       >x</p>".trim_end()
        );
        assert_eq!(report.dropped_attributes, 7);
    }

    #[test]
    fn long_values_are_truncated_at_a_char_boundary() {
        let html = format!("<p class=\"{}\">x</p>", "é".repeat(100));
        let limits = Limits {
            max_attribute_len: 9,
            ..Limits::default()
        };
        assert_eq!(bound(&html, &limits), "<p class=\"éééé\">x</p>");
    }

    /// The attribute reader before its byte classes: a byte at a time
    /// against the bytes that end each part. What [`Guard::attributes`]
    /// must read alike.
    fn attributes_by_bytes(b: &[u8], start: usize) -> Option<(usize, bool, Vec<Attr>)> {
        let mut attrs = Vec::new();
        let ws = |c: u8| matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
        let mut i = start;
        loop {
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            let c = *b.get(i)?;
            if c == b'>' {
                return Some((i + 1, false, attrs));
            }
            if c == b'/' {
                i += 1;
                if *b.get(i)? == b'>' {
                    return Some((i + 1, true, attrs));
                }
                continue;
            }
            let name_start = i;
            i += 1;
            while i < b.len() && !ws(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let name = (name_start, i);
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            if b.get(i) != Some(&b'=') {
                attrs.push(Attr {
                    name,
                    value: None,
                    end: name.1,
                    amp: false,
                });
                continue;
            }
            i += 1;
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            match *b.get(i)? {
                q @ (b'"' | b'\'') => {
                    let v = i + 1;
                    let close = v + b[v..].iter().position(|&c| c == q)?;
                    attrs.push(Attr {
                        name,
                        value: Some((v, close)),
                        end: close + 1,
                        amp: b[v..close].contains(&b'&'),
                    });
                    i = close + 1;
                }
                b'>' => attrs.push(Attr {
                    name,
                    value: Some((i, i)),
                    end: i,
                    amp: false,
                }),
                _ => {
                    let v = i;
                    let mut amp = false;
                    while i < b.len() && !ws(b[i]) && b[i] != b'>' {
                        amp |= b[i] == b'&';
                        i += 1;
                    }
                    attrs.push(Attr {
                        name,
                        value: Some((v, i)),
                        end: i,
                        amp,
                    });
                }
            }
        }
    }

    /// An attribute's name, value, end and whether its value has a `&`.
    type AttrFields = ((usize, usize), Option<(usize, usize)>, usize, bool);

    fn attr_fields(a: &Attr) -> AttrFields {
        (a.name, a.value, a.end, a.amp)
    }

    #[test]
    fn tag_names_and_attributes_read_as_byte_at_a_time() {
        // Pieces of tags, hostile ones among them, strung together by a
        // fixed pseudo-random draw.
        let pieces: [&str; 34] = [
            "<",
            "</",
            "a",
            "DIV",
            "data-X",
            " ",
            "\t",
            "\n",
            "\r",
            "\x0c",
            "=",
            "\"",
            "'",
            "&",
            "&amp;",
            ">",
            "/",
            "/>",
            "x",
            "class",
            "=\"a b\"",
            "='v'",
            "=v&w",
            "==",
            "\u{e9}",
            "\u{1F600}",
            "aaaaaaaaaaaaaaaaaaaa",
            "=\"",
            "`",
            "<p",
            " a=1 b c=\"\"",
            "\0",
            "\u{a0}",
            "ab\rcd",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut draw = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let len = 1 + draw(24);
            let html: String = (0..len).map(|_| pieces[draw(pieces.len())]).collect();
            let mut g = Guard::new(&html, Limits::default());
            for start in 0..=html.len() {
                let TagName {
                    end,
                    lower,
                    hash,
                    flags,
                } = g.tag_name(start);
                assert_eq!(flags, classify(lower.get()), "{html:?}");
                assert_eq!(end, g.name_end(start), "{html:?} at {start}");
                let raw = &g.b[start..end];
                assert_eq!(lower.get(), LowerName::new(raw).get(), "{html:?}");
                assert_eq!(hash, fnv(crate::fnv::OFFSET, raw), "{html:?}");
                let old = attributes_by_bytes(g.b, start)
                    .map(|(e, sc, a)| (e, sc, a.iter().map(attr_fields).collect::<Vec<_>>()));
                let new = g
                    .attributes(start)
                    .map(|(e, sc)| (e, sc, g.attrs.iter().map(attr_fields).collect::<Vec<_>>()));
                assert_eq!(new, old, "{html:?} at {start}");
            }
        }
    }

    #[test]
    fn arbitrary_bytes_do_not_panic() {
        let junk: Vec<u8> = (0..20_000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let s = String::from_utf8_lossy(&junk);
        let _ = bound(&s, &lim(4));
        for cut in [
            "<", "</", "<!", "<!-", "<a", "<a b", "<a b=", "<a b=\"", "</a", "<script>",
        ] {
            let _ = bound(cut, &lim(4));
        }
    }

    /// The guard's output over every page of the corpora named in
    /// `GUARD_CORPUS` (directories, `:`-separated), hashed page by page:
    /// written to `GUARD_HASHES` when that file is missing, else compared
    /// with it. For changes meant to keep the output byte-identical: run it
    /// on the build before them, then after (`cargo test --release --lib
    /// -- --ignored guard_output_over_corpora`).
    #[test]
    #[ignore]
    fn guard_output_over_corpora() {
        use std::hash::{DefaultHasher, Hash};
        let (Ok(dirs), Ok(file)) = (std::env::var("GUARD_CORPUS"), std::env::var("GUARD_HASHES"))
        else {
            panic!("set GUARD_CORPUS and GUARD_HASHES");
        };
        let mut pages = Vec::new();
        for dir in dirs.split(':') {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "html") {
                    pages.push(path);
                }
            }
        }
        pages.sort();
        // Tight limits too, so that the cuts for depth and attributes run.
        let tight = Limits {
            max_depth: 12,
            max_attributes: 3,
            max_attribute_len: 24,
        };
        let mut lines = String::new();
        for path in &pages {
            let html = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
            let mut h = DefaultHasher::new();
            for limits in [Limits::default(), tight] {
                let runs = [
                    bound_with_report(&html, &limits),
                    bound_as_pipeline(&html, &limits, true),
                    bound_as_pipeline(&html, &limits, false),
                ];
                for (out, report) in runs {
                    out.hash(&mut h);
                    (report.dropped_tags, report.dropped_attributes).hash(&mut h);
                    (report.truncated_values, report.start_tags).hash(&mut h);
                }
            }
            lines.push_str(&format!("{:016x} {}\n", h.finish(), path.display()));
        }
        match std::fs::read_to_string(&file) {
            Ok(want) if want != lines => {
                std::fs::write(format!("{file}.new"), &lines).unwrap();
                panic!("guard output changed: diff {file} {file}.new");
            }
            Ok(_) => {}
            Err(_) => std::fs::write(&file, &lines).unwrap(),
        }
        eprintln!("{} pages", pages.len());
    }
}
