//! The stripper's knowledge as data: class/id/role vocabularies that say
//! "this container is boilerplate" or "this container is the article".
//!
//! Class and id values are split into tokens (on punctuation, at
//! camelCase humps and at letter/digit boundaries) and each token is looked
//! up in the tables below, lowercased. `article-body__share-bar` gives
//! `article`, `body`, `share`, `bar`.
//!
//! - [`STRONG_BOILER`]: the container is boilerplate even when a content
//!   token is also present (`entry-share`, `post-comments`).
//! - [`WEAK_BOILER`]: boilerplate unless a content token is present too
//!   (`sidebar`, `footer`, `meta`); inside the article such blocks are only
//!   dropped when short.
//! - [`POSITIVE`]: content hints that raise a container's score.
//!
//! Callers add tokens of their own, globally or per host, with
//! [`ExtractorBuilder::boilerplate_class`](crate::ExtractorBuilder::boilerplate_class)
//! and [`ExtractorBuilder::content_class`](crate::ExtractorBuilder::content_class);
//! a caller's token overrides the built-in kind of the same token.

use scraper::node::Element;

use crate::extract::Tag;

/// Tokens that mark a container as boilerplate outright, whatever its size:
/// navigation, related-content rails, comment threads.
#[rustfmt::skip]
pub const STRONG_BOILER: &[&str] = &[
    // navigation
    "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs",
    "pagination", "pager", "skip", "skiplink", "toolbar", "topbar", "offcanvas", "hamburger",
    "mainmenu",
    // related and recommended
    "related", "relatedposts", "yarpp", "recommended", "recommendations", "recirculation",
    "recirc", "trending", "popular", "mostread", "mostpopular", "moreposts", "morestories",
    "readmore", "readnext", "upnext", "teaser", "teasers", "outbrain", "taboola", "zergnet",
    "revcontent", "mgid", "legends",
    // comments
    "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion",
    // the same in other languages (es, pt, fr, de, it, nl)
    "relacionadas", "relacionados", "relacionada", "tambien", "comentarios", "commentaires",
    "kommentare", "commenti", "correlati", "verwandte", "empfehlungen", "lire", "leia",
];

/// Tokens naming small widgets: ads, share and follow bars, newsletter,
/// cookie and chat boxes, overlays. Such a container is boilerplate unless it
/// is large, paragraph-rich prose (then the name belongs to a wrapper, like
/// `id="gigya-share-btns-container"` around a whole article).
#[rustfmt::skip]
pub const WIDGET_BOILER: &[&str] = &[
    // ads and promotion
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot",
    "adunit", "adwrapper", "dfp", "gpt", "sponsor", "sponsored", "sponsors", "promo", "promos",
    "promoted", "promotion", "affiliate",
    // share and follow
    "share", "shares", "sharing", "sharer", "sharebar", "sharedaddy", "social", "socials",
    "socialmedia", "addthis", "sharethis", "addtoany", "a2a", "follow", "print", "bookmark",
    // newsletter, subscription, paywall, login
    "newsletter", "subscribe", "subscription", "signup", "login", "signin",
    "register", "registration", "compartir", "partage", "partager", "teilen", "condividi",
    "publicidad", "publicite", "publicidade", "werbung", "anzeige", "pubblicita", "reclame",
    // cookie and consent banners
    "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "cookiebot", "cookieyes",
    "complianz", "cmplz", "cky", "qc", "didomi", "truste", "osano", "iubenda", "borlabs",
    // chat widgets
    "chat", "chatbot", "livechat", "tidio", "tawk", "crisp", "intercom", "drift", "zendesk",
    "hubspot", "joinchat", "whatsapp", "wa", "messenger", "ht", "ctc",
    // overlays and misc chrome
    "modal", "popup", "popover", "overlay", "lightbox", "backtotop", "scrolltop", "totop",
    "gototop", "search", "searchform", "tags", "tagcloud", "taglist", "authorbox",
    "authorbio", "bio", "hidden", "sr", "visually", "screenreader", "noprint", "jump", "alert",
];

