//! Rule `credit.titled-first-published` (family `syndication:marker`).
//!
//! Concept: a feed plugin's "first published" footer names the post it
//! copied by its headline and the outlet that printed it first: "The post
//! <a>Headline</a> appeared first on <a>Outlet</a>.", "This article was
//! first published on <a>Outlet</a> under the title «Headline».", and the
//! same in any language and word order (投稿「…」は…に最初に表示されました,
//! 本文首发于…，原标题为《…》, "… yazısı ilk önce … üzerinde ortaya çıktı").
//! Whatever its words, the line holds the post's own headline (the
//! extracted title, bare, linked or in quotes of any script) and a link
//! to another host, and little else: a short line that is the headline
//! plus a few words and a link away is the credit.
//! Scope: a block or `<br>` line at the post's edge (the first [`super::HEAD`]
//! or last [`super::TAIL`] text blocks), and the first or last sentence
//! of such a block ([`cut_glued`]: a credit glued to the post's first or
//! last paragraph is cut off it, the paragraph kept), with at least one
//! link to another host; the headline has at least
//! [`MIN_HEADLINE_CHARS`] letters, and the words outside it are at most
//! [`MAX_REST_WORDS`] words of at most [`MAX_REST_CHARS`] letters.
//! Note: a sentence closed by its stop before the credit, however short
//! ("It works. Source: <a>Headline</a>"), is the article's last one
//! ([`is_closed_sentence`]): the credit is cut off it, the sentence kept.
//! An article sentence quoting a report's title names a different
//! headline, and one that quotes the post's own ("the report, titled «…»,
//! says that …") links nowhere else or says more than a credit's few
//! words; a related post's line names another post's headline. The
//! outlet is the text of the link that is not the headline
//! (`source_name`); the link to the story on the outlet's host is the
//! source (`source_url`, [`super::edge_credits::story_link_among`]).

use url::Url;

use super::why::{Fired, Why};
use super::{BlockCtx, Found};
use crate::article::{Inline, MarkKind};

/// Letters of the headline, at least: a short headline ("Budget", "Live")
/// is a word any line may hold.
const MIN_HEADLINE_CHARS: usize = 16;
/// Words of the line outside the headline, at most: a footer's opening, a
/// joint and the outlet's name ("Bài viết gốc được đăng trên Báo Đồng Bằng
/// với tiêu đề" is thirteen).
const MAX_REST_WORDS: usize = 16;
/// Letters of the line outside the headline, at most, a letter of a
/// script written without spaces counted twice (the words of such a
/// language count here: "本文首发于江南日报，原标题为" is two words of
/// thirteen letters).
const MAX_REST_CHARS: usize = 80;
/// Bytes a credit may hold beyond its headline's, at most (a bound told
/// before the line is normalised: four bytes a letter and the spaces).
const MAX_REST_BYTES: usize = MAX_REST_CHARS * 4 + MAX_REST_WORDS * 2;

/// The check's id, as it travels into `Article::removed`.
pub(super) const CHECK: &str = "credit.titled-first-published";

