//! Article metadata from every place a news page states it: JSON-LD,
//! OpenGraph and `article:*`, Twitter cards, Dublin Core, `citation_*`,
//! `parsely-*`/`sailthru.*`, schema.org microdata, `<link rel>`, `<time>`,
//! `<html lang>`, and DOM heuristics (the `h1`, byline elements, `<title>`).
//!
//! [`collect`] walks the document once and gathers raw values; each field is
//! then chosen by a fixed precedence, structured data first:
//!
//! | field | precedence |
//! |---|---|
//! | title | an `h1` that a metadata title contains (a kicker word like "Opinion" before it dropped); else the page's only `h1` when it shares most of its words with a structured-data title (the printed headline beside a reworded social one); else JSON-LD `headline`, Dublin Core, `og:title`, `twitter:title`, `citation_title`, parsely, sailthru, microdata `headline`, `<meta name=title>`, `<title>` — all without the site-name suffix/prefix (the site named by metadata, else by a logo or home-link `h1`, which is never the headline) |
//! | authors | JSON-LD `author`, then author meta tags (`author`, `article:author`, `parsely-author`, `sailthru.author`, `dc.creator`, `citation_author`), microdata `author`, `rel=author` links, byline elements, then unmarked "By …" lines outside menus, navigation and figures (not comment authors, not an "about the author" box); the marked byline when it names every author the chosen source names and more co-authors of a person's shape; a credit to an editor, photographer or illustrator ("Edited by …") and a date line or the outlet's name glued after a name is cut off; an agency acronym or the outlet only when no person is named; an organisation that JSON-LD names as the author, as written, only when nothing else names anyone; Dublin Core creators written family name first ("Jong, Michiel de") turned round; a "By …" sentence ("By clicking …") is no byline |
//! | published / modified | the date the article's header shows (a bare date or a "Published" line beside the headline, an "Updated" line) when structured data states another day; else JSON-LD, `article:*_time`, Dublin Core, `citation_*`, parsely, sailthru, other date metas, microdata, `<time datetime>` (the unmarked one nearest the headline), the URL path, date lines, a byline that carries the date; relative dates ("2 hours ago") only when the fetch time is known; a UTC time in the offset another source of the page gives it |
//! | site_name | `og:site_name` (without a slogan after the name when JSON-LD or the host confirms the name), JSON-LD publisher / `WebSite` name, `application-name`, the site part of `<title>` |
//! | lang | `<html lang>`, `Content-Language`, `og:locale`, JSON-LD `inLanguage`, then detection from the text |
//! | canonical_url | `<link rel=canonical>`, `og:url`, JSON-LD `url`; tracking parameters removed |
//! | source_url | `<link rel=original-source\|syndication-source\|original>`, `original-source` meta, JSON-LD `isBasedOn`, an absolute `dc.source` |
//! | source_name | JSON-LD `isBasedOn` publisher / source organisation, the `title` of that `<link>` |
//! | description | Dublin Core, `og:description`, `description`, `twitter:description` (the order of the title's sources), JSON-LD; else the body's first paragraph |
//! | section | `article:section`, parsely, `section` meta, JSON-LD `articleSection` (its first category when it joins several) |
//! | tags | `article:tag`, parsely, sailthru, `news_keywords`, `keywords`, JSON-LD `keywords`; without the CMS's own labels (`PageType: Article`, `@segment`) |
//!
//! Text values are decoded once more when a page escaped them twice
//! (`content="Rock &amp;amp; Roll"`, HTML entities inside JSON-LD strings).
//!
//! Values the body extraction already set (e.g. a syndication source) are
//! never overwritten by [`Metadata::apply`].

pub(crate) mod authors;
pub(crate) mod dates;
mod fingerprint;
pub(crate) mod jsonld;
mod lang;
mod urls;

use std::collections::HashMap;

use chrono::{DateTime, Timelike as _, Utc};
use html5ever::{local_name, LocalName};
use scraper::{ElementRef, Html, Node};
use url::Url;

use crate::article::{Article, Block, Image, Timestamp};
use crate::rules::metadata::{self as words, MetaConcept, MetaScope};

pub(crate) use urls::best_from_srcset;

/// Metadata collected from a document before the body is known.
///
/// Besides the [`Article`] fields it exposes, for the body extraction:
/// - [`Metadata::article_body`]: JSON-LD `articleBody`, a fallback text
///   when the DOM gives nothing;
/// - `h1`: the texts of the page's first `h1` elements, in document order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) authors: Vec<String>,
    pub(crate) published: Option<Timestamp>,
    pub(crate) modified: Option<Timestamp>,
    pub(crate) site_name: Option<String>,
    pub(crate) lang: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) canonical_url: Option<Url>,
    pub(crate) source_url: Option<Url>,
    pub(crate) source_name: Option<String>,
    pub(crate) lead_image: Option<Image>,
    pub(crate) tags: Vec<String>,
    pub(crate) section: Option<String>,
    /// JSON-LD `articleBody` as the page writes it (entities, runs of
    /// whitespace): [`Metadata::article_body`] makes it text.
    ld_body: Option<String>,
    #[allow(dead_code)] // for the body extraction's title heuristics
    pub(crate) h1: Vec<String>,
    /// The base for relative URLs: `<base href>` resolved against the page
    /// URL, else the page URL.
    pub(crate) base: Option<Url>,
}

/// The microdata properties `choose` reads; others are not collected.
const USED_ITEMPROPS: &[&str] = &[
    "headline",
    "author",
    "creator",
    "datePublished",
    "dateCreated",
    "dateModified",
    "image",
];

/// Most `h1` / byline / `<time>` candidates kept from the DOM.
const MAX_DOM_CANDIDATES: usize = 8;

/// Raw values found in one pass over the document.
#[derive(Default)]
struct Raw {
    /// `<meta>` values by lower-cased `name` / `property` / `itemprop` /
    /// `http-equiv`, in document order.
    meta: HashMap<String, Vec<String>>,
    /// The keys of `meta` whose name states a date kind
    /// ([`meta_key_kind`]), classified once, when first asked for (most
    /// pages state their dates elsewhere first).
    date_keys: std::cell::OnceCell<Vec<(dates::DateKind, String)>>,
    /// The dates of the page's date metas, `<time>`s and date microdata
    /// that state an offset other than UTC, in [`in_page_offset`]'s
    /// order: parsed once, when first asked for (published and modified
    /// ask the same question).
    offset_dates: std::cell::OnceCell<Vec<Timestamp>>,
    /// `<link>` hrefs by lower-cased `rel` token.
    links: HashMap<String, Vec<String>>,
    ld: Vec<serde_json::Value>,
    title_tag: Option<String>,
    html_lang: Option<String>,
    base_href: Option<String>,
    h1: Vec<String>,
    /// The text of the first `h1` that is the site's logo or a link to its
    /// home page: the site's name as the page shows it.
    brand: Option<String>,
    /// Texts of the header's site-title elements and the `alt` of logo
    /// images: names the site shows, to be confirmed by the title or host.
    site_titles: Vec<String>,
    /// Microdata values (non-`<meta>` elements) by `itemprop`.
    itemprops: HashMap<String, Vec<String>>,
    rel_author: Vec<String>,
    bylines: Vec<String>,
    /// Texts of elements without a byline class that start with "By …".
    by_lines: Vec<String>,
    /// `datetime` of `<time>` elements with their document order: those
    /// marked as the publication time (`pubdate`, `itemprop=datePublished`,
    /// a "publish" class) first.
    times: Vec<(String, usize)>,
    /// How many of `times` are marked.
    marked_times: usize,
    /// Short texts of elements whose class/id names a date, and of `<time>`
    /// elements without `datetime`.
    date_lines: Vec<String>,
    /// The `title` of a `<link rel=original-source|syndication-source>`.
    source_link_title: Option<String>,
    /// `datetime` of `<time>` elements marked as the update time (an
    /// "updated" / "modified" class, `itemprop=dateModified`, an "Updated"
    /// label before it).
    modified_times: Vec<String>,
    /// Short visible lines that state a date, in document order.
    visible: Vec<VisibleLine>,
    /// The document-order index of the first headline `h1`.
    h1_order: Option<usize>,
}

/// A short visible line that states a date ("Published on March 2, 2023",
/// a bare "Dec 12, 2025" under the headline).
struct VisibleLine {
    text: String,
    /// The label outside the line: in the parent's text ("Updated:
    /// <span>Dec 31, 2024</span>"), the element just before it
    /// (`<div>Published</div><div>Oct 14, 2025</div>`), or its class.
    label: Option<dates::DateKind>,
    /// The element's index in document order.
    order: usize,
}

/// Most visible date lines kept.
const MAX_VISIBLE_DATES: usize = 24;

/// Longest direct text of an element read as a visible date line.
const MAX_DATE_LINE: usize = 100;

/// Reads the document's metadata. `fetched_at`, when known, is the time
/// the page was fetched: dates after it are rejected, and relative dates
/// ("2 hours ago") count back from it. Without it, dates after now are
/// rejected and relative dates ignored.
pub(crate) fn collect(doc: &Html, url: Option<&Url>, fetched_at: Option<Timestamp>) -> Metadata {
    let raw = scan(doc);
    let fetched = fetched_at.map(|t| t.with_timezone(&Utc));
    choose(&raw, url, fetched.unwrap_or_else(Utc::now), fetched)
}

fn norm_ws(s: &str) -> String {
    crate::text::clean(s)
}

fn element_text(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    // The limit counts text, not the indentation between elements (which
    // a guarded parse leaves out).
    let mut seen = 0;
    for t in crate::rules::spaced_pieces(el) {
        s.push_str(t);
        seen += t.trim().len();
        if seen > 2000 {
            break;
        }
    }
    norm_ws(&s)
}

fn has_ancestor(el: ElementRef<'_>, names: &[&str]) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| names.contains(&a.value().name()))
}

/// Normalises a meta key: lower case, Dublin Core prefixes unified to `dc.`.
fn meta_key(k: &str) -> String {
    let k = k.trim().to_ascii_lowercase();
    for p in ["dcterms.", "dcterms:", "dcterm:", "dcterm.", "dc:"] {
        if let Some(rest) = k.strip_prefix(p) {
            return format!("dc.{rest}");
        }
    }
    k
}

/// The `<meta>` keys the stages read by name, besides the date and author
/// keys ([`PUBLISHED_KEYS`], [`MODIFIED_KEYS`], [`AUTHOR_KEYS`]), as
/// [`meta_key`] gives them: the metadata's fields, the standfirst's
/// description (`extract::dek`) and the stripper's site names. A key no
/// stage reads lets the guard leave its `<meta>` out of the head
/// ([`reads_meta_key`]); the lookups ([`first`], [`all`]) check in debug
/// builds that every key they are asked for is here.
const READ_META_KEYS: &[&str] = &[
    // The site's name (also the stripper's).
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
    // The language.
    "content-language",
    "language",
    "dc.language",
    "og:locale",
    // The description (also the standfirst's).
    "dc.description",
    "og:description",
    "description",
    "twitter:description",
    // The canonical and source addresses.
    "og:url",
    "original-source",
    "syndication-source",
    "dc.source",
    // The lead image.
    "og:image:alt",
    "twitter:image:alt",
    "og:image:secure_url",
    "og:image",
    "og:image:url",
    "twitter:image",
    "twitter:image:src",
    // The tags and the section.
    "article:tag",
    "parsely-tags",
    "sailthru.tags",
    "news_keywords",
    "keywords",
    "article:section",
    "parsely-section",
    "section",
    // The title (and [`TITLE_META_KEYS`]).
    "title",
    // JSON-LD a framework writes into a meta ([`scan_meta`]).
    "script:ld+json",
];

/// The `rel` tokens of `<link>` tags the metadata reads (lower case):
/// the canonical address, the syndication source and the lead image. The
/// guard leaves a `<link>` of the head out when it has none of them and no
/// `itemprop` ([`reads_link_rel`]); [`links`] checks in debug builds that
/// every token it is asked for is here.
const READ_LINK_RELS: &[&str] = &[
    "canonical",
    "original-source",
    "syndication-source",
    "original",
    "image_src",
];

/// What the stages read of the head's `<meta>` and `<link>` tags, for the
/// guard ([`crate::guard::bound_for_extraction`]) to leave the rest out.
pub(crate) const HEAD_READS: crate::guard::HeadReads = crate::guard::HeadReads {
    meta_key: reads_meta_key,
    link_rel: reads_link_rel,
};

/// Whether the metadata reads a `<link>` with the `rel` token `rel` (as
/// written, any case).
pub(crate) fn reads_link_rel(rel: &str) -> bool {
    READ_LINK_RELS.iter().any(|r| rel.eq_ignore_ascii_case(r))
}

/// The hrefs of the page's `<link>` tags with the `rel` token `rel` (one
/// of [`READ_LINK_RELS`]).
fn links<'a>(raw: &'a Raw, rel: &str) -> impl Iterator<Item = &'a str> + 'a {
    debug_assert!(READ_LINK_RELS.contains(&rel), "{rel}");
    raw.links.get(rel).into_iter().flatten().map(String::as_str)
}

/// The `<meta>` keys that state the headline, in the order they are
/// read after the JSON-LD's.
const TITLE_META_KEYS: &[&str] = &[
    "dc.title",
    "og:title",
    "twitter:title",
    "citation_title",
    "parsely-title",
    "sailthru.title",
    "headline",
];

/// Prefixes of the numbered keys of a link preview's label/data pairs
/// ([`preview_authors`]).
const READ_META_PREFIXES: &[&str] = &["twitter:label", "twitter:data"];

/// Whether a stage reads the `<meta>` key `key` (one word of a `name`,
/// `property`, `itemprop` or `http-equiv` value, as written): one of the
/// keys read by name ([`READ_META_KEYS`], the date and author keys), a
/// numbered preview key, or a key the date readers find by its words
/// ([`meta_key_kind`], and the `date`, `time` and `publish` of the offset
/// reader). The guard leaves a `<meta>` of the head out when none of its
/// keys is read ([`crate::guard`]).
pub(crate) fn reads_meta_key(key: &str) -> bool {
    // Keys are mostly written in lower case without a Dublin Core prefix
    // (all of which start `dc`): then [`meta_key`] gives the key trimmed,
    // read here without the copy.
    let trimmed = key.trim();
    if !trimmed.starts_with("dc") && !trimmed.bytes().any(|b| b.is_ascii_uppercase()) {
        return is_read_meta_key(trimmed);
    }
    is_read_meta_key(&meta_key(key))
}

/// [`reads_meta_key`] of a key [`meta_key`] normalised.
fn is_read_meta_key(k: &str) -> bool {
    // The keys read by name with their hashes, sorted by hash once: a
    // binary search compares integers, and a key's spelling is compared
    // once, where its hash is found.
    static BY_NAME: std::sync::OnceLock<Vec<(u64, &'static str)>> = std::sync::OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut keys: Vec<(u64, &str)> = [
            READ_META_KEYS,
            TITLE_META_KEYS,
            PUBLISHED_KEYS,
            MODIFIED_KEYS,
            AUTHOR_KEYS,
        ]
        .concat()
        .into_iter()
        .map(|k| (crate::fnv::hash(k.as_bytes()), k))
        .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    });
    let read_by_name = || {
        let h = crate::fnv::hash(k.as_bytes());
        let from = by_name.partition_point(|&(kh, _)| kh < h);
        by_name
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(kh, _)| kh == h)
            .any(|&(_, name)| name == k)
    };
    // A key no date pattern is in names no date: [`meta_key_kind`] only
    // for the others.
    let may_date = || {
        [MetaConcept::MetaKeyUpdated, MetaConcept::MetaKeyPublished]
            .iter()
            .any(|&c| words::may_name(c, MetaScope::Substring, k))
    };
    OFFSET_DATE_KEY_WORDS.iter().any(|w| holds(k, w))
        || read_by_name()
        || READ_META_PREFIXES.iter().any(|p| k.starts_with(p))
        || (may_date() && meta_key_kind(k).is_some())
}

/// The attributes `scan` reads, found in one pass over an element's
/// attributes (`Element::attr` interns its argument on every call, which
/// costs more than the whole scan otherwise).
#[derive(Default)]
struct Attrs<'a> {
    /// What the element's name is to the scan ([`tag_kinds`]), read once:
    /// every test below asks for it.
    tag: u16,
    class: Option<&'a str>,
    id: Option<&'a str>,
    itemprop: Option<&'a str>,
    rel: Option<&'a str>,
    content: Option<&'a str>,
    value: Option<&'a str>,
    name: Option<&'a str>,
    property: Option<&'a str>,
    http_equiv: Option<&'a str>,
    href: Option<&'a str>,
    src: Option<&'a str>,
    datetime: Option<&'a str>,
    type_: Option<&'a str>,
    title: Option<&'a str>,
    pubdate: bool,
    /// [`class_name_flags`] of `class`.
    class_names: u8,
}

impl<'a> Attrs<'a> {
    /// The attributes `scan` reads, the class's [`class_name_flags`] read
    /// directly.
    #[cfg(test)]
    fn of(el: &'a scraper::node::Element) -> Self {
        let mut a = Attrs {
            tag: tag_kinds(&el.name.local),
            ..Attrs::default()
        };
        a.read(el);
        a.class_names = a
            .class
            .map_or(0, |c| class_name_flags(c, &mut String::new()));
        a
    }

