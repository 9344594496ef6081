//! Leaf text helpers the stages share: whitespace and word normalisation,
//! the short previews of the explain report, and host names in the form
//! rules and memory compare them in.

/// Length of an explain preview, in chars.
pub(crate) const PREVIEW_CHARS: usize = 80;

/// A host name in lower case without a leading `www.`.
pub(crate) fn bare_host(h: &str) -> String {
    let h = h.to_ascii_lowercase();
    h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
}

/// Collapses whitespace: words joined by single spaces (the words of
/// `str::split_whitespace`).
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    // Whitespace read since the last word written: a space is owed before
    // the next word.
    let mut gap = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        // Eight ASCII bytes at a time while they are words and lone spaces
        // ([`ascii_white8`]): no whitespace but spaces, no space beside
        // another, none first or last (whose neighbours are not in the
        // eight). They are copied as they stand.
        if let Some((space, control)) = ascii_white8(b, i) {
            if control | (space & ((space << 8) | 0x80 | (0x80 << 56))) == 0 {
                if gap {
                    out.push(' ');
                    gap = false;
                }
                out.push_str(s.get(i..i + 8).unwrap_or(""));
                i += 8;
                continue;
            }
        }
        // Else a character: ASCII without decoding; one above it decoded
        // and asked, as `split_whitespace` asks every one.
        let (white, len) = if c.is_ascii() {
            (is_ascii_white(c), 1)
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => break,
            }
        };
        if white {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push(' ');
                gap = false;
            }
            out.push_str(s.get(i..i + len).unwrap_or(""));
        }
        i += len;
    }
    out
}

/// Whether an ASCII byte is whitespace to `char::is_whitespace`: the
/// space and `\t` to `\r` (the vertical tab too, which
/// `u8::is_ascii_whitespace` leaves out).
fn is_ascii_white(c: u8) -> bool {
    matches!(c, b'\t'..=b'\r' | b' ')
}

/// For each ASCII byte, its lower-case form when it is a letter or a digit
/// (part of a word), else 0: the byte table of the word readers
/// (`syndication::norm`, the metadata fingerprint).
pub(crate) static WORD_BYTES: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Lowercase alphanumeric words joined by single spaces: the form blocks
/// and names are compared in.
pub(crate) fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // A separator is owed before the next word once a word has been written.
    let mut gap = false;
    let mut rest = s;
    while let Some(&b) = rest.as_bytes().first() {
        let c = if b.is_ascii() {
            rest = &rest[1..];
            if b.is_ascii_alphanumeric() {
                if gap {
                    out.push(' ');
                    gap = false;
                }
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = !out.is_empty();
            }
            continue;
        } else if let Some(c) = rest.chars().next() {
            rest = &rest[c.len_utf8()..];
            c
        } else {
            break;
        };
        if c.is_alphanumeric() {
            if gap {
                out.push(' ');
                gap = false;
            }
            out.extend(c.to_lowercase());
        } else {
            gap = !out.is_empty();
        }
    }
    out
}

/// Whether `c` closes a sentence, in the scripts whose stops are marks
/// of their own: the ideographic full stop and the full-width `!` and `?`
/// of Chinese and Japanese (and the quote marks closing after them), the
/// Arabic question mark and the Urdu full stop, the Devanagari danda.
pub(crate) fn closes_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '"'
            | '”'
            | '»'
            | '。'
            | '！'
            | '？'
            | '｡'
            | '」'
            | '』'
            | '؟'
            | '۔'
            | '।'
            | '॥'
    )
}