/// Whether `inline` (a whole line) is a credit that names the post's own
/// headline and an outlet on another host; `Some(name)` then, the name
/// being the outlet's when a link other than the headline's names it.
pub(super) fn titled_credit(inline: &Inline, ctx: &BlockCtx<'_>) -> Option<Option<String>> {
    let title = ctx.title;
    let text = inline.text.as_str();
    if text.len() < title.len() || text.len() > title.len() + MAX_REST_BYTES {
        return None;
    }
    // No link at all (most lines), or no headline: told before the
    // headline's letters are counted and any address is parsed.
    if !inline
        .marks
        .iter()
        .any(|m| matches!(m.kind, MarkKind::Link { .. }))
        || text.contains('\n')
        || title
            .chars()
            .filter(|c| c.is_alphanumeric())
            .nth(MIN_HEADLINE_CHARS - 1)
            .is_none()
    {
        return None;
    }
    if !may_hold_headline(text, title) {
        return None;
    }
    let n = super::norm(text);
    let at = find_headline(&n, title)?;
    // The links to another host, by their spans.
    let links: Vec<(usize, usize)> = inline
        .marks
        .iter()
        .filter(|m| match &m.kind {
            MarkKind::Link { href } => {
                Url::parse(href).is_ok_and(|u| super::other_host(ctx.host, &u))
            }
            _ => false,
        })
        .map(|m| (m.start, m.end))
        .collect();
    if links.is_empty() {
        return None;
    }
    let rest = [&n[..at], &n[at + title.len()..]];
    let words: usize = rest.iter().map(|r| r.split_whitespace().count()).sum();
    // A letter of a script written without spaces holds about as much as
    // two of one written with them.
    let chars: usize = rest
        .iter()
        .flat_map(|r| r.chars())
        .map(|c| match c {
            c if c.is_whitespace() => 0,
            c if spaceless(c) => 2,
            _ => 1,
        })
        .sum();
    if words == 0 || words > MAX_REST_WORDS || chars > MAX_REST_CHARS {
        return None;
    }
    // A sentence of prose beside the one that holds the headline, linking
    // nowhere else, is the article's, the credit glued to it
    // ([`cut_glued`]); a credit's own sentence names the outlet by its
    // link ("First published on <a>Outlet</a>. Original title: «…».").
    let links_in = |from: usize, to: usize| links.iter().any(|&(s, e)| s < to && e > from);
    // A sentence closed by its stop before the credit is the article's
    // last, however short ("It works. Source: <a>Headline</a>").
    let glued = cuts(text).into_iter().any(|b| {
        let (l, r) = (super::norm(&text[..b]), super::norm(&text[b..]));
        (is_prose(&r) && !links_in(b, text.len()) && find_headline(&l, title).is_some())
            || ((is_prose(&l) || is_closed_sentence(&text[..b], &l, &outside(&r, title)))
                && !links_in(0, b)
                && find_headline(&r, title).is_some())
    });
    if glued {
        return None;
    }
    // The outlet: the text of a link that is not the headline.
    let name = links.iter().find_map(|&(s, e)| {
        let t = text.get(s..e)?.trim();
        let tn = super::norm(t);
        (!tn.is_empty() && !title.contains(tn.as_str()) && super::usable_name(t))
            .then(|| t.to_string())
    });
    Some(name)
}

/// Words of a sentence beside a credit, at least, for it to be prose (a
/// name after a dash, "— <a>Outlet</a>", is the credit's own); a script
/// written without spaces counts its letters, [`PROSE_SPACELESS_CHARS`].
const PROSE_WORDS: usize = 4;
/// Letters of a sentence in a script written without spaces, at least,
/// for it to be prose.
const PROSE_SPACELESS_CHARS: usize = 8;

/// Words of a sentence closed by its stop before a credit, at least, for
/// it to be the article's ([`is_closed_sentence`]): a closing line of the
/// story may be short ("It works.", "Das Telefon bleibt.").
const CLOSED_SENTENCE_WORDS: usize = 2;

/// Letters of a one-word sentence closed by its stop before a credit, at
/// least, for it to be the article's ([`is_closed_sentence`]: "Works.").
const ONE_WORD_SENTENCE_LETTERS: usize = 3;

/// Whether the text before a credit, `raw` (normalised: `n`), ends a
/// sentence with its stop (and closers) and holds at least
/// [`CLOSED_SENTENCE_WORDS`] words: the last sentence of the paragraph the
/// credit is glued to, not a name set off by a dash ("— <a>Outlet</a>").
/// A sentence of one word is the article's too ("Funziona."), when that
/// word is all letters ([`ONE_WORD_SENTENCE_LETTERS`] at least: no list
/// number, "1.", no initial), opens the text (no dash or bullet before
/// it) and is not a word of the credit after it outside its headline,
/// `rest` (normalised: an outlet named before its own credit, "Outlet.
/// The post … appeared first on Outlet.").
fn is_closed_sentence(raw: &str, n: &str, rest: &str) -> bool {
    if !raw
        .trim_end()
        .trim_end_matches(is_closer)
        .ends_with(is_stop)
    {
        return false;
    }
    if n.split_whitespace()
        .nth(CLOSED_SENTENCE_WORDS - 1)
        .is_some()
    {
        return true;
    }
    let Some(first) = n.split_whitespace().next() else {
        return false;
    };
    raw.trim_start().starts_with(char::is_alphabetic)
        && first.chars().all(char::is_alphabetic)
        && first.chars().nth(ONE_WORD_SENTENCE_LETTERS - 1).is_some()
        && !rest.split_whitespace().any(|w| w == first)
}

