//! Rules `caption.untitled-upload` and `caption.capture-upload` (family
//! `caption:file-name`).
//!
//! Concept: an image saved under the name a tool gave it by default —
//! the name an editor gives a new document ("Untitled", "Senza titolo",
//! "Unbenannt"), or the name a screenshot tool gives a capture
//! ("Capture", "Screenshot", "Bildschirmfoto") — uploaded as such, is
//! captioned by the CMS with its file's name: the caption is the
//! upload's name, not words an editor wrote. The file name keeps the
//! marks tools append to it ("Unbenannt-min" from a compressor,
//! "Unbenannt-edited" from WordPress's image editor, a counter, a size
//! suffix: "Capture-2-1024x576").
//! Scope: a short caption whose words, without the marks and counters at
//! their end ([`patterns::UPLOAD_MARKS`], [`patterns::SIZE_WORDS`],
//! numbers, a CMS's `WxH` size), are one of
//! [`patterns::UNTITLED_UPLOADS`] or [`patterns::CAPTURE_NAMES`], and
//! that one of the page's images is named after (its file name spells
//! the caption, a slugger's dropped accent included: "sem-t-tulo.jpg"
//! under "Sem título").
//! Note: the words alone are not enough: a work of art called "Untitled"
//! under a photo named otherwise is a caption, as is "Capture" under a
//! photo of a fishing boat's catch. A caption an editor wrote says more
//! than the tool's default name. A screenshot tool's name with its date
//! and time ("Screenshot 2023-05-14 at 10.12.33") is a file name by its
//! shape alone (`caption.file-name`).

use super::patterns;

/// Captions longer than this (bytes) are no upload's name.
const UPLOAD_NAME_MAX: usize = 60;

/// The tool's default name `text` is, with the list it is of
/// ([`patterns::UNTITLED_UPLOADS`] or [`patterns::CAPTURE_NAMES`]), when
/// one of the page's image stems (`stems`, normalised words) spells it.
pub(super) fn default_upload(
    text: &str,
    stems: &[String],
) -> Option<(&'static [&'static str], &'static str)> {
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
    [patterns::UNTITLED_UPLOADS, patterns::CAPTURE_NAMES]
        .into_iter()
        .filter(|names| names.iter().any(opens))
        .find_map(|names| named_upload(text, stems, names).map(|name| (names, name)))
}

/// The name of `names` the (trimmed, short) caption `text` is, its
/// marks and counters aside, when one of the page's image stems spells
/// the caption.
fn named_upload(
    text: &str,
    stems: &[String],
    names: &'static [&'static str],
) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mark = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || patterns::UPLOAD_MARKS.contains(&w)
            || patterns::SIZE_WORDS.contains(&w)
            || is_size(w)
    };
    let keep = words.len() - words.iter().rev().take_while(|w| mark(w)).count();
    let name = words[..keep].join(" ");
    let found = names.iter().find(|u| **u == name)?;
    stems.iter().any(|s| spells(&lower, s)).then_some(*found)
}

/// A CMS's size suffix, lowercase ("1024x576"): digits, an `x`, digits.
fn is_size(word: &str) -> bool {
    word.split_once('x').is_some_and(|(w, h)| {
        [w, h]
            .iter()
            .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    })
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

    fn untitled_upload(text: &str, stems: &[String]) -> Option<&'static str> {
        default_upload(text, stems).map(|(_, name)| name)
    }

    #[test]
    fn captures_under_their_file() {
        let stems = |s: &str| vec![s.to_string()];
        assert_eq!(
            default_upload("Capture", &stems("capture")),
            Some((patterns::CAPTURE_NAMES, "capture"))
        );
        assert!(untitled_upload("Capture-2-1024x576", &stems("capture 2 1024x576")).is_some());
        assert!(untitled_upload("Bildschirmfoto 3", &stems("bildschirmfoto 3")).is_some());
        // A photo of a catch captioned "Capture" stays.
        assert!(untitled_upload("Capture", &stems("chalutier port")).is_none());
        // A caption an editor wrote stays.
        assert!(untitled_upload("Capture du chalutier", &stems("capture du chalutier")).is_none());
    }

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
