//! A name written in the Arabic script against the Latin host it owns
//! ("الرأي المحلي" on alraialmahali.example): the script writes the
//! consonants and the long vowels, a romanised host writes the vowels as
//! it pleases ("al-ra'i", "alrai", "arrai"), so the two are compared by
//! their consonants alone, each Arabic letter read as the Latin letters
//! its usual romanisations give it.

/// Fewest consonants of a host's label that [`spells_host`] compares: a
/// shorter skeleton ("nbd" of "nabad") matches too many names by chance.
const MIN_SKELETON: usize = 4;

/// Most letters of a name [`spells_host`] reads: a name, not a sentence
/// (it bounds the search over the letters' readings).
const MAX_LETTERS: usize = 40;

/// The Latin consonants an Arabic letter is romanised as, the first the
/// usual one; `&[""]` for the letters that are vowels, long vowels or
/// the semivowels and hamza carriers a host writes as vowels (alif,
/// waw, ya, hamza, ta marbuta's silent end, ayn's glottal stop).
fn romanised(c: char) -> Option<&'static [&'static str]> {
    Some(match c {
        'ب' => &["b"],
        'ت' => &["t"],
        'ث' => &["th", "s", "t"],
        'ج' => &["j", "g", "dj"],
        'ح' => &["h"],
        'خ' => &["kh", "k", "x"],
        'د' => &["d"],
        'ذ' => &["dh", "z", "d"],
        'ر' => &["r"],
        'ز' => &["z"],
        'س' => &["s"],
        'ش' => &["sh", "ch", "s"],
        'ص' => &["s"],
        'ض' => &["d"],
        'ط' => &["t"],
        'ظ' => &["z", "dh"],
        'غ' => &["gh", "g"],
        'ف' => &["f"],
        'ق' => &["q", "k", "g"],
        'ك' => &["k"],
        'ل' => &["l"],
        'م' => &["m"],
        'ن' => &["n"],
        'ه' => &["h", ""],
        'ة' => &["", "h", "t"],
        'ع' => &[""],
        'ا' | 'أ' | 'إ' | 'آ' | 'ء' | 'ؤ' | 'ئ' | 'ى' | 'و' | 'ي' => &[""],
        _ => return None,
    })
}

/// Whether `c` is a vowel, or a semivowel a host writes for a long vowel
/// ("y", "w"), in a romanised label: the Arabic script writes no short
/// vowel, so the labels are compared without them.
fn vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w')
}

/// Whether `name`, written in the Arabic script, spells `label` (a host's
/// first label, lower-case, without its hyphens): the label's consonants
/// (doubled ones read once, as the script writes a doubled consonant
/// once) are the name's letters romanised ([`romanised`]), in order, the
/// "l" of the article "ال" allowed to drop ("ar-rai" for "الرأي") or the
/// whole article with it. A name of more than [`MAX_LETTERS`] letters,
/// a label of fewer than [`MIN_SKELETON`]
/// consonants, or holding a digit, is not compared.
pub(super) fn spells_host(name: &str, label: &str) -> bool {
    if !label.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let mut skeleton: Vec<u8> = Vec::with_capacity(label.len());
    for b in label.bytes() {
        if !vowel(char::from(b)) && skeleton.last() != Some(&b) {
            skeleton.push(b);
        }
    }
    if skeleton.len() < MIN_SKELETON {
        return false;
    }
    // The name's letters, each with its readings; a word's article "ال"
    // gives its "l" the empty reading as well.
    let mut letters: Vec<&'static [&'static str]> = Vec::new();
    for word in name.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let Some(r) = romanised(c) else {
                return false;
            };
            let article_l = i == 1 && c == 'ل' && chars.first() == Some(&'ا');
            letters.push(if article_l { &["l", ""] } else { r });
        }
    }
    !letters.is_empty() && letters.len() <= MAX_LETTERS && matches(&letters, &skeleton, None)
}

/// Whether the readings of `letters` make `skeleton` exactly; `last` is
/// the consonant matched last, which a next letter's same consonant may
/// repeat without a letter of the skeleton (a doubled consonant read
/// once).
fn matches(letters: &[&'static [&'static str]], skeleton: &[u8], last: Option<u8>) -> bool {
    let Some((first, rest)) = letters.split_first() else {
        return skeleton.is_empty();
    };
    first.iter().any(|reading| {
        let bytes = reading.as_bytes();
        if bytes.is_empty() {
            return matches(rest, skeleton, last);
        }
        if bytes.len() == 1 && last == Some(bytes[0]) && matches(rest, skeleton, last) {
            return true;
        }
        skeleton
            .strip_prefix(bytes)
            .is_some_and(|left| matches(rest, left, bytes.last().copied()))
    })
}

#[cfg(test)]
mod tests {
    use super::spells_host;

    #[test]
    fn a_name_spells_its_romanised_host() {
        assert!(spells_host("الرأي المحلي", "alraialmahali"));
        assert!(spells_host("الرأي المحلي", "arraialmahalli"));
        assert!(spells_host("جريدة النهر", "jaridatalnahr"));
        assert!(spells_host("جريدة النهر", "jaridaalnahr"));
    }

    #[test]
    fn another_name_or_a_short_host_does_not() {
        assert!(!spells_host("وزارة النقل", "alraialmahali"));
        assert!(!spells_host("الرأي المحلي", "statistics"));
        assert!(!spells_host("نبض", "nabd"));
        assert!(!spells_host("River Post", "riverpost"));
    }
}
