//! The rule table compiled into one open-addressing hash table keyed by the
//! FNV-1a hash of a pattern, and the scanner that reads class and id values
//! against it (see [the table's docs](super::table) for words, segments and
//! tokens).
//!
//! One probe per token finds every rule on that string, whatever its scope;
//! the scope decides whether the hit counts where the token stands. Longer
//! keys (a segment of several tokens, a word prefix, a whole word) cost one
//! more probe each, only when some rule of that scope is that long.

use super::kind;
use super::table::{Attribute, Kind, On, Rule, Scope, RULES};

/// No rule: a hit of marker bits only, or a caller's word.
pub(crate) const NO_RULE: u16 = u16::MAX;

/// Longest token looked up; longer tokens match nothing.
const MAX_TOKEN: usize = 24;
/// Longest word prefix or whole word looked up (normalised, `-` between
/// segments).
const MAX_KEY: usize = 32;

/// First segments of utility class words (Bootstrap, Tailwind, SUIT): a word
/// like `mt-4`, `d-print-none`, `col-md-8`, `hidden-xs` or `md:hidden` says
/// how the element is laid out, not what it is.
#[rustfmt::skip]
const UTILITY_HEADS: &[&str] = &[
    "d", "m", "p", "mt", "mb", "ml", "mr", "mx", "my", "ms", "me", "pt", "pb", "pl", "pr", "px",
    "py", "ps", "pe", "col", "offset", "order", "hidden", "visible", "u", "margin", "padding",
    "border", "float", "flex", "grid", "gap", "w", "h", "z", "xs", "sm", "md", "lg", "xl", "xxl",
];

/// Last segments of responsive utility words (`hidden-xs`, `visible-lg`).
const UTILITY_TAILS: &[&str] = &["xs", "sm", "md", "lg", "xl", "xxl"];

/// What one string says in one scope.
#[derive(Debug, Clone, Copy)]
struct Hit {
    /// The rule's kind bit, or 0.
    bits: u16,
    /// Index of the rule in [`RULES`], or [`NO_RULE`].
    rule: u16,
    /// Which attributes the rule reads: 1 class, 2 id.
    on: u8,
    /// Marker bits ([`kind::CAPTION`], [`kind::BRAND`], ...), any attribute.
    marks: u16,
}

const NO_HIT: Hit = Hit {
    bits: 0,
    rule: NO_RULE,
    on: 0,
    marks: 0,
};

/// The slot of each scope in [`Slot::hits`].
const TOKEN: usize = 0;
const SEGMENT: usize = 1;
const PREFIX: usize = 2;
const WORD: usize = 3;

fn scope_slot(s: Scope) -> usize {
    match s {
        Scope::Token => TOKEN,
        Scope::Segment => SEGMENT,
        Scope::Prefix => PREFIX,
        Scope::Word => WORD,
    }
}

/// The [`kind`] bit of a rule kind.
pub(crate) fn kind_bits(k: Kind) -> u16 {
    match k {
        Kind::Strong => kind::STRONG,
        Kind::Widget => kind::WIDGET,
        Kind::Weak => kind::WEAK,
        Kind::Positive => kind::POSITIVE,
        Kind::State => kind::STATE,
    }
}

fn attr_mask(a: Attribute) -> u8 {
    match a {
        Attribute::Class => 1,
        Attribute::Id => 2,
    }
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    hash: u64,
    key: &'static str,
    hits: [Hit; 4],
}

/// The compiled table.
pub(crate) struct TokenIndex {
    slots: Vec<Slot>,
    mask: usize,
    /// Longest segment-, prefix- or word-scope pattern: longer segments of
    /// several tokens are not looked up.
    max_segment_key: usize,
    /// Longest prefix- or word-scope pattern: longer word prefixes are not
    /// looked up.
    max_prefix_key: usize,
}

