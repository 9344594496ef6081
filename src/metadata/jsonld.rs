//! JSON-LD (`<script type="application/ld+json">`): the article object of a
//! page, found in top-level arrays, `@graph` arrays and `mainEntity`, with
//! `@id` references resolved, and tolerant of the broken JSON that browsers
//! still accept (HTML comments, CDATA, HTML-escaped quotes, raw newlines in
//! strings, trailing commas).

use std::collections::HashMap;

use serde_json::Value;

/// What the JSON-LD of a page says about its article.
#[derive(Debug, Clone, Default)]
pub(crate) struct LdArticle {
    pub(crate) headline: Option<String>,
    pub(crate) authors: Vec<String>,
    /// Organisations credited as the only authors ("Contributors to
    /// Wikimedia projects"): names, but of no person.
    pub(crate) org_authors: Vec<String>,
    pub(crate) published: Option<String>,
    pub(crate) modified: Option<String>,
    pub(crate) publisher: Option<String>,
    pub(crate) website_name: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) images: Vec<String>,
    pub(crate) keywords: Vec<String>,
    pub(crate) section: Option<String>,
    pub(crate) lang: Option<String>,
    /// `articleBody` as written, not yet [`normalized`].
    pub(crate) body: Option<String>,
    pub(crate) based_on: Option<String>,
    /// The outlet of the `isBasedOn` work.
    pub(crate) based_on_name: Option<String>,
}

/// Largest script considered (a page's JSON-LD is a few KiB; megabytes are
/// app state, not metadata).
const MAX_SCRIPT_BYTES: usize = 2 << 20;

/// Parses one script's text, repairing it when needed.
pub(crate) fn parse_script(text: &str) -> Option<Value> {
    if text.len() > MAX_SCRIPT_BYTES {
        return None;
    }
    let t = strip_wrappers(text);
    if t.is_empty() {
        return None;
    }
    if let Ok(v) = serde_json::from_str(t) {
        return Some(v);
    }
    let repaired = repair(t);
    if let Ok(v) = serde_json::from_str(&repaired) {
        return Some(v);
    }
    // Several values one after the other, or trailing junk: take what parses.
    let values: Vec<Value> = serde_json::Deserializer::from_str(&repaired)
        .into_iter::<Value>()
        .map_while(Result::ok)
        .collect();
    match values.len() {
        0 => None,
        1 => values.into_iter().next(),
        _ => Some(Value::Array(values)),
    }
}

fn strip_wrappers(text: &str) -> &str {
    let mut t = text.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(rest) = t.strip_prefix(open) {
            t = rest.trim();
            if let Some(rest) = t.strip_suffix(close) {
                t = rest.trim();
            }
        }
    }
    t.trim_end_matches(';').trim()
}

