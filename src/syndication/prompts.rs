//! Widgets that call on the reader to act on the page itself (issue 16),
//! told by the structure of their line, not by one wording each:
//!
//! - a **rating prompt**: a short line that asks (it closes with a
//!   question mark) whether the content (`notice.content-subject`) was of
//!   use (`notice.helpful-word`): "Was this article helpful?", "¿Te
//!   resultó útil este artículo?" (its thumbs or stars are buttons);
//! - a **push prompt**: a short line that calls to switch on
//!   (`notice.enable-verb`) the site's notifications
//!   (`notice.notification-word`): "🔔 Don't miss a thing: enable
//!   notifications";
//! - a **call box**: the small box built around a button-like link that
//!   calls the reader away to act: to join a messaging channel (a Telegram
//!   or WhatsApp channel: `follow.channel-box`) or to buy a product (a
//!   link the page marks `rel="sponsored"`, a shop's product card with its
//!   price and its price note: `promo.product-card`). Its title, its
//!   promise, its figures and its button go. A link in a sentence of the
//!   post makes no box;
//! - a **widget box** ([`widget_box`]), told by the box a widget is drawn
//!   in, not by its words: a **button dialog** (`notice.button-dialog`), a
//!   short prompt over one or two script buttons that answer it (a push
//!   opt-in "We'd like to send you notifications … [Allow] [Cancel]", a
//!   closing "Ready for more? [Subscribe]"), outside the post's
//!   `<article>`/`<main>`; and a **chat box** (`notice.chat-box`), the
//!   short box around a chat's name (a class or id of the `chat` concept),
//!   its click-to-chat link or its launcher's label, whose greeting goes
//!   with it in any language ("Wie kann ich Ihnen heute helfen?"). A box
//!   whose text runs loose, goes on after its answers or past a short
//!   prompt, holds a field, media or a link elsewhere, or a bar of three
//!   buttons or more (a share bar, a toolbar) is no widget's.
//!
//! The vocabularies are [`crate::rules::notices`]'s; the rule ids travel
//! into `Article::removed`.

use super::families::{self, Families};
use super::why::Fired;
use crate::rules::notices::notice_patterns;
use crate::tag::Tag;

/// A prompt is at most this long (bytes): a widget's line, not a sentence
/// of prose (the chat and share lines' bound, `notices::WIDGET_LINE_MAX`).
const PROMPT_LINE_MAX: usize = 60;

/// A call box's call (its button) has at most this many words: "Join",
/// "Jetzt beitreten", "Voir le prix sur Amazon".
const CALL_MAX_WORDS: usize = 5;

/// A widget box's prompt holds at most this many words besides its
/// controls: a title and a line ("Vorremmo inviarti notifiche sulle ultime
/// notizie e sugli aggiornamenti."), not a paragraph of the post.
const DIALOG_PROMPT_MAX_WORDS: usize = 16;

/// Hosts of messaging channels: a link to one of them as a box's button
/// is a call to join the site's channel.
const CHANNEL_HOSTS: &[&str] = &[
    "t.me",
    "telegram.me",
    "telegram.dog",
    "whatsapp.com",
    "chat.whatsapp.com",
    "wa.me",
];

/// The first bytes of [`CHANNEL_HOSTS`] (lower case: each host is).
const CHANNEL_LEADS: &[u8] = b"tcw";

/// Whether a short block (its lower-cased text) is a rating or push
/// prompt, and the rule that says so.
pub(super) fn prompt(lower: &str, held: impl Fn() -> Families) -> Option<Fired<'static>> {
    if lower.len() > PROMPT_LINE_MAX {
        return None;
    }
    let line = lower.trim();
    // Most short lines neither ask nor name notifications: they are not
    // split into words. A line that names them holds a notification word
    // ([`families::NOTIFICATION`]), told by the block's families before
    // the words are looked for one by one.
    let asks = line.ends_with('?');
    let names_notifications = || {
        held().has(families::NOTIFICATION)
            && notice_patterns("notice.notification-word")
                .iter()
                .any(|p| line.contains(p))
    };
    if !asks && !names_notifications() {
        return None;
    }
    let words = super::notices::Words::of(line);
    let has = |id: &str| words.has(id);
    if asks && has("notice.helpful-word") && has("notice.content-subject") {
        return Some(Fired::Check("notice.rating-prompt"));
    }
    if has("notice.notification-word") && has("notice.enable-verb") {
        return Some(Fired::Check("notice.push-prompt"));
    }
    None
}

