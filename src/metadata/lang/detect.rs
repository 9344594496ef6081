//! whatlang 0.18's `detect` (script, then the alphabet and trigram scores
//! combined) rebuilt to give its exact answer, language and confidence, for
//! a fraction of its work.
//!
//! whatlang scores a text against each language of its script by walking
//! the language's 300-trigram profile and looking each trigram up in the
//! text's trigrams: 37 × 300 hash lookups for a Latin text, whatever its
//! length. Here an index built once maps each profile trigram to the
//! (language, rank) pairs that hold it, so each of the text's trigrams (at
//! most 600) is looked up once and adds its term to the languages that
//! hold it; the distance is the same sum in another order. The text's
//! trigrams are counted by sorting instead of hashing, and the scripts by
//! one range test per character; where whatlang's answer depends on its
//! own order of work (two scripts tied for the most characters, a
//! character of two scripts), the same steps as whatlang's run. The sorts
//! whose order decides ties between languages are the same calls on the
//! same element layout as whatlang's.
//!
//! Ported from whatlang 0.18.0 (MIT; the notice is in [`super::profiles`]).

use std::cmp::Reverse;
use std::sync::LazyLock;

use super::profiles;

/// whatlang's `RELIABLE_CONFIDENCE_THRESHOLD`: above it a guess is reliable.
pub(super) const RELIABLE_CONFIDENCE: f64 = 0.9;

/// A language guess: whatlang's name of the language (`"Eng"`, the `Lang`
/// variant) and its confidence, as `whatlang::detect` gives them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Guess {
    /// whatlang's `Lang` variant name.
    pub(crate) lang: &'static str,
    /// whatlang's `Info::confidence`.
    pub(crate) confidence: f64,
}

/// The language of `text` as `whatlang::detect(text)` gives it; `None`
/// where whatlang gives none (no letter of a known script).
pub(crate) fn detect(text: &str) -> Option<Guess> {
    let counts = count_scripts(text);
    let script = main_script(&counts, text)?;
    let one = |lang| {
        Some(Guess {
            lang,
            confidence: 1.0,
        })
    };
    match script {
        Script::Latin => detect_in(text, &LATIN),
        Script::Cyrillic => detect_in(text, &CYRILLIC),
        Script::Arabic => detect_in(text, &ARABIC),
        Script::Devanagari => detect_in(text, &DEVANAGARI),
        Script::Hebrew => detect_in(text, &HEBREW),
        Script::Mandarin => Some(mandarin_or_japanese(&counts)),
        Script::Bengali => one("Ben"),
        Script::Hangul => one("Kor"),
        Script::Georgian => one("Kat"),
        Script::Greek => one("Ell"),
        Script::Kannada => one("Kan"),
        Script::Tamil => one("Tam"),
        Script::Thai => one("Tha"),
        Script::Gujarati => one("Guj"),
        Script::Gurmukhi => one("Pan"),
        Script::Telugu => one("Tel"),
        Script::Malayalam => one("Mal"),
        Script::Oriya => one("Ori"),
        Script::Myanmar => one("Mya"),
        Script::Sinhala => one("Sin"),
        Script::Khmer => one("Khm"),
        Script::Ethiopic => one("Amh"),
        Script::Armenian => one("Hye"),
        Script::Katakana | Script::Hiragana => one("Jpn"),
    }
}

// ---------------------------------------------------------------- scripts

/// whatlang's scripts, in the order its script counters start in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Mandarin,
    Devanagari,
    Hebrew,
    Ethiopic,
    Georgian,
    Bengali,
    Hangul,
    Hiragana,
    Katakana,
    Greek,
    Kannada,
    Tamil,
    Thai,
    Gujarati,
    Gurmukhi,
    Telugu,
    Malayalam,
    Oriya,
    Myanmar,
    Sinhala,
    Khmer,
    Armenian,
}

/// Whether a character is of a script.
type CharTest = fn(char) -> bool;

