//! Bytes to text: find the page's character encoding and decode it.
//!
//! Order of precedence, as browsers do it: a byte-order mark, the HTTP
//! `Content-Type` charset, a `<meta charset>` / `http-equiv` declaration in
//! the first 1024 bytes, then statistical detection (`chardetng`).

use std::borrow::Cow;

use encoding_rs::Encoding;

/// Where the encoding decision came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CharsetSource {
    /// A byte-order mark at the start of the bytes.
    Bom,
    /// The `charset` parameter of the HTTP `Content-Type`.
    Header,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the document.
    Meta,
    /// Statistical detection over the bytes.
    Detected,
    /// The bytes are valid UTF-8 and contain non-ASCII text, which overrides
    /// a declared legacy encoding: such a declaration is a leftover of a
    /// re-encoded page (valid multi-byte UTF-8 does not happen by chance).
    ValidUtf8,
}

/// The result of decoding: the text, the encoding used and why.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The decoded text (borrowed when the bytes were valid UTF-8).
    pub text: Cow<'a, str>,
    /// The encoding that was used.
    pub encoding: &'static Encoding,
    /// Where the decision came from.
    pub source: CharsetSource,
    /// Whether malformed sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Decodes `bytes` to text, following the precedence above.
///
/// A declared encoding (header or `<meta>`) that does not fit the bytes —
/// most of the non-ASCII characters it decodes are malformed sequences, as
/// when a Latin-1 page is declared UTF-8 — is overruled by detection, if
/// the detected encoding decodes the bytes without error
/// ([`CharsetSource::Detected`]). A few malformed sequences in a page that
/// is otherwise what it declares keep the declaration: detection would
/// garble its valid text to save a few characters.
pub fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    let (encoding, source) = sniff(bytes, content_type);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors
        && matches!(source, CharsetSource::Header | CharsetSource::Meta)
        && mostly_malformed(&text)
    {
        let detected = detect(bytes);
        if detected != encoding {
            let (text, _, had_errors) = detected.decode(bytes);
            if !had_errors {
                return Decoded {
                    text,
                    encoding: detected,
                    source: CharsetSource::Detected,
                    had_errors,
                };
            }
        }
    }
    Decoded {
        text,
        encoding,
        source,
        had_errors,
    }
}

/// Whether more than half of the non-ASCII characters of a decoded text
/// are U+FFFD, the decoder's mark for a malformed sequence.
fn mostly_malformed(text: &str) -> bool {
    let (mut non_ascii, mut replaced) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        if c == char::REPLACEMENT_CHARACTER {
            replaced += 1;
        }
    }
    replaced * 2 > non_ascii
}

/// Statistical detection over the first 64 KiB.
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // 64 KiB is plenty for a confident guess and keeps detection cheap on huge pages.
    det.feed(&bytes[..bytes.len().min(64 * 1024)], true);
    det.guess(None, chardetng::Utf8Detection::Allow)
}

/// Picks the encoding of `bytes` without decoding them.
pub fn sniff(bytes: &[u8], content_type: Option<&str>) -> (&'static Encoding, CharsetSource) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, CharsetSource::Bom);
    }
    let declared = content_type
        .and_then(charset_param)
        .and_then(label)
        .map(|e| (e, CharsetSource::Header))
        .or_else(|| {
            meta_charset(&bytes[..bytes.len().min(1024)]).map(|e| (e, CharsetSource::Meta))
        });
    if let Some((enc, source)) = declared {
        if enc != encoding_rs::UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
            return (encoding_rs::UTF_8, CharsetSource::ValidUtf8);
        }
        return (enc, source);
    }
    // Undeclared but valid UTF-8 is UTF-8 (and ASCII is a subset of it):
    // no statistics needed.
    if std::str::from_utf8(bytes).is_ok() {
        return (encoding_rs::UTF_8, CharsetSource::ValidUtf8);
    }
    (detect(bytes), CharsetSource::Detected)
}

fn label(l: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(l.trim().trim_matches(|c| c == '"' || c == '\'').as_bytes())?;
    // A document cannot really be UTF-16 once it declares so in ASCII; browsers
    // treat such declarations as UTF-8.
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    // x-user-defined is only meaningful for XHR; treat as windows-1252.
    if enc == encoding_rs::X_USER_DEFINED {
        return Some(encoding_rs::WINDOWS_1252);
    }
    Some(enc)
}

/// The `charset=` parameter of a `Content-Type` value.
pub(crate) fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then_some(v.trim())
    })
}

/// Finds `charset=` inside a `<meta ...>` tag in the prescan window.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut pos = 0;
    while let Some(off) = find(&lower[pos..], b"<meta") {
        let start = pos + off + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest
                .iter()
                .position(|&b| b != b' ' && b != b'\t' && b != b'\n' && b != b'\r')
                .map_or(&rest[rest.len()..], |i| &rest[i..]);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let value: Vec<u8> = rest
                    .iter()
                    .copied()
                    .skip_while(|&b| b == b' ' || b == b'"' || b == b'\'')
                    .take_while(|&b| !matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .collect();
                if let Some(enc) = std::str::from_utf8(&value).ok().and_then(label) {
                    return Some(enc);
                }
            }
        }
        pos = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The WHATWG sniffing idea, simplified: the first tag of the body, after
/// whitespace and a BOM, is an HTML one.
/// The media type of a `Content-Type` value, lowercase, without parameters.
#[cfg_attr(not(any(feature = "fetch", feature = "crawl")), allow(dead_code))]
pub(crate) fn mime_essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