/// The normalised line `n` without the normalised headline `title` (its
/// first whole-word occurrence, [`find_headline`]).
fn outside(n: &str, title: &str) -> String {
    match find_headline(n, title) {
        Some(at) => format!("{} {}", &n[..at], &n[at + title.len()..]),
        None => n.to_string(),
    }
}

/// Whether a normalised text beside a credit is a sentence of prose.
fn is_prose(n: &str) -> bool {
    n.split_whitespace().nth(PROSE_WORDS - 1).is_some()
        || n.chars().filter(|&c| spaceless(c)).count() >= PROSE_SPACELESS_CHARS
}

/// Whether [`find_headline`] may find the normalised headline `title` in
/// the normalised `text`, told without normalising an ASCII text (most):
/// its normalised form is its ASCII letters and digits lower-cased, so it
/// holds only an ASCII headline, and only where the text holds each of
/// the headline's words in some ASCII case (its longest, the rarest,
/// is looked for). Any other text may.
fn may_hold_headline(text: &str, title: &str) -> bool {
    if !text.is_ascii() {
        return true;
    }
    if !title.is_ascii() {
        return false;
    }
    let word = title
        .split(' ')
        .max_by_key(|w| w.len())
        .unwrap_or(title)
        .as_bytes();
    let Some(&first) = word.first() else {
        return true;
    };
    let bytes = text.as_bytes();
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        bytes,
    )
    .any(|i| {
        bytes
            .get(i..i + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    })
}

/// Where the normalised headline `title` stands in the normalised line
/// `n`, as whole words (a script written without spaces has no word
/// bounds to keep).
fn find_headline(n: &str, title: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = n.get(from..)?.find(title) {
        let at = from + i;
        let end = at + title.len();
        let before = n[..at].chars().next_back();
        let after = n[end..].chars().next();
        let first = title.chars().next();
        let last = title.chars().next_back();
        let bound = |outside: Option<char>, inside: Option<char>| {
            outside.is_none_or(|c| c == ' ' || spaceless(c) || inside.is_some_and(spaceless))
        };
        if bound(before, first) && bound(after, last) {
            return Some(at);
        }
        from = at + title.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Whether `c` is a letter of a script written without spaces between
/// words (Chinese, Japanese kana, Thai…): any of them bounds a word. Wider
/// than [`super::brand::is_unspaced`] (Chinese and kana, which counts a
/// tagline's words): a headline is found inside a line of any such script,
/// and a Korean headline inside a line that glues particles to it.
fn spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{2E80}'..='\u{9FFF}' // CJK radicals, kana, ideographs
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width kana
        | '\u{20000}'..='\u{3FFFF}')
}

/// Whether `c` ends a sentence in some script: `.`, `!`, `?`, the
/// ideographic full stop and the full-width marks, the Arabic question
/// mark, an ellipsis.
fn is_stop(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '۔'
    )
}

/// Whether `c` closes a quote or a bracket after a sentence's stop.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '”'
            | '’'
            | '»'
            | '›'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '）'
            | '】'
            | '］'
    )
}

/// Byte offsets where a sentence of `text` ends and the next may start:
/// after a stop and its closers, before white space (or anywhere after a
/// stop of a script written without spaces), and around a dash set off by
/// spaces (" — ").
fn cuts(text: &str) -> Vec<usize> {
    cuts_of(text).into_iter().map(|(b, _)| b).collect()
}