/// Marker words: extra bits that are no vocabulary kind.
fn markers() -> impl Iterator<Item = (&'static str, u16)> {
    let caption = ["caption", "credit", "credits", "figcaption"]
        .into_iter()
        .map(|t| (t, kind::CAPTION));
    let brand = ["logo", "brand", "sitename", "sitetitle", "branding"]
        .into_iter()
        .map(|t| (t, kind::BRAND));
    let logo = ["logo", "brand", "branding"]
        .into_iter()
        .map(|t| (t, kind::LOGO));
    let plugin = crate::syndication::patterns::PLUGIN_TOKENS
        .iter()
        .map(|t| (*t, kind::PLUGIN));
    caption.chain(brand).chain(logo).chain(plugin)
}

impl TokenIndex {
    fn build() -> Self {
        let mut entries: Vec<(&'static str, [Hit; 4])> = Vec::new();
        fn entry<'e>(
            entries: &'e mut Vec<(&'static str, [Hit; 4])>,
            key: &'static str,
        ) -> &'e mut [Hit; 4] {
            let at = match entries.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    entries.push((key, [NO_HIT; 4]));
                    entries.len() - 1
                }
            };
            &mut entries[at].1
        }
        for (i, r) in RULES.iter().enumerate() {
            let hit = &mut entry(&mut entries, r.pattern)[scope_slot(r.scope)];
            // Two rules on one string in one scope: the first stays (the
            // table test forbids it).
            if hit.rule == NO_RULE {
                hit.bits = kind_bits(r.kind);
                hit.rule = i as u16;
                hit.on = match r.on {
                    On::Any => 3,
                    On::Class => 1,
                    On::Id => 2,
                };
            }
        }
        for (t, bits) in markers() {
            entry(&mut entries, t)[TOKEN].marks |= bits;
        }
        let size = (entries.len() * 4).next_power_of_two();
        let mask = size - 1;
        let mut slots = vec![
            Slot {
                hash: 0,
                key: "",
                hits: [NO_HIT; 4],
            };
            size
        ];
        for (key, hits) in entries {
            let hash = crate::fnv::hash(key.as_bytes());
            let mut i = (hash as usize) & mask;
            while !slots[i].key.is_empty() {
                i = (i + 1) & mask;
            }
            slots[i] = Slot { hash, key, hits };
        }
        let longest = |scopes: &[Scope]| {
            RULES
                .iter()
                .filter(|r| scopes.contains(&r.scope))
                .map(|r| r.pattern.len())
                .max()
                .unwrap_or(0)
        };
        TokenIndex {
            slots,
            mask,
            max_segment_key: longest(&[Scope::Segment, Scope::Prefix, Scope::Word]).min(MAX_TOKEN),
            max_prefix_key: longest(&[Scope::Prefix, Scope::Word]).min(MAX_KEY),
        }
    }

    fn get(&self, hash: u64, key: &[u8]) -> Option<&[Hit; 4]> {
        let mut i = (hash as usize) & self.mask;
        loop {
            let s = &self.slots[i];
            if s.key.is_empty() {
                return None;
            }
            if s.hash == hash && s.key.as_bytes() == key {
                return Some(&s.hits);
            }
            i = (i + 1) & self.mask;
        }
    }
}

pub(crate) fn token_index() -> &'static TokenIndex {
    static INDEX: std::sync::OnceLock<TokenIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(TokenIndex::build)
}

/// The hits of one word: kind and marker bits, and the first few rules.
#[derive(Default)]
struct WordHits {
    bits: u16,
    rules: [u16; 4],
    n: usize,
}

impl WordHits {
    fn add(&mut self, hit: &Hit, mask: u8) {
        if hit.rule != NO_RULE && hit.on & mask != 0 {
            self.bits |= hit.bits;
            if self.n < self.rules.len() {
                self.rules[self.n] = hit.rule;
                self.n += 1;
            }
        }
        self.bits |= hit.marks;
    }
}

