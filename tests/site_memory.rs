//! Whole-host site memory: learn every page of a host, then strip what the
//! host repeats from each page, the first one included.

use gleaner::{Extractor, SiteMemory, Url};

/// A made-up brand line no rule knows, on every page of a host, around a
/// story of the page's own; page `only` also carries a closing paragraph
/// that appears on no other page.
fn page(n: usize, only: usize) -> String {
    let stories = [
        "The river rose over the old towpath during the April storm, and the lock keeper opened every sluice by hand.",
        "A retired postman repairs bicycles for the children of the estate, three hundred so far, in a garage behind the depot.",
        "The laundrette choir sings only songs its members wrote, and rehearses among the dryers after closing time.",
        "A ferry captain retires after forty years on one crossing; on her last trip every passenger got a paper boat.",
    ];
    let extra = if n == only {
        "<p>A single line that this page alone carries, about the tide tables pinned in the harbour office.</p>"
    } else {
        ""
    };
    format!(
        r#"<html><head><title>Story {n}</title></head><body><article>
        <p>Brindlewick Narrative Exchange, tales every weekday</p>
        <p>{story}</p><p>Story {n} has a second paragraph of its own, with the names of the people who helped.</p>{extra}
        <p>Brindlewick Narrative Exchange keeps the lamps lit</p>
        </article></body></html>"#,
        story = stories[n % stories.len()]
    )
}

fn url(n: usize) -> Url {
    Url::parse(&format!("https://tale-hub.example/story-{n}")).unwrap()
}

#[test]
fn page_by_page_memory_leaves_the_first_page_branded() {
    // The contrast the two-pass mode exists for.
    let extractor = Extractor::default();
    let memory = SiteMemory::new();
    let first = extractor
        .extract_with(&page(0, 9), Some(&url(0)), &memory)
        .unwrap();
    for n in 1..4 {
        extractor
            .extract_with(&page(n, 9), Some(&url(n)), &memory)
            .unwrap();
    }
    assert!(first.text.contains("Brindlewick"), "{}", first.text);
}

#[test]
fn two_pass_strips_a_brand_line_from_every_page_and_keeps_single_page_text() {
    let extractor = Extractor::builder().explain(true).build();
    let memory = SiteMemory::new();
    let pages: Vec<(Url, String)> = (0..4).map(|n| (url(n), page(n, 0))).collect();
    let articles = extractor.extract_host(pages.iter().map(|(u, h)| (u, h.as_str())), &memory);
    assert_eq!(articles.len(), 4);
    for (n, article) in articles.iter().enumerate() {
        let article = article.as_ref().unwrap();
        assert!(
            !article.text.contains("Brindlewick"),
            "page {n}: {}",
            article.text
        );
        assert!(
            article
                .text
                .contains(&format!("Story {n} has a second paragraph")),
            "page {n}: {}",
            article.text
        );
        assert!(article.removed.iter().any(|r| r
            .reason
            .starts_with("site-memory:repeated(on >=min_pages=")
            && r.preview.contains("Brindlewick")));
    }
    assert!(articles[0]
        .as_ref()
        .unwrap()
        .text
        .contains("this page alone carries"));
}

#[test]
fn learn_then_strip_is_the_same_as_extract_host_and_stays_bounded() {
    let extractor = Extractor::default();
    let memory =
        SiteMemory::with_limits(gleaner::SiteMemoryLimits::default().max_blocks_per_host(64));
    let mut articles: Vec<_> = (0..4)
        .map(|n| extractor.extract(&page(n, 2), Some(&url(n))).unwrap())
        .collect();
    for a in &articles {
        memory.learn(a);
        // Learning the same page again counts it once.
        memory.learn(a);
    }
    let stripped: usize = articles.iter_mut().map(|a| memory.strip(a)).sum();
    assert_eq!(stripped, 8, "two brand lines on each of four pages");
    assert!(articles[2].text.contains("this page alone carries"));
    let again = SiteMemory::new();
    let pages: Vec<(Url, String)> = (0..4).map(|n| (url(n), page(n, 2))).collect();
    let host = extractor.extract_host(pages.iter().map(|(u, h)| (u, h.as_str())), &again);
    for (a, b) in articles.iter().zip(&host) {
        assert_eq!(a.text, b.as_ref().unwrap().text);
    }
    assert!(memory.block_count("tale-hub.example") <= 64);
    // Two pages of a host are enough only for a short line at the post's
    // edge (the brand lines): a paragraph must repeat on two other pages
    // (`a_hosts_short_edge_line_goes_on_its_two_pages` in notices_f4.rs).
    let two = SiteMemory::new();
    let host = extractor.extract_host(pages.iter().take(2).map(|(u, h)| (u, h.as_str())), &two);
    let first = &host[0].as_ref().unwrap().text;
    assert!(!first.contains("Brindlewick"), "{first}");
    assert!(first.contains("Story 0 has a second paragraph"), "{first}");
}