/// An `http(s)` address after its scheme and a `www.` (surrounding
/// whitespace trimmed), or `None` for another scheme.
fn web_address_rest(href: &str) -> Option<&[u8]> {
    let href = super::trim_whitespace(href);
    let rest = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))?;
    Some(rest.strip_prefix("www.").unwrap_or(rest).as_bytes())
}

/// Whether `href` leads to a messaging channel ([`CHANNEL_HOSTS`]).
pub(crate) fn is_channel_link(href: &str) -> bool {
    let Some(rest) = web_address_rest(href) else {
        return false;
    };
    // The host is one of them when the address opens with it and it ends
    // there (at the first `/`, `?` or `#`, none of which a channel host
    // holds): each compared at the address's start, not the host read out.
    // Most hosts open with a byte no channel host opens with: told by one
    // lookup, before the comparisons.
    if !rest
        .first()
        .is_some_and(|&b| CHANNEL_LEADS.contains(&b.to_ascii_lowercase()))
    {
        return false;
    }
    CHANNEL_HOSTS.iter().any(|h| {
        rest.get(..h.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(h.as_bytes()))
            && matches!(rest.get(h.len()), None | Some(b'/' | b'?' | b'#'))
    })
}

/// What a call box calls to: the rule its pieces are removed under.
fn call_rule(link: &scraper::node::Element) -> Option<&'static str> {
    // One pass over the attributes, their names compared as atoms: this
    // runs for every link of the page.
    let mut rule = None;
    for (name, value) in link.attrs.iter() {
        let name = &name.local;
        let value: &str = value;
        if *name == html5ever::local_name!("href") {
            if is_channel_link(value) {
                return Some("follow.channel-box");
            }
        } else if *name == html5ever::local_name!("rel")
            && value
                .split_ascii_whitespace()
                .any(|w| w.eq_ignore_ascii_case("sponsored"))
        {
            rule = Some("promo.product-card");
        }
    }
    rule
}

/// The call box around a link, when the link is a box's call: it leads
/// to a messaging channel or is marked sponsored ([`call_rule`]), its
/// text is a button's (a few words), and it stands outside the flow of a
/// sentence (its parent is no paragraph, list item, quotation, cell or
/// heading). The box is the call's nearest ancestor that holds more than
/// the call (its title, its promise, its price, another call), when that
/// one stays short as a signup box does ([`super::notices::signup_box`]'s
/// bounds) and is no landmark of the page nor a post-content module or
/// its inner wrapper (the module's one child, holding its blocks), nor
/// a wrapper of the page's layout ([`in_layout_wrapper`]: a page
/// builder's text wrapper, whose class the page gives the post's other
/// blocks, holds the post's prose, not the call's box);
/// the box does not grow past it, so a paragraph of the post beside the
/// box is not taken in. Returns its normalised text, with the rule its
/// pieces go under.
pub(super) fn call_box(link: scraper::ElementRef<'_>) -> Option<CallBox> {
    let rule = call_rule(link.value())?;
    let call = link.text().collect::<String>();
    if in_flow(link) || !is_call(&call) {
        return None;
    }
    let call = super::norm(&call);
    let module = |e: scraper::ElementRef<'_>| {
        e.value()
            .attr("class")
            .is_some_and(|c| super::class_roles(c, super::ROLE_MODULE) != 0)
    };
    for up in link.ancestors().filter_map(scraper::ElementRef::wrap) {
        // The module's inner wrapper: its one element child, holding the
        // module's blocks.
        let wrapper = up
            .parent()
            .and_then(scraper::ElementRef::wrap)
            .is_some_and(|p| {
                module(p) && p.children().filter(|c| c.value().is_element()).count() == 1
            });
        if module(up)
            || wrapper
            || matches!(up.value().name(), "body" | "html" | "main" | "article")
        {
            break;
        }
        let Some(text) = super::notices::box_text(up) else {
            break;
        };
        // A wrapper of the call alone: an inline one (a `<span>`, a
        // `<strong>`) is the button, not yet the box; a block of its own
        // (a button bar) is the whole box, and what stands beside it is
        // the post's flow, not the box's promise.
        if text == call {
            if flows_in_line(Tag::of(up.value().name())) {
                continue;
            }
            return Some(CallBox { text, rule });
        }
        let (paras, in_forms, words) = super::notices::box_blocks(up);
        if paras - in_forms.min(paras) > super::notices::SIGNUP_BOX_MAX_PARAS
            || words > super::notices::SIGNUP_PROMISE_MAX_WORDS
            || holds_heading(up)
            || in_layout_wrapper(up)
        {
            break;
        }
        return Some(CallBox { text, rule });
    }
    None
}

