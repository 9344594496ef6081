//! A block's text facts, read once: what [`super::judge_inline`] gates its
//! rule families on before it runs them.
//!
//! Most short blocks the stripper judges are a sentence or two of prose
//! that no rule removes. Each rule still had to find that out on its own,
//! lower-casing, splitting and scanning the text again. [`Cues`] reads each
//! fact of the text once (whether it holds a colon, the byte its first word
//! opens with, its words up to a few); a rule family that cannot fire
//! without one of those facts is not run when the fact is missing. Each gate below states its claim: it
//! is a necessary condition of its rule, so skipping the rule changes no
//! outcome, only what the judging costs. The rules themselves still decide
//! on their own wherever they run.

use crate::article::Inline;

/// The facts of one text ([`Cues::of`]): the cheap ones read at once, the
/// word count when a gate first asks for it (and then once).
#[derive(Debug)]
pub(super) struct Cues<'t> {
    text: &'t str,
    /// The text's words ([`words_counted`]), counted when first asked.
    words: std::cell::OnceCell<usize>,
    /// The text holds an ASCII colon `:`.
    colon: bool,
    /// The text's first word (after any whitespace) opens with a byte a
    /// file-name slug opens with ([`is_slug_byte`]).
    slug_head: bool,
}

/// Words [`Cues`] counts at most: one more than any gate reads.
const WORDS_COUNTED: usize = FILE_NAME_WORDS + 1;

