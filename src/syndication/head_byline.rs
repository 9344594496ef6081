//! A theme's byline under the headline, told by its shape in any language
//! (issue 16): a by-word (`byline.word`: "By", "Por", "Von", "Di"),
//! a name (a few capitalised words, or a CMS's placeholder user:
//! `byline.placeholder-author`) and a date right after it, the whole
//! line: "Por Trend Bot 14 de mayo de 2024", "By admin May 14, 2024"; a
//! participle may come before the by-word and a short joint before the
//! date ("Submitted by Site Editor on Wed, 03/12/2025 - 16:40"). At
//! the head of the post such a line is the theme's meta line whatever day
//! it states (the page's own date may be read elsewhere, from its address).

use crate::metadata::dates::{is_bare_date_line, is_weekday_word};
use crate::rules::syndication as patterns;

/// A byline's name has at most this many words ("Maria da Silva Costa").
const NAME_MAX_WORDS: usize = 4;

/// Letters of the joint between a byline's name and its date, at most
/// ("on", "el", "am").
const JOINT_MAX_LETTERS: usize = 3;

/// A head byline is at most this long (bytes): a meta line, not a
/// sentence.
const HEAD_BYLINE_MAX: usize = 100;

/// Whether `text` is a byline of a name and a date ([`self`]).
pub(super) fn is_head_byline(text: &str) -> bool {
    let text = text.trim();
    if text.len() > HEAD_BYLINE_MAX || text.contains('\n') {
        return false;
    }
    let mut words = text.split_whitespace().peekable();
    let Some(first) = words.next() else {
        return false;
    };
    let by_word = |w: &str| patterns::BYLINE_WORDS.contains(&w.to_lowercase().as_str());
    if !by_word(first) {
        // A participle before the by-word ("Written by", "Enviado por"):
        // one capitalised word of letters.
        let participle = first.starts_with(char::is_uppercase)
            && first.chars().all(char::is_alphabetic)
            && words.peek().is_some_and(|w| by_word(w));
        if !participle {
            return false;
        }
        words.next();
    }
    let month = |w: &str| {
        let w = w.trim_end_matches(['.', ',']).to_lowercase();
        super::is_month(&w)
    };
    let rest: Vec<&str> = words.collect();
    // The name: capitalised words with no digit, up to the date's first
    // word (a number or a month).
    let name_len = rest
        .iter()
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && !w.contains(|c: char| c.is_ascii_digit())
                && !month(w)
        })
        .count();
    let placeholder = |n: usize| {
        let name = rest[..n].join(" ").to_lowercase();
        patterns::PLACEHOLDER_AUTHORS.contains(&name.as_str())
    };
    let name_len = if (1..=NAME_MAX_WORDS).contains(&name_len) {
        name_len
    } else if name_len == 0 {
        // A placeholder user in lower case ("admin", "news desk").
        match (1..=2).find(|&n| n <= rest.len() && placeholder(n)) {
            Some(n) => n,
            None => return false,
        }
    } else {
        return false;
    };
    let mut date = &rest[name_len..];
    // A short joint before the date ("on", "el", "le", "am").
    if date.first().is_some_and(|w| {
        w.chars().count() <= JOINT_MAX_LETTERS && w.chars().all(char::is_lowercase)
    }) {
        date = &date[1..];
    }
    let opens_date = date.first().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || month(w)
            || is_weekday_word(w.trim_end_matches([',', '.']))
    });
    opens_date && is_bare_date_line(&date.join(" "))
}

/// Words of a label before the author's name in a meta line's piece at
/// most ("Written by", "Autor:").
const META_LABEL_MAX_WORDS: usize = 2;

/// Words of a meta line's other pieces at most: a date with its label
/// ("Last updated 20 June 2026"), a reading time ("9 min read").
const META_PIECE_MAX_WORDS: usize = 6;

/// The separators a theme prints between the facts of its meta line.
const META_SEPARATORS: [char; 3] = ['·', '|', '•'];

