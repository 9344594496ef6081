//! The body choice's part of the explain report: the paragraphs of prose
//! that the chosen body leaves out, each with the scores that decided.
//! Runs only with [`explain`](crate::ExtractorBuilder::explain).

use super::dom::{flag, Dom};
use super::score::{self, Body};
use crate::article::{Article, Removed, Stage};
use crate::rules;

/// Records each paragraph of prose of the page (a paragraph as scoring
/// counts one: paragraph-like, at least [`score::MIN_PARAGRAPH_TEXT`]
/// bytes, mostly not links, outside captions) that lies outside the chosen
/// body's roots, as `body-choice:not-chosen(own X, body Y)`: `X` is the
/// best score of the paragraph or a container holding it below the
/// ancestors it shares with the body (0 when none was scored), `Y` the
/// best score of the body's roots. Under a block left standing though
/// named like boilerplate (weakly, or small), the nearest such block's rule
/// is named: `not-chosen:under:<rule id>(own X, body Y)`. Pruned blocks are not
/// live and have their own entry (the prune stage's rule); a paragraph
/// whose text is in the article anyway (a standfirst opens the text from
/// outside the body) is not reported.
pub(crate) fn record_left_out(dom: &Dom, body: &Body, article: &mut Article) {
    let mut roots = body.roots.clone();
    roots.sort_unstable();
    let score = |i: usize| body.scores.get(i).copied().unwrap_or(0.0);
    let winner = roots
        .iter()
        .map(|&r| score(r as usize))
        .fold(0.0f32, f32::max);
    // Whether node `a`'s subtree holds a root (or is one).
    let holds_root = |a: usize| {
        let first = roots.partition_point(|&r| (r as usize) < a);
        roots
            .get(first)
            .is_some_and(|&r| (r as usize) < dom.nodes[a].end as usize)
    };
    let start = dom.body as usize;
    let end = dom.nodes.get(start).map_or(0, |n| n.end as usize);
    let mut i = start;
    while i < end {
        let n = &dom.nodes[i];
        if !dom.live[i] || roots.binary_search(&(i as u32)).is_ok() {
            i = n.end as usize;
            continue;
        }
        if !is_prose_paragraph(dom, i) || holds_root(i) {
            i += 1;
            continue;
        }
        let text = dom.live_text(i, &dom.live);
        if !article.text.contains(&text) {
            // Its own score (a `<div>` read as a paragraph may hold
            // credit), then its containers' (negative for one named like
            // boilerplate).
            let mut own = score(i);
            let mut under = None;
            let mut anc = n.parent;
            while anc != u32::MAX && !holds_root(anc as usize) {
                let a = anc as usize;
                own = own.max(score(a));
                under = under.or_else(|| named_rule(dom, a));
                if body.other_posts.contains(&anc) {
                    under = Some(score::TITLED_POST_RULE);
                }
                anc = dom.nodes[a].parent;
            }
            let reason = match under {
                Some(id) => {
                    format!("body-choice:not-chosen:under:{id}(own {own:.1}, body {winner:.1})")
                }
                None => format!("body-choice:not-chosen(own {own:.1}, body {winner:.1})"),
            };
            article.removed.push(Removed::new(
                Stage::BodyChoice,
                crate::text::preview(&text),
                reason,
            ));
        }
        i = n.end as usize;
    }
}

/// The id of the boilerplate or widget rule naming node `a` (a block
/// named like boilerplate but left standing, weakly named or small, which
/// ranks low in the body choice).
fn named_rule(dom: &Dom, a: usize) -> Option<&'static str> {
    let n = &dom.nodes[a];
    if n.flags & (flag::WEAK_BOILER | flag::BOILER | flag::WIDGET) == 0 {
        return None;
    }
    let want = rules::kind::STRONG | rules::kind::WIDGET | rules::kind::WEAK;
    rules::deciding_rule(n.elem()?, want).map(|r| r.id)
}

/// A paragraph with at least this share of its text in links is a link
/// line, not prose (as [`score::prose_mass`] counts).
const PROSE_MAX_LINK_DENSITY: f32 = 0.5;

/// Whether node `i` is a paragraph as scoring counts one.
fn is_prose_paragraph(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    score::is_paragraph_like(dom, i)
        && !n.has(flag::IN_CAPTION)
        && n.text >= score::MIN_PARAGRAPH_TEXT
        && n.link_density() < PROSE_MAX_LINK_DENSITY
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, Stage};

    fn page() -> String {
        let story: String = (0..6)
            .map(|i| {
                format!(
                    "<p>The ferry crossed the bay for the {i}th time that week, and the captain, \
                     who had sailed it for thirty years, counted the passengers.</p>"
                )
            })
            .collect();
        format!(
            "<body><article><div class=story>{story}</div></article>\
             <div class=notice><p>The weekend market opens at nine near the station.</p></div>\
             <div class=sidebar><div><p>Tide tables for the outer harbour are printed each Monday.</p></div></div>\
             <footer><p>All rights reserved by the harbour gazette and its owners.</p></footer></body>"
        )
    }

    #[test]
    fn prose_outside_the_body_is_reported_with_both_scores() {
        let html = page();
        let a = Extractor::builder()
            .explain(true)
            .build()
            .extract(&html, None)
            .unwrap();
        assert!(!a.text.contains("weekend market"), "{}", a.text);
        let left = a
            .removed
            .iter()
            .find(|r| r.preview.contains("weekend market"))
            .expect("reported");
        assert_eq!(left.stage, Stage::BodyChoice);
        assert!(
            left.reason.starts_with("body-choice:not-chosen(own "),
            "{left:?}"
        );
        // own score < the body's: both figures are stated.
        let figures: Vec<f32> = left
            .rule
            .trim_start_matches("not-chosen(")
            .trim_end_matches(')')
            .split(", ")
            .filter_map(|f| f.split(' ').nth(1)?.parse().ok())
            .collect();
        assert_eq!(figures.len(), 2, "{left:?}");
        assert!(figures[0] < figures[1], "{left:?}");
        // Under a block named like boilerplate, left standing: its rule.
        let tide = a
            .removed
            .iter()
            .find(|r| r.preview.contains("Tide tables"))
            .expect("reported");
        assert_eq!(tide.stage, Stage::BodyChoice);
        assert!(
            tide.rule.starts_with("not-chosen:under:layout."),
            "{tide:?}"
        );
        // The pruned footer keeps its prune entry, not a second one.
        let footer: Vec<_> = a
            .removed
            .iter()
            .filter(|r| r.preview.contains("All rights reserved"))
            .collect();
        assert_eq!(footer.len(), 1, "{footer:?}");
        assert_eq!(footer[0].stage, Stage::Prune);
        // Kept story text is never reported.
        assert!(!a
            .removed
            .iter()
            .any(|r| r.preview.contains("ferry crossed")));
    }

    #[test]
    fn nothing_is_reported_without_explain() {
        let a = crate::extract(&page(), None).unwrap();
        assert!(a.removed.is_empty());
    }
}
