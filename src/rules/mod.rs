//! The stripper's knowledge as data.
//!
//! - [`table`]: the class/id vocabulary, one typed [`Rule`] per entry with
//!   its id, concept, scope, kind and note ([`RULES`]); [`matching`] says
//!   which rules a class or id value matches.
//! - `index`: the table compiled into one hash index, and the scanner that
//!   reads class/id values against it (hash-like and utility words are
//!   neutral).
//! - [`lines`]: text patterns of whole blocks (labels, credit lines, bios).
//! - [`syndication`]: the syndication stripper's phrase and word lists
//!   (marker lines, widget phrases, legal small print, file-name words),
//!   typed as rules in [`phrases`].
//! - [`metadata`]: the metadata reader's words (byline, date, comment and
//!   menu names) and the `<title>` separators.
//! - [`tuning`]: the numbers the prune decision and the class weights use.
//! - [`BOILER_ROLES`], the attributes the rules read
//!   ([`READ_ATTRIBUTES`]) and those an image's address is read from
//!   ([`IMAGE_SOURCES`], [`IMAGE_SRCSETS`]), which the guard must keep.
//!
//! Callers add tokens of their own, globally or per host, with
//! [`ExtractorBuilder::boilerplate_class`](crate::ExtractorBuilder::boilerplate_class)
//! and [`ExtractorBuilder::content_class`](crate::ExtractorBuilder::content_class);
//! a caller's token overrides the built-in kind of the same token.

/// Concatenates rule groups (arrays of one rule type) into one static
/// table, at compile time: `table![Rule; group_a, group_b]`. Defined before
/// the modules below so that both rule tables use it.
macro_rules! table {
    ($ty:ty; $($group:expr),* $(,)?) => {{
        const PARTS: &[&[$ty]] = &[$(&$group),*];
        const LEN: usize = {
            let mut n = 0;
            let mut i = 0;
            while i < PARTS.len() {
                n += PARTS[i].len();
                i += 1;
            }
            n
        };
        const ALL: [$ty; LEN] = {
            let mut out = [PARTS[0][0]; LEN];
            let (mut k, mut i) = (0, 0);
            while i < PARTS.len() {
                let mut j = 0;
                while j < PARTS[i].len() {
                    out[k] = PARTS[i][j];
                    k += 1;
                    j += 1;
                }
                i += 1;
            }
            out
        };
        &ALL
    }};
}

pub(crate) mod index;
pub mod lines;
pub mod metadata;
pub mod notices;
pub mod phrases;
pub mod syndication;
pub mod table;
pub mod tuning;

pub use index::matching;
pub(crate) use lines::{author_bio_job, boilerplate_rule, label_rule, LineRule};
pub use lines::{GREETINGS, LABELS, LABEL_PREFIXES, LINE_CONTAINS, LINE_PREFIXES};
pub use table::{Attribute, Concept, Kind, On, Rule, Scope, RULES};

use html5ever::local_name;
use scraper::node::Element;

use crate::tag::Tag;

/// The attributes the element classifier reads. The guard keeps every one
/// of them when it drops the attributes extraction never reads (a test
/// holds the two together): a rule on an attribute the guard drops would
/// never fire.
pub const READ_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "role",
    "hidden",
    "aria-hidden",
    "aria-labelledby",
    "aria-expanded",
    "aria-controls",
    "type",
    "style",
    "itemprop",
];

/// The attributes an image's address is read from, in order: `src`, then
/// the lazy-loading copies scripts swap in. The guard keeps each of them
/// (a test holds the two together).
pub const IMAGE_SOURCES: &[&str] = &["src", "data-src", "data-lazy-src", "data-original"];

/// The `srcset` attributes an image's address is read from when no
/// [`IMAGE_SOURCES`] attribute has one.
pub const IMAGE_SRCSETS: &[&str] = &["srcset", "data-srcset"];

/// Attributes that make an `<a>` a disclosure control: it opens or closes
/// a part of this page (an accordion's or a toggle's question), it does
/// not lead to another page.
pub(crate) const CONTROL_LINK_ATTRS: &[&str] = &["aria-expanded", "aria-controls"];

/// Whether an `<a>` is a control of the page rather than a link (issue
/// 16, families7): it carries one of [`CONTROL_LINK_ATTRS`]. Its text
/// counts as text, not as link text: an FAQ whose questions are toggles
/// is prose, not a link list. A table of contents' links
/// (`href="#section"`) and a script's `href="#"` buttons (print, share)
/// stay links.
pub(crate) fn is_control_link(el: &Element) -> bool {
    el.attrs()
        .any(|(name, _)| CONTROL_LINK_ATTRS.contains(&name))
}

/// Hosts of a chat app's "message us" link (a WhatsApp click-to-chat
/// button, `wa.me/<number>`): the web form of a `whatsapp:` link, which
/// opens a conversation, not a page.
pub(crate) const CHAT_ACTION_HOSTS: &[&str] = &["wa.me", "api.whatsapp.com"];

/// Whether `href` is an absolute (or scheme-relative) link to one of the
/// [`CHAT_ACTION_HOSTS`], read without parsing the whole address.
pub(crate) fn is_chat_action_link(href: &str) -> bool {
    let href = href.trim_start();
    let rest = ["https://", "http://", "//"].iter().find_map(|p| {
        href.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| &href[p.len()..])
    });
    let Some(rest) = rest else {
        return false;
    };
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    CHAT_ACTION_HOSTS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(host))
}

/// ARIA roles of boilerplate landmarks and widgets.
pub const BOILER_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "toolbar",
    "alert",
    "tooltip",
];

