//! The standfirst ("dek"): the summary line under the headline, which news
//! templates put in the article header, outside the body's container. It is
//! the article's first paragraph for a reader; it is found as the block
//! before the body whose text is the page's own description.

use super::dom::{flag, Dom, Tag};

/// The page's description from `<meta name=description>` or
/// `og:description` / `twitter:description`.
fn description<'a>(dom: &Dom<'a>) -> Option<&'a str> {
    let mut fallback = None;
    for n in &dom.nodes[..dom.body as usize] {
        let Some(el) = n.elem() else { continue };
        if el.name() != "meta" {
            continue;
        }
        let key = el
            .attr("property")
            .or_else(|| crate::rules::attr(el, "name"))
            .unwrap_or("");
        let content = crate::rules::attr(el, "content")
            .map(str::trim)
            .filter(|c| !c.is_empty());
        match key.to_ascii_lowercase().as_str() {
            "og:description" => return content,
            "description" | "twitter:description" => fallback = fallback.or(content),
            _ => {}
        }
    }
    fallback
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Finds the standfirst before `first_root`: a live block whose words are
/// the description's (the description may be cut short with an ellipsis).
pub(crate) fn find(dom: &Dom, first_root: u32, live: &[bool]) -> Option<String> {
    let desc = description(dom)?;
    let desc_words = words(desc.trim_end_matches(['…', '.']).trim_end_matches("..."));
    if desc_words.len() < 6 {
        return None;
    }
    let desc_bytes: u32 = desc.bytes().filter(|b| !b.is_ascii_whitespace()).count() as u32;
    let start = dom.body as usize;
    let stop = (first_root as usize).min(dom.len());
    let mut i = start;
    while i < stop {
        let n = &dom.nodes[i];
        if !live[i] || n.has(flag::IN_LINK) {
            i = n.end as usize;
            continue;
        }
        let candidate = matches!(
            n.tag,
            Tag::P | Tag::H(2..=6) | Tag::Div | Tag::Section | Tag::Header | Tag::Other | Tag::Span
        ) && !n.has(flag::HAS_BLOCK_CHILD)
            && n.text * 10 >= desc_bytes * 8
            && n.text * 10 <= desc_bytes * 13
            && n.link_density() < 0.1;
        if candidate {
            let text = dom.live_text(i, live);
            let w = words(&text);
            if w.len() >= desc_words.len() && w[..desc_words.len()] == desc_words[..] {
                return Some(text);
            }
            i = n.end as usize;
            continue;
        }
        i += 1;
    }
    None
}