/// Whether an element stands in the flow of a sentence: its parent is a
/// paragraph, a list item, a quotation, a cell, a heading, a caption or a
/// definition.
fn in_flow(el: scraper::ElementRef<'_>) -> bool {
    use html5ever::local_name as n;
    el.parent()
        .and_then(|p| p.value().as_element())
        .is_some_and(|p| {
            matches!(
                p.name.local,
                n!("p")
                    | n!("li")
                    | n!("blockquote")
                    | n!("td")
                    | n!("th")
                    | n!("h1")
                    | n!("h2")
                    | n!("h3")
                    | n!("h4")
                    | n!("h5")
                    | n!("h6")
                    | n!("figcaption")
                    | n!("dd")
            )
        })
}

/// What a widget box is found from ([`widget_box`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// A labelled `<button>`: the box is a dialog its buttons answer
    /// (`notice.button-dialog`).
    Button,
    /// An element whose class or id names a chat widget: the vendor's name
    /// on the widget's own box (`notice.chat-box`).
    ChatNamed,
    /// A link that opens a chat ([`crate::rules::is_chat_action_link`]),
    /// or a leaf whose whole line is a chat launcher's label
    /// ([`super::notices::is_chat_launcher`]): the widget's control
    /// (`notice.chat-box`).
    ChatControl,
}

impl Anchor {
    /// The rule the box's pieces go under.
    fn rule(self) -> &'static str {
        match self {
            Anchor::Button => "notice.button-dialog",
            Anchor::ChatNamed | Anchor::ChatControl => "notice.chat-box",
        }
    }
}

/// A widget's box ([`widget_box`]): its whole text, normalised (prompt,
/// greeting, labels), and the rule its pieces go under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WidgetBox {
    text: String,
    rule: &'static str,
}

/// A dialog's answers are one or two buttons ("Allow" / "No thanks",
/// "Subscribe"): a bar of more is a share bar or a toolbar, whose buttons
/// answer nothing.
const DIALOG_MAX_ANSWERS: usize = 2;

