//! The stripper's reading of [`crate::rules::notices`]: disclosures (a
//! sentence about how the content was made or paid for) and the closed UI
//! lines of chat and share widgets.

use super::families::{self, Families};
use super::why::{Fired, Why};
use super::{sentence_spans, SHORT_BLOCK};
use crate::rules::notices::{notice_patterns, NOTICE_RULES};

/// A chat or share line is at most this long (bytes): a button's label or
/// a status line, not a sentence of prose.
const WIDGET_LINE_MAX: usize = 60;

/// Whether a short block is a notice, and the rule that says so. A
/// disclosure sentence removes the block at the post's edge (with the date
/// stamp or price note beside it in the same box), away from the edge only
/// when disclosure sentences are most of the block. A made-by note whose
/// other sentences are a paragraph of prose ([`super::PROSE_BYTES`]) was
/// glued to the post's first or last paragraph: the paragraph stays, and
/// the note is cut off its edge ([`is_disclosure`]).
///
/// `held` gives the phrase families of `lower` ([`Families::of`]), asked
/// only when the block may be a disclosure.
pub(super) fn notice(
    text: &str,
    lower: &str,
    edge: bool,
    held: impl Fn() -> Families,
) -> Option<Why<'static>> {
    if text.len() > SHORT_BLOCK || lower.is_empty() {
        return None;
    }
    // The families are read once, when a check first asks (the caller's
    // `held` may read them anew at each call).
    let read = std::cell::OnceCell::new();
    let held = || *read.get_or_init(&held);
    // A widget line is one of the line rules' phrases or opens with one
    // ([`families::NOTICE_LINE`]), or names the chat in a tab's own words
    // ([`chat_tab`]): a line that does neither is not compared with each.
    if lower.len() <= WIDGET_LINE_MAX && may_be_widget_line(held(), lower) {
        if let Some(fired) = widget_line(lower) {
            return Some(Why::new("widget:text", fired));
        }
    }
    // a rating or push prompt (`super::prompts`).
    if let Some(fired) = super::prompts::prompt(lower, held) {
        return Some(Why::new("widget:text", fired));
    }
    if edge {
        if let Some(why) = import_note(text) {
            return Some(why);
        }
    }
    if !may_disclose(held()) {
        return None;
    }
    let spans = sentence_spans(text);
    let mut covered = 0;
    let mut first = None;
    for &(s, e) in &spans {
        let Some(sentence) = text.get(s..e) else {
            continue;
        };
        if let Some(id) = disclosure(sentence) {
            covered += e - s;
            first.get_or_insert(id);
        }
    }
    let id = first?;
    let len = text.trim().len();
    // A note on how the text was made is glued to the post's paragraph; an
    // affiliate note sits in the site's small print (a plug, a price note)
    // that goes with it.
    let glued = id == "notice.disclosure-made-by" && len - covered.min(len) >= super::PROSE_BYTES;
    ((edge || covered * 2 >= len) && !glued).then(|| Why::new("legal:text", Fired::Check(id)))
}

/// An importer's note (`notice.disclosure-imported`): sentences naming a
/// news feed by its acronym (`notice.feed-acronym`) and a machine as the
/// maker by its manner (`notice.machine-manner`: "automatically") are
/// most of a short block. Asked only at the post's edge, where an
/// importer prints it; the feed's acronym, a plain search, is looked for
/// first.
fn import_note(text: &str) -> Option<Why<'static>> {
    if !notice_patterns("notice.feed-acronym")
        .iter()
        .any(|p| text.contains(p))
    {
        return None;
    }
    let mut covered = 0;
    for (s, e) in sentence_spans(text) {
        if text.get(s..e).is_some_and(is_import_sentence) {
            covered += e - s;
        }
    }
    let len = text.trim().len();
    (covered > 0 && covered * 2 >= len)
        .then(|| Why::new("legal:text", Fired::Check("notice.disclosure-imported")))
}

/// Whether a sentence is an importer's note: it names a news feed by its
/// acronym and a machine as the maker by its manner.
fn is_import_sentence(sentence: &str) -> bool {
    has_feed_acronym(sentence) && Words::of(&sentence.to_lowercase()).has("notice.machine-manner")
}

/// Whether `text` names a news feed by its acronym (`notice.feed-acronym`),
/// in its own case, no Latin letter or digit beside it: the scripts
/// written without spaces glue it to their words ("自RSS订阅源").
fn has_feed_acronym(text: &str) -> bool {
    notice_patterns("notice.feed-acronym").iter().any(|p| {
        text.match_indices(p).any(|(i, m)| {
            let before = text[..i].chars().next_back();
            let after = text[i + m.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_ascii_alphanumeric())
        })
    })
}

/// Whether a removal reason is a disclosure's: a sentence that may be cut
/// off the edge of the post's first or last paragraph.
pub(super) fn is_disclosure(why: &Why<'_>) -> bool {
    matches!(
        why.fired,
        Fired::Check("notice.disclosure-made-by" | "notice.disclosure-paid-by")
    )
}