impl<'t> Cues<'t> {
    /// The facts of `inline`'s text: a colon (one byte search), the byte
    /// its first word opens with; its words are counted on demand.
    pub(super) fn of(inline: &'t Inline) -> Cues<'t> {
        let text = inline.text.as_str();
        Cues {
            text,
            words: std::cell::OnceCell::new(),
            colon: memchr::memchr(b':', text.as_bytes()).is_some(),
            slug_head: text.trim_start().bytes().next().is_some_and(is_slug_byte),
        }
    }

    /// The text's words, up to [`WORDS_COUNTED`] ([`words_counted`]).
    fn words(&self) -> usize {
        *self
            .words
            .get_or_init(|| words_counted(self.text.as_bytes()))
    }

    /// Gate of [`super::is_file_name`]: a file name, with the label that
    /// may open it ("Photo: IMG_0042.JPG"), is at most
    /// [`FILE_NAME_WORDS`] words.
    pub(super) fn may_be_file_name(&self) -> bool {
        self.words() <= FILE_NAME_WORDS
    }

    /// Gate of [`super::slug_caption`]: a slug caption's first word is
    /// all slug bytes ([`is_slug_byte`]), so its first byte is one.
    pub(super) fn may_open_with_slug(&self) -> bool {
        self.slug_head
    }

    /// Gate of [`super::own_offer::labelled_offer`]: a labelled offer's
    /// label ends at a colon.
    pub(super) fn may_be_labelled(&self) -> bool {
        self.colon
    }
}

/// Phrases filed by their first [`HEAD_BYTES`] bytes: the phrases a text
/// may open with are those filed under its own first bytes, and the
/// phrases shorter than that (none today), in their list's order. A rule
/// that asks which phrase of a list a line opens with compares a handful,
/// not the dozens that share the line's first byte. Every phrase that
/// opens a text is among its candidates ([`HeadIndex::candidates`]), in
/// the list's order, so the first that opens it is the first of the whole
/// list; the others are filtered out by the caller's comparison.
pub(super) struct HeadIndex {
    /// Where each slot's phrases start in [`HeadIndex::items`], and their
    /// end after the last slot.
    starts: Box<[u32]>,
    /// The phrases with their place in the list, slot after slot, each
    /// slot's in list order.
    items: Box<[(u32, &'static str)]>,
    /// The phrases shorter than [`HEAD_BYTES`] with their place in the
    /// list, in list order: candidates of every text.
    short: Box<[(u32, &'static str)]>,
}

/// Bytes of a phrase's head a [`HeadIndex`] files it by.
const HEAD_BYTES: usize = 4;

/// Slots of a [`HeadIndex`] (heads hash into one: phrases of other heads
/// in a slot are only compared for nothing).
const HEAD_SLOT_BITS: u32 = 12;

/// The slot of a text's first [`HEAD_BYTES`] bytes (`None`: the text is
/// shorter).
fn head_slot(text: &[u8]) -> Option<usize> {
    let head: [u8; HEAD_BYTES] = text.get(..HEAD_BYTES)?.try_into().ok()?;
    let key = u32::from_le_bytes(head);
    Some((key.wrapping_mul(0x9e37_79b1) >> (32 - HEAD_SLOT_BITS)) as usize)
}

impl HeadIndex {
    /// The index of `phrases` (an empty phrase opens no text here, as in
    /// the first-byte tables it replaces: it is left out).
    pub(super) fn new(phrases: impl Iterator<Item = &'static str>) -> HeadIndex {
        let mut slots: Vec<Vec<(u32, &'static str)>> = vec![Vec::new(); 1 << HEAD_SLOT_BITS];
        let mut short = Vec::new();
        for (i, p) in phrases.enumerate() {
            let item = (i as u32, p);
            match head_slot(p.as_bytes()) {
                Some(slot) => slots[slot].push(item),
                None if !p.is_empty() => short.push(item),
                None => {}
            }
        }
        let mut starts = Vec::with_capacity(slots.len() + 1);
        let mut items = Vec::new();
        for slot in slots {
            starts.push(items.len() as u32);
            items.extend(slot);
        }
        starts.push(items.len() as u32);
        HeadIndex {
            starts: starts.into_boxed_slice(),
            items: items.into_boxed_slice(),
            short: short.into_boxed_slice(),
        }
    }

    /// The phrases `text` may open with, in list order: every phrase of
    /// the list that `text` starts with is one of them.
    pub(super) fn candidates(&'static self, text: &str) -> impl Iterator<Item = &'static str> {
        let filed: &'static [(u32, &'static str)] = head_slot(text.as_bytes())
            .and_then(|s| {
                let (from, to) = (*self.starts.get(s)?, *self.starts.get(s + 1)?);
                self.items.get(from as usize..to as usize)
            })
            .unwrap_or(&[]);
        let (mut filed, mut short) = (filed.iter().peekable(), self.short.iter().peekable());
        // The two lists merged by their place in the list.
        std::iter::from_fn(move || {
            let next = match (filed.peek(), short.peek()) {
                (Some(a), Some(b)) if b.0 < a.0 => short.next(),
                (Some(_), _) => filed.next(),
                (None, _) => short.next(),
            };
            next.map(|&(_, p)| p)
        })
    }
}

/// A byte of a file-name slug ([`super::slug_caption`]'s words): an ASCII
/// lower-case letter, a digit, `-`, `_` or `.`.
fn is_slug_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
}

/// The words of `bytes` that open with an ASCII byte other than
/// whitespace at the text's start or right after a space, counted up to
/// [`WORDS_COUNTED`]: a space at a time (memchr), the reading stopped
/// there. Each start counted opens a word of `split_whitespace` of its
/// own: the count is never more than the text's words.
fn words_counted(bytes: &[u8]) -> usize {
    let opens_word = |b: Option<&u8>| b.is_some_and(|&b| b < 0x80 && !matches!(b, 9..=13 | b' '));
    let mut words = usize::from(opens_word(bytes.first()));
    for at in memchr::memchr_iter(b' ', bytes) {
        words += usize::from(opens_word(bytes.get(at + 1)));
        if words >= WORDS_COUNTED {
            return WORDS_COUNTED;
        }
    }
    words.min(WORDS_COUNTED)
}

/// Words of a file name and its label at most: the label two words
/// before its colon, the name eight ([`super::file_name_shaped`]).
pub(super) const FILE_NAME_WORDS: usize = 10;

#[cfg(test)]
mod tests {
    use super::super::draw::Draw;
    use super::*;

    fn inline(text: &str) -> Inline {
        Inline {
            text: text.to_string(),
            marks: Vec::new(),
        }
    }

    /// The word count never exceeds `split_whitespace`'s, whatever the
    /// whitespace (a tab or a no-break space separates words there, not
    /// here), and is the count of the ASCII words' starts at the text's
    /// start or after a space, up to its cap.
    #[test]
    fn words_are_at_most_split_whitespace() {
        let pieces = [
            " ",
            "\t",
            "\n",
            "\u{b}",
            "\u{a0}",
            "\u{3000}",
            "a",
            "Bé",
            ":",
            "IMG_0042.jpg",
            "  ",
            "x-1",
        ];
        let mut draw = Draw::new(7);
        for len in 0..3000 {
            let t = draw.string(&pieces, len % 23);
            let block = inline(&t);
            let c = Cues::of(&block);
            let all = t.split_whitespace().count();
            assert!(c.words() <= all, "{t:?}");
            let b = t.as_bytes();
            let spaced = (0..b.len())
                .filter(|&i| {
                    (i == 0 || b[i - 1] == b' ')
                        && b[i].is_ascii()
                        && !char::from(b[i]).is_whitespace()
                })
                .count();
            assert_eq!(c.words(), spaced.min(WORDS_COUNTED), "{t:?}");
            assert_eq!(c.colon, t.contains(':'), "{t:?}");
        }
    }

    /// The phrases a [`HeadIndex`] gives a text to compare hold every
    /// phrase of the list the text starts with, in the list's order.
    #[test]
    fn head_index_keeps_every_opening_phrase_in_order() {
        static LIST: &[&str] = &[
            "via ",
            "v",
            "source:",
            "sou",
            "s",
            "read more at",
            "rea",
            "é",
            "élu ",
            "source ",
            "",
            "read",
        ];
        static INDEX: std::sync::LazyLock<HeadIndex> =
            std::sync::LazyLock::new(|| HeadIndex::new(LIST.iter().copied()));
        let pieces = [
            "v", "ia ", "s", "ource", ":", "re", "ad", " more at", "é", "lu ", " ", "x",
        ];
        let mut draw = Draw::new(3);
        let mut found = 0;
        for len in 0..4000 {
            let t = draw.string(&pieces, len % 6);
            let want: Vec<&str> = LIST
                .iter()
                .copied()
                .filter(|p| !p.is_empty() && t.starts_with(p))
                .collect();
            let got: Vec<&str> = INDEX.candidates(&t).filter(|p| t.starts_with(p)).collect();
            assert_eq!(got, want, "{t:?}");
            found += usize::from(!want.is_empty());
        }
        assert!(found > 500, "{found} texts open with a phrase");
    }

    /// The gates hold wherever their rule fires: drawn texts of file-name
    /// pieces, labels and words never pass [`super::super::is_file_name`]
    /// past the word gate, nor split at a colon without one.
    #[test]
    fn gates_never_skip_a_rule_that_fires() {
        let pieces = [
            " ",
            "Photo: ",
            "Imagen:",
            "IMG_4521",
            ".jpg",
            "DSC_0042.JPG",
            "Screenshot ",
            "2023-05-14",
            " at ",
            "10.12.33",
            "(1)",
            "harbour-crane-1024x683",
            "\u{a0}",
            "night-walk-240302083311 ",
            "the ",
            "council ",
            "met",
            "Senza titolo.avif",
            "-",
        ];
        let mut draw = Draw::new(11);
        let (mut fired, mut slugs) = (0, 0);
        for len in 0..6000 {
            let t = draw.string(&pieces, len % 14);
            let block = inline(&t);
            let c = Cues::of(&block);
            if super::super::is_file_name(&t) {
                fired += 1;
                assert!(c.may_be_file_name(), "{t:?}");
            }
            if t.split_once(':').is_some() {
                assert!(c.may_be_labelled(), "{t:?}");
            }
            if super::super::slug_caption(&t, "", &[]).is_some() {
                slugs += 1;
                assert!(c.may_open_with_slug(), "{t:?}");
            }
        }
        assert!(fired > 100, "{fired} file names drawn");
        assert!(slugs > 100, "{slugs} slug captions drawn");
    }
}