/// The small box of a widget drawn over the page, found from its anchor
/// (see [`Anchor`]): a chat widget's greeting beside its launcher, a
/// dialog's prompt over its answer buttons. The anchor stands outside
/// the post's `<article>` or `<main>` (a widget is drawn over the page,
/// not written in the post) and outside the flow of a sentence
/// ([`in_flow`]); a button has a label of letters (an icon's button, a
/// heading's anchor, answers no prompt). The box is the nearest element
/// holding text besides its controls (the anchor, the `<button>`s) — for
/// an element named as a chat, the element itself — short of a heading,
/// a post-content module, a form, a figure or a landmark, and never past
/// an element named as a chat that is the widget's whole box (not a line
/// of it: [`names_part`]); it is a widget's when [`box_prompt`] reads its
/// prompt (at most [`DIALOG_PROMPT_MAX_WORDS`] words besides the
/// controls) and, unless it is the named element itself, the page does
/// not give its class to a box of other text ([`layout_wrapper`]: a box
/// of the page's layout).
pub(super) fn widget_box(el: scraper::ElementRef<'_>, anchor: Anchor) -> Option<WidgetBox> {
    if anchor == Anchor::Button && !el.text().any(|t| t.chars().any(char::is_alphabetic)) {
        return None;
    }
    // A dialog is drawn over the page, outside its post: a bar of buttons
    // inside the post's `<article>` or `<main>` (a share bar under the
    // post's last line) answers no prompt. A chat's name or control says
    // what its box is wherever a syndicated post carries it.
    let in_post = || {
        el.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "article" | "main"))
        })
    };
    if (anchor == Anchor::Button && in_post()) || (anchor != Anchor::ChatNamed && in_flow(el)) {
        return None;
    }
    let module = |e: scraper::ElementRef<'_>| {
        e.value()
            .attr("class")
            .is_some_and(|c| super::class_roles(c, super::ROLE_MODULE) != 0)
    };
    let start = (anchor == Anchor::ChatNamed).then_some(el);
    let ups = el.ancestors().filter_map(scraper::ElementRef::wrap);
    for up in start.into_iter().chain(ups) {
        // A heading's control (its anchor, its toggle) is the heading's.
        if module(up)
            || matches!(Tag::of(up.value().name()), Tag::H(_))
            || matches!(
                up.value().name(),
                "body" | "html" | "main" | "article" | "form" | "figure"
            )
        {
            return None;
        }
        let control = (up.id() != el.id()).then_some(el.id());
        let (prompt, text) = box_prompt(up, anchor, control)?;
        if prompt == 0 {
            // A widget's named box bounds it: past it is the page that
            // carries the widget.
            if up.id() != el.id() && names_chat(up.value()) && !names_part(up) {
                return None;
            }
            continue;
        }
        // A box around the anchor that the page repeats is its layout
        // (a page builder's text wrapper, one a paragraph), not a widget's.
        return (prompt <= DIALOG_PROMPT_MAX_WORDS && (up.id() == el.id() || !layout_wrapper(up)))
            .then(|| WidgetBox {
                text: super::norm(&text),
                rule: anchor.rule(),
            });
    }
    None
}

/// Whether element `el` is a wrapper of the page's layout: the page gives
/// its class to another element that holds other text (a page builder's
/// text wrapper, one around each block of the post). A widget is drawn
/// once, or drawn again as the same small box (a desktop and a mobile
/// copy of a chat bubble, of a consent dialog): copies of one text are
/// the widget's, not a layout's. An element without a class is no
/// layout's.
fn layout_wrapper(el: scraper::ElementRef<'_>) -> bool {
    let Some(class) = el
        .value()
        .attr("class")
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        return false;
    };
    // The box's own text is read only when the page repeats its class:
    // most boxes' classes are theirs alone.
    let mut own: Option<String> = None;
    el.tree()
        .root()
        .descendants()
        .filter(|n| n.id() != el.id())
        .filter_map(scraper::ElementRef::wrap)
        .filter(|e| e.value().attr("class").map(str::trim) == Some(class))
        .any(|copy| {
            let own = own.get_or_insert_with(|| super::norm(&el.text().collect::<String>()));
            super::norm(&copy.text().collect::<String>()) != *own
        })
}

/// Whether element `el` wraps a block of the page's layout: it is a
/// layout wrapper ([`layout_wrapper`]), or, without a class of its own,
/// the one element child of one (the wrapper's inner wrapper, holding
/// its blocks), at any depth.
fn in_layout_wrapper(el: scraper::ElementRef<'_>) -> bool {
    let mut el = el;
    loop {
        if el
            .value()
            .attr("class")
            .is_some_and(|c| !c.trim().is_empty())
        {
            return layout_wrapper(el);
        }
        let Some(parent) = el.parent().and_then(scraper::ElementRef::wrap) else {
            return false;
        };
        if parent.children().filter(|c| c.value().is_element()).count() != 1 {
            return false;
        }
        el = parent;
    }
}

