//! The syndication-spam stripper: a stage over the assembled blocks that
//! removes what auto-blogging plugins and spam themes add around a
//! republished article, and records where the article came from.
//!
//! It runs after the DOM stages chose the article's container, so it sees
//! what leaked into or next to it:
//!
//! - **syndication markers** — "Source link", "Source: Outlet", "Go to
//!   Source", "Read more at Outlet", "The post X appeared first on Y.",
//!   "Originally published at…", "via Outlet", "Author:/Credit:" lines. A
//!   marker is matched structurally: a short block, at the head or tail of
//!   the post or mostly one link to another host. Its link becomes
//!   [`Article::source_url`] and the outlet's name [`Article::source_name`];
//!   [`Article::syndicated`] is set;
//! - **widget text** injected without a known container: short, imperative,
//!   second-person lines of chat, cookie, newsletter and share widgets
//!   ([`patterns::WIDGET_PHRASES`]). A long paragraph that mentions cookies
//!   or a support team is prose and stays;
//! - **legal small print** at the head or tail of the post: affiliate
//!   disclosures, rights notices and reprint credits, told by two phrases
//!   of [`patterns::LEGAL_NOTICES`] / [`patterns::LEGAL_PHRASES`];
//! - **file-name captions** — an image's file-name slug used as caption
//!   ("221230092257 putin xi file 111319 hp video"), also when the title
//!   follows it in the same block, compared with the page's `<img src>`
//!   file names;
//! - **site branding** — the site's own name (from `og:site_name`, the
//!   `<title>` suffix, the logo, the metadata's site name) alone in a
//!   block; it goes to [`Article::site_name`]. The header's tagline again
//!   in the post, a plug or a box naming the site and speaking to the
//!   reader, a follow box between the paragraphs (`brand.rs`);
//! - the caller's own rules (text prefixes, CSS selectors, per host), and
//!   the [`SiteMemory`](crate::SiteMemory) of blocks the host repeats.
//!
//! With [`ExtractorBuilder::explain`](crate::ExtractorBuilder::explain) each
//! removal is listed in [`Article::removed`] with its reason: each check
//! returns what fired (a `Why`: the list and pattern, the site's name
//! and its source, the figures), which is formatted only for the report.

/// The stripper's word lists, typed rules in [`crate::rules::syndication`];
/// re-exported here, where they lived before.
pub use crate::rules::syndication as patterns;
mod abjad;
mod brand;
mod credit_bounds;
mod credit_lines;
mod cues;
#[cfg(test)]
mod draw;
mod edge_credits;
mod families;
mod first_published;
mod glued_line;
mod head_byline;
mod interruptions;
mod notices;
mod own_offer;
mod post_teasers;
mod prefixes;
mod prompts;
mod read_on;
mod story_link;
mod title_edges;
mod titled_box;
mod upload_names;
mod why;
mod widget_box;

use ego_tree::iter::Edge;
use html5ever::local_name;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::article::{Article, Block, Inline, MarkKind, Removed, Stage};
// Moved to the leaf module `text`; re-exported where the stages found them.
use crate::error::Error;
use crate::rules::kind;
use crate::text::clean;
pub(crate) use crate::text::{bare_host, preview};
use cues::Cues;
use families::Families;
pub(crate) use prompts::is_channel_link;
use why::{Fired, Named, Why};

/// Blocks longer than this (bytes) are never markers, widget lines,
/// captions or branding: they are prose.
const SHORT_BLOCK: usize = 300;
/// Widget lines are shorter than this many bytes.
const WIDGET_LINE: usize = 160;
/// How many text blocks count as the head of the post.
const HEAD: usize = 3;
/// How many text blocks count as the tail of the post.
const TAIL: usize = 4;
/// A plug on a page that republishes nothing is shorter than this (bytes).
const PLUG_LINE: usize = 140;
/// A "follow us on …" line is shorter than this (bytes).
const FOLLOW_LINE: usize = 120;
/// Most passes of the stripper over one article.
const PASSES: usize = 3;
/// A short block at the post's edge is the site's name with at most this
/// many words around it ("Brand © 2024", "Brand · since 2019").
const BRANDING_MAX_EXTRA_WORDS: usize = 4;
/// A line is one link to a page of the site when at least this share of
/// its text, in tenths, is the link ([`own_link_line`], [`own_link_list`]).
const OWN_LINK_MIN_TENTHS: usize = 6;
/// A block quote is an embed of another post of the site when at least
/// this share of its text, in tenths, is its one link.
const EMBED_MIN_TENTHS: usize = 9;

/// Where a site's name came from ([`PageFacts::site_name_sources`]), by
/// its two-bit code; names the metadata alone gave are `metadata`.
const NAME_SOURCES: [&str; 8] = [
    "og:site_name",
    "application-name",
    "title",
    "logo",
    "line spelling the host",
    "page",
    "page",
    "page",
];

/// The bits of one name's code in [`PageFacts::site_name_sources`], and
/// how many names the `u64` holds.
const NAME_SOURCE_BITS: usize = 3;
const NAME_SOURCE_SLOTS: usize = 64 / NAME_SOURCE_BITS;

/// Where the site's names of a pass came from: the page walk's (packed
/// codes of [`NAME_SOURCES`]), then the metadata's.
#[derive(Debug, Clone, Copy)]
struct NameSources {
    bits: u64,
    from_page: usize,
}

impl NameSources {
    /// Name `i` of `norms` ([`brand::site_norms`]) with its source.
    fn named<'a>(self, norms: &'a [String], i: usize) -> Named<'a> {
        let source = if i >= self.from_page {
            "metadata"
        } else if i >= NAME_SOURCE_SLOTS {
            "page"
        } else {
            NAME_SOURCES[(self.bits >> (NAME_SOURCE_BITS * i)) as usize & 7]
        };
        Named::Site {
            name: norms.get(i).map_or("", String::as_str),
            source,
        }
    }
}

/// User rules for one scope (all hosts, or one host).
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleSet {
    /// Lowercase prefixes: a short block starting with one is removed.
    pub(crate) texts: Vec<String>,
    /// Selectors: blocks whose text lies inside a matching element are removed.
    pub(crate) selectors: Vec<(String, Selector)>,
    /// Class/id tokens that mark boilerplate or content containers.
    pub(crate) tokens: Vec<crate::rules::UserToken>,
}

/// The caller's extra rules, stored in the extractor's options.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rules {
    /// Extra syndication marker prefixes (lowercase).
    pub(crate) markers: Vec<String>,
    /// Rules for every host.
    pub(crate) all: RuleSet,
    /// Rules for one host each (host lowercase, without `www.`).
    pub(crate) hosts: Vec<(String, RuleSet)>,
    /// The built-in stripper is off ([`ExtractorBuilder::syndication`](crate::ExtractorBuilder::syndication)):
    /// only the caller's text and selector rules run.
    pub(crate) off: bool,
}

impl Rules {
    /// Whether any CSS selector rule is set (for any host).
    pub(crate) fn has_selectors(&self) -> bool {
        !self.all.selectors.is_empty()
            || self.hosts.iter().any(|(_, set)| !set.selectors.is_empty())
    }

    fn for_host<'a>(&'a self, host: Option<&'a str>) -> impl Iterator<Item = &'a RuleSet> + 'a {
        let host_sets = self.hosts.iter().filter_map(move |(h, set)| {
            let host = host?;
            (host == h || host.ends_with(&format!(".{h}"))).then_some(set)
        });
        std::iter::once(&self.all).chain(host_sets)
    }
}

/// Parses a user selector, naming it in the error.
pub(crate) fn parse_selector(css: &str) -> Result<Selector, Error> {
    Selector::parse(css).map_err(|e| Error::InvalidRule {
        rule: css.to_string(),
        reason: e.to_string(),
    })
}

/// Facts about the page collected from the parsed document.
#[derive(Debug, Default, Clone)]
pub(crate) struct PageFacts {
    /// The `<title>`'s text, cleaned (`title_edges.rs`).
    page_title: String,
    /// The page's host, without `www.`.
    host: Option<String>,
    /// The story slug of the page's address ([`story_link::story_slug`]).
    page_slug: Option<String>,
    /// Names the site gives itself, best first.
    site_names: Vec<String>,
    /// Where each of the first [`NAME_SOURCE_SLOTS`] [`PageFacts::site_names`]
    /// came from, [`NAME_SOURCE_BITS`] bits each ([`NAME_SOURCES`]): packed, so that knowing it costs no
    /// allocation when no report asks.
    site_name_sources: u64,
    /// The host's own label, lowercase alphanumerics only
    /// ("digital-marketing-aganecy.com" gives "digitalmarketingaganecy"):
    /// a name the site does not state but is known by.
    host_brand: Option<String>,
    /// The original's URL stated by the page (`rel=original-source`, a
    /// plugin's source link).
    source_url: Option<Url>,
    /// The outlet's name given by the page, next to `source_url`.
    source_name: Option<String>,
    /// The text of `source_url`'s link when it is the value of a table's
    /// credit row ([`credit_lines::pair_label`]): the table's cells keep
    /// no link for [`credit_lines::facts_table`] to read.
    credit_row: Option<String>,
    /// A link to another host whose text ("Source link", "Go to Source")
    /// or whose block ("via Outlet <a>…</a>") says it is the source, not
    /// only its wrapper's class.
    source_link_text: bool,
    /// `source_url` came from a link in a feed plugin's or a theme's source
    /// box (by its wrapper's class).
    source_by_plugin: bool,
    /// `source_url` came from a link whose own text is a marker phrase of
    /// some words ("Continue reading on Outlet", not a bare "Source": that
    /// one also cites what the article is about).
    source_by_text: bool,
    /// `source_name` came from a credit line (a linked credit's block, or
    /// an outlet named without a link): the outlet, whose own promotion
    /// the post may carry.
    outlet_named: bool,
    /// `source_url` came from a link in a block that reads as a credit.
    source_by_block: bool,
    /// The outlet named without a link in a credit line of the page
    /// ([`credit_lines::plain_credit_name`]).
    plain_source_name: Option<String>,
    /// Normalised file-name stems of the page's images.
    img_stems: Vec<String>,
    /// File-name stems ([`file_name_stem`]) of the images the page gives a
    /// caption of their own: in a `<figure>` holding a `<figcaption>`,
    /// whatever the extraction made of its text ([`under_bare_image`]).
    captioned_imgs: Vec<String>,
    /// The site's taglines as its header shows them, normalised.
    taglines: Vec<String>,
    /// Normalised texts of elements matched by user selectors.
    zones: Vec<String>,
    /// Normalised labels that head a list ("Sources:" over a list of
    /// references, [`list_label`]).
    list_labels: Vec<String>,
    /// Class/id token bits ([`crate::rules::token_kinds`]) of every element
    /// in document order, so the extraction pass does not tokenise again.
    class_tokens: Vec<u16>,
    /// Per element in document order, what its `class` value names
    /// ([`CLASS_CHAT`], [`CLASS_ADS`]): read by [`collect_region`] without
    /// tokenising again. Empty with the stripper off.
    class_words: Vec<u8>,
}

/// [`PageFacts::class_words`]: the `class` value names a chat widget (a
/// word of the rule table's `chat` concept, [`prompts::names_chat`]).
const CLASS_CHAT: u8 = 1;
/// [`PageFacts::class_words`]: the `class` value names an ad slot (a word
/// of the rule table's `ads` concept, [`interruptions::ad_slot_label`]).
const CLASS_ADS: u8 = 2;

/// The facts read off the elements of the region that holds the article
/// (the body's roots, [`collect_region`]): boxes and labels whose text a
/// block is compared with. A box elsewhere on the page holds none of the
/// article's blocks, so only the region's are looked for; a page whose
/// body is a small part of it is spared reading the rest element by
/// element.
#[derive(Debug, Default)]
pub(crate) struct RegionFacts {
    /// Normalised texts of the signup boxes around e-mail fields
    /// ([`notices::signup_box`]).
    signups: Vec<String>,
    /// The call boxes around links that call the reader away to act
    /// ([`prompts::call_box`]).
    call_boxes: Vec<prompts::CallBox>,
    /// The boxes of widgets drawn over the page ([`prompts::widget_box`]).
    widget_boxes: Vec<prompts::WidgetBox>,
    /// The labels of the region's ad slots, normalised
    /// ([`interruptions::ad_slot_label`]).
    ad_labels: Vec<String>,
    /// The lines of a paged post's page links, normalised
    /// ([`interruptions::page_link_lines`]).
    page_lines: Vec<String>,
}

/// The document index [`collect_region`] walks (the extractor's DOM
/// index, which implements it: this stage does not import that one):
/// every node of the tree in document order, by index.
pub(crate) trait NodeIndex<'a> {
    /// How many nodes.
    fn count(&self) -> usize;
    /// Node `i` of the tree.
    fn node(&self, i: usize) -> ego_tree::NodeRef<'a, scraper::Node>;
    /// The index of node `i`'s parent; out of range for the root.
    fn parent(&self, i: usize) -> usize;
    /// The index after node `i`'s subtree.
    fn end(&self, i: usize) -> usize;
}

/// Reads the [`RegionFacts`] off the subtrees of the body's `roots`
/// (indices into `dom`, in document order), in document order. An element
/// inside the page's navigation chrome ([`opens_chrome`]) gives none,
/// whether the chrome opens above a root or inside one. With the stripper
/// off ([`Rules::off`]) nothing is read.
pub(crate) fn collect_region<'a>(
    dom: &impl NodeIndex<'a>,
    roots: &[u32],
    facts: &PageFacts,
) -> RegionFacts {
    let mut out = RegionFacts::default();
    // With the stripper off, `collect_tokens` read no class words.
    if facts.class_words.is_empty() {
        return out;
    }
    let host = facts.host.as_deref();
    // The paragraphs among each ad's siblings, counted once a parent.
    let mut kids = interruptions::ParagraphKids::default();
    // Node index `at` and the count of elements before it, moved forward
    // root by root (the roots are in document order).
    let (mut at, mut ordinal) = (0usize, 0usize);
    let mut done = 0usize;
    for &root in roots {
        let root = root as usize;
        // A root inside one read already (none is, but the walk relies on
        // their order).
        if root < done || root >= dom.count() {
            continue;
        }
        while at < root {
            ordinal += usize::from(dom.node(at).value().is_element());
            at += 1;
        }
        let end = dom.end(root).min(dom.count());
        // The chrome and sectioning state of the root's ancestors, as the
        // page walk ([`collect`]) has it when it reaches the root.
        let (mut chrome_end, mut section_end) = (0usize, 0usize);
        let mut chain = Vec::new();
        let mut up = dom.parent(root);
        while up < dom.count() {
            chain.push(dom.node(up));
            up = dom.parent(up);
        }
        for n in chain.iter().rev() {
            let Some(e) = n.value().as_element() else {
                continue;
            };
            let tag = &e.name.local;
            let in_section = section_end > 0;
            if chrome_end == 0 && opens_chrome(tag, first_attr(e, &local_name!("role")), in_section)
            {
                chrome_end = end;
            }
            if !in_section && brand::is_sectioning(tag) {
                section_end = end;
            }
        }
        for i in root..end {
            let n = dom.node(i);
            let Some(e) = n.value().as_element() else {
                continue;
            };
            let o = ordinal;
            ordinal += 1;
            let Some(el) = ElementRef::wrap(n) else {
                continue;
            };
            let tag = &e.name.local;
            let role = first_attr(e, &local_name!("role"));
            let in_section = i < section_end;
            if i >= chrome_end && opens_chrome(tag, role, in_section) {
                chrome_end = dom.end(i);
            }
            if !in_section && brand::is_sectioning(tag) {
                section_end = dom.end(i);
            }
            if i < chrome_end {
                continue;
            }
            let own = facts.class_tokens.get(o).copied().unwrap_or(0);
            let words = facts.class_words.get(o).copied().unwrap_or(0);
            region_element(el, own, words, host, &mut kids, &mut out);
        }
        at = end;
        done = end;
    }
    out
}

/// An element's first attribute named `name`.
fn first_attr<'e>(e: &'e scraper::node::Element, name: &html5ever::LocalName) -> Option<&'e str> {
    e.attrs
        .iter()
        .find(|(n, _)| n.local == *name)
        .map(|(_, v)| &**v)
}

/// [`collect_region`]'s reading of one element outside the chrome: `own`
/// its class/id token bits, `words` its [`PageFacts::class_words`].
fn region_element(
    el: ElementRef<'_>,
    own: u16,
    words: u8,
    host: Option<&str>,
    kids: &mut interruptions::ParagraphKids,
    out: &mut RegionFacts,
) {
    let e = el.value();
    let tag = &e.name.local;
    // `is_email_field`'s own first test, without the call: most
    // elements are no `<input>`.
    if *tag == local_name!("input") && notices::is_email_field(e) {
        out.signups.extend(notices::signup_box(el));
    }
    // the box around a call link (`prompts::call_box`).
    if *tag == local_name!("a") {
        out.call_boxes.extend(prompts::call_box(el));
        // hook (`interruption.page-links`).
        out.page_lines
            .extend(interruptions::page_link_lines(el, host));
    }
    // the box of a widget drawn over the page, found from its anchor
    // (`prompts::widget_box`): a dialog's answer button, an element
    // named as a chat, a chat's control; each box once.
    let anchor = if *tag == local_name!("button") {
        Some(prompts::Anchor::Button)
    } else if own & kind::WIDGET != 0
        && (words & CLASS_CHAT != 0
            || first_attr(e, &local_name!("id")).is_some_and(prompts::id_names_chat))
    {
        Some(prompts::Anchor::ChatNamed)
    } else if prompts::chat_control(el) {
        Some(prompts::Anchor::ChatControl)
    } else {
        None
    };
    // An element named as a chat is the widget's box, or a line
    // of it (its title) whose box is the nearest one around it
    // (`prompts::names_part`).
    if let Some(a) = anchor {
        let part = (a == prompts::Anchor::ChatNamed && prompts::names_part(el))
            .then(|| prompts::widget_box(el, prompts::Anchor::ChatControl))
            .flatten();
        for b in [prompts::widget_box(el, a), part].into_iter().flatten() {
            if !out.widget_boxes.contains(&b) {
                out.widget_boxes.push(b);
            }
        }
    }
    // an ad slot's label (`interruption.ad-slot-label`); only an
    // `<ins>`, a link or an element of widget vocabulary is an ad
    // (`interruptions::is_blank_ad`'s own first tests, without the call).
    if own & kind::WIDGET != 0 || *tag == local_name!("ins") || *tag == local_name!("a") {
        out.ad_labels.extend(interruptions::ad_slot_label(
            el,
            own,
            words & CLASS_ADS != 0,
            kids,
        ));
    }
}

impl PageFacts {
    /// Class/id token bits of the document's elements, in document order.
    pub(crate) fn class_tokens(&self) -> &[u16] {
        &self.class_tokens
    }
}

/// A class word of a page builder's post-content module
/// ([`patterns::POST_CONTENT_WIDGETS`]).
const ROLE_MODULE: u8 = 1;
/// A class word of the site's tagline ([`brand::tagline_class`]).
const ROLE_TAGLINE: u8 = 2;
/// A class word of the header's site name ([`SITE_TITLE_CLASSES`]).
const ROLE_SITE_TITLE: u8 = 4;
/// A class word of the site's description in the banner
/// ([`brand::BANNER_TAGLINE_CLASSES`]).
const ROLE_BANNER_TAGLINE: u8 = 8;

/// [`word_lengths`] of [`brand::BANNER_TAGLINE_CLASSES`].
const BANNER_TAGLINE_LENGTHS: u64 = word_lengths(brand::BANNER_TAGLINE_CLASSES);

/// The `ROLE_*` bits among `want` of a class or id value, its words read
/// once (what `is_post_content_widget`, `brand::tagline_class`,
/// `site_title_class` and `brand::banner_tagline_class`, the tests'
/// reference definitions, each tell of it).
fn class_roles(value: &str, want: u8) -> u8 {
    value
        .as_bytes()
        .split(u8::is_ascii_whitespace)
        .fold(0, |roles, word| roles | word_roles(word, want))
}

/// [`class_roles`] of an `id` value: most are one word (no ASCII
/// whitespace), whose roles are that word's, read without the split.
fn id_roles(value: &str, want: u8) -> u8 {
    // [`skip_spaceless`] stops at every ASCII whitespace byte (and at some
    // bytes that are none): one that reads to the end found none, eight
    // bytes at a time.
    if skip_spaceless(value.as_bytes(), 0) < value.len() {
        class_roles(value, want)
    } else {
        word_roles(value.as_bytes(), want)
    }
}

/// Every `ROLE_*` bit.
const ROLE_ALL: u8 = ROLE_MODULE | ROLE_TAGLINE | ROLE_SITE_TITLE | ROLE_BANNER_TAGLINE;

/// [`word_lengths`] of the words of every role.
const ALL_ROLE_LENGTHS: u64 =
    MODULE_LENGTHS | brand::TAGLINE_LENGTHS | SITE_TITLE_LENGTHS | BANNER_TAGLINE_LENGTHS;

/// [`word_roles`] of every role, what [`element_tokens`]' memo keeps for
/// each class word: a word of no role's length (most) told before the
/// lists are read.
fn all_word_roles(word: &[u8]) -> u8 {
    if word.len() < 64 && ALL_ROLE_LENGTHS & (1 << word.len()) == 0 {
        return 0;
    }
    word_roles(word, ROLE_ALL)
}

/// The `ROLE_*` bits among `want` of one word of a class or id value.
fn word_roles(word: &[u8], want: u8) -> u8 {
    let lists: [(u8, &[&str], u64); 4] = [
        (ROLE_MODULE, patterns::POST_CONTENT_WIDGETS, MODULE_LENGTHS),
        (ROLE_TAGLINE, brand::TAGLINE_CLASSES, brand::TAGLINE_LENGTHS),
        (ROLE_SITE_TITLE, SITE_TITLE_CLASSES, SITE_TITLE_LENGTHS),
        (
            ROLE_BANNER_TAGLINE,
            brand::BANNER_TAGLINE_CLASSES,
            BANNER_TAGLINE_LENGTHS,
        ),
    ];
    let lengths = lists
        .iter()
        .filter(|(role, _, _)| want & role != 0)
        .fold(0, |m, (_, _, l)| m | l);
    if word.is_empty() || word.len() < 64 && lengths & (1 << word.len()) == 0 {
        return 0;
    }
    let mut roles = 0;
    for (role, list, l) in &lists {
        // A list none of whose words is this long is not read.
        if want & role != 0
            && (word.len() >= 64 || l & (1 << word.len()) != 0)
            && list.iter().any(|p| word.eq_ignore_ascii_case(p.as_bytes()))
        {
            roles |= role;
        }
    }
    roles
}

/// What [`element_tokens`] read of an element.
struct ElementClasses<'a> {
    /// Its class/id token bits ([`PageFacts::class_tokens`]).
    own: u16,
    /// The `ROLE_*` bits of its `class` value.
    roles: u8,
    class: Option<&'a str>,
    id: Option<&'a str>,
    /// Its `role` value ([`brand::opens_banner`]), read in the same pass.
    role: Option<&'a str>,
    /// Whether its `class` value names an ad slot (a word of the rule
    /// table's `ads` concept, [`interruptions::ad_slot_label`]), read from
    /// the memo's entry.
    class_ads: bool,
    /// Whether its `class` value names a chat widget (a word of the rule
    /// table's `chat` concept, [`prompts::names_chat`]), read from the
    /// memo's entry.
    class_chat: bool,
}

/// The class/id token bits of an element ([`PageFacts::class_tokens`]),
/// with its `class` and `id` values. `in_module` holds, per open element,
/// whether it is a page builder's post-content module whose first element
/// child has not opened yet; the element's entry is pushed here (the
/// caller pops it when the element closes).
fn element_tokens<'a>(
    e: &'a scraper::node::Element,
    memo: &mut crate::rules::TokenMemo<'a>,
    want: u8,
    in_module: &mut Vec<bool>,
) -> ElementClasses<'a> {
    let mut own = 0;
    let (mut class, mut id, mut role) = (None, None, None);
    let mut roles = 0;
    let (mut class_ads, mut class_chat) = (false, false);
    // The names compared as atoms, one integer comparison each.
    for (name, value) in e.attrs.iter() {
        let name = &name.local;
        let value: &'a str = value;
        if *name == html5ever::local_name!("class") {
            class = Some(value);
            let read = memo.class(value, all_word_roles);
            own |= read.bits;
            // The roles of the last `class`, the one `class` holds (the
            // tokenizer keeps an element's first attribute of a name).
            roles = read.roles & want;
            class_ads = read.names(crate::rules::Concept::Ads);
            class_chat = read.names(crate::rules::Concept::Chat);
        } else if *name == html5ever::local_name!("id") {
            id = Some(value);
            own |= memo.id_kinds(value);
        } else if *name == html5ever::local_name!("role") && role.is_none() {
            role = Some(value);
        }
    }
    // A page builder's post-content module and its inner wrapper
    // (`elementor-widget-container`, the module's first child): the
    // article, whatever the `widget`/`module` words of their classes say.
    // The module's later children keep their names: a share bar closing
    // the post's text is a share bar.
    let module = roles & ROLE_MODULE != 0;
    let inner_wrapper = in_module.last_mut().is_some_and(std::mem::take);
    if module || inner_wrapper {
        own = (own & !kind::VOCABULARY) | kind::POSITIVE;
    }
    in_module.push(module);
    ElementClasses {
        own,
        roles,
        class,
        id,
        role,
        class_ads,
        class_chat,
    }
}

/// Room for the open elements of the page walks ([`collect`],
/// [`collect_tokens`]) up front: most pages nest fewer, and their stacks
/// are not regrown through every power of two.
const OPEN_ROOM: usize = 64;

/// With the stripper off ([`Rules::off`]): the facts the rest of the
/// extraction needs — the class/id token bits of every element — and the
/// caller's selector zones, in a walk that reads nothing else.
fn collect_tokens(doc: &Html, host: Option<&str>, rules: &Rules) -> PageFacts {
    let mut facts = PageFacts::default();
    facts.class_tokens.reserve(doc.tree.values().len());
    let mut in_module: Vec<bool> = Vec::with_capacity(OPEN_ROOM);
    let mut memo =
        crate::rules::TokenMemo::with_user_tokens(rules.for_host(host).flat_map(|set| &set.tokens));
    for edge in doc.root_element().traverse() {
        match edge {
            Edge::Open(node) => {
                if let Some(e) = node.value().as_element() {
                    let read = element_tokens(e, &mut memo, ROLE_MODULE, &mut in_module);
                    facts.class_tokens.push(read.own);
                }
            }
            Edge::Close(node) => {
                if node.value().is_element() {
                    in_module.pop();
                }
            }
        }
    }
    collect_zones(doc, host, rules, &mut facts);
    facts
}

/// The normalised texts of the elements the caller's selectors match
/// ([`PageFacts::zones`]).
fn collect_zones(doc: &Html, host: Option<&str>, rules: &Rules, facts: &mut PageFacts) {
    for set in rules.for_host(host) {
        for (_, sel) in &set.selectors {
            for el in doc.select(sel) {
                let text = norm(&crate::rules::spaced_pieces(el).collect::<String>());
                if !text.is_empty() {
                    facts.zones.push(text);
                }
            }
        }
    }
}

/// Collects the page facts in one walk over the document.
pub(crate) fn collect(doc: &Html, url: Option<&Url>, rules: &Rules) -> PageFacts {
    let host = url.and_then(Url::host_str).map(bare_host);
    if rules.off {
        return collect_tokens(doc, host.as_deref(), rules);
    }
    let mut facts = PageFacts {
        host_brand: host.as_deref().and_then(host_brand),
        host: host.clone(),
        page_slug: url.and_then(story_link::story_slug),
        ..PageFacts::default()
    };
    let mut og_name = None;
    let mut app_name = None;
    let mut title_names = Vec::new();
    // The `<title>`'s text: the headline, with the site's name.
    let mut page_title = String::new();
    // `clean(&page_title)`, cleaned once when the title is read (its
    // names are read from it, and it is the facts' title).
    let mut clean_title: Option<String> = None;
    // `story_link::headline_of(&page_title)`, computed at the first link
    // that needs it.
    let mut story_headline: Option<String> = None;
    // `story_link::words(&page_title)`, read at the first link that needs
    // them.
    let mut title_words: Option<Vec<String>> = None;
    // `story_link::slug_keys` of the headline, read at the first link that
    // needs them.
    let mut slug_keys: Option<Option<story_link::SlugKeys>> = None;
    let mut logo_names = Vec::new();
    // A line of text that spells the host ("Harbour Herald" on
    // harbourherald.com), the name of a page with no other.
    let mut host_text: Option<String> = None;
    // Class/id token kinds of the open elements, root first, so that
    // "this element or one of its n nearest ancestors" is a slice check.
    let mut open: Vec<u16> = Vec::with_capacity(OPEN_ROOM);
    // Per open element: whether it is a page builder's post-content module.
    let mut in_module: Vec<bool> = Vec::with_capacity(OPEN_ROOM);
    // Open `<figure>` and `<figcaption>` elements: a credit in one is the
    // image's (or the chart's: a caption stands for its figure where the
    // page has no `<figure>` around it).
    let mut figures = 0usize;
    // The depth (in `open`) of the page's banner ([`brand::opens_banner`])
    // and of the outermost sectioning element, while they are open: a
    // header's `description` is the site's tagline only in the banner.
    let (mut banner, mut sectioning): (Option<usize>, Option<usize>) = (None, None);
    // The deeper of the two while either is open, else 0.
    let mut watched = 0usize;
    // The depth (in `open`) of the navigation chrome the walk is in
    // ([`opens_chrome`]), 0 outside it: rule `collect.outside-chrome`.
    let mut chrome = 0usize;
    // The blocks around links read so far (a list's or a menu's wrapper
    // is every one of its links' ancestor).
    let mut blocks = BlockTexts::default();
    // A link's text and its lower case, read into these for each link.
    let (mut link_text, mut link_lower) = (String::new(), String::new());
    let mut memo = crate::rules::TokenMemo::with_user_tokens(
        rules.for_host(host.as_deref()).flat_map(|set| &set.tokens),
    );
    let amp_img = html5ever::LocalName::from("amp-img");
    let plain_own = host.as_deref().is_some_and(plain_host);
    // One entry an element: sized once for the tree's nodes (elements and
    // the rest, an upper bound) rather than grown by doubling.
    facts.class_tokens.reserve(doc.tree.values().len());
    facts.class_words.reserve(doc.tree.values().len());
    for edge in doc.root_element().traverse() {
        let node = match edge {
            Edge::Open(node) => node,
            Edge::Close(node) => {
                if let Some(e) = node.value().as_element() {
                    open.pop();
                    // The chrome's own element closed: the walk is out.
                    if open.len() < chrome {
                        chrome = 0;
                    }
                    in_module.pop();
                    // Inside no figure, no name to read.
                    if figures > 0
                        && (e.name.local == local_name!("figure")
                            || e.name.local == local_name!("figcaption"))
                    {
                        figures -= 1;
                    }
                    // Neither depth passes the deeper one (`watched`, 0 for
                    // none): an element closing at or below it leaves both,
                    // told by one comparison.
                    if open.len() < watched {
                        banner = banner.filter(|&d| d <= open.len());
                        sectioning = sectioning.filter(|&d| d <= open.len());
                        watched = banner.max(sectioning).unwrap_or(0);
                    }
                }
                continue;
            }
        };
        // The node's kind told once: an element's data read from the
        // match (not through `ElementRef::value` again), a text node's
        // tendril tested for the host's name while none is found.
        let e = match node.value() {
            scraper::Node::Element(e) => e,
            scraper::Node::Text(text) => {
                if let (None, Some(brand)) = (&host_text, facts.host_brand.as_deref()) {
                    // A text shorter than the brand spells no host
                    // (`spells_host`'s first test): told by the tendril's
                    // length, before its text is read (most whitespace
                    // between tags).
                    if text.text.len32() as usize >= brand.len() {
                        host_text = spells_host(text, brand);
                    }
                }
                continue;
            }
            _ => continue,
        };
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let ElementClasses {
            own,
            roles: own_roles,
            class,
            id,
            role,
            class_ads,
            class_chat,
        } = element_tokens(
            e,
            &mut memo,
            ROLE_MODULE | ROLE_TAGLINE | ROLE_SITE_TITLE | ROLE_BANNER_TAGLINE,
            &mut in_module,
        );
        open.push(own);
        facts.class_tokens.push(own);
        facts
            .class_words
            .push((u8::from(class_chat) * CLASS_CHAT) | (u8::from(class_ads) * CLASS_ADS));
        let near = |up: usize, bits: u16| open.iter().rev().take(up + 1).any(|k| k & bits != 0);
        // The element's interned name: compared as atoms, not strings.
        let tag = &e.name.local;
        // Its whole subtree is chrome, told once at its open tag (the
        // sectioning depth is still its ancestors').
        if chrome == 0 && opens_chrome(tag, role, sectioning.is_some()) {
            chrome = open.len();
        }
        if *tag == local_name!("figure") || *tag == local_name!("figcaption") {
            figures += 1;
        }
        if sectioning.is_none() && brand::is_sectioning(tag) {
            sectioning = Some(open.len());
            watched = watched.max(open.len());
        } else if banner.is_none() && brand::opens_banner(tag, role, sectioning.is_some()) {
            banner = Some(open.len());
            watched = watched.max(open.len());
        }
        match WalkTag::of(tag, &amp_img) {
            WalkTag::Meta => {
                let key = crate::rules::attr(e, "property")
                    .or_else(|| crate::rules::attr(e, "name"))
                    .unwrap_or("");
                // The key first: only two names are read, and most pages
                // have dozens of other meta tags.
                let site = key.eq_ignore_ascii_case("og:site_name");
                if !site
                    && !key.eq_ignore_ascii_case("application-name")
                    && !key.eq_ignore_ascii_case("apple-mobile-web-app-title")
                {
                    continue;
                }
                let content = crate::rules::attr(e, "content")
                    .map(clean)
                    .unwrap_or_default();
                if content.is_empty() {
                    continue;
                }
                if site {
                    og_name = Some(content);
                } else {
                    app_name = Some(content);
                }
            }
            WalkTag::Title if title_names.is_empty() => {
                page_title = el.text().collect::<String>();
                story_headline = None;
                title_words = None;
                slug_keys = None;
                let cleaned = clean(&page_title);
                title_names = clean_title_site_names(&cleaned);
                clean_title = Some(cleaned);
            }
            // AMP's image element is an image too (`WalkTag::of`).
            WalkTag::Img => {
                let src = crate::rules::IMAGE_SOURCES
                    .iter()
                    .find_map(|a| crate::rules::attr(e, a).filter(|s| !s.trim().is_empty()));
                if facts.img_stems.len() < 64 {
                    if let Some(stem) = src.and_then(image_stem) {
                        facts.img_stems.push(stem);
                    }
                }
                if facts.captioned_imgs.len() < 64 {
                    let stem = src.map_or("", file_name_stem);
                    if !stem.is_empty()
                        && ((figures > 0 && in_captioned_figure(el)) || captioned_in_block(el))
                    {
                        facts.captioned_imgs.push(stem.to_string());
                    }
                }
                if near(3, kind::LOGO) {
                    if let Some(alt) = crate::rules::attr(e, "alt")
                        .map(clean)
                        .filter(|a| usable_name(a) && !links_away(el, url, host.as_deref()))
                    {
                        logo_names.push(alt);
                    }
                }
            }
            WalkTag::Link => {
                if chrome != 0 {
                    continue;
                }
                if facts.source_url.is_some() && facts.source_name.is_some() {
                    // "… from <a>Outlet</a> (its home page). Read the <a>original
                    // article</a>.": the story's link is the source.
                    if facts
                        .source_url
                        .as_ref()
                        .is_some_and(|u| u.path().len() <= 1)
                    {
                        let story = crate::rules::attr(e, "href")
                            .filter(|_| {
                                let text = short_text(el, SHORT_TEXT).unwrap_or_default();
                                is_source_link_text(&text.to_lowercase())
                            })
                            .and_then(|h| absolute(url, h))
                            .filter(|later| {
                                edge_credits::story_after_home(facts.source_url.as_ref(), later)
                            });
                        if story.is_some() {
                            facts.source_url = story;
                        }
                    }
                    continue;
                }
                // The name compared as an atom: this runs for every link.
                let Some(href) = e
                    .attrs
                    .iter()
                    .find(|(name, _)| name.local == local_name!("href"))
                    .map(|(_, value)| &**value)
                else {
                    continue;
                };
                // A second link to the source found (the outlet's name
                // beside its logo's link) names the outlet.
                if let Some(source) = &facts.source_url {
                    // The host's name in the raw href first: most links
                    // are not parsed.
                    let same_host = source.host_str().is_some_and(|h| href.contains(h));
                    if same_host && absolute(url, href).as_ref() == Some(source) {
                        let text = short_text(el, SHORT_TEXT).unwrap_or_default();
                        if usable_name(&text)
                            && !text.contains(['/', '.'])
                            && !is_source_link_text(&text.to_lowercase())
                        {
                            facts.source_name = Some(text);
                            continue;
                        }
                    }
                }
                if !may_leave_site_of(href, url, host.as_deref(), plain_own) {
                    continue;
                }
                let by_class = near(2, kind::PLUGIN);
                // Link texts and names of interest are short; a long one is
                // neither a marker phrase nor a usable name. Read into the
                // walk's buffers: few links' texts are kept.
                if !short_text_into(el, SHORT_TEXT, &mut link_text) {
                    link_text.clear();
                }
                lower_case_into(&link_text, &mut link_lower);
                let (text, lower) = (link_text.as_str(), link_lower.as_str());
                // "The post <a>X</a> appeared first on <a>Outlet</a>.": the
                // link after the joint, to the source's host, names it.
                let source_host = facts.source_url.as_ref().and_then(Url::host_str);
                if source_host.is_some_and(|h| href.contains(h))
                    && usable_name(text)
                    && credit_lines::names_appeared_first(el, lower)
                {
                    facts.source_name = Some(text.to_string());
                    facts.outlet_named = true;
                    continue;
                }
                let marker_link = is_marker_link_text(lower);
                // A bare "Source" link in a figure's caption credits the
                // image (the screenshot's page), not the article: a
                // marker phrase of its own ("Read the original") still
                // says the page republishes.
                let by_text = marker_link || (figures == 0 && is_source_link_text(lower));
                // A link in a short block that reads as a credit ("via
                // Outlet <a>https://…</a>", "Quelle: <a>Outlet</a>"),
                // wherever the theme put it.
                // A credit between paragraphs of prose is a figure's or a
                // table's ("Source: <a>Agency</a>" under a chart), unless
                // its link leads to the same story elsewhere (its path
                // spells the headline): then it credits the article,
                // whatever boxes the theme put after it.
                // The link's address, parsed once whichever test asks first.
                let parsed = std::cell::OnceCell::new();
                let parse = || parsed.get_or_init(|| absolute(url, href)).as_ref();
                let by_block = !by_text
                    && !by_class
                    && facts.source_url.is_none()
                    && figures == 0
                    && !text.is_empty()
                    && (credit_block(el, text, &mut blocks).is_some_and(|block| {
                        !between_prose(block)
                            || parse().is_some_and(|u| story_link::slug_spells(u, &page_title))
                    }) || credit_lines::glued_credit(el)
                        || {
                            let words =
                                title_words.get_or_insert_with(|| story_link::words(&page_title));
                            may_be_titled(text, words)
                                && credit_lines::titled_story_credit(
                                    el,
                                    text,
                                    href,
                                    &page_title,
                                    words,
                                )
                        });
                // "Credit: <a>Outlet</a>" linking the outlet's home page:
                // a label just before the link, told before it is parsed.
                let labelled = !by_text
                    && !by_class
                    && !by_block
                    && facts.source_url.is_none()
                    && figures == 0
                    && !text.is_empty()
                    && credit_lines::after_label(el);
                // "→ <a>outlet.example</a>": a pointer glyph opening the
                // line, told before the link is parsed.
                let pointed = !by_text
                    && !by_class
                    && !by_block
                    && !labelled
                    && facts.source_url.is_none()
                    && figures == 0
                    && !text.is_empty()
                    && credit_lines::after_pointer(el);
                // A link to the same story elsewhere standing in a line of
                // its own, whatever it shows (a logo, the bare URL, an
                // embed card), labelled or not ("Artículo extraído de:
                // <a>…</a>"): told by its slug, parsed only when the raw
                // href has a slug's hyphens.
                // Where the parsed address's slug lies in the raw href,
                // found once for the tests that read it.
                let slug_at = std::cell::OnceCell::new();
                let region = || *slug_at.get_or_init(|| slug_region(href));
                let story = !by_text
                    && !by_class
                    && !by_block
                    && !pointed
                    && facts.source_url.is_none()
                    // The joints are ASCII: found as bytes, by `memchr`.
                    && memchr::memchr2_iter(b'-', b'_', href.as_bytes())
                        .nth(story_link::MIN_SLUG_JOINTS - 1)
                        .is_some()
                    // Its address's slug may hold enough words, told from
                    // the raw href before it is parsed (share buttons' long
                    // queries pass the joint count above).
                    && slug_region_holds_words(region())
                    // No fragment (`story_link_line`'s first test): every
                    // `#` opens one.
                    && memchr::memchr(b'#', href.as_bytes()).is_none()
                    // `story_link_line` reads the link's parent first: one
                    // whose text is long (prose) holds no line of its own,
                    // told before the address is parsed.
                    && !el
                        .parent()
                        .and_then(ElementRef::wrap)
                        .is_some_and(|p| text_longer_than(p, SHORT_BLOCK))
                    // Its raw href's words may spell the headline, or
                    // hold the page's own slug, told before it is parsed:
                    // most links' do not.
                    && (facts
                        .page_slug
                        .as_deref()
                        .is_some_and(|s| region_holds_slug(region(), s))
                        || story_link::slug_may_spell(
                            region(),
                            slug_keys
                                .get_or_insert_with(|| {
                                    story_link::slug_keys(story_headline.get_or_insert_with(
                                        || story_link::headline_of(&page_title),
                                    ))
                                })
                                .as_ref(),
                        ))
                    && parse().is_some_and(|u| {
                        other_host(host.as_deref(), u)
                            && story_link::story_link_line(
                                el,
                                u,
                                (host.as_deref(), facts.page_slug.as_deref()),
                                story_headline
                                    .get_or_insert_with(|| story_link::headline_of(&page_title)),
                            )
                    });
                if !by_text && !by_class && !by_block && !labelled && !pointed && !story {
                    continue;
                }
                let Some(href) = parse().cloned() else {
                    continue;
                };
                if !other_host(host.as_deref(), &href)
                    || story_link::about_own_page(&href, host.as_deref(), &page_title)
                {
                    continue;
                }
                let by_block = by_block
                    || story
                    || (labelled
                        && (credit_lines::credit_naming_link_host(el, text, &href)
                            || credit_lines::pair_links_same_story(
                                el,
                                &href,
                                facts.page_slug.as_deref(),
                            )))
                    || (pointed && credit_lines::pointer_credit(el, text, &href));
                if !by_text && !by_class && !by_block {
                    continue;
                }
                // A plugin's or platform's wrapper also holds its own
                // "powered by" link.
                if by_class && !by_text && !by_block && powered_by(el) {
                    continue;
                }
                {
                    facts.source_link_text |= by_text || by_block;
                    if facts.source_url.is_none() {
                        let page = story_link::permalink_beside(el, url, &href);
                        facts.source_url = Some(page.unwrap_or(href));
                        facts.source_by_plugin = by_class && !by_text;
                        // A plugin's link phrase of some words ("Go to
                        // Source", "Zur Quelle wechseln") as much as a
                        // marker phrase; a bare "Source" is not one.
                        facts.source_by_text =
                            marker_link || (by_text && lower.split_whitespace().nth(1).is_some());
                        facts.source_by_block = by_block;
                        if by_block
                            && credit_lines::pair_label(el)
                                .is_some_and(|(_, b)| b.value().name() == "table")
                        {
                            facts.credit_row = Some(text.trim().to_string());
                        }
                    }
                    if !by_text
                        && facts.source_name.is_none()
                        && usable_name(text)
                        && !text.contains(['/', '.'])
                        && !credit_lines::titles_appeared_first(el, lower)
                        && !story_link::titled_with_headline(text, &page_title)
                    {
                        facts.source_name = Some(text.to_string());
                        facts.outlet_named = by_block;
                    }
                }
            }
            _ => {
                if (*tag == local_name!("ol") || *tag == local_name!("ul"))
                    && chrome == 0
                    && facts.list_labels.len() < LIST_LABELS
                {
                    if let Some(label) = list_label(el) {
                        facts.list_labels.push(label);
                    }
                }
                // Only a paragraph or a `div` is a credit line
                // (`plain_credit_name`'s own first test, without the call).
                if chrome == 0
                    && facts.plain_source_name.is_none()
                    && figures == 0
                    && (*tag == local_name!("p") || *tag == local_name!("div"))
                {
                    facts.plain_source_name =
                        credit_lines::plain_credit_name(el, host.as_deref(), rules);
                }
                if class.is_some() || id.is_some() {
                    // `brand::tagline_class(class, id)`,
                    // `site_title_class(class, id)` and
                    // `brand::banner_tagline_class(class)`, the class's
                    // words read once.
                    let id_roles = id.map_or(0, |id| id_roles(id, ROLE_TAGLINE | ROLE_SITE_TITLE));
                    let tagline = (own_roles | id_roles) & ROLE_TAGLINE != 0
                        || banner.is_some() && own_roles & ROLE_BANNER_TAGLINE != 0;
                    if tagline {
                        brand::add_tagline(&mut facts.taglines, short_text(el, SHORT_TEXT));
                    }
                    let brand = logo_names.len() < 4
                        && (own & kind::BRAND != 0
                            || (own_roles | id_roles) & ROLE_SITE_TITLE != 0);
                    if brand {
                        if let Some(text) = short_text(el, SHORT_TEXT).filter(|t| usable_name(t)) {
                            logo_names.push(text);
                        }
                    }
                }
            }
        }
    }
    collect_zones(doc, host.as_deref(), rules, &mut facts);
    if facts.source_name.is_none() && facts.plain_source_name.is_some() {
        facts.source_name = facts.plain_source_name.clone();
        facts.outlet_named = true;
    }
    // Without a name the page states as such, a name the page shows twice
    // over (in the title and as its logo) or that spells the host comes
    // first: a title's shorter segment alone may be the second half of a
    // headline ("Headline – what it means").
    // hook (`title.names-site-once`, title_edges.rs).
    let others: Vec<&str> = (og_name.iter().chain(&app_name).chain(&logo_names))
        .chain(&host_text)
        .map(String::as_str)
        .collect();
    facts.page_title = clean_title.unwrap_or_else(|| clean(&page_title));
    title_edges::names_site_once(
        &mut title_names,
        &facts.page_title,
        facts.host_brand.as_deref(),
        &others,
    );
    let title_norms: Vec<String> = title_names.iter().map(|t| norm(t)).collect();
    let logo_norms: Vec<String> = logo_names.iter().map(|l| norm(l)).collect();
    // A name spells the host in any of its spellings: the host drops the
    // accents a name is shown with (`spells_host` reads them the same way),
    // so "Día" spells "dia" here as it does when the line was found.
    let confirmed = |n: &str| {
        let brand = facts.host_brand.as_deref();
        names_host(n, brand, true)
            || (!n.is_ascii()
                && credit_lines::spellings(n)
                    .skip(1)
                    .any(|s| names_host(&s, brand, true)))
            || (title_norms.iter().any(|t| t == n) && logo_norms.iter().any(|l| l == n))
    };
    // Each shown name with its source and its normalised form, the
    // confirmed ones first: a stable sort keeps each group in page order.
    let mut shown: Vec<(String, u64, String)> = title_names
        .into_iter()
        .zip(title_norms.iter().cloned())
        .map(|(name, n)| (name, 2, n))
        .chain(
            logo_names
                .into_iter()
                .zip(logo_norms.iter().cloned())
                .map(|(name, n)| (name, 3, n)),
        )
        .chain(host_text.map(|name| {
            let n = norm(&name);
            (name, 4, n)
        }))
        .collect();
    shown.sort_by_cached_key(|(_, _, n)| !confirmed(n));
    let stated = og_name
        .map(|name| (name, 0))
        .into_iter()
        .chain(app_name.map(|name| (name, 1)))
        .map(|(name, source)| {
            let n = norm(&name);
            (name, source, n)
        });
    let mut seen: Vec<String> = facts.site_names.iter().map(|n| norm(n)).collect();
    for (name, source, n) in stated.chain(shown) {
        if !seen.contains(&n) {
            if facts.site_names.len() < NAME_SOURCE_SLOTS {
                facts.site_name_sources |= source << (NAME_SOURCE_BITS * facts.site_names.len());
            }
            facts.site_names.push(name);
            seen.push(n);
        }
    }
    facts
}

/// Builds the stripper's own phrase tables (each is built once per
/// process, on first use) ahead of the first page: an extractor built with
/// the stripper on pays for them when it is built
/// ([`ExtractorBuilder::build`](crate::ExtractorBuilder::build)), not
/// inside its first extraction, which then costs what every other page
/// costs. Each table is reached through the function that reads it, on an
/// empty text; once built, a call only checks that they are.
pub(crate) fn build_tables() {
    let _ = Families::of("");
    let _ = Families::of_legal("");
    let _ = is_widget_lower("", true, Families::ALL);
    let _ = legal_notice("");
    let _ = may_hold_legal("");
    let _ = marker_prefixes_of("").next();
    let _ = opener_prefixes_of("").next();
    let _ = marker_heads();
    let _ = marker_first_words();
    for index in prefixes::all() {
        let _ = index.find("");
    }
    notices::build_tables();
    credit_lines::build_tables();
}

/// Runs the stripper over the article's blocks. Returns the site-memory
/// keys of the blocks it removed: the page showed them, and a
/// [`SiteMemory`](crate::SiteMemory) learns them with the rest.
pub(crate) fn strip(
    article: &mut Article,
    facts: &PageFacts,
    region: &RegionFacts,
    rules: &Rules,
    explain: bool,
) -> Vec<u64> {
    if rules.off {
        return strip_by_rules(article, facts, rules, explain);
    }
    // hooks (`repeat.pull-quote`, `interruption.duration-line`,
    // interruptions.rs).
    interruptions::drop_repeats(article, explain);
    interruptions::drop_duration_lines(article, explain);
    interruptions::drop_ad_labels(article, &region.ad_labels, explain);
    interruptions::drop_page_links(article, &region.page_lines, explain);
    // hook (`title.name-in-headline`, title_edges.rs).
    let (headline, site) = (article.title.as_deref(), article.site_name.as_deref());
    let trimmed = title_edges::without_headline_names(facts, headline, site);
    let facts = trimmed.as_ref().unwrap_or(facts);
    // Per block, whether it stands right under a bare image in the page.
    let mut under_image = under_bare_image(&article.blocks, &facts.captioned_imgs);
    // A credit line naming an outlet without a link, outside the post's
    // blocks too, says the page republishes.
    let mut syndicated = facts.source_link_text
        || facts.plain_source_name.is_some()
        || has_marker_line(&article.blocks, &under_image, &facts.list_labels);
    let mut found = Found::default();
    let mut removed = Vec::new();
    let mut edges_only = false;
    // Per block, the context a block was last judged clean in, and the
    // forms of its text the judging built ([`BlockForms`]).
    let mut memo = Memo::default();
    // What every pass reads of the article and the page, worked out once:
    // no pass changes the article's headline, site name or authors.
    let fixed = PostFixed::new(article, facts);
    // Counted once, before any plug goes.
    let site_in_prose = brand::ProseNames::new(
        &article.blocks,
        &fixed.site_norms,
        facts.host_brand.as_deref(),
    );
    // What goes at the tail moves the tail up: judge again (a credit the
    // theme's trailing boxes pushed out of the tail is in it now).
    for _ in 0..PASSES {
        let before = article.blocks.len() + found.cuts.len();
        let outlet_before = found.source_name.is_some();
        let outlet_host_before = found.edge_credit && found.source_url.is_some();
        let mode = (explain, syndicated, edges_only, &site_in_prose);
        strip_pass(
            article,
            (facts, region, &fixed),
            rules,
            mode,
            &mut found,
            &mut removed,
            (&mut memo, &mut under_image),
        );
        // A credit found inside a block (a sentence at the end of the last
        // paragraph) tells only now that the page republishes, or names
        // the outlet only now, or links the outlet's story only now (its
        // host names the outlet whose promotion a block before it may
        // be): judge every block again knowing it.
        let outlet_host_found =
            found.edge_credit && found.source_url.is_some() && !outlet_host_before;
        if found.edge_credit && !syndicated
            || found.source_name.is_some() && !outlet_before
            || outlet_host_found
        {
            syndicated |= found.edge_credit;
            edges_only = false;
            continue;
        }
        if article.blocks.len() + found.cuts.len() == before {
            break;
        }
        // Later passes look only at the blocks now at the edge: the others
        // were judged in the same context already.
        edges_only = true;
    }
    if explain {
        for (text, _, reason) in found.cuts.drain(..) {
            removed.push(Removed::new(
                Stage::Syndication,
                preview(&text),
                format!("{reason} (cut from a block)"),
            ));
        }
    }
    article.removed.append(&mut removed);
    // hook (`interruption.post-teaser`, post_teasers.rs): judged on what
    // the rules above left, its neighbours the post's own blocks.
    post_teasers::drop_post_teasers(article, facts.host.as_deref(), explain);
    if article.site_name.is_none() {
        article.site_name = facts.site_names.first().cloned();
    }
    if article.source_url.is_none() {
        article.source_url = found.source_url.or_else(|| facts.source_url.clone());
    }
    if article.source_name.is_none() {
        article.source_name = found.source_name.or_else(|| facts.source_name.clone());
    }
    if found.syndicated || article.source_url.is_some() {
        article.syndicated = true;
    }
    found.stripped
}

/// With the stripper off ([`Rules::off`]): only the caller's rules, on
/// whole paragraphs and headings — a block whose text starts with one of
/// the host's [`RuleSet::texts`], or lies inside a selector's zone, goes
/// (the same tests as [`judge_inline`]'s). Returns the removed blocks'
/// site-memory keys.
fn strip_by_rules(
    article: &mut Article,
    facts: &PageFacts,
    rules: &Rules,
    explain: bool,
) -> Vec<u64> {
    // A source the metadata stated still says the page republishes.
    if article.source_url.is_some() {
        article.syndicated = true;
    }
    let sets: Vec<&RuleSet> = rules.for_host(facts.host.as_deref()).collect();
    if facts.zones.is_empty() && sets.iter().all(|set| set.texts.is_empty()) {
        return Vec::new();
    }
    let blocks = std::mem::take(&mut article.blocks);
    let total = blocks.len();
    let mut stripped = Vec::new();
    for (i, block) in blocks.into_iter().enumerate() {
        let reason = match &block {
            Block::Paragraph(inline)
            | Block::Heading {
                content: inline, ..
            } if inline.text.len() <= SHORT_BLOCK * 4 => {
                let text = inline.text.as_str();
                let lower = if text.len() < SHORT_BLOCK * 2 {
                    collapse_lower(text)
                } else {
                    String::new()
                };
                let by_text = (!lower.is_empty() && lower.len() < SHORT_BLOCK * 2)
                    .then(|| {
                        sets.iter().find_map(|set| {
                            set.texts.iter().find(|p| lower.starts_with(p.as_str()))
                        })
                    })
                    .flatten()
                    .map(|p| Why::new("rule:text", Fired::Caller("text", p)));
                by_text.or_else(|| {
                    let n = if facts.zones.is_empty() {
                        String::new()
                    } else {
                        norm(text)
                    };
                    (!n.is_empty() && facts.zones.iter().any(|z| z.contains(&n)))
                        .then(|| Why::new("rule:selector", Fired::Check("caller.selector")))
                })
            }
            _ => None,
        };
        match reason {
            Some(reason) => {
                stripped.extend(crate::site::block_key(&block, i, total));
                if explain {
                    article.removed.push(Removed::new(
                        Stage::Syndication,
                        preview(&block.plain_text()),
                        reason.describe(),
                    ));
                }
            }
            None => article.blocks.push(block),
        }
    }
    stripped
}

/// What every pass of the stripper ([`strip_pass`]) reads of the article
/// and the page that no pass changes, worked out once per article.
struct PostFixed {
    /// The headline, normalised (empty without one).
    title: String,
    /// The site's names, normalised ([`brand::site_norms`]).
    site_norms: Vec<String>,
    /// The article's authors, normalised, the empty ones left out.
    authors: Vec<String>,
}

impl PostFixed {
    fn new(article: &Article, facts: &PageFacts) -> PostFixed {
        PostFixed {
            title: article.title.as_deref().map(norm).unwrap_or_default(),
            site_norms: brand::site_norms(&facts.site_names, article.site_name.as_deref()),
            authors: article
                .authors
                .iter()
                .map(|a| norm(a))
                .filter(|a| !a.is_empty())
                .collect(),
        }
    }
}

/// One pass of the stripper over the article's blocks; `mode` is
/// (explain, the page republishes, judge only the edge blocks, paragraphs
/// of prose that name the site).
fn strip_pass(
    article: &mut Article,
    (facts, region, fixed): (&PageFacts, &RegionFacts, &PostFixed),
    rules: &Rules,
    (explain, syndicated, edges_only, site_in_prose): (bool, bool, bool, &brand::ProseNames),
    found: &mut Found,
    removed: &mut Vec<Removed>,
    (memo, under_image): (&mut Memo, &mut Vec<bool>),
) {
    let host = facts.host.as_deref();
    let PostFixed {
        title,
        site_norms,
        authors,
    } = fixed;
    let (title, site_norms) = (title.as_str(), site_norms.as_slice());
    let sources = NameSources {
        bits: facts.site_name_sources,
        from_page: facts.site_names.len(),
    };
    let sets: Vec<&RuleSet> = rules.for_host(host).collect();
    // The outlet a credit line in the text named (a link's text elsewhere
    // on the page may be any company the article is about).
    let outlet = found
        .source_name
        .as_deref()
        .or(facts.source_name.as_deref().filter(|_| facts.outlet_named))
        .map(norm)
        .filter(|o| o.len() >= 4);
    // The link of a credit at the post's edge, or of a plugin's wrapper:
    // a "Source" link in the middle of a post cites what the article is
    // about; one outside the post is the theme's or the plugin's.
    let outlet_host = (found
        .edge_credit
        .then_some(found.source_url.as_ref())
        .flatten())
    .or(facts
        .source_url
        .as_ref()
        .filter(|_| facts.source_by_plugin || facts.source_by_text || facts.source_by_block))
    .and_then(Url::host_str)
    .map(bare_host)
    .and_then(|h| host_brand(&h))
    .or_else(|| outside_source_brand(&article.blocks, facts.source_url.as_ref()?));
    // The headline (dropped after this stage) is not the post's head.
    let counted = |b: &Block| match b {
        Block::Image(_) => false,
        Block::Heading { content, .. } => title.is_empty() || !norm_is(&content.text, title),
        _ => true,
    };
    let text_blocks = article.blocks.iter().filter(|b| counted(b)).count();
    let published = article.published.map(|t| t.date_naive());
    let mut rank = 0usize;
    // A credit at the post's tail ends the republished article: what
    // follows it is the plugin's and the theme's.
    let mut past_credit = false;
    // The previous block was the site's plug: a box's button may follow.
    let mut prev_promo = false;
    // The previous block was a plug's heading: the box's text may follow.
    let mut prev_plug_title = false;
    // The previous text block was a removed share prompt (the bar's icons,
    // images, may stand between): the bar's count may follow.
    let mut prev_share = false;
    // The previous block was a source box's address line: the outlet's
    // logo may follow it ([`credit_lines::outlet_logo`]).
    let mut prev_source_box = false;
    let blocks = std::mem::take(&mut article.blocks);
    // A heading that names the site as a box's title ("Advertise on
    // Brand") over a short block giving the site's own address to write
    // to: a box selling the site's services, wherever it stands.
    let own_box_titles: Vec<bool> = (0..blocks.len())
        .map(|i| match (&blocks[i], blocks.get(i + 1)) {
            // The box's text first: most paragraphs give no address, and
            // the heading is then not normalised.
            (Block::Heading { content, .. }, Some(Block::Paragraph(next))) => {
                box_text_gives_own_address(next, host)
                    && brand::box_title(&norm(&content.text), site_norms)
            }
            _ => false,
        })
        .collect();
    // A box selling the site's own services at the post's edge: its call
    // to action goes to the site itself.
    let own_site = brand::OwnSite {
        host,
        site_norms,
        host_brand: facts.host_brand.as_deref(),
        republished: syndicated || outlet_host.is_some() || outlet.is_some(),
        titles_gone: &found.under_gone_titles,
    };
    let own_boxes = brand::own_services_boxes(&blocks, (&counted, text_blocks), &own_site);
    let launcher_labels = widget_box::launcher_labels(&blocks, (&counted, text_blocks));
    let total = blocks.len();
    let mut kept = Vec::with_capacity(blocks.len());
    let mut next_memo = Vec::with_capacity(blocks.len());
    let mut next_under = Vec::with_capacity(blocks.len());
    // Short labels kept at the post's head before any other text ("Member-
    // only story", a kicker): the theme's post header when its byline or
    // meta line follows them (indices into `kept`).
    let mut head_labels: Vec<usize> = Vec::new();
    let mut head_open = true;
    for (i, mut block) in blocks.into_iter().enumerate() {
        let counts = counted(&block);
        let edge = counts && (rank < HEAD || rank + TAIL >= text_blocks);
        if counts {
            rank += 1;
        }
        // Its caption may follow a bare image: see [`under_bare_image`].
        let after_image = under_image.get(i).copied().unwrap_or(false);
        let after_promo = std::mem::replace(&mut prev_promo, false);
        let after_plug_title = std::mem::replace(&mut prev_plug_title, false);
        let after_source_box = std::mem::replace(&mut prev_source_box, false);
        let after_share = if counts {
            std::mem::replace(&mut prev_share, false)
        } else {
            prev_share
        };
        let (last, slot) = memo.blocks.get(i).copied().unwrap_or((0, Memo::NONE));
        let mut forms = memo.take(slot);
        if edges_only && !edge {
            head_open &= !counts;
            kept.push(block);
            next_memo.push((last, memo.keep(slot, forms)));
            next_under.push(after_image);
            continue;
        }
        // A block judged clean before in the same context is clean again
        // (later passes re-judge only what moved to the edge).
        let context = MEMOISED
            | u16::from(edge)
            | u16::from(rank <= HEAD) << 1
            | u16::from(rank + TAIL > text_blocks) << 2
            | u16::from(syndicated) << 3
            | u16::from(past_credit) << 4
            | u16::from(after_image) << 5
            | u16::from(outlet.is_some()) << 6
            | u16::from(outlet_host.is_some()) << 7
            | u16::from(after_promo) << 8
            | u16::from(after_plug_title) << 9
            | u16::from(after_share) << 10
            | u16::from(counts && rank == 1) << 11
            | u16::from(counts && rank == text_blocks) << 12;
        if last == context {
            head_open &= !counts;
            kept.push(block);
            next_memo.push((context, memo.keep(slot, forms)));
            next_under.push(after_image);
            continue;
        }
        let (len_before, cuts_before) = (block_text_len(&block), found.cuts.len());
        let heading = matches!(block, Block::Heading { .. });
        let reason = match &mut block {
            Block::Paragraph(inline)
            | Block::Heading {
                content: inline, ..
            } => {
                let ctx = BlockCtx {
                    host,
                    page_slug: facts.page_slug.as_deref(),
                    edge,
                    heading,
                    after_plug: after_plug_title,
                    taglines: &facts.taglines,
                    site_in_prose,
                    head: rank <= HEAD,
                    tail: rank + TAIL > text_blocks,
                    first: counts && rank == 1,
                    last: counts && rank == text_blocks,
                    glued: false,
                    whole: true,
                    host_brand: facts.host_brand.as_deref(),
                    syndicated,
                    title,
                    site_norms,
                    outlet: outlet.as_deref(),
                    outlet_host: outlet_host.as_deref(),
                    authors,
                    published,
                    stems: &facts.img_stems,
                    zones: &facts.zones,
                    list_labels: &facts.list_labels,
                    signups: &region.signups,
                    call_boxes: &region.call_boxes,
                    widget_boxes: &region.widget_boxes,
                    sets: &sets,
                    rules,
                    sources,
                    explain,
                    edge_cuts_only: false,
                    no_marker: false,
                };
                let cuts = found.cuts.len();
                let len = inline.text.len();
                let short = len < SHORT_BLOCK * 2;
                // A rule that names the block first; what none names and
                // follows the credit goes as such.
                let credit =
                    |r: &str| matches!(r, "syndication:marker" | "syndication:appeared-first-on");
                // Under an image, a credit line without a link to another
                // host ("Courtesy of the brand", "Source: Agency") is the
                // image's credit: it names no source of the article.
                let mut probe = Found::default();
                // The forms built in an earlier pass are of this text while
                // its length is the same ([`BlockForms`]).
                if forms.len != inline.text.len() {
                    forms = BlockForms::of_len(inline.text.len());
                }
                let judged = judge_lines(inline, &ctx, &mut probe, &forms);
                // A line whose subject is the post itself ("This article
                // first appeared in …") credits the post wherever it stands.
                let image_credit = after_image
                    && probe.source_url.is_none()
                    && judged.is_some_and(|r| credit(r.family) || r.family == "syndication:byline")
                    && !opens_with_content_subject(&inline.text);
                if !image_credit {
                    found.absorb(probe);
                }
                let reason = if image_credit {
                    // The credit line's own rule, under the image.
                    judged.map(|r| Why::new("caption:credit", r.fired))
                } else {
                    judged
                        .or_else(|| {
                            own_box_titles[i].then_some(Why::new(
                                "branding:self-promotion",
                                Fired::Check("promo.box-title-own-address"),
                            ))
                        })
                        .or_else(|| {
                            let label = launcher_labels.get(i).copied().unwrap_or(false);
                            label.then_some(Why::new(
                                "widget:text",
                                Fired::Check("widget.launcher-beside-bubble"),
                            ))
                        })
                        .or_else(|| {
                            own_boxes.get(i).copied().flatten().map(|action| {
                                Why::new(
                                    "branding:self-promotion",
                                    Fired::Rule("promo.own-services-box", action),
                                )
                            })
                        })
                        .or_else(|| {
                            // The text under a box's title that names the
                            // site ("Advertise on Brand"), giving the
                            // site's own address to write to: the box sells
                            // the site's services, whatever its words.
                            (after_plug_title
                                && !heading
                                && box_text_gives_own_address(inline, host))
                            .then_some(Why::new(
                                "branding:self-promotion",
                                Fired::Check("promo.box-own-address"),
                            ))
                        })
                        .or_else(|| {
                            // The button under a box selling the site's
                            // services ("Contact us", a link to its page).
                            if !after_promo {
                                return None;
                            }
                            let share = own_link_line(inline, host)?;
                            Some(Why::new(
                                "branding:self-promotion",
                                Fired::OwnLinks(
                                    "promo.after-plug-link",
                                    1,
                                    share,
                                    OWN_LINK_MIN_TENTHS as f32 / 10.0,
                                ),
                            ))
                        })
                        .or_else(|| {
                            // A bare count right after a removed share
                            // prompt: the bar's follower or share count.
                            after_share
                                .then(|| notices::share_count(&inline.text))
                                .flatten()
                        })
                        .or_else(|| {
                            (past_credit && short).then_some(Why::new(
                                "syndication:after-credit",
                                Fired::AfterCredit(len, SHORT_BLOCK * 2),
                            ))
                        })
                };
                let cut_credit = found.cuts[cuts..].iter().any(|(_, r, _)| credit(r));
                // A credit that opens the post (a short post's head is in
                // its tail too) has the article after it, not chrome.
                // The site's own note on when the post first ran
                // (`byline.rerun-note`) closes the post's text as well, on
                // any page: the author's bio and the theme's lines follow.
                let rerun_note =
                    reason.is_some_and(|r| matches!(r.fired, Fired::Check(RERUN_NOTE)));
                past_credit |= ctx.tail
                    && (syndicated && (reason.is_some_and(|r| credit(r.family)) || cut_credit)
                        || rerun_note)
                    && kept.iter().any(|b| block_text_len(b) >= PROSE_BYTES);
                reason
            }
            Block::Quote { blocks } => match blocks.as_slice() {
                [Block::Paragraph(inline)] => embedded_own_post(inline, host)
                    .map(|share| {
                        Why::new(
                            "links:own-site",
                            Fired::OwnLinks(
                                "links.embedded-own-post",
                                1,
                                share,
                                EMBED_MIN_TENTHS as f32 / 10.0,
                            ),
                        )
                    })
                    // hook (`credit.quoted-source`, credit_lines.rs)
                    .or_else(|| credit_lines::quoted_source(inline, host)),
                _ => None,
            },
            Block::List { items, .. } => {
                let mut phrase = None;
                let widget = !items.is_empty()
                    && items.iter().all(|it| {
                        let line = it
                            .children
                            .is_empty()
                            .then(|| is_widget_line(&it.content.text, true))
                            .flatten();
                        phrase = phrase.or(line);
                        line.is_some()
                    });
                // Teasers of the site's other posts: each item opens with
                // a link to one and goes on with its excerpt.
                let teasers =
                    items.len() >= 2 && items.iter().all(|it| own_post_teaser(&it.content, host));
                match phrase {
                    Some(fired) if widget => Some(Why::new("widget:text", fired)),
                    _ => teasers.then_some(Why::new("links:own-site", Fired::Teasers(items.len()))),
                }
            }
            Block::Image(img) => {
                for (field, what) in [(&mut img.caption, "caption"), (&mut img.alt, "alt")] {
                    let Some(text) = field.as_deref() else {
                        continue;
                    };
                    let file = if slug_caption(text, title, &facts.img_stems).is_some() {
                        Some(Fired::Check("caption.slug"))
                    } else if is_file_name(text) {
                        Some(file_name_fired(text))
                    } else if is_own_file_name(text, &facts.img_stems) {
                        Some(Fired::Check("caption.own-file-name"))
                    } else {
                        None
                    };
                    let reason = match file {
                        Some(fired) => Some(Why::new("caption:file-name", fired)),
                        None => {
                            let n = norm(text);
                            site_norms.iter().position(|s| *s == n).map(|i| {
                                Why::new(
                                    "branding:site-name",
                                    Fired::SiteName(sources.named(site_norms, i), 0),
                                )
                            })
                        }
                    };
                    if let Some(reason) = reason {
                        if explain {
                            removed.push(Removed::new(
                                Stage::Syndication,
                                preview(text),
                                format!("{} ({what})", reason.describe()),
                            ));
                        }
                        *field = None;
                    }
                }
                after_source_box
                    .then(|| credit_lines::outlet_logo(img, outlet_host.as_deref()))
                    .flatten()
            }
            // hook (`credit.facts-table`, credit_lines.rs)
            Block::Table { rows, .. } => credit_lines::facts_table(
                rows,
                (edge, host, facts.page_slug.as_deref()),
                (facts.credit_row.as_deref(), facts.source_url.as_ref()),
                found,
            ),
            _ => None,
        };
        prev_promo = matches!(
            reason.map(|r| r.family),
            Some("branding:self-promotion" | "branding:plug")
        );
        if counts {
            prev_share = reason.is_some_and(|r| notices::is_share_prompt(&r));
        }
        prev_plug_title = heading
            && reason.is_some_and(|r| r.family.starts_with("branding:"))
            && brand::box_title(&norm(&block.plain_text()), site_norms);
        // The box's text under its title gone: a later pass, knowing more
        // of the page (that it republishes), may judge the box.
        if let (true, Block::Paragraph(p)) = (after_plug_title, &block) {
            if !found.under_gone_titles.contains(&p.text) {
                found.under_gone_titles.push(p.text.clone());
            }
        }
        match reason {
            Some(reason) => {
                if reason.family == "syndication:source-box" {
                    prev_source_box = true;
                    // The outlet's logo before the address line.
                    let logo = match kept.last() {
                        Some(Block::Image(img)) => {
                            credit_lines::outlet_logo(img, outlet_host.as_deref())
                        }
                        _ => None,
                    };
                    if let Some(why) = logo {
                        let img = kept.pop();
                        next_memo.pop();
                        next_under.pop();
                        if let (true, Some(Block::Image(img))) = (explain, img) {
                            removed.push(Removed::new(
                                Stage::Syndication,
                                preview(&img.src),
                                why.describe(),
                            ));
                        }
                    }
                }
                found
                    .stripped
                    .extend(crate::site::block_key(&block, i, total));
                if explain {
                    removed.push(Removed::new(
                        Stage::Syndication,
                        preview(&block.plain_text()),
                        reason.describe(),
                    ));
                }
                if reason.family == "byline:theme" && head_open && rank <= HEAD {
                    for at in head_labels.drain(..).rev() {
                        let label = kept.remove(at);
                        next_memo.remove(at);
                        next_under.remove(at);
                        if explain {
                            removed.push(Removed::new(
                                Stage::Syndication,
                                preview(&label.plain_text()),
                                format!(
                                    "byline:theme:byline.head-label(<=HEAD_LABEL_WORDS={HEAD_LABEL_WORDS} words, above {})",
                                    reason.fired.describe()
                                ),
                            ));
                        }
                    }
                }
            }
            None => {
                match &block {
                    Block::Paragraph(inline) if head_open && is_head_label(&inline.text) => {
                        head_labels.push(kept.len());
                    }
                    _ => head_open &= !counts,
                }
                let judged = matches!(block, Block::Paragraph(_) | Block::Heading { .. });
                let same = block_text_len(&block) == len_before && found.cuts.len() == cuts_before;
                let forms = memo.keep(slot, forms);
                next_memo.push((if judged && same { context } else { 0 }, forms));
                next_under.push(after_image);
                kept.push(block);
            }
        }
    }
    article.blocks = kept;
    memo.blocks = next_memo;
    *under_image = next_under;
}

/// Per block, whether it stands right under a bare image in the page, as
/// the extractor found them (before any pass removed a block): the image
/// has no caption of its own, and nothing stood between them. Only there
/// may a credit line without a link ("Source: Agency", "Courtesy: …") be
/// the image's credit. Under an image that had its caption (a credit, or
/// the file name a theme prints as one), or with a line between them, a
/// credit line credits the post. An image of a `<figure>` with a
/// `<figcaption>` (`captioned`, [`PageFacts::captioned_imgs`]) had its
/// caption, though the extractor dropped its text (a file name in a
/// caption block named like metadata): a line outside the figure is no
/// part of it.
fn under_bare_image(blocks: &[Block], captioned: &[String]) -> Vec<bool> {
    let mut prev_bare = false;
    blocks
        .iter()
        .map(|b| {
            let bare = matches!(b, Block::Image(img) if img.caption.is_none()
                && !captioned.iter().any(|c| c == file_name_stem(&img.src)));
            std::mem::replace(&mut prev_bare, bare)
        })
        .collect()
}

/// Words of a label above a post's byline ("Member-only story", "Breaking").
const HEAD_LABEL_WORDS: usize = 4;

/// Whether a paragraph reads as a label, not a sentence: a few words (at
/// most [`HEAD_LABEL_WORDS`]) with letters, ending in no sentence mark.
fn is_head_label(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.len() < 48
        && text.split_whitespace().count() <= HEAD_LABEL_WORDS
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with(['.', '!', '?', ':', ';', ','])
}

/// Whether a lower-cased word (its dots and commas trimmed) names a month,
/// in English or in the other languages the rules know
/// ([`patterns::MONTHS_INTL`]).
pub(super) fn is_month(w: &str) -> bool {
    crate::metadata::dates::is_month_word(w) || patterns::MONTHS_INTL.contains(&w)
}

/// Lower-case alphanumeric words joined by single spaces: what
/// [`crate::text::norm`] gives (the stripper normalises every short block
/// it judges), built faster: an ASCII byte is looked up in a table
/// ([`crate::text::WORD_BYTES`]) and pushed as a byte; other characters are read as
/// `text::norm` reads them.
pub(crate) fn norm(s: &str) -> String {
    if s.is_ascii() {
        return norm_ascii(s.as_bytes());
    }
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    // A separator is owed before the next word once a word has been written.
    let mut gap = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            let l = crate::text::WORD_BYTES[usize::from(b)];
            if l == 0 {
                gap = !out.is_empty();
                continue;
            }
            if gap {
                out.push(b' ');
                gap = false;
            }
            out.push(l);
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if gap {
                out.push(b' ');
                gap = false;
            }
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
        } else {
            gap = !out.is_empty();
        }
    }
    // Whole characters only were pushed: the bytes are UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| crate::text::norm(s))
}

/// Whether [`norm`] of `s` is `want`, an ASCII `s` compared byte by byte
/// as [`norm_ascii`] writes its form (nothing is built, and the first
/// byte that differs ends the comparison).
fn norm_is(s: &str, want: &str) -> bool {
    if !s.is_ascii() {
        return norm(s) == want;
    }
    let want = want.as_bytes();
    let mut w = 0;
    // A separator is owed before the next word once a word has been written.
    let mut gap = false;
    for b in s.bytes() {
        let l = crate::text::WORD_BYTES[usize::from(b & 0x7f)];
        if l == 0 {
            gap = w > 0;
            continue;
        }
        if gap {
            if want.get(w) != Some(&b' ') {
                return false;
            }
            w += 1;
            gap = false;
        }
        if want.get(w) != Some(&l) {
            return false;
        }
        w += 1;
    }
    w == want.len()
}

/// [`norm`] of an ASCII text (most texts): its words at most as long as
/// the text, written byte by byte into a buffer of that size.
fn norm_ascii(bytes: &[u8]) -> String {
    let mut out = vec![0u8; bytes.len()];
    let mut w = 0;
    // A separator is owed before the next word once a word has been written.
    let mut gap = false;
    for &b in bytes {
        let l = crate::text::WORD_BYTES[usize::from(b & 0x7f)];
        if l == 0 {
            gap = w > 0;
            continue;
        }
        // A separator is written only before a byte of a later word: the
        // output is never longer than the input.
        if gap {
            if let Some(slot) = out.get_mut(w) {
                *slot = b' ';
            }
            w += 1;
            gap = false;
        }
        if let Some(slot) = out.get_mut(w) {
            *slot = l;
        }
        w += 1;
    }
    out.truncate(w);
    // ASCII letters, digits and spaces only: the bytes are UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Bytes a line that is the page's address may have beyond its host:
/// `https://www.` and a closing slash.
const HOST_ADDRESS_EXTRA: usize = 13;

/// Marks a memoised judging context (so that no context is 0).
const MEMOISED: u16 = 1 << 15;

/// The length of a paragraph's or heading's text (0 for other blocks).
fn block_text_len(block: &Block) -> usize {
    match block {
        Block::Paragraph(inline)
        | Block::Heading {
            content: inline, ..
        } => inline.text.len(),
        _ => 0,
    }
}

#[derive(Default)]
struct Found {
    source_url: Option<Url>,
    source_name: Option<String>,
    syndicated: bool,
    /// A marker stood at the post's head or tail.
    edge_credit: bool,
    /// Lines and sentences cut off the edge of a kept block, with the
    /// family of their reason and, with the explain report on, the reason
    /// itself ([`Why::describe`]; empty otherwise).
    cuts: Vec<(String, &'static str, String)>,
    /// Site-memory keys of the blocks removed ([`crate::site::block_key`]
    /// at their place in the pass that removed them).
    stripped: Vec<u64>,
    /// The text of paragraphs that stood right under a box's title naming
    /// the site, which a pass removed (`prev_plug_title`): a later pass
    /// judges each as its box's text, the title gone
    /// ([`brand::OwnSite::titles_gone`]).
    under_gone_titles: Vec<String>,
}

impl Found {
    /// Takes what `other` found where nothing was found yet.
    fn merge(&mut self, other: Found) {
        if self.source_url.is_none() {
            self.source_url = other.source_url;
        }
        if self.source_name.is_none() {
            self.source_name = other.source_name;
        }
        self.syndicated |= other.syndicated;
        self.edge_credit |= other.edge_credit;
    }

    /// Records a line or sentence cut off a block, described only when
    /// `explain`.
    fn cut(&mut self, text: String, why: Why<'_>, explain: bool) {
        let reason = if explain {
            why.describe()
        } else {
            String::new()
        };
        self.cuts.push((text, why.family, reason));
    }

    /// [`Found::merge`], and takes `other`'s cuts too.
    fn absorb(&mut self, mut other: Found) {
        self.cuts.append(&mut other.cuts);
        self.merge(other);
    }
}

struct BlockCtx<'a> {
    host: Option<&'a str>,
    /// [`PageFacts::page_slug`].
    page_slug: Option<&'a str>,
    /// The block is among the first [`HEAD`] or the last [`TAIL`] text
    /// blocks of the post.
    edge: bool,
    /// The block is a heading.
    heading: bool,
    /// The block before was a box's title: a heading that plugs the site
    /// and opens or closes with its name ([`brand::box_title`]).
    after_plug: bool,
    /// [`PageFacts::taglines`].
    taglines: &'a [String],
    /// Whether the post's prose names the site ([`brand::ProseNames`]).
    site_in_prose: &'a brand::ProseNames,
    /// Among the first [`HEAD`] text blocks.
    head: bool,
    /// Among the last [`TAIL`] text blocks.
    tail: bool,
    /// The post's first text block.
    first: bool,
    /// The post's last text block.
    last: bool,
    /// The text judged is a piece cut off the head of the post's first
    /// block or the tail of its last, with the post's prose beside it in
    /// the block (a bracket before a dash, a line after a `<br>`, a
    /// sentence after the last): [`credit_lines::cut_tail_credit`],
    /// [`credit_lines::cut_head_credit`], [`cut_edge_sentences`].
    glued: bool,
    /// The text judged is the whole block, not a line of it, a piece cut
    /// off it or a segment of it ([`edge_credits::pictograph_led`]).
    whole: bool,
    /// [`PageFacts::host_brand`].
    host_brand: Option<&'a str>,
    /// The page links an original elsewhere (a plugin's source link).
    syndicated: bool,
    title: &'a str,
    site_norms: &'a [String],
    /// The original outlet's name, normalised, once known.
    outlet: Option<&'a str>,
    /// The label of the original's host ([`host_brand`]), once known.
    outlet_host: Option<&'a str>,
    /// The article's authors (from the page's metadata), normalised.
    authors: &'a [String],
    /// The day the page says the article was published.
    published: Option<chrono::NaiveDate>,
    stems: &'a [String],
    zones: &'a [String],
    /// [`PageFacts::list_labels`].
    list_labels: &'a [String],
    signups: &'a [String],
    /// The page's call boxes ([`prompts::call_box`]).
    call_boxes: &'a [prompts::CallBox],
    /// The page's widget boxes ([`prompts::widget_box`]).
    widget_boxes: &'a [prompts::WidgetBox],
    sets: &'a [&'a RuleSet],
    rules: &'a Rules,
    /// Where [`BlockCtx::site_norms`] came from (for the report).
    sources: NameSources,
    /// Whether the explain report is on (cut pieces are described then).
    explain: bool,
    /// Only the reasons that cut a sentence off a block's edge matter
    /// ([`cut_edge_sentences`]): the checks after the last of them in
    /// [`judge_inline`] are not run.
    edge_cuts_only: bool,
    /// With [`BlockCtx::edge_cuts_only`]: the text is known to hold no
    /// [`marker`] in this context ([`cut_edge_sentences`]), which
    /// [`sentence_may_cut`] then does not look for.
    no_marker: bool,
}

impl<'a> BlockCtx<'a> {
    /// The site's name `i` of [`BlockCtx::site_norms`] with its source.
    fn named(&self, i: usize) -> Named<'a> {
        self.sources.named(self.site_norms, i)
    }
}

/// Reasons a line or a sentence cut off the edge of a block may carry: the
/// ones that name what a plugin or the theme adds, not what may be prose.
const EDGE_CUT_REASONS: &[&str] = &[
    "syndication:marker",
    "syndication:appeared-first-on",
    "syndication:byline",
    "branding:site-name",
    "branding:self-promotion",
    "branding:tagline",
    "branding:plug",
    "widget:text",
    "legal:text",
    "byline:theme",
    "syndication:outlet-promo",
];

/// Reasons a sentence cut off the edge of a block ([`cut_edge_sentences`])
/// may carry. [`judge_inline`] tells the last of them
/// ("branding:self-promotion") before its other checks.
const SENTENCE_CUT_REASONS: &[&str] = &[
    "syndication:marker",
    "syndication:appeared-first-on",
    "branding:self-promotion",
    "branding:site-name",
    "syndication:outlet-promo",
];

/// Sentences looked at for a cut at the head or the tail of a block.
const EDGE_SENTENCES: usize = 2;

/// Decides a paragraph or heading as a whole ([`judge_inline`]), then line
/// by line and, at the post's edge, sentence by sentence: a plugin's
/// footer printed with `<br>`s ("Go to Source" / "Author: X"), or a
/// marker or a plug appended inside the first or last paragraph, is cut
/// off and the rest kept. Returns the reason when the whole block goes.
fn judge_lines<'a>(
    inline: &mut Inline,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
    forms: &BlockForms,
) -> Option<Why<'a>> {
    if let Some(reason) = judge_inline_with(inline, ctx, found, Some(forms)) {
        return Some(reason);
    }
    if inline.text.len() > SHORT_BLOCK * 8 {
        return None;
    }
    if inline.text.contains('\n') {
        let lines = line_spans(&inline.text);
        if lines.len() > 1 {
            let mut reasons = Vec::with_capacity(lines.len());
            let mut probe = Found::default();
            let line_ctx = BlockCtx {
                whole: false,
                ..*ctx
            };
            for &(s, e) in &lines {
                let mut line = sub_inline(inline, s, e);
                reasons.push(judge_inline(&mut line, &line_ctx, &mut probe));
            }
            if reasons.iter().all(Option::is_some) {
                found.merge(probe);
                return reasons.into_iter().flatten().next();
            }
            let edge_cut =
                |r: &Option<Why>| r.is_some_and(|r| EDGE_CUT_REASONS.contains(&r.family));
            // Leading lines at the head of the post, trailing ones at its
            // tail; a line in the middle of a paragraph is its own business.
            let lead = if ctx.head {
                reasons.iter().take_while(|r| edge_cut(r)).count()
            } else {
                0
            };
            let mut trail = if ctx.tail {
                reasons.iter().rev().take_while(|r| edge_cut(r)).count()
            } else {
                0
            };
            // At the post's tail a credit ends the article: the short lines
            // after it in the same block ("Go to Source" / "Author: X" in
            // any language) are the plugin's too. Not after a credit that
            // opens the post's first block (a short post's first block is
            // at its tail too): the lines after that one are the post's.
            if ctx.tail {
                let is_credit = |r: &Option<Why>| {
                    matches!(
                        r.map(|r| r.family),
                        Some("syndication:marker" | "syndication:appeared-first-on")
                    )
                };
                let credit = reasons.iter().position(is_credit);
                if let Some(first) = credit.filter(|&first| !ctx.first || first >= lead) {
                    let short_after = lines[first + 1..].iter().all(|&(s, e)| e - s < FOLLOW_LINE);
                    if short_after {
                        if first == 0 {
                            found.merge(probe);
                            return reasons[0].map(|r| Why::new("syndication:marker", r.fired));
                        }
                        trail = trail.max(lines.len() - first);
                    }
                }
            }
            if lead + trail > 0 && lead + trail < lines.len() {
                let keep_from = lines[lead].0;
                let keep_to = lines[lines.len() - 1 - trail].1;
                // Re-judge the cut lines to record their links.
                for &(s, e) in lines[..lead].iter().chain(&lines[lines.len() - trail..]) {
                    let mut line = sub_inline(inline, s, e);
                    if let Some(reason) = judge_inline(&mut line, ctx, found) {
                        found.cut(line.text, reason, ctx.explain);
                    }
                }
                *inline = sub_inline(inline, keep_from, keep_to);
            }
        }
    }
    if ctx.head {
        credit_lines::cut_head_credit(inline, ctx, found);
        cut_head_counter(inline, ctx, found);
    }
    // The tail's pieces the credit cut read for a marker and found none in.
    let clear = if ctx.tail {
        credit_lines::cut_tail_credit(inline, ctx, found)
    } else {
        Vec::new()
    };
    if ctx.head || ctx.tail {
        // hook (`credit.titled-first-published`, first_published.rs).
        first_published::cut_glued(inline, ctx, found);
        return cut_edge_sentences(inline, ctx, found, &clear);
    }
    None
}

/// Cuts a marker or a plug off the tail (at the post's tail) or head (at
/// its head) of a block, a sentence at a time. When what a tail cut leaves
/// is only a bold lead-in ("**Support local journalism.** Become a
/// member…"), that lead-in is the cut plug's label: the whole block goes,
/// and the plug's reason is returned.
///
/// `clear` are pieces of the tail that [`marker`] found no marker in (in
/// the same context but for [`BlockCtx::edge_cuts_only`], which it does
/// not read): a sentence that is one of them is not read for a marker
/// again ([`BlockCtx::no_marker`]).
fn cut_edge_sentences<'a>(
    inline: &mut Inline,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
    clear: &[Inline],
) -> Option<Why<'a>> {
    let edge_ctx = BlockCtx {
        edge: true,
        edge_cuts_only: true,
        whole: false,
        ..*ctx
    };
    for _ in 0..EDGE_SENTENCES {
        // The last sentence (at the tail) or the first (at the head), and
        // the part of the block kept without it; only the one cut between
        // them is read ([`last_sentence_cut`], [`first_sentence_cut`]).
        let len = inline.text.len();
        let (piece, keep) = if ctx.tail {
            let cut = last_sentence_cut(&inline.text)?;
            ((cut + 1, len), (0, cut))
        } else {
            let cut = first_sentence_cut(&inline.text)?;
            ((0, cut), (cut + 1, len))
        };
        let mut piece = sub_inline(inline, piece.0, piece.1);
        let mut probe = Found::default();
        let piece_ctx = BlockCtx {
            no_marker: ctx.tail && clear.contains(&piece),
            glued: if ctx.tail { ctx.last } else { ctx.first },
            ..edge_ctx
        };
        let reason = judge_inline(&mut piece, &piece_ctx, &mut probe);
        // A disclosure sentence glued to the paragraph is cut off it, also
        // where the sentence alone reads as the site's note on the post
        // (`legal.post-self-reference`), which cuts no sentence.
        let post_note = |r: &Why<'_>| matches!(r.fired, Fired::List(l, _) if std::ptr::eq(l, patterns::POST_SELF_REFERENCES));
        let reason = match reason {
            Some(r) if post_note(&r) => {
                let lower = collapse_lower(&piece.text);
                let held = || Families::of(&lower);
                Some(
                    notices::notice(&piece.text, &lower, true, held)
                        .filter(notices::is_disclosure)
                        .unwrap_or(r),
                )
            }
            other => other,
        };
        let cut = reason.is_some_and(|r| {
            SENTENCE_CUT_REASONS.contains(&r.family) || notices::is_disclosure(&r)
        });
        let reason = reason.filter(|_| cut)?;
        found.merge(probe);
        found.cut(piece.text, reason, ctx.explain);
        *inline = sub_inline(inline, keep.0, keep.1);
        if ctx.tail && is_bold_label(inline) {
            return Some(reason);
        }
    }
    None
}

/// A short text that is all one bold run: a lead-in label, not prose.
fn is_bold_label(inline: &Inline) -> bool {
    let len = inline.text.len();
    len > 0
        && len < PLUG_LINE / 2
        && inline
            .marks
            .iter()
            .any(|m| m.kind == MarkKind::Strong && m.start == 0 && m.end >= len)
}

/// Byte spans of the non-empty lines of a text, trimmed.
fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split('\n') {
        let end = start + piece.len();
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push((start + lead, start + lead + trimmed.len()));
        }
        start = end + 1;
    }
    out
}

/// Byte spans of a text's sentences: a cut after `.`, `!` or `?` (and
/// closing quotes or brackets) followed by a space and an upper-case
/// letter, a digit or an opening quote. Abbreviations ("Dr. Smith") make
/// extra cuts, which only make the pieces looked at shorter.
fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            // Closing curly quotes (3 bytes each).
            while text[j..].starts_with(['\u{201d}', '\u{2019}']) {
                j += 3;
            }
            if j < bytes.len() && bytes[j] == b' ' {
                let next = text[j + 1..].chars().next();
                if next.is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || "\"“‘'([".contains(c)
                }) {
                    out.push((start, j));
                    start = j + 1;
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

/// Where a sentence ends when its stop is the byte `i` of `text`
/// ([`sentence_spans`]' cut): the space after the stop (and its closing
/// quotes or brackets), followed by an upper-case letter, a digit or an
/// opening quote; `None` when `i` ends no sentence there.
fn sentence_cut(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(i), Some(b'.' | b'!' | b'?')) {
        return None;
    }
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
        j += 1;
    }
    // Closing curly quotes (3 bytes each).
    while text.get(j..)?.starts_with(['\u{201d}', '\u{2019}']) {
        j += 3;
    }
    if bytes.get(j) != Some(&b' ') {
        return None;
    }
    let next = text.get(j + 1..)?.chars().next()?;
    (next.is_uppercase() || next.is_ascii_digit() || "\"“‘'([".contains(next)).then_some(j)
}

/// The end of a text's first sentence when it has two or more
/// ([`sentence_spans`]: the first span is `0..end`, the second starts at
/// `end + 1`), read only as far as that cut.
fn first_sentence_cut(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes.get(from..)?.iter().position(is_stop) {
        if let Some(cut) = sentence_cut(text, from + at) {
            return Some(cut);
        }
        from += at + 1;
    }
    None
}

/// Whether a byte is a sentence's stop (`.`, `!` or `?`).
fn is_stop(b: &u8) -> bool {
    matches!(b, b'.' | b'!' | b'?')
}

/// The end of a text's last sentence but one when it has two or more
/// ([`sentence_spans`]: the last span is `end + 1..text.len()`), read from
/// the text's end back only as far as that cut. The cuts of
/// [`sentence_spans`] are where [`sentence_cut`] finds them: what its scan
/// steps over after a cut (closing quotes, the space) holds no stop.
fn last_sentence_cut(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut to = bytes.len();
    while let Some(at) = bytes.get(..to)?.iter().rposition(is_stop) {
        if let Some(cut) = sentence_cut(text, at) {
            return Some(cut);
        }
        to = at;
    }
    None
}

/// The part `start..end` of a block, trimmed, its marks clipped to it.
fn sub_inline(inline: &Inline, start: usize, end: usize) -> Inline {
    let piece = inline.text.get(start..end).unwrap_or("");
    let lead = piece.len() - piece.trim_start().len();
    let text = piece.trim();
    let (s, e) = (start + lead, start + lead + text.len());
    let marks = inline
        .marks
        .iter()
        .filter(|m| m.start < e && m.end > s)
        .map(|m| {
            let mut m = m.clone();
            m.start = m.start.max(s) - s;
            m.end = m.end.min(e) - s;
            m
        })
        .collect();
    Inline {
        text: text.to_string(),
        marks,
    }
}

/// Decides whether a paragraph or heading goes; may trim a slug prefix off
/// it in place. Returns the reason when the block goes.
fn judge_inline<'a>(inline: &mut Inline, ctx: &BlockCtx<'a>, found: &mut Found) -> Option<Why<'a>> {
    judge_inline_with(inline, ctx, found, None)
}

/// The forms of a block's text that [`judge_inline`] builds (lower-cased,
/// normalised, its phrase families), kept across the stripper's passes
/// ([`strip_pass`]) with the block: a block judged again in a later pass
/// (a new context) is not lower-cased and normalised again.
///
/// They are of the text of [`BlockForms::len`] bytes: every change the
/// stripper makes to a block's text keeps a part of it (a line, a piece
/// after a cut credit or slug, trimmed), so a text of the same length is
/// the same text, and one of another length is judged with new forms.
#[derive(Default)]
struct BlockForms {
    /// The length of the text the forms are of.
    len: usize,
    /// [`collapse_lower`] of the text.
    lower: std::cell::OnceCell<String>,
    /// [`Families::of`] of [`BlockForms::lower`].
    families: std::cell::OnceCell<Families>,
    /// [`norm`] of the text, or empty where [`judge_inline`] reads no
    /// normalised form (a block neither short nor on a page with caller
    /// zones: the same for every pass).
    norm: std::cell::OnceCell<String>,
}

impl BlockForms {
    /// No forms yet, of a text of `len` bytes.
    fn of_len(len: usize) -> BlockForms {
        BlockForms {
            len,
            ..BlockForms::default()
        }
    }
}

/// Per block of the article, the context it was last judged clean in (0
/// for none) and where the forms of its text are kept ([`BlockForms`]),
/// across the stripper's passes. The forms stand apart, only for blocks
/// that were judged: a block's entry stays 8 bytes (a page of half a
/// million images carries no forms for them).
#[derive(Default)]
struct Memo {
    /// Per block: its context and its forms' index in `forms` ([`Memo::NONE`]
    /// for none).
    blocks: Vec<(u16, u32)>,
    /// The forms kept; a dropped block's stay until the stripper ends.
    forms: Vec<BlockForms>,
}

impl Memo {
    /// No forms kept.
    const NONE: u32 = u32::MAX;

    /// The forms kept at `slot`, taken out (fresh ones for none).
    fn take(&mut self, slot: u32) -> BlockForms {
        self.forms
            .get_mut(slot as usize)
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Keeps `forms` (back at `slot` when it was taken from there) and
    /// returns their slot; forms with nothing built are not kept (fresh
    /// ones are the same).
    fn keep(&mut self, slot: u32, forms: BlockForms) -> u32 {
        if forms.lower.get().is_none()
            && forms.families.get().is_none()
            && forms.norm.get().is_none()
        {
            return Memo::NONE;
        }
        if let Some(at) = self.forms.get_mut(slot as usize) {
            *at = forms;
            return slot;
        }
        match u32::try_from(self.forms.len()) {
            Ok(at) if at != Memo::NONE => {
                self.forms.push(forms);
                at
            }
            _ => Memo::NONE,
        }
    }
}

/// [`judge_inline`], reading and keeping the text's forms in `forms` when
/// given (the whole block's text, [`BlockForms`]).
fn judge_inline_with<'a>(
    inline: &mut Inline,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
    forms: Option<&BlockForms>,
) -> Option<Why<'a>> {
    // The forms are of this text (a piece of the block has its own).
    let forms = forms.filter(|f| f.len == inline.text.len());
    let text = inline.text.as_str();
    if text.len() > SHORT_BLOCK * 4 {
        return None;
    }
    // Lower-cased and normalised forms are built only for blocks a rule
    // reads them in: short ones, and any at the edge (legal small print).
    let short = text.len() <= SHORT_BLOCK;
    // A sentence judged for a cut off its block's edge goes only when
    // short ([`sentence_may_cut`], below): a longer one is not read.
    if ctx.edge_cuts_only && !short {
        return None;
    }
    let texts = ctx.sets.iter().any(|set| !set.texts.is_empty());
    // A longer block at the edge is read for its legal notices alone
    // (below): it is lower-cased only when it may hold one
    // ([`may_hold_legal`]).
    let lower_built;
    let lowered = short
        || ctx.edge && (texts || may_hold_legal(text))
        || text.len() < SHORT_BLOCK * 2 && texts;
    let lower: &str = match (lowered, forms) {
        (true, Some(f)) => f.lower.get_or_init(|| collapse_lower(text)),
        (true, None) => {
            lower_built = collapse_lower(text);
            &lower_built
        }
        (false, _) => "",
    };
    // The normalised form, built when a check reads it: a check whose
    // bounds say it cannot match on this block does not (most long short
    // blocks away from the edge).
    let n_own = std::cell::OnceCell::new();
    let n_cell = forms.map_or(&n_own, |f| &f.norm);
    let n = || -> &str {
        n_cell
            .get_or_init(|| {
                if short || !ctx.zones.is_empty() {
                    norm(text)
                } else {
                    String::new()
                }
            })
            .as_str()
    };
    // Bytes the normalised form has at least: one per ASCII letter or
    // digit of the text (for the checks that compare it whole).
    let n_min = std::cell::OnceCell::new();
    let n_min = || *n_min.get_or_init(|| ascii_alnum_count(text));
    // The phrase families the lower-cased form holds, read in one pass
    // when a check first asks ([`Families::of`]).
    // Kept with the block's forms when its lower-cased form is.
    let families_own = std::cell::OnceCell::new();
    let families_cell = forms
        .filter(|_| lowered)
        .map_or(&families_own, |f| &f.families);
    let held = || *families_cell.get_or_init(|| Families::of(lower));
    // A sentence judged for a cut off its block's edge
    // ([`cut_edge_sentences`]) goes only for one of the
    // [`SENTENCE_CUT_REASONS`]; any other reason keeps it, as no reason
    // does. Only the checks of [`sentence_may_cut`], all for short texts,
    // give those: when none of them fires, the others are not run.
    if ctx.edge_cuts_only && !(short && sentence_may_cut(inline, lower, &n, &n_min, ctx)) {
        return None;
    }
    // The text's facts, read once: the rule families below that cannot
    // fire without one are not run ([`cues`]).
    let cues = Cues::of(inline);
    for set in ctx.sets {
        if lower.is_empty() || lower.len() >= SHORT_BLOCK * 2 {
            continue;
        }
        if let Some(p) = set.texts.iter().find(|p| lower.starts_with(p.as_str())) {
            return Some(Why::new("rule:text", Fired::Caller("text", p)));
        }
    }
    if !ctx.zones.is_empty() && !n().is_empty() && ctx.zones.iter().any(|z| z.contains(n())) {
        return Some(Why::new("rule:selector", Fired::Check("caller.selector")));
    }
    if ctx.edge {
        // A block longer than a short one is read for no other family
        // (the checks that read them are for short blocks): its legal
        // notices are looked for alone ([`Families::of_legal`]).
        let legal_held = if short {
            held()
        } else {
            Families::of_legal(lower)
        };
        let legal = legal_held
            .has(families::LEGAL_NOTICE)
            .then(|| legal_notice(lower))
            .flatten()
            .map(|p| Fired::List(patterns::LEGAL_NOTICES, p))
            .or_else(|| {
                let labels = patterns::DISCLAIMER_LABELS;
                let l = prefixes::DISCLAIMER_LABELS.find(lower);
                l.filter(|_| lower.len() < SHORT_BLOCK * 2)
                    .map(|l| Fired::List(labels, l))
            })
            .or_else(|| {
                let p = short.then(|| is_post_note(text, lower)).flatten()?;
                Some(Fired::List(patterns::POST_SELF_REFERENCES, p))
            });
        if let Some(fired) = legal {
            return Some(Why::new("legal:text", fired));
        }
    }
    if let Some(why) = notices::notice(text, lower, ctx.edge, held) {
        return Some(why);
    }
    // A piece of a sign-up box is no longer than the box: `n_min` tells
    // before `n` is built.
    if short && ctx.signups.iter().any(|b| b.len() >= n_min()) {
        if let Some(fired) = notices::in_signup_box(n(), ctx.signups) {
            return Some(Why::new("widget:text", fired));
        }
    }
    // a call box's piece, a channel box's button standing
    // alone (`prompts::in_call_box`, `prompts::channel_call`). A call box
    // holds no heading: a heading whose words the box repeats is the
    // post's ("Sixt rent a car" over a card of the same name).
    if short && !ctx.heading && !ctx.call_boxes.is_empty() {
        if let Some(fired) = prompts::in_call_box(text, n(), ctx.call_boxes) {
            let family = match fired {
                Fired::Check("follow.channel-box") => "widget:follow",
                _ => "widget:text",
            };
            return Some(Why::new(family, fired));
        }
    }
    // a piece of a widget box (`prompts::in_widget_box`).
    if short && !ctx.widget_boxes.is_empty() {
        if let Some(fired) = prompts::in_widget_box(n(), ctx.widget_boxes) {
            return Some(Why::new("widget:text", fired));
        }
    }
    // A channel's call is one link: a block without one is none.
    let links = || {
        inline
            .marks
            .iter()
            .any(|m| matches!(m.kind, MarkKind::Link { .. }))
    };
    if short && links() {
        if let Some(fired) = prompts::channel_call(inline) {
            return Some(Why::new("widget:follow", fired));
        }
    }
    if short {
        if let Some(reason) = marker(inline, lower, ctx, found) {
            return Some(reason);
        }
        if let Some(fired) = is_widget_lower(lower, ctx.edge, held()) {
            return Some(Why::new("widget:text", fired));
        }
        if let Some(fired) = software_credit(inline, lower, ctx) {
            return Some(Why::new("widget:software-credit", fired));
        }
        if let Some(fired) = theme_byline(text, lower, ctx) {
            return Some(Why::new("byline:theme", fired));
        }
        if let Some(why) = outlet_or_site_name(inline, lower, &n, &n_min, ctx) {
            return Some(why);
        }
        let tagline = ctx
            .taglines
            .iter()
            .any(|t| t.len() >= n_min())
            .then(|| brand::is_tagline(n(), ctx.taglines))
            .flatten();
        if let Some(tagline) = tagline {
            return Some(Why::new("branding:tagline", Fired::Tagline(tagline)));
        }
        if ctx.edge {
            // [`AUTHOR_LINE_MAX`] bytes at most, told by `n_min` first.
            let fired = (n_min() <= AUTHOR_LINE_MAX)
                .then(|| is_author_line(n(), ctx.authors))
                .flatten()
                .or_else(|| is_counter(lower).then_some(Fired::Check("byline.counter")))
                .or_else(|| count_line(lower).map(|w| Fired::List(patterns::COUNT_NOUNS, w)));
            if let Some(fired) = fired {
                return Some(Why::new("byline:theme", fired));
            }
        }
        if let Some(why) = self_promotion(inline, lower, &n, ctx) {
            return Some(why);
        }
        // What the checks below tell cuts no sentence.
        if ctx.edge_cuts_only {
            return None;
        }
        // Only where a plug may stand ([`brand::plug_may_stand`]) is the
        // block normalised and read for the site's names.
        let plug = (inline.text.len() <= brand::PLUG_BOX && brand::plug_may_stand(inline, ctx))
            .then(|| brand::is_plug(inline, n(), lower, ctx))
            .flatten();
        if let Some(fired) = plug {
            return Some(Why::new("branding:plug", fired));
        }
        // hook (`brand.labelled-offer`, own_offer.rs).
        if let Some(fired) = cues
            .may_be_labelled()
            .then(|| own_offer::labelled_offer(inline, lower, ctx))
            .flatten()
        {
            return Some(Why::new("branding:plug", fired));
        }
        // A follow line is shorter than [`FOLLOW_LINE`] bytes and names
        // a platform ([`families::FOLLOW`]).
        let follow_box = || {
            (lower.len() < FOLLOW_LINE
                && (ctx.edge || ctx.syndicated)
                && held().has(families::FOLLOW))
            .then(|| is_follow_box(n(), lower, ctx))
            .flatten()
        };
        let follow_line = (lower.trim().len() < FOLLOW_LINE && held().has(families::FOLLOW))
            .then(|| brand::is_follow_line(n(), lower, ctx))
            .flatten();
        if let Some(platform) = follow_line {
            if follow_box().is_none() {
                let fired = Fired::List(patterns::FOLLOW_PLATFORMS, platform);
                return Some(Why::new("widget:follow-line", fired));
            }
        }
        if let Some(platform) = follow_box() {
            let fired = Fired::List(patterns::FOLLOW_PLATFORMS, platform);
            return Some(Why::new("widget:follow", fired));
        }
        if lower.len() < FOLLOW_LINE && site_action_link(inline, ctx.host) {
            let fired = Fired::Check("follow.site-action-link");
            return Some(Why::new("widget:follow", fired));
        }
        let min = OWN_LINK_MIN_TENTHS as f32 / 10.0;
        let list = ctx.edge.then(|| own_link_list(inline, ctx.host)).flatten();
        if let Some((links, share)) = list {
            let fired = Fired::OwnLinks("links.own-link-list", links, share, min);
            return Some(Why::new("links:own-site", fired));
        }
        if ctx.syndicated || labelled_link(inline) {
            if let Some(share) = own_link_line(inline, ctx.host) {
                let id = if ctx.syndicated {
                    "links.own-link-line"
                } else {
                    "links.labelled-own-link-line"
                };
                let fired = Fired::OwnLinks(id, 1, share, min);
                return Some(Why::new("links:own-site", fired));
            }
        }
    }
    if ctx.edge_cuts_only {
        return None;
    }
    if short && cues.may_be_file_name() && is_file_name(&inline.text) {
        return Some(Why::new("caption:file-name", file_name_fired(&inline.text)));
    }
    if short && is_own_file_name_of(&inline.text, n, ctx.stems) {
        let fired = Fired::Check("caption.own-file-name");
        return Some(Why::new("caption:file-name", fired));
    }
    // hook (`caption.untitled-upload`, upload_names.rs).
    if let Some((names, name)) = short
        .then(|| upload_names::default_upload(&inline.text, ctx.stems))
        .flatten()
    {
        let fired = Fired::List(names, name);
        return Some(Why::new("caption:file-name", fired));
    }
    if let Some(cut) = cues
        .may_open_with_slug()
        .then(|| slug_caption(&inline.text, ctx.title, ctx.stems))
        .flatten()
    {
        if cut >= inline.text.len() {
            return Some(Why::new("caption:file-name", Fired::Check("caption.slug")));
        }
        // The slug opens a longer block: keep the rest.
        cut_front(inline, cut);
    }
    None
}

/// Whether a short sentence judged for a cut off its block's edge
/// ([`cut_edge_sentences`]) may go: one of [`judge_inline`]'s checks that
/// give the [`SENTENCE_CUT_REASONS`] fires on it (the first of them that
/// does, for [`marker`], which also gives a byline). `judge_inline` then
/// judges it in full, its other checks first where they come first.
fn sentence_may_cut<'s>(
    inline: &Inline,
    lower: &str,
    n: &impl Fn() -> &'s str,
    n_min: &impl Fn() -> usize,
    ctx: &BlockCtx<'_>,
) -> bool {
    // What the marker records is the full judging's to record.
    if let Some(reason) = (!ctx.no_marker)
        .then(|| marker(inline, lower, ctx, &mut Found::default()))
        .flatten()
    {
        return SENTENCE_CUT_REASONS.contains(&reason.family);
    }
    outlet_or_site_name(inline, lower, n, n_min, ctx).is_some()
        || self_promotion(inline, lower, n, ctx).is_some()
}

/// [`judge_inline`]'s checks of a short block for the outlet's promotion
/// and for the site's name (a name of the site's, its host's label, its
/// address), in that order: the first that fires.
fn outlet_or_site_name<'a, 's>(
    inline: &Inline,
    lower: &str,
    n: &impl Fn() -> &'s str,
    n_min: &impl Fn() -> usize,
    ctx: &BlockCtx<'a>,
) -> Option<Why<'a>> {
    let text = inline.text.as_str();
    // The original's host known from a plugin's wrapper or a marker
    // link after the post, or the outlet a credit line names, says the
    // page republishes as well.
    // A credit linking the outlet glued to the post's first sentence
    // ("Source: <a>Outlet</a> The town's…") is no plug: it is cut off
    // the sentence at the head.
    if (ctx.syndicated || ctx.outlet_host.is_some() || ctx.outlet.is_some())
        && !(ctx.head && credit_lines::opens_with_glued_credit(inline, ctx))
    {
        if let Some(fired) = is_outlet_promo(text, n, lower, ctx)
            // hook (`credit.glued-at-tail`, credit_bounds.rs): a credit
            // glued after the last sentence is cut off it, no plug.
            .filter(|_| !credit_bounds::closes_with_glued_credit(inline, ctx))
        {
            return Some(Why::new("syndication:outlet-promo", fired));
        }
    }
    // Away from the edge a site's name is the whole block; at the edge a
    // block longer than every name stays under [`BRANDING_EDGE_TEXT`]
    // bytes ([`is_branding`]'s bounds, told by `n_min` before `n` is
    // built).
    let longest_name = ctx.site_norms.iter().map(String::len).max().unwrap_or(0);
    let branding = (n_min() <= longest_name || ctx.edge && n_min() < BRANDING_EDGE_TEXT)
        .then(|| is_branding(n(), ctx.site_norms, ctx.edge))
        .flatten();
    if let Some((i, extra)) = branding {
        let fired = Fired::SiteName(ctx.named(i), extra);
        return Some(Why::new("branding:site-name", fired));
    }
    if let Some(brand) = ctx
        .host_brand
        .filter(|b| n_min() < b.len() * 2 && names_host(n(), ctx.host_brand, true))
    {
        let fired = Fired::SiteName(Named::Host(brand), 0);
        return Some(Why::new("branding:site-name", fired));
    }
    // The page's own address as a line ("examplesite.com"): the site
    // signing with its domain.
    if let Some(host) = ctx
        .host
        .filter(|h| text.len() <= h.len() + HOST_ADDRESS_EXTRA)
        .filter(|h| credit_lines::is_host_address(text, h))
    {
        let fired = Fired::SiteName(Named::Host(host), 0);
        return Some(Why::new("branding:site-name", fired));
    }
    // hook (the site's address with a few words, brand.rs).
    if let Some(fired) = brand::host_address_line(text, ctx) {
        return Some(Why::new("branding:site-name", fired));
    }
    credit_lines::source_box_address(text, ctx)
        // hook (`credit.outlet-name-line`, credit_lines.rs)
        .or_else(|| credit_lines::outlet_name_line(inline, ctx))
}

/// [`judge_inline`]'s check of a short block for the site's promotion of
/// itself ([`is_self_promotion`]).
fn self_promotion<'a, 's>(
    inline: &Inline,
    lower: &str,
    n: &impl Fn() -> &'s str,
    ctx: &BlockCtx<'a>,
) -> Option<Why<'a>> {
    // Off the edge of a site's own article, only an address may be
    // self-promotion ([`is_self_promotion`]).
    (ctx.syndicated || ctx.edge && lower.len() < PLUG_LINE || lower.contains('@'))
        .then(|| is_self_promotion(&inline.text, n(), lower, ctx))
        .flatten()
        .map(|fired| Why::new("branding:self-promotion", fired))
}

/// A software credit line is at most this long (bytes): "Powered by" and
/// a product's name.
const SOFTWARE_CREDIT_LINE: usize = 80;

/// A software credit at the post's edge ("Powered by <a>WPeMatico</a>",
/// the line a feed-import plugin prints under each post it fills): a short
/// line that opens with [`patterns::SOFTWARE_CREDITS`] and whose rest is
/// one link to another host. Prose that says "powered by" goes on in words
/// of its own; a credit names the product and links it.
fn software_credit(inline: &Inline, lower: &str, ctx: &BlockCtx<'_>) -> Option<Fired<'static>> {
    if !ctx.edge || lower.len() > SOFTWARE_CREDIT_LINE || inline.text.contains('\n') {
        return None;
    }
    let phrase = prefixes::SOFTWARE_CREDITS.find(lower)?;
    // The rest after the phrase, as the text's byte offsets: the phrase is
    // ASCII or lower-cases to its own length in the text (checked).
    let text = inline.text.trim_start();
    let lead = inline.text.len() - text.len();
    let head = text.get(..phrase.len())?;
    if head.to_lowercase() != *phrase {
        return None;
    }
    let rest_start = lead + phrase.len();
    let rest = inline.text[rest_start..].trim_matches(|c: char| !c.is_alphanumeric());
    if rest.is_empty() {
        return None;
    }
    let (href, start, end) = only_link(inline)?;
    let linked = Url::parse(href).is_ok_and(|u| other_host(ctx.host, &u));
    // The link is the whole rest (outer punctuation and spaces aside).
    let covers = start >= rest_start
        && inline.text[rest_start..start]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
        && inline.text[end..]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty();
    (linked && covers).then_some(Fired::List(patterns::SOFTWARE_CREDITS, phrase))
}

/// The theme's byline or date line at the post's edge (under 120 bytes):
/// what told it.
fn theme_byline<'a>(text: &str, lower: &str, ctx: &BlockCtx<'a>) -> Option<Fired<'a>> {
    if !ctx.edge || lower.len() >= 120 {
        return None;
    }
    // The prefixes that start with the line's first byte alone
    // ([`prefixes::PrefixIndex`]).
    if let Some(p) = prefixes::BYLINE_PREFIXES.find(lower) {
        return Some(Fired::List(patterns::BYLINE_PREFIXES, p));
    }
    // A date stamp and a meta line hold a number ([`is_date_stamp`],
    // [`is_meta_line`]): most lines have none and are not split.
    let digits = |t: &str| t.bytes().any(|b| b.is_ascii_digit());
    let lower_digits = digits(lower);
    if lower_digits && is_date_stamp(lower) {
        return Some(Fired::Check("byline.date-stamp"));
    }
    // A theme's date-and-name meta line is told only on a republished
    // page: on a site's own page the same shape is a schedule or a list of
    // events, peeled off line by line.
    if ctx.syndicated && lower_digits && may_be_meta_line(lower) && is_meta_line(&unglue(lower)) {
        return Some(Fired::Check("byline.meta-line(republished)"));
    }
    // At the head, a meta line that states the article's own publication
    // day is the theme's on any page.
    if ctx.head && ctx.published.is_some() && digits(text) && may_be_meta_line(text) && {
        // A theme's meta spans are often printed with no space between
        // them ("By adminAugust 6, 20243 min read"): the line is judged
        // with its glued words apart.
        let apart = unglue(text);
        is_meta_line(&apart.to_lowercase()) && states_day(&apart, ctx.published)
    } {
        return Some(Fired::Check("byline.meta-line(states the day published)"));
    }
    // a by-word, a name and a date at the head, whatever day it
    // states (`head_byline`).
    if ctx.head && digits(text) && head_byline::is_head_byline(text) {
        return Some(Fired::Check("byline.name-and-date"));
    }
    // the article's author and a few facts with numbers (a date, a
    // reading time) apart at the head, in any language
    // (`head_byline::is_author_meta_line`).
    if ctx.head && digits(text) && head_byline::is_author_meta_line(text, ctx.authors) {
        return Some(Fired::Check("byline.author-and-facts"));
    }
    // facts apart, one stating the day published by its numbers
    // (`head_byline::is_dated_facts_line`).
    if ctx.head
        && digits(text)
        && ctx
            .published
            .is_some_and(|day| head_byline::is_dated_facts_line(text, day))
    {
        return Some(Fired::Check("byline.facts-stating-the-day"));
    }
    None
}

/// What told a caption that is an image's file name ([`is_file_name`]):
/// its image extension ([`patterns::IMAGE_EXTENSIONS`]) when it has one,
/// else the file name's shape.
fn file_name_fired(text: &str) -> Fired<'static> {
    let ext = text
        .trim()
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase());
    patterns::IMAGE_EXTENSIONS
        .iter()
        .find(|e| ext.as_deref() == Some(**e))
        .map_or(Fired::Check("caption.file-name"), |e| {
            Fired::List(patterns::IMAGE_EXTENSIONS, e)
        })
}

/// A syndication marker line: records its link and outlet, returns the reason.
fn marker<'a>(
    inline: &Inline,
    lower: &str,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
) -> Option<Why<'a>> {
    // "📰 Source: <a>Outlet</a> | 📲 …": the
    // pictograph says nothing; the segment up to the `|` is read alone.
    if let Some(inner) = edge_credits::pictograph_led(inline) {
        let lower = collapse_lower(&inner.text);
        let segment = BlockCtx {
            whole: false,
            ..*ctx
        };
        return marker(&inner, &lower, &segment, found);
    }
    // "(via Outlet)", "[Source: Outlet]": the brackets say nothing.
    // A bracketed "(Source: Agency)", linked or not, is a photo's or a
    // figure's credit, not the article's.
    if let Some(inner) = unbracketed(inline) {
        let lower = collapse_lower(&inner.text);
        if patterns::SOURCE_LABELS.iter().any(|l| lower.starts_with(l)) {
            // ... unless it names nothing: "[<a>Source</a>]" at the post's
            // edge, the bracketed word all one link to another host, is a
            // feed plugin's permalink to the original.
            let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
            let whole_link_out = only_link(&inner).is_some_and(|(href, s, e)| {
                s == 0
                    && e >= inner.text.len()
                    && Url::parse(href).is_ok_and(|u| other_host(ctx.host, &u))
            });
            if ctx.edge && whole_link_out && patterns::MARKER_EXACT.contains(&bare) {
                return marker(&inner, &lower, ctx, found);
            }
            // ... unless it names a periodical at
            // the post's edge: "(Source: Outlet)" closing the post.
            if let Some(why) = edge_credits::bracketed_source(&inner, &lower, ctx, found) {
                return Some(why);
            }
            // ... or its link names the outlet it leads to.
            if let Some(why) = credit_lines::bracketed_source_link(&inner, ctx, found) {
                return Some(why);
            }
            // ... or its link leads to the same story on another host.
            return same_story_marker(inline, ctx, found);
        }
        return marker(&inner, &lower, ctx, found);
    }
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    // No phrase opens the line, and it is not a short line at the edge
    // where a few words may open one ([`opened_marker`]): no marker, told
    // before the block's links are parsed.
    // Each phrase check runs once: the chain below reads what it found.
    // An exact phrase and an "appeared first" opener start with their
    // head ([`opens_with_head`]): a line that opens with none is not
    // compared with each.
    let exact = opens_with_head(bare)
        .then(|| patterns::MARKER_EXACT.iter().find(|p| **p == bare))
        .flatten();
    let joint = opens_with_head(lower)
        .then(|| appeared_first(lower))
        .flatten();
    let prefixed = marker_prefix(lower, ctx);
    let phrase = exact.is_some() || joint.is_some() || prefixed.is_some();
    // Away from the edge only a phrase makes a marker (the hooks below
    // read the edge alone, and a line without a phrase goes no further
    // there), and "Source: Agency" between paragraphs credits a figure or
    // a table: told before the label is looked for, on the lines with a
    // phrase.
    if !ctx.edge && (!phrase || figure_credit_label(lower)) {
        return None;
    }
    // hook (`credit.titled-first-published`, first_published.rs): the
    // post's headline and a link away, in words no phrase knows.
    if !phrase {
        if let Some(why) = first_published::titled_marker(inline, ctx, found) {
            return Some(why);
        }
        // hook (`credit.read-on-outlet`, read_on.rs).
        if let Some(why) = read_on::read_on_marker(inline, ctx, found) {
            return Some(why);
        }
    }
    // a line is measured without the rights
    // note that closes it ("All rights belong to their respective owners").
    // The text before its last sentence is as long as the line measured
    // at least: the closing sentence is read for a rights note only when
    // that part is shorter.
    let long = || {
        let text = inline.text.as_str();
        let before = last_sentence_cut(text).map_or(text.len(), |cut| {
            text.get(..cut).map_or(text.len(), |t| t.trim_end().len())
        });
        before >= WIDGET_LINE || credit_lines::without_rights_note(text).len() >= WIDGET_LINE
    };
    if !phrase && (!ctx.edge || (inline.text.len() >= WIDGET_LINE && long())) {
        return None;
    }
    let other_link = inline.marks.iter().find_map(|m| match &m.kind {
        MarkKind::Link { href } => Url::parse(href)
            .ok()
            .filter(|u| other_host(ctx.host, u))
            .map(|u| (u, m.start, m.end)),
        _ => None,
    });
    let link_share = other_link.as_ref().map_or(0.0, |(_, s, e)| {
        (e - s) as f32 / inline.text.len().max(1) as f32
    });
    // "Source: <a>Outlet</a> Residents who called…": a credit glued to
    // the head of the post's first paragraph; the block is prose, and the
    // credit is cut off its head ([`credit_lines::cut_head_credit`]).
    if other_link.as_ref().is_some_and(|(_, _, e)| {
        credit_lines::prose_after(inline.text.get(*e..).unwrap_or(""))
            // "<em>Credit <a>…</a> on 14 May.</em>
            // Prose…": the emphasis bounds the credit.
            || edge_credits::emphasised_credit_end(inline, *e)
                .is_some_and(|end| credit_lines::prose_after(&inline.text[end..]))
    }) {
        return None;
    }
    let mut pointer = false;
    let (reason, name) = if let Some(exact) = exact {
        let fired = Fired::List(patterns::MARKER_EXACT, exact);
        (Why::new("syndication:marker", fired), None)
    } else if let Some(joint) = joint {
        // The outlet's name after the joint, when lower-casing kept the
        // text's byte offsets.
        let text_lower = inline.text.to_lowercase();
        let name = (text_lower.len() == inline.text.len())
            .then(|| text_lower.rfind(joint))
            .flatten()
            .and_then(|i| inline.text.get(i + joint.len()..))
            .map(|y| y.trim().trim_end_matches('.').trim().to_string());
        let fired = Fired::Rule("marker.appeared-first", joint);
        (Why::new("syndication:appeared-first-on", fired), name)
    } else if let Some((prefix, fired)) = prefixed {
        let weak_prefix = patterns::WEAK_MARKERS.iter().find(|w| **w == prefix);
        let weak = weak_prefix.is_some();
        let rest_words = words_after_label(prefix, lower, &inline.text);
        if rest_words == 0 && other_link.is_none() && heads_list(lower, ctx.list_labels) {
            // "Sources:" over a list of references: what the list names,
            // several works the article cites, not one outlet it came from.
            return None;
        }
        if other_link.is_none() && !weak && rest_words > LABEL_NAME_WORDS && lower.len() > 160 {
            // "Source: the council's budget papers, which ..." is prose.
            return None;
        }
        if other_link.is_none()
            && !weak
            && rest_words > LABEL_NAME_WORDS
            && !prefix.starts_with("this ")
        {
            return None;
        }
        let placed = if weak {
            ctx.edge && lower.len() < 120
        } else {
            ctx.edge || link_share >= 0.3
        };
        if !placed && link_share < 0.5 {
            return None;
        }
        let byline = other_link.is_none()
            && !prefix.starts_with("via")
            && !credit_names_outlet_after(inline, prefix, ctx);
        if let Some(w) = weak_prefix.filter(|_| byline) {
            // "Author: X" / "Credit: X" at the edge: a byline, not a marker.
            let fired = Fired::List(patterns::WEAK_MARKERS, w);
            return Some(Why::new("syndication:byline", fired));
        }
        if other_link.is_none() && dates_only(prefix, lower) {
            // "This story was originally published May 14, 2024.": when
            // the post first ran, on the site itself: the theme's note on
            // the post's history, not another outlet's credit.
            return Some(Why::new("byline:theme", Fired::Check(RERUN_NOTE)));
        }
        let rest = inline.text.get(prefix.len()..).unwrap_or("");
        let rest = outlet_name(
            rest.trim()
                .trim_start_matches([':', '-', '–', '—'])
                .trim()
                .trim_end_matches('.'),
        );
        // hook (`credit.name-before-date`, credit_bounds.rs): "Outlet on
        // May 14, 2024": the name before the date, not the date's words.
        let dated = edge_credits::name_before_date(rest);
        let rest = dated.as_deref().unwrap_or(rest);
        let name = (!prefix.starts_with("this ")
            && !prefix.starts_with("originally published on")
            && usable_name(rest))
        .then(|| rest.to_string())
        .or_else(|| {
            let (_, s, e) = other_link.as_ref()?;
            credit_lines::name_before_address(inline, prefix.len(), (*s, *e))
        })
        // "Outlet em 14 de maio de 2024.": the name
        // before the date.
        .or_else(|| edge_credits::name_before_date(rest))
        .or_else(|| {
            // "This article was originally published by Outlet.": the
            // name closing the sentence.
            let links_out = other_link.is_some();
            credit_lines::credit_statement(&inline.text, lower, ctx, links_out)?.1
        });
        (Why::new("syndication:marker", fired), name)
    } else if let Some(inner) = opened_marker(inline, lower, ctx, other_link.is_some()) {
        // "This post was syndicated from Outlet", "Dieser Artikel
        // erschien zuerst bei Outlet": a few words open the marker.
        let lower = collapse_lower(&inner.text);
        return marker(&inner, &lower, ctx, found);
    } else if let Some((fired, name)) =
        credit_lines::credit_statement(&inline.text, lower, ctx, other_link.is_some())
    {
        // "Text & Bild: Outlet", "Esta noticia fue publicada originalmente
        // por Outlet.", "Story by Name for Outlet.": a credit in words of
        // its own.
        (Why::new("syndication:marker", fired), name)
    } else if let Some(check) = other_link
        .as_ref()
        .and_then(|(u, s, e)| same_story_check(inline, (u, *s, *e), ctx))
    {
        // No wording known: the link leads to the same story elsewhere.
        (Why::new("syndication:marker", Fired::Check(check)), None)
    } else if story_link::home_then_story(inline, ctx.title, (ctx.host, ctx.page_slug)) {
        // hook (`marker.home-then-story`, story_link.rs): the outlet's
        // home page, then the same story there.
        let fired = Fired::Check("marker.home-then-story");
        (Why::new("syndication:marker", fired), None)
    } else if let Some(name) = edge_credits::copyright_credit(&inline.text, ctx) {
        // "© Outlet. Reproduced with permission."
        let fired = Fired::Check("credit.copyright-name");
        (Why::new("syndication:marker", fired), Some(name))
    } else if let Some(glyph) = other_link
        .as_ref()
        .and_then(|(u, s, e)| credit_lines::pointer_line(inline, (u, *s, *e)))
    {
        // "→ outlet.example": a pointer to the other host by its address
        // or name. The address names no outlet.
        pointer = true;
        let fired = Fired::List(patterns::POINTER_GLYPHS, glyph);
        (Why::new("syndication:marker", fired), None)
    } else {
        return None;
    };
    found.syndicated = true;
    found.edge_credit |= ctx.edge;
    if let Some((u, _, _)) = &other_link {
        if found.source_url.is_none() {
            // the story's link, not the outlet's home.
            found.source_url = Some(edge_credits::story_link_among(inline, u));
        }
    }
    if found.source_name.is_none() && !pointer {
        found.source_name = name.filter(|n| usable_name(n)).or_else(|| {
            // The link's own text, when it names the outlet.
            let (_, s, e) = other_link.as_ref()?;
            let t = inline.text.get(*s..*e)?.trim();
            (usable_name(t)
                && !is_source_link_text(&t.to_lowercase())
                && !story_link::titled_with_headline(t, ctx.title))
            .then(|| t.to_string())
        });
    }
    Some(reason)
}

/// Lists whose heading labels [`PageFacts::list_labels`] keeps, at most.
const LIST_LABELS: usize = 8;

/// Words a label over a list holds at most ([`list_label`]).
const LIST_LABEL_WORDS: usize = 3;

/// The label heading the list `list`, normalised: the element just before
/// it (past empty ones) is a short line of [`LIST_LABEL_WORDS`] words at
/// most that ends with a colon ("Sources:", "References:"), and the list
/// holds two items at least.
fn list_label(list: ElementRef<'_>) -> Option<String> {
    // Two items at least: the second one is there.
    list.children()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name.local == local_name!("li"))
        .nth(1)?;
    let mut label = None;
    for e in list.prev_siblings().filter_map(ElementRef::wrap).take(3) {
        let text = short_text(e, SHORT_TEXT)?;
        if !text.trim().is_empty() {
            label = Some(text);
            break;
        }
    }
    let label = label?;
    let text = label.trim();
    (text.ends_with(LABEL_COLONS) && text.split_whitespace().count() <= LIST_LABEL_WORDS)
        .then(|| norm(text))
}

/// Whether the line (any case) is one of the labels that head a list on
/// the page ([`list_label`]).
fn heads_list(line: &str, list_labels: &[String]) -> bool {
    !list_labels.is_empty() && line.len() < SHORT_TEXT && {
        let n = norm(line);
        list_labels.contains(&n)
    }
}

/// The check that tells the site's own note on when the post first ran
/// ([`dates_only`]).
const RERUN_NOTE: &str = "byline.rerun-note";

/// Whether a marker's phrase (`prefix`, opening the lower-cased `line`)
/// is followed by a date alone ([`is_date_stamp`]: "originally published
/// December 22, 2023, 12:20 PM"): the line says when the post first ran,
/// and names no outlet it ran in.
fn dates_only(prefix: &str, line: &str) -> bool {
    line.get(prefix.len()..).is_some_and(|rest| {
        let rest = rest
            .trim()
            .trim_start_matches([':', '-', '–', '—'])
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        rest.bytes().any(|b| b.is_ascii_digit()) && is_date_stamp(rest)
    })
}

/// Whether the name after a bare credit label opening `inline` is an
/// outlet's ([`credit_lines::credit_names_outlet`]): the line credits the
/// outlet, not a photographer or an author.
fn credit_names_outlet_after(inline: &Inline, prefix: &str, ctx: &BlockCtx<'_>) -> bool {
    is_credit_label(prefix)
        && inline
            .text
            .get(prefix.len()..)
            .and_then(|rest| credit_lines::credit_names_outlet(rest, ctx.authors))
            .is_some()
}

/// The block's first link to another host, when it leads to the same
/// story there ([`story_link::same_story_link`]): a credit, whose link is
/// the source.
fn same_story_marker<'a>(
    inline: &Inline,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
) -> Option<Why<'a>> {
    let (url, start, end) = inline.marks.iter().find_map(|m| match &m.kind {
        MarkKind::Link { href } => Url::parse(href)
            .ok()
            .filter(|u| other_host(ctx.host, u))
            .map(|u| (u, m.start, m.end)),
        _ => None,
    })?;
    let check = same_story_check(inline, (&url, start, end), ctx)?;
    found.syndicated = true;
    found.edge_credit |= ctx.edge;
    if found.source_url.is_none() {
        found.source_url = Some(url);
    }
    Some(Why::new("syndication:marker", Fired::Check(check)))
}

/// The check that tells `inline`'s link `(url, start, end)` to another
/// host leads to the same story there: its slug spells the headline
/// (`marker.same-story-link`, [`story_link::same_story_link`]) or is the
/// page's own slug (`marker.same-story-slug`, [`story_link::same_slug_link`]).
fn same_story_check(
    inline: &Inline,
    link: (&Url, usize, usize),
    ctx: &BlockCtx<'_>,
) -> Option<&'static str> {
    if story_link::same_story_link(inline, link, ctx.title, ctx.host) {
        return Some("marker.same-story-link");
    }
    story_link::same_slug_link(inline, link, ctx.title, (ctx.host, ctx.page_slug))
        .then_some("marker.same-story-slug")
}

/// The outlet's name in the text after a marker phrase, without the words
/// that say where at the outlet the post was found
/// ([`patterns::OUTLET_LEADS`]: "the RSS feed of Outlet" gives "Outlet").
fn outlet_name(rest: &str) -> &str {
    patterns::OUTLET_LEADS
        .iter()
        .find_map(|lead| {
            let head = rest.get(..lead.len())?;
            head.eq_ignore_ascii_case(lead)
                .then(|| rest[lead.len()..].trim_start())
        })
        .unwrap_or(rest)
}

/// Whether a weak marker prefix is a credit or author label ("Credit:",
/// "Créditos:", "Author:"), not "via": alone it may credit a photo or
/// name the author, so it does not make a block a credit line.
fn is_credit_label(prefix: &str) -> bool {
    patterns::WEAK_MARKERS.contains(&prefix) && !prefix.starts_with("via")
}

/// A block quote that is one link to another page of the site (the
/// "embed" a CMS prints for an internal link on a line of its own): a
/// "read also" teaser, not a quotation.
/// Returns the linked share of its text.
fn embedded_own_post(inline: &Inline, host: Option<&str>) -> Option<f32> {
    let host = host?;
    let text = inline.text.trim();
    if text.is_empty() || text.len() >= SHORT_BLOCK {
        return None;
    }
    let (href, start, end) = only_link(inline)?;
    (Url::parse(href).is_ok_and(|u| !other_host(Some(host), &u) && u.path().len() > 1)
        && (end - start) * 10 >= inline.text.len() * EMBED_MIN_TENTHS)
        .then(|| (end - start) as f32 / inline.text.len().max(1) as f32)
}

/// Bytes of a normalised author line ([`is_author_line`]) at most.
const AUTHOR_LINE_MAX: usize = 80;

/// A line that is only the article's author ("admin", "Staff Reporter"),
/// or "By"/"Von"/"Par"/"Por" and the author: the theme's byline.
fn is_author_line(n: &str, authors: &[String]) -> Option<Fired<'static>> {
    if n.is_empty() || n.len() > AUTHOR_LINE_MAX {
        return None;
    }
    let rest = match n.split_once(' ') {
        Some((w, rest)) if patterns::BYLINE_WORDS.contains(&w) => rest,
        _ => n,
    };
    if authors.iter().any(|a| a == n || a == rest) {
        return Some(Fired::Check("byline.author-line"));
    }
    // A placeholder ("admin") the metadata did not take for a name.
    let placeholder = patterns::PLACEHOLDER_AUTHORS.iter().find(|p| **p == rest)?;
    Some(Fired::List(patterns::PLACEHOLDER_AUTHORS, placeholder))
}

/// A list item that is a teaser of another post of the site: a link to it
/// that is the item's whole first line, then an excerpt on the next.
fn own_post_teaser(inline: &Inline, host: Option<&str>) -> bool {
    let Some(host) = host else {
        return false;
    };
    // The title is the item's whole first line, the excerpt what follows.
    let Some(title_end) = inline.text.find('\n') else {
        return false;
    };
    let title = inline.text[..title_end].trim_end();
    inline.marks.iter().any(|m| match &m.kind {
        MarkKind::Link { href } => {
            m.start == 0
                && m.end >= title.len()
                && Url::parse(href).is_ok_and(|u| !other_host(Some(host), &u) && u.path().len() > 1)
        }
        _ => false,
    })
}

/// A short line with the words its inline elements glued together set
/// apart, for judging a theme's meta line: a space where a lower-case
/// letter meets a capital ("adminAugust"), where letters meet digits
/// ("rédaction28", "read3313"), and after the year that opens a longer run
/// of digits after a month's name, before the next word ("August 6, 20243
/// min": the year, then the reading time).
fn unglue(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    let mut word = String::new();
    // Whether the last word is a month's name, read only when a run of
    // digits asks (most words are followed by none): `last` holds that
    // word until then.
    let mut last = String::new();
    let mut unread = false;
    let mut after_month = false;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(p) = prev {
            let split = (p.is_lowercase() && c.is_uppercase())
                || (p.is_alphabetic() && c.is_ascii_digit())
                || (p.is_ascii_digit() && c.is_alphabetic());
            if split {
                out.push(' ');
            }
        }
        let word_ends =
            !c.is_alphabetic() || prev.is_some_and(|p| p.is_lowercase()) && c.is_uppercase();
        if word_ends && !word.is_empty() {
            std::mem::swap(&mut last, &mut word);
            unread = true;
            word.clear();
        }
        if c.is_alphabetic() {
            word.push(c);
        }
        // A run of five or more digits that opens on a year, after a
        // month's name: the year glued to the number after it.
        if c.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_digit()) && {
            if unread {
                after_month = is_month(&last.to_lowercase());
                unread = false;
            }
            after_month
        } {
            let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let year: String = chars[i..i + run.min(4)].iter().collect();
            if run >= 5 && (year.starts_with("19") || year.starts_with("20")) {
                out.push_str(&year);
                out.push(' ');
                for &d in &chars[i + 4..i + run] {
                    out.push(d);
                }
                prev = chars.get(i + run - 1).copied();
                i += run;
                after_month = false;
                unread = false;
                continue;
            }
        }
        out.push(c);
        prev = Some(c);
        i += 1;
    }
    out
}

/// Whether a short line states the day `published`.
fn states_day(text: &str, published: Option<chrono::NaiveDate>) -> bool {
    published.is_some_and(|day| {
        crate::metadata::dates::find_in_text_unchecked(text).is_some_and(|t| t.date_naive() == day)
            // "08/07/2023" on a page that writes the day first.
            || crate::metadata::dates::readings(text).contains(&day)
    })
}

/// A line of counts only ("1.6K", "2,431 views" without the words): a
/// clap, like or view counter.
fn is_counter(lower: &str) -> bool {
    if lower.len() > 24 || !lower.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            let digits = w.trim_end_matches(['k', 'm']);
            !digits.is_empty()
                && digits.len() < w.len() + usize::from(words.len() > 1)
                && digits
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                && digits.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Words of a counter line with its label at most ("tempo di lettura 6
/// minuti").
const COUNT_LINE_WORDS: usize = 6;
/// Words of the label beside the number and the counted noun at most.
const COUNT_LINE_LABEL_WORDS: usize = 2;
/// Numbers of a counter line at most: a stats line counts a few things
/// (views, comments, reading time), not a list of figures.
const COUNT_LINE_NUMBERS: usize = 3;

/// A line of one number and what it counts ([`patterns::COUNT_NOUNS`]),
/// with a short label ("Tempo di lettura: 6 minuti", "Visualizzazioni:
/// 579", "1.234 visualizaciones"): a theme's reading time or view count.
/// Returns the noun.
fn count_line(lower: &str) -> Option<&'static str> {
    if lower.len() > 64 || lower.ends_with(['.', '!', '?']) {
        return None;
    }
    // A count opens with an ASCII digit: a line without one counts
    // nothing, told before it is split into words.
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // The words in slots on the stack: a line of more is no count.
    let mut slots = [""; COUNT_LINE_WORDS];
    let mut count = 0;
    let split = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '·' | '|' | '(' | ')' | '•'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty());
    for w in split {
        *slots.get_mut(count)? = w;
        count += 1;
    }
    let words = slots.get(..count)?;
    if words.len() < 2 {
        return None;
    }
    let number = |w: &str| {
        let digits = w.trim_end_matches(['k', 'm']);
        digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    // a theme's stats line may count several things ("4441 views 0
    // comments", "3 min read · 7694"): a few numbers, each word still a
    // number, a counted noun or one of the few label words.
    let numbers = words.iter().filter(|w| number(w)).count();
    if numbers == 0 || numbers > COUNT_LINE_NUMBERS {
        return None;
    }
    let noun = words
        .iter()
        .find_map(|w| patterns::COUNT_NOUNS.iter().find(|n| *n == w))?;
    let label = words
        .iter()
        .filter(|w| !number(w) && !patterns::COUNT_NOUNS.contains(w))
        .count();
    (label <= COUNT_LINE_LABEL_WORDS).then_some(*noun)
}

/// Whether `head`, a start of a text that whitespace follows (or the
/// whole text), may hold a word [`count_line`] reads as a counted noun
/// ([`patterns::COUNT_NOUNS`]) in any of its starts that whitespace
/// follows. A text that is not ASCII may. In an ASCII one, lower-casing
/// folds ASCII letters only and collapsing whitespace touches no letter,
/// so a word `count_line` splits off (between its separators, dots
/// trimmed off its end) that is an ASCII noun is a run of letters with
/// no letter on either side in the start, and in `head` too (whitespace
/// follows each start read): one of the runs of ASCII letters of `head`,
/// in some case. The nouns that are not ASCII are no run of an ASCII
/// text.
fn may_name_count_noun(head: &str) -> bool {
    if !head.is_ascii() {
        return true;
    }
    head.as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|run| !run.is_empty())
        .any(|run| {
            patterns::COUNT_NOUNS
                .iter()
                .any(|n| n.as_bytes().eq_ignore_ascii_case(run))
        })
}

/// A reading time or a view count glued to the head of a block at the
/// post's head ("Tempo di lettura: 6 minuti Dopo due anni…": a reading-time
/// plugin's span printed before the post's loose text): the first words
/// read as a counter line ([`count_line`]) and a capital opens the text
/// after them; the counted noun after the number goes with them
/// ("Lesezeit: 3 Minuten Die …", whose noun a capital opens as well).
/// They are cut off and recorded.
fn cut_head_counter(inline: &mut Inline, ctx: &BlockCtx<'_>, found: &mut Found) {
    let text = inline.text.as_str();
    // Byte offsets where each of the first words ends.
    let mut ends = Vec::with_capacity(COUNT_LINE_WORDS);
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                ends.push(i);
                if ends.len() == COUNT_LINE_WORDS {
                    break;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    // A counter line holds an ASCII digit ([`count_line`]'s first test; a
    // lower case holds one where the text does): the words before the
    // text's first digit count nothing, told without lower-casing them.
    let Some(digit) = text.bytes().position(|b| b.is_ascii_digit()) else {
        return;
    };
    // Every piece read is a start of the text up to the last end: one
    // that names no counted noun names none in any of its starts
    // ([`may_name_count_noun`]), told before any is lower-cased.
    if let Some(&last) = ends.last() {
        if !may_name_count_noun(&text[..last]) {
            return;
        }
    }
    // A counter that can end at a word's end: the noun's, and the rest
    // opens with a capital.
    let counter_at = |end: usize| {
        let rest = text[end..].trim_start();
        if !rest.starts_with(char::is_uppercase) {
            return None;
        }
        count_line(&collapse_lower(&text[..end])).map(|noun| (noun, rest))
    };
    for (k, &end) in ends.iter().enumerate().skip(1) {
        if end <= digit {
            continue;
        }
        let Some((mut noun, mut rest)) = counter_at(end) else {
            continue;
        };
        // The counter runs on over the nouns it counts ("Lesezeit: 3
        // Minuten": a language that capitalises nouns opens the noun with
        // a capital as the post's text does).
        let mut end = end;
        for &next in &ends[k + 1..] {
            let word = collapse_lower(text[end..next].trim())
                .trim_end_matches('.')
                .to_string();
            let Some(more) = patterns::COUNT_NOUNS
                .contains(&word.as_str())
                .then(|| counter_at(next))
                .flatten()
            else {
                break;
            };
            (noun, rest) = more;
            end = next;
        }
        let piece = sub_inline(inline, 0, end);
        let keep = sub_inline(inline, text.len() - rest.len(), text.len());
        let fired = Fired::List(patterns::COUNT_NOUNS, noun);
        found.cut(piece.text, Why::new("byline:theme", fired), ctx.explain);
        *inline = keep;
        return;
    }
}

/// Whether the page's source link (a bare "Source" link to another host,
/// [`PageFacts::source_url`]) stood outside the post: none of the post's
/// blocks links it. Inside the prose such a link cites what the article
/// is about; outside it, in the box the theme or a feed plugin prints
/// after the post, it credits the original, whose outlet the post's own
/// lines may then promote ([`is_outlet_promo`]).
fn source_link_outside_post(blocks: &[Block], source: &Url) -> bool {
    fn links(inline: &Inline, href: &str) -> bool {
        inline
            .marks
            .iter()
            .any(|m| matches!(&m.kind, MarkKind::Link { href: h } if h == href))
    }
    fn any_links(blocks: &[Block], href: &str) -> bool {
        blocks.iter().any(|b| match b {
            Block::Paragraph(inline)
            | Block::Heading {
                content: inline, ..
            } => links(inline, href),
            Block::List { items, .. } => items
                .iter()
                .any(|i| links(&i.content, href) || any_links(&i.children, href)),
            Block::Quote { blocks } => any_links(blocks, href),
            Block::Table { rows, .. } => rows.iter().flatten().any(|c| links(c, href)),
            Block::Code { .. } | Block::Image(_) => false,
        })
    }
    !any_links(blocks, source.as_str())
}

/// The label of the host of a bare "Source" link outside the post
/// ([`source_link_outside_post`]), when no paragraph of the post's prose
/// (longer than [`brand::PLUG_BOX`]) names it: the original's outlet, whose
/// promotion a line of the post may then be. A post whose prose names the
/// linked host is about it (a review citing the product's own page under
/// an image), and its lines naming it are the post's.
fn outside_source_brand(blocks: &[Block], source: &Url) -> Option<String> {
    let brand = host_brand(&bare_host(source.host_str()?))?;
    if !source_link_outside_post(blocks, source) {
        return None;
    }
    let in_prose = blocks.iter().any(|b| match b {
        Block::Paragraph(inline) if inline.text.len() > brand::PLUG_BOX => {
            credit_lines::spellings(&norm(&inline.text))
                .any(|n| names_host(&n, Some(&brand), false))
        }
        _ => false,
    });
    (!in_prose).then_some(brand)
}

/// A short line on a republished page that names the original outlet
/// ("Download the Outlet app…", "Sign up for the Outlet newsletter"):
/// the outlet's own promotion, copied with its article. Quoted speech
/// naming the outlet is the article's.
/// The normalised block (`n`) is built only for a plug's sentence.
fn is_outlet_promo<'a, 's>(
    text: &str,
    n: &impl Fn() -> &'s str,
    lower: &str,
    ctx: &BlockCtx<'a>,
) -> Option<Fired<'a>> {
    if ctx.outlet.is_none() && ctx.outlet_host.is_none() {
        return None;
    }
    // One sentence of a plug, not a heading or a paragraph of prose.
    let plug = !has_any_char(lower, QUOTES_LOW)
        && lower.len() < PLUG_LINE
        && !text.contains('\n')
        && lower.ends_with(['.', '!'])
        && sentence_spans(text).len() == 1;
    if !plug {
        return None;
    }
    if let Some(o) = ctx.outlet.filter(|o| has_words(n(), o)) {
        return Some(Fired::Outlet("outlet.promo-names-outlet", o));
    }
    let host = ctx.outlet_host?;
    credit_lines::spellings(n())
        .any(|n| names_host(&n, Some(host), false))
        .then_some(Fired::Outlet("outlet.promo-names-outlet-host", host))
}

/// Words that may open a marker line before its phrase ("This post was
/// syndicated from…", "Dieser Artikel erschien zuerst bei…").
const MARKER_OPENER_WORDS: usize = 4;

/// A block's text with its whitespace collapsed, lower-cased (what
/// [`clean`] and `to_lowercase` give): collapsed and its ASCII letters
/// folded in one copy; lower-cased again as a whole only when one of its
/// other letters has a lower case (most have none: quotes, dashes,
/// accented small letters).
fn collapse_lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    push_words(&mut out, text, &mut gap);
    out.make_ascii_lowercase();
    if folds_beyond_ascii(&out) {
        return out.to_lowercase();
    }
    out
}

/// `text.to_lowercase()`, its ASCII letters folded in one copy: lower-cased
/// as a whole only when one of its other letters has a lower case (most
/// texts have none).
pub(super) fn lower_case(text: &str) -> String {
    if folds_beyond_ascii(text) {
        return text.to_lowercase();
    }
    text.to_ascii_lowercase()
}

/// Bytes of a text [`with_lower`] lower-cases on the stack: a label's or a
/// button's text, at most.
const STACK_LOWER: usize = 64;

/// `f` of `text` lower-cased: an ASCII text of at most [`STACK_LOWER`]
/// bytes is folded in a buffer on the stack (what any lower-casing gives
/// it), any other by `lower`. The short texts the stripper lower-cases by
/// the thousand (links' labels, buttons) cost no allocation.
pub(super) fn with_lower<R>(
    text: &str,
    lower: impl FnOnce(&str) -> String,
    f: impl FnOnce(&str) -> R,
) -> R {
    let mut buf = [0u8; STACK_LOWER];
    if text.is_ascii() {
        if let Some(slot) = buf.get_mut(..text.len()) {
            slot.copy_from_slice(text.as_bytes());
            slot.make_ascii_lowercase();
            if let Ok(folded) = std::str::from_utf8(slot) {
                return f(folded);
            }
        }
    }
    f(&lower(text))
}

/// [`lower_case`] written into `out` (cleared first).
pub(super) fn lower_case_into(text: &str, out: &mut String) {
    out.clear();
    if folds_beyond_ascii(text) {
        out.push_str(&text.to_lowercase());
        return;
    }
    out.push_str(text);
    out.make_ascii_lowercase();
}

/// Whether lower-casing `text` changes more than its ASCII letters: a
/// character other than ASCII with another lower case, or a capital
/// sigma (whose lower case depends on its place in the word).
fn folds_beyond_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(skip) = first_non_ascii(&bytes[at..]) {
        at += skip;
        // U+2000 to U+207F (dashes, curly quotes, spaces: most of what
        // prose has beyond ASCII) hold no letter with another case: three
        // bytes skipped undecoded.
        if bytes[at] == 0xe2 && matches!(bytes.get(at + 1), Some(0x80 | 0x81)) {
            at += 3;
            continue;
        }
        // Latin-1's upper half (U+0080 to U+00FF, lead bytes C2 and C3,
        // the accented letters of most Latin-script prose), told by its
        // second byte undecoded: only its capitals, U+00C0 to U+00DE but
        // for the sign U+00D7, have another lower case.
        match (bytes[at], bytes.get(at + 1)) {
            (0xc2, Some(_)) => {
                at += 2;
                continue;
            }
            (0xc3, Some(&b)) => {
                if matches!(b, 0x80..=0x96 | 0x98..=0x9e) {
                    return true;
                }
                at += 2;
                continue;
            }
            _ => {}
        }
        let Some(c) = text[at..].chars().next() else {
            return false;
        };
        let mut lower = c.to_lowercase();
        if c == '\u{3a3}' || lower.len() != 1 || lower.next() != Some(c) {
            return true;
        }
        at += c.len_utf8();
    }
    false
}

/// How many ASCII letters and digits `text` holds (its bytes that
/// `u8::is_ascii_alphanumeric` passes), counted in runs of at most 255
/// bytes as a byte (a run's count fits one), which the compiler adds
/// sixteen bytes at a time; a `usize` count is added a byte at a time.
fn ascii_alnum_count(text: &str) -> usize {
    text.as_bytes()
        .chunks(usize::from(u8::MAX))
        .map(|run| {
            let n = run.iter().fold(0u8, |n, &b| {
                // `is_ascii_alphanumeric` without branches: a digit, or a
                // letter once its case bit is set.
                let digit = b.wrapping_sub(b'0') < 10;
                let letter = (b | 0x20).wrapping_sub(b'a') < 26;
                n.wrapping_add(u8::from(digit | letter))
            });
            usize::from(n)
        })
        .sum()
}

/// The index of the first byte of `bytes` beyond ASCII: what
/// `bytes.iter().position(|b| !b.is_ascii())` gives, eight bytes tested
/// at a time.
fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & HIGH;
        if high != 0 {
            // The lowest set bit is the first such byte's (little-endian).
            return Some(at + (high.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|b| !b.is_ascii())
        .map(|i| at + i)
}

/// Whether `text` holds one of `chars`; an ASCII text is searched with
/// memchr for the ASCII ones only (it holds no other).
fn has_any_char(text: &str, chars: &[char]) -> bool {
    if text.is_ascii() {
        return chars.iter().any(|&c| {
            u8::try_from(c)
                .is_ok_and(|b| b.is_ascii() && memchr::memchr(b, text.as_bytes()).is_some())
        });
    }
    // Otherwise by the first bytes of the chars' UTF-8 forms (memchr3),
    // each hit compared with the forms it may open; a char's first byte
    // never falls inside another char, so every hit is a char's start.
    let mut leads: Vec<u8> = Vec::with_capacity(3);
    for c in chars {
        let mut buf = [0u8; 4];
        let lead = c.encode_utf8(&mut buf).as_bytes()[0];
        if !leads.contains(&lead) {
            leads.push(lead);
        }
    }
    let [a, b, c] = match leads.as_slice() {
        [a] => [*a, *a, *a],
        [a, b] => [*a, *b, *b],
        [a, b, c] => [*a, *b, *c],
        _ => return text.contains(chars),
    };
    let bytes = text.as_bytes();
    memchr::memchr3_iter(a, b, c, bytes).any(|i| {
        chars.iter().any(|ch| {
            let mut buf = [0u8; 4];
            bytes[i..].starts_with(ch.encode_utf8(&mut buf).as_bytes())
        })
    })
}

/// The quotation marks that make a line quoted speech.
const QUOTES: &[char] = &['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}'];

/// [`QUOTES`] and the low opening quote („).
const QUOTES_LOW: &[char] = &['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{201e}'];

/// The block inside one pair of enclosing brackets ("(via Outlet)").
fn unbracketed(inline: &Inline) -> Option<Inline> {
    // The full-width brackets of Japanese and Chinese text as much.
    let pairs = &credit_lines::BRACKETS;
    let t = inline.text.as_str();
    let open = t.chars().next()?;
    let &(_, close) = pairs.iter().find(|(o, _)| *o == open)?;
    let inner = t.strip_prefix(open)?.strip_suffix(close)?;
    if inner.contains(|c: char| pairs.iter().any(|(o, c2)| c == *o || c == *c2))
        || inner.trim().is_empty()
    {
        return None;
    }
    Some(sub_inline(
        inline,
        open.len_utf8(),
        t.len() - close.len_utf8(),
    ))
}

/// The rest of a short edge line from a marker phrase of two or more
/// words (not a weak one) that a few words open ("This post was
/// syndicated from <a>Outlet</a>"), when the line links another host or
/// closes the post naming no more than an outlet.
fn opened_marker(
    inline: &Inline,
    lower: &str,
    ctx: &BlockCtx<'_>,
    links_out: bool,
) -> Option<Inline> {
    let text = inline.text.as_str();
    if !ctx.edge || text.len() >= WIDGET_LINE || !(links_out || ctx.tail || ctx.head) {
        return None;
    }
    // `lower` has its whitespace collapsed: its k-th word is the text's.
    let lower_starts = lower
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .take(MARKER_OPENER_WORDS);
    // The first sentence end, found once (the three marks are ASCII: as
    // bytes, by `memchr`): the words before a start hold one when it
    // comes before the start.
    let first_end = memchr::memchr3(b'.', b'!', b'?', lower.as_bytes());
    for (k, at) in lower_starts.enumerate() {
        // The opening words end no sentence: "Funciona. Con información de
        // Outlet." is the post's last sentence and a credit, cut apart.
        if first_end.is_some_and(|e| e < at) {
            break;
        }
        let rest = &lower[at..];
        let hit = opener_prefixes_of(rest).find(|p| opens_with(rest, p));
        if let Some(p) = hit {
            let after = rest[p.len()..].trim();
            if !(links_out || usable_name(outlet_name(after.trim_end_matches('.')))) {
                continue;
            }
            let from = text
                .split_whitespace()
                .nth(k + 1)
                .map(|w| w.as_ptr() as usize - text.as_ptr() as usize)?;
            return Some(sub_inline(inline, from, text.len()));
        }
    }
    None
}

/// Bytes a normalised block at the post's edge stays under when the
/// site's name opens or closes it with a few words around
/// ([`is_branding`]).
const BRANDING_EDGE_TEXT: usize = 100;

/// The site's name alone, or with a few words around it ("Brand © 2024",
/// "Brand · since 2019"), in a short block at the edge of the post; or
/// its words joined into one (a hashtag or a handle) as the whole block.
/// Returns which of `site_norms` it is and how many words are around it.
fn is_branding(n: &str, site_norms: &[String], edge: bool) -> Option<(usize, usize)> {
    if n.is_empty() {
        return None;
    }
    // The block's words, counted once for all the names.
    let n_words = std::cell::OnceCell::new();
    site_norms
        .iter()
        .enumerate()
        .find_map(|(i, s)| {
            if s.is_empty() {
                return None;
            }
            if n == s {
                return Some((i, 0));
            }
            if !edge || n.len() >= BRANDING_EDGE_TEXT {
                return None;
            }
            let n_words = *n_words.get_or_init(|| n.split(' ').count());
            let extra = n_words.saturating_sub(s.split(' ').count());
            let opens = n
                .strip_prefix(s.as_str())
                .is_some_and(|r| r.starts_with(' '));
            let closes = n.strip_suffix(s.as_str()).is_some_and(|r| r.ends_with(' '));
            (extra <= BRANDING_MAX_EXTRA_WORDS && (opens || closes)).then_some((i, extra))
        })
        .or_else(|| {
            // The name written as one word: a hashtag, a handle
            // ("#TheMetroLedger24" for "The Metro Ledger 24").
            if n.contains(' ') {
                return None;
            }
            let i = site_norms
                .iter()
                .position(|s| s.contains(' ') && joins_to(s.split(' '), n))?;
            Some((i, 0))
        })
}

/// Whether a line of any paragraph reads as a syndication marker (see
/// [`has_edge_marker`]): the page republishes another outlet's article.
/// A credit line without a link right under a bare image (`under_image`,
/// [`under_bare_image`]) is the image's, and a label heading a list
/// (`list_labels`, [`list_label`]) the list's.
fn has_marker_line(blocks: &[Block], under_image: &[bool], list_labels: &[String]) -> bool {
    has_edge_marker(blocks, 0, under_image, list_labels)
}

/// Whether a marker line opens with a label that credits figures and
/// images as often as articles ("Source:", "Courtesy of"): away from the
/// post's edge it says nothing of republishing.
fn figure_credit_label(line: &str) -> bool {
    // A label is followed by a `:` or a `-`: a line with neither (most)
    // is told by one scan.
    if memchr::memchr2(b':', b'-', line.as_bytes()).is_none() {
        return line.starts_with("courtesy");
    }
    patterns::SOURCE_LABELS.iter().any(|l| {
        line.strip_prefix(l)
            .is_some_and(|r| r.trim_start().starts_with([':', '-']))
    }) || line.starts_with("courtesy")
}

/// Whether a short paragraph at the head or tail of the post opens like a
/// syndication marker ([`patterns::MARKER_EXACT`],
/// [`patterns::MARKER_PREFIXES`] other than the weak ones, "The post X
/// appeared first on Y"): the page republishes another outlet's article.
fn has_edge_marker(
    blocks: &[Block],
    text_blocks: usize,
    under_image: &[bool],
    list_labels: &[String],
) -> bool {
    let total = blocks
        .iter()
        .filter(|b| !matches!(b, Block::Image(_)))
        .count();
    let mut rank = 0;
    for (i, b) in blocks.iter().enumerate() {
        let Block::Paragraph(inline) = b else {
            if !matches!(b, Block::Image(_)) {
                rank += 1;
            }
            continue;
        };
        rank += 1;
        let image_credit = under_image.get(i).copied().unwrap_or(false);
        // `text_blocks` 0: every block counts, figure credits at the
        // edge only.
        let edge = rank <= HEAD || rank + TAIL > total;
        if !(edge || text_blocks == 0) || inline.text.len() > SHORT_BLOCK * 4 {
            continue;
        }
        let linked = inline
            .marks
            .iter()
            .any(|m| matches!(m.kind, MarkKind::Link { .. }));
        // Line by line: lower-casing acts within a line (the final sigma's
        // context stops at a line break), and keeps the length of a line
        // whose only letters to fold are ASCII ones, so such a long line is
        // skipped without a copy.
        for raw in inline.text.lines() {
            // An ASCII line lower-cases byte by byte: one that opens with
            // no phrase's head in any case (most) is not copied.
            if raw.is_ascii() && (raw.len() > SHORT_BLOCK || !opens_with_head_ascii(raw)) {
                continue;
            }
            let beyond = folds_beyond_ascii(raw);
            if raw.len() > SHORT_BLOCK && !beyond {
                continue;
            }
            let lower = if beyond {
                raw.to_lowercase()
            } else {
                raw.to_ascii_lowercase()
            };
            let line = lower.as_str();
            if line.len() > SHORT_BLOCK {
                continue;
            }
            if (!edge || image_credit && !linked) && figure_credit_label(line.trim()) {
                continue;
            }
            if heads_list(line, list_labels) {
                continue;
            }
            let bare = line.trim_matches(|c: char| !c.is_alphanumeric());
            // "Read more" and "Continue reading" end many an excerpt of
            // the site's own posts: they say nothing of republishing.
            let own_teaser = matches!(bare, "read more" | "continue reading" | "read the rest");
            if (patterns::MARKER_EXACT.contains(&bare) && !own_teaser)
                || appeared_first(line).is_some()
                || marker_prefixes_of(line).any(|p| {
                    opens_with(line, p)
                        && p != "the post "
                        && !patterns::WEAK_MARKERS.contains(&p)
                        // The post's own history ("Originally published
                        // May 2022") names no outlet.
                        && !dates_only(p, line)
                        // A label over a sentence is prose, as
                        // `marker` reads it.
                        && (linked
                            || p.starts_with("this ")
                            || words_after_label(p, line, raw) <= LABEL_NAME_WORDS)
                })
            {
                return true;
            }
        }
    }
    false
}

/// How many words follow a marker's label in a line (`lower`, and
/// `text` as written): the outlet's name ([`outlet_name`]), or the name
/// before a date ("… por Outlet el 14 de mayo de 2024": not the date's
/// words). Past [`LABEL_NAME_WORDS`], with no link, the label opens a
/// sentence ("Source: the council's budget papers show …"), not a credit.
fn words_after_label(prefix: &str, lower: &str, text: &str) -> usize {
    let rest_words = lower
        .get(prefix.len()..)
        .map_or(0, |r| outlet_name(r.trim()).split_whitespace().count());
    text.get(prefix.len()..)
        .and_then(edge_credits::name_before_date)
        .map_or(rest_words, |n| n.split_whitespace().count())
}

/// The most words a credit's label ("Source:", "Via") is followed by
/// when it names an outlet without a link ([`words_after_label`]).
const LABEL_NAME_WORDS: usize = 6;

/// The first marker prefix a lower-cased line opens with (not "the
/// post ", which opens "The post X appeared first on Y"), built-in lists
/// first, then the caller's: the prefix and the list or rule it is from.
fn marker_prefix<'a>(lower: &str, ctx: &BlockCtx<'a>) -> Option<(&'a str, Fired<'a>)> {
    // The first built-in prefix the text opens with, tried only among
    // those that share its first byte ([`marker_prefixes_of`]); the list it
    // belongs to is looked for once it matched.
    if let Some(p) = marker_prefixes_of(lower).find(|p| opens_with(lower, p) && *p != "the post ") {
        let lists = [
            patterns::MARKER_PREFIXES,
            patterns::MARKER_PREFIXES_INTL,
            patterns::MARKER_PREFIXES_CREDIT,
        ];
        if let Some(list) = lists.into_iter().find(|l| l.contains(&p)) {
            return Some((p, Fired::List(list, p)));
        }
    }
    let p = ctx
        .rules
        .markers
        .iter()
        .find(|p| lower.starts_with(p.as_str()) && p.as_str() != "the post ")?;
    Some((p.as_str(), Fired::Caller("marker", p)))
}

/// All built-in marker prefixes.
fn marker_prefixes() -> impl Iterator<Item = &'static str> {
    patterns::MARKER_PREFIXES
        .iter()
        .chain(patterns::MARKER_PREFIXES_INTL)
        .chain(patterns::MARKER_PREFIXES_CREDIT)
        .copied()
}

/// The built-in marker prefixes that may open `text`: those of
/// [`marker_prefixes`] filed under its first two bytes
/// ([`cues::HeadIndex`]), in their order (a prefix `text` starts with is
/// one of them, and the first of them it starts with is the first of
/// all). Most texts open with two bytes few prefixes open with: they are
/// tried against a handful, not all.
fn marker_prefixes_of(text: &str) -> impl Iterator<Item = &'static str> {
    static BY_HEAD: std::sync::OnceLock<cues::HeadIndex> = std::sync::OnceLock::new();
    BY_HEAD
        .get_or_init(|| cues::HeadIndex::new(marker_prefixes()))
        .candidates(text)
}

/// `text.starts_with(p)`, compared a byte at a time in line: the phrases
/// of a first-byte bucket are tried by the dozen against a text
/// they mostly leave at its second byte, which a call to `memcmp` per
/// phrase (what `starts_with` makes of two slices) costs far more than.
#[inline]
pub(super) fn opens_with(text: &str, p: &str) -> bool {
    opens_with_bytes(text.as_bytes(), p.as_bytes())
}

/// [`opens_with`] of bytes.
#[inline]
pub(super) fn opens_with_bytes(text: &[u8], p: &[u8]) -> bool {
    text.len() >= p.len() && text.iter().zip(p).all(|(a, b)| a == b)
}

/// The marker prefixes of [`marker_prefixes_of`] that may follow a few
/// opening words ([`opened_marker`]): those of two words or more, not
/// "the post " and not a weak one, in their order (filtered once, not at
/// each word of each line).
fn opener_prefixes_of(text: &str) -> impl Iterator<Item = &'static str> {
    static BY_HEAD: std::sync::OnceLock<cues::HeadIndex> = std::sync::OnceLock::new();
    BY_HEAD
        .get_or_init(|| {
            cues::HeadIndex::new(marker_prefixes().filter(|p| {
                p.trim_end().contains(' ')
                    && *p != "the post "
                    && !patterns::WEAK_MARKERS.contains(p)
            }))
        })
        .candidates(text)
}

/// The joint of a "The post X appeared first on Y" line in any of its
/// languages ([`patterns::APPEARED_FIRST`]), when `lower` is one.
fn appeared_first(lower: &str) -> Option<&'static str> {
    patterns::APPEARED_FIRST
        .iter()
        .find(|(open, joint)| lower.starts_with(open) && lower.contains(joint))
        .map(|(_, joint)| *joint)
}

/// Whether a lower-cased block reads as a syndication marker: a line that
/// is a marker phrase, opens with a marker prefix (not a bare "Author:" or
/// "Credit:" byline) or is a "The post X appeared first on Y" line.
fn is_marker_text(lower: &str) -> bool {
    lower.lines().any(|line| {
        let line = line.trim();
        // A phrase the line is or opens with starts its first word, or the
        // first after its leading punctuation (an exact phrase is compared
        // without it): a line whose first words open none is told by a
        // lookup or two.
        // (A line that opens with a letter or digit is its own trimmed
        // form: looked up once.)
        let trimmed = line.trim_start_matches(|c: char| !c.is_alphanumeric());
        let may_open =
            opens_with_head(line) || (trimmed.len() < line.len() && opens_with_head(trimmed));
        let opens = may_open && {
            let bare = line.trim_matches(|c: char| !c.is_alphanumeric());
            patterns::MARKER_EXACT.contains(&bare)
                || appeared_first(line).is_some()
                || marker_prefixes_of(line).any(|p| opens_with(line, p) && !is_credit_label(p))
        };
        opens || credit_lines::opened_marker_line(line)
    })
}

/// The heads of the phrases [`is_marker_text`] looks for at a line's start
/// (each built-in marker prefix, "appeared first" opener and exact marker
/// up to its first space), by first byte. A line that starts with a
/// phrase has that phrase's head at the start of its first word (the
/// whole word when the phrase goes on after a space).
fn marker_heads() -> &'static [Vec<&'static str>] {
    static HEADS: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| {
        let mut table: Vec<Vec<&'static str>> = vec![Vec::new(); 256];
        let phrases = marker_prefixes()
            .chain(patterns::APPEARED_FIRST.iter().map(|(open, _)| *open))
            .chain(patterns::MARKER_EXACT.iter().copied());
        for phrase in phrases {
            let head = phrase.split(' ').next().unwrap_or(phrase);
            if let Some(&b) = head.as_bytes().first() {
                if !table[usize::from(b)].contains(&head) {
                    table[usize::from(b)].push(head);
                }
            }
        }
        table
    })
}

/// Whether the ASCII line `raw`, lower-cased, may read as a marker line
/// ([`has_edge_marker`]): it opens with one of [`marker_heads`], or does
/// after its leading punctuation (where an exact phrase starts), in any
/// ASCII case. Every phrase that line is, or opens with, starts with
/// its head there: a line for which this is false is no marker line.
fn opens_with_head_ascii(raw: &str) -> bool {
    let opens = |t: &str| {
        let Some(&b) = t.as_bytes().first() else {
            return false;
        };
        marker_heads()[usize::from(b.to_ascii_lowercase())]
            .iter()
            .any(|head| {
                t.as_bytes()
                    .get(..head.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(head.as_bytes()))
            })
    };
    opens(raw) || opens(raw.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether `text` starts with one of [`marker_heads`] (as its first word
/// or the start of it).
fn opens_with_head(text: &str) -> bool {
    let Some(&b) = text.as_bytes().first() else {
        return false;
    };
    marker_heads()[usize::from(b)]
        .iter()
        .any(|head| opens_with(text, head))
}

/// Whether the normalised block `n` is the host's own label (`whole`) or
/// names it in a run of its words ("stay tuned to digital marketing
/// aganecy" on `digitalmarketingaganecy.com`).
fn names_host(n: &str, host_brand: Option<&str>, whole: bool) -> bool {
    let Some(brand) = host_brand else {
        return false;
    };
    if whole {
        return n.len() < brand.len() * 2 && joins_to(n.split(' '), brand);
    }
    // Only a word that opens the brand can start the run: the words that
    // open with its first letter are found by it (memchr).
    let Some(&first) = brand.as_bytes().first() else {
        return false;
    };
    if !first.is_ascii() {
        let mut rest = n;
        loop {
            let opens = brand.chars().next().is_some_and(|c| rest.starts_with(c));
            if opens && joins_to_prefix(rest.split(' '), brand) {
                return true;
            }
            match rest.find(' ') {
                Some(i) => rest = &rest[i + 1..],
                None => return false,
            }
        }
    }
    let bytes = n.as_bytes();
    memchr::memchr_iter(first, bytes)
        .any(|i| (i == 0 || bytes[i - 1] == b' ') && joins_to_prefix(n[i..].split(' '), brand))
}

/// Whether `words` joined without spaces are exactly `brand`.
fn joins_to<'a>(words: impl Iterator<Item = &'a str>, brand: &str) -> bool {
    let mut left = brand;
    for w in words {
        match left.strip_prefix(w) {
            Some(l) => left = l,
            None => return false,
        }
    }
    left.is_empty()
}

/// Whether the first of `words` joined without spaces make `brand` (the
/// run stops once it is as long as the brand).
fn joins_to_prefix<'a>(words: impl Iterator<Item = &'a str>, brand: &str) -> bool {
    let mut left = brand;
    for w in words {
        if left.is_empty() {
            break;
        }
        match left.strip_prefix(w) {
            Some(l) => left = l,
            None => return false,
        }
    }
    left.is_empty()
}

/// Whether `phrase` occurs in `n` as whole words (both normalised: words
/// joined by single spaces).
fn has_words(n: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    // The matches `match_indices` gives (leftmost, not overlapping),
    // found by the phrase's first byte (memchr) without a searcher.
    let (hay, needle) = (n.as_bytes(), phrase.as_bytes());
    let mut from = 0;
    for i in memchr::memchr_iter(needle[0], hay) {
        if i < from || !hay[i..].starts_with(needle) {
            continue;
        }
        let end = i + needle.len();
        if (i == 0 || hay[i - 1] == b' ') && (end == hay.len() || hay[end] == b' ') {
            return true;
        }
        from = end;
    }
    false
}

/// Whether the normalised block `n` names the site: one of its names as
/// whole words, or its host's label.
fn names_site<'a>(n: &str, ctx: &BlockCtx<'a>) -> Option<Named<'a>> {
    if let Some(i) = ctx.site_norms.iter().position(|s| has_words(n, s)) {
        return Some(ctx.named(i));
    }
    let brand = ctx.host_brand?;
    names_host(n, Some(brand), false).then_some(Named::Host(brand))
}

/// Self-promotion: a short block that names the site itself on a page
/// that republishes another outlet's article, anywhere in the post (the
/// article's own prose does not name the republisher: "Stay tuned to
/// Brand for more", a box selling Brand's services). On a site's own
/// article: a plug's phrase ([`patterns::PROMO_PHRASES`]) in a short line
/// at the post's edge, or a line that speaks to the reader
/// ([`speaks_to_reader`]) and gives the site's own e-mail address.
/// Quoted speech never is.
/// Returns what fired: the check and the name it found.
fn is_self_promotion<'a>(
    text: &str,
    n: &str,
    lower: &str,
    ctx: &BlockCtx<'a>,
) -> Option<Fired<'a>> {
    // Quoted speech ("'We will not back down,' she told the Courier") is
    // the article's, whoever it names.
    let quoted = has_any_char(lower, QUOTES);
    if n.is_empty() || lower.len() > SHORT_BLOCK || quoted {
        return None;
    }
    let may_fire = ctx.syndicated || ctx.edge && lower.len() < PLUG_LINE || lower.contains('@');
    if !may_fire {
        return None;
    }
    let own_address = |named| Fired::Naming("promo.own-address", named, "");
    let Some(named) = names_site(n, ctx) else {
        // A page whose names the walk did not find (a platform's
        // subdomain, a title without a suffix) may still give the site's
        // own address and name its brand.
        if !lower.contains('@') {
            return None;
        }
        return gives_own_address(text, lower, ctx).map(own_address);
    };
    if ctx.syndicated {
        // The article is another outlet's: its prose does not name the
        // site that republished it, wherever the line stands.
        return Some(Fired::Naming("promo.republished-names-site", named, ""));
    }
    // A site's own article may name the site and speak to the reader (a
    // company's blog selling its product is the post): only a plug's
    // phrase at the post's edge, a box that gives the site's own address
    // to write to and names the site outside it (guest posts, sponsored
    // articles, the site's services for sale).
    if ctx.edge && lower.len() < PLUG_LINE {
        if let Some(p) = patterns::PROMO_PHRASES.iter().find(|p| lower.contains(*p)) {
            return Some(Fired::ListNaming(patterns::PROMO_PHRASES, p, named));
        }
    }
    gives_own_address(text, lower, ctx).map(own_address)
}

/// A line that speaks to the reader ([`speaks_to_reader`]), gives an
/// e-mail address at the site's own host and names the site outside the
/// address (by one of its names, its host's label, or the brand of the
/// address's own domain: "write to ads@brandnews.com" under "Brand News").
fn gives_own_address<'a>(text: &str, lower: &str, ctx: &BlockCtx<'a>) -> Option<Named<'a>> {
    let (reader, mail) = speaks_to_reader(text, lower, ctx.host);
    if !(reader && mail) {
        return None;
    }
    let outside = norm(&without_mail(text));
    let mail_brand = lower
        .split_whitespace()
        .find_map(|w| w.split_once('@'))
        .and_then(|(_, d)| host_brand(d.trim_end_matches(|c: char| !c.is_alphanumeric())));
    names_site(&outside, ctx)
        .or_else(|| names_host(&outside, mail_brand.as_deref(), false).then_some(Named::MailDomain))
}

/// A text without its e-mail addresses.
fn without_mail(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.contains('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a short line speaks to the reader — a word of the second
/// person ([`patterns::READER_WORDS`], the German polite forms of
/// [`patterns::READER_WORDS_CASED`]), a question or an exclamation — and
/// whether it gives an e-mail address at the site's own host (a plug's
/// "write to us").
fn speaks_to_reader(text: &str, lower: &str, host: Option<&str>) -> (bool, bool) {
    let mut prev_ends = true;
    let mut second_person = false;
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if patterns::READER_WORDS.contains(&bare.to_lowercase().as_str())
            || (!prev_ends && patterns::READER_WORDS_CASED.contains(&bare))
        {
            second_person = true;
            break;
        }
        prev_ends = word.ends_with(['.', '!', '?', ':', '¡', '¿']);
    }
    let asks = lower.contains(['?', '!', '¿', '¡']);
    let mail = host.is_some_and(|h| {
        lower.split_whitespace().any(|w| {
            w.split_once('@').is_some_and(|(user, domain)| {
                let domain = domain.trim_end_matches(|c: char| !c.is_alphanumeric());
                !user.is_empty() && brand::own_mail_domain(domain, h)
            })
        })
    });
    (second_person || asks, mail)
}

/// A "follow us" / "join our channel" line: short, naming a platform the
/// reader is sent to ([`patterns::FOLLOW_PLATFORMS`]) and the site, by
/// its name or as "us" / "our" ([`patterns::SELF_WORDS`]).
/// Returns the platform named.
fn is_follow_box(n: &str, lower: &str, ctx: &BlockCtx<'_>) -> Option<&'static str> {
    if lower.len() >= FOLLOW_LINE {
        return None;
    }
    let platform = patterns::FOLLOW_PLATFORMS
        .iter()
        .find(|p| lower.contains(*p))?;
    (n.split(' ').any(|w| patterns::SELF_WORDS.contains(&w)) || names_site(n, ctx).is_some())
        .then_some(*platform)
}

/// Whether a short line is one link (most of its text) to another host
/// that passes the site's own host alone as a query value ("Add Site as a
/// preferred source on Google" linking `google.com/…?q=site.com`): a
/// platform's action on the site as a whole (follow it, prefer it, rate
/// it), the `follow.site-action-link` check. A share link passes a page's
/// address (a path after the host), a citation links the cited page.
fn site_action_link(inline: &Inline, host: Option<&str>) -> bool {
    let Some(host) = host.filter(|h| !h.is_empty()) else {
        return false;
    };
    let Some((href, start, end)) = only_link(inline) else {
        return false;
    };
    // Told before the URL is parsed: the query holds the host's name.
    if !href.contains('?') || !href.to_ascii_lowercase().contains(host) {
        return false;
    }
    let link_text = inline.text.get(start..end).map_or(0, |t| t.trim().len());
    if link_text * 10 < inline.text.trim().len() * SITE_ACTION_LINK_MIN_TENTHS {
        return false;
    }
    let Ok(url) = Url::parse(trim_whitespace(href)) else {
        return false;
    };
    if !other_host(Some(host), &url) {
        return false;
    }
    url.query_pairs().any(|(_, v)| {
        let v = v.trim().to_ascii_lowercase();
        let v = v
            .strip_prefix("https://")
            .or_else(|| v.strip_prefix("http://"))
            .unwrap_or(&v);
        bare_host(v.trim_end_matches('/')) == host
    })
}

/// Tenths of a site-action line's text its link holds at least
/// ([`site_action_link`]): the line is the link, an icon or a star
/// beside it.
const SITE_ACTION_LINK_MIN_TENTHS: usize = 8;

/// Whether a caption is an image's file name as a camera, a phone, a
/// screenshot tool or a stock agency names it, or as a CMS resizes it
/// ("IMG_4521", "DSC_0042.JPG", "PXL_20230514_093012345", "harbour-crane-
/// 1024x683", "Screenshot 2023-05-14 at 10.12.33"): one word that joins
/// letters and a run of digits with `_` or `-`, carries an image file
/// extension or a size suffix, or a short line of a date and a time in
/// file-name form.
fn is_file_name(text: &str) -> bool {
    // Longer than a file name, with no label's colon to take off
    // ([`file_name_shaped`]'s first test, told before the bytes are
    // scanned): most short paragraphs.
    let trimmed = text.trim();
    if trimmed.len() > FILE_NAME_TEXT && memchr::memchr(b':', trimmed.as_bytes()).is_none() {
        return false;
    }
    may_be_file_name(text) && file_name_shaped(text)
}

/// Bytes of a file name (its label taken off) at most: "WhatsApp Image
/// 2024-01-02 at 09.15.22 (1).jpeg" and more, not a sentence.
const FILE_NAME_TEXT: usize = 120;

/// Whether a text may be a file name ([`file_name_shaped`]): every form
/// holds a digit, a `.`, a `-` or a `_` (a counter, a size, a date or a
/// time, an extension, or the joints of a slug). A text with none (most
/// headings and captions) is not split into words.
fn may_be_file_name(text: &str) -> bool {
    // Or-ed over all the bytes, not searched: the loop is vectorised.
    text.bytes()
        .map(|b| u8::from(b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'_')))
        .fold(0, |seen, b| seen | b)
        != 0
}

/// [`is_file_name`] past its gate ([`may_be_file_name`]): the shapes
/// themselves.
fn file_name_shaped(text: &str) -> bool {
    let text = text.trim();
    // "Imagen: IMG_0042.JPG", "Photo: featured-image-1": a label first.
    let text = match text.split_once(':') {
        Some((label, rest))
            if label.split_whitespace().nth(2).is_none() && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => text,
    };
    // A file name is at most eight words ("WhatsApp Image 2024-01-02 at
    // 09.15.22 (1)"): a sentence is out at its ninth.
    if text.is_empty() || text.len() > FILE_NAME_TEXT || text.split_whitespace().nth(8).is_some() {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let one_word = |w: &str| {
        if is_dcf_name(w) {
            return true;
        }
        let lower = w.to_ascii_lowercase();
        let stem = match lower.rsplit_once('.') {
            Some((stem, ext)) if patterns::IMAGE_EXTENSIONS.contains(&ext) => {
                return !stem.is_empty()
            }
            _ => lower.as_str(),
        };
        // "P1090770", "DSCF4521": a camera's prefix and counter alone.
        let letters = stem.bytes().take_while(u8::is_ascii_alphabetic).count();
        let digits = stem.len() - letters;
        if (1..=4).contains(&letters)
            && digits >= 5
            && stem.bytes().skip(letters).all(|b| b.is_ascii_digit())
        {
            return true;
        }
        // The copy number an operating system adds ("Screenshot-(34)").
        let parts: Vec<&str> = stem
            .split(['-', '_'])
            .map(|p| copy_number(p).map_or(p, |_| "1"))
            .filter(|p| !p.is_empty())
            .collect();
        if stem.contains('(') && parts.iter().all(|p| !p.contains(['(', ')'])) {
            return parts.len() >= 2;
        }
        // Letters of any script: an upload keeps the accents of the name
        // it was given ("Sem-título-2048x1365", "Capture-d’écran-…").
        if parts.len() < 2
            || !stem
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '\'' | '’'))
        {
            return false;
        }
        // "0412", or a camera's prefix and counter ("dsc04298"), or
        // WordPress's edited-image stamp ("e1643537152853").
        let digit_run = parts.iter().any(|p| {
            let digits = p.bytes().rev().take_while(u8::is_ascii_digit).count();
            digits >= 4 && p.len() - digits <= 4
        });
        let letters = parts
            .iter()
            .any(|p| p.bytes().any(|b| b.is_ascii_alphabetic()));
        // "featured-image-1": a CMS's numbered copy of a slug.
        let numbered = parts.len() >= 3
            && stem.bytes().all(|b| !b.is_ascii_uppercase())
            && parts
                .last()
                .is_some_and(|p| p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
        let size = numbered
            || parts.iter().any(|p| is_size_suffix(p))
            || parts
                .last()
                .is_some_and(|p| patterns::SIZE_WORDS.contains(p));
        (digit_run && (stem.contains('_') || letters)) || size
    };
    if words.len() == 1 {
        return one_word(words[0]);
    }
    // "Senza titolo.avif", "Sem título.jpg.webp": a name of up to three
    // words that ends in an image file's extension.
    if words.len() <= 3
        && words.last().is_some_and(|w| {
            w.rsplit_once('.').is_some_and(|(stem, ext)| {
                !stem.is_empty()
                    && patterns::IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
            })
        })
    {
        return true;
    }
    // "Screenshot (8).jpeg", "Untitled design (19)": a name of one or two
    // words and the copy number an operating system adds.
    if words.len() <= 3
        && words.last().is_some_and(|w| {
            let w = w
                .rsplit_once('.')
                .filter(|(_, ext)| {
                    patterns::IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
                })
                .map_or(*w, |(stem, _)| stem);
            copy_number(w).is_some()
        })
    {
        return true;
    }
    // A date and a time in file-name form need a dash and a dot; without
    // them only three words or fewer may each be a file name.
    if words.len() > 3 && !(text.contains('-') && text.contains('.')) {
        return false;
    }
    // "at 7.22.52.png": the time with the file's extension, or with the
    // extensions a converter stacks on it ("20.31.09.jpg.webp").
    let words: Vec<&str> = words
        .iter()
        .map(|w| {
            let mut stem = *w;
            while let Some((s, _)) = stem.rsplit_once('.').filter(|(_, ext)| {
                patterns::IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
            }) {
                stem = s;
            }
            stem
        })
        .collect();
    // "Screenshot 2023-05-14 at 10.12.33", "WhatsApp Image 2024-01-02 at
    // 09.15.22 (1)": a dashed date and a dotted time.
    let dashed_date = words.iter().any(|w| {
        let p: Vec<&str> = w.split('-').collect();
        p.len() == 3
            && p[0].len() == 4
            && p.iter()
                .all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()))
    });
    let dotted_time = words.iter().any(|w| {
        let p: Vec<&str> = w.split('.').collect();
        p.len() == 3
            && (1..=2).contains(&p[0].len())
            && p.iter()
                .all(|x| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit()))
    });
    (dashed_date && dotted_time && words.len() <= 8)
        || (words.len() <= 3 && words.iter().all(|w| one_word(w)))
}

/// A camera's file name as the DCF standard (Design rule for Camera File
/// system) has it, with or without its extension: four upper-case
/// characters, letters or `_`, then a four-digit counter ("DSCF3071",
/// "DSCN0042", "MVI_1234", "PICT0007"). Written in capitals, so a word of
/// prose or a product's lower-case code is not one.
fn is_dcf_name(word: &str) -> bool {
    let stem = match word.rsplit_once('.') {
        Some((stem, ext))
            if patterns::IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) =>
        {
            stem
        }
        _ => word,
    };
    let b = stem.as_bytes();
    b.len() == 8
        && b[..4].iter().all(|c| c.is_ascii_uppercase() || *c == b'_')
        && b[..4].iter().filter(|c| c.is_ascii_uppercase()).count() >= 3
        && b[4..].iter().all(u8::is_ascii_digit)
}

/// "(4)": the copy number an operating system gives a file's second copy.
fn copy_number(part: &str) -> Option<u32> {
    let inner = part.strip_prefix('(')?.strip_suffix(')')?;
    (1..=3).contains(&inner.len()).then(|| inner.parse().ok())?
}

/// Whether a short caption is written as one of the page's image file
/// names ("image-9", "Untitled-6" under `untitled-6.jpg`): joined with a
/// dash or an underscore and with a digit, as a file is named, not words;
/// alone or after a one-word label ("Imagen: Untitled-4").
/// In words, it is the title a CMS gave the upload from its file's name
/// when it is that name's one word ("hqdefault") or a few words with a
/// counter ("Artboard 9" under `artboard-9.jpg`).
///
/// A slug of three words or more ("marrow-first-prize"), alone or after a
/// short label ("Foto: marrow-first-prize"), is a file name too when the
/// page's image is named so, with the label or without it: a caption an
/// editor wrote is in words, not joined with dashes.
fn is_own_file_name(text: &str, stems: &[String]) -> bool {
    let n = std::cell::OnceCell::new();
    is_own_file_name_of(text, || n.get_or_init(|| norm(text)).as_str(), stems)
}

/// [`is_own_file_name`] of a text whose normalised form ([`norm`]) `n`
/// gives (a caller that has it built need not build it again; the text
/// and the text trimmed have the same).
fn is_own_file_name_of<'s>(text: &str, n: impl FnOnce() -> &'s str, stems: &[String]) -> bool {
    let text = text.trim();
    // Every test below looks the name up among the stems.
    if text.len() >= 60 || stems.is_empty() {
        return false;
    }
    // Each test below reads a name of one word, or of three words at most
    // with a counter, or one word without whitespace, or a label's colon:
    // a text of more words and no colon passes none, told before it is
    // normalised ([`own_file_name_may_stand`]).
    if !own_file_name_may_stand(text) {
        return false;
    }
    own_file_name_reads(text, n, stems)
}

/// [`is_own_file_name_of`]'s tests of the trimmed text `text`, shorter
/// than 60 bytes, with stems.
fn own_file_name_reads<'s>(text: &str, n: impl FnOnce() -> &'s str, stems: &[String]) -> bool {
    let n_text = n();
    // A name in file-name form ("Untitled-4", "IMG-0042"): one word with a
    // separator and a digit, or with its image extension joined on by a
    // slugger that turned the extension's dot into a dash ("Capture-jpg"
    // from capture.jpg).
    let file_form = |s: &str| {
        !s.contains(char::is_whitespace)
            && s.contains(['-', '_'])
            && (s.contains(|c: char| c.is_ascii_digit()) || has_slugged_extension(s))
    };
    if file_form(text) && stems.iter().any(|s| s == n_text) {
        return true;
    }
    // The upload's title as the CMS makes it from the file's name: its one
    // word as written ("hqdefault" for hqdefault.jpg), or a few words with a counter
    // ("Artboard 9" for artboard-9.jpg, "Untitled design 12"). An editor's
    // caption says more than the name the file was saved under.
    let n = n_text;
    let words = n.split(' ').count();
    let counter = n
        .split(' ')
        .any(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
    // One word is a file's name only as the file writes it: an editor's
    // one-word caption ("Lightbulbs" under lightbulbs.jpg) is capitalised.
    let as_written = words == 1 && text == n;
    // A word with its counter glued on ("Capture40", "DSC0042") is a
    // camera's or a screenshot tool's name, in any case.
    let glued_counter = words == 1
        && n.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && n.bytes().last().is_some_and(|b| b.is_ascii_digit());
    if (as_written || glued_counter || (words <= 3 && counter)) && stems.iter().any(|s| s == n) {
        return true;
    }
    let (label, slug) = match text.split_once(':') {
        Some((label, rest)) if label.split_whitespace().count() == 1 => (Some(label), rest.trim()),
        _ => (None, text),
    };
    // The same after a label ("Imagen: Untitled-4"), the file named with
    // or without it.
    if let Some(l) = label.filter(|_| file_form(slug)) {
        let n = norm(slug);
        if stems.contains(&n) || stems.contains(&format!("{} {n}", norm(l))) {
            return true;
        }
    }
    let parts = slug.split(['-', '_']).filter(|p| !p.is_empty()).count();
    let slug_form = !slug.is_empty()
        && !slug.contains(char::is_whitespace)
        && parts >= 2
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !slug_form {
        return false;
    }
    let slug = norm(slug);
    // A slug of two words alone may be a compound an editor wrote in lower
    // case ("x-ray" under x-ray.jpg); with the label the file is named
    // after too ("Imagen: featured-image" under imagen-featured-image.jpg)
    // the caption spells the whole file name.
    (parts >= SLUG_CAPTION_MIN_PARTS && stems.contains(&slug))
        || label.is_some_and(|l| stems.contains(&format!("{} {slug}", norm(l))))
}

/// Whether the trimmed text `text` may pass one of [`is_own_file_name_of`]'s
/// tests: it holds a `:` (a label's), or fewer than four of its
/// whitespace-separated tokens hold a letter or a digit. Each such token
/// holds a word of the normalised form ([`norm`]'s words are the runs of
/// letters and digits, and whitespace ends a run), so a text of four of
/// them or more normalises to four words or more: no name of one word or
/// of three words with a counter. Two tokens or more are apart by
/// whitespace, which a file-form name and a slug hold none of, and
/// without a colon no label comes off the text.
fn own_file_name_may_stand(text: &str) -> bool {
    memchr::memchr(b':', text.as_bytes()).is_some()
        || text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .nth(3)
            .is_none()
}

/// Dash- or underscore-joined parts of a bare lower-case slug caption at
/// least for [`is_own_file_name`] to take it for the image's file name
/// without its label (a two-part compound is a word an editor may write).
const SLUG_CAPTION_MIN_PARTS: usize = 3;

/// Whether a one-word name ends in an image extension joined on with a
/// dash or an underscore ("Capture-jpg", "photo_png"): the file's name
/// with its extension's dot slugged, as a CMS titles such an upload.
fn has_slugged_extension(word: &str) -> bool {
    word.rsplit_once(['-', '_']).is_some_and(|(stem, ext)| {
        !stem.is_empty() && patterns::IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
    })
}

/// "1024x683", "300x200": a CMS rendition's size.
fn is_size_suffix(part: &str) -> bool {
    part.split_once('x').is_some_and(|(w, h)| {
        (2..=5).contains(&w.len())
            && (2..=5).contains(&h.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && h.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether a short block (at most [`SHORT_BLOCK`] bytes, no quoted
/// speech) gives an e-mail address at the site's own host (see
/// [`speaks_to_reader`]): the text of a box about the site, under its
/// title.
fn box_text_gives_own_address(inline: &Inline, host: Option<&str>) -> bool {
    let text = inline.text.as_str();
    if text.len() > SHORT_BLOCK || !text.contains('@') {
        return false;
    }
    let lower = text.to_lowercase();
    !has_any_char(&lower, QUOTES) && speaks_to_reader(text, &lower, host).1
}

/// A short line that is one link to another page of the site, perhaps
/// after a label ("Read also: <a>Another post</a>"): a teaser of another
/// post set between the paragraphs.
/// Returns the linked share of its text.
fn own_link_line(inline: &Inline, host: Option<&str>) -> Option<f32> {
    let host = host?;
    let len = inline.text.len();
    if len >= 200 || inline.text.contains('\n') {
        return None;
    }
    let (href, start, end) = only_link(inline)?;
    let u = Url::parse(href).ok()?;
    // Another article of the site: a path of its own, not the home page.
    let own_page = !other_host(Some(host), &u) && u.path().len() > 1;
    let label = inline.text.get(..start).unwrap_or("").trim();
    let tail = inline.text.get(end..).unwrap_or("").trim();
    (own_page
        && (end - start) * 10 >= len * OWN_LINK_MIN_TENTHS
        && label.split_whitespace().count() <= 4
        && tail.len() <= 3)
        .then(|| (end - start) as f32 / len.max(1) as f32)
}

/// Colons that close a label ("Source:", "あわせて読みたい：", "相关阅读："):
/// the ASCII one, the full-width one Chinese and Japanese text sets
/// (U+FF1A), and the small and vertical presentation forms.
pub(super) const LABEL_COLONS: [char; 4] = [':', '\u{FF1A}', '\u{FE55}', '\u{FE13}'];

/// Whether a line's only link follows a label ending in a colon ("See
/// also: <title>"): a pointer to another post, whatever the language.
fn labelled_link(inline: &Inline) -> bool {
    only_link(inline).is_some_and(|(_, start, _)| {
        let label = inline.text.get(..start).unwrap_or("").trim_end();
        label.ends_with(LABEL_COLONS) && label.chars().any(char::is_alphabetic)
    })
}

/// A short block made mostly of two or more links to the site's own pages:
/// a "popular posts" or menu fragment. A block of `<br>` lines with a line
/// of text between two linked ones is none
/// ([`unlinked_line_between_links`]).
/// Returns its links and their share of its text.
fn own_link_list(inline: &Inline, host: Option<&str>) -> Option<(usize, f32)> {
    let host = host?;
    if inline.text.len() >= 200 {
        return None;
    }
    let mut links = 0;
    let mut covered = 0;
    for m in &inline.marks {
        if let MarkKind::Link { href } = &m.kind {
            let own = Url::parse(href).is_ok_and(|u| !other_host(Some(host), &u));
            if !own {
                return None;
            }
            links += 1;
            covered += m.end.saturating_sub(m.start);
        }
    }
    if links < 2 || covered * 10 < inline.text.len() * OWN_LINK_MIN_TENTHS {
        return None;
    }
    if inline.text.contains('\n') && unlinked_line_between_links(inline) {
        return None;
    }
    Some((links, covered as f32 / inline.text.len().max(1) as f32))
}

/// Whether a block printed as lines (`<br>`s) holds a line without a link
/// between two lines with one: a list of links runs link after link (a
/// title may head it, a "more" line close it), so a line of text standing
/// between two pointers (a subheading among "Related: …" lines) is the
/// article's, and the block is no list to drop whole
/// (`links.own-link-list`): its lines are judged one by one. So is a
/// line after the last link that is bold from end to end (`<b>`, `<strong>`):
/// the subheading of the next section, written between `<br>`s with the
/// pointers above it, not a list's "more" line. And so is a bold line
/// right above the first link line when every link line carries a label
/// of its own before its link ("Read also: <a>…</a>", "See <a>…</a>"):
/// such pointers need no title, each names itself, so the bold line is
/// the subheading of the section they were dropped into, not the title of
/// a list (a list's title heads bare links).
fn unlinked_line_between_links(inline: &Inline) -> bool {
    let marked = |(s, e): (usize, usize), link: bool| {
        inline.marks.iter().any(|m| {
            if link {
                matches!(m.kind, MarkKind::Link { .. }) && m.start < e && m.end > s
            } else {
                m.kind == MarkKind::Strong && m.start <= s && m.end >= e
            }
        })
    };
    let spans = line_spans(&inline.text);
    let lines: Vec<bool> = spans.iter().map(|&l| marked(l, true)).collect();
    let (Some(first), Some(last)) = (
        lines.iter().position(|&l| l),
        lines.iter().rposition(|&l| l),
    ) else {
        return false;
    };
    // Whether the line's first link follows unlinked words of its own.
    let labelled = |(s, e): (usize, usize)| {
        inline
            .marks
            .iter()
            .filter(|m| matches!(m.kind, MarkKind::Link { .. }) && m.start >= s && m.start < e)
            .map(|m| m.start)
            .min()
            .and_then(|start| inline.text.get(s..start))
            .is_some_and(|label| label.chars().any(char::is_alphabetic))
    };
    let heads_labelled_pointers = first > 0
        && marked(spans[first - 1], false)
        && (first..=last).all(|k| !lines[k] || labelled(spans[k]));
    lines[first..last].iter().any(|&l| !l)
        || spans[last + 1..].iter().any(|&l| marked(l, false))
        || heads_labelled_pointers
}

/// Whether a block's text may hold what [`judge_inline`] reads a block
/// longer than a short one at the edge for: a legal notice
/// ([`patterns::LEGAL_NOTICES`], read in the lower-cased text) or a
/// disclaimer's label opening it ([`patterns::DISCLAIMER_LABELS`]).
/// Each of those phrases holds a run of ASCII bytes without a space (its
/// longest: "reserved", "commission", "disclaimer:"), which lower-casing
/// and collapsing the whitespace ([`collapse_lower`]) copy from the text
/// as they stand but for the case of its letters: the text holds that
/// run in any case wherever the phrase is. Where a letter beyond ASCII
/// has another lower case (Kelvin's K lower-cases to an ASCII `k`), or a
/// phrase has no such run, the text may hold one.
fn may_hold_legal(text: &str) -> bool {
    static RUNS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            let runs: Option<Vec<String>> = patterns::LEGAL_NOTICES
                .iter()
                .chain(patterns::DISCLAIMER_LABELS)
                .map(|p| {
                    p.split(' ')
                        .filter(|w| !w.is_empty() && w.is_ascii())
                        .max_by_key(|w| w.len())
                        .map(str::to_ascii_lowercase)
                })
                .collect();
            // Leftmost matches: the kind a packed prefilter serves.
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(runs?)
                .ok()
        });
    // Searched in the text with its ASCII letters folded (one copy): the
    // searcher's prefilter then skips most of it.
    match RUNS.as_ref() {
        Some(runs) => folds_beyond_ascii(text) || runs.is_match(&text.to_ascii_lowercase()),
        None => true,
    }
}

/// The first notice of a block that is the site's legal small print (an affiliate
/// disclosure, a rights notice, a reprint credit): two phrases of
/// [`patterns::LEGAL_NOTICES`] and [`patterns::LEGAL_PHRASES`], at least
/// one a notice (not just "privacy policy" and "terms of service", which
/// an article about them names). `lower` is the block lower-cased with its
/// whitespace collapsed.
fn legal_notice(lower: &str) -> Option<&'static str> {
    // One pass for both lists (no phrase contains another, so the
    // leftmost matches are every phrase present). A contiguous NFA, not
    // the DFA the builder picks for so few phrases: it is searched only in
    // the blocks [`Families::of`] says hold a notice, and building the DFA
    // cost more than all those searches (the matches are the same for
    // every kind).
    static PHRASES: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(
                    patterns::LEGAL_NOTICES
                        .iter()
                        .chain(patterns::LEGAL_PHRASES),
                )
                .ok()
        });
    let Some(ac) = PHRASES.as_ref() else {
        let mut strong = patterns::LEGAL_NOTICES
            .iter()
            .filter(|p| lower.contains(*p));
        let first = strong.next()?;
        let weak = patterns::LEGAL_PHRASES
            .iter()
            .filter(|p| lower.contains(*p))
            .count();
        return (1 + strong.count() + weak >= 2).then_some(first);
    };
    let mut seen = 0u64;
    for m in ac.find_iter(lower) {
        seen |= 1 << (m.pattern().as_usize() % 64);
    }
    let strong = seen & ((1 << patterns::LEGAL_NOTICES.len()) - 1);
    // The first notice of the list that the block holds.
    let first = patterns::LEGAL_NOTICES.get(strong.trailing_zeros() as usize)?;
    (strong != 0 && seen.count_ones() >= 2).then_some(*first)
}

/// Whether a short block is the site's note about the post ("This article
/// was generated automatically from a feed and not reviewed by our
/// editors"): one sentence that opens naming the post
/// ([`patterns::POST_SELF_REFERENCES`]) and in which the site speaks of
/// itself ([`patterns::SELF_WORDS`]).
fn is_post_note(text: &str, lower: &str) -> Option<&'static str> {
    if lower.len() >= SHORT_BLOCK {
        return None;
    }
    let opening = prefixes::POST_SELF_REFERENCES.find(lower)?;
    (sentence_spans(text).len() == 1
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| patterns::SELF_WORDS.contains(&w)))
    .then_some(opening)
}

/// The characters a meta line does not end with ([`is_meta_line`]): a
/// sentence's or a label's end.
const META_LINE_NOT_ENDING: [char; 6] = ['.', '!', '?', ':', ';', ','];

/// [`is_meta_line`]'s test of the line's last character: a line ending a
/// sentence is no meta line. Told before [`unglue`] is run: the line
/// it gives ends with the same character (it only sets words apart).
fn may_be_meta_line(line: &str) -> bool {
    !line.ends_with(META_LINE_NOT_ENDING)
}

/// Words a theme's meta line holds at most ([`is_meta_line`]).
const META_LINE_WORDS: usize = 16;

/// Whether a lower-cased short line is a theme's post meta line: a date
/// (a month's name beside a number, or a numeric date, spaced or not) among a few words
/// that end no sentence ("Por Equipo editorial 28 febrero 2024 · 5 min de
/// lectura", "Rédigé par News Desk · 20/12/2023 · 6 min de lecture",
/// "News 13 December 2024 Last updated: 13 December 2024").
fn is_meta_line(lower: &str) -> bool {
    if lower.len() >= 140 || !may_be_meta_line(lower) {
        return false;
    }
    // A date in a web address is the address's (a story's path,
    // "/2023/07/02/…"), not the line's: a credit's bare link under a short
    // sentence states no day of the post. The line is read without its
    // addresses.
    let is_address = |w: &str| w.contains("://") || w.starts_with("www.");
    let sans_addresses;
    let lower = if lower.split_whitespace().any(is_address) {
        sans_addresses = lower
            .split_whitespace()
            .filter(|w| !is_address(w))
            .collect::<Vec<_>>()
            .join(" ");
        sans_addresses.as_str()
    } else {
        lower
    };
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '·' || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > META_LINE_WORDS || words.len() < 2 {
        return false;
    }
    let number = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        is_month(w)
    };
    let numeric_date = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit() || b"/-.".contains(&b))
            && w.bytes().filter(|b| b"/-.".contains(b)).count() >= 2
            && w.bytes().filter(u8::is_ascii_digit).count() >= 4
    };
    // Few words of prose: a label, a name, "min read", "views"; the "By"
    // that opens a byline is no word of prose, nor the participle before
    // it ("Written by", "Rédigé par", "Escrito por").
    let byline = words
        .iter()
        .take(2)
        .position(|w| patterns::BYLINE_WORDS.contains(w))
        .map_or(0, |i| i + 1);
    // Each word is told a month's name once (the checks below read it
    // up to three times; the name lists are searched word by word).
    // At most [`META_LINE_WORDS`] words (told above).
    let (mut months, mut numbers) = ([false; META_LINE_WORDS], [false; META_LINE_WORDS]);
    for ((w, m), n) in words.iter().zip(&mut months).zip(&mut numbers) {
        *m = month(w);
        *n = number(w);
    }
    let prose = words
        .iter()
        .zip(&months)
        .skip(byline)
        .filter(|(w, m)| !number(w) && !**m && w.chars().any(char::is_alphabetic))
        .count();
    if prose > 6 {
        return false;
    }
    words.iter().any(|w| numeric_date(w))
        || (1..words.len()).any(|i| {
            (months[i - 1] && numbers[i]) || (numbers[i - 1] && months[i])
        })
        // A numeric date written with spaces after its separators, as
        // Central European pages write it ("5. 05. 2024"): the date
        // reader's tokens, not the line's words.
        || crate::metadata::dates::holds_date(lower)
}

/// Whether a lower-cased line is only a date stamp, or what is left of a
/// byline whose names were links the page marked as boilerplate ("by and
/// on december 21, 2023 at 3:53pm pst"): every word a date or time part
/// or the glue between them, with a number and a month, a weekday or a
/// numeric date ("12/23/2023"); the glue is [`patterns::DATE_STAMP_WORDS`].
/// A bare number ("102") is no date.
fn is_date_stamp(lower: &str) -> bool {
    use crate::metadata::dates::{is_month_word, is_weekday_word};
    let (mut number, mut date) = (false, false);
    let all = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let digits = w.chars().any(|c| c.is_ascii_digit());
            number |= digits;
            let numeric_date = w.chars().all(|c| c.is_ascii_digit() || "/-.".contains(c))
                && w.chars().filter(|c| "/-.".contains(*c)).count() >= 2;
            let named = is_month_word(w.trim_end_matches('.')) || is_weekday_word(w);
            date |= named || numeric_date;
            digits || named || patterns::DATE_STAMP_WORDS.contains(&w)
        });
    all && number && date
}

/// Whether a short block is a widget's line (chat, cookies, newsletter,
/// share).
fn is_widget_line(text: &str, edge: bool) -> Option<Fired<'static>> {
    // Lower-casing shrinks a text at most threefold (KELVIN SIGN → k).
    if text.len() >= 3 * WIDGET_LINE {
        return None;
    }
    is_widget_lower(&text.to_lowercase(), edge, Families::ALL)
}

/// [`is_widget_line`] of a text already lower-cased; its phrases are
/// looked for only when `families` says the text may hold one.
fn is_widget_lower(lower: &str, edge: bool, families: Families) -> Option<Fired<'static>> {
    if lower.len() >= WIDGET_LINE || (!edge && lower.len() >= 120) {
        return None;
    }
    // One pass for all phrases, not one search per phrase; a contiguous
    // NFA (searched only where [`Families::of`] finds a widget phrase,
    // cheaper to build than a DFA; the matches are the same).
    static PHRASES: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(patterns::WIDGET_PHRASES)
                .ok()
        });
    let phrase = match PHRASES.as_ref() {
        _ if !families.has(families::WIDGET) => None,
        Some(ac) => ac
            .find(lower)
            .and_then(|m| patterns::WIDGET_PHRASES.get(m.pattern().as_usize())),
        None => patterns::WIDGET_PHRASES.iter().find(|p| lower.contains(*p)),
    };
    if let Some(p) = phrase {
        return Some(Fired::List(patterns::WIDGET_PHRASES, p));
    }
    // "👋 Hi, how are you?" — a greeting bubble: short and asking or
    // exclaiming (told before the greetings are compared).
    if !(lower.len() < 80 && (lower.contains('?') || lower.contains('!'))) {
        return None;
    }
    let bare = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let greeting = crate::rules::GREETINGS.iter().find(|g| {
        bare.strip_prefix(*g)
            .is_some_and(|r| r.starts_with([',', '!', ' ', '.']))
    })?;
    Some(Fired::List(crate::rules::GREETINGS, greeting))
}

/// If `text` opens with an image file-name slug, the byte length to cut:
/// the whole text when the rest is empty, the title or a short caption.
fn slug_caption(text: &str, title: &str, stems: &[String]) -> Option<usize> {
    let mut run_end = 0usize;
    let mut words = Vec::new();
    let mut long_digits = false;
    let mut dims = false;
    for (start, tok) in token_spans(text) {
        let slugish = tok.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        }) && !tok.ends_with('.');
        if !slugish {
            break;
        }
        for part in tok.split(['-', '_', '.']).filter(|p| !p.is_empty()) {
            let digits = part.bytes().filter(u8::is_ascii_digit).count();
            if digits >= 6 && digits == part.len() {
                long_digits = true;
            }
            if let Some((w, h)) = part.split_once('x') {
                if w.len() >= 2
                    && h.len() >= 2
                    && (w.to_owned() + h).bytes().all(|b| b.is_ascii_digit())
                {
                    dims = true;
                }
            }
            words.push(part.to_string());
        }
        run_end = start + tok.len();
    }
    if words.len() < 2 {
        return None;
    }
    let run = words.join(" ");
    let stem_match = stems
        .iter()
        .any(|s| s.len() >= 8 && (s == &run || s.starts_with(&run) || run.starts_with(s.as_str())));
    let renditions = words
        .iter()
        .filter(|w| patterns::SLUG_WORDS.contains(&w.as_str()))
        .count();
    let slug = stem_match
        || ((long_digits || dims) && (words.len() >= 3 || run_end == text.len()))
        || (renditions >= 2
            && words.len() >= 4
            && words.iter().any(|w| w.bytes().all(|b| b.is_ascii_digit())));
    if !slug {
        return None;
    }
    let rest = text[run_end..].trim();
    let rest_norm = norm(rest);
    if rest.is_empty()
        || (!title.is_empty() && (rest_norm == title || rest_norm.starts_with(title)))
        || rest.len() < 150
    {
        return Some(text.len());
    }
    Some(run_end)
}

/// Whitespace-separated tokens with their byte offsets.
fn token_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |t| {
        let start = t.as_ptr() as usize - text.as_ptr() as usize;
        (start, t)
    })
}

/// Removes the first `cut` bytes (and following whitespace) of a block,
/// shifting its marks.
fn cut_front(inline: &mut Inline, cut: usize) {
    let Some(rest) = inline.text.get(cut..) else {
        return;
    };
    let trimmed = rest.trim_start();
    let shift = inline.text.len() - trimmed.len();
    let text = trimmed.to_string();
    inline.marks.retain_mut(|m| {
        if m.end <= shift {
            return false;
        }
        m.start = m.start.saturating_sub(shift);
        m.end -= shift;
        true
    });
    inline.text = text;
}

/// A link's own text that opens with a marker phrase of two or more words
/// (not a weak one): "Continue reading on Outlet →", "Click here to read
/// the full article", "Read the original article at Outlet".
fn is_marker_link_text(lower: &str) -> bool {
    // The first words of those phrases, once: most links (menus,
    // headlines) open with none of them and cost one lookup.
    // With, by first byte, the lengths of those words ([`word_lengths`]'s
    // bits, the last bit for 63 bytes and more): a word of another length
    // is none of them, told without a search.
    let lower = lower.trim_start();
    let (first, lengths) = marker_first_words();
    let Some(&lead) = lower.as_bytes().first() else {
        return false;
    };
    let bytes = lower.as_bytes();
    let scan = bytes.len().min(63);
    // ASCII whitespace told by the byte, the rest by `space_len` where a
    // byte may open a space ([`MAY_OPEN_SPACE`]).
    let space = bytes[..scan].iter().enumerate().position(|(i, &b)| {
        if b < 0x80 {
            b == b' ' || (b'\t'..=b'\r').contains(&b)
        } else {
            MAY_OPEN_SPACE[usize::from(b)] && space_len(&bytes[i..]) > 0
        }
    });
    if lengths[usize::from(lead)] & (1 << space.unwrap_or(scan)) == 0 {
        return false;
    }
    // The first word ends where the space found starts (a character
    // boundary), or is the whole text when none was found in all of it.
    let word = match space {
        Some(end) => lower.get(..end),
        None if bytes.len() <= 63 => Some(lower),
        None => lower.split_whitespace().next(),
    };
    // Compared with the first words of its own first byte only.
    if !word.is_some_and(|w| first[usize::from(lead)].contains(&w)) {
        return false;
    }
    marker_prefixes_of(lower).any(|p| {
        lower.starts_with(p)
            && p.trim_end().contains(' ')
            && p != "the post "
            && !patterns::WEAK_MARKERS.contains(&p)
    })
}

/// The first words of the marker prefixes by their first byte, and by
/// first byte the lengths of those words ([`word_lengths`]'s bits, the last
/// bit for 63 bytes and more): [`is_marker_link_text`]'s first test.
pub(super) fn marker_first_words() -> &'static (Vec<Vec<&'static str>>, Vec<u64>) {
    type FirstWords = (Vec<Vec<&'static str>>, Vec<u64>);
    static FIRST_WORDS: std::sync::OnceLock<FirstWords> = std::sync::OnceLock::new();
    FIRST_WORDS.get_or_init(|| {
        let mut words: Vec<&'static str> = marker_prefixes()
            .filter_map(|p| p.split_whitespace().next())
            .collect();
        words.sort_unstable();
        words.dedup();
        let mut by_lead = vec![Vec::new(); 256];
        let mut lengths = vec![0u64; 256];
        for w in &words {
            if let Some(&b) = w.as_bytes().first() {
                lengths[usize::from(b)] |= 1 << w.len().min(63);
                by_lead[usize::from(b)].push(*w);
            }
        }
        (by_lead, lengths)
    })
}

/// Link texts of plugins' "source" links.
fn is_source_link_text(lower: &str) -> bool {
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        bare,
        "source link"
            | "source"
            | "go to source"
            | "original source"
            | "view source"
            | "visit source"
            | "original article"
            | "read the original article"
            | "view original"
            | "view original article"
            | "read the full article"
            | "read full article"
            | "read the full story"
            | "quelle"
            | "zur quelle"
            | "fuente"
            | "fonte"
            | "enlace de la fuente"
            | "link da fonte"
            | "lien source"
            | "zur quelle wechseln"
            | "ir a la fuente"
            | "voir la source"
            | "aller à la source"
            | "vai alla fonte"
            | "ir para a fonte"
            | "naar de bron"
            | "nota original"
            | "ver nota original"
            | "matéria original"
            | "artigo original"
            | "articolo originale"
            | "originalartikel"
            | "artículo original"
    )
}

/// The host's own label, lowercase alphanumerics only: the label before
/// the public suffix ("news.digital-marketing-aganecy.co.uk" gives
/// "digitalmarketingaganecy"). `None` when shorter than 5 letters (too
/// likely to be a word of prose).
fn host_brand(host: &str) -> Option<String> {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let (tld, body) = labels.split_last()?;
    let mut body = body;
    // "example.co.uk": a generic second level under a country code.
    if tld.len() == 2 {
        if let Some((second, rest)) = body.split_last() {
            if !rest.is_empty()
                && ["co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"].contains(second)
            {
                body = rest;
            }
        }
    }
    let label: String = body
        .last()?
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (label.len() >= 5).then_some(label)
}

/// The elements [`collect`]'s walk reads for themselves, told by their
/// interned names (an atom compare, not a string's).
enum WalkTag {
    Meta,
    Title,
    Img,
    Link,
    Other,
}

impl WalkTag {
    /// `amp_img` is the interned name "amp-img" (no name of the parser's
    /// own set): compared as an atom too.
    fn of(tag: &html5ever::LocalName, amp_img: &html5ever::LocalName) -> Self {
        if *tag == local_name!("a") {
            WalkTag::Link
        } else if *tag == local_name!("img") || tag == amp_img {
            // AMP's image element is an image (`tag.rs` reads it so).
            WalkTag::Img
        } else if *tag == local_name!("meta") {
            WalkTag::Meta
        } else if *tag == local_name!("title") {
            WalkTag::Title
        } else {
            WalkTag::Other
        }
    }
}

/// Whether `text` opens with the content naming itself
/// (`notice.content-subject`: "This article", "Dieser Artikel", "Cet
/// article"), a whole phrase: a line about the post, not about an image
/// it may stand under.
fn opens_with_content_subject(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    // The subjects are short: only the line's opening is lowered.
    let head: String = t.chars().take(32).flat_map(char::to_lowercase).collect();
    crate::rules::notices::notice_patterns("notice.content-subject")
        .iter()
        .any(|s| {
            head.strip_prefix(s)
                .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        })
}

/// Rule `collect.outside-chrome` (concept: scope of the page walk's
/// credit checks): the checks that look for the article's source and its
/// boxes -- source and credit links, credit lines naming an outlet
/// without a link, call and signup boxes -- read elements outside the
/// site's navigation chrome, whose subtree this tells at its open tag: a
/// `<nav>` or `role="navigation"`, a menu or search box (`role="menu"`,
/// `"menubar"`, `"search"`), a `<select>`'s options, and the page's
/// banner, footer and sidebar (a `<header>`, `<footer>` or `<aside>`
/// outside any sectioning element, as HTML maps them to landmarks, or
/// `role="banner"` / `role="contentinfo"`; `role="complementary"` outside
/// any sectioning element). `in_section` is whether a sectioning element
/// ([`brand::is_sectioning`]) is open around the element.
///
/// Note: a republished post's credit stands in or beside the post, never
/// in the site's menus or page footer, whose links to other hosts (the
/// group's other titles, a partner's logo, the app stores) named false
/// sources. The site's own names (logo, tagline, `og:site_name`,
/// `<title>`) are read everywhere: the banner is where they stand. An
/// `<aside>` inside a post or a section stays in scope (a post's box
/// beside its text may be its credit box: families4 lost 26 of 480
/// compositions when every `<aside>` was out), and so do class words (a
/// page builder's wrappers and a related-posts or share box may hold the
/// credit: the base draw lost 100 to 200 of 2,000).
fn opens_chrome(tag: &html5ever::LocalName, role: Option<&str>, in_section: bool) -> bool {
    let landmark = |r: &str| {
        [
            "navigation",
            "banner",
            "contentinfo",
            "menu",
            "menubar",
            "search",
        ]
        .iter()
        .any(|l| r.eq_ignore_ascii_case(l))
            || (!in_section && r.eq_ignore_ascii_case("complementary"))
    };
    *tag == local_name!("nav")
        || *tag == local_name!("select")
        || (!in_section
            && (*tag == local_name!("header")
                || *tag == local_name!("footer")
                || *tag == local_name!("aside")))
        || role.is_some_and(landmark)
}

/// Bytes of text that make an element a paragraph of prose.
const PROSE_BYTES: usize = 100;

/// Whether `node` is a paragraph of prose: a `<p>`, or a wrapper of one
/// paragraph (a block editor's section), not a box of related posts or
/// the comments, holding [`PROSE_BYTES`] of text at least.
fn is_prose(node: ego_tree::NodeRef<'_, scraper::Node>) -> bool {
    let paragraph = |e: ElementRef<'_>| {
        let mut e = e;
        for _ in 0..3 {
            if e.value().name() == "p" {
                return true;
            }
            let mut kids = e.children().filter_map(ElementRef::wrap);
            match (kids.next(), kids.next()) {
                (Some(only), None) => e = only,
                _ => return false,
            }
        }
        false
    };
    ElementRef::wrap(node)
        .filter(|e| paragraph(*e))
        .is_some_and(|e| {
            let mut len = 0;
            for piece in e.text() {
                len += piece.trim().len();
                if len >= PROSE_BYTES {
                    return true;
                }
            }
            false
        })
}

/// Whether a paragraph of prose ([`is_prose`]) follows the block `el`
/// among the next few elements beside it (or beside its nearest ancestor
/// that has elements after it, three levels up at most): a line with
/// none after it closes the post's prose, as the last text block of a
/// post does.
pub(super) fn prose_follows(el: ElementRef<'_>) -> bool {
    let mut node = *el;
    for _ in 0..3 {
        let mut after = node
            .next_siblings()
            .filter(|n| n.value().is_element())
            .take(3)
            .peekable();
        if after.peek().is_some() {
            return after.any(is_prose);
        }
        match node.parent() {
            Some(p) => node = p,
            None => return false,
        }
    }
    false
}

/// Whether an element has a paragraph of prose before it and two after it
/// among its siblings (or its ancestors' siblings, up to three levels,
/// while it stands alone): it is in the middle of the post.
fn between_prose(el: ElementRef<'_>) -> bool {
    let prose = is_prose;
    let mut node = *el;
    for _ in 0..3 {
        let before = node
            .prev_siblings()
            .filter(|n| n.value().is_element())
            .take(3);
        let after = node
            .next_siblings()
            .filter(|n| n.value().is_element())
            .take(3);
        let (mut b, mut a) = (0, 0);
        let mut any = false;
        for n in before {
            any = true;
            b += usize::from(prose(n));
        }
        for n in after {
            any = true;
            a += usize::from(prose(n));
        }
        // Two paragraphs after it: a note or a disclaimer may follow a
        // credit at the post's tail.
        if b >= 1 && a >= 2 {
            return true;
        }
        if any {
            return false;
        }
        match node.parent() {
            Some(p) => node = p,
            None => return false,
        }
    }
    false
}

/// Whether a link's text may be the headline
/// ([`story_link::titled_with_headline`], the first test of
/// [`credit_lines::titled_story_credit`]): it has
/// [`story_link::MIN_SHARED_WORDS`] words, and each of its words is one of
/// the title's (`title_words`, read once a page) — what that test asks, the
/// title's words looked up, not read again for each link.
fn may_be_titled(text: &str, title_words: &[String]) -> bool {
    text.split_whitespace()
        .nth(story_link::MIN_SHARED_WORDS - 1)
        .is_some()
        && story_link::words_among(text, title_words)
}

/// Whether the raw href whose [`slug_region`] is `region` may lead, once
/// parsed, to an address whose slug holds [`story_link::MIN_SHARED_WORDS`] `- 1` words of
/// [`story_link::MIN_WORD_CHARS`] letters (what
/// [`story_link::story_link_line`] asks of a link's slug first): a
/// necessary condition, told without the URL parser. Each such word of the
/// parsed path holds a run of at least two ASCII letters of the href of
/// its own (percent-encoding puts at most two hex letters before one), and
/// the slug, the last path segment with a letter, lies at or after the
/// href's last segment with an ASCII letter. Where the parser may move
/// the path's pieces (tabs and line breaks dropped, dot segments removed)
/// or the authority is not plain `http(s)://host`, the runs of everything
/// before the query are counted.
fn slug_region_holds_words(region: &[u8]) -> bool {
    region
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|run| run.len() + 2 >= story_link::MIN_WORD_CHARS)
        .nth(story_link::MIN_SHARED_WORDS - 2)
        .is_some()
}

/// Whether the raw href's [`slug_region`] `region` holds the page's own
/// slug `slug` (a [`story_link::story_slug`]: lower case, `-` joints) in
/// any ASCII case, `_` for `-`: a necessary condition of its parsed
/// address's slug being the page's, told without the URL parser.
fn region_holds_slug(region: &[u8], slug: &str) -> bool {
    let slug = slug.as_bytes();
    !slug.is_empty()
        && region.windows(slug.len()).any(|w| {
            w.iter()
                .zip(slug)
                .all(|(a, b)| a.to_ascii_lowercase() == *b || (*a == b'_' && *b == b'-'))
        })
}

/// The bytes of the raw `href` its parsed address's slug lies in
/// ([`slug_region_holds_words`]): from the last segment with an ASCII letter
/// to the query of a plain `http(s)://host` href, else everything before
/// the query.
fn slug_region(href: &str) -> &[u8] {
    let bytes = href.trim().as_bytes();
    let end = memchr::memchr2(b'?', b'#', bytes).unwrap_or(bytes.len());
    let before = &bytes[..end];
    // Each test finds its bytes by `memchr`: most hrefs hold none of them.
    let plain = memchr::memchr3(b'\t', b'\n', b'\r', before).is_none()
        && !memchr::memchr_iter(b'.', before).any(|i| before.get(i + 1) == Some(&b'.'))
        && !memchr::memchr_iter(b'%', before).any(|i| {
            before.get(i + 1) == Some(&b'2')
                && before
                    .get(i + 2)
                    .is_some_and(|b| b.eq_ignore_ascii_case(&b'e'))
        });
    let scheme = ["https://", "http://"].iter().find(|s| {
        before
            .get(..s.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(s.as_bytes()))
    });
    let slash = |b: &u8| *b == b'/' || *b == b'\\';
    match scheme {
        Some(s) if plain => {
            let rest = &before[s.len()..];
            let path = rest
                .iter()
                .position(slash)
                .map_or(&rest[..0], |i| &rest[i..]);
            let start = path
                .iter()
                .rposition(u8::is_ascii_alphabetic)
                .and_then(|i| path[..i].iter().rposition(slash))
                .map_or(0, |i| i + 1);
            &path[start..]
        }
        _ => before,
    }
}

/// Whether the block around a link credits the software ("Powered by
/// Blogger", "Theme by …").
fn powered_by(link: ElementRef<'_>) -> bool {
    let Some(parent) = link.parent().and_then(ElementRef::wrap) else {
        return false;
    };
    short_text(parent, SHORT_BLOCK).is_some_and(|t| {
        let t = t.to_lowercase();
        patterns::SOFTWARE_CREDITS.iter().any(|p| t.contains(p))
    })
}

/// The short block around a link (its nearest ancestor with text of its
/// own around the link), when it reads as a credit line, or as a note that
/// a machine made the post from the page the link leads to
/// ([`notices::made_from_link`]).
///
/// `link_text` is the link's own [`short_text`]; an image's link (a
/// product card's, empty) says nothing of the text around. `blocks`
/// holds what was read of each ancestor for earlier links: the links of a
/// list or a menu share their ancestors, whose text is read once.
fn credit_block<'a>(
    link: ElementRef<'a>,
    link_text: &str,
    blocks: &mut BlockTexts,
) -> Option<ElementRef<'a>> {
    let link_len = link_text.len();
    if link_len == 0 {
        return None;
    }
    // The element whose text is the link's: the link, then each wrapper
    // around it alone ([`wraps_alone`]); and the raw bytes the wrappers
    // add to the link's.
    let (mut sole, mut added) = (*link, 0);
    let mut node = link.parent();
    // Whether the link's text is among the pieces of the element read: no
    // element from the link up to it hides its text ([`hides_text`]; the
    // wrappers [`wraps_alone`] passes hide none).
    let mut link_shown = true;
    for _ in 0..3 {
        let el = node.and_then(ElementRef::wrap)?;
        // A wrapper of the link alone (a menu's `<li>`) reads as the link's
        // text while its raw text stays short: not longer than the link's,
        // so the block is further up, told without reading it.
        if let Some(space) = wraps_alone(el, sole) {
            // A block's own spacing around it: two pieces of one byte.
            added += space + if sole == *link { 0 } else { 2 };
            if added <= WRAPPER_SPACE {
                sole = *el;
                node = el.parent();
                continue;
            }
        }
        link_shown &= !hides_text(&el.value().name.local);
        // Room for a page's blocks up front: the map is not regrown link
        // by link.
        if blocks.capacity() == 0 {
            blocks.reserve(BLOCK_TEXTS_ROOM);
        }
        let block = blocks
            .entry(el.id())
            .or_insert_with(|| {
                // Its own text nodes past [`SHORT_BLOCK`] bytes, or with the
                // link's text (whose collapsed bytes its raw ones are at
                // least) past them: its raw text is, and `short_text` is
                // `None`, told without reading its descendants.
                let own: usize = el
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| t.len()))
                    .sum();
                let past = own > SHORT_BLOCK || (link_shown && own + link_len > SHORT_BLOCK);
                // The text is kept: room for the longest (its collapsed
                // bytes are at most its raw ones) up front, not regrown.
                let mut text = String::new();
                (!past && {
                    text.reserve(SHORT_BLOCK);
                    short_text_into(el, SHORT_BLOCK, &mut text)
                })
                .then(|| BlockText::new(text))
            })
            .as_mut()?;
        if block.len > link_len + 1 {
            return ((block.is_marker() || block.made_from(link_text))
                && !own_line_after_sentence(sole)
                && !own_line_speaks_as_site(sole, link_text))
            .then_some(el);
        }
        node = el.parent();
    }
    None
}

/// Whether `sole` (a link, or the wrappers of it alone) is a block of its
/// own right after a block that closes a sentence ("Reprinted from
/// Outlet.", then a button row): the credit's line ended before the link,
/// which stands on a line of its own and is not the credit's. A label
/// ("Source:") or an unfinished line ("Originally published by") before
/// the link's block still leads to it.
fn own_line_after_sentence(sole: ego_tree::NodeRef<'_, scraper::Node>) -> bool {
    let Some(e) = sole.value().as_element() else {
        return false;
    };
    if !crate::guard::is_block_name(e.name().as_bytes()) {
        return false;
    }
    // The nearest shown node before it: text between the two blocks
    // joins them in one line.
    let prev = sole.prev_siblings().find(|n| match n.value() {
        scraper::Node::Text(t) => !t.trim().is_empty(),
        scraper::Node::Element(_) => true,
        _ => false,
    });
    let Some(prev) = prev.and_then(ElementRef::wrap) else {
        return false;
    };
    crate::guard::is_block_name(prev.value().name().as_bytes())
        && short_text(prev, SHORT_BLOCK).is_some_and(|t| {
            t.trim_end_matches(['"', '\u{201d}', ')'])
                .chars()
                .next_back()
                .is_some_and(crate::text::closes_sentence)
        })
}

/// Whether `sole` (a link, or the wrappers of it alone) is a block of its
/// own whose text (`link_text`, the link's) speaks as the site, in the
/// first person ([`patterns::SELF_WORDS`]: "Add us as a preferred
/// source", "Follow our channel"): a button of the site's own under the
/// credit's line, not the outlet's link, however the line before it ends.
fn own_line_speaks_as_site(sole: ego_tree::NodeRef<'_, scraper::Node>, link_text: &str) -> bool {
    sole.value()
        .as_element()
        .is_some_and(|e| crate::guard::is_block_name(e.name().as_bytes()))
        && link_text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && patterns::SELF_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Blocks [`credit_block`] makes room for at its first: a page reads a
/// dozen or so (menus, boxes, credit lines).
const BLOCK_TEXTS_ROOM: usize = 16;

/// Whether an element's text is never shown ([`crate::rules::spaced_pieces`]
/// gives nothing of it): a script, a style sheet, a `<noscript>`, a
/// template, a drawing.
fn hides_text(tag: &html5ever::LocalName) -> bool {
    *tag == local_name!("script")
        || *tag == local_name!("style")
        || *tag == local_name!("noscript")
        || *tag == local_name!("template")
        || *tag == local_name!("svg")
}

/// Raw bytes the wrappers around a link may add to its text
/// ([`wraps_alone`]): with a link's text of at most [`SHORT_TEXT`] bytes,
/// theirs stays within [`SHORT_BLOCK`].
const WRAPPER_SPACE: usize = SHORT_BLOCK - SHORT_TEXT;

/// When `el` holds `only` and nothing else that shows (whitespace, a
/// comment), and is no element whose text is never shown: the bytes of
/// its whitespace. Its [`short_text`] is then `only`'s (whitespace around
/// a text adds no word), its raw text longer by these bytes (and by the
/// two spaces around `only` when that is a block), told without reading
/// it.
fn wraps_alone(el: ElementRef<'_>, only: ego_tree::NodeRef<'_, scraper::Node>) -> Option<usize> {
    if hides_text(&el.value().name.local) {
        return None;
    }
    let mut space = 0;
    for child in el.children() {
        match child.value() {
            scraper::Node::Text(t) => {
                space += t.len();
                if space > WRAPPER_SPACE || !t.chars().all(char::is_whitespace) {
                    return None;
                }
            }
            scraper::Node::Element(_) if child.id() != only.id() => return None,
            _ => {}
        }
    }
    Some(space)
}

/// What [`credit_block`] read of an element: its [`short_text`] (`None`
/// when longer than [`SHORT_BLOCK`]), by node.
/// Keyed by node with the crate's word hasher: a node id is one `usize`,
/// which std's SipHash spends far more on.
type BlockTexts = std::collections::HashMap<
    ego_tree::NodeId,
    Option<BlockText>,
    std::hash::BuildHasherDefault<crate::rules::WordHasher>,
>;

/// An element's short text, with whether it reads as a marker
/// ([`is_marker_text`]) and whether it names the content as a made-by
/// note does ([`notices::may_tell_making`]), each decided on first use.
struct BlockText {
    text: String,
    len: usize,
    /// Its lower case, read for the first test that asks.
    lower: Option<String>,
    marker: Option<bool>,
    disclosing: Option<bool>,
}

impl BlockText {
    fn new(text: String) -> Self {
        BlockText {
            len: text.len(),
            text,
            lower: None,
            marker: None,
            disclosing: None,
        }
    }

    /// Whether the block notes that a machine made the post from the page
    /// its link of text `link` leads to ([`notices::made_from_link`]).
    fn made_from(&mut self, link: &str) -> bool {
        if self.disclosing.is_none() {
            self.disclosing = Some(notices::may_tell_making(self.lower()));
        }
        self.disclosing == Some(true) && notices::made_from_link(&self.text, link)
    }

    fn is_marker(&mut self) -> bool {
        if self.marker.is_none() {
            self.marker = Some(is_marker_text(self.lower()));
        }
        self.marker == Some(true)
    }

    /// The text's lower case, read once for both tests.
    fn lower(&mut self) -> &str {
        let text = &self.text;
        self.lower.get_or_insert_with(|| lower_case(text))
    }
}

/// Bit `n` set for each length `n` (under 64) of the words in `list`: a
/// word of another length is none of them, told without a comparison.
pub(super) const fn word_lengths(list: &[&str]) -> u64 {
    let mut mask = 0u64;
    let mut i = 0;
    while i < list.len() {
        if list[i].len() < 64 {
            mask |= 1 << list[i].len();
        } else {
            // A longer word: every length passes the gate.
            return u64::MAX;
        }
        i += 1;
    }
    mask
}

/// Whether `word` is one of `list` (ASCII case ignored).
#[cfg(test)]
pub(super) fn is_word_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// Whether a class attribute names a page builder's post-content module
/// ([`patterns::POST_CONTENT_WIDGETS`]).
#[cfg(test)]
fn is_post_content_widget(class: &str) -> bool {
    class
        .split_ascii_whitespace()
        .any(|w| is_word_of(w, patterns::POST_CONTENT_WIDGETS))
}

/// `site-title`, `site-name`, `blog-name`: the header's name of the site.
#[cfg(test)]
fn site_title_class(class: Option<&str>, id: Option<&str>) -> bool {
    [class, id].into_iter().flatten().any(|v| {
        v.split_ascii_whitespace()
            .any(|w| is_word_of(w, SITE_TITLE_CLASSES))
    })
}

// The class words of the header's name of the site, as the metadata
// reads them.
use crate::rules::metadata::SITE_TITLE_CLASSES;
/// [`word_lengths`] of [`SITE_TITLE_CLASSES`].
const SITE_TITLE_LENGTHS: u64 = word_lengths(SITE_TITLE_CLASSES);
/// [`word_lengths`] of [`patterns::POST_CONTENT_WIDGETS`].
const MODULE_LENGTHS: u64 = word_lengths(patterns::POST_CONTENT_WIDGETS);

/// The shorter segments of a `<title>` split at " | ", " - " ...
#[cfg(test)]
fn title_site_names(title: &str) -> Vec<String> {
    clean_title_site_names(&clean(title))
}

/// The shorter segments of a `<title>` [`clean`]ed already, split at
/// " | ", " - " ... (the walk cleans it once for this and for
/// [`PageFacts::page_title`]).
pub(super) fn clean_title_site_names(title: &str) -> Vec<String> {
    // The separators the CMSs and SEO plugins offer (Yoast: `-` `–` `—`
    // `:` `·` `•` `*` `|` `~` `«` `»` `<` `>`), the colon excepted: it
    // joins a headline's own parts. The first of the list the title holds
    // splits it.
    let Some(sep) = title_edges::first_separator(title) else {
        return Vec::new();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let longest = parts.iter().map(|p| p.len()).max().unwrap_or(0);
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .filter(|&(i, _)| title_edges::at_edge(i, count))
        .filter(|(_, p)| p.len() < longest && usable_name(p))
        .map(|(_, p)| p.to_string())
        .collect()
}

/// A text node that is the host's name written in words ("Harbour
/// Herald" on harbourherald.com, "Noticias al Día" on noticiasaldia.net
/// with its accents folded, [`credit_lines::spellings`]): that name, as
/// written.
fn spells_host(text: &str, brand: &str) -> Option<String> {
    // Most text nodes are told by their length and first letter, before
    // any allocation; most whitespace between tags is shorter than the
    // brand before it is trimmed.
    if text.len() < brand.len() {
        return None;
    }
    // A long text opening and closing with ASCII other than whitespace is
    // its own trimmed form: too long, told without the trim.
    // (`trim_whitespace`'s ASCII whitespace: space and `\t` to `\r`.)
    let ascii_solid = |b: Option<&u8>| {
        b.is_some_and(|&b| b.is_ascii() && b != b' ' && !(b'\t'..=b'\r').contains(&b))
    };
    if text.len() > brand.len() * 2
        && ascii_solid(text.as_bytes().first())
        && ascii_solid(text.as_bytes().last())
    {
        return None;
    }
    // The name's first letter or digit is the brand's first byte in
    // either case: a text holding neither case of it (most whitespace
    // between tags, many words) spells no host, told by one `memchr2`
    // before the trims.
    let &lead = brand.as_bytes().first()?;
    let (lower, upper) = (lead.to_ascii_lowercase(), lead.to_ascii_uppercase());
    memchr::memchr2(lower, upper, text.as_bytes())?;
    // ASCII whitespace alone (most text between tags) trims to nothing:
    // told in one pass, before the trim's two.
    if text
        .bytes()
        .all(|b| b == b' ' || (b'\t'..=b'\r').contains(&b))
    {
        return None;
    }
    let t = trim_whitespace(text);
    if t.len() < brand.len() || t.len() > brand.len() * 2 {
        return None;
    }
    let first = t.bytes().find(u8::is_ascii_alphanumeric)?;
    if !brand
        .as_bytes()
        .first()
        .is_some_and(|b| b.eq_ignore_ascii_case(&first))
    {
        return None;
    }
    // An ASCII text's normalised words ([`norm`]) joined are its letters
    // and digits in lower case, its one spelling: unless they are the
    // brand, it spells no host (`names_host`'s test), told without
    // normalising it or counting its words.
    if t.is_ascii()
        && !t
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_lowercase())
            .eq(brand.bytes())
    {
        return None;
    }
    // A host spells the name without its accents ("Noticias al Día" on
    // noticiasaldia.net): each spelling of the name is tried.
    (usable_name(t) && credit_lines::spellings(&norm(t)).any(|n| names_host(&n, Some(brand), true)))
        .then(|| clean(brand::unbracketed(t)))
}

/// `text.trim()`, the ASCII whitespace around most text nodes stripped
/// as bytes: only a non-ASCII character left at an end (which may be
/// whitespace, U+00A0 …) is left to `str::trim`.
#[inline]
fn trim_whitespace(text: &str) -> &str {
    // `char::is_whitespace` on ASCII: space and `\t` to `\r`.
    let space = |b: &u8| *b == b' ' || (b'\t'..=b'\r').contains(b);
    let bytes = text.as_bytes();
    // Most texts (links' addresses, words) open and close with ASCII that
    // is no space: they are their own trimmed form.
    if let (Some(a), Some(z)) = (bytes.first(), bytes.last()) {
        if a.is_ascii() && z.is_ascii() && !space(a) && !space(z) {
            return text;
        }
    }
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !space(b))
        .map_or(start, |i| i + 1);
    // Both ends border ASCII bytes or the text's ends: char boundaries.
    let t = text.get(start..end).unwrap_or(text);
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(a), Some(z)) if !a.is_ascii() || !z.is_ascii() => t.trim(),
        _ => t,
    }
}

/// A plausible site or outlet name: short, some letters, not a URL.
fn usable_name(s: &str) -> bool {
    // The length first: a long text (a paragraph, a link's address) is
    // told without counting its words.
    s.len() <= 60
        && (1..=6).contains(&s.split_whitespace().count())
        && s.chars().any(char::is_alphabetic)
        && !s.contains("://")
        // "Originally published in March 2022": a moment names no outlet.
        && !crate::metadata::dates::is_only_moment(s)
}

/// The stem an image's address adds to the page's stems: its file name's
/// words ([`stem_words`]), else its one word ([`stem_word`]), the file
/// name found once for both.
fn image_stem(src: &str) -> Option<String> {
    let stem = file_name_stem(src);
    stem_words(stem).or_else(|| stem_word(stem))
}

/// Whether image `img` stands in a `<figure>` that holds a `<figcaption>`
/// (the nearest figure around it).
fn in_captioned_figure(img: ElementRef<'_>) -> bool {
    img.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name.local == local_name!("figure"))
        .is_some_and(|f| {
            f.descendants()
                .filter_map(ElementRef::wrap)
                .any(|d| d.value().name.local == local_name!("figcaption"))
        })
}

/// Whether the image `img` is captioned in a block of its own outside a
/// `<figure>`: the element right after it (or after its nearest wrapper
/// with an element after it, [`CAPTION_LEVELS`] up at most) is a caption,
/// a `<figcaption>` or an element whose class names one
/// ([`names_caption`]: a page builder's "imageframe-caption" box). An
/// image followed by anything else is not.
fn captioned_in_block(img: ElementRef<'_>) -> bool {
    let mut node = *img;
    for _ in 0..CAPTION_LEVELS {
        if let Some(next) = node.next_siblings().find_map(ElementRef::wrap) {
            let e = next.value();
            return e.name.local == local_name!("figcaption")
                || e.attr("class").is_some_and(names_caption);
        }
        match node.parent() {
            Some(p) => node = p,
            None => return false,
        }
    }
    false
}

/// Whether a class value holds the word "caption" (whole, between the
/// joints `-` and `_`: "imageframe-caption", "wp-caption-text"): a
/// caption's box. A credit's box ("card-credit") may be the very line a
/// credit rule reads, and is no caption besides it.
fn names_caption(class: &str) -> bool {
    class
        .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
        .any(|w| w.eq_ignore_ascii_case("caption"))
}

/// Levels above an image [`captioned_in_block`] climbs to the element
/// after it: the image's frame and its module's wrapper.
const CAPTION_LEVELS: usize = 3;

/// [`stem_words`] of an image URL's file name.
#[cfg(test)]
fn file_stem(src: &str) -> Option<String> {
    stem_words(file_name_stem(src))
}

/// The normalised words of an image's file name without its extension:
/// "putin-xi_file.1024x576" gives "putin xi file 1024x576"; `None` for a
/// name of one word or none.
fn stem_words(stem: &str) -> Option<String> {
    if stem.is_ascii() {
        // An ASCII stem (most) read as bytes: `char::is_alphanumeric` of an
        // ASCII character is `u8::is_ascii_alphanumeric`, and a run of them
        // is a word. A stem of one word at most (most images' in a page of
        // several dozen: "logo", "hqdefault") is told before anything is
        // allocated.
        let bytes = stem.as_bytes();
        // A letter or a digit, lower-cased; 0 for any other byte (the
        // word readers' table, ASCII only here).
        let word = |b: u8| crate::text::WORD_BYTES[usize::from(b & 0x7f)];
        let second = bytes
            .iter()
            .position(|&b| word(b) != 0)
            .and_then(|i| bytes[i..].iter().position(|&b| word(b) == 0).map(|j| i + j))
            .is_some_and(|gap| bytes[gap..].iter().any(|&b| word(b) != 0));
        if !second {
            return None;
        }
        // Written as bytes (ASCII, so UTF-8), not as characters.
        let mut out = Vec::with_capacity(stem.len());
        let (mut words, mut gap) = (0, false);
        for &b in bytes {
            let l = word(b);
            if l == 0 {
                gap = true;
                continue;
            }
            if gap || words == 0 {
                if words > 0 {
                    out.push(b' ');
                }
                words += 1;
                gap = false;
            }
            out.push(l);
        }
        return String::from_utf8(out).ok();
    }
    let mut out = String::with_capacity(stem.len());
    let mut words = 0;
    for word in stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if words > 0 {
            out.push(' ');
        }
        words += 1;
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    (words >= 2).then_some(out)
}

/// An image file's name (without its extension) that is one word
/// ("hqdefault", a video platform's thumbnail), lower-cased; `None` for a
/// name of several words ([`stem_words`]) or under [`FILE_WORD_MIN`]
/// letters.
fn stem_word(stem: &str) -> Option<String> {
    if stem.is_ascii() {
        // One byte a character.
        return (stem.len() >= FILE_WORD_MIN && stem.bytes().all(|b| b.is_ascii_alphanumeric()))
            .then(|| stem.to_ascii_lowercase());
    }
    (stem.chars().count() >= FILE_WORD_MIN && stem.chars().all(char::is_alphanumeric))
        .then(|| stem.to_lowercase())
}

/// The file name of an image URL without its extension, its query and
/// fragment dropped ("a/b/putin-xi.jpg?w=1" gives "putin-xi"): what
/// `src.split(['?', '#'])`, `rsplit('/')` and `rsplit_once('.')` give,
/// the separators (ASCII) found as bytes, the last two from the end (a
/// file name is short; its address may be long).
fn file_name_stem(src: &str) -> &str {
    let end = memchr::memchr2(b'?', b'#', src.as_bytes()).unwrap_or(src.len());
    let path = &src.as_bytes()[..end];
    // Searched from the end by `memrchr` (an image's address may be a
    // long `data:` URI): the last `/`, then the last `.` after it.
    let start = memchr::memrchr(b'/', path).map_or(0, |i| i + 1);
    let stop = memchr::memrchr(b'.', &path[start..]).map_or(end, |i| start + i);
    // Each bound borders an ASCII byte or an end: a character boundary.
    src.get(start..stop).unwrap_or("")
}

/// Letters of a one-word file name at least ([`stem_word`]): shorter
/// ones ("logo", "img") are a word a caption may be.
const FILE_WORD_MIN: usize = 6;

fn absolute(base: Option<&Url>, href: &str) -> Option<Url> {
    let href = href.trim();
    let u = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    matches!(u.scheme(), "http" | "https").then_some(u)
}

/// Levels above an image searched for the link it stands in.
const LOGO_LINK_LEVELS: usize = 3;

/// Whether the image `img` stands in a link to another site (within
/// [`LOGO_LINK_LEVELS`]): a logo there is that site's — an outlet's logo
/// in a republisher's source box — not the page's own, whose logo links
/// home (or to the parent domain: a blog on `blog.x.com` links `x.com`).
fn links_away(img: ElementRef<'_>, base: Option<&Url>, host: Option<&str>) -> bool {
    img.ancestors()
        .take(LOGO_LINK_LEVELS)
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "a")
        .and_then(|a| a.value().attr("href"))
        .and_then(|href| absolute(base, href))
        .and_then(|u| u.host_str().map(bare_host))
        .zip(host)
        .is_some_and(|(to, own)| !same_site(&to, own))
}

/// Whether two bare hosts are one site: equal, or one a subdomain of the
/// other.
fn same_site(a: &str, b: &str) -> bool {
    a == b || is_subdomain(a, b) || is_subdomain(b, a)
}

/// Whether the host `sub` is a subdomain of `parent` (`news.x.com` of
/// `x.com`), not merely a name ending in it (`newsx.com`).
fn is_subdomain(sub: &str, parent: &str) -> bool {
    sub.strip_suffix(parent)
        .is_some_and(|head| head.ends_with('.'))
}

/// Whether `u` points to another site than `host` (any site when the
/// page's host is unknown).
fn other_host(host: Option<&str>, u: &Url) -> bool {
    let Some(h) = u.host_str() else {
        return false;
    };
    match host {
        Some(own) => !bare_host_is(h, own),
        None => true,
    }
}

/// `host` without a `www.` that opens it in any ASCII case: the bytes
/// that [`bare_host`] lower-cases (it strips the prefix after
/// lower-casing).
pub(super) fn without_www(host: &str) -> &str {
    match host.as_bytes().get(..4) {
        Some(head) if head.eq_ignore_ascii_case(b"www.") => host.get(4..).unwrap_or(host),
        _ => host,
    }
}

/// Whether [`bare_host`] of `h` is `want`, told without building it: the
/// bytes of `h` after its `www.` ([`without_www`]), ASCII-lower-cased one
/// by one, are `want`'s. Kept out of line, as `bare_host` was: its callers
/// ([`other_host`]) stay small enough to inline into the page walk.
#[inline(never)]
fn bare_host_is(h: &str, want: &str) -> bool {
    let rest = without_www(h).as_bytes();
    rest.len() == want.len()
        && rest
            .iter()
            .zip(want.as_bytes())
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

/// Collapses whitespace.
/// Texts longer than this are never marker phrases or site names.
const SHORT_TEXT: usize = 256;

/// The element's text with whitespace collapsed, or `None` as soon as the
/// raw text passes `max` bytes (so a brand-named page wrapper is not
/// collected whole).
fn short_text(el: ElementRef<'_>, max: usize) -> Option<String> {
    // The limit counts the raw text; the words are collapsed as they come
    // (what `clean` of the joined pieces gives, without the joined copy).
    // Most texts read here are a link's or a short line's: room for them up
    // front saves the string's regrowth.
    let mut out = String::with_capacity(max.min(64));
    short_text_into(el, max, &mut out).then_some(out)
}

/// Whether the element's raw text passes `max` bytes: `short_text(el,
/// max).is_none()`, told without building the text.
fn text_longer_than(el: ElementRef<'_>, max: usize) -> bool {
    let mut raw = 0usize;
    for piece in crate::rules::spaced_pieces(el) {
        raw += piece.len();
        if raw > max {
            return true;
        }
    }
    false
}

/// [`short_text`] written into `out` (cleared first), so that a caller
/// that keeps few of the texts it reads reuses one buffer: `false` where
/// `short_text` is `None`.
fn short_text_into(el: ElementRef<'_>, max: usize, out: &mut String) -> bool {
    out.clear();
    let (mut raw, mut gap) = (0usize, false);
    for piece in crate::rules::spaced_pieces(el) {
        raw += piece.len();
        if raw > max {
            return false;
        }
        push_words(out, piece, &mut gap);
    }
    true
}

/// Appends the words of `piece` to `out`, one space before each word that
/// whitespace (here or at the end of an earlier piece: `gap`) separates
/// from the text before it; whitespace is `char::is_whitespace`. The
/// piece is read as bytes ([`space_len`]): a byte inside a character never
/// opens a space.
fn push_words(out: &mut String, piece: &str, gap: &mut bool) {
    // The one space [`crate::rules::spaced_pieces`] gives around a block:
    // a gap, no word.
    if piece == " " {
        *gap = true;
        return;
    }
    let bytes = piece.as_bytes();
    let mut i = 0;
    loop {
        let run = i;
        loop {
            // ASCII whitespace told by a byte test, the rest by `space_len`.
            match bytes.get(i) {
                Some(b' ' | b'\t'..=b'\r') => {
                    i += 1;
                    // An indentation's run (source markup's, between
                    // tags): eight spaces or eight tabs at a time.
                    while let Some(chunk) = bytes.get(i..i + 8) {
                        let mut word = [0u8; 8];
                        word.copy_from_slice(chunk);
                        let w = u64::from_le_bytes(word);
                        if w != u64::from_le_bytes([b' '; 8]) && w != u64::from_le_bytes([b'\t'; 8])
                        {
                            break;
                        }
                        i += 8;
                    }
                }
                Some(0x80..) => match space_len(&bytes[i..]) {
                    0 => break,
                    n => i += n,
                },
                _ => break,
            }
        }
        *gap |= i > run;
        if i == bytes.len() {
            return;
        }
        // Words apart by one plain space are copied as they stand, at
        // once (what pushing them one by one gives): most prose is one
        // such run.
        let start = i;
        loop {
            // Bytes that open no space are skipped by the table; the others
            // are read whole.
            i = skip_spaceless(bytes, i);
            let Some(&b) = bytes.get(i) else {
                break;
            };
            if b == b' ' {
                // One plain space before a word: the run goes on.
                if i + 1 < bytes.len() && space_len(&bytes[i + 1..]) == 0 {
                    i += 1;
                    continue;
                }
                break;
            }
            // A control byte, or a lead byte of a character, that is no
            // space.
            if space_len(&bytes[i..]) == 0 {
                i += 1;
                continue;
            }
            break;
        }
        push_word(out, &piece[start..i], gap);
    }
}

/// The first index from `i` on of a byte that may open a space
/// ([`MAY_OPEN_SPACE`]), or a control byte below `' '` (which
/// [`space_len`] tells apart); `bytes.len()` when none. ASCII is read eight
/// bytes at a time: most of a text is letters and single spaces.
#[inline]
fn skip_spaceless(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if w & HIGH == 0 {
            // The lowest byte below 0x21 is flagged exactly (a borrow only
            // flags bytes above one that is).
            let low = w.wrapping_sub(ONES * 0x21) & !w & HIGH;
            if low == 0 {
                i += 8;
                continue;
            }
            return i + (low.trailing_zeros() / 8) as usize;
        }
        // Beyond ASCII: byte by byte through this chunk.
        for _ in 0..8 {
            if MAY_OPEN_SPACE[usize::from(bytes[i])] {
                return i;
            }
            i += 1;
        }
    }
    while i < bytes.len() && !MAY_OPEN_SPACE[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// Per byte: whether it may open a whitespace character ([`space_len`]):
/// ASCII whitespace and the first bytes of the others' UTF-8 forms.
const MAY_OPEN_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    let mut b = b'\t' as usize;
    while b <= b'\r' as usize {
        t[b] = true;
        b += 1;
    }
    t[0xc2] = true;
    t[0xe1] = true;
    t[0xe2] = true;
    t[0xe3] = true;
    t
};

/// The byte length of the whitespace character (`char::is_whitespace`)
/// that `bytes` open with; 0 when they open with none (or are empty).
/// Beyond ASCII: U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028,
/// U+2029, U+202F, U+205F and U+3000, told by their UTF-8 bytes.
#[inline]
fn space_len(bytes: &[u8]) -> usize {
    let Some(&b) = bytes.first() else {
        return 0;
    };
    if b < 0x80 {
        return usize::from(b == b' ' || (b'\t'..=b'\r').contains(&b));
    }
    let (b1, b2) = (bytes.get(1).copied(), bytes.get(2).copied());
    let wide = match b {
        0xc2 => {
            return if matches!(b1, Some(0x85 | 0xa0)) {
                2
            } else {
                0
            }
        }
        0xe1 => b1 == Some(0x9a) && b2 == Some(0x80),
        0xe2 => match b1 {
            Some(0x80) => matches!(b2, Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf)),
            Some(0x81) => b2 == Some(0x9f),
            _ => false,
        },
        0xe3 => b1 == Some(0x80) && b2 == Some(0x80),
        _ => false,
    };
    if wide {
        3
    } else {
        0
    }
}

fn push_word(out: &mut String, word: &str, gap: &mut bool) {
    if *gap && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
    *gap = false;
}

#[cfg(test)]
mod short_text_tests {
    use super::*;

    /// The collapse `short_text` had before it read bytes: words split on
    /// `char::is_whitespace`, one space between pieces' words where
    /// whitespace separated them.
    fn by_chars(pieces: &[&str]) -> String {
        let (mut out, mut gap) = (String::new(), false);
        for piece in pieces {
            let mut rest = *piece;
            loop {
                let word_start = rest.trim_start();
                gap |= word_start.len() < rest.len();
                let end = word_start
                    .find(char::is_whitespace)
                    .unwrap_or(word_start.len());
                if end == 0 {
                    break;
                }
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&word_start[..end]);
                gap = false;
                rest = &word_start[end..];
            }
        }
        out
    }

    #[test]
    fn words_collapse_as_char_whitespace_says() {
        let cases: &[&[&str]] = &[
            &["  Via  ", "Outlet", " news\n"],
            &["Read", "more", " ", "here"],
            &["a\u{a0}b\u{2003}c\u{3000}d", "\u{b}e\u{c}f\r\tg"],
            &["caf\u{e9}", " \u{5317}\u{4eac} ", "\u{1f600}x"],
            &["", " ", "end "],
            &["\u{85}next\u{2028}line"],
            // ASCII runs of words one space apart, broken by other
            // whitespace, at the pieces' edges too.
            &["one two  three\tfour five ", "six seven", " eight"],
            &[" a b", "c d ", " e", "f"],
            &["x y\n z", "a  b c", "p q\r\n"],
            &["w ", " ", "v w x"],
            // Runs longer than a word of eight bytes, with control bytes,
            // other whitespace and characters beyond ASCII at and across
            // the eight-byte boundaries.
            &["abcdefgh ijklmnop\tqrstuvw\u{1}xyz abcdefg\u{a0}hij"],
            &["caf\u{e9} au lait \u{2019}quoted\u{2019} and\u{2003}more text here  end"],
            &[
                "        x        ",
                "0123456\u{85}89abcdef\u{3000}\u{1680}z",
            ],
        ];
        for pieces in cases {
            let (mut out, mut gap) = (String::new(), false);
            for piece in *pieces {
                push_words(&mut out, piece, &mut gap);
            }
            assert_eq!(out, by_chars(pieces), "{pieces:?}");
        }
        let (mut out, mut gap) = (String::new(), false);
        push_words(&mut out, " a\u{a0}b  ", &mut gap);
        push_words(&mut out, "c", &mut gap);
        assert_eq!(out, "a b c");
    }

    #[test]
    fn space_len_is_char_is_whitespace() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let want = if c.is_whitespace() { bytes.len() } else { 0 };
            assert_eq!(space_len(bytes), want, "{:x}", u32::from(c));
            if want > 0 {
                assert!(MAY_OPEN_SPACE[usize::from(bytes[0])], "{:x}", u32::from(c));
            }
            // A character's later bytes never open a space.
            for at in 1..bytes.len() {
                assert_eq!(space_len(&bytes[at..]), 0, "{:x}", u32::from(c));
            }
        }
        assert_eq!(space_len(b""), 0);
    }

    /// [`credit_block`] as it was before [`wraps_alone`]: every ancestor
    /// read.
    fn credit_block_by_reading(link: ElementRef<'_>, link_text: &str) -> Option<ego_tree::NodeId> {
        if link_text.is_empty() {
            return None;
        }
        let mut node = link.parent();
        for _ in 0..3 {
            let el = node.and_then(ElementRef::wrap)?;
            let own: usize = el
                .children()
                .filter_map(|c| c.value().as_text().map(|t| t.len()))
                .sum();
            let mut block = (own <= SHORT_BLOCK)
                .then(|| short_text(el, SHORT_BLOCK).map(BlockText::new))
                .flatten()?;
            if block.len > link_text.len() + 1 {
                return (block.is_marker() || block.made_from(link_text)).then_some(el.id());
            }
            node = el.parent();
        }
        None
    }

    #[test]
    fn wrappers_of_a_link_alone_read_as_the_link() {
        let pad = " ".repeat(30);
        let long_link = "w".repeat(250);
        let pages = [
            // A menu: each item wraps its link alone.
            "<ul><li> <a href=x>Home</a> </li><li><a href=y>World news</a></li></ul>".to_string(),
            // A credit around a wrapped link; wrappers of the wrapper.
            "<p>Source: <span> <b><a href=x>Outlet</a></b> </span></p>".to_string(),
            "<div><p>via <em><!-- c --><a href=x>Wire</a>\u{a0}</em></p></div>".to_string(),
            // Whitespace past the wrappers' budget, around a long link: the
            // wrapper's raw text is too long, the block none.
            format!(
                "<p>Source: <span>{pad}<span>{pad}<a href=x>{long_link}</a>{pad}</span></span></p>"
            ),
            format!("<div>{pad}<div>{pad}<a href=x>{long_link}</a></div></div>"),
            // A wrapper too long by its whitespace alone, under a block
            // whose text is never shown: the marker above is not the link's
            // block.
            format!(
                "<div>Originally published at <svg><g>{}<a href=x>Wire</a></g></svg></div>",
                " ".repeat(SHORT_BLOCK)
            ),
            // Wrappers whose text is never shown, or that hold more.
            "<p>Source: <svg><a href=x>Outlet</a></svg></p>".to_string(),
            "<p>Source: <noscript><a href=x>Outlet</a></noscript> more</p>".to_string(),
            "<div>Read more at <span><a href=x>Outlet</a><br></span></div>".to_string(),
            "<div>Via <span><a href=x>Outlet</a><i></i></span></div>".to_string(),
            "<ul><li><a href=x>One</a> two</li></ul><p>Source: <a href=z>Outlet</a></p>"
                .to_string(),
            // A block whose own text and its link's are too long together,
            // told before it is read; under a drawing, the link's text is
            // not the block's, which reads as a credit.
            format!(
                "<div>Originally published at {}<a href=x>{}</a></div>",
                "the wire ".repeat(28),
                "l".repeat(100)
            ),
            format!(
                "<div>Originally published at {}<svg><g><a href=x>{}</a></g></svg></div>",
                "the wire ".repeat(28),
                "l".repeat(100)
            ),
        ];
        let links = scraper::Selector::parse("a").unwrap();
        let mut credited = 0;
        for page in &pages {
            let doc = Html::parse_document(page);
            let mut blocks = BlockTexts::default();
            for link in doc.select(&links) {
                let text = short_text(link, SHORT_TEXT).unwrap_or_default();
                let got = credit_block(link, &text, &mut blocks).map(|b| b.id());
                let want = credit_block_by_reading(link, &text);
                assert_eq!(got, want, "{page}");
                credited += usize::from(got.is_some());
            }
        }
        // The credits are found through their wrappers.
        assert!(credited >= 4, "{credited}");
    }

    /// [`file_stem`] as it was before it read ASCII stems as bytes.
    fn file_stem_by_chars(src: &str) -> Option<String> {
        let words: Vec<String> = file_name_stem(src)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        (words.len() >= 2).then(|| words.join(" "))
    }

    #[test]
    fn file_stems_read_as_bytes_as_by_chars() {
        for src in [
            "https://x.example/a/putin-xi_file.1024x576.jpg?w=1",
            "/img/--Lead__Photo--.PNG",
            "a/b/one.jpg",
            "photo",
            "-x-y-",
            "x9-Y8.webp#frag",
            "/img/caf\u{e9}-au-lait.jpg",
            "/img/\u{5317}\u{4eac}-2024.jpg",
            "",
        ] {
            assert_eq!(file_stem(src), file_stem_by_chars(src), "{src}");
        }
        assert_eq!(
            file_stem("a/Putin-XI_file.jpg").as_deref(),
            Some("putin xi file")
        );
    }

    #[test]
    fn long_text_is_none() {
        let doc = Html::parse_document("<p id=x>Source: <a href=/>Wire</a>  news</p>");
        let p = doc
            .select(&scraper::Selector::parse("p").unwrap())
            .next()
            .unwrap();
        assert_eq!(short_text(p, 64).as_deref(), Some("Source: Wire news"));
        assert_eq!(short_text(p, 10), None);
    }
}

/// The one link of a block, with its byte range in the block's text:
/// `None` when the block holds no link or more than one.
fn only_link(inline: &Inline) -> Option<(&String, usize, usize)> {
    let mut links = inline.marks.iter().filter_map(|m| match &m.kind {
        MarkKind::Link { href } => Some((href, m.start, m.end)),
        _ => None,
    });
    match (links.next(), links.next()) {
        (Some(link), None) => Some(link),
        _ => None,
    }
}

/// A cheap string test run before the URL parser on every link: `false`
/// only when `href` certainly stays on the page's site (a fragment, a
/// relative path, or an absolute URL naming the page's own host), or
/// cannot become an http(s) URL at all without a base. When unsure, `true`.
#[cfg(test)]
fn may_leave_site(href: &str, base: Option<&Url>, host: Option<&str>) -> bool {
    may_leave_site_of(href, base, host, host.is_some_and(plain_host))
}

/// [`may_leave_site`], with whether the page's host is plain
/// ([`plain_host`]) told once a page, not once a link.
fn may_leave_site_of(href: &str, base: Option<&Url>, host: Option<&str>, plain: bool) -> bool {
    let h = trim_whitespace(href);
    // "http:" with any number of slashes or backslashes parses as absolute.
    let absolute = opens_http(h.as_bytes());
    if !absolute {
        if base.is_none() {
            // Only an absolute http(s) URL parses without a base.
            return false;
        }
        // A fragment or a path: resolved against the page, same host.
        // (The characters tested here and below are ASCII: their bytes are
        // found without decoding the text.)
        if memchr::memchr3(b'\t', b'\n', b'\r', h.as_bytes()).is_some() {
            // The URL parser drops these, which can turn "/\t/x" into "//x".
            return true;
        }
        let path_like = match h.as_bytes() {
            [b'#', ..] => true,
            [b'/', b'/' | b'\\', ..] | [b'\\', ..] => false,
            [b'/', ..] => true,
            _ => !h.as_bytes().contains(&b':'),
        };
        return !path_like;
    }
    let Some(own) = host else {
        return true;
    };
    // `h.find("://")`: right after "http:" or "https:" on nearly every
    // link (no colon comes before theirs), else searched.
    let joint = match h.as_bytes() {
        [_, _, _, _, b':', b'/', b'/', ..] => Some(4),
        [_, _, _, _, _, b':', b'/', b'/', ..] => Some(5),
        _ => h.find("://"),
    };
    let Some(after) = joint.and_then(|i| h.get(i + 3..)) else {
        return true;
    };
    if plain && names_own_authority(after, own) {
        return false;
    }
    // The authority (up to `/`, `?`, `#` or `\\`) read once: a user part,
    // an escape or a character beyond ASCII leaves it to the parser; the
    // host name ends at its first `:`.
    let mut name_end = None;
    let mut end = after.len();
    for (i, &b) in after.as_bytes().iter().enumerate() {
        match b {
            b'/' | b'?' | b'#' | b'\\' => {
                end = i;
                break;
            }
            b'@' | b'%' | 0x80.. => return true,
            b':' if name_end.is_none() => name_end = Some(i),
            _ => {}
        }
    }
    // Only ASCII bytes were passed: `..end` is a character boundary.
    let name = &after[..name_end.unwrap_or(end)];
    let bare = if name.len() >= 4 && name.as_bytes()[..4].eq_ignore_ascii_case(b"www.") {
        &name[4..]
    } else {
        name
    };
    !(bare == own || bare.eq_ignore_ascii_case(own))
}

/// Whether the address after `scheme://` opens with the page's own host
/// `own` (after a `www.`, either case) and its authority ends right there
/// (its end, `/`, `?`, `#` or `\\`): a link on the page's own site, told
/// by one comparison, without [`may_leave_site`]'s byte loop. For a
/// [`plain_host`] only (the caller tells).
fn names_own_authority(after: &str, own: &str) -> bool {
    let bytes = after.as_bytes();
    let rest = if opens_www(bytes) { &bytes[4..] } else { bytes };
    // Most addresses write the host in lower case, as `own` is: compared
    // as bytes first.
    rest.get(..own.len())
        .is_some_and(|head| head == own.as_bytes() || head.eq_ignore_ascii_case(own.as_bytes()))
        && matches!(rest.get(own.len()), None | Some(b'/' | b'?' | b'#' | b'\\'))
}

/// Whether `bytes` open with `http:` or `https:` in any case: the four
/// letters compared at once (a byte with bit 5 set is the lower case of
/// itself and of its capital only, for these letters), then the colon.
fn opens_http(bytes: &[u8]) -> bool {
    let Some(&[a, b, c, d]) = bytes.first_chunk::<4>() else {
        return false;
    };
    u32::from_le_bytes([a, b, c, d]) | 0x2020_2020 == u32::from_le_bytes(*b"http")
        && match bytes.get(4) {
            Some(b':') => true,
            Some(b's' | b'S') => bytes.get(5) == Some(&b':'),
            _ => false,
        }
}

/// Whether `bytes` open with `www.`, its letters in any case (compared as
/// [`opens_http`] does; the dot as itself).
fn opens_www(bytes: &[u8]) -> bool {
    bytes.first_chunk::<4>().is_some_and(|&[a, b, c, d]| {
        u32::from_le_bytes([a, b, c, 0]) | 0x0020_2020 == u32::from_le_bytes(*b"www\0") && d == b'.'
    })
}

/// Whether [`may_leave_site`]'s byte loop reads a host as itself: not
/// empty, holding no `@`, `%`, `:`, authority's end or byte beyond ASCII,
/// not opening with `www.` ([`names_own_authority`]'s condition).
fn plain_host(own: &str) -> bool {
    !own.is_empty()
        && !own
            .bytes()
            .any(|b| matches!(b, b'@' | b'%' | b':' | b'/' | b'?' | b'#' | b'\\' | 0x80..))
        && !own
            .as_bytes()
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
}

#[cfg(test)]
mod tests {
    #[test]
    fn class_roles_read_as_the_word_lists_do() {
        use super::*;
        let mut values: Vec<String> = [
            "",
            "  ",
            "site-title",
            "Site-Title header",
            "header\tsite_name\nx",
            "blog-description tagline",
            "elementor-widget-theme-post-content elementor-widget",
            "ELEMENTOR-WIDGET-TEXT-EDITOR",
            "taglines-list product-description site-titles",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z",
            "\u{a0}site-name\u{a0}",
            "x\x0csite-slogan\ry",
        ]
        .iter()
        .map(|v| v.to_string())
        .collect();
        // Every listed word alone, with neighbours, and one byte off.
        let lists = [
            patterns::POST_CONTENT_WIDGETS,
            brand::TAGLINE_CLASSES,
            SITE_TITLE_CLASSES,
            brand::BANNER_TAGLINE_CLASSES,
        ];
        for w in lists.iter().flat_map(|l| l.iter()) {
            values.push(w.to_string());
            values.push(format!("card {} wide", w.to_uppercase()));
            values.push(format!("{w}s"));
            values.push(w[1..].to_string());
        }
        values.push("x".repeat(70));
        // What `element_tokens` reads through its memo, each value twice.
        let mut memo = crate::rules::TokenMemo::default();
        for v in values.iter().chain(&values) {
            let all = ROLE_MODULE | ROLE_TAGLINE | ROLE_SITE_TITLE | ROLE_BANNER_TAGLINE;
            let bit = |on: bool, role: u8| if on { role } else { 0 };
            let want = bit(is_post_content_widget(v), ROLE_MODULE)
                | bit(brand::tagline_class(Some(v), None), ROLE_TAGLINE)
                | bit(site_title_class(Some(v), None), ROLE_SITE_TITLE)
                | bit(brand::banner_tagline_class(v), ROLE_BANNER_TAGLINE);
            assert_eq!(class_roles(v, all), want, "{v:?}");
            assert_eq!(memo.class(v, all_word_roles).roles, want, "{v:?}");
            assert_eq!(class_roles(v, ROLE_MODULE), want & ROLE_MODULE, "{v:?}");
            assert_eq!(
                brand::tagline_class(None, Some(v)),
                want & ROLE_TAGLINE != 0
            );
        }
    }

    #[test]
    fn unglue_sets_apart_the_words_of_glued_spans() {
        assert_eq!(
            super::unglue("By adminAugust 6, 20243 min read3313 Views"),
            "By admin August 6, 2024 3 min read 3313 Views"
        );
        assert_eq!(
            super::unglue("Par La rédaction28 décembre 20242 min"),
            "Par La rédaction 28 décembre 2024 2 min"
        );
        // A long number after no month stays whole.
        assert_eq!(super::unglue("20243 visitors"), "20243 visitors");
    }

    #[test]
    fn unglue_reads_the_month_of_the_last_word_before_the_digits() {
        assert_eq!(
            super::unglue("August news 20243 min"),
            "August news 20243 min"
        );
        assert_eq!(
            super::unglue("news August 20243 min"),
            "news August 2024 3 min"
        );
        // After a split year, the next run of digits is not split again.
        assert_eq!(super::unglue("June 20243 20245"), "June 2024 3 20245");
    }

    #[test]
    fn unglue_keeps_the_last_character() {
        // `may_be_meta_line` reads the line's last character before unglue.
        for t in [
            "By adminAugust 6, 20243",
            "rédaction28 décembre 20242.",
            "June 20243 min read:",
            "Posted 3 days ago!",
            "",
        ] {
            assert_eq!(super::unglue(t).chars().last(), t.chars().last(), "{t}");
            assert_eq!(
                super::may_be_meta_line(&super::unglue(t)),
                super::may_be_meta_line(t)
            );
        }
    }

    use super::*;

    #[test]
    fn a_labelled_link_to_another_post_of_the_site_goes_mid_body() {
        let p = "<p>The ferry carries two hundred people a day, more in summer, and the council pays for it.</p>";
        let html = format!(
            "<html><body><article><div class=entry-content>{p}{p}\
             <p><strong>Worth a look:</strong> <a href='https://www.harbourtimes.example/2024/05/bridge-reopens/'>\
             The harbour bridge reopens after two years</a></p>{p}{p}\
             <p>Tickets cost <a href='https://www.harbourtimes.example/fares/'>four pounds</a> for adults.</p>\
             </div></article></body></html>"
        );
        let url = Url::parse("https://harbourtimes.example/2024/06/ferry/").ok();
        let a = match crate::extract(&html, url.as_ref()) {
            Ok(a) => a,
            Err(e) => panic!("extract: {e}"),
        };
        assert!(!a.text.contains("bridge reopens"), "{}", a.text);
        assert!(a.text.contains("Tickets cost four pounds"), "{}", a.text);
    }

    #[test]
    fn lower_case_is_to_lowercase() {
        for t in [
            "Via Outlet",
            "ÉCRIT PAR Marie",
            "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ",
            "İstanbul ẞ café",
            "plain ascii, digits 123",
            "КИЇВ Київ",
            "",
        ] {
            assert_eq!(lower_case(t), t.to_lowercase(), "{t:?}");
        }
    }

    #[test]
    fn collapse_lower_is_clean_then_lower_case() {
        for t in [
            "  Source:\tThe  Valley\x0bCourier \r\n",
            "ÄRGER  über\u{a0}Σ ΟΔΟΣ ",
            "",
            "   ",
            "One",
        ] {
            assert_eq!(collapse_lower(t), clean(t).to_lowercase(), "{t:?}");
        }
    }

    #[test]
    fn with_lower_is_lower_case_on_the_stack_or_not() {
        let long = "Read The Full Story At The Valley Courier, Our Partner Outlet, Today";
        assert!(long.len() > STACK_LOWER);
        for t in [
            "",
            "Source:",
            "CHAT With Us",
            "Quelle: Zürcher",
            "ΣΟΦΙΑ",
            long,
        ] {
            let got = with_lower(t, lower_case, str::to_string);
            assert_eq!(got, t.to_lowercase(), "{t:?}");
        }
        // The fallback lower-cases what the stack does not hold.
        assert_eq!(
            with_lower(long, |_| "fallback".into(), str::to_string),
            "fallback"
        );
        assert_eq!(
            with_lower("Ä", |_| "fallback".into(), str::to_string),
            "fallback"
        );
        assert_eq!(
            with_lower("Abc", |_| "fallback".into(), str::to_string),
            "abc"
        );
    }

    #[test]
    fn opens_with_is_starts_with() {
        let texts = ["", "s", "source: x", "sou", "sourcé", "é", "the post x"];
        for t in texts {
            for p in texts {
                assert_eq!(opens_with(t, p), t.starts_with(p), "{t:?} {p:?}");
            }
        }
    }

    #[test]
    fn count_line_reads_few_words_only() {
        assert_eq!(count_line("4441 views 0 comments"), Some("views"));
        assert_eq!(count_line("1 2 3 4 5 6 7 views"), None);
    }

    #[test]
    fn folds_beyond_ascii_when_lower_casing_changes_more() {
        assert!(!folds_beyond_ascii(
            "caf\u{e9} \u{201c}ok\u{201d} \u{2014} stra\u{df}e"
        ));
        assert!(folds_beyond_ascii("\u{c4}rger"));
        assert!(folds_beyond_ascii("\u{3bf}\u{3b4}\u{3bf}\u{3a3}"));
        assert!(folds_beyond_ascii("\u{130}stanbul"));
        assert!(!folds_beyond_ascii("plain"));
        // The block skipped undecoded lower-cases to itself, character by
        // character and as a whole.
        let punctuation: String = ('\u{2000}'..='\u{207f}').collect();
        assert!(('\u{2000}'..='\u{207f}').all(|c| c.to_lowercase().eq([c])));
        assert_eq!(punctuation.to_lowercase(), punctuation);
        assert!(!folds_beyond_ascii(&punctuation));
        assert!(folds_beyond_ascii(&format!("{punctuation}\u{c4}")));
        for t in [
            "Caf\u{e9} \u{201c}OK\u{201d}",
            "\u{c4}RGER \u{dc}ber",
            "\u{39f}\u{394}\u{39f}\u{3a3} X",
        ] {
            assert_eq!(collapse_lower(t), clean(t).to_lowercase(), "{t:?}");
        }
    }

    #[test]
    fn trim_whitespace_is_str_trim() {
        for text in [
            "",
            " ",
            "\n\t \r\x0b\x0c",
            "Harbour Herald",
            "  Harbour Herald \n",
            "\u{a0}Harbour Herald\u{a0}",
            " \u{2003} Héron \u{3000}",
            "\u{a0}",
            " é ",
            "x\u{85}",
        ] {
            assert_eq!(trim_whitespace(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn accented_uploads_and_multi_word_names_with_an_extension_are_file_names() {
        for name in [
            "Sem-título-2048x1365",
            "Sin-título-rotated",
            "Senza-titolo-optimized",
            "Capture-d’écran-2024-03-06-à-16.19.22-scaled-1",
            "Senza titolo.avif",
            "Sem título.jpg.webp",
        ] {
            assert!(is_file_name(name), "{name}");
        }
        for caption in [
            "Café-Besitzerin Jördis Ullmann",
            "São Paulo",
            "Ein Foto vom Hafen.",
            "Zwei-Zimmer-Wohnung",
            "Photo of logo.png in a frame on the wall",
        ] {
            assert!(!is_file_name(caption), "{caption}");
        }
    }

    #[test]
    fn file_stems_read_as_the_words_joined() {
        // The reference definition: the words, each lower-cased, joined.
        let reference = |src: &str| {
            let (_, words) = stem_words_by_chars(src)?;
            (words.len() >= 2).then(|| words.join(" "))
        };
        for src in [
            "https://x.test/a/IMG_2041-scaled.JPG?w=1",
            "/up/ΣΟΦΙΑΣ_Ἀθῆναι-1024x683.webp",
            "Straße__Café--Ünïcode.png#x",
            "single.jpg",
            "",
            "a/b/",
        ] {
            assert_eq!(file_stem(src), reference(src), "{src:?}");
        }
    }

    /// [`marker`] compares a line with the exact markers and the "appeared
    /// first" openers only when it opens with a head ([`opens_with_head`]):
    /// every one of them, alone or going on, passes that gate.
    #[test]
    fn every_marker_phrase_opens_with_a_head() {
        for exact in patterns::MARKER_EXACT {
            assert!(opens_with_head(exact), "{exact:?}");
        }
        for (open, joint) in patterns::APPEARED_FIRST {
            let line = format!("{open}x{joint}y");
            assert!(opens_with_head(&line), "{line:?}");
            assert_eq!(appeared_first(&line), Some(*joint));
        }
        assert!(!opens_with_head("zzz met on tuesday"));
    }

    #[test]
    fn names_host_finds_runs_at_word_starts() {
        let brand = Some("brandnews");
        assert!(names_host("stay tuned to brand news", brand, false));
        assert!(names_host("brandnews daily", brand, false));
        assert!(!names_host("subbrand news", brand, false));
        assert!(!names_host("brand newsroom", brand, false));
        assert!(names_host("x  brand news", brand, false));
        assert!(!names_host("anything", None, false));
        assert!(names_host("brand news", brand, true));
    }

    #[test]
    fn has_any_char_agrees_with_contains() {
        for t in [
            "say \"hi\"",
            "plain",
            "«oui»",
            "caf\u{e9}",
            "\u{201e}x",
            "caf\u{e9} \"x\"",
            "na\u{ef}ve \u{2019}s \u{2014} \u{201d}",
            "\u{e2}\u{80}\u{9c} \u{a0}\u{ab}",
            "\u{2018}single\u{2019} \u{201a}",
            "\u{5317}\u{4eac}",
        ] {
            for set in [QUOTES, QUOTES_LOW] {
                assert_eq!(has_any_char(t, set), t.contains(set), "{t:?}");
            }
        }
    }

    #[test]
    fn has_words_reads_the_matches_match_indices_gives() {
        let plain = |n: &str, phrase: &str| {
            n.match_indices(phrase).any(|(i, _)| {
                let end = i + phrase.len();
                (i == 0 || n.as_bytes()[i - 1] == b' ')
                    && (end == n.len() || n.as_bytes()[end] == b' ')
            })
        };
        let cases = [
            ("brand news today", "brand news"),
            ("the brand news", "brand news"),
            ("brandnews", "brand"),
            ("xa a a", "a a"),
            ("a aa a", "a a"),
            ("aa a a", "a a"),
            ("ab ab ab", "ab ab"),
            ("", "x"),
            ("x", "x"),
        ];
        for (n, phrase) in cases {
            assert_eq!(has_words(n, phrase), plain(n, phrase), "{n:?} {phrase:?}");
        }
        assert!(!has_words("xa a a", "a a"));
        assert!(has_words("x a a", "a a"));
    }

    #[test]
    fn prefixes_by_first_byte_find_what_all_prefixes_find() {
        let texts = [
            "source: the valley courier",
            "source link",
            "read more at outlet",
            "read the full article at outlet",
            "erschien zuerst bei outlet",
            "via outlet",
            "vía outlet",
            "the post x appeared first on y",
            "courtesy of the brand",
            "ursprünglich veröffentlicht bei x",
            "zebra crossing",
            "é",
            "",
        ];
        for t in texts {
            let all: Vec<&str> = marker_prefixes().filter(|p| t.starts_with(p)).collect();
            let some: Vec<&str> = marker_prefixes_of(t).filter(|p| t.starts_with(p)).collect();
            assert_eq!(all, some, "{t}");
        }
        assert!(marker_prefixes_of("read more at x").any(|p| p == "read more at"));
        assert_eq!(marker_prefixes_of("").count(), 0);
    }

    #[test]
    fn link_prefilter_agrees_with_the_url_parser() {
        let page = Url::parse("https://www.example.com/news/a.html").ok();
        let host = page.as_ref().and_then(Url::host_str).map(bare_host);
        for href in [
            "#top",
            "/world/b.html",
            "b.html",
            "../b.html",
            "//example.com/x",
            "//other.org/x",
            "https://example.com/x",
            "HTTPS://WWW.Example.COM:443/x",
            "https://www.example.com./x",
            "https://other.org/x",
            "http://user@example.com@other.org/x",
            "https://ex%61mple.com/x",
            "  https://other.org/x  ",
            "mailto:desk@example.com",
            "javascript:void(0)",
            "/\\other.org/x",
            "\\\\other.org/x",
            "/\t/other.org/x",
            "http:other.org/x",
            "https:\\\\other.org/x",
            "http::/other.org/x",
            "https:/x://other.org/y",
            "http://example.com:8080/x",
            "\u{a0}https://other.org/x\u{2003}",
        ] {
            for base in [page.as_ref(), None] {
                let leaves = absolute(base, href).is_some_and(|u| other_host(host.as_deref(), &u));
                if leaves {
                    assert!(
                        may_leave_site(href, base, host.as_deref()),
                        "{href:?} with base {base:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn slug_prefilter_agrees_with_the_url_parser() {
        let page = Url::parse("https://www.example.com/news/a.html").ok();
        // The parsed slug's words, as `story_link::slug_spells_cut` reads them.
        let slug_words = |u: &Url| {
            let slug = u
                .path_segments()
                .and_then(|mut s| s.rfind(|seg| seg.chars().any(char::is_alphabetic)))
                .unwrap_or("");
            let slug = slug.rsplit_once('.').map_or(slug, |(stem, _)| stem);
            story_link::words(slug).len()
        };
        let hrefs = [
            "https://other.org/2024/05/harbour-bridge-reopens-today/",
            "https://other.org/harbour-bridge-reopens/amp",
            "https://other.org/harbour-bridge-reopens/12345",
            "https://other.org/harbour-bridge-reopens/../x",
            "https://other.org/harbour-bridge-reopens/%2e%2E/x",
            "https://other.org/harbour-bridge-reopens/.%2E/x",
            "https://other.org/harbour-bridge-reopens/./",
            "https://other.org/harbour-bridge-reopens/abc/..",
            "https://other.org/harbour-bridge-reopens/abc/%2e%2E/",
            "https://other.org/harbour-bridge-reopens/abc/.%2e",
            "https://other.org/harbour\tbridge-reopens-x",
            "https://other.org/harb\nour-bri\rdge-reopens",
            "https://other.org\\harbour-bridge-reopens\\",
            "HTTPS://Other.ORG/Harbour-Bridge-Reopens.html",
            "https:///other.org/harbour-bridge-reopens",
            "https://user:pw@other.org:8080/harbour-bridge-reopens",
            "http:other.org/harbour-bridge-reopens",
            "https:\\\\other.org\\harbour-bridge-reopens",
            "//other.org/harbour-bridge-reopens",
            "/\\other.org/harbour-bridge-reopens",
            "  https://other.org/harbour-bridge-reopens  ",
            "\u{a0}https://other.org/harbour-bridge-reopens\u{2003}",
            "https://other.org/\u{3bb}ab\u{3bc}cd\u{3bd}ef-x",
            "https://other.org/\u{3bb}abcd-\u{3bc}efgh-\u{3bd}ijkl",
            "https://other.org/caf\u{e9}-cr\u{e8}me-br\u{fb}l\u{e9}e",
            "https://other.org/\u{3bb}ab-\u{3bb}cd-\u{3bb}ef",
            "https://other.org/\u{4eac}\u{4eac}/\u{3bb}\u{3bb}",
            "https://other.org/ab{cd}ef<gh>ij`kl\"mn",
            "https://other.org/harbour bridge reopens",
            "https://other.org/%41BC-%42CD-%43EF-%44GH",
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.org%2Fa-b-c-d",
            "https://twitter.com/intent/tweet?text=one-two-three-four",
            "https://www.linkedin.com/sharing/share-offsite/?url=a-b-c-d",
            "https://other.org/a-b-c-d#harbour-bridge-reopens",
            "../harbour-bridge-reopens",
            "harbour-bridge-reopens",
            "?q=harbour-bridge-reopens",
            "",
        ];
        for href in hrefs {
            for base in [page.as_ref(), None] {
                let long = absolute(base, href).is_some_and(|u| {
                    other_host(Some("example.com"), &u)
                        && slug_words(&u) + 1 >= story_link::MIN_SHARED_WORDS
                });
                if long {
                    assert!(
                        slug_region_holds_words(slug_region(href)),
                        "{href:?} with base {base:?}"
                    );
                }
            }
        }
        // Share buttons' addresses are told without a parse.
        for share in hrefs.iter().filter(|h| h.contains("?")) {
            assert!(!slug_region_holds_words(slug_region(share)), "{share}");
        }
        assert!(slug_region_holds_words(slug_region(hrefs[0])));
    }

    /// [`may_leave_site`] as it was before [`names_own_authority`]: every
    /// authority read by the byte loop.
    fn may_leave_site_by_loop(href: &str, base: Option<&Url>, host: Option<&str>) -> bool {
        let h = href.trim();
        let lower_prefix = |p: &str| {
            h.len() >= p.len() && h.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        let absolute = lower_prefix("http:") || lower_prefix("https:");
        if !absolute {
            if base.is_none() {
                return false;
            }
            if memchr::memchr3(b'\t', b'\n', b'\r', h.as_bytes()).is_some() {
                return true;
            }
            let path_like = match h.as_bytes() {
                [b'#', ..] => true,
                [b'/', b'/' | b'\\', ..] | [b'\\', ..] => false,
                [b'/', ..] => true,
                _ => !h.as_bytes().contains(&b':'),
            };
            return !path_like;
        }
        let Some(own) = host else {
            return true;
        };
        let Some(after) = h.find("://").and_then(|i| h.get(i + 3..)) else {
            return true;
        };
        let mut name_end = None;
        let mut end = after.len();
        for (i, &b) in after.as_bytes().iter().enumerate() {
            match b {
                b'/' | b'?' | b'#' | b'\\' => {
                    end = i;
                    break;
                }
                b'@' | b'%' | 0x80.. => return true,
                b':' if name_end.is_none() => name_end = Some(i),
                _ => {}
            }
        }
        let name = &after[..name_end.unwrap_or(end)];
        let bare = if name.len() >= 4 && name.as_bytes()[..4].eq_ignore_ascii_case(b"www.") {
            &name[4..]
        } else {
            name
        };
        !bare.eq_ignore_ascii_case(own)
    }

    /// The own-site fast path ([`names_own_authority`], [`plain_host`])
    /// tells every link as the byte loop does: hrefs drawn from pieces of
    /// schemes, `www.`, the page's host in both cases, other hosts, ports,
    /// user parts, escapes and ends, against hosts plain and not.
    #[test]
    fn own_site_fast_path_reads_links_as_the_byte_loop() {
        let pieces = [
            "http://",
            "https://",
            "HTTPS://",
            "http:/",
            "//",
            "www.",
            "WWW.",
            "example.com",
            "Example.COM",
            "example.co",
            "xexample.com",
            "other.org",
            ":8080",
            "@",
            "%61",
            "/",
            "?q=1",
            "#top",
            "\\",
            ".",
            "\u{e9}",
            " ",
            "x",
            "",
            "http://example.com",
        ];
        let hosts = [
            "example.com",
            "www.example.com",
            "ex@mple.com",
            "ex%61mple.com",
            "example.com:80",
            "ex/ample.com",
            "\u{e9}xample.com",
            "EXAMPLE.com",
            "",
            "a",
        ];
        let page = Url::parse("https://www.example.com/news/a.html").ok();
        let mut draw = super::draw::Draw::new(18);
        let mut own_site = 0;
        for n in 0..6000 {
            let href = draw.string(&pieces, n % 6);
            for host in hosts {
                for base in [page.as_ref(), None] {
                    let want = may_leave_site_by_loop(&href, base, Some(host));
                    assert_eq!(
                        may_leave_site(&href, base, Some(host)),
                        want,
                        "{href:?} on {host:?}"
                    );
                    own_site += usize::from(!want && href.contains("://"));
                }
            }
            assert_eq!(
                may_leave_site(&href, page.as_ref(), None),
                may_leave_site_by_loop(&href, page.as_ref(), None),
                "{href:?}"
            );
        }
        // The draws reach the fast path's case: absolute links that stay.
        assert!(own_site > 100, "{own_site}");
    }

    /// [`opens_http`] and [`opens_www`] are the case-blind prefix tests
    /// they stand for, on every two bytes at each place of the prefixes.
    #[test]
    fn http_and_www_prefixes_read_as_case_blind_comparisons() {
        let blind = |b: &[u8], p: &str| {
            b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        for base in ["https://x", "http://x", "www.x", "http", "www"] {
            for at in 0..base.len() {
                for byte in 0..=255u8 {
                    let mut b = base.as_bytes().to_vec();
                    b[at] = byte;
                    assert_eq!(
                        opens_http(&b),
                        blind(&b, "http:") || blind(&b, "https:"),
                        "{b:?}"
                    );
                    assert_eq!(opens_www(&b), blind(&b, "www."), "{b:?}");
                }
            }
        }
        assert!(opens_http(b"HTTPS:x") && opens_www(b"WwW.x") && !opens_http(b"htt"));
    }

    /// [`spells_host`] as it was before its first-letter test.
    fn spells_host_by_scan(text: &str, brand: &str) -> Option<String> {
        let t = text.trim();
        if t.len() < brand.len() || t.len() > brand.len() * 2 {
            return None;
        }
        let first = t.bytes().find(u8::is_ascii_alphanumeric)?;
        if !brand
            .as_bytes()
            .first()
            .is_some_and(|b| b.eq_ignore_ascii_case(&first))
        {
            return None;
        }
        (usable_name(t)
            && credit_lines::spellings(&norm(t)).any(|n| names_host(&n, Some(brand), true)))
        .then(|| clean(brand::unbracketed(t)))
    }

    /// [`spells_host`]'s first-letter test drops no text that spells the
    /// host: texts drawn from words of the brand, its letters in both
    /// cases, other words and whitespace, against brands that open with a
    /// letter, a digit and an upper-case letter.
    #[test]
    fn spells_host_letter_test_keeps_every_name() {
        let pieces = [
            "Harbour", "harbour", "HERALD", "Herald", " ", "\n  ", "\u{a0}", "the", "h", "H", "9",
            "Nine", "(", ")", "news", "\u{e9}", "Daily",
        ];
        let mut draw = super::draw::Draw::new(16);
        let mut found = 0;
        for n in 0..6000 {
            let text = draw.string(&pieces, n % 7);
            for brand in [
                "harbourherald",
                "9news",
                "Harbourherald",
                "herald",
                "dailynews",
            ] {
                let want = spells_host_by_scan(&text, brand);
                found += usize::from(want.is_some());
                assert_eq!(spells_host(&text, brand), want, "{text:?} {brand:?}");
            }
        }
        assert!(found > 20, "{found}");
    }

    /// [`id_roles`] gives an id value's [`class_roles`].
    #[test]
    fn id_roles_are_class_roles() {
        let words = [
            "site-title",
            "SITE-NAME",
            "tagline",
            "site-description",
            "header",
            "x",
            "",
            "blog-name",
            "elementor-widget-theme-post-content",
            " ",
            "\t",
            "\u{a0}",
            "site-titles",
            "\x0b",
            "\x0c",
            "site-name\r",
            "caf\u{e9}",
        ];
        let mut draw = super::draw::Draw::new(17);
        for n in 0..3000 {
            let id = draw.string(&words, n % 4);
            for want in [ROLE_ALL, ROLE_TAGLINE | ROLE_SITE_TITLE, ROLE_MODULE] {
                assert_eq!(id_roles(&id, want), class_roles(&id, want), "{id:?}");
            }
        }
        assert_ne!(id_roles("site-title", ROLE_SITE_TITLE), 0);
    }

    /// `norm` agrees with `crate::text::norm` on 2,000 texts of up to 39
    /// characters drawn from `alphabet` by a seeded stream.
    fn norm_agrees_on(alphabet: &[char], seed: u64) {
        let mut draw = super::draw::Draw::new(seed);
        for len in 0..2000 {
            let text = draw.string(alphabet, len % 40);
            assert_eq!(norm(&text), crate::text::norm(&text), "{text:?}");
        }
    }

    /// [`first_sentence_cut`] and [`last_sentence_cut`] give the cuts
    /// [`sentence_spans`] makes: the end of the first span and the end of
    /// the last but one, when there are two spans or more.
    #[test]
    fn sentence_cuts_are_the_spans_ends() {
        let alphabet: Vec<char> = "a Z9.!?\"')](\u{201c}\u{201d}\u{2019}\u{2018}\u{c9}\u{e9}\n"
            .chars()
            .collect();
        let mut draw = super::draw::Draw::new(17);
        let mut texts: Vec<String> = [
            "One. Two! Three? \"Four.\" Five",
            "Dr. Smith said so.\u{201d} Then 3 more.) (Next",
            "No stop here",
            ". A",
            "End. ",
            "",
        ]
        .map(String::from)
        .to_vec();
        for len in 0..3000 {
            texts.push(draw.string(&alphabet, len % 30));
        }
        let mut cut = 0;
        for text in &texts {
            let spans = sentence_spans(text);
            let (first, last) = match spans.as_slice() {
                [(_, e), _, ..] => (Some(*e), Some(spans[spans.len() - 2].1)),
                _ => (None, None),
            };
            if let [.., (s, _)] = spans.as_slice() {
                if let Some(l) = last {
                    assert_eq!(*s, l + 1, "{text:?}");
                    assert_eq!(spans[1].0, spans[0].1 + 1, "{text:?}");
                }
            }
            assert_eq!(first_sentence_cut(text), first, "{text:?}");
            assert_eq!(last_sentence_cut(text), last, "{text:?}");
            cut += usize::from(first.is_some());
        }
        assert!(cut > 100, "{cut} texts with a cut");
    }

    #[test]
    fn norm_is_the_text_modules() {
        // Mixed scripts, characters that lower-case to more than one (İ),
        // the Kelvin sign, sigmas, digits, punctuation and spaces.
        let alphabet: Vec<char> =
            "aZ9 .-_\n\u{130}\u{212a}\u{3a3}\u{3c3}\u{e9}\u{c9}\u{2019}\u{a0}\u{4eac}\u{1f600}\u{307}"
                .chars()
                .collect();
        norm_agrees_on(&alphabet, 16);
    }

    #[test]
    fn norm_of_ascii_is_the_text_modules() {
        // Every ASCII byte, control bytes and punctuation among the words:
        // the path for texts without other characters.
        let alphabet: Vec<char> = (0u8..128).map(char::from).collect();
        norm_agrees_on(&alphabet, 20);
    }

    #[test]
    fn norm_matches_the_plain_definition() {
        let plain = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for s in [
            "",
            "  -- ",
            "Digital Marketing Aganecy",
            "  Ünïcödé — WÖRDS, and ASCII!! 42x ",
            "ΣΊΣΥΦΟΣ’s café…naïve",
        ] {
            assert_eq!(norm(s), plain(s), "{s:?}");
        }
    }

    #[test]
    fn slug_captions() {
        let t = "harbor cranes return";
        let both = "230114101530 harbor crane file 0412 hp video Harbor cranes return";
        assert!(slug_caption("230114101530 harbor crane file 0412 hp video", "", &[]).is_some());
        assert_eq!(slug_caption(both, t, &[]), Some(both.len()));
        assert!(slug_caption("harbor-crane-1024x576", "", &[]).is_some());
        assert!(slug_caption(
            "the 2024 budget was approved by the council on Monday.",
            "",
            &[]
        )
        .is_none());
        assert!(slug_caption("iphone 15 pro review", "", &[]).is_none());
        let stems = vec!["harbor crane night".to_string()];
        assert!(slug_caption("harbor crane night", "", &stems).is_some());
    }

    #[test]
    fn widget_lines() {
        assert!(is_widget_line("👋 Hi, how can I help?", true).is_some());
        assert!(is_widget_line(
            "Our support team is here to answer your questions. Ask us anything!",
            true
        )
        .is_some());
        assert!(
            is_widget_line("We use cookies to improve your experience. Accept", false).is_some()
        );
        assert!(is_widget_line(
            "The bakery said it would stop selling cookies after the flour price doubled in spring, and that its support team had been overwhelmed by calls from regulars.",
            true
        ).is_none());
    }

    #[test]
    fn names_and_stems() {
        assert_eq!(
            title_site_names("Harbor cranes return | Blue Owl Media"),
            ["Blue Owl Media"]
        );
        assert_eq!(
            file_stem("https://x.test/a/221230-putin_xi.hp-video.jpg?w=1").as_deref(),
            Some("221230 putin xi hp video")
        );
    }
}

/// A file address's stem (its last path segment without query, fragment
/// and extension) and the stem's words, each lower-cased, read by
/// characters: the reference readings of [`file_stem`] and the image
/// stems are tested against.
#[cfg(test)]
fn stem_words_by_chars(src: &str) -> Option<(&str, Vec<String>)> {
    let path = src.split(['?', '#']).next()?;
    let name = path.rsplit('/').next()?;
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let words = stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    Some((stem, words))
}

#[cfg(test)]
mod walk_tests {
    use super::*;

    /// [`is_marker_link_text`] as it looked up a link's first word before
    /// it read the word up to the space found and compared it within its
    /// first byte's words: the whole sorted list binary-searched.
    fn is_marker_link_text_by_search(lower: &str) -> bool {
        let lower = lower.trim_start();
        let mut first: Vec<&'static str> = marker_prefixes()
            .filter_map(|p| p.split_whitespace().next())
            .collect();
        first.sort_unstable();
        first.dedup();
        let Some(word) = lower.split_whitespace().next() else {
            return false;
        };
        if first.binary_search(&word).is_err() {
            return false;
        }
        marker_prefixes_of(lower).any(|p| {
            lower.starts_with(p)
                && p.trim_end().contains(' ')
                && p != "the post "
                && !patterns::WEAK_MARKERS.contains(&p)
        })
    }

    #[test]
    fn marker_link_texts_read_as_by_search() {
        let mut texts: Vec<String> = Vec::new();
        for p in marker_prefixes() {
            texts.push(p.to_string());
            texts.push(format!("  {p}Outlet"));
            texts.push(format!("{p}\u{a0}the outlet"));
            texts.push(p.trim_end().to_string());
            texts.push(p.replacen(' ', "\u{2003}", 1));
            texts.push(p.replacen(' ', "", 1));
            texts.push(format!("{}s more", p.trim_end()));
        }
        for t in [
            "",
            " ",
            "home",
            "read more",
            "continue reading on the outlet \u{2192}",
            "a-word-of-more-than-sixty-three-bytes-with-no-space-anywhere-in-it-at-all",
            "a-word-of-more-than-sixty-three-bytes-with-no-space-anywhere-in-it-at-all more",
            "caf\u{e9} au lait",
            "\u{3000}read the original",
        ] {
            texts.push(t.to_string());
        }
        let mut markers = 0;
        for t in &texts {
            let got = is_marker_link_text(t);
            assert_eq!(got, is_marker_link_text_by_search(t), "{t:?}");
            markers += usize::from(got);
        }
        assert!(markers > 10, "{markers}");
    }

    /// The stem an image gave the page's stems before its file name was
    /// found once for both readings: [`file_stem`], else the one-word name
    /// read by characters.
    fn image_stem_by_chars(src: &str) -> Option<String> {
        let (stem, words) = super::stem_words_by_chars(src)?;
        if words.len() >= 2 {
            return Some(words.join(" "));
        }
        (stem.chars().count() >= FILE_WORD_MIN && stem.chars().all(char::is_alphanumeric))
            .then(|| stem.to_lowercase())
    }

    #[test]
    fn image_stems_read_as_by_chars() {
        let mut found = 0;
        for src in [
            "https://x.test/a/IMG_2041-scaled.JPG?w=1",
            "https://i.ytimg.test/vi/x/HQdefault.jpg",
            "/logo.png",
            "/a.b/logo",
            "/a.b/",
            "photo.jpg#x/y",
            "/img/Straße.png",
            "/img/ΣΟΦΙΑΣ.webp",
            "/img/ΣΟΦΙΑΣ_Ἀθῆναι-1024x683.webp",
            "-x-y-",
            "__abcdef__.gif",
            "data:image/png;base64,iVBORw0KGgo/AAAANSUhEUg.AAA",
            "?x=a-b.jpg",
            "",
        ] {
            let got = image_stem(src);
            assert_eq!(got, image_stem_by_chars(src), "{src:?}");
            found += usize::from(got.is_some());
        }
        assert!(found >= 6, "{found}");
    }

    #[test]
    fn amp_images_are_images_by_atom() {
        let doc = Html::parse_document(r#"<amp-img src="/a-b.jpg"></amp-img><img src=x><p>t</p>"#);
        let amp_img = html5ever::LocalName::from("amp-img");
        let kinds: Vec<bool> = doc
            .root_element()
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| matches!(e.value().name(), "amp-img" | "img" | "p"))
            .map(|e| matches!(WalkTag::of(&e.value().name.local, &amp_img), WalkTag::Img))
            .collect();
        assert_eq!(kinds, [true, true, false]);
    }
}

/// The gate [`judge_inline`] asks before [`brand::is_plug`] normalises a
/// block and reads it for the site's names, compared with the check's
/// full chain on made-up blocks, in every placement a block may have. A
/// gate may say "may fire" where the chain does not; never the other way.
#[cfg(test)]
mod gate_tests {
    use super::*;
    use crate::article::Mark;

    /// [`may_hold_legal`] lets through every text whose lower-cased form
    /// holds a legal notice or opens with a disclaimer's label (what a
    /// longer block at the edge is read for): drawn texts of the phrases
    /// in other cases, their words apart by other whitespace, halves of
    /// them, letters that lower-case to ASCII (Kelvin's K) and prose.
    #[test]
    fn the_legal_gate_passes_every_text_the_legal_checks_read() {
        let mut pieces: Vec<String> = Vec::new();
        for p in patterns::LEGAL_NOTICES
            .iter()
            .chain(patterns::DISCLAIMER_LABELS)
        {
            pieces.push(p.to_string());
            pieces.push(p.to_uppercase());
            pieces.push(p.replace(' ', " \n\u{a0} "));
            if let Some(half) = p.get(..p.len() / 2) {
                pieces.push(half.to_string());
            }
        }
        pieces.extend(
            [
                " ",
                "  ",
                "\n",
                "the council met",
                "\u{212a}",
                "\u{c9}",
                "\u{201c}",
                "x",
            ]
            .map(String::from),
        );
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut draw = super::draw::Draw::new(41);
        let (mut read, mut skipped) = (0, 0);
        for len in 0..6000 {
            let text = draw.string(&pieces, len % 5);
            let lower = collapse_lower(&text);
            let legal = Families::of_legal(&lower).has(families::LEGAL_NOTICE)
                || patterns::DISCLAIMER_LABELS
                    .iter()
                    .any(|l| lower.starts_with(l));
            if legal {
                assert!(may_hold_legal(&text), "{text:?}");
                read += 1;
            } else if !may_hold_legal(&text) {
                skipped += 1;
            }
        }
        assert!(
            read > 1000 && skipped > 500,
            "{read} read, {skipped} skipped"
        );
    }

    /// Runs `f` on the context of a block of a page of "Metro Ledger"
    /// (metroledger.example), its placement and the page's state told by
    /// the bits of `flags`.
    fn with_ctx<R>(flags: u8, f: impl FnOnce(&BlockCtx<'_>) -> R) -> R {
        let site_norms = vec!["metro ledger".to_string(), "the ledger".to_string()];
        let prose = brand::ProseNames::known(false);
        let rules = Rules::default();
        let ctx = BlockCtx {
            host: Some("metroledger.example"),
            page_slug: None,
            edge: flags & 1 != 0,
            heading: flags & 2 != 0,
            after_plug: flags & 4 != 0,
            taglines: &[],
            site_in_prose: &prose,
            head: flags & 8 != 0,
            tail: flags & 16 != 0,
            first: false,
            last: false,
            glued: false,
            whole: false,
            host_brand: Some("metroledger"),
            syndicated: flags & 32 != 0,
            title: "",
            site_norms: &site_norms,
            outlet: None,
            outlet_host: (flags & 64 != 0).then_some("valleycourier"),
            authors: &[],
            published: None,
            stems: &[],
            zones: &[],
            list_labels: &[],
            signups: &[],
            call_boxes: &[],
            widget_boxes: &[],
            sets: &[],
            rules: &rules,
            sources: NameSources {
                bits: 0,
                from_page: 2,
            },
            explain: false,
            edge_cuts_only: false,
            no_marker: false,
        };
        f(&ctx)
    }

    /// Blocks drawn from the site's names, plugs' phrases, addresses,
    /// words to the reader, quotes and prose, with a link to one of the
    /// site's pages, to another host, or none.
    fn drawn_blocks() -> Vec<Inline> {
        let pieces = [
            "Metro Ledger",
            "the Ledger",
            "MetroLedger",
            "metroledger.example",
            "Stay tuned",
            "for more updates",
            "thanks for reading",
            "write to ads@metroledger.example",
            "news@valleycourier.example",
            "you",
            "Follow us",
            "The council met on Tuesday.",
            "?",
            "!",
            "\u{201c}",
            "\"",
            ".",
            " ",
            " and ",
        ];
        let links = [
            None,
            Some("https://metroledger.example/about"),
            Some("https://valleycourier.example/story"),
        ];
        let mut draw = draw::Draw::new(20);
        let mut blocks = Vec::new();
        for len in 0..1500 {
            let text = draw.string(&pieces, 1 + len % 6);
            let marks = match draw.pick(&links) {
                Some(href) if !text.is_empty() => vec![Mark {
                    start: 0,
                    end: text.len(),
                    kind: MarkKind::Link {
                        href: href.to_string(),
                    },
                }],
                _ => Vec::new(),
            };
            blocks.push(Inline { text, marks });
        }
        blocks
    }

    /// File names and captions drawn from the pieces of every file-name
    /// form and of prose: the shapes fire only where the gate lets them.
    #[test]
    fn file_names_hold_what_their_gate_looks_for() {
        let pieces = [
            "IMG",
            "DSCF",
            "PXL",
            "_",
            "-",
            "0042",
            "20230514",
            ".jpg",
            ".JPEG",
            ".webp",
            "Screenshot",
            "WhatsApp Image",
            " ",
            "(1)",
            "(34)",
            "(+7)",
            " at ",
            "10.12.33",
            "2023-05-14",
            "featured",
            "image",
            "1024x683",
            "scaled",
            "Photo: ",
            "Untitled design",
            "Sem título",
            "é",
            "The council met",
            "Σ",
            "(",
            ")",
        ];
        let mut draw = draw::Draw::new(21);
        let mut fired = 0;
        for len in 0..20000 {
            let text = draw.string(&pieces, 1 + len % 5);
            if file_name_shaped(&text) {
                fired += 1;
                assert!(may_be_file_name(&text), "{text:?}");
            }
        }
        assert!(fired > 500, "{fired} file names");
    }

    /// A block judged in one context after another with the forms of its
    /// text kept ([`BlockForms`], as [`strip_pass`] keeps them across its
    /// passes) gets the reasons and keeps the text it gets with none kept.
    #[test]
    fn kept_forms_judge_as_fresh_ones() {
        let mut fired = 0;
        // Contexts in the order a page's passes may meet them: at the
        // edge, then republished, then with the outlet's host known.
        let passes: [&[u8]; 3] = [&[0, 1, 33, 97, 17, 8], &[1, 0, 9], &[16, 48, 112, 0]];
        for inline in drawn_blocks() {
            for order in passes {
                let forms = BlockForms::of_len(inline.text.len());
                for &flags in order {
                    with_ctx(flags, |ctx| {
                        let (mut fresh, mut kept) = (inline.clone(), inline.clone());
                        let (mut a, mut b) = (Found::default(), Found::default());
                        let want = judge_inline(&mut fresh, ctx, &mut a).map(|r| r.describe());
                        let got = judge_inline_with(&mut kept, ctx, &mut b, Some(&forms))
                            .map(|r| r.describe());
                        assert_eq!(got, want, "{:?} flags {flags:#b}", inline.text);
                        assert_eq!(kept.text, fresh.text, "{:?}", inline.text);
                        fired += usize::from(want.is_some());
                    });
                }
            }
        }
        assert!(fired > 1000, "{fired} judgings fired");
    }

    /// [`bare_host_is`] and [`without_www`] read hosts as [`bare_host`]
    /// writes them: drawn hosts of `www.` in any case, letters, dots and
    /// letters beyond ASCII.
    #[test]
    fn bare_host_is_compares_what_bare_host_builds() {
        let pieces = [
            "www.", "WWW.", "wWw.", "www", "a", "B", ".", "\u{e9}", "\u{c9}", "x",
        ];
        let mut draw = draw::Draw::new(35);
        let mut same = 0;
        for len in 0..4000 {
            let h = draw.string(&pieces, len % 6);
            let other = draw.string(&pieces, len % 4);
            let bare = bare_host(&h);
            assert_eq!(without_www(&h).to_ascii_lowercase(), bare, "{h:?}");
            for want in [bare.as_str(), other.as_str(), h.as_str()] {
                let is = bare_host(&h) == want;
                assert_eq!(bare_host_is(&h, want), is, "{h:?} {want:?}");
                same += usize::from(is);
            }
        }
        assert!(same > 4000, "{same} equal");
    }

    /// The month and weekday names are told as they were with the word
    /// lower-cased first (`to_ascii_lowercase`, then compared).
    #[test]
    fn month_and_weekday_words_read_as_lower_cased_copies() {
        use crate::metadata::dates::{is_month_word, is_weekday_word};
        const MONTHS: [&str; 12] = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        const DAYS: [&str; 7] = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        let month_by_copy = |word: &str| {
            let w = word.to_ascii_lowercase();
            w == "sept" || MONTHS.iter().any(|full| *full == w || full[..3] == w)
        };
        let day_by_copy = |word: &str| {
            let w = word.trim_end_matches([',', '.']).to_ascii_lowercase();
            matches!(w.as_str(), "tues" | "thur" | "thurs")
                || DAYS.iter().any(|d| *d == w || d[..3] == w)
        };
        let pieces = [
            "Sep", "t", "MAY", "Jan", "uary", "tues", "Thu", "r", "s", "day", "Mon", ",", ".",
            "\u{e9}", "x",
        ];
        let mut draw = draw::Draw::new(36);
        let (mut months, mut days) = (0, 0);
        for len in 0..6000 {
            let w = draw.string(&pieces, 1 + len % 3);
            assert_eq!(is_month_word(&w), month_by_copy(&w), "{w:?}");
            assert_eq!(is_weekday_word(&w), day_by_copy(&w), "{w:?}");
            months += usize::from(month_by_copy(&w));
            days += usize::from(day_by_copy(&w));
        }
        assert!(months > 300 && days > 300, "{months} months, {days} days");
    }

    #[test]
    fn plugs_fire_only_where_their_gate_lets_them() {
        let mut fired = 0;
        for inline in drawn_blocks() {
            let lower = collapse_lower(&inline.text);
            let n = norm(&inline.text);
            for flags in 0..128u8 {
                with_ctx(flags, |ctx| {
                    if brand::is_plug(&inline, &n, &lower, ctx).is_some() {
                        fired += 1;
                        assert!(
                            brand::plug_may_stand(&inline, ctx),
                            "{:?} flags {flags:#b}",
                            inline.text
                        );
                    }
                });
            }
        }
        assert!(fired > 1000, "{fired} blocks fired");
    }

    /// Tail blocks drawn from prose sentences and credits in their words
    /// (linked to another host or not): the sentence cut at the tail
    /// ([`cut_edge_sentences`]) decides as it does without the pieces the
    /// credit cut found clear, and those pieces hold no marker.
    #[test]
    fn tail_sentences_known_clear_are_judged_as_before() {
        let sentences = [
            "The council met on Tuesday.",
            "It voted to close the pool.",
            "Source: Valley Courier.",
            "This article originally appeared on Valley Courier.",
            "Read more at Valley Courier.",
            "Via valleycourier.example.",
            "Thanks for reading the Metro Ledger.",
            "Residents said the plan came too late.",
            "Author: Jane Doe.",
            "Thanks for reading, subscribe to the Metro Ledger.",
        ];
        let mut draw = draw::Draw::new(16);
        let (mut known, mut cut) = (0, 0);
        for len in 0..600 {
            let mut text = String::new();
            for k in 0..1 + len % 4 {
                if k > 0 {
                    text.push(' ');
                }
                let sentence: &&str = draw.pick(&sentences);
                text.push_str(sentence);
            }
            // The last sentence linked to another host, or not.
            let marks = match text.rfind(". ").filter(|_| len % 3 == 0) {
                Some(at) => vec![Mark {
                    start: at + 2,
                    end: text.len(),
                    kind: MarkKind::Link {
                        href: "https://valleycourier.example/story".to_string(),
                    },
                }],
                None => Vec::new(),
            };
            let block = Inline { text, marks };
            for flags in [1 | 16, 1 | 16 | 32, 1 | 16 | 64, 1 | 8 | 16] {
                with_ctx(flags, |ctx| {
                    let (mut a, mut b) = (block.clone(), block.clone());
                    let (mut found_a, mut found_b) = (Found::default(), Found::default());
                    let clear = credit_lines::cut_tail_credit(&mut a, ctx, &mut found_a);
                    credit_lines::cut_tail_credit(&mut b, ctx, &mut found_b);
                    for piece in &clear {
                        let lower = collapse_lower(&piece.text);
                        let edge_ctx = BlockCtx {
                            edge: true,
                            edge_cuts_only: true,
                            ..*ctx
                        };
                        let judged = marker(piece, &lower, &edge_ctx, &mut Found::default());
                        assert!(judged.is_none(), "{:?}", piece.text);
                    }
                    known += clear.len();
                    let with = cut_edge_sentences(&mut a, ctx, &mut found_a, &clear);
                    let without = cut_edge_sentences(&mut b, ctx, &mut found_b, &[]);
                    assert_eq!(with, without, "{:?}", block.text);
                    assert_eq!(a, b, "{:?}", block.text);
                    assert_eq!(found_a.cuts, found_b.cuts, "{:?}", block.text);
                    cut += found_a.cuts.len();
                });
            }
        }
        assert!(
            known > 500 && cut > 100,
            "{known} pieces known clear, {cut} cut"
        );
    }

    /// [`own_file_name_may_stand`] turns away no text that
    /// [`is_own_file_name_of`]'s tests take for the page's file name: drawn
    /// short texts of words, counters, slugs, labels and other whitespace,
    /// each read with stems that spell the text, its part after a colon and
    /// the two joined (what the tests look up).
    #[test]
    fn the_own_file_name_gate_passes_every_name_the_tests_take() {
        let words = [
            "IMG",
            "4",
            "0042",
            "Artboard",
            "design",
            "featured",
            "image",
            "jpg",
            "Foto",
            "\u{e9}t\u{e9}",
            "\u{212a}",
            "(1)",
            "x",
            "untitled-4",
            "img_0042",
            "capture-jpg",
            "a-b-c",
            "\u{2014}",
            ".",
        ];
        let apart = [" ", " ", " ", "  ", "\u{a0}", "\n", "-", "_", "", ": ", ":"];
        let mut draw = super::draw::Draw::new(34);
        let (mut taken, mut turned) = (0, 0);
        for len in 0..20000 {
            let mut raw = String::new();
            for k in 0..1 + len % 6 {
                if k > 0 {
                    raw.push_str(draw.pick::<&str>(&apart));
                }
                raw.push_str(draw.pick::<&str>(&words));
            }
            let text = raw.trim();
            if text.is_empty() || text.len() >= 60 {
                continue;
            }
            let mut stems = vec![norm(text)];
            if let Some((label, rest)) = text.split_once(':') {
                stems.push(norm(rest.trim()));
                stems.push(format!("{} {}", norm(label), norm(rest.trim())));
            }
            let reads = own_file_name_reads(text, || stems[0].as_str(), &stems);
            if !own_file_name_may_stand(text) {
                assert!(!reads, "{text:?}");
                turned += 1;
            }
            taken += usize::from(reads);
        }
        assert!(
            taken > 1000 && turned > 1000,
            "{taken} taken, {turned} turned away"
        );
    }

    /// [`may_name_count_noun`] turns away no text a start of which
    /// [`count_line`] reads as a counter line (what [`cut_head_counter`]
    /// reads): drawn texts of numbers, counted nouns in any case, their
    /// halves, separators, other whitespace and letters beyond ASCII, each
    /// start that whitespace follows read.
    #[test]
    fn the_count_noun_gate_passes_every_counter_line() {
        let mut words: Vec<String> = Vec::new();
        for n in patterns::COUNT_NOUNS {
            words.push(n.to_string());
            words.push(n.to_uppercase());
            if let Some(half) = n.get(..n.len() / 2) {
                words.push(half.to_string());
            }
        }
        let numbers = ["6", "1.2k", "579", "12,3", "3M"];
        let others = [
            "Read",
            "Tempo",
            "di",
            "the",
            "x",
            "\u{212a}in",
            "\u{e9}",
            "Minutes.",
        ];
        let apart = [
            " ", " ", " ", "\t", "\u{a0}", ": ", " \u{b7} ", " | ", " (", ".", "",
        ];
        let mut draw = super::draw::Draw::new(35);
        let (mut counted, mut turned) = (0, 0);
        for len in 0..20000 {
            let mut text = String::new();
            for k in 0..1 + len % 6 {
                if k > 0 {
                    text.push_str(draw.pick::<&str>(&apart));
                }
                let word = match draw.pick::<u8>(&[0, 0, 1, 1, 2]) {
                    0 => draw.pick::<&str>(&numbers).to_string(),
                    1 => draw.pick::<String>(&words).clone(),
                    _ => draw.pick::<&str>(&others).to_string(),
                };
                text.push_str(&word);
            }
            text.push(' ');
            let ends: Vec<usize> = text
                .char_indices()
                .filter(|(_, c)| c.is_whitespace())
                .map(|(i, _)| i)
                .collect();
            let Some(&last) = ends.last() else {
                continue;
            };
            let any = ends
                .iter()
                .any(|&end| count_line(&collapse_lower(&text[..end])).is_some());
            if !may_name_count_noun(&text[..last]) {
                assert!(!any, "{text:?}");
                turned += 1;
            }
            counted += usize::from(any);
        }
        assert!(
            counted > 1000 && turned > 1000,
            "{counted} counted, {turned} turned away"
        );
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    /// [`folds_beyond_ascii`] tells, as lower-casing the text and
    /// comparing does, whether `to_lowercase` changes more than the ASCII
    /// letters: on every character of Latin-1's upper half (read by its
    /// bytes) and texts drawn from them, other scripts and ASCII.
    #[test]
    fn folds_beyond_ascii_as_lower_casing_tells() {
        let changes = |t: &str| t.to_lowercase() != t.to_ascii_lowercase();
        for c in '\u{80}'..='\u{17f}' {
            let t = format!("a{c}b");
            assert_eq!(
                folds_beyond_ascii(&t),
                changes(&t),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
        let pieces = [
            "a", "Z", " ", "\u{e9}", "\u{c9}", "\u{d7}", "\u{df}", "\u{ff}", "\u{a0}", "\u{b5}",
            "\u{3a3}", "\u{3c3}", "\u{130}", "\u{201c}", "\u{2014}", "\u{416}", "\u{1e9e}",
        ];
        let mut draw = draw::Draw::new(31);
        let mut folded = 0;
        for len in 0..4000 {
            let t = draw.string(&pieces, len % 9);
            let want = changes(&t) || t.contains('\u{3a3}');
            assert_eq!(folds_beyond_ascii(&t), want, "{t:?}");
            folded += usize::from(want);
        }
        assert!(folded > 1000, "{folded} texts fold");
    }

    /// [`collapse_lower`] collapses whitespace as [`clean`] does, on texts
    /// with runs of indentation (spaces, tabs, line breaks, wide spaces)
    /// longer and shorter than eight bytes.
    #[test]
    fn collapse_lower_collapses_indentation_as_clean_does() {
        let pieces = [
            "Word",
            "b",
            ".",
            " ",
            "        ",
            "\t\t\t\t\t\t\t\t",
            "\n",
            "\t",
            "\r\n    ",
            "\u{a0}",
            "\u{2003}",
            "\u{e9}",
            "\u{85}",
        ];
        let mut draw = draw::Draw::new(37);
        for len in 0..3000 {
            let t = draw.string(&pieces, len % 14);
            assert_eq!(collapse_lower(&t), clean(&t).to_lowercase(), "{t:?}");
        }
    }

    /// [`ascii_alnum_count`] counts the ASCII letters and digits as a
    /// filter does, on every byte and on texts longer than its runs.
    #[test]
    fn ascii_alnum_count_counts_as_a_filter_does() {
        let every: String = (0u8..=127).map(char::from).collect();
        let count = |t: &str| t.bytes().filter(u8::is_ascii_alphanumeric).count();
        assert_eq!(ascii_alnum_count(&every), 62);
        let pieces = [
            "a", "Z", "0", "9", " ", "@", "[", "`", "{", "/", ":", "\u{e9}", "\u{416}",
        ];
        let mut draw = draw::Draw::new(29);
        for len in 0..600 {
            let t = draw.string(&pieces, len * 3);
            assert_eq!(ascii_alnum_count(&t), count(&t), "{t:?}");
        }
    }

    /// [`norm_is`] compares as building [`norm`] and comparing does, on
    /// ASCII texts (read byte by byte) and others.
    #[test]
    fn norm_is_compares_as_norm_does() {
        let pieces = [
            "The", "post", " ", "  ", "-", "Metro", "LEDGER", "24", ",", "\u{e9}", "\u{130}",
            "\u{3a3}", "\n", "x",
        ];
        let mut draw = draw::Draw::new(23);
        let mut same = 0;
        for len in 0..3000 {
            let a = draw.string(&pieces, len % 6);
            let b: String = if len % 3 == 0 {
                a.to_uppercase()
            } else {
                draw.string(&pieces, len % 5)
            };
            let want = norm(&b);
            assert_eq!(norm_is(&a, &want), norm(&a) == want, "{a:?} {b:?}");
            same += usize::from(norm(&a) == want);
        }
        assert!(same > 500, "{same} equal pairs");
    }

    /// On an ASCII line, [`opens_with_head_ascii`] tells what
    /// [`opens_with_head`] tells of the line lower-cased, or of it without
    /// its leading punctuation: every line [`has_edge_marker`] reads as a
    /// marker passes it.
    #[test]
    fn ascii_head_gate_tells_the_lower_cased_heads() {
        let mut pieces: Vec<String> = marker_prefixes()
            .chain(patterns::MARKER_EXACT.iter().copied())
            .chain(patterns::APPEARED_FIRST.iter().map(|(open, _)| *open))
            .filter(|p| p.is_ascii())
            .flat_map(|p| {
                [
                    p.to_string(),
                    p.to_uppercase(),
                    p[..p.len() / 2].to_string(),
                ]
            })
            .collect();
        pieces.extend(["- ", "(", "\"", " ", "The council", "via", "x"].map(String::from));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut draw = draw::Draw::new(24);
        let mut heads = 0;
        for len in 0..6000 {
            let raw = draw.string(&pieces, 1 + len % 3);
            let lower = raw.to_ascii_lowercase();
            let bare = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
            let want = opens_with_head(&lower) || opens_with_head(bare);
            assert_eq!(opens_with_head_ascii(&raw), want, "{raw:?}");
            heads += usize::from(want);
        }
        assert!(heads > 1000, "{heads} lines open with a head");
    }

    /// [`opener_prefixes_of`] finds the prefix [`opened_marker`] found by
    /// filtering [`marker_prefixes_of`] at each word.
    #[test]
    fn opener_prefixes_are_the_filtered_marker_prefixes() {
        let mut pieces: Vec<String> = marker_prefixes()
            .flat_map(|p| [Some(p), p.get(..p.len() / 2)])
            .flatten()
            .map(String::from)
            .collect();
        pieces.extend(["the post ", "by ", "x ", "outlet"].map(String::from));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut draw = draw::Draw::new(25);
        let mut found = 0;
        for len in 0..6000 {
            let rest = draw.string(&pieces, 1 + len % 3);
            let want = marker_prefixes_of(&rest).find(|p| {
                rest.starts_with(p)
                    && p.trim_end().contains(' ')
                    && *p != "the post "
                    && !patterns::WEAK_MARKERS.contains(p)
            });
            assert_eq!(
                opener_prefixes_of(&rest).find(|p| rest.starts_with(p)),
                want,
                "{rest:?}"
            );
            found += usize::from(want.is_some());
        }
        assert!(found > 1000, "{found} texts open with an opener");
    }

    /// [`file_name_stem`] searched with `memrchr` is its byte scan from
    /// the end: drawn addresses of slashes, dots, queries, fragments and
    /// letters beyond ASCII.
    #[test]
    fn file_name_stem_is_the_byte_scan() {
        use super::*;
        fn by_scan(src: &str) -> &str {
            let end = src.find(['?', '#']).unwrap_or(src.len());
            let path = &src.as_bytes()[..end];
            let start = path.iter().rposition(|&b| b == b'/').map_or(0, |i| i + 1);
            let stop = path[start..]
                .iter()
                .rposition(|&b| b == b'.')
                .map_or(end, |i| start + i);
            src.get(start..stop).unwrap_or("")
        }
        let pieces = [
            "/",
            ".",
            "?",
            "#",
            "a",
            "Z",
            "-",
            "\u{e9}",
            "data:image/png;base64,",
            "x.jpg",
            "..",
        ];
        let mut draw = super::draw::Draw::new(41);
        let mut stems = 0;
        for len in 0..4000 {
            let src = draw.string(&pieces, len % 9);
            let want = by_scan(&src);
            assert_eq!(file_name_stem(&src), want, "{src:?}");
            stems += usize::from(!want.is_empty());
        }
        assert!(stems > 1000, "{stems} addresses with a stem");
    }

    /// A line without an ASCII digit, lower-cased as [`cut_head_counter`]
    /// lower-cases the words it reads, is no count ([`count_line`]): what
    /// that function skips the words before a text's first digit on.
    /// Drawn lines of count nouns, numbers, labels, digits of other
    /// scripts and letters whose lower case is ASCII (KELVIN SIGN).
    #[test]
    fn no_count_line_without_an_ascii_digit() {
        use super::*;
        let mut words: Vec<&str> = patterns::COUNT_NOUNS.to_vec();
        words.extend([
            "12",
            "1.6k",
            "3",
            "7",
            "tempo",
            "di",
            "read",
            "Views",
            "\u{212a}",
            "\u{ff11}",
            "\u{663}",
            "\u{b2}",
            "x",
            "4\u{a0}min",
        ]);
        let joints = [" ", " ", ": ", " \u{b7} ", " | "];
        let mut draw = super::draw::Draw::new(43);
        let (mut counts, mut digitless) = (0, 0);
        for len in 0..6000 {
            let mut text = String::new();
            for i in 0..len % 5 + 1 {
                if i > 0 {
                    let joint: &&str = draw.pick(&joints);
                    text.push_str(joint);
                }
                let word: &&str = draw.pick(&words);
                text.push_str(word);
            }
            let count = count_line(&collapse_lower(&text));
            if !text.bytes().any(|b| b.is_ascii_digit()) {
                assert_eq!(count, None, "{text:?}");
                digitless += 1;
            }
            counts += usize::from(count.is_some());
        }
        assert!(
            counts > 300 && digitless > 1000,
            "{counts} counts, {digitless} without a digit"
        );
    }
}
