//! Which phrase families a block's lower-cased text holds, read in one
//! pass: one phrase table, built once from the rules' own lists (the
//! legal notices, the widget phrases, the disclosure openers, the follow
//! platforms, the notification words, the notice rules' whole lines and
//! line starts) and keyed
//! by three bytes of each phrase, marks every family one of whose
//! phrases the text contains. A check whose phrases
//! the text cannot hold returns at once; a check whose family is there
//! still decides on its own, so the rules keep their semantics and only
//! the checks that cannot fire are skipped.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::rules::notices::{notice_patterns, NoticeScope, NOTICE_RULES};
use crate::rules::syndication as patterns;

/// A set of phrase families ([`Families::of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Families(u8);

/// [`patterns::LEGAL_NOTICES`]: a legal notice holds one
/// ([`super::legal_notice`]).
pub(super) const LEGAL_NOTICE: u8 = 1;
/// [`patterns::WIDGET_PHRASES`] ([`super::is_widget_lower`]).
pub(super) const WIDGET: u8 = 2;
/// A content subject or an earning word (`notice.content-subject`,
/// `notice.earning`): every disclosure holds one
/// ([`super::notices::notice`]).
pub(super) const DISCLOSURE: u8 = 4;
/// [`patterns::FOLLOW_PLATFORMS`]: a follow line or box names one
/// ([`super::is_follow_box`]).
pub(super) const FOLLOW: u8 = 8;
/// A notification word (`notice.notification-word`): a push prompt that
/// does not ask holds one ([`super::prompts::prompt`]).
pub(super) const NOTIFICATION: u8 = 16;
/// The phrases of the notice rules read as a whole line or its start
/// ([`NoticeScope::Line`], [`NoticeScope::LinePrefix`]): a line that is
/// one, or opens with one, holds it ([`super::notices::notice`]'s widget
/// lines).
pub(super) const NOTICE_LINE: u8 = 32;
/// A making verb or a purchase word (`notice.making-verb`,
/// `notice.purchase`): besides its [`DISCLOSURE`] word, every disclosure
/// holds one, a made-by one its making verb, a paid-by one its purchase
/// ([`super::notices::notice`]).
pub(super) const DISCLOSURE_ACT: u8 = 64;

/// Each family's lists, the rules' own: a phrase of any of them marks the
/// family.
fn lists() -> Vec<(u8, &'static [&'static str])> {
    let mut lists = vec![
        (LEGAL_NOTICE, patterns::LEGAL_NOTICES),
        (FOLLOW, patterns::FOLLOW_PLATFORMS),
        (WIDGET, patterns::WIDGET_PHRASES),
        (DISCLOSURE, notice_patterns("notice.content-subject")),
        (DISCLOSURE, notice_patterns("notice.earning")),
        (NOTIFICATION, notice_patterns("notice.notification-word")),
        (DISCLOSURE_ACT, notice_patterns("notice.making-verb")),
        (DISCLOSURE_ACT, notice_patterns("notice.purchase")),
    ];
    lists.extend(
        NOTICE_RULES
            .iter()
            .filter(|r| matches!(r.scope, NoticeScope::Line | NoticeScope::LinePrefix))
            .map(|r| (NOTICE_LINE, r.patterns)),
    );
    lists
}

/// How common a byte is in lower-cased prose, roughly (per mille; a
/// letter's English frequency): what [`PHRASES`] anchors each phrase on
/// the rarest three bytes of. It decides only how often a phrase is compared,
/// never whether it is found.
fn commonness(b: u8) -> u32 {
    const LETTERS: [u32; 26] = [
        82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24,
        2, 20, 1,
    ];
    match b {
        b'a'..=b'z' => LETTERS[usize::from(b - b'a')],
        b' ' => 180,
        b'0'..=b'9' => 5,
        // The lead byte of most accented Latin letters, and the bytes
        // that follow a lead byte.
        0xc3 => 20,
        0x80..=0xbf => 10,
        _ => 3,
    }
}