/// The scripts with their character tests, in whatlang's starting order.
const SCRIPTS: [(Script, CharTest); 25] = [
    (Script::Latin, is_latin),
    (Script::Cyrillic, is_cyrillic),
    (Script::Arabic, is_arabic),
    (Script::Mandarin, is_mandarin),
    (Script::Devanagari, is_devanagari),
    (Script::Hebrew, is_hebrew),
    (Script::Ethiopic, is_ethiopic),
    (Script::Georgian, is_georgian),
    (Script::Bengali, is_bengali),
    (Script::Hangul, is_hangul),
    (Script::Hiragana, is_hiragana),
    (Script::Katakana, is_katakana),
    (Script::Greek, is_greek),
    (Script::Kannada, is_kannada),
    (Script::Tamil, is_tamil),
    (Script::Thai, is_thai),
    (Script::Gujarati, is_gujarati),
    (Script::Gurmukhi, is_gurmukhi),
    (Script::Telugu, is_telugu),
    (Script::Malayalam, is_malayalam),
    (Script::Oriya, is_oriya),
    (Script::Myanmar, is_myanmar),
    (Script::Sinhala, is_sinhala),
    (Script::Khmer, is_khmer),
    (Script::Armenian, is_armenian),
];

/// Characters per script (indexed like [`SCRIPTS`]), and whether a
/// character of two scripts was seen (whatlang then counts it for the one
/// its reordering tests first).
struct ScriptCounts {
    counts: [usize; 25],
    ambiguous: bool,
}

impl ScriptCounts {
    fn of(&self, script: Script) -> usize {
        self.counts[script as usize]
    }
}

/// Counts the letters of each script (whatlang's `raw_detect_script`
/// without its move-to-front order, which changes no count but that of a
/// character of two scripts).
#[inline(never)]
fn count_scripts(text: &str) -> ScriptCounts {
    let mut counts = [0usize; 25];
    let mut ambiguous = false;
    for ch in text.chars() {
        if ch.is_ascii() {
            if ch.is_ascii_alphabetic() {
                counts[Script::Latin as usize] += 1;
            }
            continue;
        }
        let mut found = SCRIPTS.iter().enumerate().filter(|(_, (_, test))| test(ch));
        if let Some((i, _)) = found.next() {
            counts[i] += 1;
            ambiguous |= found.next().is_some();
        }
    }
    ScriptCounts { counts, ambiguous }
}

/// whatlang's main script: the one with the most letters; a tie is settled
/// by whatlang's own steps.
fn main_script(counts: &ScriptCounts, text: &str) -> Option<Script> {
    let max = counts.counts.iter().copied().max().unwrap_or(0);
    if max == 0 && !counts.ambiguous {
        return None;
    }
    let mut at_max = counts.counts.iter().enumerate().filter(|(_, &n)| n == max);
    match (at_max.next(), at_max.next(), counts.ambiguous) {
        (Some((i, _)), None, false) => Some(SCRIPTS[i].0),
        _ => whatlang_main_script(text),
    }
}

/// whatlang 0.18's `raw_detect_script(text).main_script()` step for step:
/// a script found moves one place forward, and the counters are sorted by
/// count with the same unstable sort, so ties fall the same way.
fn whatlang_main_script(text: &str) -> Option<Script> {
    let mut counters: [(Script, CharTest, usize); 25] =
        SCRIPTS.map(|(script, test)| (script, test, 0));
    for ch in text.chars() {
        if is_stop_char(ch) {
            continue;
        }
        for i in 0..counters.len() {
            if (counters[i].1)(ch) {
                counters[i].2 += 1;
                if i > 0 {
                    counters.swap(i - 1, i);
                }
                break;
            }
        }
    }
    let mut counters: Vec<(Script, usize)> = counters.iter().map(|&(s, _, n)| (s, n)).collect();
    counters.sort_unstable_by_key(|&(_, n)| Reverse(n));
    counters.first().filter(|(_, n)| *n > 0).map(|&(s, _)| s)
}