/// Whether a block's lower-cased text holds a content subject or an
/// earning word anywhere, and a making verb or a purchase word: every
/// disclosure holds one of each pair ([`disclosure`]: a subject with its
/// making verb, an earning with its purchase), and most short blocks
/// lack one, so they are not split into sentences and words. Told by the
/// block's phrase families (`held`, read in the one pass of
/// [`Families::of`] over all the stripper's phrase lists).
fn may_disclose(held: Families) -> bool {
    held.has(families::DISCLOSURE) && held.has(families::DISCLOSURE_ACT)
}

/// The rule id if `sentence` is a disclosure: a content subject, a making
/// verb and a machine maker; or an earning, a purchase and the site as the
/// earner.
fn disclosure(sentence: &str) -> Option<&'static str> {
    let lower = sentence.to_lowercase();
    let words = Words::of(&lower);
    let has = |id: &str| words.has(id);
    let cased = || has_abbreviation(sentence);
    if has("notice.content-subject")
        && has("notice.making-verb")
        && (has("notice.machine-maker") || has("notice.machine-manner") || cased())
    {
        return Some("notice.disclosure-made-by");
    }
    if has("notice.earning") && has("notice.purchase") && has("notice.earner") {
        return Some("notice.disclosure-paid-by");
    }
    None
}

/// Whether the link whose text is `link` credits the page it leads to as
/// the one a machine made the post from (`notice.made-from-link`): the
/// sentence of the short block `block` that holds the link's text is a
/// made-by disclosure or an importer's note ("imported automatically from
/// the RSS feed of <a>Outlet</a>", [`import_note`]), wherever the link
/// stands in it, and the link's text
/// names no machine (a tool's link: "written with <a>ChatGPT</a>"). The
/// caller tells that the link leads to another host and where the block
/// stands, and that the block names the content ([`may_tell_making`]).
pub(super) fn made_from_link(block: &str, link: &str) -> bool {
    let link = link.trim();
    if link.is_empty() || block.len() > SHORT_BLOCK {
        return false;
    }
    let machine = |text: &str| {
        Words::of(&text.to_lowercase()).has("notice.machine-maker") || has_abbreviation(text)
    };
    sentence_spans(block).into_iter().any(|(s, e)| {
        block.get(s..e).is_some_and(|sentence| {
            sentence.contains(link)
                && (disclosure(sentence) == Some("notice.disclosure-made-by")
                    || is_import_sentence(sentence))
        })
    }) && !machine(link)
}

/// Builds this module's phrase tables ([`super::build_tables`]).
pub(super) fn build_tables() {
    let _ = may_tell_making("");
    let _ = PHRASE_LOOKUPS.len();
}

/// Whether a block's lower-cased text holds a content subject or a news
/// feed's acronym anywhere: every made-by disclosure holds the one, every
/// importer's note the other ([`made_from_link`] is asked only then). One
/// automaton, built once.
pub(super) fn may_tell_making(lower: &str) -> bool {
    // Each acronym's searcher built once, not at each block (what
    // `str::contains` does).
    static FEEDS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            notice_patterns("notice.feed-acronym")
                .iter()
                .map(|p| memchr::memmem::Finder::new(&p.to_lowercase()).into_owned())
                .collect()
        });
    if FEEDS.iter().any(|f| f.find(lower.as_bytes()).is_some()) {
        return true;
    }
    // A DFA: the subjects open with the commonest letters, which no
    // prefilter skips, and a block is read whole when it names none.
    static SUBJECTS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(notice_patterns("notice.content-subject"))
                .ok()
        });
    SUBJECTS.as_ref().is_none_or(|ac| ac.is_match(lower))
}

/// Whether `text` holds a machine maker's upper-case abbreviation ("AI",
/// "KI") as a word of its own case.
fn has_abbreviation(text: &str) -> bool {
    let cased_words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_end_matches('.'))
        .collect();
    notice_patterns("notice.machine-abbreviation")
        .iter()
        .any(|p| cased_words.contains(&p.trim_end_matches('.')))
}

/// A lower-cased text split into its words (letters, digits and hyphens),
/// asked which `notice.*` concepts it holds: one split, any number of
/// concepts.
pub(super) struct Words<'a> {
    lower: &'a str,
    words: Vec<&'a str>,
}

impl<'a> Words<'a> {
    pub(super) fn of(lower: &'a str) -> Self {
        let words = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        Words { lower, words }
    }

    /// Whether the text holds one of the phrases of the concept `id`, as
    /// whole words ([`has_phrase`]): its one-word phrases are looked up
    /// by each of the text's words in their sorted list
    /// ([`PhraseLookup`]), not compared with each word one by one.
    pub(super) fn has(&self, id: &str) -> bool {
        let Some(at) = NOTICE_RULES.iter().position(|r| r.id == id) else {
            return false;
        };
        let Some(lookup) = PHRASE_LOOKUPS.get(at) else {
            return notice_patterns(id)
                .iter()
                .any(|p| has_phrase(self.lower, &self.words, p));
        };
        self.words
            .iter()
            .any(|w| lookup.words.binary_search(w).is_ok())
            || lookup
                .others
                .iter()
                .any(|p| has_phrase(self.lower, &self.words, p))
    }
}

