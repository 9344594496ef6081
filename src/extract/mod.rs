//! The extraction stages (index → prune → score → assemble) and the options
//! they read; their order is [`crate::pipeline`]'s, and
//! [`Extractor`](crate::Extractor) runs them. Pure and synchronous.

// The stages keep per-node facts in parallel vectors indexed by node; index
// loops over them read better than zipped iterators.
#![allow(clippy::needless_range_loop)]

pub(crate) mod assemble;
mod dek;
pub(crate) mod dom;
pub(crate) mod jsonld_body;
mod outside;
pub(crate) mod score;
pub(crate) mod streamed;
mod trail;

use crate::article::Article;
use crate::guard;
use crate::syndication;

/// How eagerly to keep borderline content.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Focus {
    /// Keep only what is clearly the article: fewer boilerplate leaks, may
    /// drop a borderline paragraph.
    Precision,
    /// The default trade-off.
    #[default]
    Balanced,
    /// Keep borderline blocks (captions, short lines near the body): nothing
    /// of the article lost, some boilerplate may stay.
    Recall,
}

/// The cleaning thresholds a [`Focus`] stands for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Thresholds {
    /// Blocks named like boilerplate (bylines, meta, share) shorter than
    /// this many bytes are dropped inside the body.
    pub(crate) named_block_max: u32,
    /// Containers (not lists) with more link text than this are dropped.
    pub(crate) block_link_density: f32,
    /// Lists with more link text than this are dropped.
    pub(crate) list_link_density: f32,
}

impl Focus {
    pub(crate) fn thresholds(self) -> Thresholds {
        match self {
            Focus::Precision => Thresholds {
                named_block_max: 400,
                block_link_density: 0.15,
                list_link_density: 0.35,
            },
            Focus::Balanced => Thresholds {
                named_block_max: 200,
                block_link_density: 0.2,
                list_link_density: 0.5,
            },
            Focus::Recall => Thresholds {
                named_block_max: 80,
                block_link_density: 0.33,
                list_link_density: 0.7,
            },
        }
    }
}

/// Default of the largest input accepted, in bytes: 32 MiB (see
/// [`ExtractorBuilder::max_input_bytes`](crate::ExtractorBuilder::max_input_bytes)).
pub(crate) const DEFAULT_MAX_INPUT_BYTES: usize = 32 << 20;
/// Default of the most elements a document may have: 1,000,000 (see
/// [`ExtractorBuilder::max_elements`](crate::ExtractorBuilder::max_elements)).
pub(crate) const DEFAULT_MAX_ELEMENTS: usize = 1_000_000;

/// The extractor's options. Built with
/// [`Extractor::builder`](crate::Extractor::builder).
#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub(crate) focus: Focus,
    pub(crate) images: bool,
    pub(crate) links: bool,
    pub(crate) tables: bool,
    pub(crate) max_input_bytes: usize,
    pub(crate) max_elements: usize,
    pub(crate) guard: guard::Limits,
    pub(crate) explain: bool,
    /// The caller's extra stripping rules (see the builder's `strip_*`).
    pub(crate) rules: syndication::Rules,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            focus: Focus::Balanced,
            images: true,
            links: true,
            tables: true,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_elements: DEFAULT_MAX_ELEMENTS,
            guard: guard::Limits::default(),
            explain: false,
            rules: syndication::Rules::default(),
        }
    }
}

pub(crate) use outside::outside_lines;
pub(crate) use trail::record_left_out;

/// Opens the text with the standfirst found just before the body, unless
/// the first blocks already carry it.
pub(crate) fn open_with_dek(dom: &dom::Dom, body: &score::Body, article: &mut Article) {
    let Some(&first) = body.roots.first() else {
        return;
    };
    let Some(dek) = dek::find(dom, first, &dom.live) else {
        return;
    };
    let already = article.blocks.iter().take(3).any(|b| {
        let t = b.plain_text();
        normalize(&t).contains(&normalize(&dek))
    });
    if !already {
        article
            .blocks
            .insert(0, crate::Block::Paragraph(crate::Inline::plain(dek)));
    }
}