/// whatlang's Mandarin-or-Japanese rule: the share of kana among the
/// Han and kana letters.
fn mandarin_or_japanese(counts: &ScriptCounts) -> Guess {
    let mandarin = counts.of(Script::Mandarin);
    let japanese = counts.of(Script::Katakana) + counts.of(Script::Hiragana);
    let share = japanese as f64 / (mandarin + japanese) as f64;
    let (lang, confidence) = if share > 0.2 {
        ("Jpn", 1.0)
    } else if share > 0.05 {
        ("Jpn", 0.5)
    } else if share > 0.02 {
        ("Cmn", 0.5)
    } else {
        ("Cmn", 1.0)
    };
    Guess { lang, confidence }
}

/// whatlang's stop characters: ASCII spaces, punctuation and digits.
#[inline]
fn is_stop_char(ch: char) -> bool {
    matches!(ch, '\u{0000}'..='\u{0040}' | '\u{005B}'..='\u{0060}' | '\u{007B}'..='\u{007E}')
}

fn is_latin(ch: char) -> bool {
    matches!(ch,
        'a'..='z'
        | 'A'..='Z'
        | '\u{0080}'..='\u{00FF}'
        | '\u{0100}'..='\u{017F}'
        | '\u{0180}'..='\u{024F}'
        | '\u{0250}'..='\u{02AF}'
        | '\u{1D00}'..='\u{1D7F}'
        | '\u{1D80}'..='\u{1DBF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2100}'..='\u{214F}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}'
    )
}

fn is_cyrillic(ch: char) -> bool {
    matches!(ch,
        '\u{0400}'..='\u{0484}'
        | '\u{0487}'..='\u{052F}'
        | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A640}'..='\u{A69D}'
        | '\u{1D2B}'
        | '\u{1D78}'
        | '\u{A69F}'
    )
}

fn is_arabic(ch: char) -> bool {
    matches!(ch,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{07FF}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10E60}'..='\u{10E7F}'
        | '\u{1EE00}'..='\u{1EEFF}'
    )
}

fn is_devanagari(ch: char) -> bool {
    matches!(ch, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}')
}

fn is_ethiopic(ch: char) -> bool {
    matches!(ch, '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' | '\u{AB00}'..='\u{AB2F}')
}

fn is_hebrew(ch: char) -> bool {
    matches!(ch, '\u{0590}'..='\u{05FF}')
}

fn is_georgian(ch: char) -> bool {
    matches!(ch, '\u{10A0}'..='\u{10FF}')
}

fn is_mandarin(ch: char) -> bool {
    matches!(ch,
        '\u{2E80}'..='\u{2E99}'
        | '\u{2E9B}'..='\u{2EF3}'
        | '\u{2F00}'..='\u{2FD5}'
        | '\u{3005}'
        | '\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303B}'
        | '\u{3400}'..='\u{4DB5}'
        | '\u{4E00}'..='\u{9FCC}'
        | '\u{F900}'..='\u{FA6D}'
        | '\u{FA70}'..='\u{FAD9}'
    )
}

fn is_bengali(ch: char) -> bool {
    matches!(ch, '\u{0980}'..='\u{09FF}')
}

fn is_hiragana(ch: char) -> bool {
    matches!(ch, '\u{3040}'..='\u{309F}')
}

fn is_katakana(ch: char) -> bool {
    matches!(ch, '\u{30A0}'..='\u{30FF}')
}

fn is_hangul(ch: char) -> bool {
    matches!(ch,
        '\u{AC00}'..='\u{D7AF}'
        | '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3200}'..='\u{32FF}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{D7B0}'..='\u{D7FF}'
        | '\u{FF00}'..='\u{FFEF}'
    )
}

fn is_greek(ch: char) -> bool {
    matches!(ch, '\u{0370}'..='\u{03FF}')
}

fn is_kannada(ch: char) -> bool {
    matches!(ch, '\u{0C80}'..='\u{0CFF}')
}

fn is_tamil(ch: char) -> bool {
    matches!(ch, '\u{0B80}'..='\u{0BFF}')
}

fn is_thai(ch: char) -> bool {
    matches!(ch, '\u{0E00}'..='\u{0E7F}')
}

fn is_gujarati(ch: char) -> bool {
    matches!(ch, '\u{0A80}'..='\u{0AFF}')
}