/// The words of box `el`'s prompt (its text outside the `control`
/// subtree and its `<button>`s: 0 when it holds controls alone) and the
/// box's whole text, or `None` when the box is no widget's: text stands
/// loose in the box (in no element of its own: a post's flow), it holds
/// a field, a form, an image or media, a link (but a chat's, in a chat's
/// box), or its text runs past a short block. A dialog's
/// ([`Anchor::Button`]) buttons also answer its prompt: at most
/// [`DIALOG_MAX_ANSWERS`] of them, each a button's label ([`is_call`]),
/// below the prompt's line and closing the box (no text after them: an
/// accordion, a gallery), no icon among them.
fn box_prompt(
    el: scraper::ElementRef<'_>,
    anchor: Anchor,
    control: Option<ego_tree::NodeId>,
) -> Option<(usize, String)> {
    use ego_tree::iter::Edge;
    let dialog = anchor == Anchor::Button;
    let (mut raw, mut prompt) = (String::new(), String::new());
    // Depth inside a control or an element that shows no text.
    let (mut in_control, mut hidden) = (0usize, 0usize);
    let mut buttons = 0usize;
    // The prompt's line is still open: no block has closed since its
    // last text.
    let mut open_line = false;
    for edge in el.traverse() {
        match edge {
            Edge::Open(n) => {
                if let Some(e) = n.value().as_element() {
                    let is_control = Some(n.id()) == control || e.name() == "button";
                    match e.name() {
                        // A dialog's button is a label of a few words on a
                        // line below its prompt: a button in the prompt's
                        // line (a name's tooltip after "Edited by") or one
                        // that is itself a line of the post (an FAQ's
                        // question) makes no dialog.
                        "button"
                            if dialog
                                && (open_line
                                    || !scraper::ElementRef::wrap(n).is_some_and(|b| {
                                        is_call(&b.text().collect::<String>())
                                    })) =>
                        {
                            return None;
                        }
                        "script" | "style" | "noscript" | "template" => hidden += 1,
                        // A chat's box holds its click-to-chat link.
                        "a" if !dialog
                            && e.attr("href")
                                .is_some_and(crate::rules::is_chat_action_link) => {}
                        "svg" if !dialog => {}
                        // A field is a form's, media a gallery's, and a link
                        // in the prompt makes it a menu (a contents list
                        // over its "View more" toggle).
                        "a" | "input" | "textarea" | "select" | "form" | "img" | "picture"
                        | "video" | "audio" | "iframe" | "svg" => return None,
                        _ => {}
                    }
                    if is_control {
                        in_control += 1;
                    }
                    if !Tag::of(e.name()).is_inline() {
                        raw.push(' ');
                        prompt.push(' ');
                    }
                } else if let Some(t) = n.value().as_text() {
                    if hidden == 0 && !t.trim().is_empty() {
                        raw.push_str(t);
                        if raw.len() > super::SHORT_BLOCK {
                            return None;
                        }
                        if in_control == 0 {
                            // The prompt is an element of the box's own (its
                            // title, its line); text run loose in the box is a
                            // post's flow that a bar of buttons follows.
                            if (dialog && buttons > 0)
                                || n.parent().is_some_and(|p| p.id() == el.id())
                            {
                                return None;
                            }
                            prompt.push_str(t);
                            open_line = true;
                        }
                    }
                }
            }
            Edge::Close(n) => {
                if let Some(e) = n.value().as_element() {
                    if Some(n.id()) == control || e.name() == "button" {
                        in_control = in_control.saturating_sub(1);
                    }
                    match e.name() {
                        "button" => buttons += 1,
                        "script" | "style" | "noscript" | "template" => hidden -= 1,
                        _ => {}
                    }
                    if !Tag::of(e.name()).is_inline() {
                        open_line = false;
                    }
                }
            }
        }
    }
    if dialog && buttons > DIALOG_MAX_ANSWERS {
        return None;
    }
    Some((prompt.split_whitespace().count(), raw))
}

/// Whether a block (normalised) is a piece of one of the page's widget
/// boxes ([`widget_box`]): the whole box, or a piece of
/// [`super::notices::SIGNUP_PIECE_MIN_WORDS`] words or more (its title,
/// its greeting, its prompt); a shorter piece may be a heading of the
/// post.
pub(super) fn in_widget_box(n: &str, boxes: &[WidgetBox]) -> Option<Fired<'static>> {
    if n.is_empty() {
        return None;
    }
    let piece = n.split(' ').count() >= super::notices::SIGNUP_PIECE_MIN_WORDS;
    boxes
        .iter()
        .find(|b| b.text == n || (piece && super::has_words(&b.text, n)))
        .map(|b| Fired::Check(b.rule))
}

