//! Sitemaps: `urlset`s (with the Google News extension), sitemap indexes,
//! gzipped `.xml.gz`, and the `Sitemap:` lines of robots.txt.

use std::collections::{HashSet, VecDeque};
use std::io::Read;

use quick_xml::events::Event;
use quick_xml::Reader;
use url::Url;

use super::feed::Discovery;
use super::Fetcher;
use crate::{Error, Timestamp};

/// One page listed in a sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SitemapEntry {
    /// The page (`<loc>`).
    pub loc: Url,
    /// `<lastmod>`.
    pub lastmod: Option<Timestamp>,
    /// News sitemaps: `<news:title>`.
    pub title: Option<String>,
    /// News sitemaps: `<news:publication_date>`.
    pub published: Option<Timestamp>,
    /// News sitemaps: the publication's `<news:name>`.
    pub publication: Option<String>,
    /// News sitemaps: the publication's `<news:language>`.
    pub language: Option<String>,
}

/// What reading a sitemap (and the sitemaps it indexes) gave.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Sitemap {
    /// The pages, in document order, sitemap after sitemap (breadth first),
    /// each URL once, at most [`Discovery::max_sitemap_urls`].
    pub entries: Vec<SitemapEntry>,
    /// Sitemaps that could not be read, or were too deep: the others were
    /// still read.
    pub errors: Vec<Error>,
    /// How many sitemap documents were read.
    pub documents: usize,
}

/// A parsed sitemap document.
#[derive(Debug, PartialEq)]
pub(crate) enum Document {
    UrlSet(Vec<SitemapEntry>),
    Index(Vec<Url>),
}

impl Fetcher {
    /// Reads the sitemap at `url`, following sitemap indexes breadth first
    /// (no recursion) down to [`Discovery::max_sitemap_depth`]. Gzipped
    /// sitemaps are decompressed (up to [`Discovery::max_sitemap_bytes`]).
    /// A sitemap that fails is recorded in [`Sitemap::errors`] and the
    /// others are still read.
    pub async fn sitemap(&self, url: impl AsRef<str>, options: &Discovery) -> Sitemap {
        let mut out = Sitemap::default();
        let start = match super::parse_url(url.as_ref()) {
            Ok(u) => u,
            Err(e) => {
                out.errors.push(e);
                return out;
            }
        };
        let mut queue = VecDeque::from([(start.clone(), 0usize)]);
        let mut seen_docs = HashSet::from([start]);
        let mut seen_pages = HashSet::new();
        while let Some((url, depth)) = queue.pop_front() {
            if out.entries.len() >= options.max_sitemap_urls {
                break;
            }
            let doc = match self.fetch_sitemap(&url, options).await {
                Ok(doc) => doc,
                Err(e) => {
                    out.errors.push(e);
                    continue;
                }
            };
            out.documents += 1;
            match doc {
                Document::UrlSet(entries) => {
                    for e in entries {
                        if out.entries.len() >= options.max_sitemap_urls {
                            break;
                        }
                        if seen_pages.insert(e.loc.clone()) {
                            out.entries.push(e);
                        }
                    }
                }
                Document::Index(children) => {
                    for child in children {
                        if !seen_docs.insert(child.clone()) {
                            continue;
                        }
                        if depth + 1 > options.max_sitemap_depth {
                            out.errors.push(Error::SitemapTooDeep {
                                url: child,
                                limit: options.max_sitemap_depth,
                            });
                        } else {
                            queue.push_back((child, depth + 1));
                        }
                    }
                }
            }
        }
        out
    }

    /// The `Sitemap:` URLs of the robots.txt of `site`'s host (empty when
    /// there is none or it cannot be fetched).
    pub async fn robots_sitemaps(&self, site: &Url) -> Vec<Url> {
        let mut robots = site.clone();
        robots.set_path("/robots.txt");
        robots.set_query(None);
        robots.set_fragment(None);
        match self.fetch_page(robots.clone(), false).await {
            Ok(page) if page.status < 300 => sitemap_lines(&page.text, &robots),
            _ => Vec::new(),
        }
    }

