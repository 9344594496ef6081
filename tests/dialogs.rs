//! Widgets drawn over the page, told by their box, not by their words
//! (issue 16, `prompts::widget_box`): a dialog's prompt over its one or
//! two answer buttons (`notice.button-dialog`), a chat widget's greeting
//! in the box of the chat's name or control (`notice.chat-box`), each on
//! a page written here. The post's own lines beside buttons (a heading's
//! anchor, an FAQ whose questions are buttons, a last paragraph over a
//! share bar) stay.

mod story;

/// A story of four paragraphs about a ferry timetable.
const STORY: [&str; 4] = [
    "The river ferry will run every twenty minutes from Monday, the operator said, after a winter of hourly crossings.",
    "Commuters had asked for the change since the new housing on the east bank filled up faster than planned.",
    "A second boat, leased from a harbour company on the coast, will cover the morning and evening peaks.",
    "Fares stay the same until the spring, when the council reviews the subsidy that keeps the service running.",
];

/// A page whose `<article>` holds the story with `inside` after it, and
/// `after` at the end of the body (after the footer, as script widgets
/// are drawn).
fn page(inside: &str, after: &str) -> String {
    format!(
        "<html><head><title>Ferry every twenty minutes</title></head><body>\
         <header><a href=\"/\">Riverside Post</a></header>\
         <main><article><h1>Ferry every twenty minutes</h1><div class=\"entry-content\">{}{inside}</div></article></main>\
         <footer><p>Riverside Post</p></footer>{after}</body></html>",
        story::post(&STORY, &[])
    )
}

/// A page with no `<article>` or `<main>`: the story in a plain column,
/// `after` right after the column in the page's wrapper.
fn bare_page(after: &str) -> String {
    column_page("", after)
}

/// A page with no `<article>` or `<main>`: the story in a plain column
/// with `inside` at its end, `after` right after the column in the page's
/// wrapper.
fn column_page(inside: &str, after: &str) -> String {
    format!(
        "<html><head><title>Ferry every twenty minutes</title></head><body><div class=\"wrap\">\
         <div class=\"top\"><a href=\"/\">Riverside Post</a></div>\
         <div class=\"column\"><h1>Ferry every twenty minutes</h1>{}{inside}</div>{after}\
         <div class=\"bottom\"><p>Riverside Post</p></div></div></body></html>",
        story::post(&STORY, &[])
    )
}

const URL: &str = "https://riversidepost.example/2024/ferry-every-twenty-minutes/";

#[test]
fn a_push_opt_in_over_its_two_buttons_goes() {
    // Longer than a push prompt's line, and without a verb of switching on.
    let prompt = "We would love to send you a note whenever the timetable or the fares change.";
    let dialog = format!(
        "<div class=\"optin\"><div class=\"optin-body\"><div class=\"optin-text\"><span>{prompt}</span></div>\
         <div class=\"optin-buttons\"><button>Not now</button><button>Allow</button></div></div></div>"
    );
    // At the end of the post's column (no `<article>` or `<main>`): the
    // body the extractor keeps holds it, and the stripper takes it.
    let a = story::explained(&column_page(&dialog, ""), URL);
    story::assert_kept(&STORY, &a.text);
    assert!(!a.text.contains("We would love"), "{}", a.text);
    assert!(
        story::removed_by(&a, "notice.button-dialog"),
        "{}",
        story::removed(&a)
    );
}

#[test]
fn a_closing_heading_over_a_subscribe_button_goes() {
    let closing = "<div class=\"more-box\"><h4>Hungry for the next issue?</h4><button class=\"primary\">Subscribe</button></div>";
    let a = story::extract(&bare_page(closing), URL);
    story::assert_kept(&STORY, &a.text);
    assert!(!a.text.contains("Hungry for"), "{}", a.text);
}