/// Whether an element names a chat widget in its class or id (the
/// `chat` concept of the class/id rules: "tawk-min-container",
/// "tidio-chat"). Read only for an element whose names are of widget
/// vocabulary.
pub(super) fn names_chat(e: &scraper::node::Element) -> bool {
    use crate::rules::{names_concept, Attribute, Concept};
    e.attr("class")
        .is_some_and(|c| names_concept(c, Attribute::Class, Concept::Chat))
        || e.attr("id")
            .is_some_and(|i| names_concept(i, Attribute::Id, Concept::Chat))
}

/// The `id` half of [`names_chat`]: whether an id value names a chat
/// widget. (Collect's walk reads the `class` half from its memo of class
/// values, which keeps each value's concepts.)
pub(super) fn id_names_chat(id: &str) -> bool {
    crate::rules::names_concept(id, crate::rules::Attribute::Id, crate::rules::Concept::Chat)
}

/// Whether an element named as a chat ([`names_chat`]) names a part of
/// the widget rather than the widget: it is a line (a title, a label, a
/// link), no block under it ([`Tag::is_block`]), so the widget's box is
/// the nearest one around it ([`widget_box`] from it as a control). An
/// element with a block of its own under it (a chip, a bubble, a panel)
/// is the widget's whole box, drawn on its own: the element around it
/// is where the page put it (a post's column, a page builder's text
/// module), not the widget's box, and its text is the page's.
pub(super) fn names_part(el: scraper::ElementRef<'_>) -> bool {
    el.descendants()
        .skip(1)
        .filter_map(|n| n.value().as_element())
        .all(|e| !Tag::of(e.name()).is_block())
}

/// Whether an element is a chat's control: a link that opens a chat
/// ([`crate::rules::is_chat_action_link`]), or a leaf whose one text is a
/// chat launcher's label ([`super::notices::is_chat_launcher`]: "Jetzt
/// chatten").
pub(super) fn chat_control(el: scraper::ElementRef<'_>) -> bool {
    // A control in the flow of a sentence anchors no box
    // ([`widget_box`]): told first, it spares most of a page's short
    // leaves (the links and labels of its menus' items) the reading of
    // their text.
    if in_flow(el) {
        return false;
    }
    let e = el.value();
    if e.name.local == html5ever::local_name!("a")
        && e.attr("href")
            .is_some_and(crate::rules::is_chat_action_link)
    {
        return true;
    }
    // A leaf: one child, a short text.
    let Some(child) = el.first_child() else {
        return false;
    };
    if child.next_sibling().is_some() {
        return false;
    }
    child.value().as_text().is_some_and(|t| {
        let t: &str = t;
        t.len() <= LAUNCHER_LEAF_MAX
            && super::with_lower(t, str::to_lowercase, super::notices::is_chat_launcher)
    })
}

/// A launcher's label is at most this long (bytes): a button's label, as
/// [`is_call`] reads it, not a sentence.
const LAUNCHER_LEAF_MAX: usize = 40;

/// Whether an element flows inside a line (it wraps a button's text: a
/// phrasing element or the `<button>` itself) rather than making a block
/// of its own.
fn flows_in_line(tag: Tag) -> bool {
    tag.is_inline() || matches!(tag, Tag::Button)
}

/// Whether `el` holds a heading element: a container whose text opens
/// with one of the post's headings is a section of the post with a call
/// at its end ("More questions? <h4>" over a channel link), not a box.
fn holds_heading(el: scraper::ElementRef<'_>) -> bool {
    el.descendants().any(|d| {
        d.value()
            .as_element()
            .is_some_and(|e| matches!(Tag::of(e.name()), Tag::H(_)))
    })
}

/// A call box ([`call_box`]): its normalised text and its rule.
#[derive(Debug, Clone)]
pub(super) struct CallBox {
    text: String,
    rule: &'static str,
}

