//! What session 30's work on markup the stripper had not seen caught, on
//! pages written for this suite (issue 16):
//!
//! - a `<br>`-broken post whose first paragraph ends on a subheading line,
//!   a box naming the site after it: the box is no opening of the post's
//!   prose, and the site's closing line goes as its plug;
//! - an infinite-scroll theme without `<article>`: the next post, in a
//!   `<div>` of the same kind as the current one, is set aside
//!   (`body.titled-post`);
//! - a list builder's post, each paragraph a `<span>` in a list item: the
//!   items are the post's paragraphs and the list's container its body.

mod story;

use story::{explained, removed};

const URL: &str = "https://quarrylane.example.org/2025/05/kiln-reopens/";

/// A post of our own: the old brick kiln reopening.
const POST: &[&str] = &[
    "The brick kiln at the end of the quarry lane fired its first load in forty years on Saturday, watched by a crowd that filled the yard.",
    "Volunteers spent three winters rebuilding the chamber, replacing the cracked arches with bricks they moulded by hand from the old clay pit.",
    "The first firing took two days and a night, and the team took turns feeding the fire boxes while a retired potter read the flame's colour.",
    "Most of the bricks came out whole, though the ones nearest the door cooled too quickly and split, which the team had expected for a first run.",
    "The trust plans four firings a year and will sell the bricks to builders who restore the terraces in the old part of the town.",
    "Visitors can see the kiln on the first Sunday of each month.",
];

/// The post's title.
const TITLE: &str = "The old kiln fires again";

/// Other posts' teasers, a grid under the post.
fn grid() -> String {
    let card = |n: u32, title: &str, excerpt: &str| {
        format!(
            "<div class=\"card\"><h3><a href=\"https://quarrylane.example.org/2025/0{n}/p{n}/\">{title}</a></h3>\
             <p>{excerpt}</p></div>"
        )
    };
    [
        card(1, "The mill pond is drained for repairs", "Engineers drained the mill pond this week to repair the sluice gate, which has leaked since the spring floods [...]"),
        card(2, "A choir for the chapel", "The chapel on the hill has a choir again after the music teacher put up a notice in the post office [...]"),
        card(3, "Footbridge closed until June", "The footbridge over the railway is closed until June while the council replaces its rotten handrails [...]"),
    ]
    .concat()
}

/// A page on a theme: the site's header, `main` as the page's content,
/// a grid of other posts and a footer. The `<title>` is `TITLE | site`.
fn page(main: &str) -> String {
    format!(
        "<html><head><title>{TITLE} | Quarry Lane News</title></head><body>\
         <header class=\"site-header\"><a class=\"site-title\" href=\"/\">Quarry Lane News</a>\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local/\">Local</a></li></ul></nav></header>\
         {main}\
         <div class=\"more-posts\"><h2>More news</h2>{}</div>\
         <footer class=\"site-footer\"><p>© 2025 Quarry Lane News</p></footer></body></html>",
        grid()
    )
}

/// Panics, showing the article and its removals, when a paragraph of
/// `post` is missing from it.
fn assert_all_kept(a: &gleaner::Article, post: &[&str]) {
    for p in post {
        assert!(
            a.text.contains(p),
            "lost {p:?} in:\n{}\n{}",
            a.text,
            removed(a)
        );
    }
}

/// A post written as `<br>`-broken lines: its first paragraph (two lines
/// of prose and a bold subheading, no full stop at its end) is longer
/// than a plug; then a short box selling the site's pages, naming the
/// site in a sentence; the post's closing line names the site. The box
/// is no opening of the post's prose (before: the first paragraph that
/// ends on a full stop was the opening, here the box, so the post's
/// prose "named the site" and no plug of it was told), and the closing
/// line goes as the site's plug.
#[test]
fn a_box_after_a_br_broken_first_paragraph_is_no_opening() {
    let closing = "Keep up with Quarry Lane News every day, on the web and in print.";
    for source in [
        "",
        "<div class=\"post-source\"><span>Source</span> \
         <a href=\"https://valleyherald.example.com/2025/05/kiln/\">Valley Herald</a></div>",
    ] {
        let html = page(&format!(
            "<main><div class=\"post\"><h1>{TITLE}</h1><div class=\"entry-content\">\
             {}<br><br>{}<br><br><b>The first firing</b><br>\
             <div class=\"cta-box\"><p><strong>Advertise your business on Quarry Lane News</strong>: \
             write to ads@quarrylane.example.org.</p></div>\
             {}<br><br>{}<br><br>{}<br><br>{}<br><br><p>{closing}</p></div>{source}</div></main>",
            POST[0], POST[1], POST[2], POST[3], POST[4], POST[5]
        ));
        let a = explained(&html, URL);
        assert_all_kept(&a, POST);
        assert!(
            !a.text.contains("Keep up with"),
            "closing plug left in:\n{}\n{}",
            a.text,
            removed(&a)
        );
    }
}

/// The post after this one, as an infinite-scroll theme appends it.
const NEXT: &[&str] = &[
    "The council voted on Tuesday to keep the library open on Saturday afternoons, after a petition signed by more than two thousand people.",
    "The extra hours will be paid for by cutting the budget for new furniture, which the head librarian said could wait another year.",
    "Readers had complained that the building closed just as families came into town for the market, and that the children's corner stood empty.",
    "A group of retired teachers has offered to run a homework club in the reading room on those afternoons, starting in the autumn term.",
];