    /// Whether the element's name is of one of the `kinds` ([`tag_kinds`]).
    fn is(&self, kinds: u16) -> bool {
        self.tag & kinds != 0
    }

    /// Reads the attributes into `self`, all but [`Attrs::class_names`].
    /// Names are compared as atoms, one integer comparison each, not as
    /// strings.
    fn read(&mut self, el: &'a scraper::node::Element) {
        // `pubdate` is no static atom: built once.
        static PUBDATE: std::sync::OnceLock<LocalName> = std::sync::OnceLock::new();
        let pubdate = PUBDATE.get_or_init(|| LocalName::from("pubdate"));
        let a = self;
        for (k, v) in el.attrs.iter() {
            let k = &k.local;
            let slot = if *k == local_name!("class") {
                &mut a.class
            } else if *k == local_name!("id") {
                &mut a.id
            } else if *k == local_name!("href") {
                &mut a.href
            } else if *k == local_name!("src") {
                &mut a.src
            } else if *k == local_name!("rel") {
                &mut a.rel
            } else if *k == local_name!("content") {
                &mut a.content
            } else if *k == local_name!("name") {
                &mut a.name
            } else if *k == local_name!("property") {
                &mut a.property
            } else if *k == local_name!("itemprop") {
                &mut a.itemprop
            } else if *k == local_name!("type") {
                &mut a.type_
            } else if *k == local_name!("title") {
                &mut a.title
            } else if *k == local_name!("value") {
                &mut a.value
            } else if *k == local_name!("datetime") {
                &mut a.datetime
            } else if *k == local_name!("http-equiv") {
                &mut a.http_equiv
            } else {
                a.pubdate |= k == pubdate;
                continue;
            };
            *slot = Some(v);
        }
    }
}

/// Element kinds the scan tells apart ([`tag_kinds`]): each a bit.
const TAG_META: u16 = 1;
const TAG_LINK: u16 = 1 << 1;
const TAG_BASE: u16 = 1 << 2;
const TAG_SCRIPT: u16 = 1 << 3;
const TAG_TITLE: u16 = 1 << 4;
const TAG_H1: u16 = 1 << 5;
const TAG_TIME: u16 = 1 << 6;
const TAG_A: u16 = 1 << 7;
const TAG_IMG: u16 = 1 << 8;
/// Elements whose content states no metadata: styles, fallbacks and
/// templates.
const TAG_UNREAD: u16 = 1 << 9;
/// Elements whose own text is never a visible date line: the document's
/// frame, the `<title>`, images and form controls.
const TAG_NO_DATE_LINE: u16 = 1 << 10;
/// Elements whose class or id does not make their text a date line or a
/// byline: the document, its sections and images.
const TAG_CONTAINER: u16 = 1 << 11;
/// Elements an unmarked "By …" line is read from ([`starts_with_by`]).
const TAG_BY_LINE: u16 = 1 << 12;

/// The kinds of an element name, in one comparison of the name with each
/// name the scan knows (instead of one per question asked of it). The
/// names are compared as atoms, one integer comparison each, not as
/// strings.
fn tag_kinds(name: &LocalName) -> u16 {
    match *name {
        local_name!("meta") => TAG_META,
        local_name!("link") => TAG_LINK,
        local_name!("base") => TAG_BASE,
        local_name!("script") => TAG_SCRIPT | TAG_CONTAINER,
        local_name!("style") | local_name!("noscript") | local_name!("template") => TAG_UNREAD,
        local_name!("title") => TAG_TITLE | TAG_NO_DATE_LINE,
        local_name!("h1") => TAG_H1,
        local_name!("time") => TAG_TIME,
        local_name!("a") => TAG_A,
        local_name!("img") => TAG_IMG | TAG_CONTAINER,
        local_name!("html") | local_name!("body") => TAG_NO_DATE_LINE | TAG_CONTAINER,
        local_name!("head")
        | local_name!("svg")
        | local_name!("option")
        | local_name!("textarea")
        | local_name!("select") => TAG_NO_DATE_LINE,
        local_name!("article") | local_name!("section") | local_name!("main") => TAG_CONTAINER,
        local_name!("p")
        | local_name!("span")
        | local_name!("div")
        | local_name!("li")
        | local_name!("address")
        | local_name!("small")
        | local_name!("em") => TAG_BY_LINE,
        _ => 0,
    }
}

/// Walks the document once and gathers the raw values every field is
/// chosen from: the head's metas, links and JSON-LD, then what each body
/// element states (headline, times, date lines, microdata, bylines).
fn scan(doc: &Html) -> Raw {
    let root = doc.root_element().value();
    let mut raw = Raw {
        html_lang: root
            .attr("lang")
            .or_else(|| root.attr("xml:lang"))
            .map(str::to_string),
        ..Raw::default()
    };
    let mut names_buf = String::new();
    let mut comments = CommentMemo::default();
    let mut names = NameMemo::default();
    let mut order = 0usize;
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        order += 1;
        // `Attrs::of`, the class's `name_flags` read through the memo
        // (built in place: a returned `Attrs` is copied).
        let mut at = Attrs {
            tag: tag_kinds(&el.name.local),
            ..Attrs::default()
        };
        at.read(el);
        at.class_names = at.class.map_or(0, |c| names.flags(c));
        if at.is(TAG_META) {
            scan_meta(&mut raw, &at);
        } else if at.is(TAG_LINK) {
            scan_link(&mut raw, &at);
        } else if at.is(TAG_BASE) {
            if raw.base_href.is_none() {
                raw.base_href = at.href.map(str::to_string);
            }
        } else if at.is(TAG_SCRIPT) {
            scan_script(&mut raw, node, &at);
        } else if !at.is(TAG_UNREAD) {
            if let Some(e) = ElementRef::wrap(node) {
                scan_element(&mut raw, e, &at, order, &mut names_buf, &mut comments);
            }
        }
    }
    raw
}

/// A `<meta>`: its content under each of its keys (`name`, `property`,
/// `itemprop`, `http-equiv`).
fn scan_meta(raw: &mut Raw, at: &Attrs<'_>) {
    let Some(content) = at.content.or(at.value) else {
        return;
    };
    let content = content.trim();
    if content.is_empty() {
        return;
    }
    // JSON-LD a framework writes into a meta instead of a script
    // (`<meta name="script:ld+json" content="{…}">`).
    if at
        .name
        .is_some_and(|n| n.eq_ignore_ascii_case("script:ld+json"))
    {
        if let Some(v) = jsonld::parse_script(content) {
            raw.ld.push(v);
        }
        return;
    }
    for keys in [at.name, at.property, at.itemprop, at.http_equiv]
        .into_iter()
        .flatten()
    {
        for k in keys.split_whitespace() {
            raw.meta
                .entry(meta_key(k))
                .or_default()
                .push(decode_entities(content).into_owned());
        }
    }
}

/// A `<link>`: its href under each `rel` token (and the title of a source
/// link), and under its `itemprop`.
fn scan_link(raw: &mut Raw, at: &Attrs<'_>) {
    if let (Some(rel), Some(href)) = (at.rel, at.href) {
        if raw.source_link_title.is_none()
            && rel.split_whitespace().any(|r| {
                r.eq_ignore_ascii_case("original-source")
                    || r.eq_ignore_ascii_case("syndication-source")
            })
        {
            raw.source_link_title = at.title.map(norm_ws).filter(|t| !t.is_empty());
        }
        for r in rel.split_whitespace() {
            raw.links
                .entry(r.to_ascii_lowercase())
                .or_default()
                .push(href.to_string());
        }
    }
    if let (Some(prop), Some(href)) = (at.itemprop, at.href) {
        raw.itemprops
            .entry(prop.to_string())
            .or_default()
            .push(href.to_string());
    }
}

/// A `<script>`: a JSON-LD block, parsed.
fn scan_script(raw: &mut Raw, node: ego_tree::NodeRef<'_, Node>, at: &Attrs<'_>) {
    let is_ld = at
        .type_
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
    if !is_ld {
        return;
    }
    if let Some(e) = ElementRef::wrap(node) {
        let text: String = e.text().collect();
        if let Some(v) = jsonld::parse_script(&text) {
            raw.ld.push(v);
        }
    }
}

/// What an element of the page states: the `<title>`, a headline, a
/// `<time>`, a visible date line, microdata, an author link, a date- or
/// byline-named element.
fn scan_element<'a>(
    raw: &mut Raw,
    e: ElementRef<'a>,
    at: &Attrs<'_>,
    order: usize,
    names_buf: &mut String,
    comments: &mut CommentMemo<'a>,
) {
    if at.is(TAG_TITLE) {
        if raw.title_tag.is_none() && !has_ancestor(e, &["svg"]) {
            raw.title_tag = Some(element_text(e));
        }
    } else if at.is(TAG_H1) {
        if raw.h1.len() < MAX_DOM_CANDIDATES {
            scan_h1(raw, e, at, order);
        }
    } else if at.is(TAG_TIME) && raw.times.len() < MAX_DOM_CANDIDATES {
        scan_time(raw, e, at, order);
    }
    if raw.site_titles.len() < MAX_SITE_TITLES {
        if let Some(t) = site_title(e, at) {
            raw.site_titles.push(t);
        }
    }
    if raw.visible.len() < MAX_VISIBLE_DATES && !at.is(TAG_NO_DATE_LINE) {
        if let Some(line) = visible_date_line(e, at, order, comments) {
            raw.visible.push(line);
        }
    }
    if let Some(prop) = at.itemprop {
        scan_itemprops(raw, e, at, prop);
    }
    if at.is(TAG_A)
        && raw.rel_author.len() < MAX_DOM_CANDIDATES
        && at.rel.is_some_and(|r| {
            r.split_whitespace()
                .any(|t| t.eq_ignore_ascii_case("author"))
        })
    {
        let t = element_text(e);
        if !t.is_empty() {
            raw.rel_author.push(t);
        }
    }
    scan_named(raw, e, at, names_buf, comments);
}

/// An `h1`: a headline, or the site's logo or home link (its name).
fn scan_h1(raw: &mut Raw, e: ElementRef<'_>, at: &Attrs<'_>, order: usize) {
    // Without the permalink mark documentation generators put after a
    // heading ("Title¶").
    let t = element_text(e).trim_end_matches('¶').trim_end().to_string();
    if t.is_empty() {
        return;
    }
    if !is_branding_h1(e, at, &t) {
        raw.h1.push(t);
        raw.h1_order.get_or_insert(order);
    } else if raw.brand.is_none() {
        raw.brand = Some(t);
    }
}

/// A `<time>`: its `datetime` as an update time (an "updated" /
/// "modified" class or itemprop, an "Updated" label), as the marked
/// publication time (`pubdate`, `datePublished`, a "publish" class, put
/// first) or as an unmarked time; without `datetime`, its text as a date
/// line.
fn scan_time(raw: &mut Raw, e: ElementRef<'_>, at: &Attrs<'_>, order: usize) {
    let Some(d) = at.datetime else {
        if raw.date_lines.len() < MAX_DOM_CANDIDATES {
            let t = element_text(e);
            if !t.is_empty() && t.chars().count() <= 80 {
                raw.date_lines.push(t);
            }
        }
        return;
    };
    let updated = at.itemprop.is_some_and(|p| p.contains("dateModified"))
        || at
            .class
            .is_some_and(|c| words::names(MetaConcept::TimeUpdated, MetaScope::Substring, c))
        || leading_child_label(e).or_else(|| parent_label(e)) == Some(dates::DateKind::Modified);
    if updated {
        if raw.modified_times.len() < MAX_DOM_CANDIDATES {
            raw.modified_times.push(d.to_string());
        }
        return;
    }
    let marked = at.pubdate
        || at.itemprop.is_some_and(|p| p.contains("datePublished"))
        || at
            .class
            .is_some_and(|c| words::names(MetaConcept::TimePublished, MetaScope::Substring, c));
    if marked {
        raw.times.insert(0, (d.to_string(), order));
        raw.marked_times += 1;
    } else {
        raw.times.push((d.to_string(), order));
    }
}

/// The microdata properties [`USED_ITEMPROPS`] an element carries: a
/// Person's or Organization's `name` (else its text), else the `content`,
/// `datetime`, `src` or `href`, else the text.
fn scan_itemprops(raw: &mut Raw, e: ElementRef<'_>, at: &Attrs<'_>, prop: &str) {
    for p in prop
        .split_whitespace()
        .filter(|p| USED_ITEMPROPS.contains(p))
    {
        let list = raw.itemprops.entry(p.to_string()).or_default();
        if list.len() >= MAX_DOM_CANDIDATES {
            continue;
        }
        let value = if p == "author" || p == "creator" || p == "publisher" {
            e.descendants()
                .filter_map(ElementRef::wrap)
                .find(|d| d.value().attr("itemprop") == Some("name"))
                .map(|d| {
                    d.value()
                        .attr("content")
                        .map(str::to_string)
                        .unwrap_or_else(|| element_text(d))
                })
                .unwrap_or_else(|| element_text(e))
        } else {
            at.content
                .or(at.datetime)
                .or(at.src)
                .or(at.href)
                .map(str::to_string)
                .unwrap_or_else(|| element_text(e))
        };
        if !value.is_empty() && value.len() < 300 {
            list.push(value);
        }
    }
}

/// An element whose class or id names a date (its text a date line) or a
/// byline (outside comment threads), or an unmarked "By …" line outside
/// menus and figures.
fn scan_named<'a>(
    raw: &mut Raw,
    e: ElementRef<'a>,
    at: &Attrs<'_>,
    names_buf: &mut String,
    comments: &mut CommentMemo<'a>,
) {
    let id_flags = at.id.map_or(0, name_flags);
    // Most elements with a class or id word of interest have it in the
    // class alone: what the class names was read once per distinct value
    // ([`class_name_flags`]); the value is written out only when the id
    // adds a word.
    let class_alone = id_flags & HOLDS_NAME_WORD == 0;
    let (names, held) = if class_alone {
        ("", at.class_names)
    } else {
        class_and_id(at, id_flags, names_buf)
    };
    let container = at.is(TAG_CONTAINER);
    // Most elements have no class or id word of interest.
    let named = !container && held & HOLDS_NAME_WORD != 0;
    let names_date = || {
        if class_alone {
            held & CLASS_NAMES_DATE != 0
        } else {
            is_date_name(names)
        }
    };
    let names_byline = || {
        if class_alone {
            held & CLASS_NAMES_BYLINE != 0
        } else {
            is_byline_name(names)
        }
    };
    if named
        && raw.date_lines.len() < MAX_DOM_CANDIDATES
        && held & HOLDS_DATE_WORD != 0
        && names_date()
    {
        let t = element_text(e);
        if !t.is_empty() && t.chars().count() <= 80 {
            raw.date_lines.push(t);
        }
    }
    let named =
        named && held & HOLDS_BYLINE_WORD != 0 && names_byline() && !comments.in_comments(e);
    let list = if named {
        &mut raw.bylines
    } else {
        &mut raw.by_lines
    };
    if list.len() < MAX_DOM_CANDIDATES
        && (named || (at.is(TAG_BY_LINE) && starts_with_by(e) && !in_menu_or_figure(e)))
    {
        let t = spaced_text(e);
        if !t.is_empty() && t.chars().count() <= 100 {
            list.push(t);
        }
    }
}

/// Most site-title and logo names kept from the DOM.
const MAX_SITE_TITLES: usize = 4;

/// The site's name as an element shows it: the text of a site-title
/// element ([`words::SITE_TITLE_CLASSES`]), the `alt` of a logo image.
fn site_title(e: ElementRef<'_>, at: &Attrs<'_>) -> Option<String> {
    let logo = |v: Option<&str>| {
        v.is_some_and(|v| words::names(MetaConcept::Logo, MetaScope::Substring, v))
    };
    let t = if at.is(TAG_IMG) {
        if !(logo(at.class) || logo(at.id)) {
            return None;
        }
        norm_ws(e.value().attr("alt")?)
    } else {
        let class = at.class?;
        // Every site-title class holds "site" or "blog": most classes are
        // passed over on their [`name_flags`], without splitting.
        if at.class_names & HOLDS_SITE_OR_BLOG == 0 {
            return None;
        }
        let titled = class.split_ascii_whitespace().any(|w| {
            words::SITE_TITLE_CLASSES
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        });
        if !titled {
            return None;
        }
        element_text(e)
    };
    (!t.is_empty() && t.split_whitespace().count() <= 6 && t.chars().count() <= 60).then_some(t)
}

