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

mod story;

use story::{explained, removed, BLOG};

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
