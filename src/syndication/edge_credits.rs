//! Credit lines of forms the marker phrases do not spell, told by their
//! structure at the post's edge:
//!
//! - [`copyright_credit`]: "© Outlet. Reproduced with permission.": a
//!   copyright sign before a proper name that is an outlet's;
//! - [`bracketed_source`]: "(Source: Outlet)": a bracket holding a source
//!   label and a periodical's name;
//! - [`pictograph_led`]: "📰 Source: <a>Outlet</a> | 📲 …": a line opened
//!   by a pictograph, whose segment up to a `|` is read alone (and "—
//!   Credits: <a>Outlet</a>": a line opened by a dash, read without it);
//! - [`emphasised_credit_end`]: "<em>Originally published at <a>…</a> on
//!   14 May.</em> The town's…": a credit set off in an emphasis that opens
//!   its block, glued to the prose after it;
//! - [`story_link_among`], [`story_after_home`]: of a credit's links to
//!   the outlet, the one to its story, not its home page;
//! - [`name_before_date`]: "… por Outlet el 14 de mayo de 2024": the name
//!   before the date.

use url::Url;

use super::why::{Fired, Why};
use super::{patterns, sub_inline, BlockCtx, Found, WIDGET_LINE};
use crate::article::{Inline, MarkKind};

/// Most words of an outlet's name after a copyright sign: a name, not a
/// sentence.
const COPYRIGHT_NAME_WORDS: usize = 6;

/// The text after a copyright sign opening `text` ("©", "(c)",
/// "Copyright", "Copyright ©"), trimmed; `None` when none opens it.
fn after_copyright_sign(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let rest = if let Some(r) = t.strip_prefix('©') {
        r
    } else if let Some(r) = t
        .get(..3)
        .filter(|h| h.eq_ignore_ascii_case("(c)"))
        .and_then(|_| t.get(3..))
    {
        r
    } else {
        let head = t.get(..9).filter(|h| h.eq_ignore_ascii_case("copyright"))?;
        t[head.len()..].trim_start().trim_start_matches('©')
    };
    Some(rest.trim())
}

/// Whether a lower-cased line opens with a copyright sign: a cheap test
/// before [`copyright_credit`].
pub(super) fn may_be_copyright_credit(lower: &str) -> bool {
    let t = lower.trim_start();
    t.starts_with('©') || t.starts_with("(c) ") || t.starts_with("copyright ")
}

/// Rule `credit.copyright-name` (family `syndication:marker`).
/// Concept: a republisher credits the owner of the text it copied with
/// the owner's copyright line ("© Outlet. Reproduced with permission.",
/// "© Outlet. Nachdruck mit freundlicher Genehmigung."): the name after
/// the sign is the outlet's.
/// Scope: a short one-line block at the post's edge (or a block of the
/// page after it) that opens with a copyright sign, then a proper name
/// (capitalised words and short joiners, no year: "© 2024 Site" is the
/// site's own notice) and one more sentence saying the text is reproduced
/// (`marker.reproduction-word`); not the site's own name, the article's
/// author or a placeholder.
/// Note: a site's own copyright line names its publisher ("© Valley
/// Newspapers Ltd", a periodical's word and all) and a photographer's
/// "© Name" the picture's owner: neither says the text is reproduced.
pub(super) fn copyright_credit(text: &str, ctx: &BlockCtx<'_>) -> Option<String> {
    if !ctx.edge || text.len() >= WIDGET_LINE || text.contains('\n') {
        return None;
    }
    let rest = after_copyright_sign(text)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The name runs to the first sentence end.
    let (name, statement) = match rest.find(". ") {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest.trim_end_matches('.'), ""),
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > COPYRIGHT_NAME_WORDS || !super::credit_lines::proper_name(&words) {
        return None;
    }
    let statement = statement.trim();
    if !statement.is_empty() && super::credit_lines::sentence_words(statement).is_none() {
        return None;
    }
    let reproduced = statement
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| patterns::REPRODUCTION_WORDS.contains(&super::lower_case(w).as_str()));
    if !reproduced {
        return None;
    }
    super::credit_lines::outlet_named(name, ctx)
}