/// Bits of what a class/id token says; one token may carry several.
pub(crate) mod kind {
    /// Strong boilerplate vocabulary ([`Kind::Strong`](super::Kind::Strong) rules).
    pub(crate) const STRONG: u16 = 1;
    /// Widget vocabulary, boilerplate when small ([`Kind::Widget`](super::Kind::Widget) rules).
    pub(crate) const WIDGET: u16 = 1 << 1;
    /// Weak boilerplate hint ([`Kind::Weak`](super::Kind::Weak) rules).
    pub(crate) const WEAK: u16 = 1 << 2;
    /// Content hint ([`Kind::Positive`](super::Kind::Positive) rules).
    pub(crate) const POSITIVE: u16 = 1 << 3;
    /// Names an image caption or credit ([`CAPTION_TOKENS`](crate::rules::table::CAPTION_TOKENS)).
    pub(crate) const CAPTION: u16 = 1 << 4;
    /// Names the site's logo or brand block ([`BRAND_TOKENS`](crate::rules::table::BRAND_TOKENS)).
    pub(crate) const BRAND: u16 = 1 << 5;
    /// Names a logo image ([`LOGO_TOKENS`](crate::rules::table::LOGO_TOKENS)).
    pub(crate) const LOGO: u16 = 1 << 6;
    /// A feed/syndication plugin's class ([`PLUGIN_TOKENS`](crate::rules::table::PLUGIN_TOKENS)).
    pub(crate) const PLUGIN: u16 = 1 << 7;
    /// A state word (`has-sidebar`, `no-comments`): the class/id word it
    /// opens says nothing about the element's role.
    pub(crate) const STATE: u16 = 1 << 8;
    /// The four vocabulary kinds.
    pub(crate) const VOCABULARY: u16 = STRONG | WIDGET | WEAK | POSITIVE;
}

/// [`token_kinds`] memoised per distinct value, and per distinct class
/// word: pages repeat the same class strings on every menu item, card and
/// list entry (about half of all class/id values on news pages are repeats
/// within the page), and the values that differ mostly share their words
/// (`card card--wide`, `card card--small`). Keys borrow from the page, so a
/// memo allocates only its tables. The caller's own tokens ([`UserToken`])
/// join the built-in vocabularies. A caller that reads more of a class
/// value's words ([`TokenMemo::class`]) gets that from the same entry: a
/// repeated value costs one lookup.
#[derive(Default)]
pub(crate) struct TokenMemo<'a> {
    seen: WordMap<&'a str, ClassWords>,
    /// Bits ([`index::word_bits`]) and roles of each distinct class word.
    words: WordMap<&'a [u8], ClassWords>,
    user: Vec<(u64, &'a str, u16)>,
}

/// What [`TokenMemo::class`] tells of a class value or word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ClassWords {
    /// Its [`kind`] bits ([`token_kinds`]).
    pub(crate) bits: u16,
    /// The union over its words of the caller's `roles` (0 through
    /// [`TokenMemo::kinds`]).
    pub(crate) roles: u8,
    /// The concepts ([`index::concept_bit`]) of the built-in rules its
    /// words match: [`names_concept`] of the value, read in the same scan.
    pub(crate) concepts: u16,
}

impl ClassWords {
    /// Whether a word of the value matches a built-in rule of `concept`
    /// (what [`names_concept`] tells of a `class` value).
    pub(crate) fn names(self, concept: table::Concept) -> bool {
        self.concepts & index::concept_bit(concept) != 0
    }
}

/// A table keyed by borrowed page strings, hashed with [`WordHasher`].
type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// Distinct class values and words of a typical page (a few hundred): the
/// memo's tables start that large instead of growing through every power of
/// two.
const MEMO_CAPACITY: usize = 256;

impl<'a> TokenMemo<'a> {
    /// A memo that also knows the caller's tokens.
    pub(crate) fn with_user_tokens(tokens: impl IntoIterator<Item = &'a UserToken>) -> Self {
        TokenMemo {
            seen: WordMap::with_capacity_and_hasher(MEMO_CAPACITY, Default::default()),
            words: WordMap::with_capacity_and_hasher(MEMO_CAPACITY, Default::default()),
            user: tokens
                .into_iter()
                .map(|t| {
                    (
                        crate::fnv::hash(t.token.as_bytes()),
                        t.token.as_str(),
                        t.bits(),
                    )
                })
                .collect(),
        }
    }

    /// The [`kind`] bits of a `class` value, computed once per distinct
    /// value from the bits of its words, each computed once per distinct
    /// word.
    #[cfg(test)]
    pub(crate) fn kinds(&mut self, value: &'a str) -> u16 {
        self.class(value, |_| 0).bits
    }

    /// The [`kind`] bits of a `class` value and the union of `roles` over
    /// its words (the caller's own reading of a class word), computed once
    /// per distinct value from those of its words, each computed once per
    /// distinct word. One memo is read with one `roles` function (or only
    /// through [`TokenMemo::kinds`]): the entries keep what the first call
    /// computed.
    pub(crate) fn class(&mut self, value: &'a str, roles: fn(&[u8]) -> u8) -> ClassWords {
        use std::collections::hash_map::Entry;
        // One hash and probe a value or word, found or not: a new one is
        // filled in where the probe ended.
        let slot = match self.seen.entry(value) {
            Entry::Occupied(known) => return *known.get(),
            Entry::Vacant(slot) => slot,
        };
        let mut all = ClassWords::default();
        for word in index::words(value) {
            let w = *self.words.entry(word).or_insert_with(|| {
                let (bits, concepts) = index::word_bits(word, Attribute::Class, &self.user);
                ClassWords {
                    bits,
                    roles: roles(word),
                    concepts,
                }
            });
            all.bits |= w.bits;
            all.roles |= w.roles;
            all.concepts |= w.concepts;
        }
        all.bits &= !kind::STATE;
        slot.insert(all);
        all
    }

