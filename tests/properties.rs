//! Invariants on generated HTML (proptest).

use proptest::prelude::*;

fn word() -> impl Strategy<Value = String> {
    "[a-z]{2,9}"
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 8..30).prop_map(|w| w.join(" "))
}

/// Pages of nested containers, paragraphs, links, boilerplate and junk tags.
fn page() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        paragraph().prop_map(|p| format!("<p>{p}.</p>")),
        paragraph().prop_map(|p| format!("<div class=\"content\"><p>{p}.</p></div>")),
        word().prop_map(|w| format!("<nav><a href=\"/{w}\">{w}</a></nav>")),
        paragraph().prop_map(|p| format!("<p>{p} <em>{p}</em>.")),
        Just("<div><span>".to_string()),
        Just("</div></span>".to_string()),
        Just("<script>var x = '<p>no</p>';</script>".to_string()),
        Just("<b>".to_string()),
        Just("<!-- <div> -->".to_string()),
        Just("<style>p { display: none }</style>".to_string()),
        Just("<noscript><p>enable javascript</p></noscript>".to_string()),
        Just("<script><!--<script>x</script>--></script>".to_string()),
        Just(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"h"}</script>"#
                .to_string()
        ),
        word().prop_map(|w| format!("<svg><g><title>{w}</title><path d=\"M0\"/></g></svg>")),
        paragraph().prop_map(|p| format!("<svg><rect/><p>{p}.</p></svg>")),
        Just("<svg><circle/>".to_string()),
        paragraph().prop_map(|p| format!("<p style=\"color: red\">{p}.</p><div style=\"display:none\"><p>{p}.</p></div>")),
        // Words apart: a browser also reads `x<!-- a -->y` as one word `xy`.
        Just("<p>x <!-- a --> y<!--> z</p>".to_string()),
        paragraph().prop_map(|p| format!("<div data-track=\"{{}}\" onclick=\"x()\" aria-label=\"l\" aria-hidden=\"true\"><p>{p}.</p></div>")),
        word().prop_map(|w| format!("<figure><img data-src=\"/{w}.jpg\" data-lazy=\"1\" alt=\"{w}\"><figcaption>{w}</figcaption></figure>")),
        // Line breaks between and in tags, where layout and bylines use them.
        Just("\n    ".to_string()),
        Just("\r\n".to_string()),
        paragraph().prop_map(|p| format!("<pre>\n<code>{p}</code>\n  <b>x</b>\r\n</pre>")),
        word().prop_map(|w| format!("<p class=\"byline\">\n<span>By Ann Lee</span>\n<span>{w} reporter</span>\n</p>")),
        // Misnested and unclosed markup around whitespace: formatting
        // elements html5ever reopens, implied ends, tables, lists.
        Just("<i>".to_string()),
        Just("<a href=\"/x\">".to_string()),
        Just("</p>\n".to_string()),
        Just("</b>".to_string()),
        Just("<font color=red>".to_string()),
        paragraph().prop_map(|p| format!("<table>\n<tr>\n <td>{p}</td>\n <td><b>{p}</td>\n</tr>\n</table>")),
        paragraph().prop_map(|p| format!("<ul>\n <li>{p}\n <li><i>{p}</i></li>\n</ul>\n")),
        paragraph().prop_map(|p| format!("<div>\n  <p>{p}</p>\n  <h2>{p}</h2>\n</div>\n")),
    ];
    prop::collection::vec(piece, 1..40).prop_map(|v| {
        format!(
            "<html><body><article>{}</article></body></html>",
            v.concat()
        )
    })
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn never_panics_and_is_deterministic(html in page()) {
        let a = gleaner::extract(&html, None);
        let b = gleaner::extract(&html, None);
        match (a, b) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a.text, b.text),
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string()),
            _ => prop_assert!(false, "extraction not deterministic"),
        }
    }

    #[test]
    fn output_words_come_from_the_input(html in page()) {
        if let Ok(a) = gleaner::extract(&html, None) {
            let input: std::collections::HashSet<String> = words(&html).into_iter().collect();
            for w in words(&a.text) {
                prop_assert!(input.contains(&w), "{w} not in input");
            }
        }
    }

    /// `extract` leaves script, style and SVG bodies out before parsing;
    /// the result is the same as extracting the fully parsed document.
    #[test]
    fn eliding_unread_bodies_changes_nothing(html in page()) {
        let (direct, parsed) = both_ways(&html);
        prop_assert_eq!(direct, parsed);
    }

    #[test]
    fn extracting_to_html_again_keeps_the_text(html in page()) {
        if let Ok(a) = gleaner::extract(&html, None) {
            let again = gleaner::extract(&a.to_html(), None).expect("own output has content");
            prop_assert_eq!(words(&again.text), words(&a.text));
        }
    }
}

type Outcome = Result<String, String>;

