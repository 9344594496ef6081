//! **Launcher beside its bubble** (`widget.launcher-beside-bubble`).
//!
//! - *Concept*: a chat widget's box holds its launcher's label and its
//!   greeting bubble, one line each ("Chat with our team" / "Hi there 👋
//!   How can we help you today?"). The bubble's words give the widget
//!   away ([`is_widget_lower`](super::is_widget_lower)); the label, a few
//!   words with no stop, is the same box's, whatever it says.
//! - *Scope*: a paragraph of at most [`LABEL_WORDS`] words and
//!   [`LABEL_BYTES`] bytes, with no sentence stop, no digit and no link
//!   but to a chat ([`chat_action`]: the widget's button, "Écrivez-nous"),
//!   right before or right after a paragraph that is a widget line; either
//!   of the two among the post's last [`TAIL`](super::TAIL) blocks.
//! - *Note*: a post's own short line beside a widget line (a subheading
//!   is a heading, not a paragraph) is rare; a label with a stop or a link
//!   is a sentence or a pointer of the post. A line all in bold is a
//!   subheading written as bold text (`<b>…</b><br>` in loose text), the
//!   post's: a launcher's label is the widget's plain text.

use crate::article::Block;

/// Words a launcher's label has at most ("Chat with our team", "Talk to
/// us", "Fragen?").
const LABEL_WORDS: usize = 4;
/// Bytes a launcher's label has at most.
const LABEL_BYTES: usize = 40;

/// For each of `blocks`, whether it is a launcher's label beside a
/// widget's bubble (see the module's docs). `counted` tells the blocks
/// the stripper counts, `text_blocks` of them in all.
pub(super) fn launcher_labels(
    blocks: &[Block],
    (counted, text_blocks): (&impl Fn(&Block) -> bool, usize),
) -> Vec<bool> {
    // The index of the first block among the post's last `TAIL`.
    let mut rank = 0usize;
    let tail_from = blocks
        .iter()
        .position(|b| {
            rank += usize::from(counted(b));
            rank + super::TAIL > text_blocks
        })
        .unwrap_or(blocks.len());
    // Whether a paragraph is a widget's line, read only beside a label
    // that may stand at the tail (most blocks are neither).
    let mut widget: Vec<Option<bool>> = vec![None; blocks.len()];
    let mut is_widget = |i: usize| -> bool {
        let Some(slot) = widget.get_mut(i) else {
            return false;
        };
        *slot.get_or_insert_with(|| widget_line(&blocks[i]))
    };
    (0..blocks.len())
        .map(|i| {
            // Beside a bubble, one of the two among the last blocks.
            if i + 1 < tail_from {
                return false;
            }
            let Block::Paragraph(p) = &blocks[i] else {
                return false;
            };
            label_shaped(p)
                && !is_widget(i)
                && (i >= tail_from && i.checked_sub(1).is_some_and(&mut is_widget)
                    || is_widget(i + 1))
        })
        .collect()
}

/// Whether a block is a paragraph that reads as a widget's line (its
/// bubble), short enough to be one.
fn widget_line(block: &Block) -> bool {
    match block {
        Block::Paragraph(p) if p.text.len() < super::WIDGET_LINE => {
            super::is_widget_line(&p.text, false).is_some()
        }
        _ => false,
    }
}

/// Whether a paragraph has a launcher label's shape (see the module's
/// scope): a few words, no stop, no digit, no link but to a chat, not all
/// in bold (a subheading written as a bold line).
fn label_shaped(p: &crate::article::Inline) -> bool {
    let text = p.text.trim();
    let bold = p.marks.iter().any(|m| {
        m.kind == crate::article::MarkKind::Strong && m.start == 0 && m.end >= p.text.len()
    });
    !text.is_empty()
        && !bold
        && text.len() <= LABEL_BYTES
        && text.split_whitespace().count() <= LABEL_WORDS
        && !text.contains(['.', '!', ':', ';'])
        && !text.chars().any(|c| c.is_ascii_digit())
        && p.marks.iter().all(|m| match &m.kind {
            crate::article::MarkKind::Link { href } => chat_action(href),
            _ => true,
        })
}