/// A notice rule's phrases split as [`has_phrase`] reads them: the ones
/// looked up among a text's words (one word of a script written with
/// spaces), sorted, and the ones looked for in the text.
struct PhraseLookup {
    words: Vec<&'static str>,
    others: Vec<&'static str>,
}

/// Per rule of [`NOTICE_RULES`], in its order: [`PhraseLookup`].
static PHRASE_LOOKUPS: std::sync::LazyLock<Vec<PhraseLookup>> = std::sync::LazyLock::new(|| {
    NOTICE_RULES
        .iter()
        .map(|r| {
            let (mut words, others): (Vec<&'static str>, Vec<&'static str>) =
                r.patterns.iter().partition(|p| is_word_phrase(p));
            words.sort_unstable();
            PhraseLookup { words, others }
        })
        .collect()
});

/// Whether [`has_phrase`] looks `phrase` up among a text's words: it is
/// one word, of a script written with spaces.
fn is_word_phrase(phrase: &str) -> bool {
    !phrase.chars().next().is_some_and(super::brand::is_unspaced) && !phrase.contains(' ')
}

/// Whether `phrase` is in `lower` as whole words: one word is looked up
/// among `words`, a longer phrase in the text with word edges around it.
pub(super) fn has_phrase(lower: &str, words: &[&str], phrase: &str) -> bool {
    // A script written without spaces has no word edges to look for.
    if phrase.chars().next().is_some_and(super::brand::is_unspaced) {
        return lower.contains(phrase);
    }
    if is_word_phrase(phrase) {
        return words.contains(&phrase);
    }
    lower.match_indices(phrase).any(|(i, m)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A chat launcher, a chat status line or a share prompt as a line of its
/// own; a chat launcher also as a tab's label ([`chat_tab`]).
fn widget_line(lower: &str) -> Option<Fired<'static>> {
    if lower.len() > WIDGET_LINE_MAX {
        return None;
    }
    let line = lower.trim_matches(|c: char| !c.is_alphanumeric());
    line_rule(line).or_else(|| chat_tab(line))
}

/// Whether a short line (lower case) is a chat launcher's label
/// ([`chat_tab`]: a `notice.chat-launcher` phrase, alone or as a tab's
/// label), its outer punctuation trimmed: the control a chat widget's box
/// is found from ([`super::prompts::chat_control`]).
pub(super) fn is_chat_launcher(lower: &str) -> bool {
    lower.len() <= WIDGET_LINE_MAX
        && may_be_widget_line(Families::of(lower), lower)
        && chat_tab(lower.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
}

/// Whether a short lower-case line (whose phrase families are `held`) may
/// be a widget line ([`widget_line`], [`chat_tab`]): every phrase those
/// compare the line (or its part after a tab's question) with is a phrase
/// of the line rules ([`families::NOTICE_LINE`]), and a tab's call in its
/// own words names the chat ("chat…"). A line that holds neither is no
/// widget line, told in the one pass that read its families instead of
/// comparing it with each rule's phrases.
pub(super) fn may_be_widget_line(held: Families, lower: &str) -> bool {
    held.has(families::NOTICE_LINE) || lower.contains("chat")
}

/// A line's words the reader is asked before a chat launcher's phrase
/// ("Questions?", "Need help?") at most: a tab's prompt, not a sentence.
const CHAT_TAB_QUESTION_WORDS: usize = 2;

/// Words a chat tab names its channel with after the launcher's phrase
/// ("pelo chat", "via chat", "im Chat") at most.
const CHAT_TAB_CHANNEL_WORDS: usize = 2;

/// A tab's call after its question names the chat in at most this many
/// words ("Scrivici in chat!", "Chatten Sie mit uns!").
const CHAT_TAB_CALL_WORDS: usize = 4;

/// A chat launcher's tab label, in any of the launcher's languages: an
/// optional short question ("Questions?", "Dúvidas?", "¿Preguntas?"),
/// then a `notice.chat-launcher` phrase that ends the line, or that only
/// the chat channel's name follows (a word opening with "chat": "Fale
/// conosco pelo chat!"); after the question, also a call of at most
/// [`CHAT_TAB_CALL_WORDS`] words one of which opens with "chat". `line` is lower case, its outer punctuation
/// trimmed. A sentence about a chat says more around the phrase.
fn chat_tab(line: &str) -> Option<Fired<'static>> {
    let (asked, rest) = match line.split_once('?') {
        Some((question, rest))
            if question.split_whitespace().count() <= CHAT_TAB_QUESTION_WORDS =>
        {
            (true, rest.trim_matches(|c: char| !c.is_alphanumeric()))
        }
        Some(_) => return None,
        None => (false, line),
    };
    let rule = NOTICE_RULES
        .iter()
        .find(|r| r.id == "notice.chat-launcher")?;
    let phrase = rule.patterns.iter().find_map(|p| {
        let tail = rest.strip_prefix(p)?;
        let channel: Vec<&str> = tail.split_whitespace().collect();
        let named = tail.is_empty()
            || (tail.starts_with(' ')
                && channel.len() <= CHAT_TAB_CHANNEL_WORDS
                && channel.last().is_some_and(|w| w.starts_with("chat")));
        named.then_some(Fired::Rule(rule.id, p))
    });
    // After the tab's question, its call in the tab's own words: a few
    // words, one of them the chat itself ("Scrivici in chat!", "Chatten
    // Sie mit uns!"), in any language that names it so.
    phrase.or_else(|| {
        let words = rest.split_whitespace().count();
        let names_chat = rest
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with("chat"));
        (asked && (1..=CHAT_TAB_CALL_WORDS).contains(&words) && names_chat)
            .then_some(Fired::Check("notice.chat-launcher"))
    })
}

