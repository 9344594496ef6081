//! Short posts on page-builder layouts beside grids of the site's other
//! posts (a sidebar column's "recent entries with excerpts", a carousel
//! module in the same panel layout), on pages written for this suite.
//! The builders' class names are made up: the grid is told by its cards
//! (a linked title, a date, an excerpt), not by its name.

mod story;

use gleaner::Article;

fn extract(html: &str) -> Article {
    story::extract(
        html,
        "https://lakeside-notes.example.org/2026/03/pier-lights",
    )
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body>\
         <header class=\"masthead\"><a href=\"/\">Lakeside Notes</a>\
         <nav><a href=\"/\">Home</a> <a href=\"/town\">Town</a> <a href=\"/clubs\">Clubs</a></nav></header>\
         <div id=\"page\"><h1>{title}</h1>{body}</div>\
         <footer class=\"site-footer\"><p>Lakeside Notes, a village newsletter.</p></footer>\
         </body></html>"
    )
}

const POST: &str = "The lights along the old pier were switched back on on Friday evening after the parish replaced every one of the rusted lamp posts.";
const POST_2: &str =
    "The work was paid for from the harbour fund, and the pier stays open until ten at night.";

const LIST_LEAD: &str =
    "The parish council listed what the work changed, and what it cost the village in the end.";

/// The post's own points, each with a link inside its sentence.
const POINTS: [&str; 3] = [
    "The new lamps use a fifth of the power of the old ones, according to <a href=\"/2025/11/lamp-survey\">the survey</a> the parish ordered last winter.",
    "The posts were cast at a foundry <a href=\"https://foundry.example.com/\">in the next valley</a>, which made the originals a century ago.",
    "The old posts will be sold at the <a href=\"/2026/04/spring-fair\">spring fair</a> to raise money for the lifeboat station.",
];

/// Excerpts of the site's other posts, longer than the post itself.
const EXCERPTS: [&str; 5] = [
    "The rowing club has bought two new boats for its junior crews, and training moves to Saturday mornings from April onwards, the club secretary said.",
    "The bakery on the square will close for three weeks in May while the ovens are replaced, and a van will sell bread at the station in the meantime.",
    "Volunteers counted more than four hundred toads crossing the lane by the reservoir this spring, twice as many as they counted last year.",
    "The library will open on Sunday afternoons from next month, after a survey found that most readers could not visit during the working week.",
    "The footpath around the north shore has been resurfaced, and the stiles have been replaced with gates that wheelchairs and prams can pass.",
];

/// A teaser card of another post as a list item: its linked title, a
/// date and an excerpt.
fn list_card(n: usize, excerpt: &str) -> String {
    format!(
        "<li class=\"entry\"><a href=\"/2026/0{m}/story-{n}\">Another story number {n}</a> \
         <span class=\"when\">{n} March 2026</span><p>{excerpt}</p></li>",
        m = n % 9 + 1
    )
}

/// The text of the post page titled "Pier lights back on" with `body`,
/// after checking that it holds every one of `kept` and none of `gone`.
fn text_of(body: &str, kept: &[&str], gone: &[&str]) -> String {
    let text = extract(&page("Pier lights back on", body)).text;
    for k in kept {
        assert!(text.contains(k), "lost {k:?}: {text}");
    }
    for g in gone {
        assert!(!text.contains(g), "kept {g:?}: {text}");
    }
    text
}

/// A builder column: the column, its inner wrapper and a module wrapper.
fn column(width: &str, inner: &str) -> String {
    format!(
        "<div class=\"bx-col bx-col-{width}\"><div class=\"bx-col-inner\">\
         <div class=\"bx-wrap\">{inner}</div></div></div>"
    )
}

/// A builder row of two columns: the post's text module, and beside it a
/// widget column listing the site's recent posts with their excerpts (the
/// widget prints its title inside its list). The widget's column is of
/// the post column's kind and ends in a sentence, but it is a list of
/// teaser cards, not the post's prose.
#[test]
fn a_column_of_recent_posts_with_excerpts_beside_a_short_post_is_dropped() {
    let items: String = POINTS.iter().map(|p| format!("<li>{p}</li>")).collect();
    let cards: String = EXCERPTS
        .iter()
        .cycle()
        .take(9)
        .enumerate()
        .map(|(n, e)| list_card(n, e))
        .collect();
    let body = format!(
        "<div class=\"bx-row\">{}{}{}</div>",
        column(
            "8",
            &format!("<div class=\"bx-text\"><p>{POST}</p><p>{POST_2}</p></div>")
        ),
        column(
            "8",
            &format!("<div class=\"bx-text\"><p>{LIST_LEAD}</p><ul>{items}</ul></div>")
        ),
        column(
            "4",
            &format!(
                "<div class=\"bx-widgets\"><div class=\"bx-recent\"><ul><h3>Latest</h3>{cards}</ul></div></div>"
            )
        ),
    );
    let text = text_of(&body, &[POST, POST_2], &EXCERPTS);
    // The look-alike: the post's own module of points, each with a link
    // inside its sentence, is no grid of teasers and stays.
    assert!(
        text.contains("which made the originals a century ago"),
        "the post's own list was dropped: {text}"
    );
}

