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

/// Collapses whitespace: words joined by single spaces.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// How many words `s` holds: `s.split_whitespace().count()`, eight bytes
/// at a time where the text is ASCII (most of it) and a char at a time
/// elsewhere, without the splitter's search for each word's end.
pub(crate) fn count_words(s: &str) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let mut words = 0;
    // Whether the byte before `i` ends a word, as the high bit of a byte:
    // text starts after "whitespace".
    let mut white_before: u64 = 0x80;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(w) = bytes
            .get(i..i + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
        {
            let w = u64::from_le_bytes(w);
            if w & HIGHS == 0 {
                // ASCII: a byte is whitespace (`char::is_whitespace`) when it
                // is a space or in `\t..=\r`. Bytes are below 0x80, so the
                // sums below never carry into the next byte.
                let space = !((w ^ (ONES * 0x20)) + ONES * 0x7f) & HIGHS;
                let control = (w + ONES * (0x80 - 0x09)) & !(w + ONES * (0x80 - 0x0e)) & HIGHS;
                let white = space | control;
                let starts = !white & HIGHS & ((white << 8) | white_before);
                words += starts.count_ones() as usize;
                white_before = (white >> 56) & 0x80;
                i += 8;
                continue;
            }
        }
        // A char at a time, up to the next eight bytes' end (a char
        // boundary: the slow path steps over whole chars).
        let stop = (i + 8).min(bytes.len());
        while i < stop {
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                return words;
            };
            i += c.len_utf8();
            let white = c.is_whitespace();
            words += usize::from(!white && white_before != 0);
            white_before = if white { 0x80 } else { 0 };
        }
    }
    words
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
    fn count_words_counts_what_split_whitespace_counts() {
        // ASCII and Unicode whitespace (vertical tab, NEL, no-break and
        // ideographic spaces, line separator), leading, trailing, in runs;
        // non-ASCII letters beside them.
        let texts = [
            "",
            " ",
            "one",
            "  two  words ",
            "a\tb\nc\rd\x0Be\x0Cf",
            "x\u{85}y\u{a0}z\u{3000}w\u{2028}v",
            "\u{a0}\u{a0}lead and trail\u{2003}",
            "Ünïcode—Wörds 漢字 كلمة",
            "\u{200b}zero-width is no space\u{feff}",
            "\n\nParagraph one.\n\nParagraph two,\tthree  words.\n",
            "eight by eight bytes ab\x0Bcd\x0Cef gh\u{2009}ij klmnopqr stuvwxyz ",
            "words across\u{a0}eight-byte\u{3000}chunk\rbounds:\u{85}the \u{2019}quoted\u{2019} part",
            "        leading blanks, then a\u{e9}b\u{202f}c d \u{1f600} e\u{205f}f\u{1680}g",
        ];
        for t in texts {
            // Every suffix too: chunks start at every offset.
            for (at, _) in t.char_indices() {
                let t = &t[at..];
                assert_eq!(count_words(t), t.split_whitespace().count(), "{t:?}");
            }
            assert_eq!(count_words(t), t.split_whitespace().count(), "{t:?}");
        }
    }
}
