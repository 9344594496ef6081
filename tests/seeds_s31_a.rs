//! What session 31's work on the generated seeds (84, 86, 94, 98, 100)
//! caught in the extractor's and the stripper's mechanisms, on pages
//! written for this suite (issue 16):
//!
//! - a post written in `<div>` paragraphs whose short last sentence
//!   ("It holds.") carries the autoblog's credit to the original in the
//!   same `<div>`, on a `<br>` line of its own or linked after the
//!   sentence: the block is short and linked, yet it is a sentence over a
//!   credit to one other site, no stray control (`sentence_over_credit`);
//!   a credit's line that ends on its link after a short lead-in
//!   ("Published first in <a>Outlet</a>") is a link line like the piece
//!   split off after a sentence's end.
//! - a short last paragraph with the original's bare address glued after
//!   it ("It holds. via Outlet https://…/2024/05/03/…"): the date in the
//!   address is no day the line states, so the line is no theme's meta
//!   line (`is_meta_line`).

mod story;

use story::{explained, removed, BLOG};

const URL: &str = "https://www.dailyriverbuzz.com/2024/05/04/footbridge-repaired/";
/// The original's story, on another host.
const SOURCE: &str = "https://www.lowfieldcourier.co.uk/2024/05/03/footbridge-repaired-volunteers/";

/// A short post of our own, its last paragraph a one-word sentence.
const STORY: &[&str] = &[
    "The wooden footbridge over the mill stream reopened on Friday after three of its planks rotted through.",
    "Volunteers from the angling club spent four weekends replacing the deck with larch boards donated by a sawmill upstream.",
    "The parish council paid for new bolts and a coat of preservative, and a retired engineer checked the supports before the barriers came down.",
    "Walkers had been taking a two-mile detour along the road since December.",
];
/// The post's closing sentence, one word.
const LAST: &str = "Sorted.";

/// The post in `<div>` paragraphs, as a blog editor writes them, `last`
/// (markup) closing it.
fn div_post(last: &str) -> String {
    let mut body: String = STORY
        .iter()
        .map(|p| format!("<div>{p}</div>\n<div><br /></div>\n"))
        .collect();
    body.push_str(&format!("<div>{last}</div>\n"));
    BLOG.page_with(
        "River Buzz",
        "Footbridge over the mill stream reopens",
        &body,
    )
}

trait PageWith {
    fn page_with(&self, site: &str, title: &str, body: &str) -> String;
}

impl PageWith for story::Blog<'_> {
    fn page_with(&self, site: &str, title: &str, body: &str) -> String {
        story::Blog {
            site,
            title,
            menu: &["Home", "Local", "Contact"],
            ..*self
        }
        .page(body)
    }
}

