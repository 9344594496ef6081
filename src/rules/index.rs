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

/// Whether a lower-cased segment is the first segment of a utility class
/// word (Bootstrap, Tailwind, SUIT): a word like `mt-4`, `d-print-none`,
/// `col-md-8`, `hidden-xs` or `md:hidden` says how the element is laid out,
/// not what it is.
fn is_utility_head(seg: &[u8]) -> bool {
    matches!(
        seg,
        b"d" | b"m"
            | b"p"
            | b"mt"
            | b"mb"
            | b"ml"
            | b"mr"
            | b"mx"
            | b"my"
            | b"ms"
            | b"me"
            | b"pt"
            | b"pb"
            | b"pl"
            | b"pr"
            | b"px"
            | b"py"
            | b"ps"
            | b"pe"
            | b"col"
            | b"offset"
            | b"order"
            | b"hidden"
            | b"visible"
            | b"u"
            | b"margin"
            | b"padding"
            | b"border"
            | b"float"
            | b"flex"
            | b"grid"
            | b"gap"
            | b"w"
            | b"h"
            | b"z"
    ) || is_utility_tail(seg)
}

/// Whether a lower-cased segment is the last segment of a responsive
/// utility word (`hidden-xs`, `visible-lg`).
fn is_utility_tail(seg: &[u8]) -> bool {
    matches!(seg, b"xs" | b"sm" | b"md" | b"lg" | b"xl" | b"xxl")
}

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
    /// Whether the key is a proper prefix of a segment-, prefix- or
    /// word-scope pattern: only then can a longer key that starts with it
    /// (the rest of its segment, the word's next tokens) match, so a token
    /// without it ends the scanner's longer lookups.
    longer: bool,
}

/// What one probe of the index found.
#[derive(Clone, Copy)]
struct Found<'i> {
    hits: Option<&'i [Hit; 4]>,
    longer: bool,
}

/// The bits of a hash kept in a table slot (the upper half; the lower
/// half picks the slot).
const TAG: u64 = 0xffff_ffff_0000_0000;

const NOT_FOUND: Found<'static> = Found {
    hits: None,
    longer: false,
};

/// The compiled table.
pub(crate) struct TokenIndex {
    /// The open-addressing table, one word per slot: the upper half of the
    /// key's hash and 1 + its index in `entries`; 0 is an empty slot. Most
    /// tokens are in no rule, and a miss reads only this small table.
    table: Vec<u64>,
    entries: Vec<Slot>,
    mask: usize,
    /// Longest segment-, prefix- or word-scope pattern: longer segments of
    /// several tokens are not looked up.
    max_segment_key: usize,
    /// Longest prefix- or word-scope pattern: longer word prefixes are not
    /// looked up.
    max_prefix_key: usize,
}

/// Marker words ([`super::table::CAPTION_TOKENS`] and the lists beside
/// it): extra bits that are no vocabulary kind.
fn markers() -> impl Iterator<Item = (&'static str, u16)> {
    use super::table::{BRAND_TOKENS, CAPTION_TOKENS, LOGO_TOKENS, PLUGIN_TOKENS};
    let words = |list: &'static [&'static str], bits: u16| list.iter().map(move |t| (*t, bits));
    words(CAPTION_TOKENS, kind::CAPTION)
        .chain(words(BRAND_TOKENS, kind::BRAND))
        .chain(words(LOGO_TOKENS, kind::LOGO))
        .chain(words(PLUGIN_TOKENS, kind::PLUGIN))
}

