//! URL resolution against `<base href>` and the page URL, and cleaning of
//! canonical URLs.

use url::Url;

/// Query parameters that only track the visit; removed from canonical URLs.
const TRACKING_PREFIXES: &[&str] = &["utm_", "mc_", "pk_", "__twitter", "_hs"];
const TRACKING_PARAMS: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ocid", "cmpid", "ito", "smid",
    "_ga", "mkt_tok", "ref_src", "ncid", "sr_share",
];

/// The base URL for relative links: `<base href>` resolved against the page
/// URL, else the page URL.
pub(crate) fn base_url(page: Option<&Url>, base_href: Option<&str>) -> Option<Url> {
    match (page, base_href.map(str::trim).filter(|h| !h.is_empty())) {
        (Some(p), Some(h)) => p.join(h).ok().or_else(|| Some(p.clone())),
        (None, Some(h)) => Url::parse(h).ok(),
        (Some(p), None) => Some(p.clone()),
        (None, None) => None,
    }
}

/// Resolves a link; `None` for `javascript:`, `mailto:`, `data:` and other
/// non-web schemes, and for relative links without a base.
pub(crate) fn resolve(base: Option<&Url>, href: &str) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    let url = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then_some(url)
}

/// Resolves an image source. Keeps `data:` URIs only when they are big
/// enough to be more than a spacer pixel.
pub(crate) fn resolve_image(base: Option<&Url>, src: &str) -> Option<String> {
    let src = src.trim();
    if src.starts_with("data:") {
        return (src.len() > 200).then(|| src.to_string());
    }
    if let Some(u) = resolve(base, src) {
        return Some(u.to_string());
    }
    // Relative and no base: keep as written rather than losing it.
    (base.is_none() && !src.contains(':') && !src.is_empty()).then(|| src.to_string())
}

/// The best candidate of a `srcset`: the largest width or density.
pub(crate) fn best_from_srcset(srcset: &str) -> Option<&str> {
    srcset
        .split(',')
        .filter_map(|c| {
            let mut it = c.split_whitespace();
            let url = it.next()?;
            let size = it
                .next()
                .and_then(|d| d.trim_end_matches(['w', 'x']).parse::<f64>().ok())
                .unwrap_or(1.0);
            Some((url, size))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(u, _)| u)
}

/// A canonical URL without tracking parameters and fragment.
pub(crate) fn clean_canonical(mut url: Url) -> Url {
    url.set_fragment(None);
    if url.query().is_some() {
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| {
                let k = k.to_ascii_lowercase();
                !TRACKING_PREFIXES.iter().any(|p| k.starts_with(p))
                    && !TRACKING_PARAMS.contains(&k.as_str())
            })
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if kept.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(kept);
        }
    }
    url
}

/// Whether an image URL looks like a tracking pixel or an icon rather than
/// a picture.
pub(crate) fn is_junk_image(src: &str) -> bool {
    let lower = src.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    path.ends_with(".ico")
        || path.ends_with(".svg")
        || [
            "pixel",
            "spacer",
            "blank.gif",
            "1x1",
            "favicon",
            "/icon/",
            "/icons/",
            "logo",
            "sprite",
            "tracking",
        ]
        .iter()
        .any(|w| path.contains(w))
        || names_icon(path.rsplit('/').next().unwrap_or(""))
}

/// Whether a file name has "icon" as a word of its own ("site-icon.png",
/// "apple-touch-icon.png", "icon_192.png"; not "silicon-wafer.jpg").
fn names_icon(file: &str) -> bool {
    let b = file.as_bytes();
    file.match_indices("icon").any(|(i, _)| {
        let before = i.checked_sub(1).and_then(|j| b.get(j));
        let after = b.get(i + 4);
        !before.is_some_and(u8::is_ascii_alphabetic)
            && !after.is_some_and(|c| c.is_ascii_alphabetic() && *c != b's')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_and_resolution() {
        let page = Url::parse("https://news.example/a/b/story.html").unwrap();
        let base = base_url(Some(&page), Some("/static/")).unwrap();
        assert_eq!(
            resolve(Some(&base), "img/x.jpg").unwrap().as_str(),
            "https://news.example/static/img/x.jpg"
        );
        assert_eq!(
            resolve(Some(&page), "//cdn.example/x.jpg")
                .unwrap()
                .as_str(),
            "https://cdn.example/x.jpg"
        );
        assert!(resolve(Some(&page), "javascript:void(0)").is_none());
        assert!(resolve(Some(&page), "mailto:a@b.c").is_none());
        assert!(resolve(None, "/relative").is_none());
    }

    #[test]
    fn canonical_drops_tracking() {
        let u = Url::parse("https://n.example/s?id=3&utm_source=x&fbclid=y#top").unwrap();
        assert_eq!(clean_canonical(u).as_str(), "https://n.example/s?id=3");
        let u = Url::parse("https://n.example/s?utm_medium=x").unwrap();
        assert_eq!(clean_canonical(u).as_str(), "https://n.example/s");
    }

    #[test]
    fn srcset_and_data_uris() {
        assert_eq!(
            best_from_srcset("a.jpg 320w, b.jpg 1024w, c.jpg 640w"),
            Some("b.jpg")
        );
        assert_eq!(best_from_srcset("a.jpg 1x, b.jpg 2x"), Some("b.jpg"));
        assert!(resolve_image(None, "data:image/gif;base64,R0lGODlhAQABAAAAACw=").is_none());
        assert!(is_junk_image("https://t.example/pixel.gif?id=1"));
        assert!(!is_junk_image("https://img.example/2023/photo.jpg"));
        assert!(is_junk_image("https://img.example/scidaily-icon.png"));
        assert!(is_junk_image(
            "https://img.example/apple-touch-icon.png?v=2"
        ));
        assert!(is_junk_image("https://img.example/icons_192.png"));
        assert!(!is_junk_image("https://img.example/silicon-wafer.jpg"));
        assert!(!is_junk_image("https://img.example/iconic-bridge.jpg"));
        assert!(is_junk_image("https://img.example/icons/share.png"));
    }
}