/// Extracts `html`, asserting the story and its last sentence kept and
/// `gone` (the credit's words) gone.
fn assert_story_kept(html: &str, gone: &str) {
    let a = explained(html, URL);
    for p in STORY.iter().chain([&LAST]) {
        assert!(
            a.text.lines().any(|l| l.trim() == *p),
            "lost {p:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
    assert!(
        !a.text.contains(gone),
        "{gone:?} leaked in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
}

/// The credit on a `<br>` line of its own under the one-word sentence:
/// the `<div>` is under the short-linked limit, yet it is a sentence over
/// a credit to one other site.
#[test]
fn one_word_sentence_over_a_credit_line_in_a_div_paragraph() {
    let html = div_post(&format!(
        "{LAST}<br /><a href=\"{SOURCE}\" rel=\"nofollow\">Source link</a>"
    ));
    assert_story_kept(&html, "Source link");
}

/// The credit linked right after the sentence, on its line.
#[test]
fn one_word_sentence_with_a_credit_linked_after_it_in_a_div_paragraph() {
    let html = div_post(&format!(
        "{LAST} <a href=\"{SOURCE}\" rel=\"nofollow\">Go to Source</a>"
    ));
    assert_story_kept(&html, "Go to Source");
}

/// The credit's line holds a short lead-in before its link: less than
/// half of it is linked, yet it ends on its link after a lead-in no
/// longer than a credit's, as a credit split off after a sentence does.
#[test]
fn one_word_sentence_over_a_credit_line_with_a_lead_in() {
    let html = div_post(&format!(
        "{LAST}<br />Originally published in <a href=\"{SOURCE}\" target=\"_blank\">Lowfield Courier</a>"
    ));
    assert_story_kept(&html, "Originally published");
}

/// A bare address with a date in its path, glued after the short last
/// sentence of a `<p>` post: no theme's meta line.
#[test]
fn short_last_paragraph_with_a_dated_address_after_it_is_no_meta_line() {
    let mut body: String = STORY.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    body.push_str(&format!(
        "<p>{LAST} via The Lowfield Courier <a href=\"{SOURCE}\">{SOURCE}</a></p>\n"
    ));
    let html = BLOG.page_with(
        "River Buzz",
        "Footbridge over the mill stream reopens",
        &body,
    );
    assert_story_kept(&html, "lowfieldcourier");
}

/// A short post of loose `<br>` text (every block of it at the post's
/// tail too) whose first line is a "syndicated from" credit, the post's
/// first sentence on the next line of the same block: the credit's line
/// goes, the first paragraph stays (the lines after a credit at the tail
/// are the plugin's, not after one that opens the post's head).
#[test]
fn credit_line_over_the_first_paragraph_of_a_short_post_in_br_text() {
    let body = format!(
        "<div class=\"text-module\">\nThis post was syndicated from <a href=\"{SOURCE}\">The Lowfield Courier</a>.<br />{}<br />\n<br />\n\
         <div class=\"ad-slot\"><span>- Advertisement -</span><a href=\"#\"><img src=\"/ad.jpg\" alt=\"\"></a></div>\n\
         {}<br />\n{}<br />\n{}<br />\n<br />\n{LAST}<br />\n</div>",
        STORY[0], STORY[1], STORY[2], STORY[3]
    );
    let html = BLOG.page_with(
        "River Buzz",
        "Footbridge over the mill stream reopens",
        &body,
    );
    assert_story_kept(&html, "syndicated from");
}

/// The original outlet's promotion copied mid-post ("Download the Outlet
/// app…"), the credit linking the outlet's story only inside the last
/// paragraph ("…<br>Source: <a>headline</a>"): the credit, cut in the
/// stripper's first pass, tells the outlet's host only then, and every
/// block is judged again knowing it, not only the post's edge.
#[test]
fn outlet_promo_mid_post_named_by_the_host_of_a_credit_in_the_last_paragraph() {
    let more = [
        "The bridge was built in 1931 by the estate that owned the mill, and it has been patched so often that hardly a board of the original remains.",
        "Anglers use it to reach the far bank, where the club keeps a hut and a rowing boat for the summer.",
        "Children from the primary school cross it on nature walks, and the head teacher said the detour had cut those walks short all winter.",
        "The engineer said the supports were sound and should last another twenty years if the deck is kept dry.",
    ];
    let mut body = String::new();
    for p in STORY.iter().chain(&more[..1]) {
        body.push_str(&format!("<p>{p}</p>\n"));
    }
    body.push_str("<p><em>Download the Lowfield Courier app for breaking local news on your phone.</em></p>\n");
    for p in &more[1..] {
        body.push_str(&format!("<p>{p}</p>\n"));
    }
    body.push_str(&format!(
        "<p>{LAST}<br />Source: <em><a href=\"{SOURCE}\">Volunteers mend the mill stream footbridge after a long winter</a></em></p>\n"
    ));
    let html = BLOG.page_with(
        "River Buzz",
        "Footbridge over the mill stream reopens",
        &body,
    );
    let a = explained(&html, URL);
    assert!(
        !a.text.contains("Courier app"),
        "the outlet's promotion leaked in:\n{}\nremoved:\n{}",
        a.text,
        removed(&a)
    );
    for p in STORY.iter().chain(&more).chain([&LAST]) {
        assert!(a.text.contains(p), "lost {p:?} in:\n{}", a.text);
    }
}

/// A page builder's second text module holding a prose paragraph, a "read
/// also" line to the site's own post, the autoblog's credit as a
/// paragraph of its own ("Article sourced from <a>Outlet</a>"), a listing
/// box and a link line promoting the site: the credit paragraph is judged
/// on its own by the stripper and counts with the module's text; only a
/// `<br>` line of a paragraph is that paragraph's credit line. Counting it
/// as one more link line took the module past the link lines that stand
/// apart, and its paragraph went for the module's link density. The page
/// is the generated corpus's (seed 96, families2 #100046), cut down to
/// what the loss needs.
#[test]
fn credit_paragraph_in_a_builder_module_leaves_the_module_its_prose() {
    const PAGE: &str = r#"<div class="brz-row__container"><div class="brz-row"><div class="brz-columns"><div class="brz-column__items"><div id="r256160" class="brz-css-256160 brz-wrapper"><div class="brz-rich-text brz-rich-text__custom"><div data-brz-translate-text="1">
<div class="sfsi_widget sfsi_shortcode_container"><div class="sfsi_holders"><div class="sfsi_plus_shr_txt">Please follow and like us:</div><div class="sfsi_wicons"><a href="https://www.facebook.com/dailynewsroll.com"><img alt="Facebook" src="https://dailynewsroll.com/wp-content/plugins/ultimate-social-media-icons/images/icons_theme/default/default_facebook.png"></a><span class="sfsi_follow_count">6716</span></div></div></div>
<p class="brz-tp-lg-paragraph brz-text-lg-left"><span class="brz-cp-color2">A late-night bus between the hospital and the east estates will keep running until next summer after the transport board received more than three hundred letters in its favour.</span></p>
<p class="brz-tp-lg-paragraph brz-text-lg-left"><span class="brz-cp-color2">The route was meant to be a twelve-week trial. Most of its riders are shift workers: cleaners, nurses, kitchen staff and warehouse pickers who finish after the last regular bus.</span></p>
<h2 class="brz-tp-lg-heading2 brz-text-lg-left"><span class="brz-cp-color2">What the riders wrote</span></h2>
<p class="brz-tp-lg-paragraph brz-text-lg-left"><span class="brz-cp-color2">Board member Priya Natarajan read several letters aloud at the meeting. One porter wrote that the bus had saved him forty pounds a week in taxis.</span></p>
<div class="brz-image"><picture><img class="brz-img" src="https://dailynewsroll.com/wp-content/uploads/2024/06/obs64-20241127-092131-1024x576.jpg" alt=""></picture></div><div class="brz-rich-text brz-rich-text__custom"><p class="brz-tp-sm-paragraph brz-text-lg-center"><em>obs64_20241127_092131-1024x576</em></p></div>
<blockquote><p>I used to walk home along the ring road at two in the morning. Now I sit down and I am home in nineteen minutes.</p></blockquote>
</div></div></div></div></div></div></div><div class="brz-row__container"><div class="brz-row"><div class="brz-columns"><div class="brz-column__items"><div id="r256161" class="brz-css-256161 brz-wrapper"><div class="brz-rich-text brz-rich-text__custom"><div data-brz-translate-text="1">
<p class="brz-tp-lg-paragraph brz-text-lg-left"><span class="brz-cp-color2">Riders can use the same travel credit as on daytime routes, and children under sixteen travel free with an adult.</span></p>
<p><strong>ALSO READ:</strong> <a href="https://dailynewsroll.com/volunteers-graft-heritage-apple-trees/">Volunteers graft two hundred heritage apple trees in one weekend</a></p>
<p class="cyberseo-source"><em>Article sourced from <a href="https://www.coastlineweekly.example/stories/night-bus-pilot-extended-riders-stories.html" target="_blank">Coastline Weekly</a></em></p>
<div class="local-listing-cta"><p>📍 Own a local business? Get listed in the Daily Newsroll directory for free. <a href="https://dailynewsroll.com/directory/add/">Add your business</a></p></div>
<p class="preferred-source"><a href="https://www.google.com/preferences/source?q=dailynewsroll.com" target="_blank">⭐ Add Daily Newsroll as a preferred source on Google</a></p>"#;
    let url = "https://dailynewsroll.com/night-bus-pilot-extended-riders-stories/";
    let a = explained(PAGE, url);
    for t in [
        "A late-night bus between the hospital",
        "Board member Priya Natarajan read several letters",
        "Riders can use the same travel credit as on daytime routes",
    ] {
        assert!(
            a.text.contains(t),
            "lost {t:?} in:\n{}\nremoved:\n{}",
            a.text,
            removed(&a)
        );
    }
    assert!(
        !a.text.contains("Article sourced from"),
        "credit leaked:\n{}",
        a.text
    );
}