/// The line rules' (`NoticeScope::Line`, `NoticeScope::LinePrefix`)
/// verdict on a trimmed lower-case line.
fn line_rule(line: &str) -> Option<Fired<'static>> {
    for rule in NOTICE_RULES {
        let hit = match rule.scope {
            crate::rules::notices::NoticeScope::Line => rule.patterns.iter().find(|p| **p == line),
            crate::rules::notices::NoticeScope::LinePrefix => {
                rule.patterns.iter().find(|p| super::opens_with(line, p))
            }
            _ => None,
        };
        if let Some(p) = hit {
            return Some(Fired::Rule(rule.id, p));
        }
    }
    None
}

/// Whether a removal reason is a share prompt's (`notice.share-prompt`):
/// a bare count right after it is the bar's ([`share_count`]).
pub(super) fn is_share_prompt(why: &Why<'_>) -> bool {
    matches!(why.fired, Fired::Rule("notice.share-prompt", _))
}

/// A share or follow bar's count as a whole line ("3263", "3,263",
/// "1.2K"): digits with thousands or decimal separators and at most one
/// suffix of `notice.share-count`. Judged only right after a removed share
/// prompt; a bare number elsewhere is the post's.
pub(super) fn share_count(text: &str) -> Option<Why<'static>> {
    let line = text.trim().to_lowercase();
    let digits_end = line
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}')))
        .unwrap_or(line.len());
    let (number, suffix) = line.split_at(digits_end);
    let suffix = suffix.trim();
    let count = number.starts_with(|c: char| c.is_ascii_digit())
        && (suffix.is_empty() || notice_patterns("notice.share-count").contains(&suffix));
    count.then(|| Why::new("widget:text", Fired::Check("notice.share-count")))
}

/// A signup box holds at most this many normalised text bytes besides its
/// field: a title, a promise and a button, not a post.
const SIGNUP_BOX_MAX: usize = 300;

/// A signup box holds at most this many `<p>` elements outside its form
/// (its promise): the tail of a post that a form follows in the same
/// module is no box.
pub(super) const SIGNUP_BOX_MAX_PARAS: usize = 1;

/// A signup box's promise outside its form ("Get the week's best stories
/// in your inbox. No spam.") holds at most this many words in its `<p>`
/// and `<li>` elements: a paragraph of the post that a form follows in the
/// same module is longer.
pub(super) const SIGNUP_PROMISE_MAX_WORDS: usize = 20;

/// A block is taken for a piece of a signup box only with at least this
/// many words: a form's one- or two-word labels ("Services", "Your name")
/// are also the headings of posts.
pub(super) const SIGNUP_PIECE_MIN_WORDS: usize = 3;

/// Whether an element is an e-mail field (`<input type="email">`), the one
/// control a newsletter or push signup box is built around.
pub(super) fn is_email_field(e: &scraper::node::Element) -> bool {
    e.name() == "input"
        && e.attr("type")
            .is_some_and(|t| t.eq_ignore_ascii_case("email"))
}