/// Every phrase of [`lists`] (each once), with its families, anchored on
/// the rarest [`STRIDE`] runs of three bytes that follow each other in it
/// ([`commonness`]): a text read at every [`STRIDE`]th byte meets one of
/// them wherever the phrase stands.
struct Phrases {
    phrases: Vec<&'static str>,
    families: Vec<u8>,
    /// Which keys ([`key`]) anchor a phrase: one bit each.
    keys: Box<[u64; KEYS / 64]>,
    /// The anchors, sorted: the key, the three bytes themselves (the low
    /// 24 bits, as [`word`] gives them), the phrase and the offset of its
    /// three bytes in it. Keys of other bytes collide: the bytes are
    /// compared before the phrase is.
    anchors: Vec<(u16, u32, usize, usize)>,
    /// Per word of [`Phrases::keys`], the keys set in the words before
    /// it: a key's rank among the set keys is this and the bits below it
    /// in its word.
    ranks: Box<[u32; KEYS / 64]>,
    /// Where the anchors of the key of each rank start in
    /// [`Phrases::anchors`], and their end after the last.
    starts: Vec<u32>,
    /// The phrases too short for [`STRIDE`] anchors (none today), looked
    /// for whole.
    short: Vec<usize>,
}

impl Phrases {
    /// Looks the three bytes of `bytes` ending at byte `end` (the low 24
    /// bits of `x`, the last lowest) up, adding the families of the
    /// phrases they anchor that stand there to `seen`: whether `seen` is
    /// then `all`.
    #[inline(always)]
    fn probe(&self, bytes: &[u8], end: usize, x: u32, seen: &mut u8, all: u8) -> bool {
        let k = key(x);
        let slot = usize::from(k / 64);
        let word = self.keys[slot];
        let bit = 1u64 << (k % 64);
        if word & bit == 0 {
            return false;
        }
        // The key's anchors, found by its rank among the set keys.
        let rank = self.ranks[slot] as usize + (word & (bit - 1)).count_ones() as usize;
        let (Some(&from), Some(&to)) = (self.starts.get(rank), self.starts.get(rank + 1)) else {
            return false;
        };
        let anchors = self.anchors.get(from as usize..to as usize).unwrap_or(&[]);
        let bytes3 = x & 0xff_ffff;
        for &(_, three, i, at) in anchors {
            // Another three bytes with the same key: no phrase of this
            // anchor stands here.
            if three != bytes3 {
                continue;
            }
            // The three bytes end at `end`: the phrase starts `at` before
            // them.
            let start = (end - 2).checked_sub(at);
            if start
                .is_some_and(|s| super::opens_with_bytes(&bytes[s..], self.phrases[i].as_bytes()))
            {
                *seen |= self.families[i];
            }
        }
        *seen == all
    }
}

/// Keys of three bytes ([`key`]).
const KEYS: usize = 1 << 16;

/// [`Families::of`] reads the three bytes ending at every `STRIDE`th byte
/// of a text, and each phrase has anchors at `STRIDE` places in a row:
/// half the reads of one at every byte, the table a little fuller.
const STRIDE: usize = 2;
// [`Families::of`] reads a text's eight-byte words at four places each.
const _: () = assert!(STRIDE == 2);

/// The key of three bytes (the low 24 bits of `x`, the last byte lowest):
/// their hash, 16 bits wide.
fn key(x: u32) -> u16 {
    ((x & 0xff_ffff).wrapping_mul(0x9e37_79b1) >> 16) as u16
}

/// The three bytes `w` as the low 24 bits of a word, the last lowest.
fn word(w: &[u8]) -> u32 {
    w.iter().fold(0, |x, &b| x << 8 | u32::from(b))
}

/// Built once: every family's phrases ([`Families::of`]).
static PHRASES: LazyLock<Phrases> = LazyLock::new(|| build(lists()));

/// Built once: the phrases of [`LEGAL_NOTICE`] alone
/// ([`Families::of_legal`]), a table with far fewer anchors.
static LEGAL: LazyLock<Phrases> = LazyLock::new(|| {
    build(
        lists()
            .into_iter()
            .filter(|&(family, _)| family == LEGAL_NOTICE)
            .collect(),
    )
});

