//! Article text that page builders and loose-text bodies split in ways the
//! body choice and the assembly lost (issue 16, lost paragraphs of the
//! generated corpus), on pages written for this suite: each test names
//! the mechanism it guards.

mod story;

use gleaner::{Article, Block, Extractor, Url};

fn url() -> Url {
    Url::parse("https://harbourtown.example.net/2024/05/ferry-timetable").expect("static URL")
}

fn extract(html: &str) -> Article {
    story::extract(html, url().as_str())
}

fn page(head_title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{head_title}</title></head><body>\
         <header class=\"masthead\"><a href=\"/\">Harbourtown Notes</a>\
         <nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a> <a href=\"/sport\">Sport</a></nav></header>\
         <main>{body}</main>\
         <footer class=\"site-footer\"><p>Harbourtown Notes, published weekly.</p></footer>\
         </body></html>"
    )
}

/// One builder section: the section, row, column and module wrappers a
/// page builder nests around each text module.
fn section(n: usize, inner: &str) -> String {
    format!(
        "<div class=\"lb-section lb-section-{n}\"><div class=\"lb-row lb-row-{n}\">\
         <div class=\"lb-column lb-column-{n}\"><div class=\"lb_module lb_text lb_text_{n}\">\
         <div class=\"lb_text_inner\">{inner}</div></div></div></div></div>"
    )
}

const OPENING: &[&str] = &[
    "The harbour board has published a new winter timetable for the island ferry, with two extra crossings on weekday mornings and a later last boat on Fridays.",
    "Commuters had asked for the early crossings for years, saying that the first boat, at seven, left them waiting on the quay in the dark for the bus into town.",
    "The board said the change was possible because the second vessel, back from its refit in the spring, can now run a full winter season without a long break.",
    "Fares stay the same until March, when a small rise, agreed last year, takes effect for single tickets; season tickets, bought by most commuters, are not affected.",
];

/// The closing section of a builder page holds a short last sentence and
/// then a credit link (loose text with `<br>`s): its last character is no
/// sentence's end, but it holds a sentence of prose, so it is judged by
/// the module it wraps and joins the body.
#[test]
fn a_builder_section_closing_with_a_link_line_joins_the_body() {
    let opening: String = OPENING.iter().map(|p| format!("<p>{p}</p>")).collect();
    let closing = "The timetable will be reviewed in June.";
    let body = format!(
        "<article class=\"post\"><h1>Ferry adds early crossings</h1><div class=\"post-body\">\
         <div class=\"lb-builder\">{}{}</div></div></article>",
        section(0, &opening),
        section(
            1,
            &format!(
                "{closing}<br><a href=\"https://www.coastpost.example.com/news/ferry-early-crossings-2291\">Read the original</a><br>"
            )
        ),
    );
    let a = extract(&page("Ferry adds early crossings", &body));
    let text = a.text;
    assert!(text.contains(OPENING[0]), "opening lost: {text}");
    assert!(
        text.contains(closing),
        "the closing section's sentence was lost: {text}"
    );
}

/// Teasers of the site's other posts in a column beside the article.
fn teaser_column() -> String {
    let teasers = [
        ("Quay repairs start in June", "Workers will replace the old timber fenders along the north quay over six weeks, and the fish market will move to the car park while they do."),
        ("Lifeboat crew welcomes two new volunteers", "Two residents have finished their training with the lifeboat station, bringing the crew to nineteen, the most it has had in a decade."),
        ("Harbour café reopens after the winter", "The café by the slipway has reopened with a new menu and longer hours, and the owners say they will stay open on weekday evenings this summer."),
    ];
    let items: String = teasers
        .iter()
        .enumerate()
        .map(|(i, (t, e))| {
            format!(
                "<article class=\"ed-post\"><h3><a href=\"https://harbourtown.example.net/2024/04/p{i}\">{t}</a></h3>\
                 <div class=\"ed-post-excerpt\"><p>{e}</p></div></article>"
            )
        })
        .collect();
    format!(
        "<div class=\"ed-column ed-col-33\"><div class=\"ed-widget-wrap\"><div class=\"ed-element ed-posts\">\
         <div class=\"ed-widget-container\">{items}</div></div></div></div>"
    )
}

