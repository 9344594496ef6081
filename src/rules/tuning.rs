//! The numbers of the prune decision, of the class weights, of the line
//! patterns and of the body's conditional cleaning, in one place.
//!
//! The DOM stage prunes a container before scoring when its name or tag says
//! boilerplate (see [`Kind`](super::Kind)); these numbers say when a
//! boilerplate-named container is nevertheless kept because it holds the
//! article.

/// Score added to an element whose class/id/role/tag says content, and
/// taken from one whose name says boilerplate (Readability's class weight).
pub const CLASS_WEIGHT: i16 = 25;

/// A widget-named container ([`Kind::Widget`](super::Kind::Widget)) holding
/// at least this many bytes of text…
pub const WIDGET_PROSE_MIN_TEXT: u32 = 1500;
/// …in at least this many `<p>`…
pub const WIDGET_PROSE_MIN_PARAS: u32 = 3;
/// …with at most this share of link text, in tenths, is a wrapper around
/// the article (`id="gigya-share-btns-container"` around a whole story),
/// not a widget: widgets are small.
pub const WIDGET_PROSE_MAX_LINK_TENTHS: u32 = 3;

/// A strong-boilerplate-named container ([`Kind::Strong`](super::Kind::Strong))
/// whose largest content-named descendant holds at least this many bytes…
pub const BOILER_RESCUE_MIN_CONTENT: u32 = 1000;
/// …and at least this share of the container's text, in tenths, wraps the
/// article (a `has-sidebar` layout wrapper), and is kept.
pub const BOILER_RESCUE_MIN_SHARE_TENTHS: u32 = 5;

/// A container named as boilerplate or a widget (Prism's `code-toolbar`)
/// whose text is at least this share, in tenths, inside `<pre>` wraps a
/// code listing and its controls, and is kept (issue 16, families7).
pub const PRE_WRAPPER_MIN_SHARE_TENTHS: u32 = 5;

/// An inline element named as a widget (an ad network's label span) with at
/// most this many bytes of text, starting a line of its own, is pruned like
/// a widget block; longer ones are words of the article.
pub const INLINE_WIDGET_MAX_TEXT: u32 = 60;

/// In the relaxed pass (names prune nothing), a block named as a widget
/// with no `<p>` and at most this many bytes of text is still pruned: a
/// chat launcher's or a cookie button's line (about 30 to 80 bytes), never
/// the misnamed wrapper of an article (issue 16).
pub const RELAXED_WIDGET_MAX_TEXT: u32 = 100;

/// A `<form>` (or `<fieldset>`) with fewer `<p>` than this is a comment,
/// search or login form; some sites wrap the whole page in one form, which
/// must stay.
pub const FORM_KEEP_MIN_PARAS: u32 = 3;

/// A `<button>` holding a block-level element with at least this many bytes
/// of text is an accordion's heading (an FAQ question), not a control.
pub const BUTTON_HEADING_MIN_TEXT: u32 = 20;

/// Longest block, in bytes, that can be a teaser, credit or legal line
/// ([`LINE_PREFIXES`](super::LINE_PREFIXES)).
pub const LINE_MAX_LEN: usize = 200;
/// Longest block, in bytes, that can be an interface label
/// ([`LABELS`](super::LABELS)).
pub const LABEL_MAX_LEN: usize = 64;
/// Longest line, in bytes, that can be a byline ("By Jane Roe").
pub const BYLINE_MAX_LEN: usize = 80;
/// Longest block, in bytes, that can be an author's bio.
pub const BIO_MAX_LEN: usize = 500;

// Conditional cleaning of the blocks inside the chosen body.