/// The table of `lists`' phrases ([`Phrases`]).
fn build(lists: Vec<(u8, &'static [&'static str])>) -> Phrases {
    let mut phrases: Vec<&'static str> = Vec::new();
    let mut families: Vec<u8> = Vec::new();
    // Each phrase's place in `phrases`: one lookup each, not a search.
    let mut place: HashMap<&'static str, usize> = HashMap::new();
    for (family, list) in lists {
        for &phrase in list {
            match place.get(phrase) {
                Some(&i) => families[i] |= family,
                None => {
                    place.insert(phrase, phrases.len());
                    phrases.push(phrase);
                    families.push(family);
                }
            }
        }
    }
    let mut keys = Box::new([0u64; KEYS / 64]);
    let mut anchors = Vec::new();
    let mut short = Vec::new();
    for (i, p) in phrases.iter().enumerate() {
        // The rarest run of `STRIDE` windows of three bytes.
        let windows: Vec<&[u8]> = p.as_bytes().windows(3).collect();
        let rarest = windows.windows(STRIDE).enumerate().min_by_key(|(_, run)| {
            run.iter()
                .map(|w| w.iter().map(|&b| commonness(b)).product::<u32>())
                .sum::<u32>()
        });
        match rarest {
            Some((at, run)) => {
                for (d, w) in run.iter().enumerate() {
                    let three = word(w);
                    let k = key(three);
                    keys[usize::from(k / 64)] |= 1 << (k % 64);
                    anchors.push((k, three, i, at + d));
                }
            }
            None => short.push(i),
        }
    }
    anchors.sort_unstable();
    let mut ranks = Box::new([0u32; KEYS / 64]);
    let mut set = 0;
    for (rank, word) in ranks.iter_mut().zip(keys.iter()) {
        *rank = set;
        set += word.count_ones();
    }
    // The anchors of one key follow each other, the keys in rank order.
    let mut starts: Vec<u32> = (0..anchors.len())
        .filter(|&i| i == 0 || anchors[i - 1].0 != anchors[i].0)
        .map(|i| i as u32)
        .collect();
    starts.push(anchors.len() as u32);
    Phrases {
        phrases,
        families,
        keys,
        anchors,
        ranks,
        starts,
        short,
    }
}

impl Families {
    /// Every family: no check is skipped.
    pub(super) const ALL: Families = Families(u8::MAX);

    /// The families whose phrases `lower` (a lower-cased text) contains,
    /// read in one pass: where three bytes (those ending at every
    /// [`STRIDE`]th byte) anchor phrases, those phrases are compared at
    /// their place.
    pub(super) fn of(lower: &str) -> Families {
        let all = LEGAL_NOTICE
            | WIDGET
            | DISCLOSURE
            | FOLLOW
            | NOTIFICATION
            | NOTICE_LINE
            | DISCLOSURE_ACT;
        Families::read(&PHRASES, lower, all)
    }

    /// Whether `lower` (a lower-cased text) may hold a phrase of
    /// [`LEGAL_NOTICE`], as [`Families::of`] tells it (the other families
    /// unread): the one family a check reads in a block longer than a
    /// short one ([`super::judge_inline`]), read in a table of its
    /// phrases alone, where the text's bytes meet few anchors.
    pub(super) fn of_legal(lower: &str) -> Families {
        Families::read(&LEGAL, lower, LEGAL_NOTICE)
    }

