//! What session 32's work on the generated seeds (108, 116, 120, 134)
//! caught in the extractor's and the stripper's mechanisms, on pages
//! written for this suite (issue 16):
//!
//! - a post whose text a page builder splits over three text modules
//!   (each in a section in a column: two wrappers, no builder's grid of
//!   modules), the last module holding a grid of other posts' teaser
//!   cards whose excerpt blocks are named like text: the excerpt's class
//!   bonus outranked the post around it, and no climb from the card
//!   reached the post (`prefer_fuller_rival`: an ancestor of a card
//!   holding mostly the story's prose).
//! - a sponsored-links box (its title, its linked lines, its network's
//!   label) in a builder container of the post's class after the post's
//!   container: it joined the body on the class bonus alone, and its
//!   label was left when its lines went (`sibling_belongs`: the bonus is
//!   cut by the sibling's link density, as its score is).
//! - a line that is one link to a search engine's page to add the site as
//!   a preferred source (its query names the site), opening with the
//!   site's name at the post's tail: the site's own promotion
//!   (`brand.plug`, a line of links about the site itself).

mod story;

use story::{explained, removed, removed_by, BLOG};

const URL: &str = "https://www.valleyweekly.example/2024/03/12/tram-depot-murals/";

/// A story of our own, split over three builder modules.
const STORY: &[&str] = &[
    "The old tram depot on Mill Road reopened on Saturday with its walls covered in murals painted by pupils of four schools.",
    "The work took the whole winter term, and each class chose one decade of the depot's history to paint.",
    "What the pupils painted",
    "The longest wall shows the last tram leaving the depot in 1961, with the drivers waving from the platform.",
    "The depot will open to visitors on weekends until the end of the summer.",
];

/// Two teaser cards of other posts, their excerpts in blocks named like
/// text, cut short.
const EXCERPTS: &[&str] = &[
    "A bakery on the corner of Station Street has been handing out yesterday's bread to anyone who asks, every evening since May.…",
    "The swimming pool's roof will be replaced over the summer, and the pool stays closed for lessons until the start of October.…",
];

/// The post's text in three builder modules, a post grid in the last.
fn split_post_with_grid() -> String {
    let module = |inner: &str| {
        format!(
            "<div class=\"col col-full\"><section class=\"module-section\">\
             <div class=\"module-block\">\n{inner}\n</div></section></div>\n"
        )
    };
    let card = |slug: &str, title: &str, excerpt: &str| {
        format!(
            "<article class=\"grid-item\"><div class=\"grid-item__title\"><h4>\
             <a href=\"https://www.valleyweekly.example/{slug}/\">{title}</a></h4></div>\
             <div class=\"grid-item__meta\"><span>12/03/2024</span></div>\
             <div class=\"post-list__text post-list__excerpt\"><p>{excerpt}</p></div>\
             <div class=\"grid-item__more\"><a href=\"https://www.valleyweekly.example/{slug}/\">Read on</a></div></article>"
        )
    };
    let grid = format!(
        "<div class=\"posts-grid posts-grid--3\">{}{}</div>",
        card(
            "bakery-bread",
            "Corner bakery gives away its bread",
            EXCERPTS[0]
        ),
        card(
            "pool-roof",
            "Swimming pool closes for a new roof",
            EXCERPTS[1]
        ),
    );
    let body = [
        module(&format!(
            "<p>{}</p>\n<p>{}</p>\n<h2>{}</h2>",
            STORY[0], STORY[1], STORY[2]
        )),
        module(&format!("<p>{}</p>", STORY[3])),
        module(&format!("<p>{}</p>\n{grid}", STORY[4])),
    ]
    .concat();
    story::Blog {
        site: "Valley Weekly",
        title: "Pupils paint the old tram depot",
        menu: &["Home", "Local", "Schools"],
        ..BLOG
    }
    .page(&body)
}

