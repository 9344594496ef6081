//! The body choice on page-builder layouts (issue 16: whole articles lost
//! on spam sites built with page builders): a text split into modules,
//! each nested in wrappers of its own, is one body even when a block
//! beside it (a grid of other posts, a short dialog named like content)
//! outscores every single module; a post split over two numbered blocks
//! of one kind is one body; a layout word on the post's wrapper and a
//! linked category kicker over a short post's headline do not hand the
//! body to a notice beside the page. Pages written for this suite.

mod story;

use gleaner::Article;

fn extract(html: &str) -> Article {
    story::extract(
        html,
        "https://quarrylane.example.org/2024/10/orchard-harvest/",
    )
}

/// The article, one short paragraph per builder module.
const STORY: [&str; 6] = [
    "The orchard on Quarry Lane picked its last apples of the year on Sunday.",
    "Volunteers came from three villages, some with ladders and some with baskets.",
    "The trees are old, planted before the war, and a few had to be propped up.",
    "Most of the crop goes to the cider press at the farm shop down the road.",
    "The rest is sold at the gate, with an honesty box, until the crates run out.",
    "Next spring the group hopes to plant a row of young trees along the wall.",
];

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body>\
         <div class=\"site-top\"><a href=\"/\">Quarry Lane News</a><nav><a href=\"/\">Home</a> \
         <a href=\"/village\">Village</a> <a href=\"/events\">Events</a></nav></div>\
         {body}\
         <div class=\"site-bottom\"><p>Quarry Lane News, a village website.</p></div></body></html>"
    )
}

fn assert_whole(a: &Article, ps: &[&str]) {
    for p in ps {
        assert!(a.text.contains(p), "lost {p:?} from:\n{}", a.text);
    }
}

/// Other posts' teasers in the sidebar: comma-rich excerpts in blocks
/// whose class names say "post" (an Elementor posts widget).
fn elementor_post_grid() -> String {
    let teasers = [
        ("/2024/09/fete", "Village fete raises money for the hall", "Stalls, games, a brass band, a tug of war, cakes, pies, jams and a raffle, with prizes given by shops, pubs, farms, and the school, filled the green from noon until dusk, and the hall fund, short for years, is now close to its target."),
        ("/2024/09/bus", "Bus route to change in winter", "The number nine, which runs through the lane, past the church, the school, the shop, the pub and the green, will, from November, stop at the station instead of the market, the council, after a long consultation, has said."),
        ("/2024/08/bridge", "Footbridge closed for repairs", "The old footbridge over the brook, used by walkers, riders, dog owners, children on their way to school, and anglers, is closed, while the rotten boards, rails, posts and steps are replaced, until, at the earliest, the spring."),
    ];
    let cards: String = teasers
        .iter()
        .enumerate()
        .map(|(n, (href, title, excerpt))| {
            format!(
                "<article class=\"elementor-post elementor-grid-item post-{n}1 post type-post\">\
                 <div class=\"elementor-post__text\"><h3 class=\"elementor-post__title\">\
                 <a href=\"{href}\">{title}</a></h3>\
                 <div class=\"elementor-post__excerpt\"><p>{excerpt}</p></div></div></article>"
            )
        })
        .collect();
    format!(
        "<div class=\"elementor-element elementor-element-9c1d e-con-full e-flex e-con e-child\">\
         <div class=\"elementor-element elementor-element-9c2e elementor-widget elementor-widget-posts\">\
         <div class=\"elementor-widget-container\"><h2>Latest news</h2>\
         <div class=\"elementor-posts-container elementor-posts elementor-grid\">{cards}</div></div></div></div>"
    )
}

/// An Elementor text-editor widget in a boxed flexbox container of its own.
fn elementor_module(n: usize, text: &str) -> String {
    format!(
        "<div class=\"elementor-element elementor-element-7a{n}f e-flex e-con-boxed e-con e-parent\">\
         <div class=\"e-con-inner\">\
         <div class=\"elementor-element elementor-element-7b{n}f elementor-widget elementor-widget-text-editor\">\
         <div class=\"elementor-widget-container\"><p>{text}</p></div></div></div></div>"
    )
}

