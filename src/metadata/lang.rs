//! Language tags: normalisation to BCP 47 and detection from the text when
//! the page does not say ([`detect`]: whatlang 0.18's answers, computed
//! for less).

mod detect;
mod profiles;

/// Normalises a declared language (`en_US`, `EN-us`, `en-US,en`) to a BCP 47
/// tag (`en-US`); `None` for junk.
pub(crate) fn normalize_tag(raw: &str) -> Option<String> {
    let first = raw.split([',', ';', ' ']).find(|s| !s.is_empty())?;
    let mut parts = first.split(['-', '_']);
    let primary = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut tag = primary;
    for p in parts {
        if p.is_empty() || p.len() > 8 || !p.bytes().all(|b| b.is_ascii_alphanumeric()) {
            break;
        }
        tag.push('-');
        match p.len() {
            2 => tag.push_str(&p.to_ascii_uppercase()),
            4 => {
                let mut c = p.chars();
                if let Some(f) = c.next() {
                    tag.push(f.to_ascii_uppercase());
                    tag.push_str(&c.as_str().to_ascii_lowercase());
                }
            }
            _ => tag.push_str(&p.to_ascii_lowercase()),
        }
    }
    Some(tag)
}

/// Fewest characters of text worth guessing a language from.
const MIN_TEXT_CHARS: usize = 40;

/// Detects the language of `text`; `None` when the text is short or the
/// detector is unsure.
pub(crate) fn detect(text: &str) -> Option<String> {
    // The first KiB is plenty (on both shared corpora, 275 pages, it gives
    // the same language as 4 KiB) and keeps detection cheap.
    let mut end = text.len().min(1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().count() < MIN_TEXT_CHARS {
        return None;
    }
    let guess = detect::detect(sample)?;
    let reliable = guess.confidence > detect::RELIABLE_CONFIDENCE;
    if !reliable && guess.confidence < 0.5 {
        return None;
    }
    iso639_1(guess.lang).map(str::to_string)
}

/// The two-letter code of a whatlang language, named as its `Lang` variant
/// (three letters where ISO 639-1 has none).
fn iso639_1(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "Epo" => "eo",
        "Eng" => "en",
        "Rus" => "ru",
        "Cmn" => "zh",
        "Spa" => "es",
        "Por" => "pt",
        "Ita" => "it",
        "Ben" => "bn",
        "Fra" => "fr",
        "Deu" => "de",
        "Ukr" => "uk",
        "Kat" => "ka",
        "Ara" => "ar",
        "Hin" => "hi",
        "Jpn" => "ja",
        "Heb" => "he",
        "Yid" => "yi",
        "Pol" => "pl",
        "Amh" => "am",
        "Jav" => "jv",
        "Kor" => "ko",
        "Nob" => "nb",
        "Dan" => "da",
        "Swe" => "sv",
        "Fin" => "fi",
        "Tur" => "tr",
        "Nld" => "nl",
        "Hun" => "hu",
        "Ces" => "cs",
        "Ell" => "el",
        "Bul" => "bg",
        "Bel" => "be",
        "Mar" => "mr",
        "Kan" => "kn",
        "Ron" => "ro",
        "Slv" => "sl",
        "Hrv" => "hr",
        "Srp" => "sr",
        "Mkd" => "mk",
        "Lit" => "lt",
        "Lav" => "lv",
        "Est" => "et",
        "Tam" => "ta",
        "Vie" => "vi",
        "Urd" => "ur",
        "Tha" => "th",
        "Guj" => "gu",
        "Uzb" => "uz",
        "Pan" => "pa",
        "Aze" => "az",
        "Ind" => "id",
        "Tel" => "te",
        "Pes" => "fa",
        "Mal" => "ml",
        "Ori" => "or",
        "Mya" => "my",
        "Nep" => "ne",
        "Sin" => "si",
        "Khm" => "km",
        "Tuk" => "tk",
        "Aka" => "ak",
        "Zul" => "zu",
        "Sna" => "sn",
        "Afr" => "af",
        "Lat" => "la",
        "Slk" => "sk",
        "Cat" => "ca",
        "Tgl" => "tl",
        "Hye" => "hy",
        "Cym" => "cy",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(normalize_tag("en_us").as_deref(), Some("en-US"));
        assert_eq!(normalize_tag("pt-BR").as_deref(), Some("pt-BR"));
        assert_eq!(normalize_tag("zh-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(normalize_tag("de, en").as_deref(), Some("de"));
        assert_eq!(normalize_tag("{{lang}}"), None);
    }

    #[test]
    fn detects() {
        let en = "The council met on Tuesday evening and agreed to repair the old bridge before winter comes.";
        assert_eq!(detect(en).as_deref(), Some("en"));
        let de = "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke noch vor dem Winter zu reparieren.";
        assert_eq!(detect(de).as_deref(), Some("de"));
        assert_eq!(detect("short"), None);
    }
}