/// Removes a leading heading that repeats the title (the headline is
/// `Article::title`, not body text); takes it as the title when none is known.
pub(crate) fn drop_title_heading(article: &mut Article) {
    // The headline is among the first few blocks (after a breadcrumb, a
    // kicker, or a box's title left above it at most).
    let headings = article
        .blocks
        .iter()
        .enumerate()
        .take(3)
        .filter_map(|(i, b)| match b {
            crate::Block::Heading { level, content } => Some((i, *level, &content.text)),
            _ => None,
        });
    let found = match &article.title {
        Some(t) => {
            let t = normalize(t);
            // The first heading may be the title cut short ("Headline"
            // in "Headline | Site"); a later one, after a heading that is
            // not the title, must hold the whole title (a section's
            // heading may be a part of the title).
            headings
                .map(|(i, _, text)| (i, normalize(text)))
                .enumerate()
                .find(|(n, (_, h))| {
                    !h.is_empty()
                        && (t == *h || h.contains(&t) || *n == 0 && t.contains(h.as_str()))
                })
                .map(|(_, (i, _))| (i, None))
        }
        None => headings
            .take(1)
            .find(|&(i, level, _)| level == 1 && i == 0)
            .map(|(i, _, text)| (i, Some(text.clone()))),
    };
    if let Some((pos, title)) = found {
        if title.is_some() {
            article.title = title;
        }
        // Headings alone over the headline title something else: a box
        // whose content went (a sidebar's "Recent posts" over a removed
        // grid), a section of the site.
        let headings_over = article.blocks[..pos]
            .iter()
            .all(|b| matches!(b, crate::Block::Heading { .. }));
        let from = if headings_over { 0 } else { pos };
        article.blocks.drain(from..=pos);
    }
}

fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The image sources of the article's blocks before the syndication
/// stripper, to tell which of them it removed
/// ([`removed`](Self::removed)): a removed image (an outlet's logo) is not
/// the article's lead image, even when the page's metadata names it.
/// (The site memory removes no image: an image block has no key, a quote
/// is not read for images.)
pub(crate) struct BlockImages(Vec<String>);

impl BlockImages {
    /// The sources of the image blocks of `article` now.
    pub(crate) fn of(article: &Article) -> BlockImages {
        let mut srcs = Vec::new();
        image_sources(&article.blocks, &mut srcs);
        BlockImages(srcs.into_iter().map(str::to_owned).collect())
    }

    /// The sources no image block of `article` has any more since
    /// [`of`](Self::of).
    pub(crate) fn removed(&self, article: &Article) -> Vec<&str> {
        if self.0.is_empty() {
            return Vec::new();
        }
        let mut now = Vec::new();
        image_sources(&article.blocks, &mut now);
        self.0
            .iter()
            .map(String::as_str)
            .filter(|src| !now.contains(src))
            .collect()
    }
}