/// An Elementor single-post template: the post-content widget holds the
/// post, itself built of text-editor widgets in flexbox containers
/// (`e-con`) of their own; beside it a column with a posts grid whose
/// excerpts each outscore any one module. The block where the modules
/// meet, and the post-content widget around it, are the body.
#[test]
fn elementor_text_modules_beside_a_post_grid_are_the_body() {
    let modules: String = STORY
        .iter()
        .enumerate()
        .map(|(n, p)| elementor_module(n, p))
        .collect();
    let body = format!(
        "<div data-elementor-type=\"single-post\" class=\"elementor elementor-51 elementor-location-single\">\
         <div class=\"elementor-element elementor-element-1a2b e-flex e-con-boxed e-con e-parent\">\
         <div class=\"e-con-inner\">\
         <div class=\"elementor-element elementor-element-2b3c e-con-full e-flex e-con e-child\">\
         <div class=\"elementor-element elementor-element-3c4d elementor-widget elementor-widget-theme-post-title\">\
         <div class=\"elementor-widget-container\"><h1>Last apples picked at the lane orchard</h1></div></div>\
         <div class=\"elementor-element elementor-element-4d5e elementor-widget elementor-widget-theme-post-content\">\
         <div class=\"elementor-widget-container\">\
         <div data-elementor-type=\"wp-post\" class=\"elementor elementor-1207\">{modules}</div>\
         </div></div></div>{}</div></div></div>",
        elementor_post_grid()
    );
    let a = extract(&page("Last apples picked at the lane orchard", &body));
    assert_whole(&a, &STORY);
    assert!(!a.text.contains("brass band"), "{}", a.text);
}

/// A Brizy rich-text module: a row of one column of one wrapper of one
/// text block.
fn brizy_module(n: usize, text: &str) -> String {
    format!(
        "<div class=\"brz-row__container brz-css-51{n}a\"><div class=\"brz-row brz-css-52{n}b\">\
         <div class=\"brz-columns brz-css-53{n}c\"><div class=\"brz-column__items brz-css-54{n}d\">\
         <div class=\"brz-wrapper brz-css-55{n}e\"><div class=\"brz-rich-text brz-rich-text__custom brz-css-56{n}f\">\
         <div data-brz-text=\"true\"><p class=\"brz-tp-lg-paragraph\">{text}</p></div></div></div></div></div></div></div>"
    )
}

/// A Brizy page: one short paragraph per rich-text module, each module
/// six wrappers deep, and a one-sentence dialog whose class says
/// "content", which outscores any one module.
#[test]
fn brizy_text_modules_beat_a_short_content_named_dialog() {
    let modules: String = STORY
        .iter()
        .enumerate()
        .map(|(n, p)| brizy_module(n, p))
        .collect();
    let body = format!(
        "<div class=\"brz-root__container\"><section class=\"brz-section brz-css-1a\">\
         <div class=\"brz-section__content brz-css-1b\"><div class=\"brz-container brz-css-1c\">\
         <h1 class=\"brz-tp-heading1\">Last apples picked at the lane orchard</h1>{modules}\
         </div></div></section></div>\
         <div class=\"pop-layer\"><div class=\"pop-content\">\
         <p>We keep a small file, a cookie, to count visits, remember choices, and improve pages.</p>\
         </div><button>Fine</button></div>"
    );
    let a = extract(&page("Last apples picked at the lane orchard", &body));
    assert_whole(&a, &STORY);
    assert!(!a.text.contains("We keep a small file"), "{}", a.text);
}

/// Spectra (Gutenberg) containers: one kind of block, numbered per block.
fn spectra_block(id: &str, inner: &str) -> String {
    format!(
        "<div class=\"wp-block-uagb-container uagb-block-{id} alignfull uagb-is-root-container\">\
         <div class=\"uagb-container-inner-blck-wrap\">{inner}</div></div>"
    )
}

