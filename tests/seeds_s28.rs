//! What session 28's work on the generated seeds (56, 58, 60) and two
//! known stripper defects caught, on pages written for this suite
//! (issue 16):
//!
//! - a click-to-chat or channel link (`wa.me`) set in a page builder's
//!   text wrapper beside a short paragraph of the post: the link's box is
//!   the link's own, never the builder's wrapper, whose class the page
//!   gives every block of the post (`follow.channel-box`);
//! - a chat widget the page draws twice with the same class (a desktop
//!   and a mobile copy): two copies of one small box are the widget's,
//!   not a layout the page repeats (`notice.chat-box`).

mod story;

use story::{explained, removed};

const URL: &str = "https://quaynotes.example.org/2024/05/boathouse-reopens/";

/// A short post: the last paragraph is one short sentence.
const POST: &[&str] = &[
    "The old boathouse at the end of the quay opened its doors again on Saturday after three winters of repairs to its roof and slipway.",
    "Volunteers from the rowing club replaced the rotten planks of the slipway by hand and painted the doors in the club's old green.",
    "The club will lend its two oldest boats to schools during the summer term, with a coach on the water for every lesson.",
    "Tea is served on Sundays.",
];

/// A page builder's page: each block of the post in a row of the same
/// wrapper classes; `last_extra` is markup in the last row after the
/// last paragraph; `inside` is markup after the rows, in the builder's
/// page; `after` is markup after the builder's page.
fn builder_page(last_extra: &str, inside: &str, after: &str) -> String {
    let row = |inner: &str| {
        format!(
            "<div class=\"pb-row\"><div class=\"pb-col\"><div class=\"pb-text\">{inner}</div></div></div>"
        )
    };
    let (last, rest) = POST.split_last().map_or((&"", &[][..]), |(l, r)| (l, r));
    let rows: String = rest.iter().map(|p| row(&format!("<p>{p}</p>"))).collect();
    let last = row(&format!("<p>{last}</p>{last_extra}"));
    format!(
        "<html><head><title>Boathouse reopens | Quay Notes</title></head><body>\
         <header class=\"site-header\"><a class=\"site-title\" href=\"/\">Quay Notes</a>\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news/\">News</a></li></ul></nav></header>\
         <div class=\"pb-page\"><h1 class=\"pb-title\">Boathouse reopens</h1>{rows}{last}{inside}</div>{after}\
         <footer class=\"site-footer\"><p>© 2024 Quay Notes</p></footer></body></html>"
    )
}

fn assert_post_kept(a: &gleaner::Article) {
    for p in POST {
        assert!(
            a.text.contains(p),
            "lost {p:?} in:\n{}\n{}",
            a.text,
            removed(a)
        );
    }
}

/// A click-to-chat button in the builder's text wrapper after the post's
/// last, short paragraph: the wrapper is the builder's (its class wraps
/// every block of the post), so the paragraph stays; the button goes.
#[test]
fn a_chat_button_in_a_builder_wrapper_takes_no_post_paragraph() {
    for call in [
        "<a class=\"pb-btn\" href=\"https://wa.me/15550100999\">Chat with us</a>",
        "<div class=\"pb-btn-wrap\"><a class=\"pb-btn\" href=\"https://whatsapp.com/channel/0029Va1234\">Join our channel</a></div>",
    ] {
        let a = explained(&builder_page(call, "", ""), URL);
        assert_post_kept(&a);
    }
}

/// A widget the page draws twice with one class (a copy for wide screens,
/// one for phones): a chat's greeting over its click-to-chat button, a
/// dialog's prompt over its two answers. Both copies go, and the post
/// stays (before: the repeated class was taken for the page's layout, and
/// the greeting or the prompt leaked).
#[test]
fn a_widget_drawn_twice_goes() {
    let chat = "<div class=\"qc-bubble\"><div class=\"qc-say\"><span>Anything we can do for you today?</span></div>\
                <a class=\"qc-open\" href=\"https://api.whatsapp.com/send?phone=15550100999\">Write to us</a></div>";
    let dialog = "<div class=\"nb-prompt\"><p class=\"nb-line\">Would you like a note from us when the next story is out?</p>\
                  <button>Yes please</button><button>Later</button></div>";
    for (widget, line) in [
        (chat, "Anything we can do for you"),
        (dialog, "a note from us when the next story"),
    ] {
        let a = explained(&builder_page("", &format!("{widget}{widget}"), ""), URL);
        assert_post_kept(&a);
        assert!(!a.text.contains(line), "{}\n{}", a.text, removed(&a));
    }
}

