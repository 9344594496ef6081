//! What session 29's work on the generated seeds (62, 64, 66) caught in
//! the stripper's mechanisms, on pages written for this suite (issue 16):
//!
//! - a credit line naming the outlet without a link, under a page
//!   builder's last text module that opens with a picture and its caption
//!   and closes on the post's last sentence: the module is the post's, not
//!   the picture's own block, and the line credits the post
//!   (`credit.after-image-block`);
//! - a box selling the site's own services on the site's own short
//!   article, set right under one of the post's subheadings, or between
//!   paragraphs with a list after it: it interrupts the post's prose
//!   however near the post's head or end it stands
//!   (`promo.own-services-box`);
//! - a bar calling to join the site's messaging channels in a page
//!   builder's last text module, beside a "read also" line and a credit:
//!   no line of the module's prose or links (`clean:block-link-density`
//!   reads the module's other lines, and the post's last paragraph
//!   stays).

mod story;

use story::{explained, removed};

const URL: &str = "https://harbourlamp.example.net/2024/03/09/lighthouse-keepers-cottage-opens/";

/// A short post, one builder module a paragraph.
const POST: &[&str] = &[
    "The keeper's cottage beside the old lighthouse opened to visitors on Saturday after the trust finished restoring its kitchen and its two small bedrooms.",
    "Volunteers spent the winter scraping paint from the shutters and relaying the slate floor that a storm had lifted in the nineteen-eighties.",
    "The trust plans guided tours on weekend mornings, with the lamp room opened to groups of six at a time.",
    "Tickets are sold at the gate, and the money goes to the repair of the lamp.",
];

/// A page builder's post: the paragraphs but the last in a text module,
/// then a module of the same classes holding `last` (its inner markup),
/// then `after` beside the modules.
fn builder_page(last: &str, after: &str) -> String {
    let module = |inner: &str| {
        format!(
            "<div class=\"kb-module kb-text\"><div class=\"kb-module-content\"><div class=\"kb-rich\">{inner}</div></div></div>"
        )
    };
    let (_, rest) = POST.split_last().map_or((&"", &[][..]), |(l, r)| (l, r));
    let modules = module(
        &rest
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>(),
    );
    format!(
        "<html><head><title>Keeper's cottage opens - Harbour Lamp</title></head><body>\
         <header class=\"site-header\"><a class=\"site-title\" href=\"/\">Harbour Lamp</a>\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local/\">Local</a></li></ul></nav></header>\
         <div class=\"kb-page\"><div class=\"kb-row\"><div class=\"kb-col\">\
         <h1 class=\"kb-title\">Keeper's cottage opens</h1>{modules}{}{after}</div></div></div>\
         <footer class=\"site-footer\"><p>© 2024 Harbour Lamp</p></footer></body></html>",
        module(last)
    )
}