fn is_gurmukhi(ch: char) -> bool {
    matches!(ch, '\u{0A00}'..='\u{0A7F}')
}

fn is_telugu(ch: char) -> bool {
    matches!(ch, '\u{0C00}'..='\u{0C7F}')
}

fn is_malayalam(ch: char) -> bool {
    matches!(ch, '\u{0D00}'..='\u{0D7F}')
}

fn is_oriya(ch: char) -> bool {
    matches!(ch, '\u{0B00}'..='\u{0B7F}')
}

fn is_myanmar(ch: char) -> bool {
    matches!(ch, '\u{1000}'..='\u{109F}')
}

fn is_sinhala(ch: char) -> bool {
    matches!(ch, '\u{0D80}'..='\u{0DFF}')
}

fn is_khmer(ch: char) -> bool {
    matches!(ch, '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}')
}

fn is_armenian(ch: char) -> bool {
    matches!(ch, '\u{0530}'..='\u{058F}' | '\u{FB13}'..='\u{FB17}')
}

// ------------------------------------------------------- language models

/// whatlang's `MAX_TRIGRAM_DISTANCE`: a profile trigram missing from the
/// text's costs this much.
const MAX_TRIGRAM_DISTANCE: u32 = 300;

/// whatlang's `MAX_TOTAL_DISTANCE`.
const MAX_TOTAL_DISTANCE: u32 = MAX_TRIGRAM_DISTANCE * MAX_TRIGRAM_DISTANCE;

/// whatlang's `TEXT_TRIGRAMS_SIZE`: the text's most frequent trigrams that
/// get a rank.
const TEXT_TRIGRAMS_SIZE: usize = 600;

/// One script's languages: their names in whatlang's order, the alphabets
/// (Latin and Cyrillic; whatlang gives the others a score of 1 each) and
/// the index of the trigram profiles.
struct Model {
    langs: &'static [&'static str],
    alphabet: Option<Alphabet>,
    index: TrigramIndex,
}

static LATIN: LazyLock<Model> = LazyLock::new(|| {
    Model::new(
        profiles::LATIN_LANGS,
        Some(profiles::LATIN_ALPHABETS),
        profiles::LATIN_PROFILES,
    )
});
static CYRILLIC: LazyLock<Model> = LazyLock::new(|| {
    Model::new(
        profiles::CYRILLIC_LANGS,
        Some(profiles::CYRILLIC_ALPHABETS),
        profiles::CYRILLIC_PROFILES,
    )
});
static ARABIC: LazyLock<Model> =
    LazyLock::new(|| Model::new(profiles::ARABIC_LANGS, None, profiles::ARABIC_PROFILES));
static DEVANAGARI: LazyLock<Model> = LazyLock::new(|| {
    Model::new(
        profiles::DEVANAGARI_LANGS,
        None,
        profiles::DEVANAGARI_PROFILES,
    )
});
static HEBREW: LazyLock<Model> =
    LazyLock::new(|| Model::new(profiles::HEBREW_LANGS, None, profiles::HEBREW_PROFILES));

impl Model {
    fn new(
        langs: &'static [&'static str],
        alphabets: Option<&[(&str, &str)]>,
        profiles: &[(&str, &str)],
    ) -> Self {
        let lang_index = |name: &str| -> u8 {
            // The vendored tables name the same languages; a name missing
            // from the script's list would be a bug in the generator.
            let i = langs.iter().position(|l| *l == name).unwrap_or(0);
            u8::try_from(i).unwrap_or(0)
        };
        let alphabet = alphabets.map(|a| Alphabet::new(a, &lang_index));
        let mut entries: Vec<(u64, u8, u16)> = Vec::new();
        for (name, profile) in profiles {
            let lang = lang_index(name);
            let chars: Vec<char> = profile.chars().collect();
            for (rank, t) in chars.chunks_exact(3).enumerate() {
                let rank = u16::try_from(rank).unwrap_or(u16::MAX);
                entries.push((trigram_key(t[0], t[1], t[2]), lang, rank));
            }
        }
        Model {
            langs,
            alphabet,
            index: TrigramIndex::new(entries),
        }
    }
}