/// Longest line, in bytes, that can be a link bar ("Print this story |
/// Send to a friend", "Home > News"): two or more links and little else.
pub const LINK_BAR_MAX_TEXT: usize = 160;
/// A link bar has at least this share of its letters and digits (of its
/// text, for a `<p>`) in links, in tenths; a breadcrumb needs no share.
pub const LINK_BAR_MIN_LINKED_TENTHS: usize = 8;
/// A container outside a list with more `<li>` than `<p>` and this many is
/// a list of links, not prose.
pub const LIST_ITEMS_OVER_PARAGRAPHS_MARGIN: f32 = 100.0;
/// A container with less text than this (bytes) and a link in it is a
/// stray control, not prose.
pub const SHORT_LINKED_MAX_TEXT: f32 = 25.0;
/// A block inside the body with at least this many commas is prose and
/// kept by conditional cleaning whatever its images, list items or short
/// links say (Readability's comma count).
pub const CLEAN_KEEP_MIN_COMMAS: u32 = 10;
/// A block with more images than this…
pub const IMAGES_OVER_PARAGRAPHS_MIN: f32 = 1.0;
/// …and fewer paragraphs (of any tag) than this per image is a gallery or
/// an ad strip, not prose with pictures — save the block that opens the
/// body's prose with a good share of it ([`MAJOR_BLOCK_SHARE`], most of
/// its own text prose): the article's lead under its photos.
pub const IMAGES_MIN_PARAGRAPHS_EACH: f32 = 0.5;
/// A short linked block ([`SHORT_LINKED_MAX_TEXT`]) whose text is at least
/// this share heading text is a linked section title and stays.
pub const SHORT_LINKED_MAX_HEADING_SHARE: f32 = 0.9;
/// A short linked block with one image up to this many is a linked
/// figure and stays; with none or more it is a control or a strip.
pub const SHORT_LINKED_KEEP_MAX_IMAGES: f32 = 2.0;
/// A container whose text is in `<ul>`/`<ol>` for more than this share, in
/// tenths, is judged as the list it holds (a features grid), with a
/// list's link limit.
pub const LIST_TEXT_MIN_TENTHS: u32 = 9;
/// A weakly named element whose heading text is at least this share of
/// its text, in tenths, wraps a heading: the name ("title", "header") is
/// the heading's, and a section title stays.
pub const HEADING_WRAPPER_MIN_TENTHS: u32 = 8;
/// An inline element whose parent holds more than this many halves of its
/// own text (1.5 times) stands inside running text: its class is part of
/// a sentence (`<a class=meta-org>`), not a block's name.
pub const RUNNING_TEXT_MIN_PARENT_HALVES: u32 = 3;
/// A block with at least this share of the body's text, and few links, is
/// not dropped for a boilerplate name (a product review's sections named
/// `…-widget`).
pub const MAJOR_BLOCK_SHARE: f32 = 0.1;
/// A block named weakly or like a widget (not strong boilerplate) is kept
/// from the negative-score rule with this share of the body's text in
/// prose (a product card named `…-header-card`, an accordion's section).
pub const NAMED_PROSE_SHARE: f32 = 0.02;
/// A block with at least this share of the body's text is the body itself
/// for the negative-score and link-density rules of conditional cleaning:
/// its links are held to a list's limit, and a content-named block's too
/// (class weight [`CLASS_WEIGHT`] or more).
pub const MOST_OF_BODY: f32 = 0.5;
/// See [`MAJOR_BLOCK_SHARE`]: at least this share of the block's text must
/// be in paragraphs.
pub const MAJOR_BLOCK_PROSE: f32 = 0.5;
/// At most this many link lines stand apart from a block's prose (a "read
/// also" line and a credit): such a block's link density is its prose's;
/// a block of more is a list of links with captions.
pub const LINK_LINES_APART: u32 = 2;
/// Most characters between a sentence's end and the link after it for
/// the piece to read as a line of its own ("Source: ", "(via ", "[…] ",
/// "via The Outlet's Name "): a credit linked after the post's last
/// sentence, in the same paragraph. Counted without whitespace (a lead-in
/// of an outlet's name is not longer for its spaces) and in characters,
/// not bytes (nor for its accents and curly apostrophes: "Lire l’article
/// complet sur ").
pub const TRAILING_LINK_LEAD: usize = 24;

/// A teaser card of another post (inside the body: a related post, a grid
/// of recent posts) holds at most this many bytes of text: a linked title,
/// a date, an excerpt.
pub const TEASER_MAX_TEXT: u32 = 1500;
/// A teaser's title link has at least this many bytes of text.
pub const TEASER_TITLE_MIN_TEXT: u32 = 15;
/// A link is a title line when it holds at least this share, in tenths, of
/// the block around it.
pub const TEASER_TITLE_LINE_TENTHS: u32 = 8;
/// A teaser's excerpt cut short with an ellipsis has at least this many
/// bytes of text (an ellipsis closing a short label is no excerpt).
pub const TEASER_EXCERPT_MIN_TEXT: u32 = 40;
/// Beside its teasers, a grid holds headings and labels of at most this
/// many bytes ("Related posts", "Read next").
pub const TEASER_LABEL_MAX_TEXT: u32 = 40;
