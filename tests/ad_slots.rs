//! Ad slots set between a post's paragraphs (session 20,
//! `interruption.ad-slot-label`): the label an ad plugin prints over its
//! slot goes in any language, told by the markup around it (an AdSense
//! `<ins>`, a `rel="sponsored"` banner, an element whose class names an ad
//! slot), not by its words. A short line of the post before a slot that is
//! no ad, a heading before an ad, and a product name beside a paid link in
//! a product table stay. Every page is written here.

mod story;

use gleaner::Article;
use story::removed_by;

/// A post of four paragraphs that names no site.
const STORY: [&str; 4] = [
    "The ferry between the two islands resumed its winter timetable on Monday after a month in dry dock.",
    "Engineers replaced both propeller shafts and repainted the hull in the colours of the old company.",
    "Passengers said the crossing was quieter than before, and the café on the upper deck has reopened.",
    "The operator plans a second boat for the summer season if the harbour dredging is finished in time.",
];

/// A post with `inserts` before the paragraph of their index.
fn page(inserts: &[(usize, &str)]) -> String {
    let post = story::post(&STORY, inserts);
    story::notes_page("Sound Notes", "The island ferry is back", &post)
}

fn extract(html: &str) -> Article {
    story::explained(html, "https://soundnotes.example/island-ferry/")
}

fn assert_story(a: &Article) {
    story::assert_kept(&STORY, &a.text);
}

#[test]
fn an_adsense_slots_label_goes_in_any_language() {
    // A made-up label in a made-up wording: no word list knows it.
    let slot =
        "<div class=\"code-block code-block-2\"><p style=\"font-size:11px\">Reklaamipaik</p>\
                <ins class=\"adsbygoogle\" style=\"display:block\" data-ad-slot=\"123\"></ins>\
                <script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>\n";
    let a = extract(&page(&[(1, slot), (3, slot)]));
    assert!(!a.text.contains("Reklaamipaik"), "{:?}", a.text);
    assert!(
        removed_by(&a, "interruption.ad-slot-label"),
        "{:?}",
        a.removed
    );
    assert_story(&a);
}

#[test]
fn a_sponsored_banners_label_goes() {
    let slot = "<div class=\"zq-content zq-target\" id=\"zq-4471\"><div class=\"zq-label\">Mainos tässä</div>\
                <a href=\"https://bank.example/?utm_source=site\" rel=\"sponsored noopener\">\
                <img src=\"/ads/banner-0.jpg\" alt=\"\" width=\"300\" height=\"250\"></a></div>\n";
    let a = extract(&page(&[(2, slot)]));
    assert!(!a.text.contains("Mainos tässä"), "{:?}", a.text);
    assert!(removed_by(&a, "interruption.ad-slot-label"));
    assert_story(&a);
}

#[test]
fn a_banners_label_goes_in_a_post_of_bare_divs() {
    // An editor that writes each paragraph as a bare `<div>` with a blank
    // `<div><br></div>` between them: the slot's siblings are `<div>`s.
    let slot = "<div class=\"zq-content zq-target\" id=\"zq-4471\"><div class=\"zq-label\">Mainos tässä</div>\
                <a href=\"https://bank.example/?utm_source=site\" rel=\"sponsored noopener\">\
                <img src=\"/ads/banner-0.jpg\" alt=\"\" width=\"300\" height=\"250\"></a></div>\n";
    let mut post = String::new();
    for (i, p) in STORY.iter().enumerate() {
        if i == 2 {
            post.push_str(slot);
        }
        post.push_str(&format!("<div>{p}</div>\n<div><br></div>\n"));
    }
    let a = extract(&story::notes_page(
        "Sound Notes",
        "The island ferry is back",
        &post,
    ));
    assert!(!a.text.contains("Mainos tässä"), "{:?}", a.text);
    assert!(removed_by(&a, "interruption.ad-slot-label"));
    assert_story(&a);
}

#[test]
fn a_label_in_a_script_of_two_bytes_a_letter_gets_a_latin_labels_room() {
    // Seven Greek words, 43 characters but 80 bytes: a label by its length in
    // characters, as the same line in Latin letters would be.
    let slot = "<div class=\"story-goes-on\"><span>Η ιστορία συνεχίζεται κάτω από τη διαφήμιση</span></div>\
                <div class=\"ad-slot ad-slot--inarticle\" data-slot=\"inarticle-1\"></div>\n";
    let a = extract(&page(&[(2, slot)]));
    assert!(!a.text.contains("συνεχίζεται"), "{:?}", a.text);
    assert!(removed_by(&a, "interruption.ad-slot-label"));
    assert_story(&a);
}

#[test]
fn a_line_just_before_an_empty_ad_slot_goes() {
    let slot = "<div class=\"story-goes-on\"><span>Tekst loopt verder hieronder</span></div>\
                <div class=\"ad-slot ad-slot--inarticle\" data-slot=\"inarticle-1\"></div>\n";
    let a = extract(&page(&[(2, slot)]));
    assert!(
        !a.text.contains("Tekst loopt verder hieronder"),
        "{:?}",
        a.text
    );
    assert!(removed_by(&a, "interruption.ad-slot-label"));
    assert_story(&a);
}

#[test]
fn headings_lines_before_other_boxes_and_product_cells_stay() {
    let inserts = [
        // A section title right before an ad slot is the post's.
        (
            1,
            "<h2>Back in service</h2><div class=\"ad-slot\"></div>\n",
        ),
        // A short line before an empty box that is no ad.
        (2, "<p>On the upper deck</p><div class=\"spacer\"></div>\n"),
        // A bold subhead before an ad.
        (3, "<p><strong>Summer plans</strong></p><div class=\"ad-slot\"></div>\n"),
        // A product table: the product's name beside its paid link.
        (
            3,
            "<table><tr><td><span class=\"lbl\">Best ferry model</span>\
             <a href=\"https://shop.example/boat\" rel=\"sponsored\"><img src=\"/boat.jpg\" alt=\"\"></a></td>\
             <td><p>Best ferry model</p></td></tr></table>\n",
        ),
    ];
    let a = extract(&page(&inserts));
    for kept in [
        "Back in service",
        "On the upper deck",
        "Summer plans",
        "Best ferry model",
    ] {
        assert!(a.text.contains(kept), "lost {kept:?} in {:?}", a.text);
    }
    assert!(
        !removed_by(&a, "interruption.ad-slot-label"),
        "{:?}",
        a.removed
    );
    assert_story(&a);
}