/// Fixes what browsers forgive and JSON does not: HTML-escaped quotes,
/// control characters inside strings, trailing commas.
fn repair(text: &str) -> String {
    let text = if text.contains("&quot;") && !text.contains("\"@") {
        text.replace("&quot;", "\"")
            .replace("&#34;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    } else {
        text.to_string()
    };
    let mut out = String::with_capacity(text.len());
    let mut in_str = false;
    let mut escaped = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_str {
            if escaped {
                escaped = false;
                out.push(c);
            } else if c == '\\' {
                escaped = true;
                out.push(c);
            } else if c == '"' {
                in_str = false;
                out.push(c);
            } else if c.is_control() {
                out.push(' ');
            } else {
                out.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push(c);
            }
            ',' => {
                let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                if !matches!(next, Some('}' | ']') | None) {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting" | "LiveBlogPosting" | "SocialMediaPosting" | "Report" | "Posting"
        )
}

fn types(obj: &serde_json::Map<String, Value>) -> Vec<&str> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Every object in the values, depth-first, without recursion (each a
/// [`Value::Object`]).
fn objects(values: &[Value]) -> Vec<&Value> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(o) => {
                out.push(v);
                for (k, child) in o.iter().rev() {
                    if matches!(child, Value::Object(_) | Value::Array(_)) && k != "@context" {
                        stack.push(child);
                    }
                }
            }
            Value::Array(a) => stack.extend(a.iter().rev()),
            _ => {}
        }
    }
    out
}

/// Reads the article object out of all the page's JSON-LD values.
pub(crate) fn extract(values: &[Value]) -> Option<LdArticle> {
    let object_values = objects(values);
    let objs: Vec<&serde_json::Map<String, Value>> =
        object_values.iter().filter_map(|v| v.as_object()).collect();
    let mut ids: HashMap<&str, &Value> = HashMap::new();
    for &v in &object_values {
        if let Some(o) = v.as_object() {
            if let Some(id) = o.get("@id").and_then(Value::as_str) {
                if o.len() > 1 {
                    ids.entry(id).or_insert(v);
                }
            }
        }
    }
    // A reference (`{"@id": …}` alone) to the object it names, borrowed.
    let resolve = |v: &Value| -> Option<&Value> {
        match v {
            Value::Object(o) if o.len() == 1 => o
                .get("@id")
                .and_then(Value::as_str)
                .and_then(|id| ids.get(id).copied()),
            _ => None,
        }
    };
    let mut website_name = None;
    let mut publisher_fallback = None;
    for o in &objs {
        let ty = types(o);
        if website_name.is_none() && ty.contains(&"WebSite") {
            website_name = str_field(o, "name");
        }
        if publisher_fallback.is_none()
            && (ty.contains(&"NewsMediaOrganization") || ty.contains(&"Organization"))
        {
            publisher_fallback = str_field(o, "name");
        }
    }
    // The article object; else any creative work that has a headline or a
    // publication date (a `Recipe`, a `WebPage`), never the site or a person.
    let article = objs
        .iter()
        .find(|o| types(o).iter().any(|t| is_article_type(t)))
        .or_else(|| {
            objs.iter().find(|o| {
                let ty = types(o);
                !ty.is_empty()
                    && !ty.iter().any(|t| {
                        matches!(
                            *t,
                            "WebSite"
                                | "Organization"
                                | "NewsMediaOrganization"
                                | "Person"
                                | "BreadcrumbList"
                                | "ImageObject"
                        )
                    })
                    && (o.contains_key("headline") || o.contains_key("datePublished"))
            })
        })?;
    let mut ld = LdArticle {
        headline: str_field(article, "headline").or_else(|| str_field(article, "name")),
        published: str_field(article, "datePublished")
            .or_else(|| str_field(article, "dateCreated")),
        modified: str_field(article, "dateModified"),
        description: str_field(article, "description"),
        section: first_string(article.get("articleSection")),
        lang: first_string(article.get("inLanguage")),
        // As written: made text only when the page's DOM gives too little
        // ([`normalized`]); most pages never need it.
        body: string_of(article.get("articleBody")).map(str::to_string),
        website_name,
        ..LdArticle::default()
    };
    ld.url = str_field(article, "url").or_else(|| match article.get("mainEntityOfPage") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Object(o)) => str_field(o, "@id").or_else(|| str_field(o, "url")),
        _ => None,
    });
    // Authors: strings, Person objects, arrays of either, `@id` references.
    let author_values = article
        .get("author")
        .or_else(|| article.get("creator"))
        .map(as_list)
        .unwrap_or_default();
    let author_values: Vec<&Value> = author_values
        .into_iter()
        .map(|a| resolve(a).unwrap_or(a))
        .collect();
    // An organisation listed beside people is the agency, not an author.
    let is_org = |a: &Value| {
        a.as_object()
            .is_some_and(|o| types(o).iter().any(|t| t.contains("Organization")))
    };
    let has_person = author_values.iter().any(|a| !is_org(a));
    for a in &author_values {
        if is_org(a) {
            if !has_person {
                let name = a.as_object().and_then(|o| str_field(o, "name"));
                ld.org_authors.extend(name);
            }
            continue;
        }
        match a {
            Value::String(s) => ld.authors.push(s.clone()),
            Value::Object(o) => {
                if let Some(n) = o.get("name").and_then(|n| first_string(Some(n))) {
                    ld.authors.push(n);
                } else if let (Some(g), Some(f)) =
                    (str_field(o, "givenName"), str_field(o, "familyName"))
                {
                    ld.authors.push(format!("{g} {f}"));
                }
            }
            _ => {}
        }
    }
    if let Some(p) = article.get("publisher") {
        let p = resolve(p).unwrap_or(p);
        ld.publisher = match p {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => str_field(o, "name"),
            Value::Array(a) => a
                .iter()
                .find_map(|v| v.as_object().and_then(|o| str_field(o, "name"))),
            _ => None,
        };
    }
    if ld.publisher.is_none() {
        ld.publisher = publisher_fallback;
    }
    for img in article
        .get("image")
        .or_else(|| article.get("thumbnailUrl"))
        .map(as_list)
        .unwrap_or_default()
    {
        let img = resolve(img).unwrap_or(img);
        let src = match img {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => str_field(o, "url").or_else(|| str_field(o, "contentUrl")),
            _ => None,
        };
        if let Some(s) = src {
            ld.images.push(s);
        }
    }
    match article.get("keywords") {
        Some(Value::String(s)) => ld.keywords = split_keywords(s),
        Some(Value::Array(a)) => {
            ld.keywords = a
                .iter()
                .filter_map(Value::as_str)
                .flat_map(split_keywords)
                .collect();
        }
        _ => {}
    }
    ld.based_on = match article
        .get("isBasedOn")
        .or_else(|| article.get("isBasedOnUrl"))
    {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Object(o)) => str_field(o, "url").or_else(|| str_field(o, "@id")),
        _ => None,
    };
    if let Some(Value::Object(o)) = article.get("isBasedOn") {
        // The outlet: the work's publisher or source organisation, or the
        // object itself when it is an organisation.
        ld.based_on_name = ["publisher", "sourceOrganization", "provider"]
            .iter()
            .find_map(|k| first_string(o.get(*k)))
            .or_else(|| {
                types(o)
                    .iter()
                    .any(|t| t.contains("Organization"))
                    .then(|| str_field(o, "name"))
                    .flatten()
            });
    }
    Some(ld)
}