#[test]
fn a_post_split_over_modules_is_chosen_over_the_excerpts_of_a_grid_inside_it() {
    let a = explained(&split_post_with_grid(), URL);
    for p in STORY {
        assert!(
            a.text.lines().any(|l| l.trim() == *p),
            "lost {p:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
    for e in EXCERPTS {
        assert!(
            !a.text.contains(&e[..40]),
            "a card's excerpt {e:?} kept in:\n{}",
            a.text
        );
    }
}

const PAID_LABEL: &str = "Served by Linkfarm Network";

/// A longer story of our own: its builder container outranks the
/// theme's content wrapper around it.
const LONG_STORY: &[&str] = &[
    "The ferry slipway at Carrick Point, closed since a storm cracked its concrete in January, reopened on Monday, eleven weeks later, a month after the date the harbour board, the council and the contractor had promised.",
    "Engineers poured the new apron in three sections, one for each low tide of a spring week, fitted steel rails along its edge, replaced the bollards, and relaid the approach road, so that the ramp no longer shifts under a loaded lorry.",
    "The island's shop, its school, its surgery and its two farms rely on the ferry for almost everything, from milk, bread and post to feed, fuel, building sand and the doctor's weekly visit.",
    "During the closure, a landing craft hired from the mainland carried vehicles, livestock and heavy goods twice a week, while passengers, schoolchildren and the postman crossed on a small launch, which could not run in a strong westerly.",
    "Islanders say the worst weeks were in February, when the launch missed five days in a row, the shop ran short of milk, eggs and bread, and the school's teacher, who lives on the mainland, taught her nine pupils by video.",
    "The harbour board says the repair cost just under four hundred thousand pounds, most of it from an emergency fund, some from the council, and the rest, about forty thousand, from a small rise in fares, parking and freight charges.",
    "A second slipway, on the sheltered side of the island, has been discussed for twenty years, surveyed twice, costed three times, and promised, in turn, by two councils, but the board says it cannot pay for one without a grant.",
    "The first crossing on Monday carried a tractor, a removal van, a horsebox, two cars, the post, and, to the crew's amusement, an upright piano, wrapped in blankets, bound for the village hall.",
    "The ferry's skipper, who has worked the crossing for thirty years, said the new ramp was smoother, wider and, in his words, far kinder to the gearboxes, the tyres and the nerves of drivers backing down it at night.",
    "The board will inspect the slipway again in the autumn, after the first gales, and has asked the contractor, the engineers and the island's council to meet in October, on the island, to agree what comes next.",
];

/// A post in a builder container, then a container of the same class
/// holding a sponsored-links box: a title, two linked lines (the first
/// under its advertiser's domain), the network's label.
fn post_then_paid_box() -> String {
    let post: String = LONG_STORY.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<html><head><title>Carrick Point slipway reopens | Island Post</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">Island Post</a></header>\
         <div class=\"layout-column\"><h1>Carrick Point slipway reopens</h1>\
         <div class=\"kit-container kit-block-3c1d0 alignfull\"><div class=\"kit-inner\">{post}</div></div>\
         <div class=\"kit-container kit-block-3c1d1 alignfull\"><div class=\"kit-inner\">\
         <div class=\"lf-box\"><div class=\"lf-head\"><span class=\"lf-title\">Around the web</span></div>\
         <div class=\"lf-line\"><div class=\"lf-domain\">gadgets.example</div><div class=\"lf-link\">\
         <a href=\"https://clicks.linkfarm.example/c/101\">This one kitchen trick surprised every chef in town</a></div></div>\
         <div class=\"lf-line\"><div class=\"lf-link\">\
         <a href=\"https://clicks.linkfarm.example/c/102\">Homeowners are rushing to claim this garden grant</a></div></div>\
         <div class=\"lf-by\">{PAID_LABEL}</div></div></div></div></div>\
         <footer class=\"site-footer\"><p>© 2024 Island Post</p></footer></body></html>"
    )
}

#[test]
fn a_paid_links_box_in_a_container_of_the_posts_class_goes_with_its_label() {
    let a = explained(&post_then_paid_box(), URL);
    story::assert_kept(LONG_STORY, &a.text);
    assert!(
        !a.text.contains(PAID_LABEL),
        "the paid box's label kept in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}

const PREFERRED_HOST_URL: &str = "https://valleyweekly.example/2024/03/12/tram-depot-murals/";
const PREFERRED: &str = "Valley Weekly als bevorzugte Quelle bei Google festlegen";

/// The post, closed by a line that is one link to a search engine's page
/// for adding the site as a preferred source, its query the site's name
/// label.
fn post_with_preferred_source_line(lead: &str) -> String {
    let line = format!(
        "<p class=\"pref-line\"><a href=\"https://www.google.com/preferences/source?q=valleyweekly\">{lead}{PREFERRED}</a></p>"
    );
    let body = story::post(STORY, &[(STORY.len(), line.as_str())]);
    story::Blog {
        site: "Valley Weekly",
        title: "Pupils paint the old tram depot",
        menu: &["Home", "Local", "Schools"],
        head: "<meta property=\"og:site_name\" content=\"Valley Weekly\">",
        ..BLOG
    }
    .page(&body)
}

#[test]
fn a_line_linking_a_search_engines_page_about_the_site_is_the_sites_plug() {
    for lead in ["", "\u{2b50} "] {
        let a = explained(&post_with_preferred_source_line(lead), PREFERRED_HOST_URL);
        story::assert_kept(STORY, &a.text);
        assert!(
            !a.text.contains(PREFERRED),
            "the preferred-source line kept in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
        assert!(removed_by(&a, "brand.plug"), "{}", removed(&a));
    }
}
