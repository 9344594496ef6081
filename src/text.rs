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
}