#[cfg_attr(not(any(feature = "fetch", feature = "crawl")), allow(dead_code))]
pub(crate) fn sniff_html(body: &[u8]) -> bool {
    let head = &body[..body.len().min(1024)];
    let head = head
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let lower = head[start..].to_ascii_lowercase();
    const OPENERS: [&[u8]; 9] = [
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<body",
        b"<title",
        b"<meta",
        b"<!--",
        b"<div",
        b"<p",
    ];
    OPENERS.iter().any(|o| lower.starts_with(o))
}

/// What a body that is not text looks like, when it is not: a known binary
/// format by its magic number, or "binary data" when its first 8 KiB hold
/// more than 1 % of the control bytes that never occur in text (the
/// "binary data bytes" of the WHATWG MIME sniffing standard: NUL, the C0
/// controls other than tab, line feed, form feed, carriage return and
/// escape). A UTF-16 or UTF-32 body with a byte-order mark is text.
#[cfg_attr(not(feature = "fetch"), allow(dead_code))]
pub(crate) fn binary_kind(body: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 13] = [
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x28\xb5\x2f\xfd", "a zstd archive"),
        (b"\xfd7zXZ\x00", "an xz archive"),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"\x7fELF", "an ELF executable"),
        (b"\x00asm", "a WebAssembly module"),
        (b"wOF2", "a WOFF2 font"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| body.starts_with(magic)) {
        return Some(kind);
    }
    if body.starts_with(b"RIFF") && body.get(8..12) == Some(b"WEBP".as_slice()) {
        return Some("a WebP image");
    }
    if Encoding::for_bom(body).is_some_and(|(enc, _)| enc != encoding_rs::UTF_8) {
        return None;
    }
    let window = &body[..body.len().min(8 * 1024)];
    let control = window
        .iter()
        .filter(|&&b| matches!(b, 0x00..=0x08 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F))
        .count();
    (control >= 4 && control * 100 > window.len()).then_some("binary data")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins_over_header() {
        let bytes = b"\xEF\xBB\xBFhi";
        let d = decode(bytes, Some("text/html; charset=iso-8859-1"));
        assert_eq!(d.source, CharsetSource::Bom);
        assert_eq!(d.encoding, encoding_rs::UTF_8);
    }

    #[test]
    fn header_then_meta() {
        let bytes = b"<meta charset=\"shift_jis\"><p>caf\xE9</p>";
        let d = decode(bytes, Some("text/html; charset=windows-1252"));
        assert_eq!(d.source, CharsetSource::Header);
        assert!(d.text.contains("café"));
        // Bytes that are Shift_JIS ("あいう"): the meta declaration holds.
        let bytes = b"<meta charset=\"shift_jis\"><p>\x82\xa0\x82\xa2\x82\xa4</p>";
        let d = decode(bytes, Some("text/html"));
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.encoding, encoding_rs::SHIFT_JIS);
        assert!(d.text.contains("あいう"));
        // Bytes that are not ("caf\xE9" is a broken two-byte sequence in
        // Shift_JIS): detection overrules the declaration.
        let d = decode(
            b"<meta charset=\"shift_jis\"><p>caf\xE9</p>",
            Some("text/html"),
        );
        assert_eq!(d.source, CharsetSource::Detected);
        assert!(d.text.contains("café"));
    }

    #[test]
    fn http_equiv_meta() {
        let bytes =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\xcf\xf0\xe8";
        let d = decode(bytes, None);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1251);
        assert!(d.text.ends_with("При"));
    }

    #[test]
    fn valid_utf8_overrides_a_legacy_declaration() {
        let text = "<meta charset=gb2312><p>人工智能迈上新台阶</p>";
        let d = decode(text.as_bytes(), None);
        assert_eq!(d.source, CharsetSource::ValidUtf8);
        assert!(d.text.contains("人工智能"));
    }

    #[test]
    fn detects_without_declaration() {
        let text = "Die Straße war nass, und die Bäume blühten überall im Dorf.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let d = decode(&bytes, None);
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.text, text);
    }

    #[test]
    fn a_declaration_the_bytes_do_not_fit_gives_way_to_detection() {
        let text = "<p>Le caf\u{e9} de la gare a rouvert ses portes apr\u{e8}s des mois de travaux, \u{e0} la grande joie des habitu\u{e9}s.</p>";
        let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let d = decode(&latin1, Some("text/html; charset=utf-8"));
        assert_eq!(d.source, CharsetSource::Detected);
        assert!(!d.had_errors);
        assert_eq!(d.text, text);
        // One stray byte in a page that is really UTF-8 keeps UTF-8.
        let mut bytes = text.as_bytes().to_vec();
        bytes.extend_from_slice(b"<p>\xff</p>");
        let d = decode(&bytes, Some("text/html; charset=utf-8"));
        assert_eq!(d.source, CharsetSource::Header);
        assert!(d.had_errors);
        assert!(d.text.contains("caf\u{e9}"));
    }

    #[test]
    fn binary_bodies_are_named() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n\0\0"), Some("a PNG image"));
        assert_eq!(binary_kind(b"\x1f\x8b\x08\0"), Some("a gzip archive"));
        let noise: Vec<u8> = (0u32..4096)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert_eq!(binary_kind(&noise), Some("binary data"));
        assert_eq!(binary_kind(b"<!DOCTYPE html><p>caf\xe9\x0c</p>"), None);
        let mut bom = b"\xff\xfe".to_vec();
        bom.extend("<p>hi there</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(binary_kind(&bom), None);
    }
}
