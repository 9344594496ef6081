//! The detector against whatlang 0.18 itself (a dev-dependency) on
//! generated texts: the same language and the same confidence, to the bit.

use super::*;

/// A small deterministic generator (xorshift64*), so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Text lengths in characters: short ones (ties, the 40-character gate),
/// middling and long ones (past whatlang's 600 ranked trigrams).
fn length(rng: &mut Rng) -> usize {
    match rng.below(10) {
        0..=2 => 1 + rng.below(60),
        3..=6 => 60 + rng.below(300),
        _ => 360 + rng.below(1400),
    }
}

const PROFILES: &[&[(&str, &str)]] = &[
    profiles::LATIN_PROFILES,
    profiles::LATIN_PROFILES,
    profiles::LATIN_PROFILES,
    profiles::CYRILLIC_PROFILES,
    profiles::ARABIC_PROFILES,
    profiles::DEVANAGARI_PROFILES,
    profiles::HEBREW_PROFILES,
];

/// Pseudo-text in one or two languages: trigrams of their profiles strung
/// together, the frequent ones more often, with capitals, digits and
/// punctuation here and there.
fn profile_text(rng: &mut Rng) -> String {
    let script = *rng.pick(PROFILES);
    let first = rng.pick(script).1;
    let second = if rng.chance(30) {
        rng.pick(script).1
    } else {
        first
    };
    let target = length(rng);
    let mut out = String::new();
    while out.chars().count() < target {
        let profile: Vec<char> = if rng.chance(70) { first } else { second }
            .chars()
            .collect();
        let u = rng.below(1000) as f64 / 1000.0;
        let rank = ((u * u) * 300.0) as usize;
        for &c in &profile[rank * 3..rank * 3 + 3] {
            if rng.chance(3) {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        match rng.below(40) {
            0 => out.push_str(", "),
            1 => out.push_str(". "),
            2 => out.push_str(&rng.below(2030).to_string()),
            3 => out.push('\u{2019}'),
            _ => {}
        }
    }
    out
}

/// Character ranges to draw noise from: ASCII, Latin blocks (with the two
/// letters whatlang counts as Latin or Cyrillic by its own order), the
/// other scripts, kana and Han, combining marks, punctuation, emoji, and
/// letters whose lower case changes length or depends on context.
const RANGES: &[(u32, u32)] = &[
    (0x20, 0x7F),
    (0x61, 0x7A),
    (0x61, 0x7A),
    (0xC0, 0x17F),
    (0x180, 0x2AF),
    (0x1D00, 0x1DBF),
    (0x1D2B, 0x1D2B),
    (0x1D78, 0x1D78),
    (0x1E00, 0x1EFF),
    (0x2100, 0x214F),
    (0x0300, 0x036F),
    (0x0370, 0x03FF),
    (0x03A3, 0x03A3),
    (0x0130, 0x0130),
    (0x0400, 0x052F),
    (0x0430, 0x044F),
    (0x0590, 0x05FF),
    (0x0600, 0x06FF),
    (0x0900, 0x097F),
    (0x0980, 0x09FF),
    (0x0E00, 0x0E7F),
    (0x10A0, 0x10FF),
    (0x0530, 0x058F),
    (0x3040, 0x309F),
    (0x30A0, 0x30FF),
    (0x4E00, 0x4FFF),
    (0xAC00, 0xAD00),
    (0xFF00, 0xFFEF),
    (0x2000, 0x206F),
    (0x1F300, 0x1F5FF),
    (0x0A00, 0x0A7F),
    (0x0A80, 0x0AFF),
    (0x0B00, 0x0B7F),
    (0x0B80, 0x0BFF),
    (0x0C00, 0x0C7F),
    (0x0C80, 0x0CFF),
    (0x0D00, 0x0D7F),
    (0x0D80, 0x0DFF),
    (0x1000, 0x109F),
    (0x1200, 0x137F),
    (0x1780, 0x17FF),
];

/// Characters from one to four of [`RANGES`], spaces between.
fn noise_text(rng: &mut Rng) -> String {
    let ranges: Vec<(u32, u32)> = (0..1 + rng.below(4)).map(|_| *rng.pick(RANGES)).collect();
    let target = length(rng);
    let mut out = String::new();
    for _ in 0..target {
        if rng.chance(15) {
            out.push(' ');
            continue;
        }
        let (lo, hi) = *rng.pick(&ranges);
        let c = lo + rng.below((hi - lo + 1) as usize) as u32;
        out.extend(char::from_u32(c));
    }
    out
}

/// Letters of two or three scripts in equal numbers (ties that whatlang's
/// counting order settles), or Han with kana around the 2, 5 and 20 %
/// shares where its Chinese-or-Japanese answer changes.
fn tied_text(rng: &mut Rng) -> String {
    const LETTERS: &[&str] = &[
        "abcdefghij",
        "абвгдежзик",
        "αβγδεζηθικ",
        "שלוםאבגדהו",
        "سلامبتثجحخ",
        "नमस्तेकखगघ",
        "あいうえおかきくけこ",
        "アイウエオカキクケコ",
        "日本語中文字漢人大小",
        "한국어가나다라마바사",
        "ᴫᵸᴫᵸᴫᵸ",
    ];
    let mut out: Vec<char> = Vec::new();
    if rng.chance(30) {
        let total = 20 + rng.below(200);
        let kana = (total * (1 + rng.below(25))) / 100;
        for i in 0..total {
            let pool: Vec<char> = LETTERS[if i < kana { 6 + rng.below(2) } else { 8 }]
                .chars()
                .collect();
            out.push(*rng.pick(&pool));
        }
    } else {
        let k = 1 + rng.below(30);
        for _ in 0..2 + rng.below(2) {
            let pool: Vec<char> = rng.pick(LETTERS).chars().collect();
            for _ in 0..k {
                out.push(*rng.pick(&pool));
            }
        }
    }
    for i in (1..out.len()).rev() {
        out.swap(i, rng.below(i + 1));
    }
    let mut text = String::new();
    for c in out {
        text.push(c);
        if rng.chance(20) {
            text.push(' ');
        }
    }
    text
}

/// Short words of random letters: trigrams few profiles hold and letters
/// every Latin alphabet has, so languages tie (whatlang's sorts settle them).
fn rare_letters_text(rng: &mut Rng) -> String {
    const LETTERS: &[char] = &[
        'q', 'x', 'z', 'w', 'k', 'j', 'v', 'y', 'f', 'h', 'b', 'g', 'p', 'c', 'm', 'ß', 'ø', 'þ',
    ];
    let longest = if rng.chance(50) { 12 } else { 80 };
    let target = 1 + rng.below(longest);
    let mut out = String::new();
    while out.chars().count() < target {
        for _ in 0..1 + rng.below(5) {
            out.push(*rng.pick(LETTERS));
        }
        out.push(' ');
    }
    out
}

fn whatlang_answer(text: &str) -> Option<(String, u64)> {
    whatlang::detect(text).map(|i| (i.lang().code().to_string(), i.confidence().to_bits()))
}

fn our_answer(text: &str) -> Option<(String, u64)> {
    detect(text).map(|g| (g.lang.to_ascii_lowercase(), g.confidence.to_bits()))
}

/// The old `lang::detect`, on whatlang itself.
fn whatlang_tag(text: &str) -> Option<String> {
    let mut end = text.len().min(1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().count() < 40 {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    let name = format!("{:?}", info.lang());
    super::super::iso639_1(&name).map(str::to_string)
}

#[test]
fn same_answers_as_whatlang_on_generated_texts() {
    let mut rng = Rng(0x5EED_0018_0000_0001);
    let rounds = if cfg!(debug_assertions) { 1500 } else { 6000 };
    let mut mismatches = Vec::new();
    let mut langs = std::collections::BTreeSet::new();
    for i in 0..rounds {
        let text = match i % 5 {
            0 | 1 => profile_text(&mut rng),
            2 => noise_text(&mut rng),
            3 => tied_text(&mut rng),
            _ => rare_letters_text(&mut rng),
        };
        let expected = whatlang_answer(&text);
        if let Some((lang, _)) = &expected {
            langs.insert(lang.clone());
        }
        if our_answer(&text) != expected {
            mismatches.push((text.clone(), expected.clone(), our_answer(&text)));
        }
        if super::super::detect(&text) != whatlang_tag(&text) {
            mismatches.push((text, expected, None));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {rounds} texts differ from whatlang; first: {:?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(3)]
    );
    // The texts reach every language of every script.
    assert_eq!(langs.len(), 70, "languages reached: {langs:?}");
}

#[test]
fn same_answers_as_whatlang_around_the_gates() {
    // Texts of 35 to 45 characters (the 40-character gate) and past the
    // first KiB with a multi-byte letter across the cut.
    let mut rng = Rng(0x5EED_0018_0000_0002);
    for _ in 0..400 {
        let mut text = profile_text(&mut rng);
        let keep = 35 + rng.below(11);
        text = text.chars().take(keep).collect();
        assert_eq!(super::super::detect(&text), whatlang_tag(&text), "{text:?}");
        assert_eq!(our_answer(&text), whatlang_answer(&text), "{text:?}");
    }
    let mut long = String::from("Der Ausschuss prüfte die Pläne für die Brücke ");
    while long.len() < 1023 {
        long.push_str("über Straßen und Flüsse hinweg ");
    }
    long.truncate(1023);
    long.push_str("ü and then some more english words that come after the cut");
    assert_eq!(super::super::detect(&long), whatlang_tag(&long));
}

#[test]
fn known_answers() {
    let cases = [
        (
            "The committee reviewed the plans for the new bridge over the river.",
            "Eng",
        ),
        (
            "Комитет рассмотрел планы строительства нового моста через реку.",
            "Rus",
        ),
        ("ザ委員会は川に架かる新しい橋の計画を検討しました。", "Jpn"),
        ("委员会审查了在河上建造新桥的计划。", "Cmn"),
        ("הוועדה בחנה את התוכניות לגשר החדש מעל הנהר.", "Heb"),
    ];
    for (text, lang) in cases {
        assert_eq!(detect(text).map(|g| g.lang), Some(lang), "{text}");
        assert_eq!(our_answer(text), whatlang_answer(text), "{text}");
    }
    assert_eq!(detect("12345 !!! ..."), None);
}