    /// The [`kind`] bits of an `id` value. Ids are not memoised: one in
    /// twenty repeats within a page (wcxb, newspaper and readability
    /// pages), so a table of them would cost more than the scans it saves.
    pub(crate) fn id_kinds(&self, value: &str) -> u16 {
        token_kinds_with(value, Attribute::Id, &self.user)
    }
}

/// A class/id token added by the caller (see
/// [`ExtractorBuilder::boilerplate_class`](crate::ExtractorBuilder::boilerplate_class)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UserToken {
    /// Lowercase ASCII alphanumeric, at most 24 bytes.
    pub(crate) token: String,
    /// Boilerplate (pruned) or content (preferred).
    pub(crate) boilerplate: bool,
}

impl UserToken {
    /// Validates a caller's token: one token as the tokenizer splits them.
    pub(crate) fn new(token: &str, boilerplate: bool) -> Result<Self, crate::Error> {
        let t = token.trim().to_ascii_lowercase();
        let reason = if t.is_empty() {
            Some("empty token")
        } else if t.len() > 24 {
            Some("tokens are at most 24 bytes")
        } else if !t.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Some("a token is ASCII letters and digits; class names are split at other characters and at case changes (`post-footer` is `post` and `footer`)")
        } else if t.bytes().all(|b| b.is_ascii_digit()) {
            Some("digit-only tokens are never matched")
        } else if t.bytes().any(|b| b.is_ascii_digit())
            && t.bytes().any(|b| b.is_ascii_alphabetic())
        {
            Some("class names are split between letters and digits (`ad300` is `ad` and `300`)")
        } else {
            None
        };
        match reason {
            Some(reason) => Err(crate::Error::InvalidRule {
                rule: token.to_string(),
                reason: reason.to_string(),
            }),
            None => Ok(UserToken {
                token: t,
                boilerplate,
            }),
        }
    }

    fn bits(&self) -> u16 {
        if self.boilerplate {
            kind::STRONG
        } else {
            kind::POSITIVE
        }
    }
}

/// A cheap non-cryptographic hasher over 8-byte words (FxHash's mixing),
/// for short strings that come from one page; no HashDoS concern since a
/// page's own repeats only make its own extraction slower, linearly.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        // The last bytes without a variable-length copy (a call to memcpy
        // per word): the last eight bytes, overlapping the chunks, when
        // there are that many, else the bytes one by one.
        let rest = chunks.remainder();
        let tail = if rest.is_empty() {
            0
        } else if let Some(last) = bytes.last_chunk::<8>() {
            u64::from_le_bytes(*last)
        } else {
            rest.iter()
                .enumerate()
                .fold(0, |w, (i, &b)| w | u64::from(b) << (8 * i))
        };
        self.mix(tail ^ rest.len() as u64);
    }

    // The terminator `str` hashes and the length `[u8]` hashes, without a
    // round through `write` each.
    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