/// [`cuts`], each with whether the stripper's sentence cut
/// ([`super::sentence_cut`]: a Latin stop, a space and a capital) finds it
/// too.
fn cuts_of(text: &str) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    // The characters between a cut and the next stop or dash change
    // nothing: the text is read from one byte that may open one
    // ([`may_open_cut`], never inside a character) to the next.
    while let Some(k) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(|&b| may_open_cut(b)))
    {
        i += k;
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        if is_stop(c) {
            let mut end = i + c.len_utf8();
            while let Some(d) = text.get(end..).and_then(|r| r.chars().next()) {
                if !(is_closer(d) || is_stop(d)) {
                    break;
                }
                end += d.len_utf8();
            }
            let next = text[end..].chars().next();
            if next.is_some_and(char::is_whitespace) || (next.is_some() && c as u32 > 0x2FFF) {
                out.push((end, super::sentence_cut(text, i).is_some()));
            }
            i = end;
        } else {
            if matches!(c, '—' | '–')
                && text[..i].ends_with(' ')
                && text[i + c.len_utf8()..].starts_with(' ')
            {
                out.push((i, false));
            }
            i += c.len_utf8();
        }
    }
    out
}

/// Whether a byte may open a stop ([`is_stop`]) or a dash (`—`, `–`): the
/// ASCII stops, and the first bytes of the others' UTF-8 forms (`…`, the
/// dashes: E2; `。`: E3; `！`, `？`: EF; `؟`: D8; `।`: E0; `۔`: DB).
fn may_open_cut(b: u8) -> bool {
    matches!(
        b,
        b'.' | b'!' | b'?' | 0xd8 | 0xdb | 0xe0 | 0xe2 | 0xe3 | 0xef
    )
}

/// Whether `c` sets a glued credit off the prose: a space or a dash.
fn is_joint(c: char) -> bool {
    c.is_whitespace() || matches!(c, '—' | '–' | '-' | '|')
}

/// A text trimmed of the spaces and dashes that set a glued credit off
/// the prose.
fn trim_joint(s: &str) -> &str {
    s.trim_matches(is_joint)
}

/// A text without the spaces and dashes that open it.
fn trim_joint_start(s: &str) -> &str {
    s.trim_start_matches(is_joint)
}