/// The builder's wrapper, repeated around other text, stays the page's
/// layout for a widget's anchor too: a short paragraph of the post beside
/// a chat button in it is kept.
#[test]
fn a_builder_wrapper_is_no_widget_box() {
    let a = explained(
        &builder_page(
            "<a class=\"pb-btn\" href=\"https://api.whatsapp.com/send?phone=15550100999\">Write to us</a>",
            "",
            "",
        ),
        URL,
    );
    assert_post_kept(&a);
}

/// A longer post of the site's own, for the own-services boxes.
const LONG: &[&str] = &[
    "The harbour board voted on Tuesday to keep the old crane on the north quay, after a petition signed by more than two thousand residents.",
    "The crane, built in 1911, has not lifted a load since the container berth moved downriver, and its steel has been rusting for a decade.",
    "Engineers will inspect the jib and the cab this summer before the board decides how much of the structure can be restored.",
    "A local foundry has offered to cast the missing gear wheels from the original drawings kept in the town archive.",
    "The board expects the first repairs to start in the autumn, when the cruise ships have left for the season.",
    "Visitors will be able to climb to the cab on open days once the stairs have been replaced.",
    "The petition's organisers said they would now raise money for lighting the crane at night.",
    "The harbour master welcomed the vote and promised a plaque telling the crane's story.",
    "The next board meeting is open to the public and will be held in the old customs house.",
];

const OWN_URL: &str = "https://quaynotes.example.org/2024/05/harbour-crane-stays/";

fn own_page(body: &str) -> String {
    story::Blog {
        site: "Quay Notes",
        title: "Harbour crane stays",
        head: "<meta property=\"og:site_name\" content=\"Quay Notes\">",
        ..story::BLOG
    }
    .page(body)
}

/// The site's box selling its advertising set between the post's
/// paragraphs: a title closing with the site's name over a line whose
/// button (its closing link) goes to the site's media-kit page. No word
/// of it speaks to the reader; the box goes whole (before: it stayed).
/// A section of the post titled with the site's name whose link stands
/// inside a sentence stays.
#[test]
fn a_titled_box_closing_on_a_call_to_the_site_goes() {
    let ad = "<div class=\"house-box\"><h4>Advertising at Quay Notes</h4>\
              <p>Banner slots and sponsored columns at fair rates. <a href=\"https://quaynotes.example.org/media-kit/\">Media kit</a></p></div>";
    let a = explained(&own_page(&story::post(LONG, &[(4, ad)])), OWN_URL);
    story::assert_kept(LONG, &a.text);
    for piece in ["Banner slots", "Advertising at Quay Notes"] {
        assert!(!a.text.contains(piece), "{}\n{}", a.text, removed(&a));
    }
    assert!(
        story::removed_by(&a, "promo.own-services-box"),
        "{}",
        removed(&a)
    );
    let section = "<h3>Why trust Quay Notes</h3>\
                   <p>Our reporter <a href=\"https://quaynotes.example.org/author/mara-lind/\">Mara Lind</a> has covered the harbour board for ten years.</p>";
    let a = explained(&own_page(&story::post(LONG, &[(4, section)])), OWN_URL);
    story::assert_kept(LONG, &a.text);
    assert!(
        a.text.contains("covered the harbour board"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
}

/// On the site's own article, its box drawn as one paragraph between the
/// post's paragraphs: a bold run-in title naming the site, closing with a
/// colon, over a call to the site's own page that closes the paragraph.
/// The run-in title is the box's title, as a heading would be (before:
/// with no heading above, no title was found and the box stayed; no rule
/// for republished pages applies to the site's own article).
#[test]
fn a_box_with_a_run_in_title_goes() {
    let ad = "<p><strong>Advertise with Quay Notes:</strong> banner slots and sponsored columns at fair rates. \
              <a href=\"https://quaynotes.example.org/media-kit/\">See the media kit</a>.</p>";
    let a = explained(&own_page(&story::post(LONG, &[(4, ad)])), OWN_URL);
    story::assert_kept(LONG, &a.text);
    assert!(
        !a.text.contains("sponsored columns"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
    assert!(
        story::removed_by(&a, "promo.own-services-box"),
        "{}",
        removed(&a)
    );
    // In the post's own prose a bold lead-in stays: it is no box.
    let prose = "<p><strong>What happens next?</strong> The board meets again in June to vote on the budget.</p>";
    let a = explained(&own_page(&story::post(LONG, &[(3, prose)])), OWN_URL);
    assert!(a.text.contains("meets again in June"), "{}", a.text);
}