/// whatlang's alphabet table: the characters of the script's alphabets,
/// sorted, each with the languages whose alphabet has it.
struct Alphabet {
    chars: Vec<char>,
    langs: Vec<Vec<u8>>,
    /// What an ASCII character is: [`ASCII_STOP`], [`ASCII_LETTER`] (a
    /// letter of no alphabet) or its place in `chars` plus 2.
    ascii: [u16; 128],
}

impl Alphabet {
    fn new(alphabets: &[(&str, &str)], lang_index: &dyn Fn(&str) -> u8) -> Self {
        let mut pairs: Vec<(char, Vec<u8>)> = Vec::new();
        for (name, alphabet) in alphabets {
            let lang = lang_index(name);
            for c in alphabet.chars() {
                match pairs.iter_mut().find(|(p, _)| *p == c) {
                    Some((_, langs)) => langs.push(lang),
                    None => pairs.push((c, vec![lang])),
                }
            }
        }
        pairs.sort_unstable_by_key(|(c, _)| *c);
        let mut ascii = [ASCII_LETTER; 128];
        for (b, slot) in ascii.iter_mut().enumerate() {
            if is_stop_char(char::from(b as u8)) {
                *slot = ASCII_STOP;
            }
        }
        for (i, (c, _)) in pairs.iter().enumerate() {
            if let Some(slot) = ascii.get_mut(*c as usize) {
                *slot = u16::try_from(i + 2).unwrap_or(ASCII_LETTER);
            }
        }
        let (chars, langs) = pairs.into_iter().unzip();
        Alphabet {
            chars,
            langs,
            ascii,
        }
    }
}

/// [`Alphabet::ascii`]: a stop character (not counted).
const ASCII_STOP: u16 = 0;

/// [`Alphabet::ascii`]: a counted character of no alphabet.
const ASCII_LETTER: u16 = 1;

/// The profiles' trigrams, each with the (language, rank) pairs that hold
/// it: an open-addressing table from the packed trigram to its pairs.
struct TrigramIndex {
    /// (key, start, len) into `pairs`; key 0 marks a free slot (no trigram
    /// packs to 0: a space is 0x20).
    slots: Vec<(u64, u32, u32)>,
    shift: u32,
    pairs: Vec<(u8, u16)>,
}

impl TrigramIndex {
    fn new(entries: Vec<(u64, u8, u16)>) -> Self {
        // More slots than entries: a free slot ends every probe.
        let bits = (entries.len() + 1)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let mut index = TrigramIndex {
            slots: vec![(0, 0, 0); 1 << bits],
            shift: 64 - bits,
            pairs: vec![(0, 0); entries.len()],
        };
        let mask = index.slots.len() - 1;
        // Each entry's slot, the slots' pair counts, then their starts.
        let mut slot_of_entry = Vec::with_capacity(entries.len());
        for &(key, _, _) in &entries {
            let mut slot = index.slot_of(key);
            while index.slots[slot].0 != 0 && index.slots[slot].0 != key {
                slot = (slot + 1) & mask;
            }
            index.slots[slot].0 = key;
            index.slots[slot].2 += 1;
            slot_of_entry.push(slot);
        }
        let mut start = 0;
        for slot in index.slots.iter_mut() {
            slot.1 = start;
            start += slot.2;
            slot.2 = 0;
        }
        for (&(_, lang, rank), &slot) in entries.iter().zip(&slot_of_entry) {
            let (_, start, len) = &mut index.slots[slot];
            index.pairs[(*start + *len) as usize] = (lang, rank);
            *len += 1;
        }
        index
    }

