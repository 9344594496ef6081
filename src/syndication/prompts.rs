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
//!   post makes no box.
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

/// Whether `href` leads to a messaging channel ([`CHANNEL_HOSTS`]).
fn is_channel_link(href: &str) -> bool {
    let href = super::trim_whitespace(href);
    let Some(rest) = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))
    else {
        return false;
    };
    // The host is one of them when the address opens with it and it ends
    // there (at the first `/`, `?` or `#`, none of which a channel host
    // holds): each compared at the address's start, not the host read out.
    let rest = rest.strip_prefix("www.").unwrap_or(rest).as_bytes();
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
/// its inner wrapper (the module's one child, holding its blocks);
/// the box does not grow past it, so a paragraph of the post beside the
/// box is not taken in. Returns its normalised text, with the rule its
/// pieces go under.
pub(super) fn call_box(link: scraper::ElementRef<'_>) -> Option<CallBox> {
    let rule = call_rule(link.value())?;
    let in_flow = link
        .parent()
        .and_then(scraper::ElementRef::wrap)
        .is_some_and(|p| {
            matches!(
                p.value().name(),
                "p" | "li"
                    | "blockquote"
                    | "td"
                    | "th"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "figcaption"
                    | "dd"
            )
        });
    let call = link.text().collect::<String>();
    if in_flow || !is_call(&call) {
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
        {
            break;
        }
        return Some(CallBox { text, rule });
    }
    None
}

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

/// Whether a block is a channel box's call standing alone: the whole
/// block is one link to a messaging channel whose text is a button's
/// ("Join", "Jetzt beitreten"), the box's title and promise being judged
/// as the box's pieces.
pub(super) fn channel_call(inline: &crate::Inline) -> Option<Fired<'static>> {
    let text = inline.text.trim();
    if text.is_empty() {
        return None;
    }
    // The link is told first: most blocks have none to a channel, and
    // their words are not read.
    let lead = inline.text.len() - inline.text.trim_start().len();
    let whole = inline.marks.iter().any(|m| {
        matches!(&m.kind, crate::MarkKind::Link { href } if is_channel_link(href))
            && m.start <= lead
            && m.end >= lead + text.len()
    });
    (whole && is_call(text)).then_some(Fired::Check("follow.channel-call"))
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