/// Whether a block (normalised) is a piece of one of the page's call
/// boxes: a piece of [`super::notices::SIGNUP_PIECE_MIN_WORDS`] words or
/// more (a signup box's pieces), or a shorter one that is a price (a
/// currency sign and a digit: "€ 24,99", "R$ 129,90"). A shorter piece of
/// other words may be a heading of the post that the box's words repeat
/// ("iPhone 15" over a card "iPhone 15 $799 Get Deal"); a channel box's
/// lone call goes by [`channel_call`].
pub(super) fn in_call_box(raw: &str, n: &str, boxes: &[CallBox]) -> Option<Fired<'static>> {
    if n.is_empty() {
        return None;
    }
    let words = n.split(' ').count();
    if words < super::notices::SIGNUP_PIECE_MIN_WORDS && !is_price(raw) {
        return None;
    }
    boxes
        .iter()
        .find(|b| super::has_words(&b.text, n))
        .map(|b| Fired::Check(b.rule))
}

/// Currency signs a price is written with.
const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₹', '₽', '₩', '₺', '₫', '₪', '฿', '¢'];

/// Whether a short text is a price: a currency sign and a digit, nothing
/// else but separators ("€ 24,99", "24,99 €", "R$ 129,90").
fn is_price(raw: &str) -> bool {
    raw.contains(CURRENCY_SIGNS)
        && raw.contains(|c: char| c.is_ascii_digit())
        && raw.split_whitespace().count() <= 2
}

/// Whether a link's text is a button's: one to [`CALL_MAX_WORDS`]
/// words.
fn is_call(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=CALL_MAX_WORDS).contains(&words)
}

/// A call standing alone as a whole block holds at most this many words:
/// a button's label, or a one-line call with its promise ("👉 Join our
/// channel to get the news first"), not a paragraph of the post.
const LONE_CALL_MAX_WORDS: usize = 14;

/// The page of a publication on a news aggregator, where the reader
/// follows the site (Google News's `/publications/` pages): `(host, path
/// prefix)`, lower case.
const AGGREGATOR_FOLLOW_PAGES: &[(&str, &str)] = &[("news.google.com", "/publications/")];

/// Whether `href` leads to where the reader follows the site: a
/// messaging channel ([`is_channel_link`]) or a news aggregator's page of
/// the publication ([`AGGREGATOR_FOLLOW_PAGES`]).
pub(crate) fn is_follow_link(href: &str) -> bool {
    if is_channel_link(href) {
        return true;
    }
    let Some(rest) = web_address_rest(href) else {
        return false;
    };
    AGGREGATOR_FOLLOW_PAGES.iter().any(|(host, path)| {
        let (h, p) = (host.as_bytes(), path.as_bytes());
        rest.get(..h.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(h))
            && rest.get(h.len()..h.len() + p.len()) == Some(p)
    })
}