/// An `h1` that brands the site rather than heads the article: marked as
/// a logo, or whose whole text is one link to the site's home page
/// (`/`, `index.html`, a host root).
fn is_branding_h1(e: ElementRef<'_>, at: &Attrs<'_>, text: &str) -> bool {
    let logo = |v: Option<&str>| {
        v.is_some_and(|v| words::names(MetaConcept::Logo, MetaScope::Substring, v))
    };
    if logo(at.class) || logo(at.id) {
        return true;
    }
    let mut links = e
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|d| d.value().name() == "a");
    let (Some(a), None) = (links.next(), links.next()) else {
        return false;
    };
    let Some(href) = a.value().attr("href") else {
        return false;
    };
    if element_text(a) != text {
        return false;
    }
    let path = match Url::parse(href) {
        Ok(u) if u.query().is_none() => u.path().to_string(),
        Ok(_) => return false,
        Err(_) => href.to_string(),
    };
    let path = path.trim_start_matches("./").trim_start_matches('/');
    path.is_empty() || matches!(path, "index.html" | "index.htm" | "index.php")
}

/// The text of an element's own text children (not its descendants'),
/// whitespace normalised; `None` when longer than [`MAX_DATE_LINE`].
fn direct_text(e: ElementRef<'_>) -> Option<String> {
    let mut s = String::new();
    for c in e.children() {
        if let Node::Text(t) = c.value() {
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            if s.len() + t.len() > MAX_DATE_LINE {
                return None;
            }
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(t);
        }
    }
    Some(s)
}

/// The label an element's first child gives the date after it
/// (`<time><strong>Last Updated:</strong> December 6, 2024</time>`).
fn leading_child_label(e: ElementRef<'_>) -> Option<dates::DateKind> {
    for c in e.children() {
        match c.value() {
            Node::Text(t) if t.trim().is_empty() => {}
            Node::Element(_) => {
                let t = element_text(ElementRef::wrap(c)?);
                return (t.chars().count() <= 40)
                    .then(|| dates::label_kind(&t))
                    .flatten();
            }
            Node::Comment(_) => {}
            _ => return None,
        }
    }
    None
}

/// The label a date element's surroundings give it: the parent's own text
/// ("Updated: <span>…</span>"), else the element just before it
/// (`<div>Published</div><div>Oct 14, 2025</div>`).
fn parent_label(e: ElementRef<'_>) -> Option<dates::DateKind> {
    let from_parent = e
        .parent()
        .and_then(ElementRef::wrap)
        .and_then(direct_text)
        .and_then(|t| dates::label_kind(&t));
    from_parent.or_else(|| {
        let prev = e.prev_siblings().find_map(ElementRef::wrap)?;
        // More than 40 letters before normalising are more than 40 after:
        // no label, and no need to gather the text.
        let mut letters = 0;
        for piece in crate::rules::spaced_pieces(prev) {
            letters += piece.chars().filter(|c| !c.is_whitespace()).count();
            if letters > 40 {
                return None;
            }
        }
        let t = element_text(prev);
        (t.chars().count() <= 40)
            .then(|| dates::label_kind(&t))
            .flatten()
    })
}

/// An element whose own text is a short line stating a date, outside the
/// navigation, asides, footers and comment threads: the line and the
/// label around it.
fn visible_date_line<'a>(
    e: ElementRef<'a>,
    at: &Attrs<'_>,
    order: usize,
    comments: &mut CommentMemo<'a>,
) -> Option<VisibleLine> {
    // Cheap tests first, without allocating: a date has at least four
    // digits ("1/2/23", a year), and its line is short.
    let (mut digits, mut len) = (0, 0);
    // Sibling to sibling: the children iterator also compares each step
    // with the last child.
    let mut child = e.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        if let Node::Text(t) = c.value() {
            // The text read through its tendril once (each read is a call).
            let t: &str = t;
            len += t.len();
            if len > MAX_DATE_LINE * 2 {
                return None;
            }
            // Four digits are enough: the rest need not be counted.
            if digits < 4 {
                digits += ascii_digits(t.as_bytes());
            }
        }
    }
    if digits < 4 {
        return None;
    }
    let text = direct_text(e)?;
    let _ = dates::find_in_text_unchecked(&text)?;
    let blocked = e.ancestors().filter_map(ElementRef::wrap).any(|a| {
        words::names(
            MetaConcept::ForeignDates,
            MetaScope::Element,
            a.value().name(),
        )
    }) || comments.in_comments(e);
    if blocked {
        return None;
    }
    let class_kind = at.class.and_then(|c| {
        if words::names(MetaConcept::LineUpdated, MetaScope::Substring, c) {
            Some(dates::DateKind::Modified)
        } else if words::names(MetaConcept::LinePublished, MetaScope::Substring, c) {
            Some(dates::DateKind::Published)
        } else {
            None
        }
    });
    let label = if dates::label_kind(&text).is_some() {
        None
    } else {
        leading_child_label(e)
            .or_else(|| parent_label(e))
            .or(class_kind)
    };
    Some(VisibleLine { text, label, order })
}

/// How many ASCII digits `bytes` holds, eight bytes at a time: a byte is a
/// digit when its low seven bits are at least `0x30` and below `0x3a` and
/// its high bit is clear (adding `0x50`, resp. `0x46`, to the low seven
/// bits sets a byte's high bit exactly then, without a carry into the next
/// byte). The last bytes of an input of eight or more are read as its last
/// eight, the bytes already counted shifted out.
fn ascii_digits(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        n += digits8(u64::from_le_bytes(w));
    }
    let rest = chunks.remainder().len();
    if rest == 0 {
        return n;
    }
    match bytes.last_chunk::<8>() {
        Some(last) => n + digits8(u64::from_le_bytes(*last) >> (8 * (8 - rest))),
        None => {
            n + chunks
                .remainder()
                .iter()
                .filter(|b| b.is_ascii_digit())
                .count()
        }
    }
}

/// How many of the eight bytes of `x` (a zero byte is none) are ASCII
/// digits (see [`ascii_digits`]): the flags summed by a multiply, not
/// counted bit by bit.
#[inline]
fn digits8(x: u64) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & LOW7;
    let at_least_0 = low + 0x5050_5050_5050_5050;
    let above_9 = low + 0x4646_4646_4646_4646;
    let digits = (at_least_0 & !above_9 & !x & HIGH) >> 7;
    // Each byte 0 or 1: the top byte of the product is their sum.
    (digits.wrapping_mul(ONES) >> 56) as usize
}

/// An element whose first text is "By …" (a byline line without a class),
/// also when "By" sits in a child (`<span>By</span> <a>Name</a>`); asked
/// of [`TAG_BY_LINE`] elements only.
fn starts_with_by(e: ElementRef<'_>) -> bool {
    // The first non-blank text, at most two inline levels down (a bounded
    // walk: every ancestor of a deep text would otherwise repeat it).
    let mut node = e.first_child();
    let mut depth = 0;
    while let Some(n) = node {
        match n.value() {
            Node::Text(t) => {
                // The text read through its tendril once (each read is a
                // call); a blank one is passed over.
                let t = t.trim_start();
                if t.is_empty() {
                    node = n.next_sibling();
                    continue;
                }
                let rest = ["By", "by", "BY"].iter().find_map(|w| t.strip_prefix(w));
                // "By Jane Doe", "By: Jane", "By" then a link; not a
                // sentence ("By clicking Submit you agree to …").
                return rest.is_some_and(|r| {
                    r.chars()
                        .next()
                        .is_none_or(|c| c == ' ' || c == ':' || c == '\u{a0}')
                        && !r
                            .trim_start_matches([' ', ':', '\u{a0}'])
                            .starts_with(char::is_lowercase)
                });
            }
            Node::Comment(_) => node = n.next_sibling(),
            // Only through the wrappers a "By" label sits in
            // (`<span>By</span>`, `<div class=by>By</div>`).
            Node::Element(el)
                if depth < 2
                    && matches!(
                        el.name.local,
                        local_name!("span")
                            | local_name!("b")
                            | local_name!("strong")
                            | local_name!("em")
                            | local_name!("i")
                            | local_name!("small")
                            | local_name!("div")
                    ) =>
            {
                depth += 1;
                node = n.first_child().or_else(|| n.next_sibling());
            }
            _ => return false,
        }
    }
    false
}

/// An element's text with a space between its text nodes (names in
/// separate inline elements stay apart), whitespace normalised.
fn spaced_text(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    for t in crate::rules::spaced_pieces(el) {
        // Whitespace between elements is no text (and not counted).
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        s.push_str(t);
        s.push(' ');
        if s.len() > 400 {
            break;
        }
    }
    norm_ws(&s)
}

/// The parts of class and id words that [`is_byline_name`] and
/// [`is_date_name`] look for, as little-endian words: only names holding
/// one (in any ASCII case: `| 0x20` lower-cases letters) are copied.
const NAME_WORDS: [u32; 7] = [
    u32::from_le_bytes(*b"date"),
    u32::from_le_bytes(*b"publ"),
    u32::from_le_bytes(*b"byli"),
    u32::from_le_bytes(*b"auth"),
    u32::from_le_bytes(*b"writ"),
    u32::from_le_bytes(*b"time"),
    u32::from_le_bytes(*b"info"),
];

/// The multiplier that sends each of the [`NAME_WORDS`] to a slot of its
/// own among eight (the top three bits of the product), and each of them,
/// "site" and "blog" to one among sixteen (the top four bits).
const NAME_SLOT_MUL: u32 = 0x32d2_38f5;

/// [`NAME_WORDS`] by slot (see [`NAME_SLOT_MUL`]); 0, which no lower-cased
/// window equals, in the free slot. A window of four bytes is one of the
/// words when it equals the word in its slot: one multiply and one
/// comparison instead of one comparison per word.
#[cfg(test)]
const NAME_SLOTS: [u32; 8] = {
    let mut slots = [0u32; 8];
    let mut i = 0;
    while i < NAME_WORDS.len() {
        let w = NAME_WORDS[i];
        let slot = (w.wrapping_mul(NAME_SLOT_MUL) >> 29) as usize;
        assert!(slots[slot] == 0, "two name words share a slot");
        slots[slot] = w;
        i += 1;
    }
    slots
};

/// Whether the four bytes `w` (little-endian) are one of the
/// [`NAME_WORDS`] in any ASCII case.
#[cfg(test)]
fn is_name_word(w: u32) -> bool {
    let w = w | 0x2020_2020;
    NAME_SLOTS[(w.wrapping_mul(NAME_SLOT_MUL) >> 29) as usize] == w
}

/// A class or id value holds one of the [`NAME_WORDS`] of a date ("date",
/// "publ", "time", "info"; [`name_flags`]): [`is_date_name`] may hold.
const HOLDS_DATE_WORD: u8 = 1;
/// A class or id value holds one of the [`NAME_WORDS`] of a byline
/// ("byli", "auth", "writ"; [`name_flags`]): [`is_byline_name`] may hold.
const HOLDS_BYLINE_WORD: u8 = 4;
/// A class or id value holds one of the [`NAME_WORDS`].
const HOLDS_NAME_WORD: u8 = HOLDS_DATE_WORD | HOLDS_BYLINE_WORD;
/// A class or id value holds "site" or "blog" ([`name_flags`]).
const HOLDS_SITE_OR_BLOG: u8 = 2;

/// The flag of each of the [`NAME_WORDS`], in order.
const NAME_WORD_FLAGS: [u8; 7] = [
    HOLDS_DATE_WORD,
    HOLDS_DATE_WORD,
    HOLDS_BYLINE_WORD,
    HOLDS_BYLINE_WORD,
    HOLDS_BYLINE_WORD,
    HOLDS_DATE_WORD,
    HOLDS_DATE_WORD,
];

/// Every four-byte word [`name_flags`] looks for, with its flag: the
/// [`NAME_WORDS`], "site" and "blog".
const FLAG_WORDS: [(u32, u8); 9] = {
    let mut out = [(0u32, 0u8); 9];
    let mut i = 0;
    while i < NAME_WORDS.len() {
        out[i] = (NAME_WORDS[i], NAME_WORD_FLAGS[i]);
        i += 1;
    }
    out[7] = (u32::from_le_bytes(*b"site"), HOLDS_SITE_OR_BLOG);
    out[8] = (u32::from_le_bytes(*b"blog"), HOLDS_SITE_OR_BLOG);
    out
};

/// [`FLAG_WORDS`] by slot among sixteen (the top four bits of the product
/// with [`NAME_SLOT_MUL`], which sends each to a slot of its own); the word
/// 0, which no lower-cased window equals, and no flag in the free slots.
/// A window costs one multiply, one comparison and one table read.
const FLAG_SLOTS: [(u32, u8); 16] = {
    let mut slots = [(0u32, 0u8); 16];
    let mut i = 0;
    while i < FLAG_WORDS.len() {
        let (w, flag) = FLAG_WORDS[i];
        let slot = (w.wrapping_mul(NAME_SLOT_MUL) >> 28) as usize;
        assert!(slots[slot].0 == 0, "two flag words share a slot");
        slots[slot] = (w, flag);
        i += 1;
    }
    slots
};

/// The four-byte windows (in any ASCII case) of a class or id value that
/// the element scan looks for, in one pass: [`HOLDS_DATE_WORD`] and
/// [`HOLDS_BYLINE_WORD`] (the prefilters of [`class_and_id`],
/// [`is_date_name`] and [`is_byline_name`]), [`HOLDS_SITE_OR_BLOG`] (that
/// of [`site_title`]).
fn name_flags(v: &str) -> u8 {
    let mut flags = 0;
    // Without branches: most windows are neither.
    for w in v.as_bytes().windows(4) {
        let lower = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) | 0x2020_2020;
        let (word, flag) = FLAG_SLOTS[(lower.wrapping_mul(NAME_SLOT_MUL) >> 28) as usize];
        flags |= flag & 0u8.wrapping_sub(u8::from(word == lower));
    }
    flags
}

/// A class value names a publication date: [`is_date_name`] of the value
/// alone, lower-cased, as [`class_and_id`] writes it for an element whose
/// id holds none of the [`NAME_WORDS`] ([`class_name_flags`]).
const CLASS_NAMES_DATE: u8 = 8;
/// A class value names a byline: [`is_byline_name`] of the value alone,
/// as for [`CLASS_NAMES_DATE`].
const CLASS_NAMES_BYLINE: u8 = 16;

/// [`name_flags`] of a class value and, when it holds one of the
/// [`NAME_WORDS`], whether the value alone names a date
/// ([`CLASS_NAMES_DATE`]) or a byline ([`CLASS_NAMES_BYLINE`]): the answers
/// [`scan_named`] needs of an element whose id adds no name word, read once
/// per distinct class value instead of once per element. `scratch` is a
/// reused buffer.
fn class_name_flags(value: &str, scratch: &mut String) -> u8 {
    let mut flags = name_flags(value);
    if flags & HOLDS_NAME_WORD == 0 {
        return flags;
    }
    // The value as `class_and_id` writes it when the id adds nothing.
    let attrs = Attrs {
        class: Some(value),
        class_names: flags,
        ..Attrs::default()
    };
    let (names, held) = class_and_id(&attrs, 0, scratch);
    if held & HOLDS_DATE_WORD != 0 && is_date_name(names) {
        flags |= CLASS_NAMES_DATE;
    }
    if held & HOLDS_BYLINE_WORD != 0 && is_byline_name(names) {
        flags |= CLASS_NAMES_BYLINE;
    }
    flags
}

/// [`class_name_flags`] of a page's class values, once per distinct value:
/// pages repeat the same class on every item of a list.
struct NameMemo<'a> {
    seen: HashMap<&'a str, u8, std::hash::BuildHasherDefault<crate::rules::WordHasher>>,
    /// [`class_name_flags`]'s buffer.
    scratch: String,
}

/// Distinct class values of a typical page (a few hundred): the memo's
/// table starts that large instead of growing through every power of two.
const NAME_MEMO_CAPACITY: usize = 256;

impl Default for NameMemo<'_> {
    fn default() -> Self {
        NameMemo {
            seen: HashMap::with_capacity_and_hasher(NAME_MEMO_CAPACITY, Default::default()),
            scratch: String::new(),
        }
    }
}

impl<'a> NameMemo<'a> {
    /// [`class_name_flags`]`(value)`.
    fn flags(&mut self, value: &'a str) -> u8 {
        let scratch = &mut self.scratch;
        *self
            .seen
            .entry(value)
            .or_insert_with(|| class_name_flags(value, scratch))
    }
}

/// The lower-cased `class` and `id` of an element, written into a reused
/// buffer (one pass, no allocation per element).
/// With the [`name_flags`] of the values copied (`id_flags` those of the
/// id): a date or byline name is looked for only where the words it holds
/// are.
fn class_and_id<'b>(at: &Attrs<'_>, id_flags: u8, buf: &'b mut String) -> (&'b str, u8) {
    buf.clear();
    let mut held = 0;
    let class = at.class.map(|c| (c, at.class_names));
    let id = at.id.map(|i| (i, id_flags));
    for (v, flags) in [class, id].into_iter().flatten() {
        // Cheap case-insensitive prefilter: only names that mention one of
        // the words `is_byline_name` / `is_date_name` look for get copied.
        if flags & HOLDS_NAME_WORD == 0 {
            continue;
        }
        held |= flags;
        buf.push(' ');
        buf.extend(v.chars().map(|c| c.to_ascii_lowercase()));
    }
    (buf, held)
}

/// Whether `e` sits in a comment thread (an ancestor's class or id word
/// opens with a [`MetaConcept::Comments`] token, "comment", "comments" or
/// "commentlist"; a "comments-open" state class, or one on the root
/// elements, does not count): its bylines name commenters.
#[cfg(test)]
fn in_comments(e: ElementRef<'_>) -> bool {
    e.ancestors()
        .filter_map(ElementRef::wrap)
        .any(opens_comments)
}

