//! What the seventh generated family set (`families7`: structured posts)
//! still caught in session 34, on pages written for this suite (issue 16):
//!
//! - a theme's meta line of byline facts at the head of the post ("Written
//!   by <name> · Updated <date> · 6 min read") in a language whose by-word
//!   and month names no list holds: the article's author the metadata
//!   read, beside pieces with numbers, tells it (`byline.author-and-facts`,
//!   `syndication/head_byline.rs`), or what a cleaner left of it once it
//!   took the name: facts apart, one stating the day published by its
//!   numbers (`byline.facts-stating-the-day`);
//! - a sign-up box's fine print under its form ("No spam, unsubscribe any
//!   time"): one paragraph under the form, in a box that holds its title
//!   or promise above it and no heading below, is the box's
//!   (`notices::box_blocks`); a section under a heading after the form,
//!   or a paragraph of prose there, stays;
//! - a page builder's subheading in a heading module of its own kind (a
//!   `fusion-title` between `fusion-text` modules): between two roots of
//!   the body it joins them (`score::join_heading_modules`).

mod story;

use story::{explained, removed};

const URL: &str = "https://garagenotes.example/2026/04/store-winter-tyres/";
const SITE: &str = "Garage Notes";
const TITLE: &str = "How to store winter tyres";

/// A short guide of our own.
const STORY: &[&str] = &[
    "Winter tyres that spend the summer in a hot shed lose their grip faster than tyres that spend it in a cool cellar, even if they are never driven.",
    "Wash the tyres and let them dry before you store them, because grit left in the tread keeps moisture against the rubber.",
    "Stack tyres without rims on their sides and turn the stack every month, and hang tyres on rims from a hook or stand them on a rack.",
    "Keep them away from the boiler, the freezer and anything with an electric motor, since all of these give off ozone or heat.",
];

/// A post page: header, title, `head` between the title and the post's
/// content, `body` as the content (in `wrap`'s element when given), a
/// footer.
fn page(head: &str, body: &str) -> String {
    format!(
        r#"<html lang="pl"><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/tyres/">Tyres</a></li><li><a href="/brakes/">Brakes</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">{TITLE}</h1>
{head}
{body}
</article></main>
<footer class="site-footer"><p>© 2026 {SITE}</p></footer></body></html>"#
    )
}

fn p(i: usize) -> String {
    format!("<p>{}</p>\n", STORY[i])
}

/// Asserts every paragraph and every `kept` line in the text, in order,
/// and none of `gone`.
fn assert_text(html: &str, kept: &[&str], gone: &[&str]) {
    let a = explained(html, URL);
    story::assert_in_order(&a, STORY.iter().chain(kept).copied(), gone);
}

/// The post's paragraphs in two builder text modules.
fn modules() -> String {
    format!(
        "<div class=\"fusion-text fusion-text-1\">{}{}</div>\n<div class=\"fusion-text fusion-text-2\">{}{}</div>",
        p(0),
        p(1),
        p(2),
        p(3)
    )
}

/// A theme's meta line under the headline (the author's link, an update
/// day, a reading time), labelled in a language no list of by-words or
/// months holds: the article's author and pieces with numbers tell it.
#[test]
fn meta_line_of_the_author_and_numbers_is_removed() {
    let meta = r#"<div class="entry-meta post-meta"><span class="byline">Napisane przez <span class="author vcard"><a class="url fn n" href="https://garagenotes.example/author/ewa-zielinska/">Ewa Zielinska</a></span></span> · <span class="updated-on">Zaktualizowano <time class="entry-date updated" datetime="2026-04-14T08:00:00+00:00">14 kwietnia 2026</time></span> · <span class="reading-time">6 min czytania</span></div>"#;
    assert_text(&page(meta, &modules()), &[], &["Ewa Zielinska", "czytania"]);
}