/// A tagline closing every post of a host, on long posts and on one made
/// of a single paragraph (where the tagline is within three blocks of the
/// head too): learnt as the tail's line, it goes from every page.
#[test]
fn two_pass_strips_a_closing_tagline_from_a_short_post_too() {
    let tagline = "Quillmoor Courier, your evening lantern on the hill.";
    let body = |n: usize| {
        if n == 0 {
            "<p>The bell foundry cast its first bell in sixty years on Friday, for the chapel on the hill above the quarry village.</p>".to_string()
        } else {
            (0..7)
                .map(|k| format!("<p>Long post {n}, paragraph {k}: the council met again about the quarry road and its lorries, and residents spoke for an hour.</p>"))
                .collect()
        }
    };
    let pages: Vec<(Url, String)> = (0..4)
        .map(|n| {
            (
                url(n),
                format!(
                    r#"<html><head><title>Post {n}</title></head><body><article>{}<p>{tagline}</p></article></body></html>"#,
                    body(n)
                ),
            )
        })
        .collect();
    let memory = SiteMemory::new();
    let articles =
        Extractor::default().extract_host(pages.iter().map(|(u, h)| (u, h.as_str())), &memory);
    for (n, article) in articles.iter().enumerate() {
        let article = article.as_ref().unwrap();
        assert!(
            !article.text.contains("Quillmoor"),
            "page {n}: {}",
            article.text
        );
        assert!(
            article.text.contains(if n == 0 {
                "bell foundry"
            } else {
                "quarry road"
            }),
            "page {n}: {}",
            article.text
        );
    }
}

/// A post of a host that ends each of its posts with the same bracketed
/// source, "(Source: Brannock Vale)" — a name without a periodical's
/// word, which on one page has the shape of a fact's source — or, on
/// page `fact` only, with a bracket crediting the page's own figures.
fn sourced_page(n: usize, fact: Option<usize>) -> String {
    let stories = [
        "The river rose over the old towpath during the April storm, and the lock keeper opened every sluice by hand.",
        "A retired postman repairs bicycles for the children of the estate, three hundred so far, in a garage behind the depot.",
        "The laundrette choir sings only songs its members wrote, and rehearses among the dryers after closing time.",
    ];
    let bracket = if fact == Some(n) {
        "(Source: Harbour Survey Office)"
    } else {
        "(Source: Brannock Vale)"
    };
    format!(
        r#"<html><head><title>Story {n}</title></head><body><article>
        <p>{story}</p><p>Story {n} has a second paragraph of its own, with the names of the people who helped.</p>
        <p>{bracket}</p>
        </article></body></html>"#,
        story = stories[n % stories.len()]
    )
}

#[test]
fn a_source_bracket_the_host_ends_every_post_with_names_the_outlet() {
    let extractor = Extractor::default();
    let url = |n: usize| Url::parse(&format!("https://copy-hub.example/post-{n}")).unwrap();
    // One page alone: the bracket may credit the post's figures, and stays.
    let alone = extractor
        .extract(&sourced_page(0, None), Some(&url(0)))
        .unwrap();
    assert!(alone.text.contains("Brannock Vale"), "{}", alone.text);
    assert_eq!(alone.source_name, None);
    // Two passes over the host: the bracket is the host's credit line.
    let memory = SiteMemory::new();
    for n in 0..3 {
        extractor
            .extract_with(&sourced_page(n, Some(2)), Some(&url(n)), &memory)
            .unwrap();
    }
    for n in 0..2 {
        let article = extractor
            .extract_with(&sourced_page(n, Some(2)), Some(&url(n)), &memory)
            .unwrap();
        assert!(!article.text.contains("Brannock"), "{}", article.text);
        assert!(
            article.text.contains(&format!("Story {n} has")),
            "{}",
            article.text
        );
        assert_eq!(article.source_name.as_deref(), Some("Brannock Vale"));
        assert!(article.syndicated);
    }
    // The page whose bracket credits its own figures keeps it and names
    // no outlet.
    let fact = extractor
        .extract_with(&sourced_page(2, Some(2)), Some(&url(2)), &memory)
        .unwrap();
    assert!(
        fact.text.contains("(Source: Harbour Survey Office)"),
        "{}",
        fact.text
    );
    assert_eq!(fact.source_name, None);
}