/// Whether `a` is itself a comment thread (see [`in_comments`]).
fn opens_comments(a: ElementRef<'_>) -> bool {
    let v = a.value();
    if matches!(v.name(), "html" | "body") {
        return false;
    }
    [crate::rules::attr(v, "class"), crate::rules::attr(v, "id")]
        .into_iter()
        .flatten()
        .any(|value| words::names(MetaConcept::Comments, MetaScope::FirstToken, value))
}

/// [`in_comments`] for many elements of one page: the answer for each
/// ancestor is remembered, so that the elements of one region share one
/// walk up instead of each reading every ancestor's class and id again.
#[derive(Default)]
struct CommentMemo<'a> {
    /// Whether the node or one of its ancestors opens a comment thread.
    within: HashMap<ego_tree::NodeId, bool, std::hash::BuildHasherDefault<NodeIdHasher>>,
    /// The walk's scratch: the ancestors not yet in `within`.
    path: Vec<ego_tree::NodeRef<'a, Node>>,
}

impl<'a> CommentMemo<'a> {
    /// [`in_comments`]`(e)`.
    fn in_comments(&mut self, e: ElementRef<'a>) -> bool {
        self.path.clear();
        let mut within = false;
        let mut node = e.parent();
        while let Some(n) = node {
            if let Some(&w) = self.within.get(&n.id()) {
                within = w;
                break;
            }
            self.path.push(n);
            node = n.parent();
        }
        // Top down: a node is within a thread when its parent is, or when
        // it opens one.
        for &n in self.path.iter().rev() {
            within = within || ElementRef::wrap(n).is_some_and(opens_comments);
            self.within.insert(n.id(), within);
        }
        within
    }
}

/// A hasher for node ids (indices into one tree's arena): a multiply,
/// which spreads consecutive ids over the table.
#[derive(Default)]
struct NodeIdHasher(u64);

impl std::hash::Hasher for NodeIdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A keyword meant for readers, not one of the CMS's own labels that
/// pages mix into their keyword lists: key-value pairs with a one-word
/// key ("PageType: Article", "RULES:BS5"; a title such as "Star Wars:
/// Episode IV" stays), audience segments ("@sub-group-b"), taxonomy paths
/// ("channel->podcasts").
fn is_reader_tag(t: &str) -> bool {
    let key_value = t
        .split_once(':')
        .is_some_and(|(key, _)| !key.is_empty() && !key.contains(char::is_whitespace));
    !(key_value || t.starts_with('@') || t.contains("->") || t.contains("-/"))
}

/// Whether `e` sits in the site's navigation or in a figure, in one walk
/// up ([`MetaConcept::Menu`], [`MetaConcept::Figure`]). Navigation is a
/// `<nav>`, an element with a navigation or menu role, or a list, list item
/// or link whose class or id has a `nav`, `navigation` or `menu` part
/// (`main-nav`, `menu__item`): a "By …" line there is a menu entry ("By
/// Category", "By Invitation"), not a byline. In a `<figure>` or its
/// caption it credits the photographer.
fn in_menu_or_figure(e: ElementRef<'_>) -> bool {
    e.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let v = a.value();
        let name = v.name();
        if words::names(MetaConcept::Menu, MetaScope::Element, name)
            || words::names(MetaConcept::Figure, MetaScope::Element, name)
        {
            return true;
        }
        if crate::rules::attr(v, "role")
            .is_some_and(|r| words::names(MetaConcept::Menu, MetaScope::Role, r))
        {
            return true;
        }
        // Class names count on the parts of a menu (its lists, items and
        // links), not on a page wrapper whose state class says "nav-open".
        if !matches!(name, "ul" | "ol" | "li" | "a" | "menu") {
            return false;
        }
        [crate::rules::attr(v, "class"), crate::rules::attr(v, "id")]
            .into_iter()
            .flatten()
            .any(|value| words::names(MetaConcept::Menu, MetaScope::Part, value))
    })
}

/// A lower-cased `class`/`id` naming a byline (as Readability does), but
/// not an author biography ("about the author"), avatar or a comment's
/// author ([`MetaConcept::BylineName`]).
fn is_byline_name(v: &str) -> bool {
    words::names(MetaConcept::BylineName, MetaScope::Substring, v)
}

/// A lower-cased `class`/`id` naming a publication date or an article info
/// line ([`MetaConcept::DateName`]).
fn is_date_name(v: &str) -> bool {
    words::names(MetaConcept::DateName, MetaScope::Substring, v)
}

fn first<'a>(raw: &'a Raw, keys: &[&str]) -> Option<&'a str> {
    debug_assert!(keys.iter().all(|k| is_read_meta_key(k)), "{keys:?}");
    keys.iter()
        .filter_map(|k| raw.meta.get(*k))
        .flatten()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
}

fn all<'a>(raw: &'a Raw, keys: &[&str]) -> Vec<&'a str> {
    debug_assert!(keys.iter().all(|k| is_read_meta_key(k)), "{keys:?}");
    keys.iter()
        .filter_map(|k| raw.meta.get(*k))
        .flatten()
        .map(|s| s.as_str())
        .collect()
}

/// Chooses every field from the raw values, one step per field. The site
/// name comes first: the title strips it, and the authors drop it.
fn choose(
    raw: &Raw,
    url: Option<&Url>,
    now: DateTime<Utc>,
    fetched: Option<DateTime<Utc>>,
) -> Metadata {
    let mut ld = jsonld::extract(&raw.ld).unwrap_or_default();
    // Moved, not copied: no field below reads it.
    let ld_body = ld.body.take();
    let base_url = urls::base_url(url, raw.base_href.as_deref());
    let base = base_url.as_ref();
    let mut site_name = choose_site_name(raw, &ld, url);
    // The name the page brands itself with (a logo `h1`) also marks the
    // site's segment of a title when no metadata names the site.
    let title = choose_title(raw, &ld, site_name.as_deref().or(raw.brand.as_deref()), url);
    if site_name.is_none() {
        site_name =
            confirmed_brand(raw, url).or_else(|| site_from_title_tag(raw, title.as_deref(), url));
    }
    let authors = choose_authors(raw, &ld, site_name.as_deref());
    let (published, modified) = choose_dates(raw, &ld, url, now, fetched);
    let source_url = choose_source_url(raw, &ld, base);
    let source_name = source_url
        .as_ref()
        .and_then(|_| choose_source_name(raw, &ld));
    Metadata {
        title,
        authors,
        published,
        modified,
        lang: choose_lang(raw, &ld),
        description: choose_description(raw, &ld),
        canonical_url: choose_canonical_url(raw, &ld, base),
        source_url,
        source_name,
        lead_image: choose_lead_image(raw, &ld, base),
        tags: choose_tags(raw, &ld),
        section: choose_section(raw, &ld),
        site_name,
        h1: raw.h1.clone(),
        ld_body,
        base: base_url,
    }
}

/// `og:site_name`, the JSON-LD publisher or `WebSite` name, the
/// `application-name`; without a slogan that another source confirms is
/// one ("WebMD: Better information. Better health.").
fn choose_site_name(raw: &Raw, ld: &jsonld::LdArticle, url: Option<&Url>) -> Option<String> {
    first(raw, &["og:site_name"])
        .map(str::to_string)
        .or_else(|| ld.publisher.clone())
        .or_else(|| ld.website_name.clone())
        .or_else(|| {
            first(raw, &["application-name", "apple-mobile-web-app-title"]).map(str::to_string)
        })
        .map(|s| norm_ws(&s))
        .map(|s| {
            let others = [ld.publisher.as_deref(), ld.website_name.as_deref()];
            without_tagline(s, &others, url)
        })
        .filter(|s| !s.is_empty() && s.chars().count() <= 80)
}

/// Fewest letters of a logo's name that the host alone confirms: a short
/// word ("News", "Tech") is inside many hosts that are not its site.
const BRAND_IN_HOST_MIN: usize = 5;

/// The name the page brands itself with (its logo `h1`, its header's site
/// title, its logo's `alt`), for a page whose metadata names no site, when
/// the `<title>` or the host confirms it: the title opens or ends with it
/// at a separator (Blogger's "Blog name: Post title"), or the host's first
/// label spells it, whole or without its first word (the article a name
/// opens with and a domain drops: "Il Quotidiano Smart" on
/// `quotidianosmart.com`, "The Valley Post" on `valleypost.com`).
fn confirmed_brand(raw: &Raw, url: Option<&Url>) -> Option<String> {
    let title = raw.title_tag.as_deref().map(norm_ws);
    raw.brand
        .iter()
        .chain(&raw.site_titles)
        .map(|b| norm_ws(b))
        .find(|brand| {
            if brand.is_empty() || brand.split_whitespace().count() > 6 {
                return false;
            }
            let in_title = title.as_deref().is_some_and(|t| {
                words::TITLE_SEPARATORS.iter().any(|sep| {
                    t.strip_prefix(brand.as_str())
                        .is_some_and(|r| r.starts_with(sep.text))
                        || t.strip_suffix(brand.as_str())
                            .is_some_and(|r| r.ends_with(sep.text))
                })
            });
            let b = simplify(brand);
            let label = first_label(url);
            // The name after its first word, spelt whole by the label.
            let rest = brand.split_once(' ').map(|(_, rest)| simplify(rest));
            in_title
                || (b.len() >= BRAND_IN_HOST_MIN && label.contains(&b))
                || rest.is_some_and(|r| r.len() >= BRAND_IN_HOST_MIN && r == label)
        })
}

/// The host's first label after `www.`, simplified: a site's own name on
/// its domain and on a platform's subdomain (`name.blogspot.com`), where
/// the platform's name is not the site's.
fn first_label(url: Option<&Url>) -> String {
    url.and_then(Url::host_str)
        .map(|h| h.trim_start_matches("www."))
        .and_then(|h| h.split('.').next())
        .map(simplify)
        .unwrap_or_default()
}

/// The site's part of the `<title>` around the chosen headline, for a page
/// whose metadata names no site.
fn site_from_title_tag(raw: &Raw, title: Option<&str>, url: Option<&Url>) -> Option<String> {
    site_part(raw.title_tag.as_deref()?, title?, &first_label(url))
}

/// `<html lang>`, the language metas, JSON-LD `inLanguage`.
fn choose_lang(raw: &Raw, ld: &jsonld::LdArticle) -> Option<String> {
    raw.html_lang
        .as_deref()
        .and_then(lang::normalize_tag)
        .or_else(|| {
            first(
                raw,
                &["content-language", "language", "dc.language", "og:locale"],
            )
            .and_then(lang::normalize_tag)
        })
        .or_else(|| ld.lang.as_deref().and_then(lang::normalize_tag))
}

/// The description metas in the order of the title's sources, then
/// JSON-LD.
fn choose_description(raw: &Raw, ld: &jsonld::LdArticle) -> Option<String> {
    first(
        raw,
        &[
            "dc.description",
            "og:description",
            "description",
            "twitter:description",
        ],
    )
    .map(norm_ws)
    .or_else(|| ld.description.clone())
    .filter(|d| !d.is_empty())
}

/// `<link rel=canonical>`, `og:url`, JSON-LD `url`, resolved and without
/// tracking parameters.
fn choose_canonical_url(raw: &Raw, ld: &jsonld::LdArticle, base: Option<&Url>) -> Option<Url> {
    links(raw, "canonical")
        .chain(first(raw, &["og:url"]))
        .chain(ld.url.as_deref())
        .find_map(|h| urls::resolve(base, h))
        .map(urls::clean_canonical)
}

/// The original of a syndicated story: the source links and metas, JSON-LD
/// `isBasedOn`, an absolute Dublin Core source.
fn choose_source_url(raw: &Raw, ld: &jsonld::LdArticle, base: Option<&Url>) -> Option<Url> {
    ["original-source", "syndication-source", "original"]
        .iter()
        .flat_map(|r| links(raw, r))
        .chain(first(raw, &["original-source", "syndication-source"]))
        .chain(ld.based_on.as_deref())
        .find_map(|h| urls::resolve(base, h))
        // Dublin Core's source is often a name or a citation: only an
        // absolute URL counts.
        .or_else(|| first(raw, &["dc.source"]).and_then(|h| urls::resolve(None, h)))
}

/// The original outlet's name, where the page states one beside the
/// source link.
fn choose_source_name(raw: &Raw, ld: &jsonld::LdArticle) -> Option<String> {
    ld.based_on_name
        .clone()
        .or_else(|| raw.source_link_title.clone())
        .filter(|n| n.chars().count() <= 80)
}

/// The first image of the sharing metas, JSON-LD, microdata or
/// `rel=image_src` that is not a tracking pixel or a placeholder.
fn choose_lead_image(raw: &Raw, ld: &jsonld::LdArticle, base: Option<&Url>) -> Option<Image> {
    let alt = first(raw, &["og:image:alt", "twitter:image:alt"]).map(norm_ws);
    all(
        raw,
        &[
            "og:image:secure_url",
            "og:image",
            "og:image:url",
            "twitter:image",
            "twitter:image:src",
        ],
    )
    .into_iter()
    .chain(ld.images.iter().map(String::as_str))
    .chain(
        raw.itemprops
            .get("image")
            .into_iter()
            .flatten()
            .map(String::as_str),
    )
    .chain(links(raw, "image_src"))
    .filter_map(|s| urls::resolve_image(base, s))
    .find(|s| !urls::is_junk_image(s))
    .map(|src| Image {
        src,
        alt,
        caption: None,
    })
}

/// Tags from every keyword source, once each, without the CMS's own labels.
fn choose_tags(raw: &Raw, ld: &jsonld::LdArticle) -> Vec<String> {
    let mut tags = Vec::new();
    let tag_sources = all(
        raw,
        &[
            "article:tag",
            "parsely-tags",
            "sailthru.tags",
            "news_keywords",
            "keywords",
        ],
    );
    for t in tag_sources
        .into_iter()
        .flat_map(jsonld::split_keywords)
        .chain(ld.keywords.iter().cloned())
    {
        if is_reader_tag(&t) {
            authors::push_unique(&mut tags, t);
        }
    }
    tags
}

/// The section metas, else JSON-LD `articleSection`.
fn choose_section(raw: &Raw, ld: &jsonld::LdArticle) -> Option<String> {
    first(raw, &["article:section", "parsely-section", "section"])
        .map(norm_ws)
        // A CMS that joins all of an article's categories and tags into
        // `articleSection` ("News & Politics, Parking") lists the section
        // first.
        .or_else(|| {
            let s = ld.section.as_deref()?;
            Some(s.split(',').next().unwrap_or(s).trim().to_string())
        })
        .filter(|s| !s.is_empty())
}

/// Meta keys that name the publication date, in order of precedence.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "dc.date.issued",
    "dc.issued",
    "dc.date",
    "dc.created",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "published-date",
    "publish-date",
    "publishdate",
    "pubdate",
    "date",
    "og:article:published_time",
    "datecreated",
];

/// Meta keys that name the last update, in order of precedence.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "dc.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "sailthru.lastmodified",
];

/// Whether a meta key not in the known lists names a publication date
/// (`w-published-date`, `published`, `article_publish_date`) or an update
/// (`page-last-updated`, `cdc:last_updated`).
fn meta_key_kind(key: &str) -> Option<dates::DateKind> {
    if words::names(MetaConcept::MetaKeyUpdated, MetaScope::Substring, key) {
        Some(dates::DateKind::Modified)
    } else if words::names(MetaConcept::MetaKeyPublished, MetaScope::Substring, key) {
        Some(dates::DateKind::Published)
    } else {
        None
    }
}

/// A date a visible line states.
struct Shown<'a> {
    kind: dates::DateKind,
    at: Timestamp,
    /// The line's element in document order.
    order: usize,
    line: &'a str,
}

/// The page's visible dates, in document order.
fn visible_dates(raw: &Raw, now: DateTime<Utc>) -> Vec<Shown<'_>> {
    raw.visible
        .iter()
        .flat_map(|v| {
            dates::dates_in_line(&v.text, v.label, now)
                .into_iter()
                .map(move |(kind, at)| Shown {
                    kind,
                    at,
                    order: v.order,
                    line: &v.text,
                })
        })
        .collect()
}

/// Most elements between the headline and a date line for the date to be
/// the one the article's header shows (the byline and date block beside
/// the `h1`, not a list of other articles further down).
const MAX_HEADER_DISTANCE: usize = 45;

/// The dates the article's header shows: the visible dates within
/// [`MAX_HEADER_DISTANCE`] elements of the headline, nearest first; an
/// unlabelled one only when its line is a date and little else. Empty
/// when the page has no headline.
fn header_dates<'s, 'a>(shown: &'s [Shown<'a>], h1_order: Option<usize>) -> Vec<&'s Shown<'a>> {
    let Some(h1) = h1_order else {
        return Vec::new();
    };
    let mut near: Vec<&Shown<'_>> = shown
        .iter()
        .filter(|s| s.order.abs_diff(h1) <= MAX_HEADER_DISTANCE)
        .filter(|s| s.kind != dates::DateKind::Unlabelled || dates::is_bare_date_line(s.line))
        .collect();
    near.sort_by_key(|s| (s.order.abs_diff(h1), s.order));
    near
}

