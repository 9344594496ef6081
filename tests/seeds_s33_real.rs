//! What session 33 found on real sites' own articles (issue 16): the
//! stripper's page-wide "this page republishes another outlet's article"
//! judgement fired on lines that credit something else than the article,
//! and the rules that only run on a republished page then removed the
//! post's own lines that name the site:
//!
//! - a bare "Source" link in a figure's caption credits the image (the
//!   screenshot's page), not the article;
//! - "Source: Agency" in the same paragraph as the image it credits, or in
//!   a caption box that opens its wrapper right under a product card's
//!   picture, is the image's credit;
//! - "Courtesy of Maker" right under a bare image at the post's head is the
//!   image's credit, as the stripper already read it block by block;
//! - "This story was originally published May 3, 2024." names a date and
//!   no outlet: the site's own note on when the post first ran (it still
//!   closes the post's text: the bio after it is the theme's);
//! - "Sources:" heading a list of references cites several works, not one
//!   outlet the article came from.
//!
//! Every page here is a site's own article, and its paragraph that names the
//! site ([`OWN_LINE`]) must stay.

mod story;

use story::{explained, removed, removed_by};

const URL: &str = "https://www.quaysidetools.com/blog/choosing-a-mooring-line/";
const SITE: &str = "Quayside Tools";
const TITLE: &str = "How to choose a mooring line for a small boat";

/// A post of our own, long enough that its middle is no edge of it.
const STORY: &[&str] = &[
    "A mooring line does more work than most owners think: it holds the boat against wind, tide and the wash of every passing ferry.",
    "The first choice is the fibre. Nylon stretches and absorbs shocks, which is why most harbour masters recommend it for lines that take a load.",
    "Polyester stretches far less. It suits dock lines on a quiet pontoon, where the boat should not wander and the load stays steady.",
    "Thickness follows the boat's length. A rough rule gives one eighth of an inch of diameter for every nine feet of hull.",
    "Length matters as much. A spring line should run about two thirds of the boat's length, and a bow line a little more than the beam.",
    "Chafe is the line's worst enemy. Wherever it crosses a fairlead or the edge of the quay, a sleeve of old hose saves it.",
    "Check the lines at the start of each season and after every storm, and replace any that feel stiff or show broken strands.",
    "Splice an eye into each line rather than tying a bowline that can shake loose in a swell over a long winter.",
    "Finally, keep a spare line aboard: the day one parts is always the day the wind turns and the harbour office is closed.",
];

/// A short paragraph of the post that names the site: on a republished page
/// the rules read it as the republisher's plug (`promo.republished-names-site`).
const OWN_LINE: &str = "Every line in this guide was tested on the Quayside Tools workshop boat.";

/// A blog page of the site: its header, the post's title, `post`, a
/// footer.
fn page(post: &str) -> String {
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/blog/">Blog</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-content">
{post}
</div></article></main>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#
    )
}

/// The story's paragraphs with [`OWN_LINE`] in the middle, and `inserts`
/// (`(at, html)`, before the paragraph of index `at`, after the last for
/// an index past the story).
fn post(inserts: &[(usize, &str)]) -> String {
    let own = format!("<p>{OWN_LINE}</p>\n");
    let mut all: Vec<(usize, &str)> = vec![(5, own.as_str())];
    all.extend_from_slice(inserts);
    story::post(STORY, &all)
}