/// Whether a block is a follow call standing alone: the whole block is
/// one link to where the reader follows the site ([`is_follow_link`]: a
/// messaging channel, a news aggregator's page of the publication) and
/// reads as a call, not a paragraph ([`LONE_CALL_MAX_WORDS`]): a channel
/// box's button ("Join", "Jetzt beitreten"), the box's title and promise
/// being judged as the box's pieces, or a one-line call that is its own
/// box ("👉 Join our Telegram channel for the latest news", "Follow us on
/// Google News"). A link in a sentence of the post covers no whole block.
pub(super) fn channel_call(inline: &crate::Inline) -> Option<Fired<'static>> {
    let text = inline.text.trim();
    if text.is_empty() {
        return None;
    }
    // The link is told first: most blocks have none to a channel, and
    // their words are not read.
    let lead = inline.text.len() - inline.text.trim_start().len();
    let whole = inline.marks.iter().any(|m| {
        matches!(&m.kind, crate::MarkKind::Link { href } if is_follow_link(href))
            && m.start <= lead
            && m.end >= lead + text.len()
    });
    let words = text.split_whitespace().count();
    (whole && words <= LONE_CALL_MAX_WORDS).then_some(Fired::Check("follow.channel-call"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_channel_link`]'s first-byte test drops no channel link: the
    /// leads are the hosts' first bytes, and drawn addresses read as the
    /// host comparisons alone read them.
    #[test]
    fn channel_leads_keep_every_channel_link() {
        for h in CHANNEL_HOSTS {
            assert_eq!(h.to_ascii_lowercase(), *h);
            assert!(CHANNEL_LEADS.contains(&h.as_bytes()[0]), "{h}");
        }
        let by_hosts = |href: &str| {
            let href = href.trim();
            let Some(rest) = href
                .strip_prefix("https://")
                .or_else(|| href.strip_prefix("http://"))
            else {
                return false;
            };
            let rest = rest.strip_prefix("www.").unwrap_or(rest).as_bytes();
            CHANNEL_HOSTS.iter().any(|h| {
                rest.get(..h.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(h.as_bytes()))
                    && matches!(rest.get(h.len()), None | Some(b'/' | b'?' | b'#'))
            })
        };
        let pieces = [
            "https://",
            "http://",
            "www.",
            "T.ME",
            "t.me",
            "wa.me",
            "Chat.WhatsApp.com",
            "telegram.dog",
            "example.org",
            "/",
            "?x",
            "#",
            " ",
            "c",
            "W",
        ];
        let mut draw = crate::syndication::draw::Draw::new(19);
        let mut channels = 0;
        for n in 0..4000 {
            let href = draw.string(&pieces, n % 5);
            let want = by_hosts(&href);
            channels += usize::from(want);
            assert_eq!(is_channel_link(&href), want, "{href:?}");
        }
        assert!(channels > 50, "{channels}");
    }

    #[test]
    fn rating_and_push_prompts() {
        for line in [
            "Was this article helpful?",
            "¿te resultó útil este artículo?",
            "Cet article vous a-t-il été utile ?",
            "🔔 Ne ratez rien : activez les notifications",
            "Benachrichtigungen aktivieren",
        ] {
            let lower = line.to_lowercase();
            assert!(prompt(&lower, || Families::of(&lower)).is_some(), "{line}");
        }
        for line in [
            "This article was helpful to many readers.",
            "Was the council helpful?",
            "The app sends notifications every hour.",
        ] {
            let lower = line.to_lowercase();
            assert!(prompt(&lower, || Families::of(&lower)).is_none(), "{line}");
        }
    }

    #[test]
    fn channel_links() {
        assert!(is_channel_link("https://t.me/site"));
        assert!(is_channel_link("https://www.whatsapp.com/channel/x"));
        assert!(!is_channel_link("https://example.com/t.me"));
        assert!(!is_channel_link("/t.me"));
    }

    /// [`is_channel_link`] as it read the host before it found its end as
    /// a byte: split at the characters.
    fn is_channel_link_by_chars(href: &str) -> bool {
        let rest = href
            .trim()
            .strip_prefix("https://")
            .or_else(|| href.trim().strip_prefix("http://"));
        let Some(rest) = rest else {
            return false;
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.strip_prefix("www.").unwrap_or(host);
        CHANNEL_HOSTS.iter().any(|h| h.eq_ignore_ascii_case(host))
    }

    #[test]
    fn channel_links_read_as_bytes_as_by_chars() {
        let mut hits = 0;
        for href in [
            "https://t.me/site",
            " https://T.ME?x=1 ",
            "http://www.wa.me#join",
            "https://www.whatsapp.com/channel/x",
            "https://chat.whatsapp.com",
            "https://telegram.dog/",
            "https://t.me.example/x",
            "https://www.t.me\\x",
            "https://caf\u{e9}.t.me/",
            "https://t.m\u{e9}/x",
            "HTTPS://t.me/x",
            "https://",
            "http://www.",
            "/t.me",
            "",
        ] {
            let got = is_channel_link(href);
            assert_eq!(got, is_channel_link_by_chars(href), "{href:?}");
            hits += usize::from(got);
        }
        assert_eq!(hits, 6);
    }

    #[test]
    fn call_rules_read_by_atom() {
        let doc = scraper::Html::parse_fragment(
            r#"<a id=a href="https://t.me/x">Join</a><a id=b rel="nofollow Sponsored" href="/p">Buy</a><a id=c rel=sponsored href="https://wa.me/1">Chat</a><a id=d href="https://example.com">Read</a>"#,
        );
        let rule = |id: &str| {
            let sel = scraper::Selector::parse(&format!("#{id}")).expect("selector");
            doc.select(&sel).next().and_then(|a| call_rule(a.value()))
        };
        assert_eq!(rule("a"), Some("follow.channel-box"));
        assert_eq!(rule("b"), Some("promo.product-card"));
        assert_eq!(rule("c"), Some("follow.channel-box"));
        assert_eq!(rule("d"), None);
    }
}