/// A host that closes one post with its tagline inside the article and
/// prints the same line under the article on its other pages (a block of
/// the theme beside the post); each page also lists the host's other
/// posts with their excerpts in a sidebar, page 0's short opening line
/// among them.
fn tagline_page(n: usize) -> String {
    let tagline = "Marrowgate Lantern, the town in your pocket.";
    let opening = [
        "The weir at Marrowgate reopened on Monday.",
        "The tram depot choir sang in the rain, all nine of them, until the last tram came in.",
        "A bakery on Pell Street gives its unsold loaves to the night shelter every evening.",
    ][n];
    let inside = if n == 0 {
        format!("<p>{tagline}</p>")
    } else {
        String::new()
    };
    let beside = if n == 0 {
        String::new()
    } else {
        format!(r#"<div class="theme-strip"><h5>{tagline}</h5></div>"#)
    };
    // The other posts' cards: a list item and a grid card, each with the
    // post's excerpt (page 0's opening line is short: a line of the page).
    let cards: String = (0..3)
        .filter(|k| *k != n)
        .map(|k| {
            let text = [
                "The weir at Marrowgate reopened on Monday.",
                "The tram depot choir sang in the rain.",
                "A bakery on Pell Street gives its loaves away.",
            ][k];
            format!(r#"<li><a href="/post-{k}">Post {k}</a><p>{text}</p></li>"#)
        })
        .collect();
    let grid: String = (0..3)
        .filter(|k| *k != n)
        .map(|k| {
            format!(
                r#"<article class="card"><h3><a href="/post-{k}">Post {k}</a></h3><p>{}</p></article>"#,
                if k == 0 {
                    "The weir at Marrowgate reopened on Monday."
                } else {
                    "Another post of the town."
                }
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Post {n}</title></head><body><main><article class="post">
        <p>{opening}</p>
        <p>Post {n} goes on with a paragraph of its own: the people of the town, what they said and what the council will do next about it.</p>
        <p>A third paragraph of post {n} tells where to go and when, with the hours of the office on the square and the price of a ticket.</p>
        {inside}</article>{beside}
        <aside><ul class="latest">{cards}</ul><div class="grid">{grid}</div></aside></main></body></html>"#
    )
}

fn tagline_url(n: usize) -> Url {
    Url::parse(&format!("https://marrowgate.example/post-{n}")).unwrap()
}

/// The tagline goes from page 0, where it closes the article, because
/// the host's other pages print it beside theirs: the memory learns the
/// short lines of the whole page, not only of the article. Page 0's own
/// opening line, printed as an excerpt in the other pages' post lists and
/// cards, is that post's text and stays.
#[test]
fn two_pass_strips_a_tagline_other_pages_print_beside_the_article() {
    let pages: Vec<(Url, String)> = (0..3).map(|n| (tagline_url(n), tagline_page(n))).collect();
    let extractor = Extractor::default();
    let host = extractor.extract_host(
        pages.iter().map(|(u, h)| (u, h.as_str())),
        &SiteMemory::new(),
    );
    // Page by page, twice: the first pass learns, the second is read.
    let memory = SiteMemory::new();
    for (u, h) in &pages {
        extractor.extract_with(h, Some(u), &memory).unwrap();
    }
    let again: Vec<_> = pages
        .iter()
        .map(|(u, h)| extractor.extract_with(h, Some(u), &memory))
        .collect();
    for articles in [&host, &again] {
        let first = articles[0].as_ref().unwrap();
        assert!(!first.text.contains("Marrowgate Lantern"), "{}", first.text);
        assert!(
            first
                .text
                .starts_with("The weir at Marrowgate reopened on Monday."),
            "{}",
            first.text
        );
        for (n, article) in articles.iter().enumerate() {
            let article = article.as_ref().unwrap();
            assert!(
                article
                    .text
                    .contains(&format!("A third paragraph of post {n}")),
                "page {n}: {}",
                article.text
            );
        }
    }
    // Without the other pages, the tagline is the post's last line.
    let alone = extractor.extract(&pages[0].1, Some(&pages[0].0)).unwrap();
    assert!(alone.text.contains("Marrowgate Lantern"), "{}", alone.text);
}