/// Tokens that mark a container as boilerplate unless a content token is
/// present too.
#[rustfmt::skip]
pub const WEAK_BOILER: &[&str] = &[
    "header", "footer", "foot", "widget", "widgets", "sidebar", "meta", "byline", "dateline",
    "date", "timestamp", "time", "author", "credit", "credits", "caption", "extra", "extras",
    "supplemental", "aside", "banner", "masthead", "rail", "top", "bottom", "links", "tools", "utility",
    "utilities", "info", "categories", "category", "label", "badge", "kicker", "eyebrow",
    "headline", "title", "firma", "autor", "auteur", "fecha", "datum",
];

/// Tokens that mark a container as (part of) the article.
#[rustfmt::skip]
pub const POSITIVE: &[&str] = &[
    "article", "articlebody", "body", "content", "entry", "post", "story", "text", "main",
    "blog", "hentry", "prose", "richtext", "copy", "page", "single", "news", "detail",
    "storycontent", "postcontent", "entrycontent", "articletext", "paragraph",
];

/// Whole blocks with exactly one of these texts (case-insensitive, outer
/// punctuation ignored) are interface labels, not article text.
#[rustfmt::skip]
pub const LABELS: &[&str] = &[
    "advertisement", "advertisment", "advertising", "ad", "ads", "sponsored", "sponsored content",
    "paid content", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "reklama",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "article continues below", "story continues below",
    "scroll to continue", "scroll to continue with content", "skip advertisement",
    "advertisement - scroll to continue", "continue reading", "read more", "readmore", "show more", "see more", "load more", "share", "share this",
    "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
    "email", "print", "comments", "comment", "loading", "close", "menu", "skip to content",
    "back to top", "subscribe", "sign up", "log in", "sign in", "click to enlarge",
    "toggle caption", "hide caption", "enlarge this image", "view comments", "listen",
    "listen to this article", "play", "watch", "photo", "video", "editors' recommendations",
    "editors’ recommendations", "recommended", "recommended for you", "related",
    "related articles", "related stories", "related posts", "related content", "more from",
    "in this article", "you may also like", "you might also like", "read next", "most popular",
    "most read", "trending", "trending now", "more stories", "latest news", "popular",
    "top stories", "more on this story", "more like this", "what to read next",
];

/// Short blocks starting with one of these are "the article goes on below
/// the ad" notices.
#[rustfmt::skip]
pub const LABEL_PREFIXES: &[&str] = &[
    "article continues below", "story continues below", "continue reading below",
    "content continues below", "advertisement - ", "advertisement: ",
];

/// Short blocks (under 200 bytes) starting with one of these, case-insensitive,
/// are teasers, credits or legal lines, not article prose.
#[rustfmt::skip]
pub const LINE_PREFIXES: &[&str] = &[
    "related:", "related story:", "related stories:", "related article:", "related articles:",
    "read more:", "read more at", "read also:", "also read:", "also:", "see also:", "more:",
    "must read:", "must watch", "watch:", "watch now:", "listen:", "recommended:", "read next:",
    "don't miss:", "trending:", "click here", "tap here", "sign up for", "subscribe to",
    "copyright", "©", "(c) 20", "image credit", "photo credit", "image source:", "photo:",
    "image:", "credit:", "tags:", "filed under:", "topics:", "categories:",
];

/// Short blocks containing one of these, case-insensitive, are legal lines
/// or credits.
#[rustfmt::skip]
pub const LINE_CONTAINS: &[&str] = &[
    "all rights reserved", "contributed to this report", "contributed to this story",
    "contributed reporting", "may not be published, broadcast", "may receive compensation",
    "credit:", "getty images", "delivered to your inbox", "may contain advertising",
    "includes information from",
];