/// Cuts a titled credit ([`titled_credit`]) glued to the head (at the
/// post's head) or the tail (at its tail) of a block off it, the prose
/// kept: "…with the school in autumn. The post <a>Headline</a> appeared
/// first on <a>Outlet</a>.", "<em>本文首发于<a>海滨时报</a>，原标题为《…》。</em>
/// 今年春天起…". The piece is the shortest run from a sentence's end (or a
/// dash set off by spaces) to the block's edge that holds the headline;
/// it goes only as a titled credit, judged in full ([`super::judge_inline`])
/// so that its source is recorded. The piece nearest the edge, after a
/// joint the stripper's sentence cut does not find (a stop of a script
/// without capitals or spaces, a dash: "…接单。 — 来源：<a>Outlet</a>"), goes
/// as any credit (`syndication:marker`) does.
pub(super) fn cut_glued(inline: &mut Inline, ctx: &BlockCtx<'_>, found: &mut Found) {
    let title = ctx.title;
    let links = || {
        inline
            .marks
            .iter()
            .any(|m| matches!(m.kind, MarkKind::Link { .. }))
    };
    if !links() {
        return;
    }
    let len = inline.text.len();
    let bounds = cuts_of(&inline.text);
    // Pieces from the edge inward: the tail's from its last cut back, the
    // head's from its first cut on; both when the block is both. The
    // nearest piece to the edge is read for any credit.
    let tail = bounds
        .iter()
        .rev()
        .enumerate()
        .map(|(k, &(b, latin))| ((b, len), (0, b), k == 0 && !latin));
    let head = bounds
        .iter()
        .enumerate()
        .map(|(k, &(b, latin))| ((0, b), (b, len), k == 0 && !latin));
    let pieces: Vec<_> = if ctx.tail {
        tail.chain(head.filter(|_| ctx.head)).collect()
    } else {
        head.collect()
    };
    // Only a piece as long as a titled credit (the headline and at most
    // [`MAX_REST_BYTES`] more) is read for one, told by the pieces'
    // bounds before the block is normalised: where none is, whether the
    // block holds the headline changes nothing.
    let titled_length = |p: &str| p.len() >= title.len() && p.len() <= title.len() + MAX_REST_BYTES;
    // The run of the block those pieces cover: a piece's normalised
    // words stand among the run's whole (every piece is bounded by a
    // stop, a space or a dash, or the block's edge), so a piece that holds
    // the headline is in a run that does.
    let titled_run = pieces
        .iter()
        .filter(|&&(piece, _, _)| {
            inline
                .text
                .get(piece.0..piece.1)
                .is_some_and(|raw| titled_length(trim_joint(raw)))
        })
        .map(|&(piece, _, _)| piece)
        .reduce(|(s, e), (ps, pe)| (s.min(ps), e.max(pe)));
    // Whether that run holds the headline at all, read once: most blocks
    // do not, and no piece of them is read for a titled credit (a
    // headline elsewhere in the block is in no piece that may be one).
    let holds = !title.is_empty()
        && len > title.len()
        && titled_run
            .and_then(|(s, e)| inline.text.get(s..e))
            .is_some_and(|run| {
                may_hold_headline(run, title) && find_headline(&super::norm(run), title).is_some()
            });
    if !holds && bounds.iter().all(|&(_, latin)| latin) {
        return;
    }
    let edge_ctx = BlockCtx {
        edge: true,
        edge_cuts_only: true,
        whole: false,
        ..*ctx
    };
    for (piece, keep, nearest) in pieces {
        if !holds && !nearest {
            continue;
        }
        let Some(raw) = inline.text.get(piece.0..piece.1) else {
            continue;
        };
        let p = trim_joint(raw);
        let Some(kept) = inline.text.get(keep.0..keep.1) else {
            continue;
        };
        if p.is_empty() || !trim_joint(kept).chars().any(char::is_alphanumeric) {
            continue;
        }
        // The piece, its marks clipped, without the joint around it.
        let start = piece.0 + (raw.len() - trim_joint_start(raw).len());
        let mut candidate = super::sub_inline(inline, start, start + p.len());
        let titled = holds && titled_length(p) && titled_credit(&candidate, &edge_ctx).is_some();
        // Another credit glued on after a stop of a script without
        // capitals or spaces, or a dash: the stripper's sentence cut
        // ([`super::sentence_cut`]) does not find that joint.
        let other = !titled && nearest && p.len() < super::WIDGET_LINE;
        if !titled && !other {
            continue;
        }
        let mut probe = Found::default();
        let Some(reason) = super::judge_inline(&mut candidate, &edge_ctx, &mut probe) else {
            continue;
        };
        let fits = if titled {
            matches!(reason.fired, Fired::Check(CHECK))
        } else {
            matches!(
                reason.family,
                "syndication:marker" | "syndication:appeared-first-on"
            )
        };
        if !fits {
            continue;
        }
        found.merge(probe);
        found.cut(candidate.text, reason, ctx.explain);
        let raw = &inline.text[keep.0..keep.1];
        let from = keep.0 + (raw.len() - trim_joint_start(raw).len());
        *inline = super::sub_inline(inline, from, from + trim_joint(raw).len());
        return;
    }
}