/// The normalised text of the signup box around an e-mail field: its
/// largest ancestor that stays short ([`SIGNUP_BOX_MAX`], at most
/// [`SIGNUP_BOX_MAX_PARAS`] paragraphs) and is no landmark of the page.
/// The box's title and promise ("The morning newsletter", "The day's news
/// in your inbox, free") are its text; which words they use does not
/// matter.
pub(super) fn signup_box(field: scraper::ElementRef<'_>) -> Option<String> {
    let mut best = None;
    let mut titled = false;
    // The raw text of the ancestor read last, by node: the next one's
    // holds it whole, and reads only its other children.
    let mut below: Option<(ego_tree::NodeId, String)> = None;
    for up in field.ancestors().filter_map(scraper::ElementRef::wrap) {
        // A page builder's post-content module holds the post's blocks: a
        // form appended to it is a box inside the post, and neither the
        // module nor its inner wrapper (which holds the blocks too) is.
        let module = |e: scraper::ElementRef<'_>| {
            e.value()
                .attr("class")
                .is_some_and(|c| super::class_roles(c, super::ROLE_MODULE) != 0)
        };
        // So does a builder's text module that the post's prose goes on
        // after (told by its place, whatever its class names): a heading
        // in it over a form is the subheading of that prose.
        let module = |e: scraper::ElementRef<'_>| module(e) || text_module_before_prose(e);
        if matches!(up.value().name(), "body" | "html" | "main" | "article")
            || module(up)
            || up
                .parent()
                .and_then(scraper::ElementRef::wrap)
                .is_some_and(module)
        {
            break;
        }
        // A box that holds its title or promise already is whole: loose
        // text beside it in a wrapper (lines typed into a builder's text
        // module, the post's last sentences) is prose around the box.
        if best.as_ref().is_some_and(|b: &String| !b.is_empty()) && holds_loose_text(up) {
            break;
        }
        let Some(text) = box_text_around(up, &mut below) else {
            break;
        };
        // hook (`notice.signup-box-titled`, titled_box.rs): a titled box
        // is whole.
        if titled && best.as_ref().is_some_and(|b: &String| b.len() < text.len()) {
            break;
        }
        let (paras, in_forms, words) = box_blocks(up);
        if paras - in_forms.min(paras) > SIGNUP_BOX_MAX_PARAS || words > SIGNUP_PROMISE_MAX_WORDS {
            break;
        }
        best = Some(text);
        titled = titled || super::titled_box::holds_title(up);
    }
    best.filter(|t| !t.is_empty())
}

/// Whether `el` holds text of its own: a text node child with more than
/// white space (lines typed straight into a wrapper, beside its element
/// children).
///
/// Part of rule `notice.signup-box` (issue 16: the post's last sentences,
/// typed into a builder's text module before or after a subscription
/// widget, taken for the widget's text).
/// Concept: a widget is pasted whole, its title and promise in its own
/// elements; the lines around it in the module are an anonymous block of
/// prose, not part of the widget's block.
/// Scope: the climb of [`signup_box`], once the box below holds text.
fn holds_loose_text(el: scraper::ElementRef<'_>) -> bool {
    el.children()
        .filter_map(|c| c.value().as_text())
        .any(|t| !t.trim().is_empty())
}

/// Whether `el` is one of a page builder's text modules with the post's
/// prose after it: its next element sibling bears its class attribute
/// (generated names aside, [`crate::rules::index::same_class_words`]) and
/// holds a paragraph longer than a box's promise
/// ([`SIGNUP_PROMISE_MAX_WORDS`] words).
///
/// Part of rule `notice.signup-box` (issue 16: a subheading over a form in
/// its module taken for the box's title).
/// Concept: a builder gives each text block of the post a module of one
/// kind; a subheading opens the prose of the next module, and a form the
/// autoblog put under it in its module is a box of its own. A box's title
/// stands in the box, not in the post's module.
/// Scope: the climb of [`signup_box`]; an element with a class attribute.
fn text_module_before_prose(el: scraper::ElementRef<'_>) -> bool {
    let Some(class) = el
        .value()
        .attr("class")
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        return false;
    };
    el.next_siblings()
        .find_map(scraper::ElementRef::wrap)
        .is_some_and(|next| {
            next.value()
                .attr("class")
                .is_some_and(|c| crate::rules::index::same_class_words(class, c.trim()))
                && next
                    .descendants()
                    .filter_map(scraper::ElementRef::wrap)
                    .filter(|p| p.value().name() == "p")
                    .any(|p| {
                        p.text().flat_map(str::split_whitespace).count() > SIGNUP_PROMISE_MAX_WORDS
                    })
        })
}

/// The normalised text of `el`, or `None` once it is longer than
/// [`SIGNUP_BOX_MAX`]: the pieces are read only until their normalised
/// form is too long (normalising a longer text never gives a shorter one),
/// so a climb that reaches the page's wrappers stops reading early.
pub(super) fn box_text(el: scraper::ElementRef<'_>) -> Option<String> {
    let mut raw = String::new();
    let mut check_at = SIGNUP_BOX_MAX * 2;
    for piece in crate::rules::spaced_pieces(el) {
        raw.push_str(piece);
        if raw.len() > check_at {
            if super::norm(&raw).len() > SIGNUP_BOX_MAX {
                return None;
            }
            check_at = raw.len() * 2;
        }
    }
    let text = super::norm(&raw);
    (text.len() <= SIGNUP_BOX_MAX).then_some(text)
}