const FIRST_HALF: [&str; 6] = [
    "The orchard on Quarry Lane, planted by the parish a century ago, picked its last apples of the year on Sunday, with help from three villages.",
    "Volunteers, some with ladders, some with baskets, and a few, the youngest, with nothing but their pockets, worked from nine until the light went.",
    "The trees, old, bent, and in places propped up with posts, gave more fruit than last year, though the plums, the pears and the quinces did badly.",
    "Most of the crop, by weight, goes to the cider press at the farm shop, where, for a share of the cider, the owner presses it free of charge.",
    "The cider, pressed in October, is ready by the spring, when, at the blossom fair, the first bottles are opened, tasted, and, mostly, sold.",
    "The group, which met in the pub, has, for the first time, a treasurer, a secretary, and a list of members, now some forty names long.",
];

const AT_THE_GATE: &str =
    "The rest is sold at the gate with an honesty box, and, in a good week, it is gone by Thursday.";

/// The post's second half is a numbered block of the first one's kind,
/// full width (no inner wrapper), with a heading, one paragraph and a list
/// of tag links: alone it scores too little to join the first.
#[test]
fn a_post_split_over_numbered_blocks_of_one_kind_is_one_body() {
    let first: String = FIRST_HALF.iter().map(|p| format!("<p>{p}</p>")).collect();
    let second = format!(
        "<div class=\"wp-block-uagb-container uagb-block-1b081 alignfull uagb-is-root-container\">\
         <h3>At the gate</h3><p>{AT_THE_GATE}</p>\
         <ul><li><a href=\"/tags/bramley\">Bramley</a></li><li><a href=\"/tags/cox\">Cox</a></li>\
         <li><a href=\"/tags/russet\">Russet</a></li></ul></div>"
    );
    let body = format!(
        "<main class=\"wp-site-blocks\"><h1>Last apples picked at the lane orchard</h1>\
         <div class=\"wp-block-group\">{}{second}</div></main>",
        spectra_block("1b080", &first)
    );
    let a = extract(&page("Last apples picked at the lane orchard", &body));
    assert_whole(&a, &FIRST_HALF);
    assert_whole(&a, &[AT_THE_GATE]);
}

/// A one-paragraph notice after the page, in a block whose class says
/// "content": it scores its class bonus and one paragraph, less than the
/// post's text but more than half of it.
const NOTICE: &str = "<div class=\"pop-layer\"><div class=\"pop-content\">\
     <p>Our pages keep a small file on your device so that your next visit opens \
     the page where you left off, and nothing else is kept.</p></div><button>Fine</button></div>";

/// The post beside a sidebar of other posts' links, in the given wrappers.
fn post_beside_sidebar(outer: &str, column: &str) -> String {
    let ps: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<div class=\"{outer}\"><header class=\"site-head\"><a href=\"/\">Quarry Lane News</a></header>\
         <div class=\"columns\"><div class=\"{column}\"><article>\
         <h1>Last apples picked at the lane orchard</h1><div class=\"entry-content\">{ps}</div>\
         </article></div><div class=\"side-column\"><h3>Latest</h3><ul>\
         <li><a href=\"/2024/09/fete\">Village fete raises money for the hall</a></li>\
         <li><a href=\"/2024/09/bus\">Bus route to change in winter</a></li></ul></div></div></div>{NOTICE}"
    )
}

/// A layout word on a block holding most of the page's prose names the
/// layout, not the block: a theme's `header-style-2` on the page's
/// wrapper, a sticky-sidebar script's class on the post's column. Neither
/// halves the post's rank below a notice's beside the page.
#[test]
fn a_layout_word_on_the_wrapper_of_the_post_does_not_count_against_it() {
    for (outer, column) in [
        ("site-shell header-style-2", "main-column"),
        ("site-shell", "js-sticky-sidebar"),
    ] {
        let a = extract(&page(
            "Last apples picked at the lane orchard",
            &post_beside_sidebar(outer, column),
        ));
        assert_whole(&a, &STORY);
        assert!(
            !a.text.contains("Our pages keep"),
            "{outer}/{column}: {}",
            a.text
        );
        assert!(
            !a.text.contains("Bus route"),
            "{outer}/{column}: {}",
            a.text
        );
    }
}