/// The article as JSON (or the error) from `extract` (guarded parse, unread
/// parts left out) and from `extract_document` (scraper's full parse).
fn both_ways(html: &str) -> (Outcome, Outcome) {
    let extractor = gleaner::Extractor::default();
    let json = |r: Result<gleaner::Article, gleaner::Error>| {
        r.map(|a| serde_json::to_string(&a).unwrap_or_default())
            .map_err(|e| e.to_string())
    };
    let direct = json(extractor.extract(html, None));
    let doc = scraper::Html::parse_document(html);
    (direct, json(extractor.extract_document(&doc, None)))
}

/// Both ways give the same article.
fn same_both_ways(html: &str) {
    let (direct, parsed) = both_ways(html);
    assert_eq!(direct, parsed, "{html:?}");
}

/// Counter-examples the `elision` fuzz target found, reduced by hand.
#[test]
fn elision_counter_examples_stay_fixed() {
    let body = "<p>Tide tables for the outer harbour are printed each Monday and pinned by the ferry office door.</p>";
    for case in [
        // Head and html tags in the body are dropped: no block edges.
        "word one<head>\n<html>word two".to_string(),
        // Leaving out a comment must not glue a `<` or `&` to what follows.
        format!("{body}a<<!-- c -->!<p>b c d e f g h i j k l m n o p</p>"),
        format!("{body}<p>x&amp<!-- c -->;y and more words to keep it long enough</p>"),
        // Table parts outside a table are dropped too.
        format!("{body}a<tr><td>b</td></tr>\n<tr><td>c d e f g h i j k"),
        // A heading with a script that never ends: the script is no title.
        format!("<h1>Orchard growers warn<script src=x>{body}</h1>"),
    ] {
        same_both_ways(&case);
    }
}

/// Whitespace at a block's edges (leading it after its start tag,
/// trailing it before the end tag that closes it) is left out of the
/// guarded parse: the article is the same as from the full parse, also
/// where a block sits inside a link or a span (extraction starts a line at
/// a block wherever it sits, so that whitespace parts no words).
#[test]
fn block_edge_whitespace_is_no_text_either_way() {
    let story = "<p>The harbour board met on Tuesday to settle the summer timetable for the two ferries that cross the bay.</p>\n\
                 <p>Skippers asked for an earlier first sailing, and the board agreed to try it for a month before deciding.</p>";
    for case in [
        // Indented lists and containers.
        format!("<article>\n  {story}\n  <ul>\n    <li>\n      <a href=/a>Timetable</a>\n    </li>\n    <li>\n      <b>Fares</b> rise\n    </li>\n  </ul>\n</article>"),
        // A block inside a link: the link's words and the words around
        // it stay apart.
        format!("<article>{story}<div>Read the<a href=/r><div>\n<b>full report</b>\n</div></a>today, said the board.</div></article>"),
        format!("<article>{story}<div>Ask the<span><p>\n<i>harbour master</i>\n</p></span>about it.</div></article>"),
        // Whitespace after a comment, and after text before a comment.
        format!("<article>{story}<div><!-- x -->\n<b>Next</b> meeting\n</div><div>On<!-- y --> <b>Friday</b></div></article>"),
    ] {
        same_both_ways(&case);
    }
}

/// Where a generated container sits in the article area.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// Inside the story's own container: the body the choice takes.
    InStory,
    /// A sibling block before the story's container.
    Before,
    /// A sibling block after the story's container, which the body choice
    /// merges in or leaves out.
    After,
    /// After the story, in a wrapper of its own closed by a link line: a
    /// candidate container that loses to the story.
    Wrapped,
    /// Inside the story, after a cut: the story's container closes, an
    /// interruption follows and a second part opens (a split body).
    NewPart,
}

/// One container of the article area: its wrapper's opening tag, its
/// paragraphs (unique words, so a paragraph is found by its text) and
/// where it sits.
#[derive(Debug, Clone)]
struct Group {
    open: &'static str,
    close: &'static str,
    paragraphs: Vec<String>,
    place: Place,
}

/// Wrappers of the article's own paragraphs: plain, content-named, and
/// named like boilerplate (their paragraphs may be pruned, with a reason).
/// Inside the story, paragraphs of any length; outside it, paragraphs of
/// prose (eight words or more: what scoring counts as a paragraph).
fn group() -> impl Strategy<Value = Group> {
    let wrapper = prop_oneof![
        Just(("<div>", "</div>")),
        Just(("<section>", "</section>")),
        Just(("<div class=\"entry-content\">", "</div>")),
        Just(("<div class=\"share-bar\">", "</div>")),
        Just(("<div class=\"related-posts\">", "</div>")),
        Just(("<aside>", "</aside>")),
        Just(("<div style=\"display:none\">", "</div>")),
        Just(("<div class=\"sidebar\">", "</div>")),
    ];
    let place = prop_oneof![
        3 => Just(Place::InStory),
        1 => Just(Place::Before),
        2 => Just(Place::After),
        1 => Just(Place::Wrapped),
        1 => Just(Place::NewPart),
    ];
    (wrapper, place).prop_flat_map(|((open, close), place)| {
        let min_words = match place {
            Place::InStory => 6,
            _ => 8,
        };
        let para =
            prop::collection::vec("[a-z]{3,9}", min_words..40).prop_map(|w| w.join(" ") + ".");
        prop::collection::vec(para, 1..4).prop_map(move |paragraphs| Group {
            open,
            close,
            paragraphs,
            place,
        })
    })
}

