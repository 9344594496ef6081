//! Real paragraphs that the body choice or the cleaning removed (issue 16,
//! "0 lost paragraphs, every real paragraph kept"), on pages written for
//! this suite: a page builder's closing module of one short sentence, of a
//! list of figures, or of a picture then the last sentence; a credit
//! closed by a bracket after its link; a lead-in to a credit longer for
//! its spaces; a builder module of loose paragraphs over two pictures.

mod story;

use gleaner::Article;

const URL: &str = "https://www.harbourside-post.net/2024/03/ferry-timetable-back";

fn extract(html: &str) -> Article {
    story::extract(html, URL)
}

fn page(body: &str) -> String {
    format!(
        "<html><head><title>Island ferries back on their timetable | Harbourside Post</title></head><body>\
         <header class=\"masthead\"><a href=\"/\">Harbourside Post</a>\
         <nav><a href=\"/\">Home</a> <a href=\"/harbour\">Harbour</a> <a href=\"/islands\">Islands</a></nav></header>\
         <main><article class=\"post\"><h1>Island ferries back on their timetable</h1>{body}</article></main>\
         <footer class=\"site-footer\"><p>Harbourside Post, news from the bay.</p></footer>\
         </body></html>"
    )
}

const STORY: &[&str] = &[
    "The island ferries are back on their winter timetable after three weeks in which one crossing in four was cancelled for want of a qualified deckhand.",
    "The operator hired four crew members from a training college on the mainland, and the last of them finished her safety course on Friday afternoon.",
    "Commuters who lost a morning's work to the cancellations can claim a refund of their season ticket for the month, the operator said on its notice board.",
    "The harbour board will ask the operator in April how it means to keep a reserve of trained crew for the summer, when the boats carry twice as many people.",
];

fn paras(ps: &[&str]) -> String {
    ps.iter().map(|p| format!("<p>{p}</p>")).collect()
}