/// Whether a word is a layout utility class (`mt-4`, `hidden-xs`,
/// `col-md-8`, `md:hidden`): a word of two or more segments whose first
/// segment is in [`UTILITY_HEADS`] or last in [`UTILITY_TAILS`].
fn is_utility_word(word: &[u8]) -> bool {
    // Utility heads and tails are at most 7 bytes; most words have no
    // punctuation or a longer first segment.
    const LONGEST: usize = 7;
    let Some(first_end) = word.iter().position(|b| !b.is_ascii_alphanumeric()) else {
        return false;
    };
    let last_start = word
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |p| p + 1);
    let first = &word[..first_end];
    let last = &word[last_start..];
    if first.is_empty() || last.is_empty() {
        return false;
    }
    let is = |s: &[u8], list: &[&str]| {
        s.len() <= LONGEST && list.iter().any(|u| u.as_bytes().eq_ignore_ascii_case(s))
    };
    is(first, UTILITY_HEADS) || is(last, UTILITY_TAILS)
}

/// Whether a segment is a generated name, not a word: hex runs with digits
/// (`ad41c9e`), letter/digit mixes (`1n7v3ny`), or random-case strings from
/// CSS-in-JS libraries (`kXWaPq`, `bdVaJa`). Such segments match nothing.
pub(crate) fn is_hash_like(seg: &[u8]) -> bool {
    // Most segments are plain lower-case words.
    if seg.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let digits = seg.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = seg.len() - digits;
    if seg.len() >= 5 && digits > 0 && letters > 0 && seg.iter().all(u8::is_ascii_hexdigit) {
        return true;
    }
    // Alternations between letters and digits.
    let runs = 1 + seg
        .windows(2)
        .filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit())
        .count();
    if runs >= 4 {
        return true;
    }
    let upper = seg.iter().filter(|b| b.is_ascii_uppercase()).count();
    // Generated class names are short; longer mixed-case words are camelCase
    // with acronyms (`relatedPostsIDs`).
    if upper == 0 || upper == letters || seg.len() > 8 {
        return false;
    }
    // Two capitals in a row after a lower-case start (`kXWaPq`), or several
    // one- or two-letter humps (`bdVaJa`).
    if seg[0].is_ascii_lowercase()
        && seg
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
    {
        return true;
    }
    let mut short = 0;
    let mut len = 0;
    for (i, &b) in seg.iter().enumerate() {
        if i > 0 && b.is_ascii_uppercase() {
            short += usize::from(len <= 2);
            len = 0;
        }
        len += 1;
    }
    short += usize::from(len <= 2);
    short >= 3
}

/// Token boundaries inside a segment: before an upper-case letter that
/// follows a lower-case letter or digit, and between letters and digits.
fn boundary(prev: u8, b: u8) -> bool {
    (b.is_ascii_uppercase() && (prev.is_ascii_lowercase() || prev.is_ascii_digit()))
        || (b.is_ascii_digit() != prev.is_ascii_digit())
}

/// Reads a class or id value against the rule table, calling `f` with the
/// bits and the first few rule indices of each word; a state word
/// (`has-sidebar`) gives only its state rule and [`kind::STATE`]. `user` holds the caller's words (hash, word, bits),
/// which replace the vocabulary kind of the same token.
pub(crate) fn scan(
    value: &str,
    attr: Attribute,
    user: &[(u64, &str, u16)],
    mut f: impl FnMut(u16, &[u16]),
) {
    let index = token_index();
    let mask = attr_mask(attr);
    for word in value
        .as_bytes()
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
    {
        if is_utility_word(word) {
            continue;
        }
        let h = scan_word(word, index, mask, user);
        f(h.bits, &h.rules[..h.n]);
    }
}

/// A word's normalised prefix and its hash.
struct Key {
    buf: [u8; MAX_KEY],
    len: usize,
    hash: u64,
}

impl Default for Key {
    fn default() -> Self {
        Key {
            buf: [0; MAX_KEY],
            len: 0,
            hash: crate::fnv::OFFSET,
        }
    }
}