/// Rule `credit.bracketed-source` (family `syndication:marker`).
/// Concept: "(Source: Outlet)" closing a post credits the outlet it was
/// copied from, when the name is a periodical's.
/// Scope: a bracket that is the whole line, at the post's edge (a block,
/// or the line cut off the last paragraph), holding a source label that
/// names no image (`marker.source-label` without `marker.image-label`),
/// a colon, and a name with a periodical's word (`marker.press-noun`),
/// no link; not the article's author.
/// Note: a bracketed source between paragraphs, or naming an agency or a
/// ministry, credits a figure or a fact, and stays (`marker.source-label`).
///
/// Rule `credit.bracketed-source-title` (family `syndication:marker`).
/// Concept: "(Source : L'Écho du Bocage)" printed as a block of its own
/// under the post's last paragraph credits the outlet whose title it
/// gives: a periodical's title opens with its article, a ministry or an
/// office cited for a fact is named by its noun.
/// Scope: the bracket of `credit.bracketed-source` (a source label that
/// names no image, a colon, a name, no link) that is the whole block
/// ([`BlockCtx::whole`]: not a line of a block, a piece cut off one, nor
/// a segment) and the post's last text block ([`BlockCtx::last`], after
/// its last prose: the blocks under it judged first); the name is a
/// title ([`super::credit_lines::titled_name`]: a capitalised definite
/// article, `marker.title-article`, then a name's capitalised words and
/// short joiners), not the article's author or the site's own name.
/// Note: "(Kaynak: Ulaştırma Bakanlığı)", "(Source : ministère de la
/// Santé)" name no title, and stay; a titled bracket glued to a sentence
/// is `credit.bracketed-source-glued`'s, and one between paragraphs or
/// above other text blocks stays.
pub(super) fn bracketed_source<'a>(
    inner: &Inline,
    lower: &str,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
) -> Option<Why<'a>> {
    if !ctx.edge
        || inner
            .marks
            .iter()
            .any(|m| matches!(m.kind, MarkKind::Link { .. }))
    {
        return None;
    }
    let label = patterns::SOURCE_LABELS
        .iter()
        .filter(|l| !patterns::IMAGE_LABELS.contains(l))
        .find(|l| {
            lower
                .strip_prefix(**l)
                .is_some_and(|r| r.trim_start().starts_with(super::LABEL_COLONS))
        })?;
    let colon = inner.text.find(super::LABEL_COLONS)?;
    let rest = inner
        .text
        .get(colon..)?
        .trim_start_matches(super::LABEL_COLONS);
    // A periodical's name anywhere at the edge; any name glued to the
    // post's own first or last words (`credit.bracketed-source-glued`).
    let rule = if super::credit_lines::credit_names_outlet(rest, ctx.authors).is_some() {
        "credit.bracketed-source"
    } else if ctx.glued && glued_name(rest) {
        "credit.bracketed-source-glued"
    } else if ctx.whole && ctx.last && super::credit_lines::titled_name(rest) {
        "credit.bracketed-source-title"
    } else {
        return None;
    };
    let name = super::credit_lines::outlet_named(rest, ctx)?;
    found.syndicated = true;
    found.edge_credit = true;
    if found.source_name.is_none() {
        found.source_name = Some(name);
    }
    Some(Why::new("syndication:marker", Fired::Rule(rule, label)))
}

/// Rule `credit.bracketed-source-glued` (family `syndication:marker`).
/// Concept: "(Source: Outlet)" glued to the post's own words — after the
/// last sentence of its last paragraph (or after a `<br>` or a dash
/// there), or before a dash opening its first — credits the whole post:
/// the outlet it was copied from, whatever the name's words.
/// Scope: the bracket of [`bracketed_source`] (a source label that names
/// no image, a colon, a name, no link), cut off the post's very first or
/// very last text block with the post's prose beside it
/// ([`BlockCtx::glued`]); the name is a name ([`glued_name`]), not the
/// article's author or the site's.
/// Note: a fact's source stands inside the sentence it backs ("… rose
/// by a tenth (Source: Statistics Office).") or between paragraphs; a
/// bracket in a block of its own at the bottom may credit the figures of
/// the whole post, and needs a periodical's word (`credit.bracketed-source`).
fn glued_name(rest: &str) -> bool {
    // A name, not words of a sentence ("own research", "figures of the
    // town hall. See also"): it opens with a capital (or a letter of a
    // script without case) and ends no sentence inside; its length and
    // commas are [`super::credit_lines::outlet_named`]'s.
    let name = rest.trim();
    name.starts_with(|c: char| c.is_alphanumeric() && !c.is_lowercase())
        && super::credit_lines::sentence_words(name).is_some()
}

/// Whether `c` is a pictograph (the emoji blocks: "📰", "📲", "🔗"): it
/// decorates a line and says nothing of it. The arrows of
/// [`patterns::POINTER_GLYPHS`] lie outside these blocks.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1F300}'..='\u{1FAFF}')
}