    #[inline]
    fn slot_of(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The (language, rank) pairs of the profiles that hold `key`.
    #[inline]
    fn get(&self, key: u64) -> &[(u8, u16)] {
        let mask = self.slots.len() - 1;
        let mut slot = self.slot_of(key);
        loop {
            let (k, start, len) = self.slots[slot];
            if k == key {
                let start = start as usize;
                return self.pairs.get(start..start + len as usize).unwrap_or(&[]);
            }
            if k == 0 {
                return &[];
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// A trigram packed so that the packed order is whatlang's `Trigram`
/// order (first character, then second, then third).
#[inline]
fn trigram_key(a: char, b: char, c: char) -> u64 {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

// -------------------------------------------------------------- scoring

/// whatlang's combined method (alphabet and trigram scores weighted by the
/// text's length) over one script's languages.
fn detect_in(text: &str, model: &Model) -> Option<Guess> {
    let lower = text.to_lowercase();
    let n = model.langs.len();

    // Alphabet scores, in whatlang's order: sorted by raw score.
    let (alphabet_count, alphabet_scores) = match &model.alphabet {
        Some(alphabet) => alphabet_scores(&lower, alphabet, n),
        None => (
            1,
            (0..n)
                .map(|l| (u8::try_from(l).unwrap_or(0), 1.0))
                .collect::<Vec<(u8, f64)>>(),
        ),
    };

    let (trigram_count, trigram_scores) = trigram_scores(&lower, &model.index, n);

    let alphabet_weight = alphabet_weight(alphabet_count);
    let trigram_weight = 1.0 - alphabet_weight;
    let mut scores: Vec<(u8, f64)> = alphabet_scores
        .iter()
        .map(|&(lang, a)| {
            let t = trigram_scores[usize::from(lang)];
            (lang, a * alphabet_weight + t * trigram_weight)
        })
        .collect();
    scores.sort_unstable_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Less));

    let &(lang, score1) = scores.first()?;
    let confidence = match scores.get(1) {
        Some(&(_, score2)) => confidence(score1, score2, trigram_count),
        None => 1.0,
    };
    Some(Guess {
        lang: model.langs[usize::from(lang)],
        confidence,
    })
}

/// whatlang's alphabet scores: +1 for each letter of the language's
/// alphabet, −1 for each other letter, floored at 0, over the letters'
/// count; sorted by raw score with whatlang's sort. Returns the letter
/// count with the scores.
#[inline(never)]
fn alphabet_scores(lower: &str, alphabet: &Alphabet, n: usize) -> (usize, Vec<(u8, f64)>) {
    let mut char_scores = vec![0usize; alphabet.chars.len()];
    let mut max_raw_score = 0usize;
    for ch in lower.chars() {
        let p = match alphabet.ascii.get(ch as usize) {
            Some(&ASCII_STOP) => continue,
            Some(&ASCII_LETTER) => None,
            Some(&p) => Some(usize::from(p - 2)),
            // No stop character is past ASCII.
            None => alphabet.chars.binary_search(&ch).ok(),
        };
        max_raw_score += 1;
        if let Some(p) = p {
            char_scores[p] += 2;
        }
    }
    let mut lang_scores = vec![0usize; n];
    let mut common_score = 0usize;
    for (p, &score) in char_scores.iter().enumerate() {
        if score > 0 {
            let langs = &alphabet.langs[p];
            if langs.len() == n {
                common_score += score;
            } else {
                for &l in langs {
                    lang_scores[usize::from(l)] += score;
                }
            }
        }
    }
    let mut raw: Vec<(u8, usize)> = lang_scores
        .iter()
        .enumerate()
        .map(|(l, &s)| {
            (
                u8::try_from(l).unwrap_or(0),
                (s + common_score).saturating_sub(max_raw_score),
            )
        })
        .collect();
    raw.sort_unstable_by_key(|&(_, s)| Reverse(s));
    let scores = raw
        .iter()
        .map(|&(l, s)| (l, s as f64 / max_raw_score as f64))
        .collect();
    (max_raw_score, scores)
}

/// whatlang's trigram scores of each language (indexed like the model's
/// languages) and the count of the text's ranked trigrams.
#[inline(never)]
fn trigram_scores(lower: &str, index: &TrigramIndex, n: usize) -> (usize, Vec<f64>) {
    let ranked = ranked_trigrams(lower);
    let count = ranked.len();

    // Each language's distance is 300 per profile trigram, less what each
    // of the text's trigrams found in the profile saves.
    let mut found = vec![0i64; n];
    for (pos, &key) in ranked.iter().enumerate() {
        for &(lang, rank) in index.get(key) {
            let dist = (pos as i64 - i64::from(rank)).abs();
            found[usize::from(lang)] += dist - i64::from(MAX_TRIGRAM_DISTANCE);
        }
    }
    let count32 = u32::try_from(count).unwrap_or(u32::MAX);
    let max_dist = count32.wrapping_mul(MAX_TRIGRAM_DISTANCE);
    let scores = found
        .iter()
        .map(|&f| {
            let total = i64::from(MAX_TOTAL_DISTANCE) + f;
            let mut total = u32::try_from(total).unwrap_or(0);
            if MAX_TRIGRAM_DISTANCE > count32 {
                let delta = MAX_TRIGRAM_DISTANCE - count32;
                total = total.wrapping_sub(delta * MAX_TRIGRAM_DISTANCE);
            }
            let distance = total.clamp(0, MAX_TOTAL_DISTANCE);
            let similarity = max_dist.wrapping_sub(distance);
            similarity as f64 / max_dist as f64
        })
        .collect();
    (count, scores)
}

/// The text's distinct trigrams, most frequent first (ties: the greater
/// trigram first), at most 600: whatlang's ranks. Stop characters count
/// as spaces, a space is added at each end, and a space beside another
/// space or at the middle of a word's edge makes no trigram.
#[inline(never)]
fn ranked_trigrams(lower: &str) -> Vec<u64> {
    let mut keys: Vec<u64> = Vec::with_capacity(lower.len() + 1);
    let mut chars = lower
        .chars()
        .map(|c| if is_stop_char(c) { ' ' } else { c })
        .chain(Some(' '));
    let mut c1 = ' ';
    let mut c2 = chars.next().unwrap_or(' ');
    for c3 in chars {
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            keys.push(trigram_key(c1, c2, c3));
        }
        c1 = c2;
        c2 = c3;
    }
    keys.sort_unstable();

    // Distinct trigrams with their counts, in ascending order.
    let mut runs: Vec<(u64, u32)> = Vec::with_capacity(keys.len());
    for key in keys {
        match runs.last_mut() {
            Some((last, count)) if *last == key => *count += 1,
            _ => runs.push((key, 1)),
        }
    }
    // Placed by count, most frequent first, and within a count from the
    // greatest trigram down (a counting sort over the runs taken backwards):
    // whatlang's order of (count, trigram) pairs sorted descending.
    let max_count = runs.iter().map(|r| r.1 as usize).max().unwrap_or(0);
    let mut next = vec![0usize; max_count + 2];
    for &(_, count) in &runs {
        next[count as usize] += 1;
    }
    let mut start = 0;
    for slot in next.iter_mut().rev() {
        let n = *slot;
        *slot = start;
        start += n;
    }
    let mut ranked = vec![0u64; runs.len()];
    for &(key, count) in runs.iter().rev() {
        let at = &mut next[count as usize];
        ranked[*at] = key;
        *at += 1;
    }
    ranked.truncate(TEXT_TRIGRAMS_SIZE);
    ranked
}

/// whatlang's weight of the alphabet score: 2/3 for no letters down to 1/3
/// from 100 letters on.
fn alphabet_weight(count: usize) -> f64 {
    let weight = -(count as f64 / 300.0) + 2.0 / 3.0;
    weight.clamp(1.0 / 3.0, 2.0 / 3.0)
}

/// whatlang's `calculate_confidence`: how far the best score is ahead of
/// the second, against a margin that shrinks with the trigram count.
fn confidence(highest: f64, second: f64, count: usize) -> f64 {
    if highest == 0.0 {
        return 0.0;
    }
    if second == 0.0 {
        return highest;
    }
    let confident_rate = (3.0 / count as f64) + 0.015;
    let rate = (highest - second) / second;
    if rate > confident_rate {
        1.0
    } else {
        rate / confident_rate
    }
}

#[cfg(test)]
mod tests;