impl WordHasher {
    fn mix(&mut self, w: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

/// The [`kind`] bits of a class value: the union over its words, skipping
/// words that state a page state (`has-sidebar`, `no-comments`).
pub(crate) fn token_kinds(value: &str) -> u16 {
    token_kinds_with(value, Attribute::Class, &[])
}

/// Whether a word of a class or id value matches a rule of `concept` in
/// the built-in table (`ad-slot`, `adsbygoogle`... for
/// [`table::Concept::Ads`]).
pub(crate) fn names_concept(value: &str, attr: table::Attribute, concept: table::Concept) -> bool {
    let mut hit = false;
    index::scan(value, attr, &[], |_, rules| {
        hit = hit
            || rules.iter().any(|&r| {
                table::RULES
                    .get(usize::from(r))
                    .is_some_and(|r| r.concept == concept)
            });
    });
    hit
}

/// [`token_kinds`] of a class or id value with the caller's tokens (hash,
/// token, bits), which win over the built-in kind of the same token.
fn token_kinds_with(value: &str, attr: Attribute, user: &[(u64, &str, u16)]) -> u16 {
    let mut bits = 0;
    index::scan(value, attr, user, |b, _| bits |= b);
    bits & !kind::STATE
}

/// The shown text of `el` in document order, with a `" "` piece where a
/// block-level element or a `<br>` starts or ends: like a browser's
/// `innerText`, `<div>May 3</div><div>2023</div>` reads "May 3 2023", not
/// "May 32023", whether or not the page puts whitespace between them. What
/// is never shown (`<script>`, `<style>`, `<noscript>`, `<template>`,
/// `<svg>`) gives nothing.
pub(crate) fn spaced_pieces<'a>(el: scraper::ElementRef<'a>) -> impl Iterator<Item = &'a str> + 'a {
    SpacedPieces {
        root: *el,
        // A hidden element shows nothing of its own either.
        next: (shown(el.value()) != Shown::Hidden)
            .then(|| el.first_child().map(|c| (c, false)))
            .flatten(),
    }
}

/// What [`spaced_pieces`] of an element gives for one of its children:
/// the pieces of an element's text are its children's, in order, so a
/// caller that read one child's already reads only the others'.
pub(crate) enum ChildPieces<'a> {
    /// A text node: itself.
    Text(&'a str),
    /// An element shown: the pieces of its own [`spaced_pieces`], with a
    /// `" "` piece before and after them when it is a block (`spaced`).
    Element {
        el: scraper::ElementRef<'a>,
        spaced: bool,
    },
    /// A hidden element, a comment: nothing.
    Nothing,
}

/// How [`spaced_pieces`] of an element reads its child `node`
/// ([`ChildPieces`]).
pub(crate) fn child_pieces(node: ego_tree::NodeRef<'_, scraper::Node>) -> ChildPieces<'_> {
    match node.value() {
        scraper::Node::Text(t) => ChildPieces::Text(t),
        scraper::Node::Element(e) => match (shown(e), scraper::ElementRef::wrap(node)) {
            (Shown::Hidden, _) | (_, None) => ChildPieces::Nothing,
            (kind, Some(el)) => ChildPieces::Element {
                el,
                spaced: kind == Shown::Block,
            },
        },
        _ => ChildPieces::Nothing,
    }
}

/// Whether [`spaced_pieces`] gives nothing of `el` (a script, a style
/// sheet, a `<noscript>`, a template, a drawing).
pub(crate) fn hides_pieces(el: scraper::ElementRef<'_>) -> bool {
    shown(el.value()) == Shown::Hidden
}

/// What [`spaced_pieces`] reads an element as.
#[derive(PartialEq)]
enum Shown {
    /// Never shown: its subtree is skipped, not walked.
    Hidden,
    /// A block or a `<br>`: a `" "` piece where it starts and ends.
    Block,
    /// Inline: its text runs on.
    Inline,
}

fn shown(e: &scraper::node::Element) -> Shown {
    let name = e.name();
    if matches!(name, "script" | "style" | "noscript" | "template" | "svg") {
        Shown::Hidden
    } else if name == "br" || crate::guard::is_block_name(name.as_bytes()) {
        Shown::Block
    } else {
        Shown::Inline
    }
}

/// The walk of [`spaced_pieces`]: each node once, in document order, an
/// element a second time (`true`) when its children are done; a hidden
/// element's subtree and the edges of nodes that give nothing are not
/// visited (what `traverse` would give two edges each).
struct SpacedPieces<'a> {
    root: ego_tree::NodeRef<'a, scraper::Node>,
    next: Option<(ego_tree::NodeRef<'a, scraper::Node>, bool)>,
}

impl<'a> SpacedPieces<'a> {
    /// Where the walk goes once `node` and its subtree are done.
    fn after(
        &self,
        node: ego_tree::NodeRef<'a, scraper::Node>,
    ) -> Option<(ego_tree::NodeRef<'a, scraper::Node>, bool)> {
        if let Some(sib) = node.next_sibling() {
            return Some((sib, false));
        }
        node.parent()
            .filter(|p| p.id() != self.root.id())
            .map(|p| (p, true))
    }
}

impl<'a> Iterator for SpacedPieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            let (node, done) = self.next?;
            if done {
                self.next = self.after(node);
                if let scraper::Node::Element(e) = node.value() {
                    if shown(e) == Shown::Block {
                        return Some(" ");
                    }
                }
                continue;
            }
            match node.value() {
                scraper::Node::Text(t) => {
                    self.next = self.after(node);
                    return Some(t);
                }
                scraper::Node::Element(e) => {
                    let kind = shown(e);
                    if kind == Shown::Hidden {
                        self.next = self.after(node);
                        continue;
                    }
                    self.next = Some(match node.first_child() {
                        Some(c) => (c, false),
                        None => (node, true),
                    });
                    if kind == Shown::Block {
                        return Some(" ");
                    }
                }
                _ => {
                    self.next = match node.first_child() {
                        Some(c) => Some((c, false)),
                        None => self.after(node),
                    };
                }
            }
        }
    }
}

/// An attribute's value, found by comparing names. scraper's
/// `Element::attr` interns the name on every call, which costs a hash per
/// lookup in per-element loops.
pub(crate) fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.attrs().find_map(|(n, v)| (n == name).then_some(v))
}

/// The first rule on `el`'s class or id whose kind bit is in `want` (see
/// [`kind`]), for the explain report: the prune flags keep only the kind,
/// so the rule is looked up again, for pruned nodes only.
pub(crate) fn deciding_rule(el: &Element, want: u16) -> Option<&'static Rule> {
    first_rule(el, |r| index::kind_bits(r.kind) & want != 0)
}

/// Whether `el`'s class or id names a related-posts box (a rule of
/// [`Concept::Related`]: related, recommended, "read next" rails). The
/// relaxed pass, which prunes nothing else by name, still prunes these:
/// it rescues articles whose wrappers carry misleading words, and a box of
/// other posts' teasers is never the article's wrapper. Looked up again
/// here (the kind bits do not keep the concept), for the relaxed pass's
/// boilerplate-named elements only.
pub(crate) fn names_related(el: &Element) -> bool {
    first_rule(el, |r| {
        r.concept == Concept::Related && r.kind == Kind::Strong
    })
    .is_some()
}

/// The first built-in rule matching `el`'s class (then its id) that
/// `pick` accepts.
fn first_rule(el: &Element, pick: impl Fn(&Rule) -> bool) -> Option<&'static Rule> {
    let mut found = None;
    for (name, value) in el.attrs() {
        let attr = match name {
            "class" => Attribute::Class,
            "id" => Attribute::Id,
            _ => continue,
        };
        index::scan(value, attr, &[], |_, rules| {
            if found.is_none() {
                found = rules
                    .iter()
                    .filter_map(|&r| RULES.get(usize::from(r)))
                    .find(|r| pick(r));
            }
        });
        if found.is_some() {
            break;
        }
    }
    found
}

