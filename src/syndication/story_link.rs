//! A credit told by where its link goes, not by its words: a short line
//! at the post's edge whose link to another host leads to the same story
//! there — the link's path spells the headline, as the original's
//! permalink does ("Read the full story at <a>Outlet</a>", "→
//! <a>outlet.example</a>", "H/T: <a>Outlet</a>" in any language). A
//! plugin's credit links the original article; an article's own closing
//! line that links elsewhere links a different page (a report, a council's
//! site), whose path does not spell this headline.
//!
//! Scope: blocks and `<br>` lines of at most `SHORT_BLOCK` bytes, anywhere
//! in the post (the plugin's line often stands above a share bar, a
//! related-posts box or a promo that push it out of the post's tail), with
//! at most [`MAX_OTHER_WORDS`] words outside the link and no sentence
//! before it (the article's last sentence with the credit glued on is cut
//! sentence by sentence at the post's edge, not removed whole).

use url::Url;

use crate::article::Inline;

/// At least this many words of the headline in the link's slug (the last
/// segment of its path): a news slug spells four or more; three are a topic
/// ("what-is-the-winter-solstice" under "What you need to know about
/// Winter Solstice 2023").
const MIN_SHARED_WORDS: usize = 4;
/// At least this share of the slug's words, in tenths, are the headline's:
/// the slug spells this headline, not a page about the same people or
/// places (`kourtney-kardashian-travis-barker-wedding-interview` under
/// another headline naming them).
const MIN_SLUG_SHARE_TENTHS: usize = 8;
/// ... and at least half of the headline's words, counting at most this
/// many of them (a slug drops the small words of a long headline).
const HEADLINE_WORDS_CAP: usize = 6;
/// Shorter words are not compared (articles, prepositions, numbers).
const MIN_WORD_CHARS: usize = 4;
/// Words of the line outside its link, at most ("Den vollständigen
/// Artikel finden Sie bei" is six).
const MAX_OTHER_WORDS: usize = 8;

/// Words of the line outside its link, at most, when the link's text is
/// the headline ([`titled_with_headline`]): a feed footer's "The post
/// <a>Headline</a> appeared first on <a>Outlet</a>." in a language whose
/// words are not known holds an opening, a joint and the outlet's name
/// (Yoast's Italian one has ten).
const MAX_OTHER_WORDS_TITLED: usize = 16;

/// Whether `inline`'s link `(url, start, end)` to another host is a
/// credit linking the same story elsewhere.
pub(super) fn same_story_link(inline: &Inline, link: (&Url, usize, usize), title: &str) -> bool {
    let (url, start, end) = link;
    if title.is_empty() {
        return false;
    }
    let text = &inline.text;
    let before = text.get(..start).unwrap_or("");
    let outside = before.split_whitespace().count()
        + text.get(end..).unwrap_or("").split_whitespace().count();
    let after = text.get(end..).unwrap_or("");
    let titled = text
        .get(start..end)
        .is_some_and(|t| titled_with_headline(t, title))
        && titled_footer_words(before, after);
    if (outside > MAX_OTHER_WORDS && !titled) || text.contains('\n') || ends_a_sentence(before) {
        // A sentence or a line before the credit is the article's: the
        // credit is cut off it line by line or sentence by sentence.
        return false;
    }
    slug_spells(url, title)
}

/// Whether a link's text is the headline `title` (a page's `<title>`
/// may add the site's name): at least [`MIN_SHARED_WORDS`] words, all of
/// them the headline's, and at least half of its words (counting at most
/// [`HEADLINE_WORDS_CAP`]).
pub(super) fn titled_with_headline(link_text: &str, title: &str) -> bool {
    // Most links (menus, tags, buttons) have too few words: told before
    // the words are read.
    if link_text
        .split_whitespace()
        .nth(MIN_SHARED_WORDS - 1)
        .is_none()
    {
        return false;
    }
    let own = words(link_text);
    let headline = words(title);
    own.len() >= MIN_SHARED_WORDS
        && own.iter().all(|w| headline.contains(w))
        && own.len() * 2 >= headline.len().min(HEADLINE_WORDS_CAP)
}

/// Whether a line of text (`line`, its link's text `link_text` inside it)
/// is a credit by its link to the same story elsewhere, whose text is the
/// headline: a line of its own with no sentence before the link and at
/// most [`MAX_OTHER_WORDS_TITLED`] words outside it, and the link's slug
/// spells the headline ([`slug_spells`]).
pub(super) fn titled_story_line(line: &str, link_text: &str, url: &Url, title: &str) -> bool {
    if !titled_with_headline(link_text, title) || line.contains('\n') {
        return false;
    }
    let Some(at) = line.find(link_text) else {
        return false;
    };
    let (before, after) = (&line[..at], &line[at + link_text.len()..]);
    titled_footer_words(before, after) && !ends_a_sentence(before) && slug_spells(url, title)
}

/// Whether the words around a link titled with the headline are a feed
/// footer's: an opening before it and a joint after it ("The post", "appeared
/// first on Outlet"), [`MAX_OTHER_WORDS_TITLED`] at most. A headline's link
/// with nothing before it is the post's own title in its header, over the
/// byline and the date.
fn titled_footer_words(before: &str, after: &str) -> bool {
    let (b, a) = (
        before.split_whitespace().count(),
        after.split_whitespace().count(),
    );
    b > 0 && a > 0 && b + a <= MAX_OTHER_WORDS_TITLED
}