/// [`box_text`] of `el`, whose child `below.0` (if any) has the raw text
/// `below.1` (its [`crate::rules::spaced_pieces`], joined): that child's
/// text is not read again. On return `below` holds `el`'s raw text, for
/// its parent; `None` (and `below` left as it was) when `el`'s
/// normalised text is longer than [`SIGNUP_BOX_MAX`].
fn box_text_around(
    el: scraper::ElementRef<'_>,
    below: &mut Option<(ego_tree::NodeId, String)>,
) -> Option<String> {
    use crate::rules::ChildPieces;
    let mut raw = String::new();
    let mut check_at = SIGNUP_BOX_MAX * 2;
    // Whether the normalised text is too long, checked each time the raw
    // text doubles (normalising a longer text never gives a shorter one).
    let mut too_long = |raw: &str| {
        if raw.len() > check_at {
            if super::norm(raw).len() > SIGNUP_BOX_MAX {
                return true;
            }
            check_at = raw.len() * 2;
        }
        false
    };
    if !crate::rules::hides_pieces(el) {
        for child in el.children() {
            match crate::rules::child_pieces(child) {
                ChildPieces::Text(t) => raw.push_str(t),
                ChildPieces::Nothing => {}
                ChildPieces::Element { el: inner, spaced } => {
                    if spaced {
                        raw.push(' ');
                    }
                    match below.as_ref() {
                        Some((id, text)) if *id == child.id() => raw.push_str(text),
                        _ => {
                            for piece in crate::rules::spaced_pieces(inner) {
                                raw.push_str(piece);
                                if too_long(&raw) {
                                    return None;
                                }
                            }
                        }
                    }
                    if spaced {
                        raw.push(' ');
                    }
                }
            }
            if too_long(&raw) {
                return None;
            }
        }
    }
    let text = super::norm(&raw);
    if text.len() > SIGNUP_BOX_MAX {
        return None;
    }
    *below = Some((el.id(), raw));
    Some(text)
}

/// In one walk of `el`: its `<p>` and `<li>` elements, those of them in
/// its forms (once per form around them, `el` included), and the words of
/// those outside any form (the promise of the box). A paragraph whose
/// text is all bold (the box's title set as a bold line) is not counted,
/// nor the box's fine print: [`FINE_PRINT_MAX_PARAS`] paragraph of at
/// most [`FINE_PRINT_MAX_WORDS`] words under its form, in an `el` that
/// holds the box's title or promise above the form and no heading below
/// it, the paragraph in another child of `el` than the form ("No spam.
/// Unsubscribe any time.": the box's tail, between its head and its end;
/// a post's paragraph under a form that opens its wrapper, a section
/// under a heading or a paragraph of prose is the post's, and a line in
/// the form's own wrapper was read with it a level below).
pub(super) fn box_blocks(el: scraper::ElementRef<'_>) -> (usize, usize, usize) {
    let is_form = |n: ego_tree::NodeRef<'_, scraper::Node>| {
        n.value().as_element().is_some_and(|e| e.name() == "form")
    };
    let is_heading = |name: &str| matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    // A form around `el` holds all its blocks: none of them is promise.
    let outer_form = el.ancestors().any(is_form);
    let (mut paras, mut in_forms, mut words, mut forms) = (0usize, 0, 0, 0usize);
    // Whether a title or a promise stands above the first form, whether
    // a form has closed, and the counted paragraphs under a form (how
    // many, their words, the most words of one) and a heading there.
    let (mut head, mut seen_form, mut heading_under) = (false, false, false);
    let (mut under, mut under_words, mut longest_under) = (0usize, 0usize, 0usize);
    // The child of `el` that holds the first form, and whether a paragraph
    // under the form stands in it too: the form's own wrapper, read at
    // the level below, where nothing of a box stood above the form.
    let child_of_el = |n: ego_tree::NodeRef<'_, scraper::Node>| {
        std::iter::once(n)
            .chain(n.ancestors())
            .find(|a| a.parent().is_some_and(|p| p.id() == el.id()))
            .map(|a| a.id())
    };
    let (mut form_child, mut beside_form) = (None, false);
    for edge in el.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(n) => {
                let Some(e) = n.value().as_element() else {
                    continue;
                };
                let name = e.name();
                if forms == 0 {
                    if seen_form {
                        heading_under |= is_heading(name);
                    } else {
                        head |= name == "p" || is_heading(name);
                    }
                }
                if name == "form" && !seen_form && forms == 0 {
                    form_child = child_of_el(n);
                }
                match name {
                    "form" => forms += 1,
                    "p" if forms == 0
                        && scraper::ElementRef::wrap(n)
                            .is_some_and(super::titled_box::all_bold) => {}
                    "p" | "li" => {
                        paras += 1;
                        in_forms += forms;
                        if forms == 0 && !outer_form {
                            let w = n
                                .descendants()
                                .filter_map(|d| d.value().as_text())
                                .flat_map(|t| t.split_whitespace())
                                .count();
                            words += w;
                            if seen_form && name == "p" {
                                beside_form |= child_of_el(n) == form_child;
                                under += 1;
                                under_words += w;
                                longest_under = longest_under.max(w);
                            }
                        }
                    }
                    _ => {}
                }
            }
            ego_tree::iter::Edge::Close(n) => {
                if is_form(n) {
                    forms -= 1;
                    seen_form = true;
                }
            }
        }
    }
    let fine_print = head
        && !heading_under
        && !beside_form
        && (1..=FINE_PRINT_MAX_PARAS).contains(&under)
        && longest_under <= FINE_PRINT_MAX_WORDS;
    if fine_print {
        paras -= under;
        words -= under_words;
    }
    (paras, in_forms, words)
}