/// Whether a shown date and a timestamp are the same date: a reading of
/// the line (either order of an ambiguous "03/10/2023") is a day the
/// timestamp's instant falls on in some time zone (offsets run from -12 to
/// +14 hours), or, for a timestamp at midnight UTC (a date without a time),
/// within a day of it.
fn same_date(shown: &Shown<'_>, ts: Timestamp) -> bool {
    let utc = ts.with_timezone(&Utc);
    let (earliest, latest) = if utc.time() == chrono::NaiveTime::MIN {
        let day = utc.date_naive();
        (day - chrono::Days::new(1), day + chrono::Days::new(1))
    } else {
        (
            (utc - chrono::Duration::hours(12)).date_naive(),
            (utc + chrono::Duration::hours(14)).date_naive(),
        )
    };
    dates::readings(shown.line)
        .into_iter()
        .chain([shown.at.date_naive()])
        .any(|d| (earliest..=latest).contains(&d))
}

/// The published and modified dates, from every place the page states
/// them. Structured data (JSON-LD, date metas, microdata, a `<time>` marked
/// as the publication time) first, then the URL's date, then what the
/// page shows: `<time datetime>`, a line labelled "Published" /
/// "Posted on" (in the languages `dates` covers) or an unlabelled date
/// line nearest the headline, date-named elements, a byline with a date,
/// and a relative date when the fetch time is known. What the article's
/// header shows beats structured data that disagrees with it (see
/// [`header_published`], [`header_modified`]). A page that states only an
/// update date gets it as `published` too: the version shown was published
/// then; so does a page without structured or URL dates whose header shows
/// only its update date ([`shows_only_update`]).
fn choose_dates(
    raw: &Raw,
    ld: &jsonld::LdArticle,
    url: Option<&Url>,
    now: DateTime<Utc>,
    fetched: Option<DateTime<Utc>>,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let visible = visible_dates(raw, now);
    let header = header_dates(&visible, raw.h1_order);
    let nearest = |kind| nearest_shown(&visible, raw.h1_order, kind);
    // The structured date beats a visible one that disagrees, unless the
    // page shows an older publication date (a republished page's
    // structured data moves to the republication, its "Published" line
    // keeps the original date) or the article's header shows another.
    let labelled = nearest(dates::DateKind::Published);
    let structured = match (structured_published(raw, ld, now), labelled) {
        (Some(s), Some(l)) if l.date_naive() < s.date_naive() => Some(l),
        (s, _) => s,
    }
    .map(|s| header_published(&header, raw.h1_order, s).unwrap_or(s));
    let published = structured
        .or_else(|| shown_published(raw, &visible, url, now, fetched))
        .map(|p| in_shown_offset(&header, in_page_offset(raw, p, now)));
    let modified = structured_modified(raw, ld, now).map(|m| in_page_offset(raw, m, now));
    let modified =
        header_modified(&header, modified).or_else(|| nearest(dates::DateKind::Modified));
    // Without structured data or a URL date, a header that shows only the
    // update dates the page: a date found further down (a list of other
    // articles, a sidebar) does not date this one.
    if structured.is_none()
        && url
            .and_then(|u| dates::from_url_path(u.path(), now))
            .is_none()
        && shows_only_update(&header)
    {
        return (modified.or(published), modified);
    }
    (published.or(modified), modified)
}

