//! Shared by the stripper's page-shape tests (`spam_leaks`, `branding`):
//! a story's paragraphs with blocks inserted between them, extraction with
//! the default extractor, and the check that every paragraph survived.
#![allow(dead_code)]

use gleaner::{Article, Extractor, Url};

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

/// `html` extracted by the default extractor as the page at `url`.
pub fn extract(html: &str, url: &str) -> Article {
    let url = Url::parse(url).unwrap();
    Extractor::default().extract(html, Some(&url)).unwrap()
}

/// Panics, showing `text`, if a paragraph of `story` is missing from it.
pub fn assert_kept(story: &[&str], text: &str) {
    for p in story {
        assert!(text.contains(p), "lost {p:?} in:\n{text}");
    }
}