impl Key {
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
        }
        self.len += 1;
        self.hash = crate::fnv::step(self.hash, b);
    }
}

/// The hits of one word; for a state word (`has-sidebar`), only the state
/// rule and [`kind::STATE`].
fn scan_word(word: &[u8], index: &TokenIndex, mask: u8, user: &[(u64, &str, u16)]) -> WordHits {
    let mut out = WordHits::default();
    let Some(last_alnum) = word.iter().rposition(u8::is_ascii_alphanumeric) else {
        return out;
    };
    // The normalised word so far: lower-case, `-` between segments.
    let mut key = Key::default();
    let mut tokens_seen = 0usize;
    let mut seg_no = 0usize;
    let mut pos = 0usize;
    while pos < word.len() {
        if !word[pos].is_ascii_alphanumeric() {
            pos += 1;
            continue;
        }
        let start = pos;
        while pos < word.len() && word[pos].is_ascii_alphanumeric() {
            pos += 1;
        }
        let seg = &word[start..pos];
        if seg_no > 0 {
            key.push(b'-');
        }
        let hashed = is_hash_like(seg);
        let seg_is_word = start == 0 && pos == word.len();
        let mut seg_buf = [0u8; MAX_TOKEN];
        let mut seg_hash = crate::fnv::OFFSET;
        let mut tok_start = 0usize;
        let mut seg_tokens = 0usize;
        for i in 0..seg.len() {
            let b = seg[i];
            let lower = b.to_ascii_lowercase();
            if i < MAX_TOKEN {
                seg_buf[i] = lower;
            }
            seg_hash = crate::fnv::step(seg_hash, lower);
            key.push(lower);
            let tok_end = i + 1 == seg.len() || boundary(b, seg[i + 1]);
            if !tok_end {
                continue;
            }
            let tok = &seg[tok_start..=i];
            let at_seg_end = i + 1 == seg.len();
            let at_word_end = at_seg_end && start + i == last_alnum;
            let first_in_word = tokens_seen == 0;
            seg_tokens += 1;
            tokens_seen += 1;
            if !hashed && tok.len() <= MAX_TOKEN && !tok.iter().all(u8::is_ascii_digit) {
                let mut lower_tok = [0u8; MAX_TOKEN];
                let mut h = crate::fnv::OFFSET;
                for (d, s) in lower_tok.iter_mut().zip(tok) {
                    *d = s.to_ascii_lowercase();
                    h = crate::fnv::step(h, *d);
                }
                let lower_tok = &lower_tok[..tok.len()];
                let mut mine = WordHits::default();
                if let Some(hits) = index.get(h, lower_tok) {
                    mine.add(&hits[TOKEN], mask);
                    if tok_start == 0 && at_seg_end {
                        mine.add(&hits[SEGMENT], mask);
                    }
                    if first_in_word {
                        mine.add(&hits[PREFIX], mask);
                    }
                    if first_in_word && at_word_end {
                        mine.add(&hits[WORD], mask);
                    }
                }
                for &(uh, ut, ub) in user {
                    if uh == h && ut.as_bytes() == lower_tok {
                        mine.bits = (mine.bits & !kind::VOCABULARY) | ub;
                        mine.n = 0;
                    }
                }
                if first_in_word && mine.bits & kind::STATE != 0 {
                    // A state word says nothing else.
                    mine.bits = kind::STATE;
                    mine.n = mine.n.min(1);
                    return mine;
                }
                out.bits |= mine.bits;
                for &r in &mine.rules[..mine.n] {
                    if out.n < out.rules.len() {
                        out.rules[out.n] = r;
                        out.n += 1;
                    }
                }
            }
            tok_start = i + 1;
            if !hashed && at_seg_end && seg_tokens > 1 && seg.len() <= index.max_segment_key {
                if let Some(hits) = index.get(seg_hash, &seg_buf[..seg.len()]) {
                    out.add(&hits[SEGMENT], mask);
                    if seg_no == 0 {
                        out.add(&hits[PREFIX], mask);
                        if seg_is_word {
                            out.add(&hits[WORD], mask);
                        }
                    }
                }
            }
            let prefix_done = seg_no == 0 && (tokens_seen == 1 || at_seg_end);
            if !prefix_done && key.len <= index.max_prefix_key {
                if let Some(hits) = index.get(key.hash, &key.buf[..key.len]) {
                    out.add(&hits[PREFIX], mask);
                    if at_word_end {
                        out.add(&hits[WORD], mask);
                    }
                }
            }
        }
        seg_no += 1;
    }
    out
}