/// The pieces of a meta line between its [`META_SEPARATORS`], normalised,
/// empty ones left out.
fn meta_pieces(text: &str) -> Vec<String> {
    text.split(META_SEPARATORS)
        .map(super::norm)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether `text` is a theme's meta line of byline facts, told by the
/// article's author (`authors`, normalised: the page's metadata names
/// them from the byline element, whatever the language of its label):
/// split at its separators, one piece is an author's name (after at most
/// [`META_LABEL_MAX_WORDS`] words of a label) and every other piece,
/// one at least, is a few words with a number (a date, a reading time):
/// "Written by Jane Roe · Updated 3 May 2026 · 7 min read" in any
/// language. The label words and the date's month need no list.
pub(super) fn is_author_meta_line(text: &str, authors: &[String]) -> bool {
    if authors.is_empty() || text.len() > HEAD_BYLINE_MAX || text.contains('\n') {
        return false;
    }
    let pieces = meta_pieces(text);
    if pieces.len() < 2 {
        return false;
    }
    let names_author = |piece: &str| {
        authors.iter().any(|a| {
            // The piece is the name after a short label, or the name the
            // metadata read with its label is the piece's.
            let (long, short) = if piece.len() >= a.len() {
                (piece, a.as_str())
            } else {
                (a.as_str(), piece)
            };
            long.strip_suffix(short).is_some_and(|label| {
                label.is_empty()
                    || (label.ends_with(' ')
                        && label.split_whitespace().count() <= META_LABEL_MAX_WORDS)
            })
        })
    };
    let Some(author) = pieces.iter().position(|p| names_author(p)) else {
        return false;
    };
    pieces.iter().enumerate().all(|(i, p)| {
        i == author
            || (p.bytes().any(|b| b.is_ascii_digit())
                && p.split(' ').count() <= META_PIECE_MAX_WORDS)
    })
}

/// Whether `text` is a theme's meta line of facts that states the day the
/// article was published (`published`) by its numbers: split at its
/// separators into two pieces at least, each of at most
/// [`META_PIECE_MAX_WORDS`] words, one holding the day of the month and
/// the year as numbers of their own ("Updated 3 February 2026 · 11 min
/// read"; the month's name, in whatever language, is not read). What a
/// cleaner left of a byline whose name it took ("Author: · Updated …")
/// is such a line too.
pub(super) fn is_dated_facts_line(text: &str, published: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    if text.len() > HEAD_BYLINE_MAX || text.contains('\n') || text.trim_end().ends_with(['!', '?'])
    {
        return false;
    }
    let pieces = meta_pieces(text);
    if pieces.len() < 2
        || pieces
            .iter()
            .any(|p| p.split(' ').count() > META_PIECE_MAX_WORDS)
    {
        return false;
    }
    let (year, day) = (published.year(), published.day());
    pieces.iter().any(|p| {
        let numbers = || p.split(' ').filter_map(|w| w.parse::<i64>().ok());
        numbers().any(|n| n == i64::from(year)) && numbers().any(|n| n == i64::from(day))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_of_a_name_and_a_date() {
        for line in [
            "Por Trend Bot 14 de mayo de 2024",
            "Por Redaktion 14 de maio de 2024",
            "By admin May 14, 2024",
            "By Sarah K. May 14, 2024",
            "Von Editorial Team 14. Mai 2024",
            "Submitted by Site Editor on Wed, 03/12/2025 - 16:40",
            "Escrito por Redacción el 12 de marzo de 2025",
        ] {
            assert!(is_head_byline(line), "{line}");
        }
        for line in [
            "By May 2024 the works will be finished",
            "Por fin llegó el 14 de mayo de 2024",
            "By Sarah K.",
            "De 14 de mayo de 2024 a 20 de junio",
            "Sold by the farm on Saturday at the market",
            "Named by Maria after her grandmother in 2019",
        ] {
            assert!(!is_head_byline(line), "{line}");
        }
    }

    #[test]
    fn meta_lines_of_the_author_and_numbers() {
        let authors = ["jane roe".to_string(), "written by ola berg".to_string()];
        for line in [
            "Written by Jane Roe · Updated 3 May 2026 · 7 min read",
            "Autorka: Jane Roe | 3. 5. 2026",
            "Written by Ola Berg · 12 Mai 2026",
            "Jane Roe • 4 min",
        ] {
            assert!(is_author_meta_line(line, &authors), "{line}");
        }
        for line in [
            "Jane Roe · Updated 3 May 2026 · the long story of a river",
            "Written by Jane Roe",
            "Met by the mayor of Jane Roe · 3 May 2026",
            "John Doe · 3 May 2026",
            "Jane Roe · 3 May 2026 · and then she walked home in the rain for 3 hours",
        ] {
            assert!(!is_author_meta_line(line, &authors), "{line}");
        }
        assert!(!is_author_meta_line("Jane Roe · 3 May 2026", &[]));
    }

    #[test]
    fn meta_lines_stating_the_day_published() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 3).unwrap_or_default();
        for line in [
            "Autor: · Aktualizováno 3. února 2026 · 11 min čtení",
            "Frissítve 2026. február 3. · 7 perc olvasás",
            "Updated 3 Feb 2026 | 4 min",
        ] {
            assert!(is_dated_facts_line(line, day), "{line}");
        }
        for line in [
            "Updated 4 Feb 2026 · 11 min read",
            "3 February 2026",
            "On 3 February 2026 the council met · and voted to close the old bridge for good",
            "Updated 3 Feb 2025 · 2 min",
        ] {
            assert!(!is_dated_facts_line(line, day), "{line}");
        }
    }
}
