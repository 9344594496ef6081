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
