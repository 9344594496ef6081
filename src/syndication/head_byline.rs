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
}