/// Paragraphs under a signup box's form that are its fine print at most
/// ([`box_blocks`]).
const FINE_PRINT_MAX_PARAS: usize = 1;

/// Words of a signup box's fine print at most ("We never share your
/// address. Unsubscribe with one click."): a paragraph of the post is
/// longer ([`box_blocks`]).
const FINE_PRINT_MAX_WORDS: usize = 15;

/// Whether a block (normalised) is a piece of one of the page's signup
/// boxes.
pub(super) fn in_signup_box(n: &str, boxes: &[String]) -> Option<Fired<'static>> {
    let words = n.split(' ').count();
    (!n.is_empty()
        && words >= SIGNUP_PIECE_MIN_WORDS
        && boxes.iter().any(|b| super::has_words(b, n)))
    .then_some(Fired::Check("notice.signup-box"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`may_be_widget_line`], read from a line's phrase families, never
    /// says "no widget line" of a line that [`widget_line`] or
    /// [`chat_tab`] (through [`is_chat_launcher`]) reads as one: drawn
    /// lines of the line rules' phrases, pieces of them, a tab's question,
    /// words opening with "chat", punctuation and prose.
    #[test]
    fn widget_line_gate_never_hides_a_widget_line() {
        let mut pieces: Vec<String> = NOTICE_RULES
            .iter()
            .filter(|r| {
                use crate::rules::notices::NoticeScope;
                matches!(r.scope, NoticeScope::Line | NoticeScope::LinePrefix)
            })
            .flat_map(|r| r.patterns.iter())
            .flat_map(|p| [Some(*p), p.get(..p.len() / 2), p.get(p.len() / 2..)])
            .flatten()
            .map(String::from)
            .collect();
        pieces.extend(
            [
                " ",
                "?",
                "!",
                "¿",
                "»",
                "questions",
                "dúvidas",
                "chat",
                "chatten",
                "chatbot",
                "im",
                "via",
                "uns",
                "x",
                "é",
                "the council met",
            ]
            .map(String::from),
        );
        let mut draw = super::super::draw::Draw::new(58);
        let (mut lines, mut launchers) = (0, 0);
        for len in 0..6000 {
            let lower: String = (0..1 + len % 5)
                .map(|_| draw.pick(&pieces).as_str())
                .collect::<Vec<_>>()
                .join(if len % 3 == 0 { "" } else { " " });
            let gate = may_be_widget_line(Families::of(&lower), &lower);
            let line = widget_line(&lower).is_some();
            let launcher = lower.len() <= WIDGET_LINE_MAX
                && chat_tab(lower.trim_matches(|c: char| !c.is_alphanumeric())).is_some();
            assert!(gate || !(line || launcher), "{lower:?}");
            assert_eq!(is_chat_launcher(&lower), launcher, "{lower:?}");
            lines += usize::from(line);
            launchers += usize::from(launcher);
        }
        // A tab's question and its call in its own words, drawn from
        // those words alone: lines that hold no phrase of the rules.
        let tab = [
            "questions",
            "dúvidas",
            "?",
            " ",
            "chat",
            "chatten",
            "im",
            "x",
            "!",
        ];
        let mut calls = 0;
        for len in 0..3000 {
            let lower = draw.string(&tab, 2 + len % 5);
            let launcher = lower.len() <= WIDGET_LINE_MAX
                && chat_tab(lower.trim_matches(|c: char| !c.is_alphanumeric())).is_some();
            assert!(
                may_be_widget_line(Families::of(&lower), &lower) || !launcher,
                "{lower:?}"
            );
            assert_eq!(is_chat_launcher(&lower), launcher, "{lower:?}");
            calls += usize::from(launcher);
        }
        assert!(
            lines > 300 && launchers > 50,
            "{lines} lines, {launchers} launchers"
        );
        assert!(calls > 50, "{calls} tab calls");
    }

    /// [`Words::has`], looking a text's words up among a rule's sorted
    /// one-word phrases, tells what each phrase looked for one by one
    /// ([`has_phrase`]) tells, for every notice rule.
    #[test]
    fn words_has_tells_what_each_phrase_tells() {
        let mut pieces: Vec<String> = NOTICE_RULES
            .iter()
            .flat_map(|r| r.patterns.iter())
            .flat_map(|p| [Some(*p), p.get(..p.len() / 2)])
            .flatten()
            .map(String::from)
            .collect();
        pieces.extend([" ", "-", "x", ".", "the council met"].map(String::from));
        let mut draw = super::super::draw::Draw::new(26);
        let mut held = 0;
        for len in 0..3000 {
            let lower: String = (0..len % 5)
                .map(|_| draw.pick(&pieces).as_str())
                .collect::<Vec<_>>()
                .join(if len % 2 == 0 { " " } else { "" });
            let words = Words::of(&lower);
            for rule in NOTICE_RULES {
                let want = notice_patterns(rule.id)
                    .iter()
                    .any(|p| has_phrase(&lower, &words.words, p));
                assert_eq!(words.has(rule.id), want, "{} in {lower:?}", rule.id);
                held += usize::from(want);
            }
        }
        assert!(held > 1000, "{held} rules held");
    }

    /// [`box_text_around`], climbing from a field and reading only the
    /// children it has not read, gives each ancestor the text
    /// [`box_text`] reads whole: text runs, blocks and their spacing,
    /// `<br>`s, hidden elements, a hidden ancestor, and a box too long.
    #[test]
    fn box_text_climbed_is_box_text_read_whole() {
        let html = r#"<html><body><div id="outer">Lead text <b>bold</b>
            <section><h3>The weekly letter</h3><p>All the harbour news,<br>once a week.</p>
            <form><span>Your <i>address</i></span><div class="row"><input id="a" type="email">
            <button>Sign up</button></div><script>var x = "<p>";</script></form>
            <!-- a note --><noscript><p>Enable scripts</p></noscript></section>
            <p>tail</p></div>
            <div><svg><g><input id="b" type="email"></g><text>drawn</text></svg> beside</div>
            <article><p>A post of more words than a box holds, long enough to pass the limit.</p>
            <p>Another paragraph of the post, with more words still, and more again.</p>
            <p>A third one, so that the text runs past three hundred bytes at last.</p>
            <p>And a fourth, because one more paragraph makes the count sure.</p>
            <div><input id="c" type="email"></div></article></body></html>"#;
        let doc = scraper::Html::parse_document(html);
        let mut seen = 0;
        for id in ["#a", "#b", "#c"] {
            let sel = scraper::Selector::parse(id).expect("selector");
            let field = doc.select(&sel).next().expect("the field");
            let mut below = None;
            for up in field.ancestors().filter_map(scraper::ElementRef::wrap) {
                let whole = box_text(up);
                assert_eq!(
                    box_text_around(up, &mut below),
                    whole,
                    "{id} <{}>",
                    up.value().name()
                );
                seen += 1;
                if whole.is_none() {
                    break;
                }
            }
        }
        assert!(seen > 8, "{seen}");
    }

    /// [`may_tell_making`]'s automaton finds a content subject wherever
    /// one stands, as a plain search of each does.
    #[test]
    fn making_subjects_found_as_by_search() {
        let subjects = notice_patterns("notice.content-subject");
        let pieces = [
            "this ",
            "article",
            "this article",
            "dieser beitrag",
            "text",
            "ce ",
            "contenu",
            " ",
            "\u{e9}",
            "x",
            "questo ",
            "post",
            "cet article",
        ];
        let mut draw = crate::syndication::draw::Draw::new(20);
        let mut named = 0;
        for n in 0..3000 {
            let lower = draw.string(&pieces, n % 6);
            let want = subjects.iter().any(|p| lower.contains(p));
            named += usize::from(want);
            assert_eq!(may_tell_making(&lower), want, "{lower:?}");
        }
        assert!(named > 100, "{named}");
    }

    /// [`notice`] with the text's phrase families read for it.
    fn notice(text: &str, lower: &str, edge: bool) -> Option<Why<'static>> {
        super::notice(text, lower, edge, || Families::of(lower))
    }

    #[test]
    fn disclosures_and_widget_lines() {
        let ai = "Nota: questo contenuto è stato generato con il supporto dell’intelligenza artificiale.";
        assert!(notice(ai, &ai.to_lowercase(), true).is_some());
        let paid = "Last update on May 4, 2024. As an Amazon Associate we earn from qualifying purchases. Prices may change.";
        assert!(notice(paid, &paid.to_lowercase(), true).is_some());
        // Prose about the same things stays.
        let prose = "The agency said the images were generated by artificial intelligence.";
        assert!(notice(prose, &prose.to_lowercase(), true).is_none());
        let shop = "The retailer earns a commission on purchases made in the app.";
        assert!(notice(shop, &shop.to_lowercase(), true).is_none());
        let it = "Questo articolo è dedicato ai ragazzi, scritto dalla scuola.";
        assert!(notice(it, &it.to_lowercase(), true).is_none());
        assert!(notice("Mit uns chatten", "mit uns chatten", false).is_some());
        // A bare number is no counter (`byline.counter` wants a unit).
        assert!(notice("3353", "3353", true).is_none());
        assert!(notice(
            "Please follow and like us:",
            "please follow and like us:",
            true
        )
        .is_some());
    }
}