/// The instant `ts` in the offset of the clock the article's header shows
/// it by: when the header's nearest publication or bare date line states
/// the same instant with a time of day ("Dec 19, 2023 3:57 AM" beside a structured
/// `2023-12-18T22:57-05:00`), the offset is the difference between the two
/// clocks, and the calendar day is the one the page shows.
fn in_shown_offset(header: &[&Shown<'_>], ts: Timestamp) -> Timestamp {
    // An update line states another instant.
    let Some(first) = header
        .iter()
        .find(|s| s.kind != dates::DateKind::Modified)
        .filter(|s| same_date(s, ts))
    else {
        return ts;
    };
    let shown = first.at.naive_utc();
    if shown.time() == chrono::NaiveTime::MIN || shown.date() == ts.date_naive() {
        return ts;
    }
    // The page's clock shows minutes.
    let instant = ts.naive_utc();
    let instant = instant - chrono::Duration::seconds(i64::from(instant.second()));
    let diff = (shown - instant).num_seconds();
    if diff % 900 != 0 || !(-12 * 3600..=14 * 3600).contains(&diff) {
        return ts;
    }
    i32::try_from(diff)
        .ok()
        .and_then(chrono::FixedOffset::east_opt)
        .map_or(ts, |o| ts.with_timezone(&o))
}

/// Whether the article's header dates it by its update alone: it shows a
/// date labelled as the update ("Updated August 14, 2025") and none
/// labelled as the publication, nor a bare date.
fn shows_only_update(header: &[&Shown<'_>]) -> bool {
    !header.is_empty() && header.iter().all(|s| s.kind == dates::DateKind::Modified)
}

/// The visible date of a kind nearest the headline (the first when the
/// page has no `h1`).
fn nearest_shown(
    visible: &[Shown<'_>],
    h1_order: Option<usize>,
    kind: dates::DateKind,
) -> Option<Timestamp> {
    visible
        .iter()
        .filter(|v| v.kind == kind)
        .min_by_key(|v| h1_order.map_or(v.order, |h| v.order.abs_diff(h)))
        .map(|v| v.at)
}

/// The first date of the date metas the known lists lack whose key names
/// `kind` (`w-published-date`, `page-last-updated`), keys in sorted order.
fn other_date_meta(raw: &Raw, kind: dates::DateKind, now: DateTime<Utc>) -> Option<Timestamp> {
    let date_keys = raw.date_keys.get_or_init(|| {
        raw.meta
            .keys()
            .filter_map(|k| Some((meta_key_kind(k)?, k.clone())))
            .collect()
    });
    let mut keys: Vec<&String> = date_keys
        .iter()
        .filter(|(k, _)| *k == kind)
        .map(|(_, key)| key)
        .collect();
    keys.sort();
    keys.into_iter()
        .flat_map(|k| &raw.meta[k])
        .find_map(|s| dates::parse_date(s, now))
}

/// The publication date structured data states: JSON-LD, the date metas
/// in [`PUBLISHED_KEYS`] order, microdata, a `<time>` marked as the
/// publication time, other date metas.
fn structured_published(
    raw: &Raw,
    ld: &jsonld::LdArticle,
    now: DateTime<Utc>,
) -> Option<Timestamp> {
    let date = |s: &str| dates::parse_date(s, now);
    ld.published
        .as_deref()
        .and_then(date)
        .or_else(|| all(raw, PUBLISHED_KEYS).into_iter().find_map(date))
        .or_else(|| {
            ["datePublished", "dateCreated"]
                .iter()
                .filter_map(|k| raw.itemprops.get(*k))
                .flatten()
                .find_map(|s| date(s))
        })
        .or_else(|| {
            raw.times
                .iter()
                .take(raw.marked_times)
                .find_map(|(s, _)| date(s))
        })
        .or_else(|| other_date_meta(raw, dates::DateKind::Published, now))
}

/// The update date structured data states: JSON-LD, the date metas in
/// [`MODIFIED_KEYS`] order, microdata, a `<time>` marked as the update
/// time, other date metas.
fn structured_modified(raw: &Raw, ld: &jsonld::LdArticle, now: DateTime<Utc>) -> Option<Timestamp> {
    let date = |s: &str| dates::parse_date(s, now);
    ld.modified
        .as_deref()
        .and_then(date)
        .or_else(|| all(raw, MODIFIED_KEYS).into_iter().find_map(date))
        .or_else(|| {
            raw.itemprops
                .get("dateModified")
                .into_iter()
                .flatten()
                .find_map(|s| date(s))
        })
        .or_else(|| raw.modified_times.iter().find_map(|s| date(s)))
        .or_else(|| other_date_meta(raw, dates::DateKind::Modified, now))
}

/// The publication date of a page without structured data, from what it
/// shows: the URL's date, a line labelled "Published", the unmarked
/// `<time>` nearest the headline, an unlabelled date line nearest it,
/// date-named elements, a byline that carries the date, a relative date
/// when the fetch time is known.
fn shown_published(
    raw: &Raw,
    visible: &[Shown<'_>],
    url: Option<&Url>,
    now: DateTime<Utc>,
    fetched: Option<DateTime<Utc>>,
) -> Option<Timestamp> {
    let date = |s: &str| dates::parse_date(s, now);
    let nearest = |kind| nearest_shown(visible, raw.h1_order, kind);
    // A date in the article's own URL beats an unmarked `<time>`, which
    // may belong to a sidebar list or a comment.
    url.and_then(|u| dates::from_url_path(u.path(), now))
        .or_else(|| nearest(dates::DateKind::Published))
        // Of the unmarked `<time>`s, the one nearest the headline (the first
        // may date a sidebar's list).
        .or_else(|| {
            raw.times
                .iter()
                .skip(raw.marked_times)
                .filter_map(|(s, order)| Some((date(s)?, *order)))
                .min_by_key(|(_, order)| raw.h1_order.map_or(*order, |h| order.abs_diff(h)))
                .map(|(t, _)| t)
        })
        .or_else(|| nearest(dates::DateKind::Unlabelled))
        .or_else(|| raw.date_lines.iter().find_map(|s| date(s)))
        // A byline that carries the date ("By Jane Doe | March 2, 2023").
        .or_else(|| {
            raw.bylines
                .iter()
                .chain(&raw.by_lines)
                .find_map(|s| date(s))
        })
        .or_else(|| {
            let fetched = fetched?;
            raw.date_lines
                .iter()
                .find_map(|s| dates::parse_relative(s, fetched))
        })
}

/// A UTC time that another source of the page gives in the page's own
/// offset: the same instant in that offset, whose calendar day is the one
/// the page shows ("2025-07-05T00:04:00+00:00" in a meta beside
/// `<time datetime="2025-07-04T20:04:00-04:00">` is July 4). Any other
/// time as it is.
fn in_page_offset(raw: &Raw, ts: Timestamp, now: DateTime<Utc>) -> Timestamp {
    if ts.offset().local_minus_utc() != 0 {
        return ts;
    }
    raw.offset_dates
        .get_or_init(|| offset_dates(raw, now))
        .iter()
        .find(|d| (**d - ts).num_seconds().abs() <= 60)
        .copied()
        .unwrap_or(ts)
}

/// The words of the meta keys whose values [`offset_dates`] reads.
const OFFSET_DATE_KEY_WORDS: [&str; 3] = ["date", "time", "publish"];

/// The dates [`in_page_offset`] looks through, in its order: those of the
/// metas whose key names a date or time, the `<time>`s, the date
/// microdata; only those in an offset other than UTC.
fn offset_dates(raw: &Raw, now: DateTime<Utc>) -> Vec<Timestamp> {
    raw.meta
        .iter()
        .filter(|(k, _)| OFFSET_DATE_KEY_WORDS.iter().any(|w| holds(k, w)))
        .flat_map(|(_, v)| v)
        .chain(raw.times.iter().map(|(s, _)| s))
        // The same instant, marked "updated" (WordPress themes mark the
        // publication `<time>` `entry-date updated`).
        .chain(raw.modified_times.iter())
        .chain(raw.itemprops.get("datePublished").into_iter().flatten())
        .chain(raw.itemprops.get("dateModified").into_iter().flatten())
        .filter(|s| s.len() <= 40)
        .filter_map(|s| dates::parse_date(s, now))
        .filter(|d| d.offset().local_minus_utc() != 0)
        .collect()
}

/// The publication date the article's header shows instead of the
/// structured one, when they are not the same date ([`same_date`]): the
/// header's nearest date when it is a bare, unlabelled date ("March 1,
/// 2024" beside the headline) and the header labels no date as the
/// publication date; else a date labelled as the publication date below
/// the headline ("Published Nov 25, 2025" in the byline; above the
/// headline such a label often dates a teaser). Pages show the date they
/// stand by there (often the last revision their structured data calls
/// `dateModified`), while their structured `datePublished` may be a
/// template's, a migration's or the first draft's.
fn header_published(
    header: &[&Shown<'_>],
    h1_order: Option<usize>,
    structured: Timestamp,
) -> Option<Timestamp> {
    let first = header.first()?;
    let mut labelled = header
        .iter()
        .filter(|s| s.kind == dates::DateKind::Published);
    if first.kind == dates::DateKind::Unlabelled && labelled.clone().next().is_none() {
        return (!same_date(first, structured)).then_some(first.at);
    }
    let below = labelled.find(|s| h1_order.is_some_and(|h| s.order > h))?;
    (!same_date(below, structured)).then_some(below.at)
}

/// The update date: the one the article's header labels as such ("Updated
/// August 14, 2025") when structured data gives none or another date (a
/// CMS stamps `dateModified` on every save, the reader is told when the
/// text last changed); else the structured one.
fn header_modified(header: &[&Shown<'_>], structured: Option<Timestamp>) -> Option<Timestamp> {
    let shown = header.iter().find(|s| s.kind == dates::DateKind::Modified);
    match (structured, shown) {
        (Some(s), Some(h)) if h.at.date_naive() != s.date_naive() => Some(h.at),
        (s, _) => s,
    }
}

/// `hay.contains(needle)` for a short hay and needle, without the setup
/// of a string searcher.
fn holds(hay: &str, needle: &str) -> bool {
    let Some(&first) = needle.as_bytes().first() else {
        return true;
    };
    // The first byte compared alone: a slice comparison per window costs
    // a call.
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w[0] == first && w == needle.as_bytes())
}

fn simplify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // ASCII without the Unicode tables (the same answer for it).
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether a title segment names the site: equal to the site name, or the
/// host's name written with spaces.
fn is_site_segment(seg: &str, site: Option<&str>, url: Option<&Url>) -> bool {
    let s = simplify(seg);
    if s.is_empty() {
        return false;
    }
    if let Some(site) = site {
        let n = simplify(site);
        // A segment that holds the name among as many other words is a
        // headline that mentions the site, not the site.
        if !n.is_empty() && (n == s || n.contains(&s) || (s.contains(&n) && s.len() < 2 * n.len()))
        {
            return true;
        }
    }
    if let Some(host) = url.and_then(Url::host_str) {
        let host = simplify(host.trim_start_matches("www."));
        if s.len() >= 3 && host.contains(&s) {
            return true;
        }
    }
    false
}

/// The title without the site's name before or after it.
fn strip_site(title: &str, site: Option<&str>, url: Option<&Url>) -> String {
    let title = norm_ws(title);
    // A separator's first visible byte is in the title wherever the
    // separator is: one byte scan spares the two substring searches of
    // each separator the title lacks (most of them).
    let bytes = title.as_bytes();
    let separators = || {
        words::TITLE_SEPARATORS.iter().filter(|s| {
            s.text
                .trim_start()
                .bytes()
                .next()
                .is_none_or(|b| memchr::memchr(b, bytes).is_some())
        })
    };
    for sep in separators().filter(|s| s.known_site).map(|s| s.text) {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if tail.split_whitespace().count() <= 6 && is_site_segment(tail, site, url) {
                return strip_site(head, site, url);
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if head.split_whitespace().count() <= 6 && is_site_segment(head, site, url) {
                return strip_site(tail, site, url);
            }
        }
    }
    // No known site name: a short last segment after a strong separator
    // is the site ("Headline of five words – My website").
    for sep in separators().filter(|s| s.unknown_site).map(|s| s.text) {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 4 {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// A site name with its slogan after it ("Washingtonian - The website
/// that Washington lives by.", "WebMD: Better information. Better
/// health."): the name alone, when another source confirms it (the
/// JSON-LD publisher or site name, or the host).
fn without_tagline(name: String, others: &[Option<&str>], url: Option<&Url>) -> String {
    for sep in words::TITLE_SEPARATORS
        .iter()
        .filter(|s| s.tagline)
        .map(|s| s.text)
    {
        let Some((head, tail)) = name.split_once(sep) else {
            continue;
        };
        let confirmed = others
            .iter()
            .flatten()
            .any(|o| !o.is_empty() && simplify(o) == simplify(head))
            || is_site_segment(head, None, url);
        if confirmed && tail.split_whitespace().count() >= 2 {
            return head.trim().to_string();
        }
    }
    name
}

/// The site part of a `<title>` around a known headline.
fn site_part(title_tag: &str, headline: &str, host_label: &str) -> Option<String> {
    let t = norm_ws(title_tag);
    let rest = t
        .strip_prefix(headline)
        .or_else(|| t.strip_suffix(headline))?;
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || "|-–—:·/»_".contains(c));
    // A rest that holds a separator of its own is the end of a headline
    // the chosen title cut short, then the site ("… – Wartezeiten sinken
    // deutlich » Site"): the site is the part after its last separator.
    let rest = words::TITLE_SEPARATORS
        .iter()
        .filter(|sep| sep.unknown_site)
        .filter_map(|sep| rest.rfind(sep.text).map(|at| at + sep.text.len()))
        .max()
        .map_or(rest, |at| rest[at..].trim());
    // A separator that splits a title only beside a known name (" - ")
    // ends the headline there when the part after it is the name the
    // host's first label spells ("… – Wartezeiten sinken deutlich -
    // Blitzmeldung" on blitzmeldung.de): the host knows the name.
    let rest = words::TITLE_SEPARATORS
        .iter()
        .filter(|sep| sep.known_site && !sep.unknown_site)
        .filter_map(|sep| {
            rest.rfind(sep.text)
                .map(|at| rest[at + sep.text.len()..].trim())
        })
        .find(|tail| {
            let key = simplify(tail);
            key.len() >= BRAND_IN_HOST_MIN && key == host_label
        })
        .unwrap_or(rest);
    // "Headline [Site]", "Headline (Site)": the name inside.
    let inner = rest
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .or_else(|| rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
        .filter(|r| !r.contains(['[', ']', '(', ')']));
    let rest = inner.map_or(rest, str::trim);
    (!rest.is_empty() && rest.split_whitespace().count() <= 6).then(|| rest.to_string())
}

/// Decodes the character references that double-escaped metadata leaves
/// behind: `content="D&amp;amp;D"` reads `D&amp;D` once parsed, and a CMS
/// that HTML-escapes its JSON-LD writes `Rock &amp; Roll` in a string.
/// Only complete references (`&name;`, `&#39;`, `&#x27;`) are decoded, so
/// a URL's `&copy=1` stays as it is.
pub(crate) fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    // Most values hold no `&` at all: one vectorised search answers for
    // them, where the decoder steps through every byte.
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return s.into();
    }
    html_escape::decode_html_entities(s)
}

/// UTF-8 text that was decoded as Latin-1 once ("Itâ\u{80}\u{99}s" for
/// "It’s", a CMS that double-encodes its metadata): the text as written.
/// The C1 control characters (U+0080–U+009F) such text holds are never in
/// real text; a string with other characters above U+00FF is left alone.
fn without_mojibake(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        return s.into();
    }
    let bytes: Option<Vec<u8>> = s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect();
    match bytes.and_then(|b| String::from_utf8(b).ok()) {
        Some(fixed) => fixed.into(),
        None => s.into(),
    }
}

fn is_generic_title(t: &str) -> bool {
    // Each alphanumeric character lower-cases to one or more: a title with
    // more of them than the longest generic title has letters is none of
    // them (one scan that stops there, no copy).
    if t.chars()
        .filter(|c| c.is_alphanumeric())
        .nth(GENERIC_TITLE_MAX_LETTERS)
        .is_some()
    {
        return false;
    }
    let s = simplify(t);
    s.is_empty() || GENERIC_TITLES.contains(&s.as_str())
}

/// Titles that name no article (simplified: lower case, letters only).
const GENERIC_TITLES: &[&str] = &[
    "home",
    "homepage",
    "index",
    "untitled",
    "news",
    "article",
    "startseite",
    "accueil",
];

/// Letters of the longest of the [`GENERIC_TITLES`] ("startseite").
const GENERIC_TITLE_MAX_LETTERS: usize = 10;

/// The article's title: the page's own headline (`h1`) when the metadata
/// agrees with it, else the first structured or `<title>` title, without
/// the site's name.
fn choose_title(
    raw: &Raw,
    ld: &jsonld::LdArticle,
    site: Option<&str>,
    url: Option<&Url>,
) -> Option<String> {
    let site_key = site.map(simplify);
    let usable = |t: &str| {
        let t = norm_ws(&without_mojibake(&decode_entities(t)));
        (!is_generic_title(&t) && site_key.as_ref().is_none_or(|s| *s != simplify(&t))).then_some(t)
    };
    let structured: Vec<String> = structured_titles(raw, ld).filter_map(usable).collect();
    let metas: Vec<String> = structured
        .iter()
        .cloned()
        .chain(
            first(raw, &["title"])
                .into_iter()
                .chain(raw.title_tag.as_deref())
                .filter_map(usable),
        )
        .collect();
    let stripped = stripped_once(&metas, site, url);
    // `metas` starts with the structured titles: their stripped forms are
    // the first entries of `stripped`.
    agreeing_headline(raw, &stripped, structured.len(), site, url).or_else(|| {
        stripped
            .into_iter()
            .find(|t| !is_generic_title(t))
            .or_else(|| raw.h1.first().cloned())
    })
}

/// Titles the page states as structured data, for sharing or indexing, in
/// order of precedence.
fn structured_titles<'a>(
    raw: &'a Raw,
    ld: &'a jsonld::LdArticle,
) -> impl Iterator<Item = &'a str> + 'a {
    ld.headline
        .iter()
        .map(String::as_str)
        .chain(TITLE_META_KEYS.iter().filter_map(|k| first(raw, &[k])))
        .chain(
            raw.itemprops
                .get("headline")
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
}

/// Each title without the site's name; sources often repeat one title
/// (`og:title` = `twitter:title`), which is stripped once.
fn stripped_once(metas: &[String], site: Option<&str>, url: Option<&Url>) -> Vec<String> {
    let mut stripped: Vec<String> = Vec::with_capacity(metas.len());
    for (i, m) in metas.iter().enumerate() {
        let done = metas[..i].iter().position(|p| p == m);
        let s = match done.and_then(|j| stripped.get(j)) {
            Some(s) => s.clone(),
            None => strip_site(m, site, url),
        };
        stripped.push(s);
    }
    stripped
}

/// The page's own headline element, what a reader sees, when the metadata
/// agrees with it: a metadata title contains it (a kicker word before it
/// dropped), or, when it is the page's only headline-like `h1`, it tells
/// the same story as one of the first `structured` titles in other words
/// (the social or search headline of a news page differs from the printed
/// one). A second `h1` is usually the site's logo or a teaser, and an `h1`
/// unrelated to the metadata a section name.
fn agreeing_headline(
    raw: &Raw,
    stripped: &[String],
    structured: usize,
    site: Option<&str>,
    url: Option<&Url>,
) -> Option<String> {
    let candidates: Vec<&String> = raw
        .h1
        .iter()
        .filter(|h| {
            h.split_whitespace().count() >= 2
                && h.chars().count() <= 300
                && !is_site_segment(h, site, url)
                && !is_generic_title(h)
        })
        .collect();
    // The simplified titles, each made when first compared and kept for
    // the next candidate.
    let mut keys: Vec<Option<String>> = vec![None; stripped.len()];
    for h in &candidates {
        if let Some(shorter) = without_kicker(h, stripped) {
            return Some(shorter);
        }
        let key = simplify(h);
        if stripped.iter().zip(keys.iter_mut()).any(|(m, k)| {
            let m = k.get_or_insert_with(|| simplify(m));
            m.contains(&key) && key.len() * 2 >= m.len()
        }) {
            return Some((*h).clone());
        }
    }
    match candidates.as_slice() {
        [only]
            if !only.contains(" | ")
                && stripped
                    .iter()
                    .take(structured)
                    .any(|m| same_story(only, m)) =>
        {
            Some((*only).clone())
        }
        _ => None,
    }
}

/// The content words of a title, cut to five characters so that
/// "Valentino" and "Valentino's" or "Trends" and "Trend" meet.
fn title_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.chars().take(5).flat_map(char::to_lowercase).collect())
        .collect()
}

/// Whether two headlines share enough words to be the same story told
/// twice: three or more, at least 40 % of the `h1`'s and a quarter of
/// the title's (not a site name that a long title ends with).
fn same_story(h1: &str, title: &str) -> bool {
    let (wh, wt) = (title_words(h1), title_words(title));
    let shared = wh.iter().filter(|w| wt.contains(w)).count();
    shared >= 3 && shared * 5 >= wh.len() * 2 && shared * 4 >= wt.len()
}

/// Words that head an `h1` as a label, not as part of the headline.
const KICKERS: &[&str] = &[
    "opinion",
    "analysis",
    "exclusive",
    "live",
    "breaking",
    "editorial",
    "explainer",
    "commentary",
    "review",
    "watch",
    "video",
    "podcast",
    "sponsored",
];

/// An `h1` that starts with a kicker ("Opinion", "Exclusive") before the
/// headline the metadata states: that metadata headline.
fn without_kicker(h1: &str, metas: &[String]) -> Option<String> {
    let (first, rest) = h1.split_once(' ')?;
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    if !KICKERS.iter().any(|k| first.eq_ignore_ascii_case(k)) {
        return None;
    }
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    metas
        .iter()
        .find(|m| m.split_whitespace().count() >= 3 && m.as_str() == rest)
        .cloned()
}

/// Author meta tags in order of precedence; the first key that names
/// someone wins (values of one key repeated in several tags add up).
const AUTHOR_KEYS: &[&str] = &[
    "dc.creator",
    "author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "byl",
    "byline",
];

/// Authors from the first source that names someone. The site's own name
/// (a newsroom credited as author) or an agency's acronym is dropped beside
/// people and used only when no source names a person.
fn choose_authors(raw: &Raw, ld: &jsonld::LdArticle, site: Option<&str>) -> Vec<String> {
    let is_site = |n: &str| is_site_or_agency(n, site);
    let mut fallback: Vec<String> = Vec::new();
    for source in author_sources(raw, ld) {
        let names = names_in(&source, site);
        if names.is_empty() {
            continue;
        }
        let people: Vec<String> = names.iter().filter(|n| !is_site(n)).cloned().collect();
        if !people.is_empty() {
            return byline_naming_more(raw, &people, site).unwrap_or(people);
        }
        if fallback.is_empty() {
            fallback = names;
        }
    }
    if fallback.is_empty() {
        fallback = organisation_authors(ld);
    }
    if fallback.is_empty() {
        fallback.extend(credit_naming_no_person(raw, site));
    }
    fallback
}

/// The outlet itself, or a lone acronym ("AFP") crediting an agency: both
/// give way to a person named elsewhere on the page.
fn is_site_or_agency(name: &str, site: Option<&str>) -> bool {
    site.is_some_and(|s| simplify(s) == simplify(name))
        || ((2..=5).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The places a page names its authors, in order of precedence: JSON-LD,
/// the author metas ([`AUTHOR_KEYS`]; citation and Dublin Core names
/// written family name first turned round), microdata, a link preview's
/// "Written by", `rel=author` links, then byline elements one by one
/// (marked ones before unmarked "By …" lines, which may be a menu entry).
fn author_sources<'a>(
    raw: &'a Raw,
    ld: &'a jsonld::LdArticle,
) -> Vec<Vec<std::borrow::Cow<'a, str>>> {
    use std::borrow::Cow;
    let mut sources: Vec<Vec<Cow<'a, str>>> = vec![ld
        .authors
        .iter()
        .map(|a| Cow::Borrowed(a.as_str()))
        .collect()];
    for key in AUTHOR_KEYS {
        let values = raw.meta.get(*key).into_iter().flatten();
        sources.push(match *key {
            "citation_author" => values.map(|v| Cow::Owned(authors::uninvert(v))).collect(),
            "dc.creator" => values
                .map(|v| Cow::Owned(authors::uninvert_creator(v)))
                .collect(),
            _ => values.map(|v| Cow::Borrowed(v.as_str())).collect(),
        });
    }
    sources.push(
        ["author", "creator"]
            .iter()
            .filter_map(|k| raw.itemprops.get(*k))
            .flatten()
            .map(|v| Cow::Borrowed(v.as_str()))
            .collect(),
    );
    // Yoast writes `twitter:label1` "Written by" and the name in
    // `twitter:data1`.
    sources.push(
        preview_authors(raw)
            .into_iter()
            .map(Cow::Borrowed)
            .collect(),
    );
    sources.push(
        raw.rel_author
            .iter()
            .map(|v| Cow::Borrowed(v.as_str()))
            .collect(),
    );
    sources.extend(
        raw.bylines
            .iter()
            .chain(&raw.by_lines)
            .map(|b| vec![Cow::Borrowed(b.as_str())]),
    );
    sources
}

/// The names one source gives, once each, without the outlet glued after
/// a name; "Jane Doe" beside "The Daily Post": the second is the outlet,
/// not a co-author.
fn names_in<S: AsRef<str>>(source: &[S], site: Option<&str>) -> Vec<String> {
    let mut names = Vec::new();
    for s in source {
        for n in authors::parse_byline(s.as_ref()) {
            authors::push_unique(&mut names, without_site_suffix(n, site));
        }
    }
    if names.iter().any(|n| !n.starts_with("The ")) {
        names.retain(|n| !n.starts_with("The "));
    }
    names
}

/// The marked byline the reader sees when it names every one of `people`
/// (from structured data) and more co-authors of a person's shape ("By
/// Jane Doe and John Roe" above, only Jane Doe in the JSON-LD).
fn byline_naming_more(raw: &Raw, people: &[String], site: Option<&str>) -> Option<Vec<String>> {
    let byline = raw
        .bylines
        .iter()
        .map(|b| names_in(&[b.as_str()], site))
        .find(|n| !n.is_empty())?;
    let covers = |n: &String| byline.iter().any(|b| b.eq_ignore_ascii_case(n));
    (byline.len() > people.len()
        && people.iter().all(covers)
        && byline
            .iter()
            .all(|n| !is_site_or_agency(n, site) && authors::looks_like_person(n)))
    .then_some(byline)
}

/// An organisation the structured data names as the author, as written:
/// the last resort, when nothing names a person.
fn organisation_authors(ld: &jsonld::LdArticle) -> Vec<String> {
    let mut out = Vec::new();
    for n in &ld.org_authors {
        let n = norm_ws(n);
        if !n.is_empty() && n.chars().count() <= 80 {
            authors::push_unique(&mut out, n);
        }
    }
    out
}

/// An author meta or marked byline that names no person ("Camphouse
/// Team", a login name such as "jdoe_admin", "By the Currency editors"
/// without its "By"), as written, when nothing else names anyone; not the
/// site's own name, a placeholder, a URL or an address.
fn credit_naming_no_person(raw: &Raw, site: Option<&str>) -> Option<String> {
    AUTHOR_KEYS
        .iter()
        .filter_map(|k| raw.meta.get(*k))
        .flatten()
        .map(String::as_str)
        .chain(preview_authors(raw))
        .map(norm_ws)
        .chain(raw.bylines.iter().map(|b| {
            let b = norm_ws(b);
            ["By ", "by ", "BY ", "Written by ", "written by "]
                .iter()
                .find_map(|p| b.strip_prefix(p))
                .map_or(b.clone(), str::to_string)
        }))
        .find(|n| {
            !n.is_empty()
                && n.chars().count() <= 60
                && n.split_whitespace().count() <= 5
                && !n.contains(['@', '/', '<', '{', '|'])
                && !n.chars().any(|c| c.is_ascii_digit())
                && !is_site_or_agency(n, site)
                && !matches!(
                    n.to_lowercase().as_str(),
                    "admin"
                        | "administrator"
                        | "staff"
                        | "unknown"
                        | "anonymous"
                        | "editor"
                        | "guest"
                        | "author"
                        | "user"
                        | "null"
                        | "none"
                )
        })
}

/// Names a link preview's label/data pairs give as the author
/// (`twitter:label1` = "Written by", `twitter:data1` = the name).
fn preview_authors(raw: &Raw) -> Vec<&str> {
    (1..=4)
        .filter(|i| {
            first(raw, &[format!("twitter:label{i}").as_str()]).is_some_and(|l| {
                let l = l.trim().to_lowercase();
                l == "written by" || l == "author" || l == "by"
            })
        })
        .filter_map(|i| first(raw, &[format!("twitter:data{i}").as_str()]))
        .collect()
}

/// A byline name with the outlet glued after it ("Jane Doe USA TODAY",
/// from a name and an outlet in separate elements): the name alone.
fn without_site_suffix(name: String, site: Option<&str>) -> String {
    let Some(site) = site.filter(|s| !s.is_empty()) else {
        return name;
    };
    let cut = name.len().checked_sub(site.len()).filter(|&i| {
        name.is_char_boundary(i) && name[i..].eq_ignore_ascii_case(site) && name[..i].ends_with(' ')
    });
    match cut {
        Some(i) if name[..i].split_whitespace().count() >= 2 => name[..i].trim_end().to_string(),
        _ => name,
    }
}

impl Metadata {
    /// JSON-LD `articleBody` as text (entities decoded, whitespace
    /// collapsed), made on demand: only a page whose DOM gives too little
    /// text reads it.
    pub(crate) fn article_body(&self) -> Option<String> {
        self.ld_body.as_deref().and_then(jsonld::normalized)
    }

    /// Fills the article's metadata fields that are still empty.
    pub(crate) fn apply(&self, article: &mut Article) {
        fn fill<T: Clone>(slot: &mut Option<T>, v: &Option<T>) {
            if slot.is_none() {
                slot.clone_from(v);
            }
        }
        fill(&mut article.title, &self.title);
        if article.authors.is_empty() {
            article.authors.clone_from(&self.authors);
        }
        fill(&mut article.published, &self.published);
        fill(&mut article.modified, &self.modified);
        fill(&mut article.site_name, &self.site_name);
        fill(&mut article.lang, &self.lang);
        fill(&mut article.description, &self.description);
        fill(&mut article.canonical_url, &self.canonical_url);
        fill(&mut article.source_url, &self.source_url);
        if article.source_url == self.source_url {
            fill(&mut article.source_name, &self.source_name);
        }
        fill(&mut article.section, &self.section);
        if article.tags.is_empty() {
            article.tags.clone_from(&self.tags);
        }
    }

    /// Fills the article's `images` from its image blocks as they are now,
    /// after the syndication stage: an image whose block it removed is
    /// not among them, and a caption or alt text it cleared (a file name)
    /// is cleared here too, image by image (not matched by `src`: pages
    /// share placeholder files). `lead_image` is the page's own
    /// (`og:image`, JSON-LD) unless `removed` says its block was taken
    /// out (an outlet's logo), else the first image.
    pub(crate) fn apply_images(&self, article: &mut Article, removed: impl Fn(&str) -> bool) {
        if article.images.is_empty() {
            article.images = article
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Image(img) if !urls::is_junk_image(&img.src) => Some(img.clone()),
                    _ => None,
                })
                .collect();
        }
        if article.lead_image.is_none() {
            article.lead_image = self
                .lead_image
                .clone()
                .filter(|lead| !removed(&lead.src))
                .or_else(|| article.images.first().cloned());
        }
    }
}