    async fn fetch_sitemap(&self, url: &Url, options: &Discovery) -> Result<Document, Error> {
        let page = self.fetch_page(url.clone(), false).await?;
        let bytes = gunzip_if_needed(&page.bytes, url, options.max_sitemap_bytes)?;
        parse(&bytes, url, options.max_sitemap_urls)
    }
}

/// The `Sitemap:` lines of a robots.txt, resolved against its URL.
pub(crate) fn sitemap_lines(robots: &str, base: &Url) -> Vec<Url> {
    robots
        .lines()
        .filter_map(|line| {
            let line = line.split('#').next().unwrap_or("").trim();
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case("sitemap")
                .then(|| base.join(value.trim()).ok())
                .flatten()
        })
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .collect()
}

/// Decompresses a gzipped body (a `.xml.gz` served as a file), bounded.
pub(crate) fn gunzip_if_needed(bytes: &[u8], url: &Url, limit: usize) -> Result<Vec<u8>, Error> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    flate2::read::MultiGzDecoder::new(bytes)
        .take(cap)
        .read_to_end(&mut out)
        .map_err(|e| Error::Sitemap {
            url: url.clone(),
            reason: format!("broken gzip data: {e}"),
        })?;
    if out.len() > limit {
        return Err(Error::Sitemap {
            url: url.clone(),
            reason: format!("over the max_sitemap_bytes limit of {limit} bytes once decompressed"),
        });
    }
    Ok(out)
}