/// What a cleaner leaves of such a line once it took the author's name
/// ("Autor: · Aktualizované 14. apríla 2026 · 6 min čítania", the author
/// named in the head): facts apart, one stating the day published by its
/// numbers, in a language whose month names no date reader knows.
#[test]
fn meta_line_stating_the_day_published_is_removed() {
    let meta = r#"<div class="entry-meta post-meta"><span class="byline">Autor:</span> · <span class="updated-on">Aktualizované <time class="entry-date updated" datetime="2026-04-14T08:00:00+00:00">14. apríla 2026</time></span> · <span class="reading-time">6 min čítania</span></div>"#;
    let html = page(meta, &modules()).replace(
        "<meta property=\"og:site_name\"",
        "<meta name=\"author\" content=\"Ewa Zielinska\"><meta property=\"og:site_name\"",
    );
    assert_text(&html, &[], &["apríla", "čítania"]);
}

/// A first line naming someone else than the author, with numbers, is
/// the post's.
#[test]
fn head_line_naming_another_person_is_kept() {
    let meta = r#"<div class="entry-meta post-meta"><span class="byline">Napisane przez <span class="author vcard"><a class="url fn n" href="https://garagenotes.example/author/ewa-zielinska/">Ewa Zielinska</a></span></span></div>"#;
    let body = format!(
        "<div class=\"fusion-text fusion-text-1\"><p>Tomasz Nowak · 2 sets · 4 seasons</p>{}{}</div>\n<div class=\"fusion-text fusion-text-2\">{}{}</div>",
        p(0),
        p(1),
        p(2),
        p(3)
    );
    let a = explained(&page(meta, &body), URL);
    assert!(
        a.text.contains("Tomasz Nowak · 2 sets · 4 seasons"),
        "lost the post's first line in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}

/// A sign-up box (a title, a promise, the form, a privacy line under
/// it) goes whole, its fine print too.
#[test]
fn signup_box_fine_print_under_its_form_is_removed() {
    let optin = r#"<div id="box-3-holder" class="om-holder om-inline"><div class="om-campaign"><div class="om-element"><h3 class="om-headline">Tyre tips every month</h3><p class="om-text">One short letter a month on keeping your car ready for the road.</p><form class="om-form"><input type="email" placeholder="Your email"><button type="submit">Join</button></form><p class="om-privacy">We send nothing else and you can leave with one click.</p></div></div></div>"#;
    let leads = r##"<div class="tve-leads-in-content"><div class="tl-style"><div class="thrv-content-box"><div class="tve-cb"><div class="thrv_text_element"><p><strong>Tyre tips every month</strong></p></div><div class="thrv_text_element"><p>One short letter a month on keeping your car ready for the road.</p></div><div class="thrv_lead_generation"><form action="#" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit"><span>Join</span></button></form></div><div class="thrv_text_element"><p>We send nothing else and you can leave with one click.</p></div></div></div></div></div>"##;
    for optin in [optin, leads] {
        let body = format!(
            "<div class=\"entry-content\">{}{}{optin}\n{}{}</div>",
            p(0),
            p(1),
            p(2),
            p(3)
        );
        assert_text(
            &page("", &body),
            &[],
            &[
                "Tyre tips every month",
                "keeping your car ready",
                "leave with one click",
            ],
        );
    }
}

/// What stands under a box's form in its wrapper after a heading, or a
/// paragraph of prose there, is the post's.
#[test]
fn post_section_or_prose_under_a_form_is_kept() {
    let closing = "Check the pressure again in spring.";
    let prose = "Check the pressure again in spring, when the tyres come back on, because a cold cellar lets a little air out.";
    let section = format!(
        "<div class=\"text-module\"><h3>Tyre tips every month</h3><p>One short letter a month.</p><form><input type=\"email\" placeholder=\"Your email\"><button type=\"submit\">Join</button></form><h2>In spring</h2><p>{closing}</p></div>"
    );
    let long = format!(
        "<div class=\"text-module\"><h3>Tyre tips every month</h3><p>One short letter a month.</p><form><input type=\"email\" placeholder=\"Your email\"><button type=\"submit\">Join</button></form><p>{prose}</p></div>"
    );
    for (module, kept) in [(section, closing), (long, prose)] {
        let body = format!(
            "<div class=\"entry-content\">{}{}{}{}{module}</div>",
            p(0),
            p(1),
            p(2),
            p(3)
        );
        assert_text(&page("", &body), &[kept], &[]);
    }
}

/// A post's paragraph above a box whose form and subscriber count share
/// a wrapper of their own is the post's: the count under the form was
/// read with the form a level below, no fine print of a box headed by
/// the paragraph.
#[test]
fn post_paragraph_above_a_form_and_its_count_is_kept() {
    let last = "Fit the summer set again once the nights stay above seven degrees.";
    let module = format!(
        "<div class=\"rich-text\"><div><p><span>{last}</span></p><div class=\"subscribe-block\"><div class=\"subscribe-container\"><form action=\"#\" method=\"post\"><p class=\"subscribe-text\">Garage news each week.</p><p><input type=\"email\" name=\"email\" placeholder=\"Your email\"></p><p><button type=\"submit\">Join</button></p></form><p class=\"subscribe-count\">Join 812 other readers</p></div></div></div></div>"
    );
    let body = format!(
        "<div class=\"entry-content\"><div class=\"rich-text\">{}{}{}{}</div>{module}</div>",
        p(0),
        p(1),
        p(2),
        p(3)
    );
    assert_text(&page("", &body), &[last], &["812 other readers"]);
}

/// Subheadings in heading modules of their own (a builder's title module
/// between its text modules, named "title") stay between the sections
/// they open.
#[test]
fn subheadings_in_heading_modules_between_text_modules_are_kept() {
    let url = "https://lockbench.example/2026/05/three-locks/";
    let html = r#"<html lang="en"><head><title>Comparing three bike locks | Lockbench</title><meta property="og:site_name" content="Lockbench"></head>
<body><header class="site-header"><a class="site-title" href="/">Lockbench</a><nav><ul><li><a href="/">Home</a></li><li><a href="/locks/">Locks</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">Comparing three bike locks</h1>
<div class="post-content"><div class="fusion-fullwidth"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column"><div class="fusion-column-wrapper">
<div class="fusion-text fusion-text-1"><p>We locked the same old bicycle outside the station for a month with each lock and counted what happened to it.</p><p>None of the locks was cut, but one rusted shut after two weeks of rain.</p></div>
<div class="fusion-title title fusion-title-2"><h2 class="fusion-title-heading">Weights and prices</h2></div>
<div class="fusion-text fusion-text-3"><table><thead><tr><th>Lock</th><th>Weight</th><th>Price</th></tr></thead><tbody><tr><td>Chain</td><td>2.1 kg</td><td>45</td></tr><tr><td>U-lock</td><td>1.4 kg</td><td>39</td></tr><tr><td>Folding</td><td>1.1 kg</td><td>62</td></tr></tbody></table></div>
<div class="fusion-title title fusion-title-4"><h2 class="fusion-title-heading">Words on the packaging</h2></div>
<div class="fusion-text fusion-text-5"><dl><dt>Hardened steel</dt><dd>Steel heated and cooled so that a saw slides off.</dd><dt>Security rating</dt><dd>A number the maker gives, comparable within one brand.</dd></dl><p>If the bike stays out overnight, the heavy chain is worth carrying.</p></div>
<div class="share-wrapper"><span class="share-count">312</span> <span>Shares</span><ul class="share-buttons"><li><a href="https://www.facebook.com/sharer/sharer.php?u=https://lockbench.example/2026/05/three-locks/">Facebook</a></li><li><a href="https://x.com/intent/tweet?url=https://lockbench.example/2026/05/three-locks/">X</a></li></ul></div>
</div></div></div></div></div>
</article></main>
<footer class="site-footer"><p>© 2026 Lockbench</p></footer></body></html>"#;
    let a = explained(html, url);
    story::assert_in_order(
        &a,
        [
            "one rusted shut after two weeks of rain.",
            "Weights and prices",
            "U-lock",
            "Words on the packaging",
            "Hardened steel",
            "the heavy chain is worth carrying.",
        ],
        &[],
    );
}