/// The post-text step, run after `Article::fill_text`: the content
/// fingerprint, and the language detected from the text when the page did
/// not state one.
pub(crate) fn finish(article: &mut Article) {
    finish_with(article, true);
}

/// [`finish`], with the fingerprint only when `fingerprint` is set (a run
/// that does not output it spares the SimHash of the text).
pub(crate) fn finish_with(article: &mut Article, fingerprint: bool) {
    if fingerprint {
        article.fingerprint = fingerprint::simhash(&article.text);
    }
    if article.description.is_none() {
        article.description = first_paragraph(&article.blocks);
    }
    if article.lang.is_none() {
        article.lang = lang::detect(&article.text);
    }
}

/// Longest description taken from the body, in characters.
const MAX_DESCRIPTION_CHARS: usize = 500;

/// The body's first paragraph of prose: the description of a page that
/// states none (Readability's excerpt). Cut at a word boundary.
fn first_paragraph(blocks: &[Block]) -> Option<String> {
    let text = blocks.iter().find_map(|b| match b {
        Block::Paragraph(p) if p.text.split_whitespace().count() >= 8 => Some(norm_ws(&p.text)),
        _ => None,
    })?;
    if text.chars().count() <= MAX_DESCRIPTION_CHARS {
        return Some(text);
    }
    let cut: String = text.chars().take(MAX_DESCRIPTION_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    Some(format!("{}…", cut.trim_end_matches([',', ';', ':'])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike as _;

    fn raw_of(html: &str) -> Raw {
        scan(&Html::parse_document(html))
    }

    #[test]
    fn decode_entities_borrows_values_without_references() {
        assert!(matches!(
            decode_entities("Rock and Roll"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(decode_entities("Rock &amp; Roll"), "Rock & Roll");
        assert_eq!(decode_entities("D&amp;amp;D &#39;x&#x27;"), "D&amp;D 'x'");
        assert_eq!(decode_entities("/a?b=1&copy=1"), "/a?b=1&copy=1");
    }

    #[test]
    fn simplify_gives_the_unicode_definition() {
        let plain = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        for s in [
            "",
            "Valley Post | News",
            "ÉCOLE naïve Straße ẞ İstanbul ΣΊΣΥΦΟΣ",
            "Ⅻ ½ ² ٣ 日本 site_name-2024",
            "\u{212a}elvin \u{130}I",
        ] {
            assert_eq!(simplify(s), plain(s), "{s}");
        }
    }

    #[test]
    fn the_json_ld_body_is_made_text_on_demand() {
        let meta = |body: &str| {
            let html = format!(
                r#"<head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Bridge reopens","articleBody":"{body}"}}</script></head>"#
            );
            collect(&Html::parse_document(&html), None, None)
        };
        assert_eq!(
            meta("  The bridge &amp;amp; the   road\\n\\nreopened. ").article_body(),
            Some("The bridge &amp; the road reopened.".to_string())
        );
        assert_eq!(meta(" \\n ").article_body(), None);
        let none = collect(
            &Html::parse_document("<head><title>Bridge reopens</title></head>"),
            None,
            None,
        );
        assert_eq!(none.article_body(), None);
    }

    #[test]
    fn ascii_digits_counts_as_the_plain_filter_does() {
        let plain = |b: &[u8]| b.iter().filter(|b| b.is_ascii_digit()).count();
        // Every byte value, in every position of a chunk and of the tail.
        let all: Vec<u8> = (0..=255u8).collect();
        for start in 0..8 {
            // The digits (bytes 48 to 57) in the chunks and in the tail
            // of every length around them.
            for len in [0, 1, 7, 8, 9, 16, 23, 200].into_iter().chain(40..=64) {
                let end = (start + len).min(all.len());
                let b = &all[start..end];
                assert_eq!(ascii_digits(b), plain(b), "{start} {len}");
            }
        }
        // The bytes whose low seven bits are digits (0xb0..=0xb9), and the
        // neighbours of the digit range.
        for text in [
            "Dec 12, 2025 · 10:45",
            "\u{b0}\u{b9}°¹²³ 0/9:",
            "////0000::::9999",
            "no digits here at all..",
        ] {
            assert_eq!(
                ascii_digits(text.as_bytes()),
                plain(text.as_bytes()),
                "{text}"
            );
        }
        let mixed: Vec<u8> = (0..4096u32).map(|i| (i * 37 % 256) as u8).collect();
        assert_eq!(ascii_digits(&mixed), plain(&mixed));
    }

    #[test]
    fn generic_titles_fit_the_letter_bound_of_the_fast_path() {
        for t in GENERIC_TITLES {
            assert!(t.chars().count() <= GENERIC_TITLE_MAX_LETTERS, "{t}");
            assert!(is_generic_title(&t.to_uppercase()), "{t}");
        }
        assert!(is_generic_title(" Start-Seite! "));
        assert!(is_generic_title("· · ·"));
        assert!(!is_generic_title("Startseiten"));
        assert!(!is_generic_title("Bridge reopens after two years"));
    }

    #[test]
    fn the_comment_memo_answers_as_the_walk_up_does_in_any_order() {
        let doc = Html::parse_document(
            "<body class=comments><div id=comments-list><p>a<span>b</span></p>\
             <ul class='comment-list'><li><b>x</b></li></ul></div>\
             <section class='comments'><div><p>c</p></div></section>\
             <article><p><i>d</i></p><div class='commentlist x'><em>e</em></div></article></body>",
        );
        let elements: Vec<ElementRef<'_>> = doc.tree.nodes().filter_map(ElementRef::wrap).collect();
        let direct: Vec<bool> = elements.iter().map(|&e| in_comments(e)).collect();
        // Both ways: the page's elements in order, and bottom-up.
        let mut memo = CommentMemo::default();
        let forward: Vec<bool> = elements.iter().map(|&e| memo.in_comments(e)).collect();
        let mut memo = CommentMemo::default();
        let mut backward: Vec<bool> = elements
            .iter()
            .rev()
            .map(|&e| memo.in_comments(e))
            .collect();
        backward.reverse();
        assert_eq!(forward, direct);
        assert_eq!(backward, direct);
        // Some inside a thread, some not (the test can tell them apart).
        assert!(direct.iter().any(|&w| w) && direct.iter().any(|&w| !w));
    }

    fn ld_of(raw: &Raw) -> jsonld::LdArticle {
        jsonld::extract(&raw.ld).unwrap_or_default()
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn day(t: Option<Timestamp>) -> Option<String> {
        t.map(|t| t.format("%Y-%m-%d").to_string())
    }

    #[test]
    fn scan_reads_metas_links_and_json_ld() {
        let raw = raw_of(
            r#"<html lang="de"><head><meta property="og:title" content="A &amp;amp; B"><meta name="DCTERMS.creator" content="Doe, Jane"><meta name="empty" content=" "><link rel="canonical" href="/a"><link rel="original-source" href="https://wire.example/a" title=" Wire  Service "><base href="https://cdn.example/"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Hello"}</script></head><body></body></html>"#,
        );
        assert_eq!(raw.html_lang.as_deref(), Some("de"));
        assert_eq!(raw.meta["og:title"], ["A & B"]);
        assert_eq!(raw.meta["dc.creator"], ["Doe, Jane"]);
        assert!(!raw.meta.contains_key("empty"));
        assert_eq!(raw.links["canonical"], ["/a"]);
        assert_eq!(raw.source_link_title.as_deref(), Some("Wire Service"));
        assert_eq!(raw.base_href.as_deref(), Some("https://cdn.example/"));
        assert_eq!(raw.ld.len(), 1);
    }

    #[test]
    fn scan_tells_a_headline_from_a_logo_h1() {
        let raw = raw_of(
            r#"<body><h1 class="site-logo">Valley Post</h1><p>x</p><h1>Bridge reopens after repairs¶</h1><h1><a href="/">Home</a></h1></body>"#,
        );
        assert_eq!(raw.brand.as_deref(), Some("Valley Post"));
        assert_eq!(raw.h1, ["Bridge reopens after repairs"]);
        assert!(raw.h1_order.is_some());
    }

    #[test]
    fn scan_sorts_times_into_updated_marked_and_unmarked() {
        let raw = raw_of(
            r#"<body><time datetime="2023-01-01">a</time><time class="updated" datetime="2023-03-01">b</time><time pubdate datetime="2023-02-01">c</time><span>Updated: <time datetime="2023-04-01">d</time></span><time>March 5, 2023</time></body>"#,
        );
        let times: Vec<&str> = raw.times.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(times, ["2023-02-01", "2023-01-01"]);
        assert_eq!(raw.marked_times, 1);
        assert_eq!(raw.modified_times, ["2023-03-01", "2023-04-01"]);
        assert!(raw.date_lines.contains(&"March 5, 2023".to_string()));
    }

    #[test]
    fn scan_reads_microdata_and_author_links() {
        let raw = raw_of(
            r#"<body><div itemprop="author" itemscope><span itemprop="name">Jane Doe</span><span>Editor</span></div><meta itemprop="datePublished" content="2023-05-01"><span itemprop="datePublished" content="2023-05-02">May 2</span><a rel="author" href="/jd">Jane Doe</a><span itemprop="color">red</span></body>"#,
        );
        assert_eq!(raw.itemprops["author"], ["Jane Doe"]);
        assert_eq!(raw.itemprops["datePublished"], ["2023-05-02"]);
        assert_eq!(raw.meta["datepublished"], ["2023-05-01"]);
        assert!(!raw.itemprops.contains_key("color"));
        assert_eq!(raw.rel_author, ["Jane Doe"]);
    }

    #[test]
    fn a_class_value_names_what_its_lowered_copy_names() {
        // `class_name_flags` answers once per class value what
        // `scan_named` asks of the value `class_and_id` writes for an
        // element whose id adds no name word.
        let values = [
            "",
            "byline",
            "Post-Byline",
            "author-bio",
            "AuthorBox authority",
            "writtenBy",
            "entry-date",
            "DateLine updated",
            "article-info general-info",
            "comment-author",
            "publish-date Timestamp",
            "site-title",
            "post-meta",
        ];
        for v in values {
            let flags = class_name_flags(v, &mut String::new());
            let at = Attrs {
                class: Some(v),
                class_names: name_flags(v),
                ..Attrs::default()
            };
            let mut buf = String::new();
            let (names, held) = class_and_id(&at, 0, &mut buf);
            assert_eq!(
                flags & !(CLASS_NAMES_DATE | CLASS_NAMES_BYLINE),
                name_flags(v),
                "{v}"
            );
            let date = held & HOLDS_DATE_WORD != 0 && is_date_name(names);
            let byline = held & HOLDS_BYLINE_WORD != 0 && is_byline_name(names);
            assert_eq!(flags & CLASS_NAMES_DATE != 0, date, "{v}: date");
            assert_eq!(flags & CLASS_NAMES_BYLINE != 0, byline, "{v}: byline");
        }
        // Both answers are read somewhere in the list.
        let any = |bit: u8| {
            values
                .iter()
                .any(|v| class_name_flags(v, &mut String::new()) & bit != 0)
        };
        assert!(any(CLASS_NAMES_DATE) && any(CLASS_NAMES_BYLINE));
    }

    #[test]
    fn scan_reads_a_class_alone_and_a_class_with_a_named_id_alike() {
        // The same class on three elements, read once; an id adding a
        // name word (`author-bio`: a biography) is read with the class.
        let raw = raw_of(
            r#"<body><p class="Byline">By Jane Doe</p><p class="Byline" id="author-bio">By Ann Poe, a writer</p><p class="Byline" id="main">By John Roe</p><span class="entry-date" id="x">March 5, 2023</span><span class="entry-date" id="date-updated">April 1, 2023</span></body>"#,
        );
        assert_eq!(raw.bylines, ["By Jane Doe", "By John Roe"]);
        assert_eq!(raw.by_lines, ["By Ann Poe, a writer"]);
        assert_eq!(raw.date_lines, ["March 5, 2023"]);
    }

    #[test]
    fn scan_collects_named_date_lines_and_bylines() {
        let raw = raw_of(
            r#"<body><nav><ul class="menu"><li>By Category</li></ul></nav><p class="byline">By <a>Jane Doe</a></p><div class="comment"><p class="author">Troll</p></div><p>By John Roe</p><span class="post-date">March 5, 2023</span><figure><figcaption><p>By Ann Poe</p></figcaption></figure></body>"#,
        );
        assert_eq!(raw.bylines, ["By Jane Doe"]);
        assert_eq!(raw.by_lines, ["By John Roe"]);
        assert_eq!(raw.date_lines, ["March 5, 2023"]);
    }

    #[test]
    fn scan_keeps_visible_date_lines_with_their_labels() {
        let raw = raw_of(
            r#"<body><h1>Bridge reopens</h1><p>Published on March 5, 2023</p><span>Updated: <b>March 9, 2023</b></span><nav><p>March 1, 2023</p></nav><p>12 apples</p></body>"#,
        );
        let lines: Vec<(&str, Option<dates::DateKind>)> = raw
            .visible
            .iter()
            .map(|v| (v.text.as_str(), v.label))
            .collect();
        assert_eq!(
            lines,
            [
                ("Published on March 5, 2023", None),
                ("March 9, 2023", Some(dates::DateKind::Modified)),
            ]
        );
    }

    #[test]
    fn site_part_ends_at_a_hyphen_before_the_name_the_host_spells() {
        let title = "Ferry goes electric – Crossings stay short - Wavepost";
        let cut = "Ferry goes electric";
        assert_eq!(
            site_part(title, cut, "wavepost").as_deref(),
            Some("Wavepost")
        );
        // Before words the host does not spell, the hyphen is the
        // headline's: the rest stays as it was.
        assert_eq!(
            site_part(title, cut, "dailywave").as_deref(),
            Some("Crossings stay short - Wavepost")
        );
    }

    #[test]
    fn site_name_loses_a_confirmed_slogan_and_falls_back_to_the_title_tag() {
        let raw = raw_of(
            r#"<head><meta property="og:site_name" content="Valley Post - News that matters to you"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Valley Post"}}</script></head>"#,
        );
        assert_eq!(
            choose_site_name(&raw, &ld_of(&raw), None).as_deref(),
            Some("Valley Post")
        );
        let raw = raw_of("<head><title>Bridge reopens | Valley Post</title></head>");
        assert_eq!(choose_site_name(&raw, &ld_of(&raw), None), None);
        assert_eq!(
            site_from_title_tag(&raw, Some("Bridge reopens"), None).as_deref(),
            Some("Valley Post")
        );
        // A headline cut short at its own dash: the site is the part after
        // the title's last separator.
        let raw = raw_of(
            "<head><title>Bridge reopens on Monday – tolls drop » Valley Post</title></head>",
        );
        assert_eq!(
            site_from_title_tag(&raw, Some("Bridge reopens on Monday"), None).as_deref(),
            Some("Valley Post")
        );
    }

    #[test]
    fn one_step_per_simple_field() {
        let raw = raw_of(
            r#"<html><head><meta property="og:locale" content="fr_FR"><meta name="description" content=" Short   text "><meta property="og:url" content="https://valley.example/a?utm_source=x"><meta property="og:image" content="/pixel.gif"><meta name="twitter:image" content="/big.jpg"><meta name="keywords" content="bridges, PageType: Article, council"><script type="application/ld+json">{"@type":"NewsArticle","articleSection":"Local, Roads","isBasedOn":{"@type":"CreativeWork","url":"https://wire.example/a","publisher":{"@type":"Organization","name":"Wire"}}}</script></head></html>"#,
        );
        let ld = ld_of(&raw);
        let base = Url::parse("https://valley.example/news/a").unwrap();
        assert_eq!(choose_lang(&raw, &ld).as_deref(), Some("fr-FR"));
        assert_eq!(choose_description(&raw, &ld).as_deref(), Some("Short text"));
        assert_eq!(
            choose_canonical_url(&raw, &ld, Some(&base)).map(String::from),
            Some("https://valley.example/a".to_string())
        );
        assert_eq!(
            choose_source_url(&raw, &ld, Some(&base)).map(String::from),
            Some("https://wire.example/a".to_string())
        );
        assert_eq!(choose_source_name(&raw, &ld).as_deref(), Some("Wire"));
        assert_eq!(
            choose_lead_image(&raw, &ld, Some(&base)).map(|i| i.src),
            Some("https://valley.example/big.jpg".to_string())
        );
        assert_eq!(choose_tags(&raw, &ld), ["bridges", "council"]);
        assert_eq!(choose_section(&raw, &ld).as_deref(), Some("Local"));
    }

    #[test]
    fn structured_dates_follow_their_precedence() {
        let raw = raw_of(
            r#"<head><meta name="date" content="2023-01-03"><meta property="article:published_time" content="2023-01-02T10:00:00+01:00"><meta name="w-last-updated" content="2023-02-09"><script type="application/ld+json">{"@type":"NewsArticle","dateModified":"not a date"}</script></head><body><time class="updated" datetime="2023-02-05">x</time></body>"#,
        );
        let ld = ld_of(&raw);
        assert_eq!(
            day(structured_published(&raw, &ld, now())).as_deref(),
            Some("2023-01-02")
        );
        assert_eq!(
            day(structured_modified(&raw, &ld, now())).as_deref(),
            Some("2023-02-05")
        );
        let raw = raw_of(r#"<head><meta name="w-published-date" content="2023-01-07"></head>"#);
        assert_eq!(
            day(structured_published(&raw, &ld_of(&raw), now())).as_deref(),
            Some("2023-01-07")
        );
        assert_eq!(structured_modified(&raw, &ld_of(&raw), now()), None);
    }

    #[test]
    fn shown_dates_follow_url_label_time_and_line() {
        let shown = |html: &str, url: Option<&str>| {
            let raw = raw_of(html);
            let url = url.map(|u| Url::parse(u).unwrap());
            let visible = visible_dates(&raw, now());
            day(shown_published(&raw, &visible, url.as_ref(), now(), None))
        };
        let page = r#"<body><h1>Bridge reopens</h1><p>March 9, 2023</p><time datetime="2023-03-07">x</time><p>Posted March 8, 2023</p></body>"#;
        assert_eq!(
            shown(page, Some("https://v.example/2023/03/06/bridge")).as_deref(),
            Some("2023-03-06")
        );
        assert_eq!(shown(page, None).as_deref(), Some("2023-03-08"));
        let page = r#"<body><h1>Bridge reopens</h1><p>March 9, 2023</p><time datetime="2023-03-07">x</time></body>"#;
        assert_eq!(shown(page, None).as_deref(), Some("2023-03-07"));
        let page = r#"<body><h1>Bridge reopens</h1><p>March 9, 2023</p></body>"#;
        assert_eq!(shown(page, None).as_deref(), Some("2023-03-09"));
        assert_eq!(shown("<body><p>no date</p></body>", None), None);
    }

    #[test]
    fn header_dates_are_near_the_headline_and_bare_when_unlabelled() {
        let filler = "<p>x</p>".repeat(MAX_HEADER_DISTANCE + 5);
        let raw = raw_of(&format!(
            "<body><p>Jan 3, 2023</p><h1>Bridge reopens</h1><p>Prices valid until March 1, 2023 in all our stores</p><p>Updated March 9, 2023</p><p>March 8, 2023</p>{filler}<p>March 2, 2023</p></body>"
        ));
        let visible = visible_dates(&raw, now());
        let header: Vec<String> = header_dates(&visible, raw.h1_order)
            .iter()
            .map(|s| s.at.format("%m-%d").to_string())
            .collect();
        assert_eq!(header, ["01-03", "03-09", "03-08"]);
        assert!(header_dates(&visible, None).is_empty());
    }

    #[test]
    fn the_name_word_slots_answer_as_the_word_list_does() {
        for w in NAME_WORDS {
            assert!(is_name_word(w));
            assert!(is_name_word(w & !0x2020_2020), "upper case");
        }
        // Every other window of two letters and two digits or dashes, and a
        // sample of four-letter windows, is no name word.
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                for c in b'a'..=b'z' {
                    for d in [b'a', b'e', b'h', b'i', b'l', b'o', b't', b'-', b'1'] {
                        let w = u32::from_le_bytes([a, b, c, d]);
                        assert_eq!(is_name_word(w), NAME_WORDS.contains(&(w | 0x2020_2020)));
                    }
                }
            }
        }
    }

    #[test]
    fn name_flags_read_the_windows_as_the_direct_tests_do() {
        let direct = |v: &str| {
            let windows = || {
                v.as_bytes()
                    .windows(4)
                    .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            };
            let word = |words: &[&[u8; 4]]| {
                windows().any(|w| {
                    let w = w | 0x2020_2020;
                    words.iter().any(|x| w == u32::from_le_bytes(**x))
                })
            };
            let date = word(&[b"date", b"publ", b"time", b"info"]);
            let byline = word(&[b"byli", b"auth", b"writ"]);
            let site = word(&[b"site", b"blog"]);
            (u8::from(date) * HOLDS_DATE_WORD)
                | (u8::from(byline) * HOLDS_BYLINE_WORD)
                | (u8::from(site) * HOLDS_SITE_OR_BLOG)
        };
        let long = format!("{}post-date", "wrap-".repeat(300));
        let values = [
            "",
            "dat",
            "date",
            "DATE",
            "xdate",
            "dat e",
            "site",
            "SiTe-title",
            "blog",
            "blo",
            "entry-meta byline",
            "post-author",
            "caf\u{e9}-date",
            "\u{65e5}\u{672c}site",
            "sit\u{e9}",
            "published-time site-logo",
            "pubdate",
            "info",
            "writer",
            "a b c d",
            long.as_str(),
        ];
        let mut memo = NameMemo::default();
        for v in values.iter().chain(&values) {
            assert_eq!(name_flags(v), direct(v), "{v:?}");
            // The memo adds what the class names (`class_name_flags`).
            let held = memo.flags(v);
            assert_eq!(
                held & !(CLASS_NAMES_DATE | CLASS_NAMES_BYLINE),
                direct(v),
                "{v:?}"
            );
            assert_eq!(held, class_name_flags(v, &mut String::new()), "{v:?}");
        }
        assert_eq!(
            name_flags("post-date site"),
            HOLDS_DATE_WORD | HOLDS_SITE_OR_BLOG
        );
    }

    #[test]
    fn the_site_title_prefilter_lets_every_site_title_class_through() {
        // `site_title` reads only classes holding "site" or "blog".
        for c in words::SITE_TITLE_CLASSES {
            let upper = c.to_ascii_uppercase();
            for class in [c.to_string(), format!("x {upper} y")] {
                let html = format!("<p class='{class}'>Harbour Daily</p>");
                let doc = Html::parse_document(&html);
                let p = doc
                    .root_element()
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .find(|e| e.value().name() == "p");
                let p = p.map(|p| site_title(p, &Attrs::of(p.value())));
                assert_eq!(p.flatten().as_deref(), Some("Harbour Daily"), "{class}");
            }
        }
    }

    #[test]
    fn the_class_prefilter_lets_every_byline_and_date_word_through() {
        // `class_and_id` copies only values holding one of `NAME_WORDS`,
        // and a date (byline) name is looked for only in values holding a
        // date (byline) word: each byline and date word of the rule table
        // must hold one of its kind.
        for r in words::META_RULES.iter().filter(|r| {
            matches!(r.concept, MetaConcept::BylineName | MetaConcept::DateName)
                && r.effect == words::Effect::Names
        }) {
            let at = Attrs {
                class: Some(r.pattern),
                class_names: name_flags(r.pattern),
                ..Attrs::default()
            };
            let mut buf = String::new();
            let (names, held) = class_and_id(&at, 0, &mut buf);
            assert!(!names.is_empty(), "{}: filtered out", r.id);
            let kind = if r.concept == MetaConcept::DateName {
                HOLDS_DATE_WORD
            } else {
                HOLDS_BYLINE_WORD
            };
            assert!(held & kind != 0, "{}: not flagged as its kind", r.id);
        }
    }

    #[test]
    fn a_structured_time_takes_the_offset_of_the_clock_the_header_shows() {
        let ts = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        let shown = |kind, line: &'static str| Shown {
            kind,
            at: dates::dates_in_line(line, None, now())[0].1,
            order: 11,
            line,
        };
        let structured = ts("2023-12-18T22:57:30-05:00");
        // The page shows the same instant on a UTC clock: December 19.
        let utc_clock = shown(dates::DateKind::Unlabelled, "Dec 19, 2023 3:57 AM");
        let moved = in_shown_offset(&[&utc_clock], structured);
        assert_eq!(moved, structured);
        assert_eq!(day(Some(moved)).as_deref(), Some("2023-12-19"));
        assert_eq!(moved.offset().local_minus_utc(), 0);
        // On a clock two hours ahead of UTC.
        let ahead = shown(dates::DateKind::Published, "Published 19.12.2023 05:57");
        assert_eq!(
            in_shown_offset(&[&ahead], structured)
                .offset()
                .local_minus_utc(),
            7200
        );
        // No time shown, the same day shown, another instant, or an update
        // line: the structured time stays as it is.
        for line in [
            shown(dates::DateKind::Unlabelled, "Dec 19, 2023"),
            shown(dates::DateKind::Unlabelled, "Dec 18, 2023 10:57 PM"),
            shown(dates::DateKind::Unlabelled, "Dec 19, 2023 4:10 AM"),
            shown(dates::DateKind::Modified, "Updated Dec 19, 2023 3:57 AM"),
        ] {
            let kept = in_shown_offset(&[&line], structured);
            assert_eq!(
                day(Some(kept)).as_deref(),
                Some("2023-12-18"),
                "{}",
                line.line
            );
        }
    }

    #[test]
    fn the_header_overrides_structured_dates_only_on_another_day() {
        let ts = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        let shown = |kind, line: &'static str, order| Shown {
            kind,
            at: dates::dates_in_line(line, None, now())[0].1,
            order,
            line,
        };
        let structured = ts("2023-06-01T09:00:00Z");
        let bare = shown(dates::DateKind::Unlabelled, "March 3, 2023", 11);
        let near_day = shown(dates::DateKind::Unlabelled, "May 31, 2023", 11);
        let swapped = shown(dates::DateKind::Unlabelled, "06.01.2023", 11);
        let posted = shown(dates::DateKind::Published, "July 1, 2023", 12);
        let above = shown(dates::DateKind::Published, "July 1, 2023", 9);
        let updated = shown(dates::DateKind::Modified, "August 14, 2023", 12);
        let h1 = Some(10);
        assert_eq!(
            day(header_published(&[&bare], h1, structured)).as_deref(),
            Some("2023-03-03")
        );
        assert_eq!(header_published(&[&near_day], h1, structured), None);
        assert_eq!(header_published(&[&swapped], h1, structured), None);
        assert_eq!(
            header_published(&[&bare, &posted], h1, structured).map(|t| t.month()),
            Some(7)
        );
        assert_eq!(header_published(&[&above], h1, structured), None);
        assert_eq!(header_published(&[&updated], h1, structured), None);
        assert_eq!(
            day(header_modified(&[&bare, &updated], Some(structured))).as_deref(),
            Some("2023-08-14")
        );
        assert_eq!(
            header_modified(&[&bare], Some(structured)),
            Some(structured)
        );
        assert_eq!(header_modified(&[&updated], None), None);
        // A time late on June 1 UTC is no earlier than June 1 anywhere: a
        // header showing May 31 states another date.
        let late = ts("2023-06-01T22:00:00Z");
        assert_eq!(
            day(header_published(&[&near_day], h1, late)).as_deref(),
            Some("2023-05-31")
        );
        let early = ts("2023-06-01T02:00:00Z");
        assert_eq!(header_published(&[&near_day], h1, early), None);
    }

    #[test]
    fn a_utc_time_takes_the_offset_another_source_gives_the_same_instant() {
        let raw = raw_of(r#"<body><time datetime="2024-07-04T20:04:00-04:00">x</time></body>"#);
        let utc = DateTime::parse_from_rfc3339("2024-07-05T00:04:30Z").unwrap();
        assert_eq!(
            in_page_offset(&raw, utc, now()).to_rfc3339(),
            "2024-07-04T20:04:00-04:00"
        );
        let other = DateTime::parse_from_rfc3339("2024-07-06T00:04:00Z").unwrap();
        assert_eq!(in_page_offset(&raw, other, now()), other);
    }

    #[test]
    fn author_steps() {
        let raw = raw_of(
            r#"<head><meta name="author" content="Valley Post"><meta name="citation_author" content="Doe, Jane"></head><body><p class="byline">By Jane Doe and John Roe</p></body>"#,
        );
        let ld = ld_of(&raw);
        let sources = author_sources(&raw, &ld);
        let flat: Vec<&str> = sources.iter().flatten().map(|s| s.as_ref()).collect();
        assert_eq!(
            flat,
            ["Valley Post", "Jane Doe", "By Jane Doe and John Roe"]
        );
        assert!(is_site_or_agency("AFP", None));
        assert!(is_site_or_agency("valley post", Some("Valley Post")));
        assert!(!is_site_or_agency("Jane Doe", Some("Valley Post")));
        assert_eq!(names_in(&["Jane Doe, The Daily Post"], None), ["Jane Doe"]);
        assert_eq!(
            byline_naming_more(&raw, &["Jane Doe".to_string()], None),
            Some(vec!["Jane Doe".to_string(), "John Roe".to_string()])
        );
        assert_eq!(
            choose_authors(&raw, &ld, Some("Valley Post")),
            ["Jane Doe", "John Roe"]
        );
        let raw = raw_of(r#"<head><meta name="author" content="Camphouse Team"></head>"#);
        assert_eq!(
            credit_naming_no_person(&raw, None).as_deref(),
            Some("Camphouse Team")
        );
        let raw = raw_of(
            r#"<head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"City  Council"}}</script></head>"#,
        );
        assert_eq!(organisation_authors(&ld_of(&raw)), ["City Council"]);
    }

    #[test]
    fn title_steps() {
        let raw = raw_of(
            r#"<head><meta property="og:title" content="Bridge reopens today | Valley Post"><meta name="twitter:title" content="Bridge reopens today | Valley Post"><title>Home</title></head><body><h1>Opinion: Bridge reopens today</h1></body>"#,
        );
        let ld = ld_of(&raw);
        let titles: Vec<&str> = structured_titles(&raw, &ld).collect();
        assert_eq!(titles, ["Bridge reopens today | Valley Post"; 2]);
        let metas: Vec<String> = titles.iter().map(|t| t.to_string()).collect();
        let stripped = stripped_once(&metas, Some("Valley Post"), None);
        assert_eq!(stripped, ["Bridge reopens today"; 2]);
        // The kicker word before the headline is dropped.
        assert_eq!(
            agreeing_headline(&raw, &stripped, 2, Some("Valley Post"), None).as_deref(),
            Some("Bridge reopens today")
        );
        assert_eq!(
            choose_title(&raw, &ld, Some("Valley Post"), None).as_deref(),
            Some("Bridge reopens today")
        );
        // An h1 telling the same story in other words, when it is the only one.
        let raw = raw_of(
            r#"<head><meta property="og:title" content="Millbrook council votes to rebuild the old footbridge"></head><body><h1>Council votes to rebuild Millbrook footbridge this summer</h1></body>"#,
        );
        let ld = ld_of(&raw);
        assert_eq!(
            choose_title(&raw, &ld, None, None).as_deref(),
            Some("Council votes to rebuild Millbrook footbridge this summer")
        );
    }

    #[test]
    fn double_encoded_titles_are_repaired() {
        assert_eq!(
            without_mojibake("Investor\u{e2}\u{80}\u{99}s Guide"),
            "Investor’s Guide"
        );
        assert_eq!(
            without_mojibake("Caf\u{e9} \u{e0} Paris"),
            "Caf\u{e9} \u{e0} Paris"
        );
        // Not valid UTF-8 once re-encoded: left as it is.
        assert_eq!(without_mojibake("A\u{85}B"), "A\u{85}B");
    }

    #[test]
    fn title_suffixes() {
        let u = Url::parse("https://www.valleypost.example/a").unwrap();
        assert_eq!(
            strip_site("Bridge reopens | Valley Post", Some("Valley Post"), None),
            "Bridge reopens"
        );
        assert_eq!(
            strip_site("Valley Post - Bridge reopens", Some("Valley Post"), None),
            "Bridge reopens"
        );
        assert_eq!(
            strip_site("Bridge reopens – ValleyPost", None, Some(&u)),
            "Bridge reopens"
        );
        assert_eq!(
            strip_site("Storm hits the coast | News", None, None),
            "Storm hits the coast"
        );
        // A bullet separates the site too, named or not.
        assert_eq!(
            strip_site("Bridge reopens • Valley Post", Some("Valley Post"), None),
            "Bridge reopens"
        );
        assert_eq!(
            strip_site("A brief intro to the tool • Ann Hale", None, None),
            "A brief intro to the tool"
        );
        assert_eq!(
            strip_site("Rain - the long view", None, None),
            "Rain - the long view"
        );
    }
}