/// The same row with a carousel of the site's other posts beside the post:
/// cards of a linked heading, a date and an excerpt each.
#[test]
fn a_carousel_column_beside_a_short_post_is_dropped() {
    let cards: String = EXCERPTS
        .iter()
        .enumerate()
        .map(|(n, e)| {
            format!(
                "<div class=\"slide\"><h4><a href=\"/2026/03/other-{n}\">Another story {n}</a></h4>\
                 <span class=\"when\">{n} March 2026</span><p>{e}</p></div>"
            )
        })
        .collect();
    let body = format!(
        "<div class=\"bx-row\">{}{}</div>",
        column(
            "8",
            &format!("<div class=\"bx-text\"><p>{POST}</p><p>{POST_2}</p></div>")
        ),
        column(
            "4",
            &format!(
                "<div class=\"bx-widgets\"><div class=\"bx-carousel\"><div class=\"bx-slides\"><h3>Latest</h3>{cards}</div></div></div>"
            )
        ),
    );
    text_of(&body, &[POST, POST_2], &EXCERPTS);
}

/// Readers' comments on the post, as a theme prints them: a list of
/// entries, each an author and a date, the comment, and a reply link.
const COMMENTS: [&str; 3] = [
    "We walked the pier last night with the dog and it felt like a different place, thank you to whoever pushed for this after all these years of darkness.",
    "Does anyone know whether the lights stay on all night in winter? The notice at the gate only mentions the summer months and nobody at the office could say.",
    "About time too. My father fished from the end of that pier every Sunday and always said the lamps were the first thing the council would forget about.",
];

fn comment_thread() -> String {
    let entries: String = COMMENTS
        .iter()
        .enumerate()
        .map(|(n, c)| {
            format!(
                "<li class=\"comment\"><article class=\"comment-body\">\
                 <footer class=\"comment-meta\"><b class=\"fn\">reader{n}</b> <time>{d} March 2026</time></footer>\
                 <div class=\"comment-content\"><p>{c}</p></div>\
                 <div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">Reply</a></div>\
                 </article></li>",
                d = n + 10
            )
        })
        .collect();
    format!(
        "<div id=\"comments\" class=\"comments-area\"><h2>3 Comments</h2>\
         <ol class=\"comment-list\">{entries}</ol></div>"
    )
}

/// A short post whose builder column holds the comments module after the
/// text modules: the strict pass prunes the thread by its name and finds
/// the post short, the relaxed pass keeps the thread; a thread built as
/// one (entries of an author, a date, the comment and a reply link)
/// goes in both.
#[test]
fn a_comment_thread_in_the_posts_builder_column_is_dropped() {
    let body = format!(
        "<div class=\"bx-section\"><div class=\"bx-row\"><div class=\"bx-col bx-col-8\">\
         <div class=\"bx-module bx-text\"><div class=\"bx-inner\"><p>{POST}</p></div></div>\
         <div class=\"bx-module bx-text\"><div class=\"bx-inner\"><p>{POST_2}</p></div></div>\
         <div class=\"bx-module bx-discussion\">{}</div>\
         </div></div></div>",
        comment_thread()
    );
    text_of(&body, &[POST, POST_2], &COMMENTS);
}

/// A one-sentence post in a builder's text block, and in the next
/// section a grid of the site's other posts whose items open with a
/// linked title that is no heading: the excerpts outscore the post's one
/// sentence unless the items are known for cards. A lone item of its
/// class (no twin beside it) is no grid.
#[test]
fn a_one_sentence_post_beside_a_grid_of_unheaded_cards_is_the_body() {
    let items: String = EXCERPTS
        .iter()
        .enumerate()
        .map(|(n, e)| {
            format!(
                "<div class=\"gx-item\"><a class=\"gx-title\" href=\"/2026/03/other-{n}\">Another story {n}</a>\
                 <div class=\"gx-meta\"><div class=\"gx-date\">{n} March 2026</div></div>\
                 <div class=\"gx-content\"><p>{e}</p></div></div>"
            )
        })
        .collect();
    let body = format!(
        "<section class=\"gx-section\"><div class=\"gx-inner\">\
         <div class=\"gx-text\"><div class=\"gx-span\"><p>{POST}</p></div></div></div></section>\
         <section class=\"gx-section\"><div class=\"gx-inner\"><div class=\"gx-posts\">{items}</div></div></section>"
    );
    text_of(&body, &[POST], &EXCERPTS);
}
