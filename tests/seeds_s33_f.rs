//! What session 33's work on the generated seeds (188, 194, 208, …)
//! caught, on pages written for this suite (issue 16):
//!
//! - a plain credit line ("Source: Outlet") under an image whose caption
//!   is the upload's file name ("IMG_…", "featured-image-1"): nobody
//!   wrote words for that image, so the line is the post's credit, not
//!   the image's (`credit.after-image-block`);
//! - a `<label>` inside a `<form>` names one of the form's fields
//!   ("Comment *", "Website"): the form's interface, pruned with the
//!   controls, also when the form holds enough paragraphs to be kept;
//! - a data table in the `<figure>` a block editor sets it in, beside a
//!   "read also" link line in one builder container: the table is the
//!   story's figures, prose for `clean:block-link-density` as a bare
//!   table is;
//! - a sponsored box closing a builder's text module with one card (a
//!   link wrapping the headline and the advertiser's domain) under its
//!   title: a panel of linked cards, no line of the module, so the
//!   module's "read also" line and credit still stand apart from its
//!   prose.

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

/// A page whose post opens under a hero box holding `top` (markup) set
/// above the post's container: the site's header, the hero, the post's
/// title and text, and a footer.
fn builder_page(top: &str) -> String {
    let post: String = STORY.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/harbour/">Harbour</a></li></ul></nav></header>
<div id="content"><div class="post-hero">
{top}
</div>
<article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-content">
{post}
</div></article></div>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#
    )
}

