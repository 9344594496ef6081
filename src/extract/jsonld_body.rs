//! The last fallback: the `articleBody` that a page states in its JSON-LD,
//! for pages whose visible body is rendered by script (or missing).

use serde_json::Value;

/// The longest `articleBody` string in the page's JSON-LD blocks, with HTML
/// entities that some CMSs leave in it decoded.
pub(crate) fn find(doc: &scraper::Html) -> Option<String> {
    let mut best: Option<String> = None;
    for n in doc.tree.nodes() {
        let Some(el) = n.value().as_element() else {
            continue;
        };
        if el.name() != "script"
            || !el
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        {
            continue;
        }
        let raw: String = n
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect();
        // Browsers accept JSON-LD with raw newlines inside strings; serde
        // does not, so those become spaces first.
        let Ok(value) = serde_json::from_str::<Value>(&raw)
            .or_else(|_| serde_json::from_str::<Value>(&raw.replace(['\n', '\r', '\t'], " ")))
        else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(map) => {
                    if let Some(Value::String(body)) = map.get("articleBody") {
                        if best.as_ref().is_none_or(|b| body.len() > b.len()) {
                            best = Some(body.clone());
                        }
                    }
                    stack.extend(map.values());
                }
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
    best.map(|b| decode_entities(&b))
}

/// Splits an `articleBody` into paragraphs (on line breaks; a body without
/// any stays one paragraph).
pub(crate) fn paragraphs(body: &str) -> Vec<String> {
    body.split('\n')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let frag = scraper::Html::parse_fragment(s);
    frag.root_element().text().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_article_body_in_graph_and_broken_json() {
        let html = r#"<html><head><script type="application/ld+json">
            {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": "First line.
Second &amp; last line."}]}
            </script></head><body></body></html>"#;
        let doc = scraper::Html::parse_document(html);
        let body = find(&doc).unwrap();
        assert!(body.contains("Second & last line."));
        assert_eq!(paragraphs("a\n\n b  c \n"), ["a", "b c"]);
    }
}