    /// The families of `table` whose phrases `lower` contains, read until
    /// all of `all` are seen.
    fn read(table: &Phrases, lower: &str, all: u8) -> Families {
        let bytes = lower.as_bytes();
        let mut seen = 0u8;
        for &i in &table.short {
            if lower.contains(table.phrases[i]) {
                seen |= table.families[i];
            }
        }
        let mut probe = |end: usize, x: u32| table.probe(bytes, end, x, &mut seen, all);
        // The three bytes ending at every second byte (2, 4, …), read
        // eight bytes at a time out of a big-endian word: those ending at
        // its bytes 2, 4 and 6, and at its byte 0 with the two before it
        // (the last of the word before).
        let mut words = bytes.chunks_exact(8);
        let mut before: Option<u64> = None;
        let mut base = 0;
        for chunk in &mut words {
            let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
                break;
            };
            let w = u64::from_be_bytes(eight);
            let low24 = |v: u64| (v & 0xff_ffff) as u32;
            if let Some(b) = before {
                if probe(base, low24(b << 8 | w >> 56)) {
                    return Families(seen);
                }
            }
            if probe(base + 2, low24(w >> 40))
                || probe(base + 4, low24(w >> 24))
                || probe(base + 6, low24(w >> 8))
            {
                return Families(seen);
            }
            before = Some(w);
            base += 8;
        }
        // The bytes after the last whole word: from the window ending at
        // its first (not read yet) on.
        let mut end = base.max(2);
        while let (Some(&a), Some(&b), Some(&c)) =
            (bytes.get(end - 2), bytes.get(end - 1), bytes.get(end))
        {
            if probe(end, u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c)) {
                break;
            }
            end += STRIDE;
        }
        Families(seen)
    }

    /// Whether the text may hold a phrase of `family`.
    pub(super) fn has(self, family: u8) -> bool {
        self.0 & family != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No check is skipped that would fire: every phrase of every list,
    /// alone, inside other words or after another phrase, marks its
    /// family.
    #[test]
    fn every_phrase_marks_its_family() {
        for (family, list) in lists() {
            assert!(!list.is_empty());
            for phrase in list {
                for text in [
                    phrase.to_string(),
                    format!("xx {phrase} yy"),
                    format!("all rights reserved {phrase}"),
                    format!("{phrase}{phrase}"),
                ] {
                    assert!(Families::of(&text).has(family), "{phrase:?} in {text:?}");
                }
            }
        }
    }

    /// The families a text holds, each list's phrases looked for one by
    /// one: what [`Families::of`] reads in one pass.
    fn of_by_contains(lower: &str) -> Families {
        let mut seen = 0;
        for (family, list) in lists() {
            if list.iter().any(|p| lower.contains(p)) {
                seen |= family;
            }
        }
        Families(seen)
    }

    /// Texts made of phrases, pieces of phrases and prose, at every
    /// offset: the one pass finds what the phrase-by-phrase search finds.
    #[test]
    fn one_pass_finds_what_each_phrase_search_finds() {
        let mut pieces: Vec<String> = Vec::new();
        for (_, list) in lists() {
            for p in list {
                pieces.push(p.to_string());
                let cut = p.len() / 2;
                if let (Some(a), Some(b)) = (p.get(..cut), p.get(cut..)) {
                    pieces.push(a.to_string());
                    pieces.push(b.to_string());
                }
            }
        }
        pieces.extend([" ", "x", "é", "the council met", "»", "\u{3c3}"].map(String::from));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut draw = super::super::draw::Draw::new(16);
        let mut found = 0;
        for len in 0..4000 {
            let text = draw.string(&pieces, len % 7);
            let want = of_by_contains(&text);
            assert_eq!(Families::of(&text), want, "{text:?}");
            found += usize::from(want.0 != 0);
        }
        assert!(found > 1000, "{found} texts with a phrase");
    }

    /// [`Families::of_legal`] tells a legal notice wherever
    /// [`Families::of`] does, in drawn texts of the legal phrases, pieces
    /// of them, other families' phrases and prose.
    #[test]
    fn legal_table_finds_what_the_whole_table_finds() {
        let mut pieces: Vec<String> = Vec::new();
        for (_, list) in lists() {
            for p in list.iter().step_by(3) {
                pieces.push(p.to_string());
                if let Some(a) = p.get(..p.len() / 2) {
                    pieces.push(a.to_string());
                }
            }
        }
        pieces.extend([" ", "x", "é", "the council met", "»"].map(String::from));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut draw = super::super::draw::Draw::new(29);
        let mut found = 0;
        for len in 0..4000 {
            let text = draw.string(&pieces, len % 9);
            let want = Families::of(&text).has(LEGAL_NOTICE);
            assert_eq!(
                Families::of_legal(&text).has(LEGAL_NOTICE),
                want,
                "{text:?}"
            );
            found += usize::from(want);
        }
        assert!(found > 100, "{found} texts with a legal notice");
    }

    /// A text with none of the phrases marks no family.
    #[test]
    fn prose_marks_nothing() {
        let f = Families::of("the council met on tuesday to vote on the budget");
        assert_eq!(f, Families(0));
        assert!(Families::of("we use cookies").has(WIDGET));
        assert!(!Families::of("we use cookies").has(LEGAL_NOTICE));
    }
}