/// The role of `el` if it is one of [`BOILER_ROLES`].
pub(crate) fn boiler_role(el: &Element) -> Option<&'static str> {
    let v = attr(el, "role")?.trim();
    BOILER_ROLES
        .iter()
        .find(|r| v.eq_ignore_ascii_case(r))
        .copied()
}

/// What the class/id/role/attributes of one element say about it.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Class {
    /// Readability-style class weight.
    pub(crate) weight: i16,
    /// Not displayed.
    pub(crate) hidden: bool,
    /// Boilerplate by vocabulary, tag or role.
    pub(crate) boiler: bool,
    /// Boilerplate if small (widget vocabulary).
    pub(crate) widget: bool,
    /// Weak boilerplate hint.
    pub(crate) weak_boiler: bool,
    /// Named as an image caption or credit.
    pub(crate) caption: bool,
}

/// Classifies one element by its tag, class, id, role and style.
///
/// `known_tokens` are the element's class/id [`kind`] bits when a previous
/// walk already computed them ([`token_kinds`]); `None` computes them here.
pub(crate) fn classify(el: &Element, tag: Tag, known_tokens: Option<u16>) -> Class {
    let mut out = Class::default();
    let mut tokens = known_tokens.unwrap_or(0);
    let mut role_strong = false;
    let mut role_positive = false;
    let (mut hidden_attr, mut streamed) = (false, false);
    let (mut style_hidden, mut panel_role, mut labelled) = (false, false, false);
    // The names compared as atoms (one integer comparison each), not as
    // strings: this runs on every element of every pass.
    for (name, value) in el.attrs.iter() {
        let value: &str = value;
        match name.local {
            local_name!("class") if known_tokens.is_none() => {
                tokens |= token_kinds_with(value, Attribute::Class, &[]);
            }
            local_name!("id") => {
                streamed = is_streamed_segment(value);
                if known_tokens.is_none() {
                    tokens |= token_kinds_with(value, Attribute::Id, &[]);
                }
            }
            local_name!("role") => {
                let v = value.trim();
                if BOILER_ROLES.iter().any(|r| v.eq_ignore_ascii_case(r)) {
                    role_strong = true;
                } else if v.eq_ignore_ascii_case("main") || v.eq_ignore_ascii_case("article") {
                    role_positive = true;
                } else if PANEL_ROLES.iter().any(|r| v.eq_ignore_ascii_case(r)) {
                    panel_role = true;
                }
            }
            local_name!("aria-labelledby") if !value.trim().is_empty() => labelled = true,
            local_name!("hidden") => hidden_attr = true,
            local_name!("aria-hidden") if value.trim().eq_ignore_ascii_case("true") => {
                out.hidden = true
            }
            local_name!("type") if tag == Tag::Input && value.eq_ignore_ascii_case("hidden") => {
                out.hidden = true
            }
            local_name!("style") if style_hides(value) => style_hidden = true,
            local_name!("itemprop")
                if value.split_ascii_whitespace().any(|v| v == "articleBody") =>
            {
                role_positive = true;
            }
            _ => {}
        }
    }
    // A collapsed disclosure panel (the WAI-ARIA accordion and tabs
    // patterns: a `region` or `tabpanel` labelled by the control that
    // opens it) is content the reader opens with a click, not hidden
    // content: FAQ answers, the sections of a long guide.
    let disclosure = panel_role && labelled;
    out.hidden |= ((hidden_attr && !streamed) || style_hidden) && !disclosure;
    out.caption = tokens & kind::CAPTION != 0;
    let mut strong = role_strong || tokens & kind::STRONG != 0;
    let mut widget = tokens & kind::WIDGET != 0;
    let mut weak = tokens & kind::WEAK != 0;
    let mut positive = role_positive || tokens & kind::POSITIVE != 0;
    match tag {
        Tag::Nav | Tag::Aside => strong = true,
        Tag::Footer => strong = true,
        Tag::Header => weak = true,
        Tag::Article | Tag::Main => positive = true,
        // The root elements are never boilerplate, whatever their classes say.
        Tag::Html | Tag::Body => {
            strong = false;
            widget = false;
            weak = false;
        }
        _ => {}
    }
    if strong || widget {
        out.weight -= tuning::CLASS_WEIGHT;
        out.boiler = strong;
        out.widget = widget && !strong;
    }
    if weak {
        out.weight -= tuning::CLASS_WEIGHT;
        out.weak_boiler = true;
    }
    if positive {
        out.weight += tuning::CLASS_WEIGHT;
        if !strong && !widget {
            out.weak_boiler = false;
        }
    }
    out
}

/// What hides an element that [`classify`] found hidden, for the explain
/// report (`style` for `display: none` or `visibility: hidden`,
/// `hidden-attribute`, `aria-hidden`, `input-hidden`); looked up again for
/// pruned elements only. `None` when nothing on the element hides it.
pub(crate) fn hidden_by(el: &Element) -> Option<&'static str> {
    let mut found = None;
    for (name, value) in el.attrs() {
        let by = match name {
            "style" if style_hides(value) => "style",
            "hidden" if !attr(el, "id").is_some_and(is_streamed_segment) => "hidden-attribute",
            "aria-hidden" if value.trim().eq_ignore_ascii_case("true") => "aria-hidden",
            "type" if el.name() == "input" && value.eq_ignore_ascii_case("hidden") => {
                "input-hidden"
            }
            _ => continue,
        };
        found = found.or(Some(by));
    }
    found
}

/// The roles of a panel that a control discloses on demand (WAI-ARIA
/// accordion and tabs patterns): with `aria-labelledby` naming its
/// control, such a panel is not hidden content even while collapsed.
const PANEL_ROLES: &[&str] = &["region", "tabpanel"];