/// Whether a short block is a teaser, credit or legal line (see
/// [`LINE_PREFIXES`] and [`LINE_CONTAINS`]).
pub(crate) fn is_boilerplate_line(text: &str) -> bool {
    let t = text.trim();
    if t.len() >= 200 {
        return false;
    }
    let lower = t.to_lowercase();
    LINE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || LINE_CONTAINS.iter().any(|c| lower.contains(c))
        || is_byline(t)
}

/// "By Jane Roe", "BY JANE ROE AND JOHN DOE", "ByThe Associated Press":
/// a short line naming the authors.
fn is_byline(t: &str) -> bool {
    if t.len() > 80 || t.ends_with(['.', '?', '!', ':']) {
        return false;
    }
    let rest = t
        .strip_prefix("By")
        .or_else(|| t.strip_prefix("BY"))
        .or_else(|| t.strip_prefix("by "));
    rest.is_some_and(|r| {
        let r = r.trim_start_matches([' ', ':']);
        r.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Job words of an author's bio line ("Jane Roe is a reporter covering ...").
#[rustfmt::skip]
const BIO_JOBS: &[&str] = &[
    "reporter", "editor", "writer", "correspondent", "journalist", "contributor", "columnist",
    "author", "producer", "freelance",
];

/// Whether a block at the end of an article is the author's bio.
pub(crate) fn is_author_bio(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 500 {
        return false;
    }
    // "<Capitalised Name of 1-4 words> is a|an|the ... <job>".
    let words: Vec<&str> = t.split_whitespace().take(7).collect();
    let Some(verb) = words
        .iter()
        .position(|w| *w == "is" || *w == "was" || *w == "covers")
    else {
        return false;
    };
    let name_ok = (1..=4).contains(&verb)
        && words[..verb]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let lower = t.to_lowercase();
    name_ok && BIO_JOBS.iter().any(|j| lower.contains(j))
}

/// Words besides numbers and month names that a date line may hold.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "am", "pm", "at", "on", "updated", "published", "posted", "modified", "last", "utc", "gmt",
    "est", "et", "pt", "edt", "pst", "cet", "cest", "bst", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether a block's whole text is an interface label (see [`LABELS`] and
/// [`LABEL_PREFIXES`]) or a bare date line.
pub(crate) fn is_label(text: &str) -> bool {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() || t.len() > 64 {
        return false;
    }
    let lower = t.to_lowercase();
    LABELS.contains(&lower.as_str())
        || LABEL_PREFIXES.iter().any(|p| lower.starts_with(p))
        || is_date_line(&lower)
}

/// "Dec 20, 2023", "20 December 2023 10:41", "2023-12-20": a block that is
/// only a date (and maybe a time) is page furniture, not prose.
fn is_date_line(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '-' | '.' | '|'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 || words.len() > 7 {
        return false;
    }
    let is_year = |w: &&str| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    let date_word = |w: &&str| {
        let w = w.trim_end_matches(':');
        w.bytes().all(|b| b.is_ascii_digit() || b == b':')
            || MONTHS.iter().any(|m| w.starts_with(m))
            || DATE_WORDS.contains(&w)
    };
    words.iter().any(is_year) && words.iter().all(date_word)
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
    /// Strong boilerplate vocabulary ([`super::STRONG_BOILER`]).
    pub(crate) const STRONG: u16 = 1;
    /// Widget vocabulary, boilerplate when small ([`super::WIDGET_BOILER`]).
    pub(crate) const WIDGET: u16 = 1 << 1;
    /// Weak boilerplate hint ([`super::WEAK_BOILER`]).
    pub(crate) const WEAK: u16 = 1 << 2;
    /// Content hint ([`super::POSITIVE`]).
    pub(crate) const POSITIVE: u16 = 1 << 3;
    /// Names an image caption or credit.
    pub(crate) const CAPTION: u16 = 1 << 4;
    /// Names the site's logo or brand block (`logo`, `brand`, `sitename`…).
    pub(crate) const BRAND: u16 = 1 << 5;
    /// Names a logo image (`logo`, `brand`, `branding`).
    pub(crate) const LOGO: u16 = 1 << 6;
    /// A feed/syndication plugin's class ([`crate::syndication::patterns::PLUGIN_TOKENS`]).
    pub(crate) const PLUGIN: u16 = 1 << 7;
    /// A state word (`has-sidebar`, `no-comments`): the class/id word it
    /// opens says nothing about the element's role.
    pub(crate) const STATE: u16 = 1 << 8;
    /// The four vocabulary kinds, of which a token has at most one.
    pub(crate) const VOCABULARY: u16 = STRONG | WIDGET | WEAK | POSITIVE;
}

/// All token vocabularies in one open-addressing hash table keyed by the
/// token's FNV-1a hash, which [`for_each_token_hashed`] computes while it
/// lowercases, so a lookup costs one probe instead of a binary search of
/// string comparisons. On a token in several vocabularies the first list
/// wins (strong, widget, weak, positive); the other bits add up.
struct TokenIndex {
    slots: Vec<(u64, &'static str, u16)>,
    mask: usize,
}

impl TokenIndex {
    fn build() -> Self {
        let mut entries: Vec<(&'static str, u16)> = Vec::new();
        let mut add = |t: &'static str, bits: u16| {
            if let Some(e) = entries.iter_mut().find(|(x, _)| *x == t) {
                // First vocabulary wins; extra bits accumulate.
                let vocab = if e.1 & kind::VOCABULARY != 0 {
                    0
                } else {
                    bits & kind::VOCABULARY
                };
                e.1 |= vocab | (bits & !kind::VOCABULARY);
            } else {
                entries.push((t, bits));
            }
        };
        for (list, bits) in [
            (STRONG_BOILER, kind::STRONG),
            (WIDGET_BOILER, kind::WIDGET),
            (WEAK_BOILER, kind::WEAK),
            (POSITIVE, kind::POSITIVE),
        ] {
            for t in list {
                add(t, bits);
            }
        }
        for t in ["caption", "credit", "credits", "figcaption"] {
            add(t, kind::CAPTION);
        }
        for t in ["logo", "brand", "sitename", "sitetitle", "branding"] {
            add(t, kind::BRAND);
        }
        for t in ["logo", "brand", "branding"] {
            add(t, kind::LOGO);
        }
        for t in crate::syndication::patterns::PLUGIN_TOKENS {
            add(t, kind::PLUGIN);
        }
        for t in STATE_PREFIXES {
            add(t, kind::STATE);
        }
        let size = (entries.len() * 4).next_power_of_two();
        let mask = size - 1;
        let mut slots = vec![(0u64, "", 0u16); size];
        for (t, bits) in entries {
            let h = crate::fnv::hash(t.as_bytes());
            let mut i = (h as usize) & mask;
            while !slots[i].1.is_empty() {
                i = (i + 1) & mask;
            }
            slots[i] = (h, t, bits);
        }
        TokenIndex { slots, mask }
    }

    fn get(&self, hash: u64, tok: &[u8]) -> u16 {
        let mut i = (hash as usize) & self.mask;
        loop {
            let (h, t, bits) = self.slots[i];
            if t.is_empty() {
                return 0;
            }
            if h == hash && t.as_bytes() == tok {
                return bits;
            }
            i = (i + 1) & self.mask;
        }
    }
}

fn token_index() -> &'static TokenIndex {
    static INDEX: std::sync::OnceLock<TokenIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(TokenIndex::build)
}

/// [`token_kinds`] memoised per distinct value: pages repeat the same
/// class strings on every menu item, card and list entry (about half of
/// all class/id values on news pages are repeats within the page).
/// The caller's own tokens ([`UserToken`]) join the built-in vocabularies.
#[derive(Default)]
pub(crate) struct TokenMemo<'a> {
    seen: std::collections::HashMap<&'a str, u16, std::hash::BuildHasherDefault<WordHasher>>,
    user: Vec<(u64, &'a str, u16)>,
}

impl<'a> TokenMemo<'a> {
    /// A memo that also knows the caller's tokens.
    pub(crate) fn with_user_tokens(tokens: impl IntoIterator<Item = &'a UserToken>) -> Self {
        TokenMemo {
            seen: Default::default(),
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

    /// The [`kind`] bits of `value`, computed once per distinct value.
    pub(crate) fn kinds(&mut self, value: &'a str) -> u16 {
        if let Some(&bits) = self.seen.get(value) {
            return bits;
        }
        let bits = if self.user.is_empty() {
            token_kinds(value)
        } else {
            token_kinds_with(value, &self.user)
        };
        self.seen.insert(value, bits);
        bits
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
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        self.0 =
            (self.0.rotate_left(5) ^ u64::from_le_bytes(w) ^ rest.len() as u64).wrapping_mul(K);
    }
}

/// The [`kind`] bits of a class or id value: the union over its tokens,
/// skipping words that state a page state (`has-sidebar`, `no-comments`).
pub(crate) fn token_kinds(value: &str) -> u16 {
    token_kinds_with(value, &[])
}

/// [`token_kinds`] with the caller's tokens (hash, token, bits), which win
/// over the built-in vocabulary kind of the same token.
fn token_kinds_with(value: &str, user: &[(u64, &str, u16)]) -> u16 {
    let index = token_index();
    let mut bits = 0;
    let mut skip_word = false;
    for_each_token_hashed(value, |tok, hash, first_in_word| {
        let mut found = index.get(hash, tok);
        for &(h, t, b) in user {
            if h == hash && t.as_bytes() == tok {
                found = (found & !kind::VOCABULARY) | b;
            }
        }
        if first_in_word {
            skip_word = found & kind::STATE != 0;
        }
        if !skip_word {
            bits |= found;
        }
    });
    bits & !kind::STATE
}

/// The shown text of `el` in document order, with a `" "` piece where a
/// block-level element or a `<br>` starts or ends: like a browser's
/// `innerText`, `<div>May 3</div><div>2023</div>` reads "May 3 2023", not
/// "May 32023", whether or not the page puts whitespace between them. What
/// is never shown (`<script>`, `<style>`, `<noscript>`, `<template>`,
/// `<svg>`) gives nothing.
pub(crate) fn spaced_pieces<'a>(el: scraper::ElementRef<'a>) -> impl Iterator<Item = &'a str> + 'a {
    use ego_tree::iter::Edge;
    let own = el.id();
    // Depth inside elements that are never shown.
    let mut hidden = 0usize;
    el.traverse().filter_map(move |edge| {
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
                // The element itself is no boundary inside its own text.
                let block = hidden == 0
                    && node.id() != own
                    && (name == "br" || crate::guard::is_block_name(name.as_bytes()));
                block.then_some(" ")
            }
            _ => None,
        }
    })
}

/// An attribute's value, found by comparing names. scraper's
/// `Element::attr` interns the name on every call, which costs a hash per
/// lookup in per-element loops.
pub(crate) fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.attrs().find_map(|(n, v)| (n == name).then_some(v))
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
    for (name, value) in el.attrs() {
        match name {
            "class" | "id" if known_tokens.is_none() => tokens |= token_kinds(value),
            "role" => {
                let v = value.trim();
                if BOILER_ROLES.iter().any(|r| v.eq_ignore_ascii_case(r)) {
                    role_strong = true;
                } else if v.eq_ignore_ascii_case("main") || v.eq_ignore_ascii_case("article") {
                    role_positive = true;
                }
            }
            "hidden" => out.hidden = true,
            "aria-hidden" if value.trim().eq_ignore_ascii_case("true") => out.hidden = true,
            "type" if tag == Tag::Input && value.eq_ignore_ascii_case("hidden") => {
                out.hidden = true
            }
            "style" if style_hides(value) => out.hidden = true,
            "itemprop" if value.split_ascii_whitespace().any(|v| v == "articleBody") => {
                role_positive = true;
            }
            _ => {}
        }
    }
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
        out.weight -= 25;
        out.boiler = strong;
        out.widget = widget && !strong;
    }
    if weak {
        out.weight -= 25;
        out.weak_boiler = true;
    }
    if positive {
        out.weight += 25;
        if !strong && !widget {
            out.weak_boiler = false;
        }
    }
    out
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

/// Words whose first token is one of these describe a state of the element
/// (`has-sidebar`, `with-comments`, `no-ads`), not what the element is.
/// `ctxt` opens the marker of an attached context menu (`CtxtMenu_Attached_0`,
/// which MathJax puts on every formula): the element has a menu, it is none.
const STATE_PREFIXES: &[&str] = &[
    "has", "with", "without", "no", "show", "hide", "enable", "disable", "is", "supports", "ctxt",
];

/// Splits a class or id value into lowercase ASCII tokens at non-alphanumerics
/// and at case and letter/digit changes (`postBody2` → `post`, `body`, `2`),
/// passing each with its FNV-1a hash and whether it is the first token of a
/// whitespace-separated word. Tokens longer than 24 bytes and pure digit
/// runs cannot match any vocabulary and are skipped (a skipped first token
/// still makes the next one not first).
fn for_each_token_hashed(value: &str, mut f: impl FnMut(&[u8], u64, bool)) {
    let mut buf = [0u8; 24];
    let mut len = 0usize;
    let mut hash = crate::fnv::OFFSET;
    let mut too_long = false;
    let mut digits = true;
    let mut prev = ByteClass::Other;
    // Whether the token being read opens its whitespace-separated word.
    let mut first = true;
    let mut emit = |buf: &[u8; 24], len: usize, hash: u64, skip: bool, first: bool| {
        if len > 0 && !skip {
            f(&buf[..len], hash, first);
        }
    };
    for &b in value.as_bytes() {
        let class = BYTE_CLASS[usize::from(b)];
        let boundary = match class {
            ByteClass::Lower => prev == ByteClass::Digit,
            ByteClass::Upper => prev == ByteClass::Lower || prev == ByteClass::Digit,
            ByteClass::Digit => matches!(prev, ByteClass::Lower | ByteClass::Upper),
            ByteClass::Space | ByteClass::Other => {
                emit(&buf, len, hash, too_long || digits, first);
                if len > 0 {
                    first = false;
                }
                if class == ByteClass::Space {
                    first = true;
                }
                len = 0;
                hash = crate::fnv::OFFSET;
                too_long = false;
                digits = true;
                prev = class;
                continue;
            }
        };
        if boundary {
            emit(&buf, len, hash, too_long || digits, first);
            first = false;
            len = 0;
            hash = crate::fnv::OFFSET;
            too_long = false;
            digits = true;
        }
        let lower = b | u8::from(class == ByteClass::Upper) << 5;
        if len < buf.len() {
            buf[len] = lower;
            len += 1;
            hash = crate::fnv::step(hash, lower);
        } else {
            too_long = true;
        }
        digits &= class == ByteClass::Digit;
        prev = class;
    }
    emit(&buf, len, hash, too_long || digits, first);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Lower,
    Upper,
    Digit,
    Space,
    Other,
}

/// The class of each byte for [`for_each_token_hashed`].
static BYTE_CLASS: [ByteClass; 256] = {
    let mut t = [ByteClass::Other; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_lowercase() {
            ByteClass::Lower
        } else if b.is_ascii_uppercase() {
            ByteClass::Upper
        } else if b.is_ascii_digit() {
            ByteClass::Digit
        } else if b.is_ascii_whitespace() {
            ByteClass::Space
        } else {
            ByteClass::Other
        };
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        for_each_token_hashed(s, |t, h, _| {
            assert_eq!(h, crate::fnv::hash(t));
            v.push(String::from_utf8_lossy(t).into_owned());
        });
        v
    }

    #[test]
    fn tokenizes_classes() {
        assert_eq!(
            tokens("article-body__share-bar"),
            ["article", "body", "share", "bar"]
        );
        assert_eq!(
            tokens("relatedPosts ad300x250"),
            ["related", "posts", "ad", "x"]
        );
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
    }

    #[test]
    fn user_tokens_join_the_vocabulary() {
        // Made-up words no built-in vocabulary knows.
        let promo = UserToken::new("Zorblat", true).unwrap();
        let story = UserToken::new("quillzone", false).unwrap();
        let mut memo = TokenMemo::with_user_tokens([&promo, &story]);
        assert_eq!(memo.kinds("x-zorblat-wrap"), kind::STRONG);
        assert_eq!(memo.kinds("xZorblat"), kind::STRONG);
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
        assert_eq!(tokens("  "), Vec::<String>::new());
        assert!(tokens(&"x".repeat(100)).is_empty());
    }

    fn class_of(html: &str) -> Class {
        let doc = scraper::Html::parse_fragment(html);
        let el = doc
            .root_element()
            .first_child()
            .and_then(|n| n.value().as_element().cloned())
            .unwrap();
        let c = classify(&el, Tag::Div, None);
        let known = el
            .attrs()
            .filter(|(n, _)| *n == "class" || *n == "id")
            .fold(0, |k, (_, v)| k | token_kinds(v));
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
    fn boilerplate_lines_and_bios() {
        assert!(is_boilerplate_line(
            "RELATED: Ten things to know about the budget"
        ));
        assert!(is_boilerplate_line(
            "Copyright 2024 Example Media. All rights reserved."
        ));
        assert!(is_boilerplate_line("Jane Roe contributed to this report."));
        assert!(!is_boilerplate_line(
            "Related research has shown the same effect in mice."
        ));
        assert!(is_boilerplate_line("By Jane Roe and John Doe"));
        assert!(is_boilerplate_line("ByThe Associated Press"));
        assert!(!is_boilerplate_line(
            "By Friday, the river had risen two metres."
        ));
        assert!(is_author_bio(
            "Jane Roe is a reporter covering the valley's food scene."
        ));
        assert!(!is_author_bio(
            "The mayor is a former teacher who grew up in the valley."
        ));
        assert!(!is_author_bio(
            "Though the screenwriting realm is a bit chaotic, writers go on."
        ));
    }

    #[test]
    fn labels_and_date_lines() {
        assert!(is_label("Advertisement"));
        assert!(is_label("  ADVERTISEMENT  "));
        assert!(is_label("Article continues below this ad"));
        assert!(is_label("Dec 20, 2023"));
        assert!(is_label("Posted: Sunday 23 August 2026"));
        assert!(is_label("Updated: 20.12.2023 10:41"));
        assert!(!is_label("May 2023 was the warmest month on record."));
        assert!(!is_label("Advertisement revenue fell by a third in 2023."));
    }

    #[test]
    fn state_words_are_not_names() {
        let c = class_of("<div class='article-content has-sidebar with-ads'></div>");
        assert!(!c.boiler && !c.widget && !c.weak_boiler);
        let c = class_of("<div class='sidebar'></div>");
        assert!(c.weak_boiler);
    }

    #[test]
    fn hidden_by_style_and_attrs() {
        assert!(class_of("<div style='DISPLAY: none'></div>").hidden);
        assert!(class_of("<div hidden></div>").hidden);
        assert!(!class_of("<div style='border: none'></div>").hidden);
    }
}