/// A short post whose headline sits under a kicker linking to its
/// category: a linked heading in a small block, as a teaser card's title
/// is, but the block also holds the page's own `h1`, so it is the post,
/// not a card; the notice beside the page does not win over it.
#[test]
fn a_short_post_under_a_linked_category_kicker_is_no_teaser_card() {
    let ps: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
    let body = format!(
        "<main class=\"site-main\"><article class=\"post\"><div class=\"post-inner\">\
         <header class=\"post-head\"><h6 class=\"kicker\"><a href=\"/category/village/\">Village</a></h6>\
         <h1>Last apples picked at the lane orchard</h1></header>\
         <div class=\"entry-content\">{ps}</div></div></article></main>{NOTICE}"
    );
    let a = extract(&page("Last apples picked at the lane orchard", &body));
    assert_whole(&a, &STORY);
    assert!(!a.text.contains("Our pages keep"), "{}", a.text);
}

/// A sticky-sidebar script's class on the post's wrapper inside the
/// page's `<main>` (and on the sidebar's, beside it): the wrapper holds
/// all of the main block's prose, beside none of it, so its word names
/// the layout there too and does not halve the post's rank below a
/// notice's beside the page.
#[test]
fn a_layout_word_on_the_posts_wrapper_inside_main_does_not_count_against_it() {
    let ps: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
    let body = format!(
        "<div class=\"site-shell\"><div class=\"columns\"><main class=\"site-main\">\
         <div class=\"js-sticky-sidebar\"><article><h1>Last apples picked at the lane orchard</h1>\
         <div class=\"entry-content\">{ps}</div></article></div></main>\
         <div class=\"side-column\"><div class=\"js-sticky-sidebar\"><h3>Latest</h3><ul>\
         <li><a href=\"/2024/09/fete\">Village fete raises money for the hall</a></li>\
         <li><a href=\"/2024/09/bus\">Bus route to change in winter</a></li></ul></div></div>\
         </div></div>{NOTICE}"
    );
    let a = extract(&page("Last apples picked at the lane orchard", &body));
    assert_whole(&a, &STORY);
    assert!(!a.text.contains("Our pages keep"), "{}", a.text);
    assert!(!a.text.contains("Bus route"), "{}", a.text);
}

/// A dialog before the page whose class says "content", one sentence
/// under a title, outscores the post-content block whose text is split
/// over three Spectra containers (none scoring much more than its class
/// bonus): the dialog holds little of the page's prose, the post-content
/// block most of it at a near rank, and the prose decides.
#[test]
fn a_content_named_dialog_does_not_outrank_a_post_split_over_containers() {
    let paras = |ps: &[&str]| -> String { ps.iter().map(|p| format!("<p>{p}</p>")).collect() };
    let blocks = format!(
        "{}{}{}",
        spectra_block("5e10", &paras(&STORY[..2])),
        spectra_block(
            "5e11",
            &format!("{}<h3>At the gate</h3>", paras(&STORY[2..3]))
        ),
        spectra_block("5e12", &paras(&STORY[3..]))
    );
    let body = format!(
        "<div class=\"dialog-layer\"><div class=\"dialog-content\"><p class=\"dialog-title\">Before you read</p>\
         <p>We keep a small file, a cookie, on your device, to count visits and remember choices.</p>\
         </div><button>Accept</button></div>\
         <main class=\"wp-block-group\"><h1>Last apples picked at the lane orchard</h1>\
         <div class=\"entry-content wp-block-post-content\">{blocks}\
         <div class=\"share-row\"><a href=\"https://facebook.example/share\">Share on Facebook</a> \
         <a href=\"https://x.example/share\">Share on X</a></div></div></main>"
    );
    let a = extract(&page("Last apples picked at the lane orchard", &body));
    assert_whole(&a, &STORY);
    assert!(!a.text.contains("We keep a small file"), "{}", a.text);
}