/// Whether an id names a React streaming segment (`S:0`, `S:1f`): the
/// server sends the late parts of a page in `<div hidden id="S:…">` and a
/// script moves them into place on load, so the `hidden` attribute is no
/// sign of hidden content (a whole article may arrive that way).
fn is_streamed_segment(id: &str) -> bool {
    id.strip_prefix("S:")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn style_hides(style: &str) -> bool {
    // Cheap check first: most style attributes mention neither.
    if !style.contains("none") && !style.contains("hidden") {
        return false;
    }
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `spaced_pieces` as a filter over every edge of `traverse` (its
    /// definition before it skipped hidden subtrees and text nodes' closing
    /// edges).
    fn pieces_by_edges(el: scraper::ElementRef<'_>) -> Vec<&str> {
        use ego_tree::iter::Edge;
        let own = el.id();
        let mut hidden = 0usize;
        el.traverse()
            .filter_map(|edge| {
                let (Edge::Open(node) | Edge::Close(node)) = edge;
                let open = matches!(edge, Edge::Open(_));
                match node.value() {
                    scraper::Node::Text(t) => (open && hidden == 0).then_some(&**t),
                    scraper::Node::Element(e) => {
                        let name = e.name();
                        if matches!(name, "script" | "style" | "noscript" | "template" | "svg") {
                            if open {
                                hidden += 1;
                            } else {
                                hidden = hidden.saturating_sub(1);
                            }
                            return None;
                        }
                        let block = hidden == 0
                            && node.id() != own
                            && (name == "br" || crate::guard::is_block_name(name.as_bytes()));
                        block.then_some(" ")
                    }
                    _ => None,
                }
            })
            .collect()
    }

    #[test]
    fn spaced_pieces_walk_as_the_edges_say() {
        let html = r#"<html><body><div id="a">lead <b>bold <i>deep</i></b><p>para</p>
            <!-- a comment --><div></div><br><span>x<br/>y</span>
            <script>var s = "<p>";</script><svg><text>drawn</text><style>p{}</style></svg>
            <noscript><p>hidden</p></noscript><template><p>later</p></template>
            <ul><li>one</li><li><a href="/">two</a> three</li></ul><p><em></em></p>tail</div>
            <p id="b">only text</p><div id="c"></div><div id="d"><section><h2>T</h2></section></div>
            </body></html>"#;
        let doc = scraper::Html::parse_document(html);
        let mut seen = 0;
        for el in doc
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            let got: Vec<&str> = spaced_pieces(el).collect();
            assert_eq!(got, pieces_by_edges(el), "<{}>", el.value().name());
            seen += 1;
        }
        assert!(seen > 20);
        // What the walk gives on the outer `div`: blocks spaced, hidden
        // subtrees left out.
        let outer = doc
            .select(&scraper::Selector::parse("#a").expect("selector"))
            .next()
            .expect("the div");
        let text: String = spaced_pieces(outer).collect();
        assert!(text.starts_with("lead bold deep para "), "{text:?}");
        assert!(!text.contains("drawn") && !text.contains("hidden") && !text.contains("var"));
    }

    #[test]
    fn word_hashes_tell_words_of_every_length_apart() {
        use std::hash::{BuildHasher as _, BuildHasherDefault};
        let build = BuildHasherDefault::<WordHasher>::default();
        let alphabet = "abcdefghijklmnopqrstuvwxyz";
        let mut words: Vec<String> = (0..=alphabet.len())
            .map(|n| alphabet[..n].to_string())
            .collect();
        // Words that differ only in their last bytes, before and after
        // eight, and in order.
        words
            .extend(["ba", "abcdefgi", "abcdefghik", "aaaaaaaaab", "aaaaaaaaba"].map(String::from));
        let hashes: std::collections::HashSet<u64> =
            words.iter().map(|w| build.hash_one(w.as_str())).collect();
        assert_eq!(hashes.len(), words.len());
        let bytes: std::collections::HashSet<u64> =
            words.iter().map(|w| build.hash_one(w.as_bytes())).collect();
        assert_eq!(bytes.len(), words.len());
        // The same word, the same hash (the memo finds it again).
        assert_eq!(build.hash_one("abcdefghij"), build.hash_one("abcdefghij"));
        let mut memo = TokenMemo::with_user_tokens([]);
        let long = "article-body-content main-column";
        assert_eq!(memo.kinds(long), token_kinds(long));
        assert_eq!(memo.kinds(long), token_kinds(long));
    }

    #[test]
    fn the_class_memo_reads_as_the_direct_scan() {
        // A word's roles for the test: its length and whether it is
        // `Site-Title` in any case.
        fn roles(word: &[u8]) -> u8 {
            (word.len() % 16) as u8
                | if word.eq_ignore_ascii_case(b"site-title") {
                    0x80
                } else {
                    0
                }
        }
        let direct = |v: &str| {
            let roles = v
                .split(|c: char| c.is_ascii_whitespace())
                .fold(0, |r, w| r | roles(w.as_bytes()));
            let concepts = [
                table::Concept::Navigation,
                table::Concept::Related,
                table::Concept::Comments,
                table::Concept::Ads,
                table::Concept::Share,
                table::Concept::Newsletter,
                table::Concept::Consent,
                table::Concept::Chat,
                table::Concept::Overlay,
                table::Concept::Chrome,
                table::Concept::Hidden,
                table::Concept::Layout,
                table::Concept::Meta,
                table::Concept::Content,
                table::Concept::State,
            ]
            .into_iter()
            .filter(|&c| names_concept(v, Attribute::Class, c))
            .fold(0, |set, c| set | index::concept_bit(c));
            ClassWords {
                bits: token_kinds(v),
                roles,
                concepts,
            }
        };
        let long = format!("{} sidebar", "wrap-".repeat(200));
        let values = [
            "sidebar",
            "Sidebar",
            "SIDEBAR widget",
            "widget sidebar",
            "",
            "   ",
            "\tsite-title\n",
            "SITE-TITLE has-sidebar",
            "has-sidebar",
            "caf\u{e9}-menu r\u{e9}sum\u{e9} \u{65e5}\u{672c}",
            "postBody relatedPosts",
            "card card--wide",
            "card card--small",
            // Words of the ads concept, of a state, and of none.
            "ad-slot adsbygoogle",
            "top-ad has-ads",
            "ad-slot",
            long.as_str(),
        ];
        let mut memo = TokenMemo::default();
        for v in values.iter().chain(&values).chain(values.iter().rev()) {
            assert_eq!(memo.class(v, roles), direct(v), "{v:?}");
        }
        // The words `postBody` and `sidebar` known from other values.
        assert_eq!(
            memo.class("sidebar postBody", roles),
            direct("sidebar postBody")
        );
        // An ad slot's words name the ads concept, a sidebar's do not.
        assert!(memo
            .class("widget ad-slot", roles)
            .names(table::Concept::Ads));
        assert!(!memo.class("sidebar", roles).names(table::Concept::Ads));
    }

    #[test]
    fn class_words_combine() {
        assert_eq!(token_kinds("postBody"), kind::POSITIVE);
        assert_eq!(token_kinds("has-sidebar"), 0);
        assert_eq!(
            token_kinds("has-sidebar  main-sidebar"),
            token_kinds("main-sidebar")
        );
        assert_ne!(token_kinds("main-sidebar"), 0);
        // A state word only mutes its own word.
        assert_eq!(token_kinds("no comments"), token_kinds("comments"));
        assert_ne!(token_kinds("comments"), 0);
        assert_eq!(token_kinds("relatedPosts ad300x250"), kind::STRONG);
    }

    #[test]
    fn user_tokens_join_the_vocabulary() {
        // Made-up words no built-in vocabulary knows.
        let promo = UserToken::new("Zorblat", true).unwrap();
        let story = UserToken::new("quillzone", false).unwrap();
        let mut memo = TokenMemo::with_user_tokens([&promo, &story]);
        assert_eq!(memo.kinds("x-zorblat-wrap"), kind::STRONG);
        assert_eq!(memo.kinds("xZorblat"), kind::STRONG);
        assert_eq!(memo.id_kinds("xZorblat"), kind::STRONG);
        assert_eq!(memo.kinds("has-zorblat"), 0);
        assert_eq!(memo.kinds("quillzone"), kind::POSITIVE);
        assert_eq!(TokenMemo::default().kinds("x-zorblat-wrap"), 0);
        // A caller's kind replaces the built-in one of the same token.
        let sidebar = UserToken::new("sidebar", false).unwrap();
        let mut flip = TokenMemo::with_user_tokens([&sidebar]);
        assert_eq!(flip.kinds("sidebar"), kind::POSITIVE);
        for bad in ["", "post-footer", "ad300", "123", &"x".repeat(25)] {
            assert!(UserToken::new(bad, true).is_err(), "{bad:?}");
        }
        assert_ne!(token_kinds("site-logo") & kind::LOGO, 0);
        assert_eq!(token_kinds("  "), 0);
        assert_eq!(token_kinds(&"x".repeat(100)), 0);
    }

    #[test]
    fn ids_and_classes_differ_where_a_rule_says_so() {
        // A skip link is furniture; an id with "skip" is its target, the
        // content itself.
        let mut memo = TokenMemo::default();
        assert_eq!(memo.kinds("skip-link"), kind::STRONG);
        assert_eq!(memo.id_kinds("skip-target"), 0);
        assert_eq!(memo.kinds("skip-target"), kind::STRONG);
    }

    /// The first element of an HTML fragment.
    fn first_element(html: &str) -> scraper::node::Element {
        let doc = scraper::Html::parse_fragment(html);
        doc.root_element()
            .first_child()
            .and_then(|n| n.value().as_element().cloned())
            .unwrap()
    }

    fn class_of(html: &str) -> Class {
        let el = first_element(html);
        let c = classify(&el, Tag::Div, None);
        let mut memo = TokenMemo::default();
        let known = el.attrs().fold(0, |k, (n, v)| match n {
            "class" => k | memo.kinds(v),
            "id" => k | memo.id_kinds(v),
            _ => k,
        });
        let again = classify(&el, Tag::Div, Some(known));
        assert_eq!(format!("{c:?}"), format!("{again:?}"));
        c
    }

    #[test]
    fn strong_wins_over_positive() {
        let c = class_of("<div class='entry-share'></div>");
        assert!(c.widget);
        let c = class_of("<div class='entry-comments'></div>");
        assert!(c.boiler);
        let c = class_of("<div class='entry-content'></div>");
        assert!(!c.boiler && c.weight > 0);
        let c = class_of("<div class='post-footer'></div>");
        assert!(!c.boiler && !c.weak_boiler);
        let c = class_of("<div class='site-footer'></div>");
        assert!(c.weak_boiler);
    }

    #[test]
    fn state_words_are_not_names() {
        let c = class_of("<div class='article-content has-sidebar with-ads'></div>");
        assert!(!c.boiler && !c.widget && !c.weak_boiler);
        let c = class_of("<div class='sidebar'></div>");
        assert!(c.weak_boiler);
    }

    #[test]
    fn narrow_words_do_not_match_inside_other_names() {
        // Each of these matched a boilerplate word somewhere inside before
        // the words had scopes.
        for html in [
            "<div class='elementor-widget-container'></div>",
            "<div class='field field--label-hidden'></div>",
            "<div class='node node-promoted'></div>",
            "<div class='margin-top-4 border--top padding-bottom'></div>",
            "<div class='sc-bdWaXy css-9tags1k'></div>",
            "<div class='element element-ad41c9e'></div>",
            "<div class='hidden-xs'></div>",
            "<div class='noprint'></div>",
            "<div class='cmp-text'></div>",
            "<div id='skip-target'></div>",
        ] {
            let c = class_of(html);
            assert!(!c.boiler && !c.widget && !c.weak_boiler, "{html}: {c:?}");
        }
        // The same words in their own scope still match.
        for html in [
            "<div class='widget widget_archive'></div>",
            "<div class='hidden'></div>",
            "<div class='promoted'></div>",
            "<div class='top'></div>",
            "<div class='ad-slot'></div>",
            "<div class='qc-cmp2-container'></div>",
            "<div class='cky-consent-bar'></div>",
            "<div class='skip-link'></div>",
        ] {
            let c = class_of(html);
            assert!(c.boiler || c.widget || c.weak_boiler, "{html}: {c:?}");
        }
    }

    #[test]
    fn the_rule_that_decides_is_found_again() {
        let doc = scraper::Html::parse_fragment("<div class='entry share-bar' id='x'></div>");
        let el = doc
            .root_element()
            .first_child()
            .and_then(|n| n.value().as_element().cloned())
            .unwrap();
        let rule = deciding_rule(&el, kind::WIDGET).map(|r| r.id);
        assert_eq!(rule, Some("share.share"));
        assert_eq!(deciding_rule(&el, kind::STRONG), None);
    }

    #[test]
    fn hidden_by_style_and_attrs() {
        assert!(class_of("<div style='DISPLAY: none'></div>").hidden);
        assert!(class_of("<div hidden></div>").hidden);
        assert!(!class_of("<div hidden id='S:1x'></div>").hidden);
        // A collapsed accordion or tab panel is disclosed content.
        assert!(
            !class_of("<div role='region' aria-labelledby='q1' style='display:none'></div>").hidden
        );
        assert!(!class_of("<div role='tabpanel' aria-labelledby='t2' hidden></div>").hidden);
        assert!(class_of("<div role='region' style='display:none'></div>").hidden);
        assert!(class_of("<div role='dialog' aria-labelledby='d' hidden></div>").hidden);
        assert!(
            class_of("<div role='region' aria-labelledby='q1' aria-hidden='true'></div>").hidden
        );
        assert!(class_of("<div hidden id='main'></div>").hidden);
        assert!(!class_of("<div style='border: none'></div>").hidden);
    }

    /// Every attribute `classify` reads is told apart by its name (compared
    /// as an atom), whatever case the page spells it in.
    #[test]
    fn each_read_attribute_is_recognised_by_name() {
        assert!(class_of("<div ROLE='Navigation'></div>").boiler);
        assert!(class_of("<div role='main'></div>").weight > 0);
        assert!(class_of("<div itemprop='text articleBody'></div>").weight > 0);
        assert!(class_of("<div Aria-Hidden='true'></div>").hidden);
        assert!(class_of("<div HIDDEN></div>").hidden);
        assert!(class_of("<div Style='display:none'></div>").hidden);
        assert!(!class_of("<div data-role='navigation' data-style='display:none'></div>").hidden);
        assert!(class_of("<div CLASS='site-comments'></div>").boiler);
        assert!(!class_of("<div data-class='site-comments'></div>").boiler);
        let input = first_element("<input TYPE='Hidden'>");
        assert!(classify(&input, Tag::Input, None).hidden);
        assert!(!classify(&input, Tag::Div, None).hidden);
    }

    #[test]
    fn what_hides_an_element_is_named() {
        let by = |html: &str| hidden_by(&first_element(html));
        assert_eq!(by("<div style='DISPLAY: none'></div>"), Some("style"));
        assert_eq!(by("<div hidden></div>"), Some("hidden-attribute"));
        assert_eq!(by("<div hidden id='S:1x'></div>"), None);
        assert_eq!(by("<div aria-hidden='true'></div>"), Some("aria-hidden"));
        assert_eq!(by("<input type='hidden'>"), Some("input-hidden"));
        assert_eq!(by("<div style='border: none'></div>"), None);
    }

    #[test]
    fn the_guard_keeps_every_attribute_the_rules_read() {
        // A rule on an attribute the guard drops would never fire.
        for name in READ_ATTRIBUTES {
            let value = if *name == "style" {
                "display: none"
            } else {
                "x"
            };
            assert!(crate::guard::keeps_attribute(name, value), "{name}");
        }
        for a in crate::guard::KEPT_DATA_ATTRIBUTES {
            assert!(crate::guard::keeps_attribute(&format!("data-{a}"), "x"));
        }
        // The image addresses are read from attributes the guard keeps.
        for name in IMAGE_SOURCES.iter().chain(IMAGE_SRCSETS) {
            assert!(crate::guard::keeps_attribute(name, "a.jpg"), "{name}");
        }
        assert!(!crate::guard::keeps_attribute("data-track", "x"));
        assert!(!crate::guard::keeps_attribute("aria-label", "x"));
        // Every rule reads class or id, both in READ_ATTRIBUTES.
        assert!(READ_ATTRIBUTES.contains(&"class") && READ_ATTRIBUTES.contains(&"id"));
    }
}