/// Parses a `urlset` or a `sitemapindex`, keeping at most `max` entries.
/// Relative and non-http(s) `<loc>`s are resolved against / dropped.
pub(crate) fn parse(bytes: &[u8], url: &Url, max: usize) -> Result<Document, Error> {
    let bad = |reason: String| Error::Sitemap {
        url: url.clone(),
        reason,
    };
    let mut reader = Reader::from_reader(bytes);
    let mut buf = Vec::new();
    // Local names of the open elements: the position of an element, not
    // its namespace prefix, tells `<url><loc>` from `<image:image><image:loc>`.
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut text = String::new();
    let mut root: Option<Vec<u8>> = None;
    let mut entries = Vec::new();
    let mut children = Vec::new();
    let mut current: Option<Partial> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            bad(format!(
                "XML error at byte {}: {e}",
                reader.buffer_position()
            ))
        })?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_ascii_lowercase();
                if root.is_none() {
                    root = Some(name.clone());
                }
                if name == b"url" || name == b"sitemap" {
                    current = Some(Partial::default());
                }
                stack.push(name);
                text.clear();
            }
            Event::Empty(_) => {}
            Event::Text(t) => {
                if let Ok(s) = t.decode() {
                    text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Ok(s) = t.decode() {
                    text.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                } else if let Ok(name) = r.decode() {
                    if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
                        text.push_str(s);
                    }
                }
            }
            Event::End(_) => {
                let Some(name) = stack.pop() else {
                    continue;
                };
                let parent = stack.last().map(Vec::as_slice);
                let value = text.trim();
                if let Some(p) = current.as_mut() {
                    match (parent, name.as_slice()) {
                        (Some(b"url" | b"sitemap"), b"loc") => p.loc = Some(value.to_string()),
                        (Some(b"url" | b"sitemap"), b"lastmod") => p.lastmod = parse_date(value),
                        (Some(b"news"), b"title") => p.title = non_empty(value),
                        (Some(b"news"), b"publication_date") => p.published = parse_date(value),
                        (Some(b"publication"), b"name") => p.publication = non_empty(value),
                        (Some(b"publication"), b"language") => p.language = non_empty(value),
                        _ => {}
                    }
                }
                text.clear();
                if name == b"url" || name == b"sitemap" {
                    let Some(p) = current.take() else { continue };
                    let Some(loc) = p.loc.as_deref().and_then(|l| url.join(l).ok()) else {
                        continue;
                    };
                    if !matches!(loc.scheme(), "http" | "https") {
                        continue;
                    }
                    if name == b"sitemap" {
                        if children.len() < max {
                            children.push(loc);
                        }
                    } else if entries.len() < max {
                        entries.push(SitemapEntry {
                            loc,
                            lastmod: p.lastmod,
                            title: p.title,
                            published: p.published,
                            publication: p.publication,
                            language: p.language,
                        });
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    match root.as_deref() {
        Some(b"urlset") => Ok(Document::UrlSet(entries)),
        Some(b"sitemapindex") => Ok(Document::Index(children)),
        Some(other) => Err(bad(format!(
            "root element <{}> is neither urlset nor sitemapindex",
            String::from_utf8_lossy(other)
        ))),
        None => Err(bad("no XML root element".into())),
    }
}

/// Whether `bytes` (decompressed) look like a sitemap: its root element.
pub(crate) fn is_sitemap(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    memchr::memmem::find(head, b"<urlset").is_some()
        || memchr::memmem::find(head, b"<sitemapindex").is_some()
}

#[derive(Default)]
struct Partial {
    loc: Option<String>,
    lastmod: Option<Timestamp>,
    title: Option<String>,
    published: Option<Timestamp>,
    publication: Option<String>,
    language: Option<String>,
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// W3C datetime: a full RFC 3339 time, or a date alone (midnight UTC).
fn parse_date(s: &str) -> Option<Timestamp> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t);
    }
    if let Ok(t) = chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M%:z") {
        return Some(t);
    }
    let date = chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
    Some(date.and_hms_opt(0, 0, 0)?.and_utc().fixed_offset())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_urlset_with_images_and_entities() {
        let base = Url::parse("https://n.example/sitemap.xml").unwrap_or_else(|e| panic!("{e}"));
        let xml = r#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
          xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
          xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
          <url><loc>https://n.example/a?x=1&amp;y=2</loc><lastmod>2024-03-01</lastmod>
            <image:image><image:loc>https://n.example/i.jpg</image:loc></image:image>
            <news:news><news:publication><news:name>N Post</news:name><news:language>en</news:language></news:publication>
              <news:publication_date>2024-03-01T10:00:00+01:00</news:publication_date>
              <news:title>Tide &#38; time</news:title></news:news></url>
          <url><loc>/relative</loc></url><url><loc>ftp://n.example/x</loc></url></urlset>"#;
        let Ok(Document::UrlSet(entries)) = parse(xml.as_bytes(), &base, 10) else {
            panic!("not a urlset");
        };
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].loc.as_str(), "https://n.example/a?x=1&y=2");
        assert_eq!(entries[0].title.as_deref(), Some("Tide & time"));
        assert_eq!(entries[0].publication.as_deref(), Some("N Post"));
        assert_eq!(entries[0].language.as_deref(), Some("en"));
        assert_eq!(
            entries[0].published.map(|t| t.to_rfc3339()).as_deref(),
            Some("2024-03-01T10:00:00+01:00")
        );
        assert!(entries[0].lastmod.is_some());
        assert_eq!(entries[1].loc.as_str(), "https://n.example/relative");
        let Ok(Document::UrlSet(capped)) = parse(xml.as_bytes(), &base, 1) else {
            panic!("not a urlset");
        };
        assert_eq!(capped.len(), 1);
    }

    #[test]
    fn robots_sitemap_lines() {
        let base = Url::parse("https://n.example/robots.txt").unwrap_or_else(|e| panic!("{e}"));
        let got = sitemap_lines("User-agent: *\nSitemap: /s.xml # main\nsitemap:https://n.example/news.xml\nDisallow: /x", &base);
        let got: Vec<&str> = got.iter().map(Url::as_str).collect();
        assert_eq!(
            got,
            ["https://n.example/s.xml", "https://n.example/news.xml"]
        );
    }

    #[test]
    fn not_a_sitemap() {
        let base = Url::parse("https://n.example/s.xml").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            parse(b"<rss></rss>", &base, 5),
            Err(Error::Sitemap { .. })
        ));
        assert!(matches!(
            parse(b"<urlset><url>", &base, 5),
            Err(Error::Sitemap { .. }) | Ok(_)
        ));
    }
}