/// A one-line paragraph and a subheading in a module of their own,
/// between two modules of the article: too short to score, they are the
/// article's.
#[test]
fn a_short_module_between_article_modules_is_kept() {
    let module = |inner: &str| {
        format!("<div class=\"ed-element ed-widget ed-widget-text-editor\"><div class=\"ed-widget-container\">{inner}</div></div>")
    };
    let heading = "What changes on Fridays";
    let short = "Tickets stay valid.";
    let html = page(
        "Ferry adds early crossings",
        &format!(
            "<h1>Ferry adds early crossings</h1><div class=\"ed-section\"><div class=\"ed-container\">{}\
             <div class=\"ed-column ed-col-66\"><div class=\"ed-widget-wrap\">{}{}{}</div></div></div></div>",
            teaser_column(),
            module(&format!("<p>{}</p><p>{}</p><p>{}</p>", OPENING[0], OPENING[1], OPENING[2])),
            module(&format!("<p>{short}</p><h3>{heading}</h3>")),
            module("<p>The last boat on Fridays will leave the island at half past eleven, an hour later than now, so that visitors can stay for the evening concerts.</p><p>The board expects the later boat to be busiest in the summer, when the concerts, the market and the regatta bring crowds to the island.</p>"),
        ),
    );
    let a = extract(&html);
    let headings: Vec<&str> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { content, .. } => Some(content.text.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        headings.contains(&heading),
        "subheading module lost: {headings:?}\n{}",
        a.text
    );
    assert!(
        a.text.contains(short),
        "one-line paragraph lost: {}",
        a.text
    );
    let at = |s: &str| a.text.find(s).unwrap_or(usize::MAX);
    assert!(
        at(OPENING[2]) < at(short) && at(heading) < at("The last boat"),
        "order: {}",
        a.text
    );
    assert!(
        !a.text.contains("timber fenders"),
        "a teaser joined: {}",
        a.text
    );
}

/// Loose text written with `<br>`s, then a removed block (a share bar the
/// pruning takes out), then an inline custom element's line: the removed
/// block stood between them, so the widget's line does not join the
/// closing paragraph (where a rule judging the paragraph whole would take
/// the article's last lines with it).
#[test]
fn a_removed_block_ends_the_loose_text_before_it() {
    let closing = "The first of the new crossings leaves on Monday at twenty past six.";
    let loose: String = OPENING.iter().map(|p| format!("{p}<br>\n<br>\n")).collect();
    let html = page(
        "Ferry adds early crossings",
        &format!(
            "<article><h1>Ferry adds early crossings</h1><div class=\"entry\">{loose}{closing}<br>\n<br>\n\
             <div class=\"share-buttons\"><a href=\"https://social.example.com/share\">Share</a> <a href=\"https://other.example.com/post\">Post</a></div>\
             <x-badge class=\"float-badge\"><x-badge-text>Ask the harbour desk anything</x-badge-text></x-badge>\
             </div></article>"
        ),
    );
    let a = extract(&html);
    let paragraphs: Vec<&str> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.text.as_str()),
            _ => None,
        })
        .collect();
    let holding: Vec<&&str> = paragraphs.iter().filter(|p| p.contains(closing)).collect();
    assert_eq!(holding.len(), 1, "closing sentence lost: {paragraphs:?}");
    assert!(
        holding[0].trim_end().ends_with(closing),
        "the widget's line joined the closing paragraph: {paragraphs:?}"
    );
}

