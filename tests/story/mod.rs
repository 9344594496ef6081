//! Shared by the stripper's page-shape tests: a story's paragraphs with
//! blocks inserted between them, the two blog themes the tests' pages are
//! written on, extraction with the default extractor or with its
//! explanations, and the checks that every paragraph survived and that a
//! rule removed something.
#![allow(dead_code)]

use gleaner::{Article, Extractor, Url};

/// A story of our own, four paragraphs of loose `<p>` markup: the
/// credit-line tests glue their credits to it.
pub const FERRY: &str = r#"
<p>The river ferry that crosses to the island village has gone electric this spring, after two years of trials with a borrowed battery barge.</p>
<p>The county paid for the new hull and the charging post on the quay, and the old diesel engine was sold to a boatyard up the coast.</p>
<p>"The passengers noticed the silence first," said the skipper, who has steered the ferry across the river for nineteen years.</p>
<p>The crossing still takes eleven minutes, and the timetable stays the same through the summer months and the school holidays.</p>
"#;

/// The opening words of [`FERRY`]'s first paragraph.
pub const FERRY_FIRST: &str = "The river ferry that crosses to the island village";
/// The opening words of [`FERRY`]'s second paragraph.
pub const FERRY_SECOND: &str = "The county paid for the new hull";
/// The opening words of [`FERRY`]'s last paragraph.
pub const FERRY_LAST: &str = "The crossing still takes eleven minutes";

/// The story's paragraphs as `<p>` elements, each insert `(at, html)`
/// placed before the paragraph of index `at` (after the last one for an
/// index past the story), in the order given.
pub fn post(story: &[&str], inserts: &[(usize, &str)]) -> String {
    let mut post = String::new();
    for (i, p) in story.iter().enumerate() {
        for (at, html) in inserts {
            if *at == i {
                post.push_str(html);
            }
        }
        post.push_str(&format!("<p>{p}</p>\n"));
    }
    for (at, html) in inserts {
        if *at >= story.len() {
            post.push_str(html);
        }
    }
    post
}

/// A site on a blog theme with a menu: a header with the site's title
/// and its menu, the post in an `<article>` under its title, a footer with
/// the copyright line. The page's `<title>` is `title | site`.
#[derive(Clone, Copy)]
pub struct Blog<'a> {
    pub site: &'a str,
    /// The post's title (`<h1>`).
    pub title: &'a str,
    /// The menu's entries: the first links the home page, every other one
    /// `/<its name in lower case>/`.
    pub menu: &'a [&'a str],
    /// The year of the footer's copyright line.
    pub year: u16,
    /// Markup in `<head>` after the `<title>`.
    pub head: &'a str,
    /// Markup in the `<nav>` after the menu.
    pub nav: &'a str,
    /// Markup in `<main>` after the article.
    pub after: &'a str,
    /// Markup in the footer after the copyright line.
    pub footer: &'a str,
}

/// A [`Blog`] with the common parts: fill in `site`, `title` and `menu`.
pub const BLOG: Blog<'static> = Blog {
    site: "",
    title: "",
    menu: &["Home", "News"],
    year: 2024,
    head: "",
    nav: "",
    after: "",
    footer: "",
};

impl Blog<'_> {
    /// The page with `body` as the post's content.
    pub fn page(&self, body: &str) -> String {
        let Blog {
            site,
            title,
            year,
            head,
            nav,
            after,
            footer,
            ..
        } = *self;
        let menu: String = self
            .menu
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let href = if i == 0 {
                    "/".to_string()
                } else {
                    format!("/{}/", m.to_lowercase())
                };
                format!("<li><a href=\"{href}\">{m}</a></li>")
            })
            .collect();
        format!(
            r#"<html><head><title>{title} | {site}</title>{head}</head>
        <body><header class="site-header"><a class="site-title" href="/">{site}</a>
        <nav><ul>{menu}</ul>{nav}</nav></header>
        <main><article class="post"><h1 class="entry-title">{title}</h1>
        <div class="entry-content">{body}</div></article>{after}</main>
        <footer class="site-footer"><p>© {year} {site}</p>{footer}</footer></body></html>"#
        )
    }
}

/// A post on a plain notes theme: the site's title in a paragraph, the
/// post under an untitled-class `<h1>`, the site's name in the footer;
/// the page's `<title>` is `title - site`.
pub fn notes_page(site: &str, title: &str, post: &str) -> String {
    format!(
        "<html><head><title>{title} - {site}</title></head><body>\
         <header class=\"site-header\"><p class=\"site-title\"><a href=\"/\">{site}</a></p></header>\
         <main><article class=\"post\"><h1>{title}</h1>\
         <div class=\"entry-content\">{post}</div></article></main>\
         <footer><p>{site}</p></footer></body></html>"
    )
}

/// `html` extracted by the default extractor as the page at `url`.
pub fn extract(html: &str, url: &str) -> Article {
    extract_with(Extractor::default(), html, url)
}

/// `html` extracted as the page at `url`, every removal explained in
/// `Article::removed`.
pub fn explained(html: &str, url: &str) -> Article {
    extract_with(Extractor::builder().explain(true).build(), html, url)
}

fn extract_with(extractor: Extractor, html: &str, url: &str) -> Article {
    let url = match Url::parse(url) {
        Ok(u) => u,
        Err(e) => panic!("the test's URL {url}: {e}"),
    };
    match extractor.extract(html, Some(&url)) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

/// Every removal of `a`, one a line.
pub fn removed(a: &Article) -> String {
    a.removed
        .iter()
        .map(|r| format!("{r:?}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a removal's reason names `rule`.
pub fn removed_by(a: &Article, rule: &str) -> bool {
    a.removed.iter().any(|r| r.reason.contains(rule))
}

/// Panics, showing `text`, if a paragraph of `story` is missing from it.
pub fn assert_kept(story: &[&str], text: &str) {
    for p in story {
        assert!(text.contains(p), "lost {p:?} in:\n{text}");
    }
}

/// Panics, showing the article and its removals, when `text` is missing
/// from `a`'s text.
pub fn assert_has(a: &Article, text: &str) {
    assert!(
        a.text.contains(text),
        "lost {text:?} in:\n{}\n{}",
        a.text,
        removed(a)
    );
}

/// Panics, showing the article and its removals, when `text` is left in
/// `a`'s text.
pub fn assert_lacks(a: &Article, text: &str) {
    assert!(
        !a.text.contains(text),
        "{text:?} left in:\n{}\n{}",
        a.text,
        removed(a)
    );
}

/// Panics, showing the article and its removals, when a line of `kept`
/// is missing from `a`'s text or out of order, or a line of `gone` is left
/// in it.
pub fn assert_in_order<'k>(a: &Article, kept: impl IntoIterator<Item = &'k str>, gone: &[&str]) {
    let mut at = 0;
    for k in kept {
        match a.text[at..].find(k) {
            Some(i) => at += i + k.len(),
            None => panic!(
                "lost or out of order {k:?} in:\n{}\nremoved:\n{}",
                a.text,
                removed(a)
            ),
        }
    }
    for g in gone {
        assert!(
            !a.text.contains(g),
            "{g:?} leaked into:\n{}\nremoved:\n{}",
            a.text,
            removed(a)
        );
    }
}