/// Extracts `html`, asserting every paragraph kept, and returns the
/// outlet it names.
fn outlet(html: &str) -> Option<String> {
    let a = explained(html, URL);
    for p in STORY {
        assert!(
            a.text.contains(p),
            "lost {p:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
    a.source_name
}

/// A figure captioned with a camera's file name, then "Source: Outlet":
/// the caption is the upload's name, and the line credits the post.
#[test]
fn credit_under_a_figure_captioned_with_its_file_name_names_the_outlet() {
    let top = r#"<figure class="wp-caption aligncenter"><img class="size-large" src="/wp-content/uploads/2024/05/img-20240501-093012.jpg" alt="" width="1024" height="683"><figcaption class="wp-caption-text">IMG_20240501_093012</figcaption></figure>
<p><strong>Source:</strong> Lowfield Gazette</p>"#;
    assert_eq!(
        outlet(&builder_page(top)).as_deref(),
        Some("Lowfield Gazette")
    );
}

/// The same under an image box captioned with a CMS's default upload
/// name and size suffix.
#[test]
fn credit_under_an_image_box_captioned_with_a_slug_file_name_names_the_outlet() {
    let top = r#"<div class="image-box"><img src="/wp-content/uploads/2024/05/featured-image-2-1024x683.jpg" alt=""><p class="image-caption">featured-image-2-1024x683</p></div>
<p><em>Source: Lowfield Gazette</em></p>"#;
    assert_eq!(
        outlet(&builder_page(top)).as_deref(),
        Some("Lowfield Gazette")
    );
}

/// A figure with a caption an editor wrote: the line under it is the
/// picture's credit and names no outlet of the post.
#[test]
fn credit_under_a_figure_with_a_written_caption_stays_the_pictures() {
    let top = r#"<figure class="wp-caption aligncenter"><img class="size-large" src="/wp-content/uploads/2024/05/crane-jib.jpg" alt="" width="1024" height="683"><figcaption class="wp-caption-text">The crane's jib before the volunteers stripped it</figcaption></figure>
<p><strong>Source:</strong> Lowfield Gazette</p>"#;
    let a = explained(&builder_page(top), URL);
    assert_eq!(
        a.source_name,
        None,
        "a picture's credit named as the post's outlet, in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}

/// A comment form of several paragraphs (kept as a form) set under the
/// post inside the article, each field labelled, on a page whose post is
/// loose `<br>` text in a wrapper named like an overlay (the strict pass
/// prunes it, the relaxed pass reads the page and prunes no names): the
/// labels go with the fields, the post stays.
#[test]
fn labels_of_a_comment_form_under_the_post_are_dropped() {
    let post: String = STORY.iter().map(|p| format!("{p}<br>\n<br>\n")).collect();
    let html = format!(
        r#"<html><head><title>{TITLE} | {SITE}</title></head>
<body><div class="page-overlay"><main><article class="post"><h1>{TITLE}</h1>
<div class="entry-content">{post}</div>
<div id="comments" class="comments-area"><h3>Leave a reply</h3>
<form action="/post-comment" method="post">
<p>Your address stays with us and is never shown next to your words.</p>
<p><label for="c-text">Your remark *</label> <textarea id="c-text" name="c"></textarea></p>
<p><label for="c-name">Name *</label> <input id="c-name" name="n" type="text"></p>
<p><label for="c-mail">Mail address *</label> <input id="c-mail" name="m" type="email"></p>
<p><label for="c-site">Homepage</label> <input id="c-site" name="u" type="url"></p>
<p><input type="submit" value="Send"></p>
</form></div>
</article></main></div></body></html>"#
    );
    let a = explained(&html, URL);
    story::assert_kept(STORY, &a.text);
    for label in ["Your remark", "Mail address", "Homepage"] {
        assert!(
            !a.text.contains(label),
            "leaked {label:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
}

/// A label outside any form (a toggle's caption set in the article)
/// is no form's field name: its text stays.
#[test]
fn label_outside_a_form_is_kept() {
    let post: String = STORY.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let html = format!(
        r#"<html><head><title>{TITLE} | {SITE}</title></head>
<body><main><article class="post"><h1>{TITLE}</h1>
<div class="text">{post}
<p><label>The boiler was last inspected in March by the county engineer.</label></p></div>
</article></main></body></html>"#
    );
    let a = explained(&html, URL);
    story::assert_kept(STORY, &a.text);
    assert!(
        a.text.contains("last inspected in March"),
        "lost the label in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}

/// A timetable in a block editor's table figure and a "read also" line
/// linking another post, alone in a builder container between the post's
/// containers: the table is kept, the line goes.
#[test]
fn table_figure_beside_a_read_also_line_is_kept() {
    let first: String = STORY[..2].iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let last: String = STORY[2..].iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let html = format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a></header>
<main><article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="block-container"><div class="container-inner">
{first}<h2>Running days</h2>
</div></div><div class="block-container"><div class="container-inner">
<figure class="wp-block-table"><table><thead><tr><th>Day</th><th>First lift</th><th>Last lift</th></tr></thead><tbody><tr><td>Saturday</td><td>10:00</td><td>15:30</td></tr><tr><td>Sunday</td><td>11:00</td><td>16:00</td></tr><tr><td>Holidays</td><td>10:00</td><td>14:00</td></tr></tbody></table></figure>
<p><strong>READ ALSO:</strong> <a href="https://www.quaysidenotes.com/2024/04/20/lifeboat-station-opens-doors/">Lifeboat station opens its doors for the spring</a></p>
</div></div><div class="block-container"><div class="container-inner">
{last}
</div></div>
</article></main>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#
    );
    let a = explained(&html, URL);
    story::assert_kept(STORY, &a.text);
    for cell in ["First lift", "Saturday", "15:30", "Holidays"] {
        assert!(
            a.text.contains(cell),
            "lost {cell:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
}

/// A builder's last text module: a quote, a "read also" line, the post's
/// last paragraph, the site's tagline, a link to prefer the site on a
/// search engine, and a sponsored box of one card under its title. The post's paragraphs are
/// kept.
#[test]
fn module_closing_on_a_titled_sponsored_card_keeps_its_prose() {
    let first: String = STORY[..3].iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let html = format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a></header>
<main><article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="b-row"><div class="b-col"><div class="b-rich-text"><div>
{first}
</div></div></div></div>
<div class="b-row"><div class="b-col"><div class="b-rich-text"><div>
<blockquote><p>It still sings when the boiler is warm. Nothing else on the quay does.</p></blockquote>
<p><strong>READ ALSO:</strong> <a href="https://www.quaysidenotes.com/2024/04/20/lifeboat-station-opens-doors/">Lifeboat station opens its doors for the spring</a></p>
<p><span>{}</span></p>
<p><em>Quay news, every morning.</em></p>
<p class="pref"><a href="https://search.example/preferences/source?q=quaysidenotes.com">Add Quayside Notes as a preferred source on the search engine</a></p>
<div class="spons-box"><div class="spons-title">Around the web</div><div class="spons-item"><a href="https://clicks.adnet.example/c/4411"><div class="spons-headline">This kettle trick saves you a fortune on bills</div><div class="spons-domain">homedeals.example</div></a></div></div>
</div></div></div></div>
</article></main>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#,
        STORY[3]
    );
    let a = explained(&html, URL);
    story::assert_kept(STORY, &a.text);
    assert!(
        a.text.contains("It still sings"),
        "lost the quote in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}