/// A titled credit at the post's edge ([`titled_credit`]): records the
/// post as syndicated, its source (the story's link on the outlet's host)
/// and the outlet's name where nothing was found yet, and returns the
/// reason it goes.
pub(super) fn titled_marker<'a>(
    inline: &Inline,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
) -> Option<Why<'a>> {
    if !ctx.edge {
        return None;
    }
    let name = titled_credit(inline, ctx)?;
    found.syndicated = true;
    found.edge_credit = true;
    let first = inline.marks.iter().find_map(|m| match &m.kind {
        MarkKind::Link { href } => Url::parse(href)
            .ok()
            .filter(|u| super::other_host(ctx.host, u)),
        _ => None,
    });
    if let Some(first) = first.filter(|_| found.source_url.is_none()) {
        found.source_url = Some(super::edge_credits::story_link_among(inline, &first));
    }
    if found.source_name.is_none() {
        found.source_name = name;
    }
    Some(Why::new("syndication:marker", Fired::Check(CHECK)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`may_hold_headline`] is false only where the normalised text holds
    /// no headline ([`find_headline`]): drawn texts in any case, ASCII and
    /// not (letters that lower-case to ASCII ones among them), and drawn
    /// headlines.
    #[test]
    fn may_hold_headline_misses_no_headline() {
        let pieces = [
            "Budget",
            "vote",
            "CITY",
            "hall",
            " ",
            "-",
            "«",
            "»",
            ".",
            "\u{e9}t\u{e9}",
            "\u{130}stanbul",
            "\u{212a}iel",
            "kiel",
            "istanbul",
            "市立図書館",
            "2024",
        ];
        let mut draw = super::super::draw::Draw::new(27);
        let mut found = 0;
        for len in 0..6000 {
            let text = draw.string(&pieces, len % 7);
            let raw = draw.string(&pieces, 1 + len % 3);
            let title = super::super::norm(&raw);
            if find_headline(&super::super::norm(&text), &title).is_some() {
                assert!(may_hold_headline(&text, &title), "{title:?} in {text:?}");
                found += 1;
            }
        }
        assert!(found > 300, "{found} texts hold their headline");
    }

    #[test]
    fn finds_the_headline_as_whole_words_or_in_a_spaceless_script() {
        assert_eq!(find_headline("the post a b c appeared", "a b c"), Some(9));
        assert_eq!(find_headline("the post xa b c appeared", "a b c"), None);
        assert_eq!(find_headline("投稿市立図書館は", "市立図書館"), Some(6));
    }

    /// [`cuts_of`] read a character at a time: the definition its byte
    /// scan keeps.
    fn cuts_of_by_chars(text: &str) -> Vec<(usize, bool)> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_stop(c) {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = chars.peek() {
                    if !(is_closer(d) || is_stop(d)) {
                        break;
                    }
                    end = j + d.len_utf8();
                    chars.next();
                }
                let next = text[end..].chars().next();
                if next.is_some_and(char::is_whitespace) || (next.is_some() && c as u32 > 0x2FFF) {
                    out.push((end, super::super::sentence_cut(text, i).is_some()));
                }
            } else if matches!(c, '—' | '–')
                && text[..i].ends_with(' ')
                && text[i + c.len_utf8()..].starts_with(' ')
            {
                out.push((i, false));
            }
        }
        out
    }

    /// Drawn texts of every stop, closer, dash and space, letters of every
    /// width beside them: the byte scan finds the cuts the characters give.
    #[test]
    fn cuts_of_drawn_texts_read_as_the_characters_say() {
        let alphabet: Vec<char> = "a Z.!?\"')]\n\u{2026}\u{3002}\u{ff01}\u{ff1f}\u{61f}\u{964}\u{6d4}\u{2014}\u{2013}\u{201d}\u{bb}\u{300d}\u{e9}\u{6587}\u{1f600}\u{2028}\u{3001}"
            .chars()
            .collect();
        let mut draw = super::super::draw::Draw::new(28);
        let mut cuts = 0;
        for len in 0..4000 {
            let text = draw.string(&alphabet, len % 24);
            let want = cuts_of_by_chars(&text);
            assert_eq!(cuts_of(&text), want, "{text:?}");
            cuts += want.len();
        }
        assert!(cuts > 3000, "{cuts} cuts");
    }

    #[test]
    fn cuts_after_stops_of_any_script_and_around_dashes() {
        assert_eq!(cuts("One. Two"), vec![4]);
        assert_eq!(cuts("一。二"), vec![6]);
        assert_eq!(cuts("One — two"), vec![4]);
        assert_eq!(cuts("U.S.A"), Vec::<usize>::new());
    }
}