/// The sources of the image blocks among `blocks`, those inside quotes too.
fn image_sources<'a>(blocks: &'a [crate::Block], out: &mut Vec<&'a str>) {
    for block in blocks {
        match block {
            crate::Block::Image(img) => out.push(&img.src),
            crate::Block::Quote { blocks } => image_sources(blocks, out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Error, Extractor};

    fn assert_send_sync<T: Send + Sync>() {}

    /// The headline and the headings alone over it go; a section heading
    /// that is a part of the title stays when the first heading is not the
    /// title; with no title known, only a leading `<h1>` is taken.
    #[test]
    fn the_headline_goes_with_the_headings_over_it() {
        let h = |level: u8, t: &str| crate::Block::Heading {
            level,
            content: crate::Inline::plain(t),
        };
        let p = |t: &str| crate::Block::Paragraph(crate::Inline::plain(t));
        let texts = |a: &Article| -> Vec<String> {
            a.blocks
                .iter()
                .map(|b| match b {
                    crate::Block::Heading { content, .. } | crate::Block::Paragraph(content) => {
                        content.text.clone()
                    }
                    _ => String::new(),
                })
                .collect()
        };
        let mut a = Article {
            title: Some("Volunteers keep the lighthouse lit".into()),
            blocks: vec![
                h(2, "Recent posts"),
                h(1, "Volunteers keep the lighthouse lit"),
                p("The lamp was lit."),
            ],
            ..Article::default()
        };
        drop_title_heading(&mut a);
        assert_eq!(texts(&a), ["The lamp was lit."]);
        // A kicker paragraph over the headline stays.
        a.blocks = vec![
            p("Harbour"),
            h(1, "Volunteers keep the lighthouse lit"),
            p("The lamp was lit."),
        ];
        drop_title_heading(&mut a);
        assert_eq!(texts(&a), ["Harbour", "The lamp was lit."]);
        // A part of the title as a later section heading stays.
        a.title = Some("Lighthouse: volunteers keep it lit".into());
        a.blocks = vec![
            h(2, "Why it matters"),
            h(2, "Lighthouse"),
            p("The lamp was lit."),
        ];
        drop_title_heading(&mut a);
        assert_eq!(
            texts(&a),
            ["Why it matters", "Lighthouse", "The lamp was lit."]
        );
        a.title = None;
        a.blocks = vec![
            h(1, "Volunteers keep the lighthouse lit"),
            p("The lamp was lit."),
        ];
        drop_title_heading(&mut a);
        assert_eq!(
            a.title.as_deref(),
            Some("Volunteers keep the lighthouse lit")
        );
        assert_eq!(texts(&a), ["The lamp was lit."]);
    }

    #[test]
    fn extractor_is_send_sync() {
        assert_send_sync::<Extractor>();
        assert_send_sync::<Article>();
        assert_send_sync::<Error>();
    }

    fn para(words: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("<p>{words}, sentence number {i} of the story, with a comma or two, goes on.</p>"))
            .collect()
    }

    #[test]
    fn standfirst_opens_the_text() {
        let dek =
            "Residents of the valley voted to keep the old ferry running for another ten years";
        let html = format!(
            "<html><head><meta name=description content='{dek}.'></head><body>\
             <header><h1>Ferry stays</h1><p class=standfirst>{dek}.</p></header>\
             <div class=article-body>{}</div></body></html>",
            para("The ferry carries two hundred people a day", 6)
        );
        let a = crate::extract(&html, None);
        let a = a.unwrap();
        assert!(a.text.starts_with(dek), "{}", a.text);
        assert_eq!(a.text.matches(dek).count(), 1);
    }

    #[test]
    fn a_block_with_a_link_line_keeps_its_paragraph() {
        // A text module closing the body holds the last sentence and a "see
        // also" line linking to another page: its link density is that of
        // a link block, its prose is the article's.
        let body = para("The ferry carries two hundred people a day", 5);
        let module = "<div class=module>\
             <p>The council votes on the plan on May 4.</p>\
             <div class=group><p><b>See also: <a href='https://example.org/news/harbour-bridge-reopens-after-repairs'>\
             The harbour bridge reopens after two years of repairs</a></b></p></div></div>";
        // Also in a builder's section, row and column around the module.
        let wrapped =
            format!("<div class=sec><div class=row><div class=col>{module}</div></div></div>");
        for module in [module, wrapped.as_str()] {
            let html = format!("<body><article class=post>{body}{module}</article></body>");
            let a = crate::extract(&html, None).unwrap();
            assert!(
                a.text.contains("The council votes on the plan on May 4."),
                "{}",
                a.text
            );
        }
        // A box of a slogan and a button, a teaser card, and a sentence
        // beside a list of links stay link blocks.
        for block in [
            "<p>Try our ferry timetable app today</p>\
             <p><a href='https://example.org/app/download'>Download it for free now</a></p>",
            "<h3><a href='https://example.org/news/bridge'>The harbour bridge reopens</a></h3>\
             <p>After two years of repairs, the timetable app shows traffic again.</p>",
            "<p>The timetable app lists every crossing.</p><ul>\
             <li><a href='https://example.org/a'>Crossings to the island of Ness</a></li>\
             <li><a href='https://example.org/b'>Crossings to the island of Moray</a></li></ul>",
        ] {
            let html = format!(
                "<body><article class=post>{body}<div class=module>{block}</div></article></body>"
            );
            let a = crate::extract(&html, None).unwrap();
            assert!(!a.text.contains("timetable app"), "{}", a.text);
        }
    }

    #[test]
    fn a_note_whose_links_run_in_its_sentence_is_kept() {
        // A callout box inside the body: one sentence whose link is a
        // long name within it, so a third of its text is linked.
        let body = para("The ferry carries two hundred people a day", 5);
        let note = "<div class=note><p>Fun fact: the council bought \
             <a href='https://example.org/ferries/saint-kilda-star'>the old harbour ferry \
             Saint Kilda Star</a> back from its Norwegian owners last spring.</p></div>";
        // Or a sentence that goes on into a link after its full stop.
        let pointer = "<div class=note><span>The timetable changes on \
             <b>May 4</b>, when the winter season starts. For the new times, see our \
             <a href='https://example.org/ferries/times'>guide to the island crossings</a>.\
             </span></div>";
        for (note, kept) in [
            (note, "back from its Norwegian owners last spring."),
            (pointer, "when the winter season starts."),
        ] {
            let html = format!("<body><article class=post>{body}{note}</article></body>");
            let a = crate::extract(&html, None).unwrap();
            assert!(a.text.contains(kept), "{}", a.text);
        }
        // A teaser card of the same size stays out: its link is the
        // card's whole title line, not words of a sentence.
        let card = "<div class=note><h3><a href='https://example.org/ferries/star'>\
             The old harbour ferry Saint Kilda Star comes home</a></h3>\
             <p>The council bought it back from its Norwegian owners last spring.</p></div>";
        let html = format!("<body><article class=post>{body}{card}</article></body>");
        let a = crate::extract(&html, None).unwrap();
        assert!(!a.text.contains("Norwegian owners"), "{}", a.text);
        // So does a sign-up box: its button link stands beside the box's
        // blocks, in no sentence.
        let signup = "<div class=box><div class=inner><h2>Sign up for the Harbour Post</h2>\
             <p>Get the week's island news in your inbox every Friday morning.</p>\
             <a href='#signup'><div>Your e-mail address</div>\
             <span>Sign me up</span></a></div></div>";
        let html = format!("<body><article class=post>{body}{signup}</article></body>");
        let a = crate::extract(&html, None).unwrap();
        assert!(!a.text.contains("island news in your inbox"), "{}", a.text);
    }

    #[test]
    fn split_body_blocks_are_merged() {
        let html = format!(
            "<body><div class=wrap><div><div class='body-part first'>{}</div></div>\
             <aside class=promo><a href=/x>Buy now</a></aside>\
             <div><div class='body-part second'>{}</div></div></div></body>",
            para("First half of the report about the harbour", 5),
            para("Second half of the report about the harbour", 2)
        );
        let a = crate::extract(&html, None).unwrap();
        assert!(a.text.contains("First half"));
        assert!(a.text.contains("Second half"));
        assert!(!a.text.contains("Buy now"));
    }

    #[test]
    fn labels_and_widget_text_go_headings_stay() {
        let html = format!(
            "<body><article><h2>What the council decided</h2>{}<p>Advertisement</p>\
             <div class='share-bar'><a href=/s>Share on Facebook</a></div>{}</article></body>",
            para("The council met on Tuesday evening", 3),
            para("Later the mayor explained the decision", 2)
        );
        let a = crate::extract(&html, None).unwrap();
        assert!(a.blocks.iter().any(|b| matches!(b, crate::Block::Heading { content, .. } if content.text == "What the council decided")));
        assert!(!a.text.contains("Advertisement"));
        assert!(!a.text.contains("Share on Facebook"));
        assert!(a.text.contains("Later the mayor"));
    }

    #[test]
    fn widget_named_wrapper_of_the_whole_article_is_kept() {
        let html = format!(
            "<body><div id='share-buttons-container'>{}</div><div class=share><a href=/t>Tweet</a></div></body>",
            para("Long prose about the new library opening downtown", 8)
        );
        let a = crate::extract(&html, None).unwrap();
        assert!(a.text.contains("new library opening"));
        assert!(!a.text.contains("Tweet"));
    }

    #[test]
    fn explain_lists_what_the_dom_stage_removed() {
        let html = format!(
            "<body><nav><a href=/>Home</a> <a href=/n>News</a></nav><article>{}\
             <div class=share-buttons><a href=/t>Tweet this</a></div></article>\
             <div style='display:none'>Secret promo text</div>\
             <div id=chat-widget>Hi, how can I help?</div></body>",
            para("The harbour reopened after the storm", 4)
        );
        let a = Extractor::builder()
            .explain(true)
            .build()
            .extract(&html, None)
            .unwrap();
        let reason_of = |needle: &str| {
            a.removed
                .iter()
                .find(|r| r.preview.contains(needle))
                .map(|r| r.reason.clone())
        };
        assert_eq!(
            reason_of("Home News").as_deref(),
            Some("prune:boilerplate:tag-nav")
        );
        assert_eq!(
            reason_of("Tweet this").as_deref(),
            Some("prune:widget:share.share")
        );
        assert_eq!(
            reason_of("Secret promo").as_deref(),
            Some("prune:hidden:style")
        );
        assert_eq!(
            reason_of("how can I help").as_deref(),
            Some("prune:widget:chat.chat")
        );
        let quiet = crate::extract(&html, None).unwrap();
        assert!(quiet.removed.is_empty());
    }

    #[test]
    fn focus_modes_are_ordered() {
        let html = format!(
            "<body><article>{}<ul><li><a href=/a>Related one</a> and some words</li><li><a href=/b>Related two</a> more words</li></ul></article></body>",
            para("The bridge repairs finished early", 5)
        );
        let len = |f| {
            Extractor::builder()
                .focus(f)
                .build()
                .extract(&html, None)
                .unwrap()
                .text
                .len()
        };
        assert!(len(Focus::Precision) <= len(Focus::Balanced));
        assert!(len(Focus::Balanced) <= len(Focus::Recall));
    }

    #[test]
    fn input_limit_is_an_error_naming_it() {
        let ex = Extractor::builder().max_input_bytes(10).build();
        let err = ex.extract("<p>0123456789 abc</p>", None).unwrap_err();
        assert!(matches!(err, Error::InputTooLarge { limit: 10, .. }));
        assert!(err.to_string().contains("max_input_bytes"));
    }

    #[test]
    fn input_limit_stops_below_what_the_parser_holds() {
        let ex = Extractor::builder().max_input_bytes(usize::MAX).build();
        let most = usize::try_from(u32::MAX).unwrap_or(usize::MAX);
        assert_eq!(ex.options().max_input_bytes, most);
    }

    #[test]
    fn element_limit_is_an_error_naming_it() {
        let ex = Extractor::builder().max_elements(50).build();
        let html = "<p>word</p>".repeat(100);
        let err = ex.extract(&html, None).unwrap_err();
        assert!(matches!(err, Error::TooManyElements { limit: 50, .. }));
        assert!(err.to_string().contains("max_elements"));
    }

    #[test]
    fn element_limit_is_checked_before_the_tree_is_built() {
        // html5ever reopens the formatting element in every paragraph, so
        // the tree would be several times larger than the tag count; the
        // guard's count refuses it first (the DOM pass would stop at 1,001).
        let ex = Extractor::builder().max_elements(1_000).build();
        let html = "<b><p>x".repeat(5_000);
        match ex.extract(&html, None) {
            Err(Error::TooManyElements { count, limit }) => {
                assert_eq!(limit, 1_000);
                assert_eq!(count, 10_000);
            }
            other => panic!("{other:?}"),
        }
    }
}