/// Splits a comma-separated keyword list.
pub(crate) fn split_keywords(s: &str) -> Vec<String> {
    super::decode_entities(s)
        .split([',', ';'])
        .map(crate::text::clean)
        .filter(|k| !k.is_empty() && k.chars().count() <= 80)
        .collect()
}

fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    }
}

fn str_field(o: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    first_string(o.get(key))
}

fn first_string(v: Option<&Value>) -> Option<String> {
    normalized(string_of(v)?)
}

/// The string a value states: itself, the first string of an array, an
/// object's `name`.
fn string_of(v: Option<&Value>) -> Option<&str> {
    match v? {
        Value::String(s) => Some(s.as_str()),
        Value::Array(a) => a.iter().find_map(Value::as_str),
        Value::Object(o) => o.get("name").and_then(Value::as_str),
        _ => None,
    }
}

/// A JSON-LD string as text: entities decoded, its words joined by single
/// spaces; `None` when it holds no word.
pub(crate) fn normalized(s: &str) -> Option<String> {
    // Its words joined by single spaces, in one copy (an `articleBody`
    // is a whole article).
    let decoded = super::decode_entities(s);
    let mut out = String::with_capacity(decoded.len());
    for w in decoded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_broken_json() {
        let raw = "<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"A\nB\",}\n-->";
        let v = parse_script(raw).unwrap();
        let a = extract(&[v]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("A B"));
        let escaped =
            "{&quot;@type&quot;: &quot;Article&quot;, &quot;headline&quot;: &quot;Q&quot;}";
        let a = extract(&[parse_script(escaped).unwrap()]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("Q"));
    }

    #[test]
    fn graph_with_references() {
        let raw = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"#site","name":"Valley Post"},
            {"@type":["NewsArticle"],"headline":"H","author":{"@id":"#p1"},
             "publisher":{"@id":"#org"}},
            {"@type":"Person","@id":"#p1","name":"Jane Doe"},
            {"@type":"Organization","@id":"#org","name":"Valley Post Ltd"}]}"##;
        let a = extract(&[parse_script(raw).unwrap()]).unwrap();
        assert_eq!(a.authors, vec!["Jane Doe"]);
        assert_eq!(a.publisher.as_deref(), Some("Valley Post Ltd"));
        assert_eq!(a.website_name.as_deref(), Some("Valley Post"));
    }
}