impl TokenIndex {
    fn build() -> Self {
        type Entry = (&'static str, [Hit; 4], bool);
        let mut entries: Vec<Entry> = Vec::new();
        fn entry<'e>(entries: &'e mut Vec<Entry>, key: &'static str) -> &'e mut Entry {
            let at = match entries.iter().position(|(k, _, _)| *k == key) {
                Some(at) => at,
                None => {
                    entries.push((key, [NO_HIT; 4], false));
                    entries.len() - 1
                }
            };
            &mut entries[at]
        }
        for r in RULES.iter().filter(|r| r.scope != Scope::Token) {
            // Patterns are ASCII (the table test checks it), so every byte
            // index is a char boundary.
            for end in 1..r.pattern.len() {
                if let Some(p) = r.pattern.get(..end) {
                    entry(&mut entries, p).2 = true;
                }
            }
        }
        for (i, r) in RULES.iter().enumerate() {
            let hit = &mut entry(&mut entries, r.pattern).1[scope_slot(r.scope)];
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
            entry(&mut entries, t).1[TOKEN].marks |= bits;
        }
        let size = (entries.len() * 4).next_power_of_two();
        let mask = size - 1;
        let mut table = vec![0u64; size];
        let mut slots = Vec::with_capacity(entries.len());
        for (key, hits, longer) in entries {
            let hash = crate::fnv::hash(key.as_bytes());
            let mut i = (hash as usize) & mask;
            while table[i] != 0 {
                i = (i + 1) & mask;
            }
            slots.push(Slot {
                hash,
                key,
                hits,
                longer,
            });
            table[i] = (hash & TAG) | slots.len() as u64;
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
            table,
            entries: slots,
            mask,
            max_segment_key: longest(&[Scope::Segment, Scope::Prefix, Scope::Word]).min(MAX_TOKEN),
            max_prefix_key: longest(&[Scope::Prefix, Scope::Word]).min(MAX_KEY),
        }
    }

    fn get(&self, hash: u64, key: &[u8]) -> Found<'_> {
        let mut i = (hash as usize) & self.mask;
        loop {
            let t = self.table[i];
            if t == 0 {
                return NOT_FOUND;
            }
            if t & TAG == hash & TAG {
                if let Some(s) = (t as u32 as usize)
                    .checked_sub(1)
                    .and_then(|e| self.entries.get(e))
                {
                    if s.hash == hash && s.key.as_bytes() == key {
                        return Found {
                            hits: Some(&s.hits),
                            longer: s.longer,
                        };
                    }
                }
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

/// [`BYTE_CLASS`] bit of an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`BYTE_CLASS`] bit of an ASCII lower-case letter.
const LOWER: u8 = 2;

/// What each byte is, for the scanner's per-byte loops: [`ALNUM`]
/// (`u8::is_ascii_alphanumeric`), [`LOWER`] (`u8::is_ascii_lowercase`).
/// One load instead of a chain of range tests.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] |= ALNUM;
        }
        if c.is_ascii_lowercase() {
            t[b] |= LOWER;
        }
        b += 1;
    }
    t
};

/// Whether `b` is an ASCII letter or digit ([`BYTE_CLASS`]).
fn is_alnum(b: u8) -> bool {
    BYTE_CLASS[usize::from(b)] & ALNUM != 0
}

/// Whether a word is a layout utility class (`mt-4`, `hidden-xs`,
/// `col-md-8`, `md:hidden`): a word of two or more segments whose first
/// segment is a utility head ([`is_utility_head`]) or whose last is a
/// responsive tail ([`is_utility_tail`]).
pub(crate) fn is_utility_word(word: &[u8]) -> bool {
    // Utility heads and tails are at most 7 bytes; most words have no
    // punctuation or a longer first segment.
    const LONGEST: usize = 7;
    let Some(first_end) = word.iter().position(|&b| !is_alnum(b)) else {
        return false;
    };
    let last_start = word
        .iter()
        .rposition(|&b| !is_alnum(b))
        .map_or(0, |p| p + 1);
    let first = &word[..first_end];
    let last = &word[last_start..];
    if first.is_empty() || last.is_empty() {
        return false;
    }
    let lower = |s: &[u8]| {
        let mut buf = [0u8; LONGEST];
        let n = s.len().min(LONGEST);
        for (d, b) in buf.iter_mut().zip(s) {
            *d = b.to_ascii_lowercase();
        }
        (buf, n)
    };
    if first.len() <= LONGEST {
        let (buf, n) = lower(first);
        if is_utility_head(&buf[..n]) {
            return true;
        }
    }
    if last.len() <= LONGEST {
        let (buf, n) = lower(last);
        if is_utility_tail(&buf[..n]) {
            return true;
        }
    }
    false
}

/// Whether two class attributes are the same but for generated names: a
/// class name with a segment that is a hash or a number (`uagb-block-1b080`,
/// `brz-css-791810`) names one block, not its kind. The body choice and the
/// syndication stage compare builder modules with it.
pub(crate) fn same_class_words(a: &str, b: &str) -> bool {
    a == b || {
        let mut wa = class_words(a).peekable();
        wa.peek().is_some() && wa.eq(class_words(b))
    }
}

/// The words of a class attribute that are not generated (no piece of
/// the word is a hash or a number), as [`same_class_words`] compares them.
pub(crate) fn class_words(c: &str) -> impl Iterator<Item = &str> {
    c.split_ascii_whitespace().filter(|w| {
        !w.as_bytes()
            .split(|c| !c.is_ascii_alphanumeric())
            .any(|s| is_hash_like(s) || (!s.is_empty() && s.iter().all(u8::is_ascii_digit)))
    })
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
/// (`has-sidebar`) gives only its state rule and [`kind::STATE`]. `user`
/// holds the caller's words (hash, word, bits), which replace the
/// vocabulary kind of the same token.
pub(crate) fn scan(
    value: &str,
    attr: Attribute,
    user: &[(u64, &str, u16)],
    mut f: impl FnMut(u16, &[u16]),
) {
    let index = token_index();
    let mask = attr_mask(attr);
    for word in words(value) {
        if is_utility_word(word) {
            continue;
        }
        let h = scan_word(word, index, mask, user);
        f(h.bits, &h.rules[..h.n]);
    }
}

/// The whitespace-separated words of a class or id value.
pub(crate) fn words(value: &str) -> impl Iterator<Item = &[u8]> {
    value
        .as_bytes()
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
}

/// The bit of a rule concept in a set of concepts ([`word_bits`]).
pub(crate) fn concept_bit(c: super::table::Concept) -> u16 {
    1 << (c as u16)
}

/// The [`concept_bit`]s of the rules `hits` found.
fn concepts_of(hits: &WordHits) -> u16 {
    hits.rules[..hits.n]
        .iter()
        .filter_map(|&r| RULES.get(usize::from(r)))
        .fold(0, |set, r| set | concept_bit(r.concept))
}

/// The kind and marker bits of one word of a class or id value (see
/// [`scan`]); a state word gives [`kind::STATE`] alone. With them, the
/// [`concept_bit`]s of the built-in rules the word matches, as
/// [`super::names_concept`] reads them (without the caller's tokens), from
/// the same scan.
pub(crate) fn word_bits(word: &[u8], attr: Attribute, user: &[(u64, &str, u16)]) -> (u16, u16) {
    if is_utility_word(word) {
        return (0, 0);
    }
    let (index, mask) = (token_index(), attr_mask(attr));
    let hits = scan_word(word, index, mask, user);
    // A caller's token drops the built-in rules of its own token: the
    // concepts are read again without them (callers rarely set any).
    let concepts = if user.is_empty() {
        concepts_of(&hits)
    } else {
        concepts_of(&scan_word(word, index, mask, &[]))
    };
    (hits.bits, concepts)
}

/// A word's normalised prefix and its hash, while some prefix- or
/// word-scope pattern may still start with it.
struct Key {
    buf: [u8; MAX_KEY],
    len: usize,
    hash: u64,
    /// Whether a longer key may still match: false once the key is longer
    /// than every pattern or no pattern starts with it.
    live: bool,
}

impl Key {
    fn push(&mut self, b: u8) {
        if !self.live {
            return;
        }
        match self.buf.get_mut(self.len) {
            Some(slot) => *slot = b,
            None => {
                self.live = false;
                return;
            }
        }
        self.len += 1;
        self.hash = crate::fnv::step(self.hash, b);
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len.min(MAX_KEY)]
    }
}

/// Where a token stands in its word, for the scopes that care.
#[derive(Clone, Copy)]
struct At {
    /// The token is its whole segment.
    whole_segment: bool,
    /// The token opens the word.
    first_in_word: bool,
    /// The token ends the word.
    at_word_end: bool,
}

/// Adds the hits of one looked-up token to `out`, or returns the word's
/// whole result when the token opens a state word (`has-sidebar`): a state
/// word says nothing else.
fn add_token(
    out: &mut WordHits,
    hits: Option<&[Hit; 4]>,
    token: &[u8],
    hash: u64,
    at: At,
    mask: u8,
    user: &[(u64, &str, u16)],
) -> Option<WordHits> {
    if hits.is_none() && user.is_empty() {
        // Most tokens of most words.
        return None;
    }
    let mut mine = WordHits::default();
    if let Some(hits) = hits {
        mine.add(&hits[TOKEN], mask);
        if at.whole_segment {
            mine.add(&hits[SEGMENT], mask);
        }
        if at.first_in_word {
            mine.add(&hits[PREFIX], mask);
            if at.at_word_end {
                mine.add(&hits[WORD], mask);
            }
        }
    }
    for &(uh, ut, ub) in user {
        if uh == hash && ut.as_bytes() == token {
            mine.bits = (mine.bits & !kind::VOCABULARY) | ub;
            mine.n = 0;
        }
    }
    if at.first_in_word && mine.bits & kind::STATE != 0 {
        mine.bits = kind::STATE;
        mine.n = mine.n.min(1);
        return Some(mine);
    }
    out.bits |= mine.bits;
    for &r in &mine.rules[..mine.n] {
        if out.n < out.rules.len() {
            out.rules[out.n] = r;
            out.n += 1;
        }
    }
    None
}

/// The hits of one word; for a state word (`has-sidebar`), only the state
/// rule and [`kind::STATE`].
///
/// One pass over the bytes: each token is looked up once, and its probe
/// also says whether any longer pattern starts with it (`Slot::longer`),
/// so the longer keys — the whole segment, the word so far — are looked up
/// only while some pattern may still match them. A segment of lower-case
/// letters (most are) is one token, already normalised: it is looked up as
/// it stands.
fn scan_word(word: &[u8], index: &TokenIndex, mask: u8, user: &[(u64, &str, u16)]) -> WordHits {
    if let Some((left, right)) = split_coordination(word) {
        let l = scan_word_plain(left, index, mask, user);
        let r = scan_word_plain(right, index, mask, user);
        // A word joining two names with `and` names a wrapper of both
        // parts (`map-and-related`): when one part names nothing the
        // vocabulary knows, the boilerplate word names only the other
        // part, not the wrapper. Two boilerplate parts
        // (`share-and-comments`) stay boilerplate, read as a whole word.
        let neutral = |h: &WordHits| h.bits & kind::VOCABULARY == 0;
        if (neutral(&l) || neutral(&r)) && (l.bits | r.bits) & kind::POSITIVE == 0 {
            let whole = scan_word_plain(word, index, mask, user);
            if whole.bits & kind::STATE == 0 {
                return WordHits {
                    bits: whole.bits & !(kind::STRONG | kind::WIDGET | kind::WEAK),
                    rules: [0; 4],
                    n: 0,
                };
            }
            return whole;
        }
    }
    scan_word_plain(word, index, mask, user)
}

/// The two sides of a word whose inner punctuation-delimited segment is
/// `and` (`map-and-related` → `map`, `related`), if it has one.
fn split_coordination(word: &[u8]) -> Option<(&[u8], &[u8])> {
    if !may_coordinate(word) {
        return None;
    }
    let mut start = 0usize;
    for (i, &b) in word.iter().enumerate() {
        if b.is_ascii_alphanumeric() {
            continue;
        }
        if start > 0 && word[start..i].eq_ignore_ascii_case(b"and") {
            let left = &word[..start - 1];
            let right = &word[i + 1..];
            if left.iter().any(u8::is_ascii_alphanumeric)
                && right.iter().any(u8::is_ascii_alphanumeric)
            {
                return Some((left, right));
            }
        }
        start = i + 1;
    }
    None
}

/// Whether `word` has an inner `and` segment, punctuation on both sides
/// of it, which [`split_coordination`] needs: read in five-byte windows
/// (`-and-`), a plain loop, since class words are short and memchr's setup
/// per call cost more than the loop.
fn may_coordinate(word: &[u8]) -> bool {
    // `b | 0x20` folds only `N`/`A`/`D` onto `n`/`a`/`d`.
    word.windows(5).any(|w| {
        w[2] | 0x20 == b'n'
            && w[1] | 0x20 == b'a'
            && w[3] | 0x20 == b'd'
            && !w[0].is_ascii_alphanumeric()
            && !w[4].is_ascii_alphanumeric()
    })
}

/// [`scan_word`] without reading a coordination.
fn scan_word_plain(
    word: &[u8],
    index: &TokenIndex,
    mask: u8,
    user: &[(u64, &str, u16)],
) -> WordHits {
    let mut out = WordHits::default();
    let Some(last_alnum) = word.iter().rposition(|&b| is_alnum(b)) else {
        return out;
    };
    // The normalised word so far: lower-case, `-` between segments.
    let mut key = Key {
        buf: [0; MAX_KEY],
        len: 0,
        hash: crate::fnv::OFFSET,
        live: index.max_prefix_key > 0,
    };
    let mut tokens_seen = 0usize;
    let mut seg_no = 0usize;
    let mut pos = 0usize;
    while pos < word.len() {
        if !is_alnum(word[pos]) {
            pos += 1;
            continue;
        }
        let start = pos;
        let mut plain = true;
        // The segment's hash, read in the same pass: a plain segment's
        // token is the segment as it stands.
        let mut seg_hash = crate::fnv::OFFSET;
        while let Some(&b) = word.get(pos) {
            let class = BYTE_CLASS[usize::from(b)];
            if class & ALNUM == 0 {
                break;
            }
            plain &= class & LOWER != 0;
            seg_hash = crate::fnv::step(seg_hash, b);
            pos += 1;
        }
        let seg = &word[start..pos];
        if seg_no > 0 {
            key.push(b'-');
        }
        let at_word_end = pos - 1 == last_alnum;
        if plain {
            // One token, no generated name.
            if key.live {
                if seg_no == 0 {
                    // The key is still empty: it becomes the segment, whose
                    // hash is read (what pushing its bytes one by one gives).
                    match key.buf.get_mut(..seg.len()) {
                        Some(buf) => {
                            buf.copy_from_slice(seg);
                            key.len = seg.len();
                            key.hash = seg_hash;
                        }
                        None => key.live = false,
                    }
                } else {
                    for &b in seg {
                        key.push(b);
                    }
                }
            }
            let first_in_word = tokens_seen == 0;
            tokens_seen += 1;
            if seg.len() <= MAX_TOKEN {
                let hash = seg_hash;
                let found = index.get(hash, seg);
                if first_in_word {
                    // The key is this token: this was the key's probe.
                    key.live &= found.longer;
                }
                let at = At {
                    whole_segment: true,
                    first_in_word,
                    at_word_end,
                };
                // A token the table and the caller do not know (most)
                // adds nothing: told without the call.
                if found.hits.is_some() || !user.is_empty() {
                    if let Some(state) = add_token(&mut out, found.hits, seg, hash, at, mask, user)
                    {
                        return state;
                    }
                }
            }
            // The first segment's own probe covered its prefix and word
            // scopes.
            if seg_no > 0 && key.live && key.len <= index.max_prefix_key {
                key_probe(&mut out, &mut key, index, at_word_end, mask);
            }
            seg_no += 1;
            continue;
        }
        if seg.iter().all(u8::is_ascii_digit) {
            // A number (`post-1234`): one token, never looked up, no
            // generated name; the word's key goes on through it, and is
            // probed at its end (what the loop below does with it).
            for &b in seg {
                key.push(b);
            }
            tokens_seen += 1;
            if seg_no > 0 && key.live && key.len <= index.max_prefix_key {
                key_probe(&mut out, &mut key, index, at_word_end, mask);
            }
            seg_no += 1;
            continue;
        }
        let hashed = is_hash_like(seg);
        let seg_is_word = start == 0 && pos == word.len();
        // The segment, lower-cased, as far as a segment key can reach.
        let mut seg_buf = [0u8; MAX_TOKEN];
        // The current token, lower-cased, and its hash.
        let mut tok_buf = [0u8; MAX_TOKEN];
        let mut tok_hash = crate::fnv::OFFSET;
        let mut tok_start = 0usize;
        let mut seg_tokens = 0usize;
        // Whether a pattern may equal the whole segment: its first token
        // starts one (or was not looked up).
        let mut seg_live = true;
        for i in 0..seg.len() {
            let b = seg[i];
            let lower = b.to_ascii_lowercase();
            if let Some(d) = seg_buf.get_mut(i) {
                *d = lower;
            }
            if let Some(d) = tok_buf.get_mut(i - tok_start) {
                *d = lower;
            }
            tok_hash = crate::fnv::step(tok_hash, lower);
            key.push(lower);
            let at_seg_end = i + 1 == seg.len();
            if !at_seg_end && !boundary(b, seg[i + 1]) {
                continue;
            }
            let tok_len = i + 1 - tok_start;
            let first_in_word = tokens_seen == 0;
            seg_tokens += 1;
            tokens_seen += 1;
            if !hashed && tok_len <= MAX_TOKEN && !seg[tok_start..=i].iter().all(u8::is_ascii_digit)
            {
                let token = &tok_buf[..tok_len];
                let found = index.get(tok_hash, token);
                if seg_tokens == 1 {
                    seg_live = found.longer;
                }
                if first_in_word {
                    key.live &= found.longer;
                }
                let at = At {
                    whole_segment: tok_start == 0 && at_seg_end,
                    first_in_word,
                    at_word_end: at_seg_end && at_word_end,
                };
                if found.hits.is_some() || !user.is_empty() {
                    if let Some(state) =
                        add_token(&mut out, found.hits, token, tok_hash, at, mask, user)
                    {
                        return state;
                    }
                }
            }
            tok_start = i + 1;
            tok_hash = crate::fnv::OFFSET;
            if !hashed
                && at_seg_end
                && seg_tokens > 1
                && seg_live
                && seg.len() <= index.max_segment_key
            {
                let seg_key = &seg_buf[..seg.len()];
                if let Some(hits) = index.get(crate::fnv::hash(seg_key), seg_key).hits {
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
            if key.live && !prefix_done && key.len <= index.max_prefix_key {
                key_probe(&mut out, &mut key, index, at_seg_end && at_word_end, mask);
            }
        }
        seg_no += 1;
    }
    out
}

/// Looks the word so far up as a prefix (and as the whole word at its
/// end); the key stays live only while some pattern starts with it.
fn key_probe(out: &mut WordHits, key: &mut Key, index: &TokenIndex, at_word_end: bool, mask: u8) {
    let found = index.get(key.hash, key.bytes());
    if let Some(hits) = found.hits {
        out.add(&hits[PREFIX], mask);
        if at_word_end {
            out.add(&hits[WORD], mask);
        }
    }
    key.live = found.longer;
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
    fn the_byte_classes_are_the_ascii_tests() {
        for b in 0..=u8::MAX {
            assert_eq!(is_alnum(b), b.is_ascii_alphanumeric(), "{b}");
            assert_eq!(
                BYTE_CLASS[usize::from(b)] & LOWER != 0,
                b.is_ascii_lowercase(),
                "{b}"
            );
        }
    }

    #[test]
    fn coordinations_are_found_by_their_and() {
        for w in [
            "map-and-related",
            "SHARE_AND_COMMENTS",
            "a-and-b-and-c",
            "x--and--y",
        ] {
            assert!(may_coordinate(w.as_bytes()), "{w}");
            assert!(split_coordination(w.as_bytes()).is_some(), "{w}");
        }
        for w in [
            "brand", "android", "and-x", "x-and", "band-aid", "x-andy", "-and-",
        ] {
            assert!(!may_coordinate(w.as_bytes()) || w == "-and-", "{w}");
            assert!(split_coordination(w.as_bytes()).is_none(), "{w}");
        }
    }

    /// The memchr reading [`may_coordinate`] replaced, as its oracle.
    fn may_coordinate_by_memchr(word: &[u8]) -> bool {
        memchr::memchr2_iter(b'n', b'N', word).any(|i| {
            i >= 2
                && i + 2 < word.len()
                && word[i - 1].eq_ignore_ascii_case(&b'a')
                && word[i + 1].eq_ignore_ascii_case(&b'd')
                && !word[i - 2].is_ascii_alphanumeric()
                && !word[i + 2].is_ascii_alphanumeric()
        })
    }

    #[test]
    fn coordination_window_scan_agrees_with_memchr() {
        let mut words: Vec<Vec<u8>> = [
            "map-and-related",
            "SHARE_AND_COMMENTS",
            "a-aNd-b",
            "x-And-",
            "-and-",
            "-and-x",
            "and",
            "x-and",
            "band-aid",
            "brand",
            "n",
            "",
            "-an-d-",
            "x-nad-y",
            "x-and-and-y",
            "x.and.y",
            "x\u{e9}and-y",
            "x-\u{e9}nd-y",
            "x-a\u{ce}d-y",
            "\u{ae}and\u{ae}",
        ]
        .iter()
        .map(|w| w.as_bytes().to_vec())
        .collect();
        // Every arrangement of five bytes from a small alphabet holding the
        // pattern's letters in both cases, punctuation, a digit, a control
        // byte and a byte outside ASCII.
        let alphabet = b"aAnNdD-_1x\x0e\xce";
        let n = alphabet.len();
        for mut code in 0..n.pow(5) {
            let mut w = Vec::with_capacity(5);
            for _ in 0..5 {
                w.push(alphabet[code % n]);
                code /= n;
            }
            words.push(w);
        }
        for w in &words {
            assert_eq!(
                may_coordinate(w),
                may_coordinate_by_memchr(w),
                "{:?}",
                String::from_utf8_lossy(w)
            );
        }
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
    fn longer_keys_are_looked_up_while_a_pattern_may_start_with_them() {
        let c = Attribute::Class;
        // The first token opens a longer pattern: the segment or the word
        // so far is looked up, in any case and punctuation.
        assert_eq!(ids("visuallyHidden", c), ["hidden.visuallyhidden"]);
        assert_eq!(
            ids("Visually--Hidden_focusable", c),
            ["hidden.visually-hidden"]
        );
        assert_eq!(ids("SR-Only", c), ["hidden.sr-only"]);
        assert_eq!(ids("QC-cmp2-ui", c), ["consent.qc-cmp"]);
        assert_eq!(
            ids("ht-ctc-chat", c),
            ["chat.ctc", "chat.ht-ctc", "chat.chat"]
        );
        assert_eq!(ids("element-invisible", c), ["hidden.element-invisible"]);
        assert_eq!(ids("a2a_kit", c), ["share.a2a"]);
        // A first token no pattern starts with ends the longer lookups.
        assert!(ids("elementor-invisible", c).is_empty());
        assert!(ids("srx-only", c).is_empty());
        // Prefixes of patterns are no rules themselves.
        assert!(ids("visually", c).is_empty());
        assert!(ids("qc-cm", c).is_empty());
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
        // Coordination: a boilerplate word joined by `and` to a plain name
        // names one part of the wrapper, not the wrapper; two boilerplate
        // parts still name it.
        assert!(ids("map-and-related", Attribute::Id).is_empty());
        assert!(ids("related_and_map", c).is_empty());
        assert_eq!(
            ids("share-and-comments", c),
            ["share.share", "comments.comments"]
        );
        assert_eq!(ids("related-posts", c), ["related.related"]);
        // Attribute.
        assert_eq!(ids("skip-link", c), ["navigation.skip"]);
        assert!(ids("skip-link", Attribute::Id).is_empty());
    }
}