/// Furniture between the article's containers; not article paragraphs.
fn furniture() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just(""),
        Just("<nav><a href=\"/a\">Home</a> <a href=\"/b\">World</a></nav>"),
        Just("<div class=\"ad-slot\">Advertisement</div>"),
        Just("<ul class=\"related\"><li><a href=\"/x\">Another story</a></li></ul>"),
        Just("<p>Share this article</p>"),
    ]
}

/// Pages whose article area is a long story (so extraction finds it) and
/// generated containers with their furniture: inside the story's
/// container, in a second part of it, or beside it (blocks the body choice
/// may leave out).
fn article_page() -> impl Strategy<Value = (String, Vec<Group>)> {
    prop::collection::vec((group(), furniture()), 1..8).prop_map(|parts| {
        let story: String = (0..6)
            .map(|i| {
                format!(
                    "<p>The ferry crossed the bay for the {i}th time that week, and the \
                     captain, who had sailed it for thirty years, counted the passengers.</p>"
                )
            })
            .collect();
        let mut before = String::new();
        let mut body = format!("<div class=\"story\">{story}");
        let mut after = String::new();
        let mut groups = Vec::new();
        for (g, f) in parts {
            let paragraphs: String = g.paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
            let block = format!("{}{paragraphs}{}{f}", g.open, g.close);
            match g.place {
                Place::InStory => body.push_str(&block),
                Place::NewPart => {
                    body.push_str(
                        "</div><div class=\"promo\"><a href=\"/subscribe\">Subscribe</a></div>\
                         <div class=\"story\">",
                    );
                    body.push_str(&block);
                }
                Place::Before => before.push_str(&block),
                Place::After => after.push_str(&block),
                Place::Wrapped => after.push_str(&format!(
                    "<div class=\"column\"><div class=\"inner\">{block}</div>\
                     <p><a href=\"/more\">More stories from the coast</a></p></div>"
                )),
            }
            groups.push(g);
        }
        body.push_str("</div>");
        (
            format!(
                "<html><body><article><h1>Ferry</h1>{before}{body}{after}</article></body></html>"
            ),
            groups,
        )
    })
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Issue 14's reason trail: every paragraph of the article area, inside
    /// the chosen body or not, is in the text or in `removed` with the rule
    /// that removed it: a removed fragment's preview (its first 80 bytes)
    /// opens with that paragraph or an earlier one of the same container.
    #[test]
    fn every_article_paragraph_is_kept_or_removed_with_a_rule((html, groups) in article_page()) {
        let extractor = gleaner::Extractor::builder().explain(true).build();
        let article = extractor.extract(&html, None).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let text = squeeze(&article.text);
        // A rule names what fired, not a family: a rule id (`…:share.share`,
        // `hidden:style`) or the figures of a threshold (`…(40<200 bytes)`).
        // A syndication removal's rule opens with its family
        // (`branding:site-name`, `legal:text`), which alone names nothing:
        // the rule or check that fired follows it.
        let named = |r: &gleaner::Removed| {
            let family_parts = if r.stage == gleaner::Stage::Syndication { 2 } else { 1 };
            let what = r.rule.splitn(family_parts + 1, ':').nth(family_parts);
            what.is_some_and(|w| !w.trim().is_empty())
                || (r.stage != gleaner::Stage::Syndication && r.rule.contains('('))
        };
        for r in &article.removed {
            prop_assert!(named(r), "a removal names a family only: {:?}", r);
        }
        let previews: Vec<String> = article
            .removed
            .iter()
            .filter(|r| !r.rule.is_empty())
            .map(|r| squeeze(r.preview.trim_end_matches('…')))
            .filter(|p| !p.is_empty())
            .collect();
        for g in &groups {
            let paragraphs: Vec<String> = g.paragraphs.iter().map(|p| squeeze(p)).collect();
            for (j, p) in paragraphs.iter().enumerate() {
                if text.contains(p.as_str()) {
                    continue;
                }
                let covered = (0..=j).any(|k| {
                    let from_k: String = paragraphs[k..].concat();
                    previews.iter().any(|pre| {
                        from_k.starts_with(pre.as_str()) || pre.starts_with(from_k.as_str())
                    })
                });
                prop_assert!(
                    covered,
                    "paragraph {} ({:?}) neither in the text nor removed with a rule\nparagraph: {}\nremoved: {:?}\npage: {}",
                    j, g.place, p, article.removed, html
                );
            }
        }
    }
}