/// A chat widget carried inside the post: its greeting goes with the box
/// its vendor's name, its click-to-chat link or its launcher's label
/// gives away, whatever the greeting says.
#[test]
fn a_chat_greeting_in_the_chats_box_goes() {
    let greeting = "Good morning, what brings you to the quay today?";
    let boxes = [
        // The box named as nothing, its title named as a chat, the
        // greeting not.
        format!(
            "<div class=\"corner-wrap\"><div class=\"livechat-title\">Crew on deck</div><div>{greeting}</div></div>"
        ),
        // The box of a launcher's label, named as nothing.
        format!(
            "<div class=\"corner-wrap\"><div class=\"corner-top\"><span>{greeting}</span></div>\
             <div class=\"corner-btn\"><span>Chat with us</span></div></div>"
        ),
        // The greeting as the click-to-chat link's own text.
        format!(
            "<div class=\"corner-wrap\"><div class=\"corner-head\"><p>Ahoy! Tap to write to the skipper on duty.</p></div>\
             <a class=\"corner-toggle\" href=\"https://wa.me/15550100\"><span>{greeting}</span></a></div>"
        ),
    ];
    for b in &boxes {
        let a = story::explained(&page(b, ""), URL);
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains("Good morning"), "{b}: {}", a.text);
        assert!(!a.text.contains("Ahoy"), "{b}: {}", a.text);
        assert!(
            story::removed_by(&a, "notice.chat-box"),
            "{b}: {}",
            story::removed(&a)
        );
    }
}

/// A line of the post beside a chat's name or link in one block of the
/// post is the post's: the box the chat stands in is the post's column.
#[test]
fn the_posts_lines_beside_a_chat_link_stay() {
    let line = "Questions about the timetable go to the operator's office on the quay.";
    let inside = format!(
        "<p>{line}</p><div class=\"whatsapp-share\"><a href=\"https://wa.me/?text=ferry\">Send on WhatsApp</a></div>"
    );
    let a = story::extract(&page(&inside, ""), URL);
    story::assert_kept(&STORY, &a.text);
    assert!(a.text.contains(line), "{}", a.text);
}

#[test]
fn the_posts_own_lines_beside_buttons_stay() {
    let cases = [
        // A heading with its anchor's icon button.
        (
            "<h2>What the new timetable means<div class=\"anchor\"><button aria-label=\"Link\"><svg></svg></button></div></h2>\
             <p>Crossings at twenty past and twenty to the hour replace the old departures on the hour.</p>",
            "What the new timetable means",
        ),
        // An FAQ whose questions are its buttons, under its heading.
        (
            "<div class=\"faq\"><h3>Questions about the ferry</h3><div class=\"faq-item\">\
             <button type=\"button\">Will the first crossing of the morning run earlier than before?</button></div></div>",
            "Questions about the ferry",
        ),
        // The post's last line run loose before a bar of share buttons.
        (
            "<div class=\"text-widget\">The council will publish the full timetable on its website next week.<br>\
             <div class=\"share-bar\"><button>Share on Facebook</button><button>Copy link</button></div></div>",
            "The council will publish the full timetable",
        ),
    ];
    for (inside, kept) in cases {
        let a = story::extract(&page(inside, ""), URL);
        story::assert_kept(&STORY, &a.text);
        assert!(a.text.contains(kept), "{kept}: {}", a.text);
    }
}

/// Outside any `<article>`: a line over a bar of three buttons or more is
/// a share bar's or a toolbar's (a dialog's answers are one or two), and
/// a box whose text goes on after its buttons is no dialog.
#[test]
fn a_line_over_a_toolbar_stays() {
    let cases = [
        (
            "<div class=\"post-end\"><div class=\"end-line\">Timetables are printed at the quay.</div>\
             <div class=\"tools\"><button>Share</button><button>Print</button><button>Save</button></div></div>",
            "Timetables are printed at the quay.",
        ),
        (
            "<div class=\"post-end\"><div><button>Back</button></div>\
             <div class=\"end-line\">Timetables are printed at the quay.</div></div>",
            "Timetables are printed at the quay.",
        ),
    ];
    for (after, kept) in cases {
        let a = story::extract(&bare_page(after), URL);
        story::assert_kept(&STORY, &a.text);
        assert!(a.text.contains(kept), "{kept}: {}", a.text);
    }
}

/// A page whose post (`story`) is laid out in a page builder's text
/// blocks, each paragraph in a block's inner wrapper, the last one
/// sharing its wrapper with `widget` (a chat widget its loader put there).
fn builder_page(story: &[&str], widget: &str) -> String {
    let mut blocks = String::new();
    for (i, p) in story.iter().enumerate() {
        let extra = if i + 1 == story.len() { widget } else { "" };
        blocks.push_str(&format!(
            "<div class=\"pb-section\"><div class=\"pb-text\"><div class=\"pb-text-inner\">\
             <p>{p}</p>{extra}</div></div></div>"
        ));
    }
    format!(
        "<html><head><title>Ferry every twenty minutes</title></head><body>\
         <header><a href=\"/\">Riverside Post</a></header>\
         <main><article><h1>Ferry every twenty minutes</h1><div class=\"entry-content\">{blocks}</div></article></main>\
         <footer><p>Riverside Post</p></footer></body></html>"
    )
}