/// The rules of the table that match a class or id value, in the order
/// they match. A word opening with a state (`has-sidebar`) matches only
/// its state rule.
///
/// ```
/// use gleaner::rules::{matching, Attribute};
/// let ids: Vec<&str> = matching("top-ad sidebar", Attribute::Class).iter().map(|r| r.id).collect();
/// assert_eq!(ids, ["ads.ad", "layout.sidebar"]);
/// assert!(matching("element-ad41c9e", Attribute::Class).is_empty());
/// ```
pub fn matching(value: &str, attr: Attribute) -> Vec<&'static Rule> {
    let mut out = Vec::new();
    scan(value, attr, &[], |_, rules| {
        out.extend(rules.iter().filter_map(|&r| RULES.get(usize::from(r))));
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(value: &str, attr: Attribute) -> Vec<&'static str> {
        matching(value, attr).iter().map(|r| r.id).collect()
    }

    #[test]
    fn generated_names_are_hash_like() {
        for seg in [
            "ad41c9e", "kXWaPq", "bdVaJa", "1n7v3ny", "a1b2c3d", "9tags1k",
        ] {
            assert!(is_hash_like(seg.as_bytes()), "{seg}");
        }
        for seg in [
            "adSlot",
            "postBody",
            "relatedPostsIDs",
            "top10",
            "a2a",
            "sidebar",
            "h2",
        ] {
            assert!(!is_hash_like(seg.as_bytes()), "{seg}");
        }
    }

    #[test]
    fn utility_words_are_neutral() {
        for w in [
            "hidden-xs",
            "mt-4",
            "col-md-8",
            "d-print-none",
            "md:hidden",
            "visible-lg",
        ] {
            assert!(is_utility_word(w.as_bytes()), "{w}");
        }
        for w in ["hidden", "ad-slot", "related-posts-2", "site-footer"] {
            assert!(!is_utility_word(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn scopes_decide_where_a_pattern_counts() {
        let c = Attribute::Class;
        // Segment: a punctuation-delimited piece of its own.
        assert_eq!(ids("top-ad", c), ["ads.ad"]);
        assert_eq!(ids("ad_unit", c), ["ads.ad"]);
        assert!(ids("adidas-store", c).is_empty());
        assert!(ids("sc-bdVaJa", c).is_empty());
        // Prefix: the start of the word, at a token boundary.
        assert_eq!(ids("qc-cmp2-container", c), ["consent.qc-cmp"]);
        assert_eq!(ids("widget_archive", c), ["layout.widget"]);
        assert!(ids("elementor-widget-container", c).is_empty());
        assert_eq!(ids("cmp-text", c), ["content.text"]);
        // Word: the whole class word.
        assert_eq!(ids("hidden", c), ["hidden.hidden"]);
        assert!(ids("field--label-hidden", c).is_empty());
        assert_eq!(ids("sr-only-focusable", c), ["hidden.sr-only"]);
        // Token: anywhere.
        assert_eq!(ids("postShareBar", c), ["content.post", "share.share"]);
        // Attribute.
        assert_eq!(ids("skip-link", c), ["navigation.skip"]);
        assert!(ids("skip-link", Attribute::Id).is_empty());
    }
}
