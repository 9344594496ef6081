//! What session 32's work on the generated seeds (110, 138, 142, 160, 170)
//! caught in the page walk's reading of credits that stand outside the
//! extracted post, on pages written for this suite (issue 16):
//!
//! - a plain credit line after a box whose image is an icon in a line of
//!   text (a "follow us" badge) or a teaser card's thumbnail linked with
//!   its title: no photograph of the post, so the line is no image's
//!   credit (`shows_picture`);
//! - "(Source: The Outlet)" as a block of its own under the post's
//!   container, no prose after it: the page walk reads it as the post's
//!   last text block, as the stripper does inside the post
//!   (`credit.bracketed-source-title`);
//! - an image captioned in a page builder's caption box (no `<figure>`):
//!   it had its caption, so a credit line under it credits the post
//!   (`captioned_in_block`);
//! - "<a>Headline</a> – Outlet" linking the same story elsewhere, in a
//!   grid's row of its own under the post: the row's wrappers that open
//!   their parents are no levels between the line and the prose above it
//!   (`after_prose`).

mod story;

use story::{explained, removed};

const URL: &str = "https://www.quaysidenotes.com/2024/05/04/harbour-crane-restored/";
const SITE: &str = "Quayside Notes";
const TITLE: &str = "Old harbour crane restored after twenty years";

/// A short post of our own.
const STORY: &[&str] = &[
    "The steam crane on the east quay lifted its first load since 2004 on Saturday, watched by a crowd of former dock workers and their families.",
    "A trust of volunteers spent six winters stripping the rust from its jib and rebuilding the boiler with parts machined at the technical college.",
    "The crane will run on the first weekend of each month from May to September, lifting a replica cargo crate for visitors.",
    "The trust is still looking for a copy of the original operating manual, lost when the harbour office flooded in the eighties.",
];

/// A page on a builder theme: the site's header, the post's title, the
/// post's text module, then `after` (markup) under the post's container
/// inside the article, and a footer.
fn builder_page(post: &str, after: &str) -> String {
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/harbour/">Harbour</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="builder-section"><div class="builder-module builder-text"><div class="module-inner">
{post}
</div></div></div>
{after}
</article></main>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#
    )
}