/// Whether `href` opens a chat: a chat app's link (a WhatsApp
/// click-to-chat, [`brand::CHAT_ACTION_HOSTS`](super::brand::CHAT_ACTION_HOSTS)),
/// a text message or a call.
fn chat_action(href: &str) -> bool {
    let Ok(u) = url::Url::parse(href) else {
        return false;
    };
    matches!(u.scheme(), "whatsapp" | "sms" | "tel")
        || u.host_str()
            .is_some_and(|h| super::brand::CHAT_ACTION_HOSTS.contains(&h))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Inline;

    fn para(t: &str) -> Block {
        Block::Paragraph(Inline::plain(t))
    }

    #[test]
    fn a_short_label_beside_a_bubble_at_the_tail_is_the_widgets() {
        let blocks = [
            para("The ferry sails again on Monday with forty passengers on board."),
            para("Chat with our team"),
            para("Hi there 👋 How can we help you today?"),
        ];
        let all = |_: &Block| true;
        assert_eq!(launcher_labels(&blocks, (&all, 3)), [false, true, false]);
        // Away from the tail (a long post), or with a stop: the post's.
        assert_eq!(
            launcher_labels(&blocks, (&all, 3 + 2 * super::super::TAIL)),
            [false, false, false]
        );
        let blocks = [
            para("Ask the skipper."),
            para("Hi there 👋 How can we help you today?"),
        ];
        assert_eq!(launcher_labels(&blocks, (&all, 2)), [false, false]);
        // The widget's button to a chat app, after the bubble.
        let mut button = Inline::plain("Écrivez-nous");
        button.marks.push(crate::article::Mark {
            start: 0,
            end: button.text.len(),
            kind: crate::article::MarkKind::Link {
                href: "https://wa.me/33600000000".into(),
            },
        });
        let bubble = "Bonjour, comment pouvons-nous vous aider ?";
        let blocks = [para(bubble), Block::Paragraph(button.clone())];
        assert_eq!(launcher_labels(&blocks, (&all, 2)), [false, true]);
        // A link elsewhere is the post's pointer.
        if let Some(m) = button.marks.first_mut() {
            m.kind = crate::article::MarkKind::Link {
                href: "https://council.example/report".into(),
            };
        }
        let blocks = [para(bubble), Block::Paragraph(button)];
        assert_eq!(launcher_labels(&blocks, (&all, 2)), [false, false]);
    }

    /// [`launcher_labels`] as it read every paragraph for a widget's line
    /// first: the definition its lazy reading keeps.
    fn launcher_labels_by_reading(blocks: &[Block], text_blocks: usize) -> Vec<bool> {
        let tail_from = text_blocks.saturating_sub(super::super::TAIL);
        let widget: Vec<bool> = blocks.iter().map(widget_line).collect();
        let is_widget = |i: Option<usize>| i.and_then(|i| widget.get(i)).copied().unwrap_or(false);
        (0..blocks.len())
            .map(|i| {
                let Block::Paragraph(p) = &blocks[i] else {
                    return false;
                };
                let label = label_shaped(p) && !widget[i];
                let beside =
                    |j: Option<usize>| is_widget(j) && j.is_some_and(|j| j.max(i) >= tail_from);
                label && (beside(i.checked_sub(1)) || beside(Some(i + 1)))
            })
            .collect()
    }

    #[test]
    fn labels_are_read_as_when_every_line_was() {
        let lines = [
            "Chat with our team",
            "Hi there 👋 How can we help you today?",
            "We use cookies to improve your experience.",
            "Talk to us",
            "The ferry sails again on Monday with forty passengers on board.",
            "Fragen?",
            "Ask the skipper",
        ];
        let mut draw = super::super::draw::Draw::new(16);
        let mut labelled = 0;
        for len in 0..400 {
            let blocks: Vec<Block> = (0..len % 9)
                .map(|_| para(draw.pick::<&str>(&lines)))
                .collect();
            let all = |_: &Block| true;
            for text_blocks in [blocks.len(), blocks.len() + 3] {
                let want = launcher_labels_by_reading(&blocks, text_blocks);
                assert_eq!(launcher_labels(&blocks, (&all, text_blocks)), want);
                labelled += want.iter().filter(|l| **l).count();
            }
        }
        assert!(labelled > 50, "{labelled} labels");
    }
}