/// The text with whitespace collapsed, cut to [`PREVIEW_CHARS`] chars (and
/// an ellipsis), for [`Removed::preview`](crate::Removed::preview).
pub(crate) fn preview(s: &str) -> String {
    let s = clean(s);
    match s.char_indices().nth(PREVIEW_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

/// Words of the input [`find2`] reads itself before it hands the rest to
/// memchr: half the texts between tags and half the attribute values are
/// shorter than 16 bytes, where memchr's set-up costs more than the search.
const FIND2_WORDS: usize = 4;

/// The position of the first `x` or `y` in `b` at or after `from`: the
/// first [`FIND2_WORDS`] words eight bytes at a time, then memchr.
/// Inlined: a call costs as much as the search of a short text. The
/// guard ([`crate::guard`]) and the tokenizer ([`crate::tokenize`]) search
/// the texts between tags and the quoted attribute values with it.
#[inline(always)]
pub(crate) fn find2(b: &[u8], from: usize, x: u8, y: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let (xs, ys) = (ONES * u64::from(x), ONES * u64::from(y));
    let mut i = from;
    for _ in 0..FIND2_WORDS {
        let Some(word) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) else {
            break;
        };
        let word = u64::from_le_bytes(word);
        let (wx, wy) = (word ^ xs, word ^ ys);
        // The high bit of each byte that is zero in `wx` or `wy` (and maybe
        // of bytes after one: the lowest set bit is exact).
        let hits = ((wx.wrapping_sub(ONES) & !wx) | (wy.wrapping_sub(ONES) & !wy)) & HIGHS;
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    memchr::memchr2(x, y, b.get(i..)?).map(|off| i + off)
}

/// The high bit of each of eight bytes: the flag of a byte in the masks
/// [`ascii_white8`] gives.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` at `i`, when they are all ASCII, as masks of
/// [`HIGH_BITS`] flags: `(space, control)`, the spaces and the bytes in
/// `\t..=\r` (together, what `char::is_whitespace` is in ASCII); `None`
/// when fewer than eight bytes are left or one of them is not ASCII. Bit
/// 8k+7 flags byte `i + k`.
#[inline(always)]
pub(crate) fn ascii_white8(bytes: &[u8], i: usize) -> Option<(u64, u64)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let w = bytes
        .get(i..i.checked_add(8)?)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
        .map(u64::from_le_bytes)?;
    if w & HIGH_BITS != 0 {
        return None;
    }
    // Bytes are below 0x80: the sums never carry into the next byte.
    let space = !((w ^ (ONES * 0x20)) + ONES * 0x7f) & HIGH_BITS;
    let control = (w + ONES * (0x80 - 0x09)) & !(w + ONES * (0x80 - 0x0e)) & HIGH_BITS;
    Some((space, control))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_text_and_hosts() {
        assert_eq!(norm("  Blue-Owl  MEDIA!"), "blue owl media");
        assert_eq!(norm("Ünïcode—Wörds"), "ünïcode wörds");
        assert_eq!(clean(" a \n b\t c "), "a b c");
        assert_eq!(preview(&"a".repeat(100)).chars().count(), PREVIEW_CHARS + 1);
        assert_eq!(preview(" short  text "), "short text");
        assert_eq!(bare_host("WWW.Example.com"), "example.com");
        assert_eq!(bare_host("news.example.com"), "news.example.com");
    }

    #[test]
    fn clean_joins_the_words_split_whitespace_gives() {
        let joined = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "",
            " ",
            "word",
            "  two\twords  ",
            "a\x0bb\x0cc\rd\ne",
            "no\u{a0}break\u{3000}ideographic\u{2028}line\u{85}next",
            "caf\u{e9} na\u{ef}ve \u{65e5}\u{672c} \u{1f600}!",
            "\u{200b}zero-width is no whitespace\u{200b}",
            "\u{2003}em\u{2003}\u{2003}spaces\u{2003}",
            "trailing\u{a0}",
            // Eight-byte runs: words and lone spaces, a space at either
            // end of a run, two spaces, a tab, a character above ASCII.
            "Residents of the valley voted to keep the old ferry running",
            " Residents  of the\tvalley voted\n\nto keep  the old ferry ",
            "abcdefgh ijklmnop qrstuvwx",
            "abcdefg hijklmn  opqrstu\u{a0}vwxyzab\u{3000}cdefghij",
            "        eight blanks first and last        ",
        ] {
            assert_eq!(clean(s), joined(s), "{s:?}");
        }
    }
}