/// Extracts the page and asserts the post's paragraphs and its own line
/// kept, and the page not read as republished.
fn assert_own_article(html: &str) -> gleaner::Article {
    let a = explained(html, URL);
    for p in STORY.iter().chain([&OWN_LINE]) {
        assert!(
            a.text.contains(p),
            "lost {p:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
    assert!(
        !a.is_syndicated(),
        "read as republished (source {:?}, {:?}), removed:\n{}",
        a.source_url,
        a.source_name,
        removed(&a)
    );
    a
}

/// A figure whose caption is one link, "Source", to the page the
/// screenshot shows: the image's credit.
#[test]
fn source_link_in_a_figure_caption_credits_the_image() {
    let figure = r#"<figure class="wp-block-image"><img src="/uploads/knot-chart-1024x512.png" alt="A chart of mooring knots"><figcaption><a href="https://www.knotatlas.example/charts/mooring-knots-for-beginners" target="_blank" rel="nofollow">Source</a></figcaption></figure>
"#;
    assert_own_article(&page(&post(&[(3, figure)])));
}

/// "Source: Agency" in the paragraph that shows the image it credits.
#[test]
fn source_line_in_the_paragraph_of_its_image_credits_the_image() {
    let figure = r#"<p><span><img src="/uploads/breaking-loads.png" alt="Breaking loads of three fibres"></span><span>Source: Tidewater Research</span></p>
"#;
    assert_own_article(&page(&post(&[(8, figure)])));
}

/// A product card: its picture, then a caption box whose first line is
/// the picture's credit, then the product's name and price.
#[test]
fn credit_opening_a_caption_box_under_a_card_picture_credits_the_picture() {
    let card = r#"<div class="product-card"><div class="product-card-picture"><a href="/shop/harbour-line-12mm/"><picture><img src="/uploads/harbour-line-12mm.png" alt="Harbour line, 12 mm"></picture></a></div><div class="product-card-text"><div class="product-card-note">Courtesy of Lowmoor Ropeworks</div></div><div class="product-card-details"><p>Harbour line, 12 mm</p><p>$34</p></div></div>
"#;
    assert_own_article(&page(&post(&[(4, card)])));
}

/// "Courtesy of Maker" right under a bare image that opens the post.
#[test]
fn courtesy_line_under_a_bare_image_at_the_head_credits_the_image() {
    let image = r#"<p><img src="/uploads/coiled-line.jpg" alt=""></p>
<p>Courtesy of Lowmoor Ropeworks</p>
"#;
    assert_own_article(&page(&post(&[(0, image)])));
}

/// "This story was originally published <date>" closing the post, then
/// the author's bio: the site's own note, not a credit of another outlet.
/// It goes as the theme's, and the bio after it with it.
#[test]
fn originally_published_with_a_date_alone_is_the_sites_own_note() {
    let tail = r#"<p>This story was originally published May 3, 2024, 9:15 AM.</p>
<p>Ann Pollard writes about boats and gear for the workshop and sails a twelve-foot dinghy on the estuary.</p>
"#;
    let a = assert_own_article(&page(&post(&[(99, tail)])));
    assert!(
        removed_by(&a, "byline.rerun-note") && !a.text.contains("originally published"),
        "the note kept, removed:\n{}",
        removed(&a)
    );
    assert!(
        !a.text.contains("Ann Pollard writes"),
        "the bio after the note kept, removed:\n{}",
        removed(&a)
    );
}

/// The same note opening the post, with a month and a year.
#[test]
fn originally_published_in_a_month_at_the_head_is_the_sites_own_note() {
    let head = "<p><em>Originally published in March 2022.</em></p>\n";
    assert_own_article(&page(&post(&[(0, head)])));
}

/// The note naming the outlet it first ran in is still a credit.
#[test]
fn originally_published_in_an_outlet_still_credits_it() {
    let tail =
        "<p>This story was originally published in the Lowfield Gazette on May 3, 2024.</p>\n";
    let a = explained(&page(&post(&[(99, tail)])), URL);
    assert!(
        a.is_syndicated() && !a.text.contains("originally published"),
        "the credit missed (source {:?}), removed:\n{}",
        a.source_name,
        removed(&a)
    );
}

/// "Sources:" over a numbered list of references closing the post.
#[test]
fn sources_label_over_a_list_of_references_is_no_credit() {
    let refs = r#"<p>Sources:</p><p></p>
<ol><li>Harbour Safety Board, mooring guidance: <a href="https://www.harboursafety.example/guidance/mooring">https://www.harboursafety.example/guidance/mooring</a></li>
<li>Ropemakers' Guild, fibre tables: <a href="https://www.ropeguild.example/tables/fibres">https://www.ropeguild.example/tables/fibres</a></li>
<li>Estuary Sailing Club handbook: <a href="https://www.estuarysc.example/handbook">https://www.estuarysc.example/handbook</a></li></ol>
"#;
    assert_own_article(&page(&post(&[(99, refs)])));
}

/// A chart's caption, a `<figcaption>` with no `<figure>` around it,
/// crediting the agency whose data it shows with a link to its site.
#[test]
fn labelled_source_link_in_a_bare_figcaption_credits_the_chart() {
    let chart = r#"<div class="stat-box"><p><span class="stat">$34</span><br>Average price of a 12 mm line</p></div><figcaption class="stat-caption">Source: <a href="https://www.harbourstatistics.example/" target="_blank">Harbour Statistics</a></figcaption>
"#;
    assert_own_article(&page(&post(&[(4, chart)])));
}
