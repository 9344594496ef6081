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
pub fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    let (encoding, source) = sniff(bytes, content_type);
    let (text, _, had_errors) = encoding.decode(bytes);
    Decoded {
        text,
        encoding,
        source,
        had_errors,
    }
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
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // 64 KiB is plenty for a confident guess and keeps detection cheap on huge pages.
    det.feed(&bytes[..bytes.len().min(64 * 1024)], true);
    (
        det.guess(None, chardetng::Utf8Detection::Allow),
        CharsetSource::Detected,
    )
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
        let d = decode(bytes, Some("text/html"));
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.encoding, encoding_rs::SHIFT_JIS);
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
}