/// The last module opens with a picture and its file-name caption, then
/// the post's last sentence; the credit line stands under the module.
/// The module is no picture's own block (its text goes on past the
/// caption): the line credits the post, and names its outlet (before: it
/// was read as the picture's credit, and the outlet went unnamed).
#[test]
fn a_credit_under_a_module_that_opens_with_a_picture_names_the_outlet() {
    let last = format!(
        "<div class=\"separator\"><a href=\"/uploads/cottage-kitchen-1024x683.jpg\">\
         <img src=\"/uploads/cottage-kitchen-1024x683.jpg\" width=\"640\"></a></div>\
         <div><span>cottage-kitchen-1024x683</span></div>{}<br><br>",
        POST[3]
    );
    let a = explained(
        &builder_page(&last, "<p>(With inputs from Coastal Ledger)</p>"),
        URL,
    );
    assert_eq!(
        a.source_name.as_deref(),
        Some("Coastal Ledger"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
    story::assert_kept(POST, &a.text);
    assert!(!a.text.contains("With inputs from"), "{}", a.text);
}

const BOX_URL: &str = "https://millbrookherald.example.com/2024/06/12/town-pool-reopens/";

/// A short post of the site's own: its paragraphs, a subheading, a list.
const POOL: &[&str] = &[
    "The town's outdoor pool reopens on Saturday after a winter in which its tiles were relaid and its old boiler replaced.",
    "The works cost the council a little under two million pounds, most of it from a fund for leisure buildings.",
    "Day tickets rise by fifty pence, while children under five still swim without paying at all.",
    "The lifeguards' hut was rebuilt by the same firm that laid the new tiles along the shallow end.",
    "Season tickets go on sale at the kiosk from Monday morning.",
    "The cafe beside the pool keeps its old opening hours through the summer.",
    "A swimming club for older residents meets on Tuesday and Friday mornings.",
];

/// The site's own box: a title naming the site, a line speaking to the
/// reader, a button to the site's contact page.
const OWN_BOX: &str = "<div class=\"wp-block-group\"><h3>Get found with the Millbrook Herald</h3>\
    <p>The Millbrook Herald builds websites and search campaigns for local shops. Book your free call today!</p>\
    <p><a href=\"https://millbrookherald.example.com/contact/\">Talk to us</a></p></div>";

fn herald_page(body: &str) -> String {
    story::Blog {
        site: "Millbrook Herald",
        title: "Town pool reopens",
        ..story::BLOG
    }
    .page(body)
}

fn assert_box_gone(a: &gleaner::Article) {
    for line in ["Get found with", "builds websites", "Talk to us"] {
        assert!(!a.text.contains(line), "{line:?} in:\n{}", a.text);
    }
    assert!(
        story::removed_by(a, "promo.own-services-box"),
        "{}",
        removed(a)
    );
    story::assert_kept(POOL, &a.text);
}

/// The box set right under the post's subheading, two paragraphs before
/// the subheading and five after the box: it parts the subheading from
/// its section and goes (before: three lines before it were the post's
/// head, and the box was taken for the post's own opening call).
#[test]
fn an_own_services_box_right_under_a_subheading_goes() {
    let body = format!(
        "<p>{}</p><p>{}</p><h2>New prices</h2>{OWN_BOX}<p>{}</p><p>{}</p><p>{}</p><p>{}</p><p>{}</p>",
        POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6]
    );
    let a = explained(&herald_page(&body), BOX_URL);
    assert!(a.text.contains("New prices"), "{}", a.text);
    assert_box_gone(&a);
}

/// The box between the post's paragraphs with a list of three items
/// and three paragraphs after it: the list is three lines of the post,
/// and the box stands more than the tail's lines from the end (before:
/// the list counted one line, and the box was taken for the post's own
/// closing call).
#[test]
fn an_own_services_box_over_a_list_counts_the_list_by_its_items() {
    let body = format!(
        "<p>{}</p><p>{}</p><p>{}</p><p>{}</p>{OWN_BOX}\
         <ul><li>Day ticket: four pounds</li><li>Children: two pounds</li><li>Season: sixty pounds</li></ul>\
         <p>{}</p><p>{}</p><p>{}</p>",
        POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6]
    );
    let a = explained(&herald_page(&body), BOX_URL);
    assert_box_gone(&a);
}

/// A page builder's post whose last module holds, around the post's
/// short last paragraph, a "read also" line to the site's other post, a
/// credit linking the outlet, a thank-you line and a bar calling to join
/// the site's messaging channels: the bar leads to no page to read and is
/// no line of the module's (`follow.channel-box` judges it after), so the
/// module's prose holds and its last paragraph stays (before: three link
/// lines made the module a list of links, and the paragraph went with it).
#[test]
fn a_join_bar_in_the_last_module_takes_no_post_paragraph() {
    let last = "<p><strong>Read also:</strong> <a href=\"https://harbourlamp.example.net/2024/02/ferry-timetable-changes/\">The ferry timetable changes in spring</a></p>\
        <p>Entry to the garden is free.</p>\
        <div>via Coastal Ledger <a href=\"https://coastalledger.example.org/local/keepers-cottage-opens.html\">https://coastalledger.example.org/local/keepers-cottage-opens.html</a></div>\
        <p>Thanks for reading Harbour Lamp!</p>\
        <div class=\"join-bar\"><a href=\"https://whatsapp.com/channel/0029Vb1234\">Join our WhatsApp channel</a> <a href=\"https://t.me/harbourlamp\">Join us on Telegram</a></div>";
    let html = builder_page(last, "");
    let a = explained(&html, URL);
    assert!(
        a.text.contains("Entry to the garden is free."),
        "{}\n{}",
        a.text,
        removed(&a)
    );
    story::assert_kept(&POST[..3], &a.text);
    for noise in ["Join our", "Join us", "via Coastal Ledger", "Read also"] {
        assert!(!a.text.contains(noise), "{noise:?} in:\n{}", a.text);
    }
}