/// A builder's single-post layout: the post's content module in one
/// column, a grid of the site's other posts (linked titles and excerpts
/// longer than the post's paragraphs) in the next. An excerpt scores a
/// point above the post's module; the post's module, close behind and in
/// no teaser card, is the article, and the grid stays out.
#[test]
fn the_post_module_wins_over_a_teaser_excerpt_scoring_a_point_more() {
    let teasers = [
        ("Quay repairs start in June", "Workers will replace the old timber fenders along the north quay over six weeks, and the fish market, the bait shop and the ticket kiosk will move to the car park while they do."),
        ("Lifeboat crew welcomes two new volunteers", "Two residents, a nurse and a carpenter, have finished their training with the lifeboat station, bringing the crew to nineteen, the most it has had in a decade."),
        ("Harbour café reopens after the winter", "The café by the slipway, closed since November, has reopened with a new menu and longer hours, and the owners say they will stay open on weekday evenings this summer."),
    ];
    let cards = harbour_cards(&teasers);
    let grid = format!(
        "<div class=\"ed-con-child\"><div class=\"ed-column ed-col-33\"><div class=\"ed-widget-wrap\">\
         <div class=\"ed-posts\">{cards}</div></div></div></div>"
    );
    let post = format!(
        "<div class=\"ed-con-child\"><div class=\"ed-column ed-col-66\"><div class=\"ed-widget-wrap\">\
         <div class=\"ed-element ed-post-content\"><div class=\"ed-widget-container\">\
         <p>{}</p><p>Fares stay the same.</p>\
         <p><strong>Read also:</strong> <a href=\"https://harbourtown.example.net/2024/03/new-pier\">The new pier opens</a></p>\
         <p>{}</p><p><a href=\"https://www.coastpost.example.com/news/ferry-2291\">Source</a></p>\
         </div></div></div></div></div>",
        OPENING[0], OPENING[1]
    );
    let html = page(
        "Ferry adds early crossings",
        &format!(
            "<div class=\"ed-location-single\"><div class=\"ed-con\"><h1>Ferry adds early crossings</h1>{post}{grid}</div></div>"
        ),
    );
    let a = extract(&html);
    assert!(
        a.text.contains(OPENING[0]) && a.text.contains(OPENING[1]),
        "the post lost: {}",
        a.text
    );
    for (_, excerpt) in teasers {
        assert!(
            !a.text.contains(excerpt),
            "a teaser's excerpt joined the article: {}",
            a.text
        );
    }
}

/// A builder's post grid: one card a teaser, its linked title over its
/// excerpt, each linking another post of the site.
fn harbour_cards(teasers: &[(&str, &str)]) -> String {
    teasers
        .iter()
        .enumerate()
        .map(|(i, (t, e))| {
            format!(
                "<article class=\"ed-post\"><div class=\"ed-post-text\"><h3 class=\"ed-post-title\">\
                 <a href=\"https://harbourtown.example.net/2024/04/p{i}\">{t}</a></h3>\
                 <div class=\"ed-post-excerpt\"><p>{e}</p></div></div></article>"
            )
        })
        .collect()
}