/// The story's paragraphs as `<p>` elements.
fn paragraphs() -> String {
    STORY.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

/// Extracts `html`, asserting every paragraph kept and the outlet named.
fn assert_outlet(html: &str, outlet: &str) {
    let a = explained(html, URL);
    for p in STORY {
        assert!(
            a.text.contains(p),
            "lost {p:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
    assert_eq!(
        a.source_name.as_deref(),
        Some(outlet),
        "the outlet, in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}

/// A credit under a builder's module holding a badge: an image linking a
/// news app's page on another site, then "follow us" on the same line.
/// The badge is an icon of the line, no photograph the credit line would
/// be the caption of.
#[test]
fn credit_after_a_follow_badge_module_names_the_outlet() {
    let after = r#"<div class="builder-module builder-text"><div class="module-inner">
<p><a href="https://newsapp.example/publications/quayside"><img src="/wp-content/uploads/newsapp-badge.png" alt="News app"></a> Follow us on the news app</p>
</div></div><p><em>Source: Lowfield Gazette</em></p>"#;
    assert_outlet(&builder_page(&paragraphs(), after), "Lowfield Gazette");
}

/// A credit under a box of teaser cards, each a related post's
/// thumbnail and title in one link to the site: thumbnails, no
/// photograph of the post.
#[test]
fn credit_after_a_box_of_teaser_cards_names_the_outlet() {
    let after = r#"<div class="builder-module builder-text"><div class="module-inner">
<div class="more-box"><h3>More from the harbour</h3><ul>
<li><a href="https://www.quaysidenotes.com/lifeboat-day/"><figure><img src="/wp-content/uploads/lifeboat-day-150x150.jpg" alt=""></figure><span>Lifeboat day draws record crowd</span></a></li>
<li><a href="https://www.quaysidenotes.com/ferry-timetable/"><figure><img src="/wp-content/uploads/ferry-timetable-150x150.jpg" alt=""></figure><span>Ferry keeps its winter timetable</span></a></li>
</ul></div>
</div></div><p><em>Source: Lowfield Gazette</em></p>"#;
    assert_outlet(&builder_page(&paragraphs(), after), "Lowfield Gazette");
}

/// An image linked alone to its own file is the post's picture: a plain
/// line under it is its credit, and names no outlet of the post.
#[test]
fn line_after_a_picture_linked_to_its_file_stays_the_pictures_credit() {
    let after = r#"<div class="builder-module builder-image"><div class="module-inner">
<a href="/wp-content/uploads/crane-lift.jpg"><img src="/wp-content/uploads/crane-lift-1024x576.jpg" alt=""></a>
</div></div><p><em>Source: Lowfield Gazette</em></p>"#;
    let a = explained(&builder_page(&paragraphs(), after), URL);
    assert_eq!(
        a.source_name,
        None,
        "a picture's credit named as the post's outlet, removed:\n{}",
        removed(&a)
    );
}

/// "(Source: The Outlet)" in a paragraph of its own under the post's
/// container, nothing after it: the outlet the post was copied from, as
/// the stripper reads the same bracket closing the post.
#[test]
fn titled_bracketed_source_under_the_post_container_names_the_outlet() {
    let after = "<p>(Source: The Harbour Lantern)</p>";
    assert_outlet(&builder_page(&paragraphs(), after), "The Harbour Lantern");
}

/// The same bracket with a paragraph of prose after it is no closing
/// line: it may cite a fact, and names no outlet.
#[test]
fn titled_bracketed_source_with_prose_after_it_names_no_outlet() {
    let after = format!(
        "<p>(Source: The Harbour Lantern)</p><p>{}</p>",
        "The harbour office also plans to reopen the old weighbridge next summer, once its scales have been tested and certified by the county."
    );
    let a = explained(&builder_page(&paragraphs(), &after), URL);
    assert_eq!(
        a.source_name,
        None,
        "named an outlet, removed:\n{}",
        removed(&a)
    );
}

/// A post opening with an image captioned in the builder's caption box
/// (its file name as caption, dropped by the extractor), then "Source:
/// Outlet" over the prose: the image had its caption, the line credits
/// the post.
#[test]
fn credit_under_an_image_captioned_in_a_builder_caption_box_names_the_outlet() {
    let post = format!(
        r#"<div class="image-element"><span class="image-frame"><img src="/wp-content/uploads/2024/05/dsc-0412-800x450-jpg.jpg" alt=""></span><div class="image-frame-caption-wrap"><div class="image-frame-caption"><p class="caption-text">DSC_0412-800x450.jpg</p></div></div></div>
<p>Source: Lowfield Gazette</p>
{}"#,
        paragraphs()
    );
    assert_outlet(&builder_page(&post, ""), "Lowfield Gazette");
}

/// "<a>Headline</a> – Outlet" linking the same story on the outlet's
/// site, in a grid row of its own under the post (row, column, inner
/// column and text box, each opening its parent): below the prose, a
/// credit, not a post's header.
#[test]
fn headline_link_and_outlet_in_a_grid_row_under_the_post_is_the_source() {
    let source = "https://www.lowfieldgazette.example/stories/old-harbour-crane-restored-after-twenty-years.html";
    let after = format!(
        r#"<div class="row"><div class="col"><div class="col-inner"><div class="text">
<p><a href="{source}" target="_blank" rel="nofollow">{TITLE}</a> – Lowfield Gazette</p>
</div></div></div></div>"#
    );
    let a = explained(&builder_page(&paragraphs(), &after), URL);
    assert_eq!(
        a.source_url.as_ref().map(|u| u.as_str()),
        Some(source),
        "the source, in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}

/// A builder's text module holding a newsletter form, titled by a bold
/// paragraph with a title class rather than a heading, then the post's
/// next paragraph (short, under a promise's word count): the box ends at
/// its title's wrapper, and the paragraph is the post's.
#[test]
fn short_paragraph_after_a_signup_form_titled_in_bold_is_kept() {
    let next = "Most visitors so far came for the whistle, which the trust tests at noon.";
    let post = format!(
        r#"{}</div></div></div>
<div class="builder-section"><div class="builder-module builder-text"><div class="module-inner">
<div class="optin-box"><form method="post"><p class="optin-title"><strong>The harbour letter</strong></p><p class="optin-text">Quay news every Friday, free in your inbox.</p><p><input type="email" name="email" placeholder="Your e-mail"></p><p><input type="submit" value="Sign up"></p></form></div>
<p>{next}</p>"#,
        paragraphs()
    );
    let a = explained(&builder_page(&post, ""), URL);
    assert!(
        a.text.contains(next),
        "lost the paragraph after the form in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
    assert!(!a.text.contains("Quay news every Friday"), "{}", a.text);
}