/// The story's last paragraph, short enough for a widget's prompt.
const SHORT_LAST: &str =
    "Fares stay the same until the council reviews the ferry subsidy in spring.";

/// A page whose post ends on a closing block of its own (a wrapper no
/// other element shares a class with) holding the story's short last
/// paragraph and `widget`.
fn outro_page(story: &[&str], widget: &str) -> String {
    let (last, head) = story.split_last().map_or(("", story), |(l, h)| (*l, h));
    format!(
        "<html><head><title>Ferry every twenty minutes</title></head><body>\
         <header><a href=\"/\">Riverside Post</a></header>\
         <main><article><h1>Ferry every twenty minutes</h1><div class=\"entry-content\">{}\
         <div class=\"post-outro\"><p>{last}</p>{widget}</div></div></article></main>\
         <footer><p>Riverside Post</p></footer></body></html>",
        story::post(head, &[])
    )
}

/// A chat widget drawn in a box of its own (its name on an element with a
/// chip under it) is the whole widget: the post's paragraph beside it in
/// the block around it is the page's, not the widget's box, whether the
/// climb would start from the widget's name (the chip's label is no
/// launcher's) or from its launcher's label inside it.
#[test]
fn a_chat_widgets_own_box_keeps_the_paragraph_beside_it() {
    let widgets = [
        "<div class=\"quay-chat-float\"><div class=\"float-chip\"><span class=\"float-label\">Text the crew</span></div></div>",
        "<div class=\"quay-chat-float\"><div class=\"float-chip\"><span class=\"float-label\">Chat with us</span></div></div>",
    ];
    let mut story = STORY;
    story[3] = SHORT_LAST;
    for w in widgets {
        let a = story::explained(&outro_page(&story, w), URL);
        for p in story {
            assert!(a.text.contains(p), "{w}: lost {p:?} in:\n{}", a.text);
        }
        assert!(!a.text.contains("Text the crew"), "{w}: {}", a.text);
        assert!(!a.text.contains("Chat with us"), "{w}: {}", a.text);
    }
}

/// A box the page repeats is its layout: a chat's launcher, named as
/// nothing, that a page builder put in the text wrapper of the post's
/// last paragraph (a wrapper around each paragraph) takes no paragraph
/// for its greeting.
#[test]
fn a_launcher_in_a_repeated_wrapper_keeps_the_paragraph_beside_it() {
    let mut story = STORY;
    story[3] = SHORT_LAST;
    let launcher = "<div class=\"corner-btn\"><span>Chat with us</span></div>";
    let a = story::explained(&builder_page(&story, launcher), URL);
    story::assert_kept(&story, &a.text);
    assert!(!a.text.contains("Chat with us"), "{}", a.text);
}

/// A chat's named title (a line) climbs to the widget's box around it,
/// also when a page builder put the widget in the text wrapper of the
/// post's last paragraph: the greeting goes, the paragraph stays.
#[test]
fn a_chat_title_climbs_to_its_box_in_a_builders_wrapper() {
    let widget = "<div class=\"corner-wrap\"><div class=\"livechat-title\">Crew on deck</div>\
                  <div>Good morning, what brings you to the quay today?</div></div>";
    let a = story::explained(&builder_page(&STORY, widget), URL);
    story::assert_kept(&STORY, &a.text);
    assert!(!a.text.contains("Good morning"), "{}", a.text);
    assert!(
        story::removed_by(&a, "notice.chat-box"),
        "{}",
        story::removed(&a)
    );
}

/// A launcher's tab that asks first and names the chat in its own words
/// ("Questions? Chat"), no launcher phrase in it, anchors the chat's box
/// as a launcher phrase does: the box's greeting goes, the story stays.
/// (Collect's walk tells such a label from its phrase families and its
/// "chat" word before it reads the tab's parts.)
#[test]
fn a_tab_asking_then_naming_the_chat_anchors_its_box() {
    let greeting = "Good morning, what brings you to the quay today?";
    for label in ["Questions? Chat", "QUESTIONS? CHAT", "Dúvidas? Chatten!"] {
        let widget = format!(
            "<div class=\"corner-wrap\"><div class=\"corner-top\"><span>{greeting}</span></div>\
             <div class=\"corner-btn\"><span>{label}</span></div></div>"
        );
        let a = story::explained(&page(&widget, ""), URL);
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains("Good morning"), "{label}: {}", a.text);
        assert!(
            story::removed_by(&a, "notice.chat-box"),
            "{label}: {}",
            story::removed(&a)
        );
    }
}