/// A line opened by a pictograph ("📰 Source: <a>Outlet</a> | 📲 Get
/// instant updates on our Telegram channel"): its first segment, after
/// the pictograph and up to the next `|`, that [`super::marker`] reads
/// as a line of its own. A bot's footer strings a credit and a promotion
/// into one line, each segment with its own pictograph.
///
/// A dash opening the line ("— Credits: <a>Outlet</a>", cut off the last
/// paragraph after its sentence) decorates it as much: the rest is read.
pub(super) fn pictograph_led(inline: &Inline) -> Option<Inline> {
    let t = inline.text.as_str();
    let first = t.chars().next()?;
    if matches!(first, '—' | '–') {
        let rest = t[first.len_utf8()..].trim_start();
        let start = t.len() - rest.len();
        let piece = sub_inline(inline, start, t.len());
        return (start > first.len_utf8() && !piece.text.is_empty()).then_some(piece);
    }
    if !is_pictograph(first) {
        return None;
    }
    let start = t
        .char_indices()
        .find(|&(_, c)| !(is_pictograph(c) || c == '\u{FE0F}' || c.is_whitespace()))
        .map(|(i, _)| i)?;
    let end = t[start..].find('|').map_or(t.len(), |i| start + i);
    let piece = sub_inline(inline, start, end);
    (!piece.text.is_empty()).then_some(piece)
}

/// Where a credit set off in an emphasis opening its block ends ("<em>
/// Originally published at <a>outlet.example</a> on 14 May 2024.</em>
/// The town's…"): the end of the emphasis that starts the block and
/// holds the credit's link ending at `link_end`, when text follows it.
/// The emphasis, not a sentence end, bounds the credit: its date may hold
/// a full stop ("am 14. Mai").
pub(super) fn emphasised_credit_end(inline: &Inline, link_end: usize) -> Option<usize> {
    let lead = inline.text.len() - inline.text.trim_start().len();
    inline
        .marks
        .iter()
        .filter(|m| matches!(m.kind, MarkKind::Emphasis | MarkKind::Strong))
        .find(|m| m.start <= lead && m.end >= link_end && m.end < inline.text.len())
        .map(|m| m.end)
}

/// Of a credit's links to the host of `first` (its first link to another
/// host), the one to a story when `first` is the outlet's home page ("…
/// republished from <a href="/">Outlet</a> under a Creative Commons
/// licence. Read the <a href="/story">original article</a>."): the home
/// page names the outlet, the deeper link is the source.
pub(super) fn story_link_among(inline: &Inline, first: &Url) -> Url {
    if first.path().len() > 1 {
        return first.clone();
    }
    inline
        .marks
        .iter()
        .filter_map(|m| match &m.kind {
            MarkKind::Link { href } => Url::parse(href).ok(),
            _ => None,
        })
        .find(|u| u.host_str() == first.host_str() && u.path().len() > 1)
        .unwrap_or_else(|| first.clone())
}

/// Most letters of the preposition that joins a credit phrase to the
/// outlet's name when the phrase is printed without it ("bei", "por",
/// "sur", "auf"): a short word, not a name's.
const NAME_LEAD_CHARS: usize = 4;

/// The outlet's name opening the text after a credit phrase when a date
/// closes the credit ("Outlet em 14 de maio de 2024", "Outlet on 14 May
/// 2024", "Outlet on May 14, 2024"): the proper name (capitalised words
/// and short joiners) before a lower-case word and a date. A short
/// lower-case word before the name is the preposition that joins it to
/// the phrase, not the name's ("Zuerst erschienen bei Outlet am 14. Mai
/// 2024": the list holds the phrase, not every preposition after it).
pub(super) fn name_before_date(rest: &str) -> Option<String> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    // hook (`credit.name-before-date`, credit_bounds.rs): a date opened
    // by its day or by its month.
    let at = (0..words.len()).find(|&i| super::credit_bounds::date_opens_at(&words, i))?;
    let name = match words[..at].split_first() {
        Some((lead, name))
            if !name.is_empty()
                && lead.chars().count() <= NAME_LEAD_CHARS
                && lead.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) =>
        {
            name
        }
        _ => &words[..at],
    };
    (!name.is_empty() && super::credit_lines::proper_name(name)).then(|| name.join(" "))
}

/// Whether `later`, a link whose text says it leads to the original, is
/// the story on the host whose home page `first` (the source found so
/// far) is: the outlet named by its home page, then its story linked.
pub(super) fn story_after_home(first: Option<&Url>, later: &Url) -> bool {
    first.is_some_and(|f| {
        f.path().len() <= 1 && f.host_str() == later.host_str() && later.path().len() > 1
    })
}