fn assert_kept(a: &Article, lines: &[&str]) {
    for p in lines {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
}

/// A text module of a page builder: every module bears the same classes
/// but for a generated node name.
fn module(node: &str, inner: &str) -> String {
    format!(
        "<div class=\"qb-el qb-el-{node} qb-widget qb-widget-text\"><div class=\"qb-widget-box\">{inner}</div></div>"
    )
}

fn column(modules: &str) -> String {
    format!("<div class=\"qb-section\"><div class=\"qb-column\"><div class=\"qb-column-wrap\">{modules}</div></div></div>")
}

/// A builder section of one text module, numbered.
fn section(n: usize, inner: &str) -> String {
    format!(
        "<div class=\"rv-section rv-section-{n}\"><div class=\"rv-row rv-row-{n}\">\
         <div class=\"rv-module rv-text rv-text-{n}\"><div class=\"rv-text-inner\">{inner}</div></div></div></div>"
    )
}

/// The story in one builder module, `closing` in the next: the story and
/// the closing line `last` are both kept.
fn keeps_closing_module(closing: &str, last: &str) {
    let body = column(&format!(
        "{}{}",
        module("7a1c3", &paras(STORY)),
        module("7a1c4", closing),
    ));
    let a = extract(&page(&body));
    assert_kept(&a, STORY);
    assert_kept(&a, &[last]);
}

/// The post's last sentence, short, in a module of its own after the
/// article's, with the source's link glued to it and a follow link under
/// it: the module's links stand in lines of their own, and the sentence,
/// under a paragraph's worth, is still the article's, after one of its
/// modules (`links_in_own_lines`, `module_after_the_article`).
#[test]
fn a_short_closing_sentence_in_a_module_of_its_own_stays() {
    let last = "The spare boat stays.";
    let closing = format!(
        "{last} <a href=\"https://www.baychronicle-news.com/local/ferry-crew-shortage-ends.html\">Source link</a><br />\
         <br />\
         <div class=\"join-box\"><a href=\"https://chat.messenger-app.org/channel/harbourside\">Follow our channel on the messenger</a></div>"
    );
    keeps_closing_module(&closing, last);
}

/// The post's last sentence in a block of its own after the article's,
/// the credit's link closed by a bracket after it ("…stays. [<a>Source</a>]"):
/// a closing line all the same (`line_before_trailing_link`).
#[test]
fn a_closing_sentence_before_a_bracketed_credit_link_joins_the_body() {
    let block = |n: u32, inner: &str| {
        format!(
            "<div class=\"pg-block pg-block-html\" id=\"block-{n}\"><div class=\"pg-block-content\">\
             <div class=\"pg-html\">{inner}</div></div></div>"
        )
    };
    let last = "The spare boat stays.";
    let body = format!(
        "<div class=\"pg-col\">{}{}</div>",
        block(310, &paras(STORY)),
        block(
            311,
            &format!(
                "<p>{last} [<a href=\"https://www.baychronicle-news.com/local/ferry-crew-shortage-ends.html\" rel=\"nofollow\">Source</a>]</p>"
            )
        ),
    );
    let a = extract(&page(&body));
    assert_kept(&a, STORY);
    assert_kept(&a, &[last]);
}

/// A builder section after the article's that holds the story's figures
/// as a list without links, then the source's link: the list closes the
/// story as a closing line does (`opens_with_closing_line`, `is_fact_list`).
#[test]
fn a_closing_section_of_figures_joins_the_body() {
    let figures = [
        "Morning crossings: 14 a day",
        "Evening crossings: 9 a day",
        "Crew on the roster: 22",
    ];
    let list: String = figures.iter().map(|f| format!("<li>{f}</li>")).collect();
    let body = format!(
        "<div class=\"rv-builder\">{}{}{}</div>",
        section(0, &paras(&STORY[..2])),
        section(1, &paras(&STORY[2..])),
        section(
            2,
            &format!(
                "<ul>{list}</ul><p>Read more at: <a href=\"https://www.baychronicle-news.com/local/ferry-crew-shortage-ends-5521\">\
                 https://www.baychronicle-news.com/local/ferry-crew-shortage-ends-5521</a></p>"
            )
        ),
    );
    let a = extract(&page(&body));
    assert_kept(&a, STORY);
    assert_kept(&a, &figures);
}

/// A builder section after the article's that opens with a picture and
/// its file name, then holds the post's last sentence and a credit: the
/// picture's block is passed over, the sentence closes the post
/// (`picture_block`).
#[test]
fn a_closing_section_opening_with_a_picture_joins_the_body() {
    let last = "Passengers can sign up for text alerts about cancellations from the operator.";
    let body = format!(
        "<div class=\"rv-builder\">{}{}</div>",
        section(0, &paras(STORY)),
        section(
            1,
            &format!(
                "<p><img src=\"https://www.harbourside-post.net/uploads/dsc-4471-1024x683.jpg\" alt=\"\" width=\"800\" height=\"533\"><br>DSC-4471-1024x683.jpg</p>\
                 <p>{last} via The Bay Chronicle <a href=\"https://www.baychronicle-news.com/local/ferry-crew-shortage-ends.html\">\
                 https://www.baychronicle-news.com/local/ferry-crew-shortage-ends.html</a></p>"
            )
        ),
    );
    let a = extract(&page(&body));
    assert_kept(&a, STORY);
    assert_kept(&a, &[last]);
}

/// The post's last sentence, a lead-in naming the source ("via The
/// Harbour Town Ledger", 27 bytes with its spaces, 23 without) and the
/// source's address as a link: the lead-in is counted as text is, so the
/// sentence is a line of prose apart from the credit (`Line::add`).
#[test]
fn a_lead_in_to_a_credit_is_counted_without_its_spaces() {
    let last = "The ferries are running normally again this week.";
    let closing = format!(
        "<p>{last} via The Harbour Town Ledger <a href=\"https://www.harbourtownledger.com/news/ferry-crew-shortage-ends-203446\">\
         https://www.harbourtownledger.com/news/ferry-crew-shortage-ends-203446</a></p>"
    );
    keeps_closing_module(&closing, last);
}

/// A builder module opens the post with two paragraphs of loose text
/// (`<br>`s between them; the second one short sentence), then two
/// pictures and a follow link with an icon: three images over two
/// paragraphs is prose with pictures, not a gallery (`loose_paragraphs`).
#[test]
fn a_short_loose_paragraph_counts_against_the_pictures() {
    let lead = "The island ferries are back on their winter timetable, three weeks after the crew shortage began to cancel one crossing in four.";
    let second = "The spare boat stays in the harbour for now.";
    let picture = |name: &str| {
        format!(
            "<table class=\"caption-box\" align=\"center\"><tbody><tr><td>\
             <a href=\"https://www.harbourside-post.net/uploads/{name}.jpg\"><img src=\"https://www.harbourside-post.net/uploads/{name}.jpg\" width=\"640\" height=\"426\" alt=\"\"></a>\
             </td></tr></tbody></table>"
        )
    };
    let opening = format!(
        "{lead}<br />\n<br />\n{second}<br />\n<br />\n{}{}\
         <p><a href=\"https://newsreader-app.com/publications/harbourside\"><img src=\"https://www.harbourside-post.net/uploads/news-icon.png\" alt=\"News\"></a> Follow us on the news app</p>",
        picture("quay-morning"),
        picture("deck-crew"),
    );
    let body = column(&format!(
        "{}{}",
        module("7a1c3", &opening),
        module("7a1c4", &paras(&STORY[1..])),
    ));
    let a = extract(&page(&body));
    assert_kept(&a, &STORY[1..]);
    assert_kept(&a, &[lead, second]);
}
