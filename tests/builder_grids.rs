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

/// A grid of the site's other posts as a builder prints it: cards of a
/// linked heading, an optional date line and an excerpt, each part in a
/// block whose first class names text (`qx-text`, which scores as the
/// post's own text would).
fn text_grid(dated: bool) -> String {
    let cards: String = EXCERPTS[..4]
        .iter()
        .enumerate()
        .map(|(n, e)| {
            let cut = e[..100].rsplit_once(' ').map_or(*e, |(head, _)| head);
            let date = if dated {
                format!(
                    "<div class=\"qx-text qx-byline\"><span class=\"qx-date\">0{}/12/2026</span></div>",
                    n + 1
                )
            } else {
                String::new()
            };
            format!(
                "<article class=\"qx-card\"><div class=\"qx-text qx-title\">\
                 <h4><a href=\"/2026/03/other-{n}\">Another story number {n} from the village</a></h4></div>\
                 {date}<div class=\"qx-text qx-excerpt\"><p>{cut}…</p></div>\
                 <div class=\"qx-text qx-more\"><a href=\"/2026/03/other-{n}\">Continue Reading</a></div></article>"
            )
        })
        .collect();
    format!("<div class=\"qx-grid qx-items\">{cards}</div>")
}

/// A post whose text module (neutral names, a few short paragraphs)
/// scores below the excerpts of a related-posts grid inside the post:
/// the best candidate is a card, the climb reaches the post around both.
/// That body is no page of teasers (its prose is mostly the story's), so
/// the excerpts of a second grid of the same builder under the post are
/// no cousins of the body.
#[test]
fn a_second_grid_under_a_post_whose_grid_outscored_its_text_stays_out() {
    let story = [
        POST,
        POST_2,
        "The new lamps use a fifth of the power of the old ones, the parish clerk said at the opening.",
        "Anglers who use the pier after dark had asked for better lighting for more than a decade.",
        "A plaque by the gate names the families who gave money towards the new posts.",
    ];
    let paragraphs: String = story.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<html><head><title>Pier lights back on</title></head><body>\
         <header class=\"masthead\"><a href=\"/\">Lakeside Notes</a>\
         <nav><a href=\"/\">Home</a> <a href=\"/town\">Town</a></nav></header>\
         <main class=\"site-main\"><div class=\"content-wrap\">\
         <article class=\"entry single-entry\"><div class=\"entry-wrap\">\
         <header class=\"entry-header\"><h1>Pier lights back on</h1></header>\
         <div class=\"lx-area\"><div class=\"lx-row\"><div class=\"lx-col\"><div class=\"lx-col-inner\">\
         {paragraphs}</div></div></div></div>{}</div></article>{}</div></main>\
         <footer class=\"site-footer\"><p>Lakeside Notes, a village newsletter.</p></footer>\
         </body></html>",
        text_grid(true),
        text_grid(false)
    );
    let text = extract(&html).text;
    for p in story {
        assert!(text.contains(p), "lost {p:?}: {text}");
    }
    for e in &EXCERPTS[..4] {
        assert!(!text.contains(&e[..40]), "kept an excerpt {e:?}: {text}");
    }
}

/// A one-sentence post on a block theme: the headline and its date in a
/// group, the post's text, then the theme's query loop of the site's
/// latest posts (a heading, then items of a linked title, an excerpt in
/// whole sentences and a date). The page's main column is adopted as
/// fuller than the post (its headline and date count as content beside
/// the short post); the narrowing back to the post does not count
/// headings as content it must keep, so the loop is left out.
#[test]
fn a_one_sentence_post_above_a_query_loop_of_whole_excerpts_is_the_body() {
    let post = "The lights along the old pier were switched back on on Friday after the parish replaced the posts.";
    let excerpts = [
        "The rowing club has bought two new boats for its junior crews this winter. Training moves to Saturday mornings from April.",
        "The bakery on the square will close for three weeks in May while its ovens go. A van will sell bread at the station meanwhile.",
        "Volunteers counted more than four hundred toads crossing the lane by the reservoir. That is twice last year's count.",
        "The library will open on Sunday afternoons from next month on. Most of its readers could not visit during the week.",
        "The footpath around the north shore has been resurfaced in gravel. The stiles have been replaced with wide gates.",
    ];
    let items: String = (0..24)
        .map(|n| {
            format!(
                "<li class=\"qy-post post\"><h3 class=\"qy-title\"><a href=\"/2026/0{m}/other-{n}\">\
                 Another story number {n} from the village</a></h3>\
                 <div class=\"qy-post-excerpt\"><p>{e}</p></div>\
                 <div class=\"qy-date\"><time>{d} March 2026</time></div></li>",
                m = n % 9 + 1,
                e = excerpts[n % excerpts.len()],
                d = n + 1
            )
        })
        .collect();
    let title = "Lights back on along the old pier after a winter of repairs";
    let html = format!(
        "<html><head><title>{title}</title></head><body>\
         <header class=\"masthead\"><a href=\"/\">Lakeside Notes</a>\
         <nav><a href=\"/\">Home</a> <a href=\"/town\">Town</a></nav></header>\
         <main class=\"qy-block-group\"><div class=\"qy-group\"><h1 class=\"qy-post-title\">{title}</h1>\
         <div class=\"qy-post-date\"><time>12 March 2026</time></div></div>\
         <div class=\"entry-content qy-post-content\"><p>{post}</p></div>\
         <div class=\"qy-query\"><ul class=\"qy-post-template\"><h2>Latest news</h2>{items}</ul></div>\
         </main><footer class=\"site-footer\"><p>Lakeside Notes, a village newsletter.</p></footer>\
         </body></html>"
    );
    let text = extract(&html).text;
    assert!(text.contains(post), "lost the post: {text}");
    for e in excerpts {
        assert!(!text.contains(e), "kept an excerpt {e:?}: {text}");
    }
    assert!(!text.contains("Another story number"), "{text}");
}