/// An infinite-scroll theme without `<article>`: each post a `<div>` of
/// one kind (its class the same but for the post's number), its headline
/// an `<h1>`; the next post follows the current one. The titled post is
/// the article and the next one is set aside (before: only `<article>`s
/// were posts, and the next post joined the body).
#[test]
fn the_next_post_in_a_div_of_its_kind_is_set_aside() {
    let ps = |post: &[&str]| {
        post.iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    };
    for tag in ["div", "section"] {
        let html = page(&format!(
            "<main><{tag} class=\"post-wrap post-101\" id=\"post-101\"><h1 class=\"entry-title\">{TITLE}</h1>\
             <div class=\"entry-content\">{}</div></{tag}>\
             <{tag} class=\"post-wrap post-102\" id=\"post-102\"><h1 class=\"entry-title\">Library keeps Saturday hours</h1>\
             <div class=\"entry-content\">{}</div></{tag}></main>",
            ps(POST),
            ps(NEXT)
        ));
        let a = explained(&html, URL);
        assert_all_kept(&a, POST);
        assert!(
            !a.text.contains("Library keeps") && !a.text.contains("The council voted"),
            "next post leaked in:\n{}",
            a.text
        );
    }
}

/// A section of the post under its own `<h1>`, in a `<div>` standing
/// alone: no post of a list, whatever its headline, and the article
/// keeps it.
#[test]
fn a_section_under_its_own_heading_stays() {
    let ps = |post: &[&str]| {
        post.iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    };
    let html = page(&format!(
        "<main><div class=\"post-wrap\"><h1 class=\"entry-title\">{TITLE}</h1>\
         <div class=\"entry-content\">{}</div></div>\
         <div class=\"post-extra\"><h1>How the kiln was saved</h1>{}</div></main>",
        ps(&POST[..3]),
        ps(&POST[3..])
    ));
    let a = explained(&html, URL);
    assert_all_kept(&a, POST);
}

/// A guide whose chapters are `<div>`s of one kind, each under an `<h2>`,
/// the first named like the page (its headline the page's title with
/// words more): sections of one article, not posts, and every chapter
/// stays (only blocks under an `<h1>` are posts of a list of posts).
#[test]
fn a_guides_chapters_of_one_kind_stay() {
    let chapter = |h: &str, ps: &[&str]| {
        format!(
            "<div class=\"guide-section\"><h2>{h}</h2>{}</div>",
            ps.iter().map(|p| format!("<p>{p}</p>")).collect::<String>()
        )
    };
    let html = page(&format!(
        "<main><div class=\"guide\"><h1>{TITLE}: the whole story</h1>{}{}{}</div></main>",
        chapter(TITLE, &POST[..2]),
        chapter("Three winters of work", &POST[2..4]),
        chapter("What comes next", &POST[4..])
    ));
    let a = explained(&html, URL);
    assert_all_kept(&a, POST);
}

/// A list builder's post: each paragraph a `<span>` in a list item, the
/// list under the post's headline. The items that close a sentence are
/// the post's paragraphs and credit the list's container (before: a list
/// item was no paragraph, nothing of the post scored, and the grid of
/// other posts was taken for the body).
#[test]
fn paragraphs_as_list_items_are_the_post() {
    let items: String = POST
        .iter()
        .map(|p| format!("<li class=\"bx-item\"><span class=\"bx-text\">{p}</span></li>"))
        .collect();
    let html = page(&format!(
        "<main><div class=\"bx-post\"><h1>{TITLE}</h1><ul class=\"bx-list\">{items}</ul></div></main>"
    ));
    let a = explained(&html, URL);
    assert_all_kept(&a, POST);
    assert!(!a.text.contains("mill pond"), "grid leaked in:\n{}", a.text);
}

/// A post written as `<br>`-broken lines with two "read also" pointers to
/// the site's own posts and, right under them in the same run of lines
/// (ad slots above and below), the next section's subheading in `<b>`: the pointers go and the
/// subheading stays (before: the run was one list of the site's links,
/// the bold line taken for its "more" line, and `links.own-link-list`
/// dropped it whole).
#[test]
fn a_bold_subheading_under_read_also_pointers_stays() {
    let html = page(&format!(
        "<main><div class=\"post\"><h1>{TITLE}</h1><div class=\"entry-content\">\
         {}<br><br>{}<br><br><div class=\"mid-ad\"><small>Advertisement</small><div class=\"adunit\"></div></div>\
         <strong>Darllenwch hefyd: <a href=\"https://quarrylane.example.org/2025/04/mill-pond/\">The mill pond is drained for repairs to the old sluice gate this week</a></strong><br><br>\
         <strong>Darllenwch hefyd:</strong> <a href=\"https://quarrylane.example.org/2025/03/choir/\">A choir for the chapel on the hill after forty years of silence</a><br><br>\
         <b>Three winters of work</b><br><br><div class=\"mid-ad\"><small>Advertisement</small><div class=\"adunit\"></div></div>\
         {}<br><br>{}<br><br>{}<br><br>{}</div></div></main>",
        POST[0], POST[1], POST[2], POST[3], POST[4], POST[5]
    ));
    let a = explained(&html, URL);
    assert_all_kept(&a, POST);
    assert!(
        a.text.contains("Three winters of work"),
        "subheading lost in:\n{}\n{}",
        a.text,
        removed(&a)
    );
    assert!(
        !a.text.contains("Darllenwch hefyd"),
        "pointer left in:\n{}\n{}",
        a.text,
        removed(&a)
    );
}
