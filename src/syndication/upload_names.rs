//! Rule `caption.untitled-upload` (family `caption:file-name`).
//!
//! Concept: an image saved under the name its editor gave the new
//! document ("Untitled", "Senza titolo", "Unbenannt"), uploaded as such,
//! is captioned by the CMS with its file's name: the caption is the
//! upload's name, not words an editor wrote. The file name keeps the
//! marks tools append to it ("Unbenannt-min" from a compressor,
//! "Unbenannt-edited" from WordPress's image editor, a counter).
//! Scope: a short caption whose words, without the marks and counters at
//! their end ([`patterns::UPLOAD_MARKS`], [`patterns::SIZE_WORDS`],
//! numbers), are one of [`patterns::UNTITLED_UPLOADS`], and that one of
//! the page's images is named after (its file name spells the caption,
//! a slugger's dropped accent included: "sem-t-tulo.jpg" under "Sem
//! título").
//! Note: the words alone are not enough: a work of art called "Untitled"
//! under a photo named otherwise is a caption. A caption an editor wrote
//! says more than the document's default name.

use super::patterns;

/// Captions longer than this (bytes) are no upload's name.
const UPLOAD_NAME_MAX: usize = 60;

/// The untitled document's name `text` is, when one of the page's image
/// stems (`stems`, normalised words) spells it.
pub(super) fn untitled_upload(text: &str, stems: &[String]) -> Option<&'static str> {
    let text = text.trim();
    if text.is_empty() || text.len() > UPLOAD_NAME_MAX || stems.is_empty() {
        return None;
    }
    // Told by its first letters before anything is allocated: every name
    // opens with three ASCII letters.
    let opens = |u: &&str| {
        text.get(..3)
            .zip(u.get(..3))
            .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
    };
    if !patterns::UNTITLED_UPLOADS.iter().any(opens) {
        return None;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mark = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || patterns::UPLOAD_MARKS.contains(&w)
            || patterns::SIZE_WORDS.contains(&w)
    };
    let keep = words.len() - words.iter().rev().take_while(|w| mark(w)).count();
    let name = words[..keep].join(" ");
    let found = patterns::UNTITLED_UPLOADS.iter().find(|u| **u == name)?;
    stems.iter().any(|s| spells(&lower, s)).then_some(*found)
}

/// Whether a file's stem spells `caption` (both lowercase): their ASCII
/// letters and digits agree, in order, separators aside; a letter beyond
/// ASCII in the caption stands for up to two letters of the stem, or
/// none (a slugger drops it, folds it or spells it out: "í", "i", "ö",
/// "oe").
fn spells(caption: &str, stem: &str) -> bool {
    let solid = |s: &str| -> Vec<char> { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let (c, s) = (solid(caption), solid(stem));
    if s.is_empty() || s.iter().any(|ch| !ch.is_ascii()) {
        return false;
    }
    matches(&c, &s)
}

/// [`spells`] over the solid characters, the wildcards backtracked.
fn matches(c: &[char], s: &[char]) -> bool {
    match c.split_first() {
        None => s.is_empty(),
        Some((&ch, rest)) if ch.is_ascii() => s.first() == Some(&ch) && matches(rest, &s[1..]),
        Some((_, rest)) => (0..=2.min(s.len())).any(|k| matches(rest, &s[k..])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untitled_uploads_under_their_file() {
        let stems = |s: &str| vec![s.to_string()];
        assert!(untitled_upload("Senza titolo", &stems("senza titolo")).is_some());
        assert!(untitled_upload("Sem título", &stems("sem t tulo")).is_some());
        assert!(untitled_upload("Sin título", &stems("sin titulo")).is_some());
        assert!(untitled_upload("Unbenannt-min", &stems("unbenannt min")).is_some());
        assert!(untitled_upload("Unbenannt-edited", &stems("unbenannt edited")).is_some());
        // A work called "Untitled" under a photo named otherwise stays.
        assert!(untitled_upload("Untitled", &stems("gallery opening 2024")).is_none());
        // A caption an editor wrote stays.
        assert!(untitled_upload("Harbour cranes", &stems("harbour cranes")).is_none());
    }
}