/// Whether the slug of `url` (the last segment of its path with letters)
/// spells the headline `title`: the link leads to the same story.
pub(super) fn slug_spells(url: &Url, title: &str) -> bool {
    let headline = words(title);
    if headline.len() < MIN_SHARED_WORDS {
        return false;
    }
    let headline = folded(&headline);
    let slug = url
        .path_segments()
        .and_then(|mut s| s.rfind(|seg| seg.chars().any(char::is_alphabetic)))
        .unwrap_or("");
    let slug = words(slug);
    let shared = slug.iter().filter(|w| headline.contains(w)).count();
    shared >= MIN_SHARED_WORDS
        && shared * 10 >= slug.len() * MIN_SLUG_SHARE_TENTHS
        && shared * 2 >= words(title).len().min(HEADLINE_WORDS_CAP)
}

/// The words with their accents dropped, and the German spelling of the
/// umlauts, beside the words themselves: how CMSs spell a headline in a
/// slug (`öffnet` is `offnet` or `oeffnet`, `é` is `e`).
fn folded(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    for w in words {
        let mut plain = String::with_capacity(w.len());
        let mut german = String::with_capacity(w.len() + 2);
        for c in w.chars() {
            let base = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => "a",
                'é' | 'è' | 'ê' | 'ë' => "e",
                'í' | 'ì' | 'î' | 'ï' => "i",
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => "o",
                'ú' | 'ù' | 'û' | 'ü' => "u",
                'ç' => "c",
                'ñ' => "n",
                'ß' => "ss",
                _ => "",
            };
            let umlaut = match c {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                _ => base,
            };
            if base.is_empty() {
                plain.push(c);
                german.push(c);
            } else {
                plain.push_str(base);
                german.push_str(umlaut);
            }
        }
        for f in [plain, german] {
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

/// Whether a sentence ends inside `s` (a stop, then a space).
fn ends_a_sentence(s: &str) -> bool {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_some_and(|n| n.is_whitespace()) {
            return true;
        }
    }
    false
}

/// The lower-cased alphabetic words of `s` of at least [`MIN_WORD_CHARS`]
/// characters, in order, without repeats.
fn words(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if w.chars().count() >= MIN_WORD_CHARS && w.chars().all(char::is_alphabetic) {
            let w = w.to_lowercase();
            if !out.contains(&w) {
                out.push(w);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, href: &str) -> (Inline, Url) {
        (Inline::plain(text), Url::parse(href).expect("a test URL"))
    }

    const TITLE: &str = "Valley bakery turns its leftover bread into a neighbourhood pantry";

    #[test]
    fn a_link_to_the_same_story_elsewhere_is_a_credit() {
        let text = "Read the full story at Riverside Chronicle";
        let (inline, url) = line(
            text,
            "https://riverside.example/2024/05/valley-bakery-leftover-bread-pantry/",
        );
        assert!(same_story_link(&inline, (&url, 23, text.len()), TITLE));
    }

    #[test]
    fn a_link_to_another_page_or_inside_prose_is_not() {
        let text = "The council's report is on its website";
        let (inline, url) = line(text, "https://council.example/reports/food-waste-2024");
        assert!(!same_story_link(&inline, (&url, 30, text.len()), TITLE));
        let prose = "Mill Street traders said on Monday that the pantry had drawn more customers than any sale they had run, according to a survey by the Riverside Chronicle";
        let at = prose.len() - "Riverside Chronicle".len();
        let (inline, url) = line(
            prose,
            "https://riverside.example/valley-bakery-leftover-bread-pantry/",
        );
        assert!(!same_story_link(&inline, (&url, at, prose.len()), TITLE));
        // The article's last sentence with the credit glued after it: the
        // block is not the credit (the credit is cut off it).
        let glued = "The pantry opens at seven. Read the full story at Riverside Chronicle";
        let at = glued.len() - "Riverside Chronicle".len();
        let (inline, url) = line(
            glued,
            "https://riverside.example/valley-bakery-leftover-bread-pantry/",
        );
        assert!(!same_story_link(&inline, (&url, at, glued.len()), TITLE));
        // A page about the same people under another headline.
        let title = "Kourtney Kardashian reveals first photos of baby boy with Travis Barker";
        let text = "she told WSJ Magazine";
        let (inline, url) = line(text, "https://wsj.example/articles/kourtney-kardashian-travis-barker-wedding-interview-0a1b2c");
        assert!(!same_story_link(&inline, (&url, 9, text.len()), title));
    }

    #[test]
    fn a_slug_spells_the_headline_without_accents() {
        let title = "Freibad öffnet nach Sanierung früher als geplant";
        let text = "Den vollständigen Artikel finden Sie bei Weser Tageblatt";
        let at = text.len() - "Weser Tageblatt".len();
        let (inline, url) = line(
            text,
            "https://weser.example/region/freibad-oeffnet-nach-sanierung-frueher.html",
        );
        assert!(same_story_link(&inline, (&url, at, text.len()), title));
    }
}