/// A builder's single-post template: the post layout's wrapper (named like
/// a post, so it scores its class bonus) holds a column of the site's
/// other posts (linked titles and excerpts, as long as the story) and the
/// story's column of two text modules. The wrapper holds more text and
/// scores better than the column, but all it adds is the cards: the column
/// is the article, and no teaser, nor the grid's heading, joins it.
#[test]
fn a_post_wrapper_fuller_only_by_a_teaser_grid_is_not_the_article() {
    let teasers = [
        ("Quay repairs start in June", "Workers will replace the old timber fenders along the north quay over six weeks, and the fish market, the bait shop and the ticket kiosk will move to the car park while they do."),
        ("Lifeboat crew welcomes two new volunteers", "Two residents, a nurse and a carpenter, have finished their training with the lifeboat station, bringing the crew to nineteen, the most it has had in a decade."),
        ("Harbour café reopens after the winter", "The café by the slipway, closed since November, has reopened with a new menu and longer hours, and the owners say they will stay open on weekday evenings this summer."),
        ("Night market returns to the quay", "Stalls selling smoked fish, bread and pottery will line the quay on Friday evenings from June, the harbour board said, after a trial last summer drew large crowds."),
    ];
    let cards = harbour_cards(&teasers);
    let grid = format!(
        "<div class=\"ed-con ed-con-child\"><div class=\"ed-widget ed-widget-heading\"><h2>Latest from the harbour</h2></div>\
         <div class=\"ed-widget ed-posts\"><div class=\"ed-widget-container\">{cards}</div></div></div>"
    );
    let module = |inner: &str| {
        format!("<div class=\"ed-widget ed-widget-text-editor\"><div class=\"ed-widget-container\">{inner}</div></div>")
    };
    let story = format!(
        "<div class=\"ed-con ed-con-child\"><div class=\"ed-widget ed-widget-title\"><h1>Ferry adds early crossings</h1></div>{}{}</div>",
        module(&format!("{}<br><br>{}", OPENING[0], OPENING[1])),
        module(&format!("{}<br><br>{}", OPENING[2], OPENING[3])),
    );
    let html = page(
        "Ferry adds early crossings",
        &format!(
            "<div class=\"ed-location-single post-2333 post type-post\"><div class=\"ed-con ed-con-parent\">\
             <div class=\"ed-con-inner\">{grid}{story}</div></div></div>"
        ),
    );
    let a = extract(&html);
    for p in OPENING {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    for (title, excerpt) in teasers {
        assert!(
            !a.text.contains(excerpt) && !a.text.contains(title),
            "a teaser joined the article: {}",
            a.text
        );
    }
    assert!(
        !a.text.contains("Latest from the harbour"),
        "the grid's heading joined the article: {}",
        a.text
    );
}

/// Teasers of the site's other posts inside the post's content (a block
/// plugin's post grid, a related-posts list, a "Read next" card) and a
/// grid merged beside it: each a title linking to another page of the
/// site, on a line of its own, and an excerpt cut short with an ellipsis.
/// The excerpts have the commas and the length of prose, but they are
/// other articles' text. A list of picks linking out, each with a full
/// description, is the article's.
#[test]
fn teasers_of_other_posts_with_cut_excerpts_stay_out_of_the_post() {
    let excerpts = [
        "Workers will replace the old timber fenders along the north quay over six weeks, and the fish market…",
        "Two residents, a nurse and a carpenter, have finished their training with the lifeboat station, bringing…",
        "The café by the slipway, closed since November, has reopened with a new menu and longer hours, and…",
    ];
    let link = |i: usize| format!("https://harbourtown.example.net/2024/04/post-{i}/");
    let block_grid: String = excerpts
        .iter()
        .enumerate()
        .map(|(i, e)| {
            format!(
                "<article class=\"pg-item\"><div class=\"pg-title\"><h4><a href=\"{}\">Harbour story number {i}</a></h4></div>\
                 <div class=\"pg-excerpt\"><p>{e}</p></div>\
                 <div class=\"pg-more\"><a href=\"{}\">Read more</a></div></article>",
                link(i),
                link(i)
            )
        })
        .collect();
    let list: String = excerpts
        .iter()
        .enumerate()
        .map(|(i, e)| {
            format!(
                "<li class=\"rel-col\"><div class=\"rel-title\"><a href=\"{}\">Harbour story number {i}</a></div>\
                 <div class=\"rel-excerpt\">{e}</div></li>",
                link(i)
            )
        })
        .collect();
    let picks = "<div class=\"picks\"><div class=\"pick\"><h3><a href=\"https://tides.example.org/\">The tide table app</a></h3>\
         <p>It shows the tides of every harbour on the coast, with the times of the ferries beside them, and it works offline.</p></div>\
         <div class=\"pick\"><h3><a href=\"https://charts.example.org/\">The coastal charts</a></h3>\
         <p>Printed once a year, they mark every buoy and light between the two headlands, and the shops on the quay sell them.</p></div></div>";
    let story: String = OPENING.iter().map(|p| format!("<p>{p}</p>")).collect();
    let shapes = [
        format!("<div class=\"pg-grid pg-columns-3\">{block_grid}</div>"),
        format!("<div class=\"rel-box\"><h3>You may also like</h3><ul class=\"rel-list\">{list}</ul></div>"),
        format!(
            "<div class=\"next-card\"><span class=\"next-label\">Read next</span><h3><a href=\"{}\">Harbour story number 0</a></h3><p>{}</p></div>",
            link(0),
            excerpts[0]
        ),
    ];
    for grid in &shapes {
        // Inside the post's content, and after it as the content's sibling.
        for html in [
            format!("<article class=\"post\"><h1>Ferry adds early crossings</h1><div class=\"entry-content\">{story}{picks}{grid}</div></article>"),
            format!("<article class=\"post\"><h1>Ferry adds early crossings</h1><div class=\"entry-content\">{story}{picks}</div><div class=\"entry-content\">{grid}</div></article>"),
        ] {
            let a = extract(&page("Ferry adds early crossings", &html));
            for p in OPENING {
                assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
            }
            assert!(
                a.text.contains("it works offline") && a.text.contains("the shops on the quay sell them"),
                "the picks were lost: {}",
                a.text
            );
            for e in excerpts {
                assert!(!a.text.contains(e), "a teaser's excerpt stayed: {}", a.text);
            }
        }
    }
}

/// A short story's column ends with a "read next" card (a heading linking
/// to another post and its excerpt); below the columns, a grid of other
/// posts whose excerpts, with their commas, score close to the story. The
/// card is the heading's block, not the story's column around it (which
/// holds several paragraphs): the story is the article, not the grid.
#[test]
fn a_read_next_card_under_a_short_story_does_not_make_the_story_a_teaser() {
    let story = [
        "The harbour board has a new winter timetable for the island ferry, with two more crossings on weekday mornings.",
        "Commuters had asked for the early crossings for years, saying the first boat, at seven, left them waiting in the dark.",
        "The second vessel, back from its refit in the spring, can now run a full winter season without a break.",
        "Fares stay the same until March, when a small rise, agreed last year, takes effect for single tickets.",
        "The board will review the timetable in June, after the first winter, and publish the figures for each crossing.",
        "The last boat on Fridays now leaves the island at eleven, an hour later than before, for the pubs' sake.",
    ];
    let others = [
        "Workers will replace the old timber fenders along the north quay, and the fish market, the bait shop, the ticket kiosk and the café will move to the car park, the board said, while they do.",
        "Two residents, a nurse and a carpenter, have finished their training, bringing the crew to nineteen, the most it has had, the coxswain said, in a decade, and more are training.",
        "The café by the slipway has reopened with a new menu and longer hours after its winter break and the owners say they plan to stay open on weekday evenings this summer.",
    ];
    let link = |i: usize| format!("https://harbourtown.example.net/2024/04/post-{i}/");
    let grid: String = others
        .iter()
        .enumerate()
        .map(|(i, e)| {
            format!(
                "<div class=\"xb-post\"><a class=\"xb-post-title\" href=\"{}\">Harbour story number {i}</a>\
                 <div class=\"xb-post-content\"><p>{e}</p></div><a class=\"xb-more\" href=\"{}\">Read more</a></div>",
                link(i),
                link(i)
            )
        })
        .collect();
    let paragraphs: String = story.iter().map(|p| format!("<p>{p}</p>")).collect();
    let body = format!(
        "<section class=\"xb-section\"><div class=\"xb-section-inner\">\
         <div class=\"xb-block main-col\"><h1>Ferry adds early crossings</h1>\
         <div class=\"xb-inner-content\">{paragraphs}</div>\
         <div class=\"next-card\"><span>Read next</span><h3><a href=\"{}\">The new pier opens in May with a concert on the quay</a></h3>\
         <p>The pier, two years in the making, opens on the first of May with a concert on the quay.</p></div></div>\
         <div class=\"xb-block side-col\"><p>Harbourtown Notes, since 1998.</p></div></div></section>\
         <section class=\"xb-section\"><div class=\"xb-posts\">{grid}</div></section>",
        link(9)
    );
    let a = extract(&page("Ferry adds early crossings", &body));
    for p in story {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    for e in others {
        assert!(!a.text.contains(e), "the grid joined: {}", a.text);
    }
}

/// A builder names every text module like a widget (`so-panel widget`).
/// A module holding a paragraph of the story and a "read also" line of
/// its own (a link to another post) has the link density of a link box,
/// but its links stand in a line apart: its prose decides, and the
/// paragraph stays while the line goes. A text block closing the story
/// with its last sentence and a "read next" card keeps the sentence; the
/// card goes on its own.
#[test]
fn a_widget_named_module_with_a_link_line_or_a_card_keeps_its_prose() {
    let link = |i: usize| format!("https://harbourtown.example.net/2024/04/post-{i}/");
    let module = |inner: &str| {
        format!(
            "<div class=\"pn-grid\"><div class=\"pn-cell\"><div class=\"pn-panel widget widget_editor\">\
             <div class=\"pn-text textwidget\">{inner}</div></div></div></div>"
        )
    };
    let kept = "Residents asked for a later last crossing on Fridays and the board said it would look at the figures for the new early boats before it decides on that in the summer.";
    let last = "The new timetable starts on Monday.";
    let opening: String = OPENING.iter().map(|p| format!("<p>{p}</p>")).collect();
    let also = module(&format!(
        "<p>{kept}</p><div class=\"also-box\"><div class=\"also-inner\"><span>Read also:</span> \
         <a href=\"{}\">The harbour bridge reopens to cars and buses after two long years of repairs</a></div></div>",
        link(1)
    ));
    let closing = format!(
        "<div class=\"txt-block\">{last}<br>[<a href=\"https://www.coastpost.example.com/news/ferry-2291\">Source</a>]<br><div class=\"next-card\"><span>Read next</span><h3><a href=\"{}\">The new pier opens in May</a></h3>\
         <p>The pier, two years in the making, opens on the first of May with a concert…</p></div></div>",
        link(2)
    );
    let opening = module(&opening);
    let body = format!(
        "<article class=\"post\"><h1>Ferry adds early crossings</h1><div class=\"entry-content\">{opening}{also}{closing}</div></article>"
    );
    let html = page("Ferry adds early crossings", &body);
    let a = match Extractor::builder()
        .explain(true)
        .build()
        .extract(&html, Some(&url()))
    {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    };
    for p in OPENING {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    assert!(
        a.text.contains(kept),
        "the module's paragraph was lost: {:?}",
        a.removed
    );
    assert!(
        a.text.contains(last),
        "the closing sentence was lost: {}",
        a.text
    );
    assert!(!a.text.contains("harbour bridge reopens"), "{}", a.text);
    assert!(!a.text.contains("concert"), "the card stayed: {}", a.text);
}

/// A builder names every text module like a widget (`so-panel widget`):
/// a short module (a one-line paragraph) bearing the class of the modules
/// that hold the story is the story's, not a short widget; a short block
/// of another name (a share label) still goes.
#[test]
fn a_short_module_named_like_the_storys_widget_modules_is_kept() {
    let module = |inner: &str| {
        format!(
            "<div class=\"pn-grid\"><div class=\"pn-cell\"><div class=\"pn-panel widget widget_editor\">\
             <div class=\"pn-text textwidget\">{inner}</div></div></div></div>"
        )
    };
    let short = "The last boat leaves at eleven.";
    let first: String = OPENING[..2].iter().map(|p| format!("<p>{p}</p>")).collect();
    let second: String = OPENING[2..].iter().map(|p| format!("<p>{p}</p>")).collect();
    let (first, middle, second) = (
        module(&first),
        module(&format!("<p>{short}</p>")),
        module(&second),
    );
    let body = format!(
        "<article class=\"post\"><h1>Ferry adds early crossings</h1><div class=\"entry-content\">\
         {first}{middle}{second}<div class=\"share-label widget\">Share this story</div></div></article>"
    );
    let a = extract(&page("Ferry adds early crossings", &body));
    for p in OPENING {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    assert!(
        a.text.contains(short),
        "the short module was lost: {}",
        a.text
    );
    assert!(!a.text.contains("Share this story"), "{}", a.text);
}

/// A builder section of two columns, the story's text modules in one and
/// a grid of other posts' teaser cards in the other, and under the
/// section, in the same page wrapper, a line about the story's source.
/// The line is no part of either column: it does not make the wrapper,
/// cards and all, the article. The story's column is, since the step up
/// from it adds the cards and no paragraph of content.
#[test]
fn a_line_under_a_story_column_and_a_card_column_does_not_take_the_cards_in() {
    let teasers = [
        ("Quay repairs start in June", "Workers will replace the old timber fenders along the north quay over six weeks, and the fish market will move to the car park while they do."),
        ("Lifeboat crew welcomes two new volunteers", "Two residents, a nurse and a carpenter, have finished their training with the lifeboat station, bringing the crew to nineteen, the most in a decade."),
        ("Harbour café reopens after the winter", "The café by the slipway, closed since November, has reopened with a new menu and longer hours, and the owners say they will open on weekday evenings."),
        ("Night market returns to the quay", "Stalls selling smoked fish, bread and pottery will line the quay on Friday evenings from June, the harbour board said, after a trial last summer."),
    ];
    let cards = harbour_cards(&teasers);
    let module = |inner: &str| {
        format!("<div class=\"ed-widget ed-widget-text-editor\"><div class=\"ed-widget-container\">{inner}</div></div>")
    };
    let story = format!(
        "<div class=\"ed-column ed-col-66\"><div class=\"ed-widget-wrap\">\
         <div class=\"ed-widget ed-widget-title\"><h1>Ferry adds early crossings</h1></div>{}{}{}</div></div>",
        module(&format!("{}<br><br>{}", OPENING[0], OPENING[1])),
        module(&format!("{MIDDLE}<br><br>{}", OPENING[2])),
        module(&format!("{}<br><br>{LAST}", OPENING[3])),
    );
    let grid = format!(
        "<div class=\"ed-column ed-col-33\"><div class=\"ed-widget-wrap\">\
         <div class=\"ed-widget ed-widget-heading\"><h2>Latest from the harbour</h2></div>\
         <div class=\"ed-widget ed-posts\"><div class=\"ed-widget-container\">{cards}</div></div></div></div>"
    );
    const MIDDLE: &str = "Islanders who rely on the ferry to reach the hospital, the market and the schools on the mainland say the change, though late, will make a real difference.";
    const LAST: &str = "The harbour board will review the timetable in June, after a survey of passengers, and said it would publish the results, with the figures, on its website.";
    let source = "This report was first published by the Harbourtown Ledger, and it appears here with the permission of its editors, who have not reviewed this copy.";
    let html = page(
        "Ferry adds early crossings",
        &format!(
            "<div class=\"page-content\"><div class=\"ed ed-8146\"><section class=\"ed-section\">\
             <div class=\"ed-container\">{story}{grid}</div></section></div>\
             <div class=\"story-source\"><p><em>{source}</em></p></div></div>"
        ),
    );
    let a = extract(&html);
    for p in OPENING.iter().chain([&MIDDLE, &LAST]) {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    for (title, excerpt) in teasers {
        assert!(
            !a.text.contains(excerpt) && !a.text.contains(title),
            "a teaser joined the article: {}",
            a.text
        );
    }
}

/// A builder's text module holding a "read also" line (a label and a
/// link to another post) and the story's bullet points, none ending in a
/// full stop: the link line is judged apart, the bullets are the story's
/// prose, and the module stays.
#[test]
fn a_module_of_a_read_also_line_and_bullet_points_keeps_the_bullets() {
    let module = |inner: &str| {
        format!("<div class=\"vc-text vc-element\"><div class=\"vc-wrapper\">{inner}</div></div>")
    };
    let bullets = [
        "Two extra crossings would run on weekday mornings",
        "The last boat on Fridays would leave at eleven",
        "Single fares would rise by forty cents in March",
    ];
    let list: String = bullets.iter().map(|b| format!("<li>{b}</li>")).collect();
    let first: String = OPENING[..2].iter().map(|p| format!("<p>{p}</p>")).collect();
    let last: String = OPENING[2..].iter().map(|p| format!("<p>{p}</p>")).collect();
    let body = format!(
        "<article class=\"post\"><h1>Ferry adds early crossings</h1><div class=\"vc-row\"><div class=\"vc-column\">{}{}{}</div></div></article>",
        module(&first),
        module(&format!(
            "<p><strong>Also Read:</strong> <a href=\"https://harbourtown.example.net/2024/04/quay-repairs\">Quay repairs start in June while the fish market moves to the car park</a></p><ul>{list}</ul>"
        )),
        module(&last),
    );
    let a = extract(&page("Ferry adds early crossings", &body));
    for p in OPENING.iter().chain(bullets.iter()) {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
}

/// A block editor's root container `n` (each with a class of its own),
/// holding paragraphs.
fn container(n: usize, inner: &str) -> String {
    format!(
        "<div class=\"wp-block-uagb-container uagb-block-{n} uagb-is-root-container\">\
         <div class=\"uagb-container-inner-blocks-wrap\">{inner}</div></div>"
    )
}

/// The closing container of a block-editor page holds the post's last two
/// paragraphs, the first longer than a one-line close, the two too short
/// to score, then a credit line, a share bar and a box of promoted links
/// (too many links for a prose-like cousin): it opens with a whole `<p>`
/// of prose, as a `<p>` sibling of any length joins, and joins the body.
#[test]
fn a_closing_container_opening_with_a_whole_paragraph_joins_the_body() {
    let more = [
        "The island's school had asked for a crossing before eight, so that pupils from the far shore no longer miss the first lesson of the day, which they did most winter mornings.",
        "The later Friday boat, at eleven, is meant for people who work evenings in town; the board will count its passengers over the winter and may add a Saturday boat if it fills.",
    ];
    let opening: String = OPENING
        .iter()
        .chain(&more)
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let last = [
        "The board will ask commuters about the new crossings when the winter season is over.",
        "A survey form will be on the boats.",
    ];
    let closing = format!(
        "<p>{}</p><p>{}</p><p>This story first appeared in <a href=\"https://www.coastpost.example.com/\">Coast Post</a>.</p>\
         <div class=\"share-bar\"><span>Share this</span> <a href=\"https://social.example/share\">Facebook</a></div>\
         <div class=\"qx-box\"><span>From around the web</span><div><a href=\"https://ads.example/c/1\">Ten harbour towns you must see before you turn sixty</a></div>\
         <div><a href=\"https://ads.example/c/2\">The ferry trick that travel agents do not want you to know</a></div></div>",
        last[0], last[1]
    );
    let body = format!(
        "<article class=\"post\"><h1>Ferry adds early crossings</h1>\
         <div class=\"entry-content wp-block-post-content\">{}{}</div></article>{}",
        container(0, &opening),
        container(1, &closing),
        teaser_column(),
    );
    let a = extract(&page("Ferry adds early crossings", &body));
    let text = a.text;
    assert!(text.contains(OPENING[0]), "opening lost: {text}");
    for p in last {
        assert!(
            text.contains(p),
            "the closing container's {p:?} was lost: {text}"
        );
    }
    assert!(!text.contains("ferry trick"), "{text}");
}

/// A builder row between two of the story's holds the story's sentence
/// and a credit linked after it (`… on board. → <a>outlet</a>`): by link
/// density a link box, but the credit is a line of its own after the
/// sentence, so the row's prose decides and the sentence stays.
#[test]
fn a_module_of_a_sentence_and_a_trailing_credit_link_between_the_storys_stays() {
    const SOURCE: &str = "https://www.coastpost.example/news/ferry-2291";
    let opening: String = OPENING.iter().map(|p| format!("<p>{p}</p>")).collect();
    let sentence = "Tickets are sold on board.";
    let closing = "The board will publish the summer timetable in April, after a meeting with the commuters' group and the bus company.";
    let body = format!(
        "<article class=\"post\"><h1>Ferry adds early crossings</h1><div class=\"post-body\">{}{}{}</div></article>",
        section(0, &opening),
        section(
            1,
            &format!(
                "<p>{sentence} \u{2192} <a href=\"{SOURCE}\">Coast Post Daily News</a></p>"
            )
        ),
        section(2, &format!("<p>{closing}</p>"))
    );
    let a = extract(&page("Ferry adds early crossings", &body));
    for p in OPENING.iter().chain([&closing, &sentence]) {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    assert!(!a.text.contains("Coast Post"), "{}", a.text);
    assert_eq!(a.source_url.as_ref().map(|u| u.as_str()), Some(SOURCE));
}
