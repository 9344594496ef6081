//! The generated syndication corpus (issue 16, part 1).
//!
//! A seeded generator composes spam-site pages from themes and page
//! builders × autoblog plugin credits × chat widgets, cookie banners, share
//! bars, newsletter boxes, comment forms, related posts, file-name captions
//! and the site's own branding, in four languages, around article bodies
//! written for this corpus. Each composition knows what a perfect extractor
//! returns: the article's text, `source_url` (or `source_name` for an outlet
//! named without a link) and `site_name`.
//!
//! The vocabulary (`tests/syndication_corpus/vocab.rs`) is written from the
//! real plugins and themes, independently of the stripper's rules.
//! The three generators (`gen.rs`, the base draw; `families.rs` and
//! `families2.rs`, the red teams) share their plumbing in `page.rs`; their
//! vocabularies and composition choices stay apart.
//!
//! - `cargo test --test syndication_corpus` runs the generator's own
//!   checks and the strict tests over the base draw (2,000 compositions)
//!   and over every family set below (2,767 more at seed 16), one page at
//!   a time and two passes over each host (part of the README's `cargo
//!   test`, so of CI). Seed 16 is the fixers' tuning seed for every set;
//!   the fixers check other seeds with `SYNDGEN_SEED` (some of them held
//!   out: their counts are read, their pages are not).
//! - `cargo test --release --test syndication_corpus -- --nocapture`
//!   prints their failure reports grouped by kind (leaks by kind of spam,
//!   lost paragraphs, order, `source_url`, `source_name`, `site_name`),
//!   with counts and samples; `--exact generated_familiesN` picks one set.
//! - The family sets, each a red team's, written apart from the stripper's
//!   rules and from each other's vocabularies:
//!   - `generated_families_extract_exactly` / `…_two_pass_site_memory`:
//!     the first families (`families.rs`, `families_vocab.rs`: themes,
//!     credits and widgets written after the stripper);
//!   - `generated_families2` (`families2.rs`, `families2_vocab.rs`:
//!     written without reading the stripper, after it passed the first
//!     families; its own seed salt). The filter `generated_families`
//!     without `--exact` matches every set; use `generated_families_` for
//!     the first families alone;
//!   - `generated_families3` (`families3.rs`, `families3_vocab.rs`:
//!     importer templates in six languages, AI and translation
//!     disclosures, channel boxes, push prompts, page builders' chrome);
//!   - `generated_families4` (`families4.rs`, `families4_vocab.rs`: eight
//!     languages beyond Western Europe), which prints its fingerprint;
//!   - `generated_families5` (`families5.rs`, `families5_vocab.rs`: short
//!     posts on page builders' single-post templates, magazine and
//!     Blogger layouts, beside long grids of excerpts, carousels,
//!     comments and trending sidebars, where the article itself can be
//!     lost);
//!   - `generated_families6` (`families6.rs`, `families6_vocab.rs`: posts
//!     interrupted by ad slots, inline links, video and newsletter boxes
//!     and pull quotes, or oddly shaped: loose `<br>` text, bare
//!     `<div>`s, table layouts, part 1 of a paged post, an
//!     infinite-scroll theme's next post; six languages).
//!   - `generated_families7` (`families7.rs`, `families7_vocab.rs`:
//!     structured posts, steps, tables, code, FAQ blocks, definition
//!     lists, on Avada, Beaver Builder, Ghost, Hugo and Substack-like
//!     pages, with code toolbars, vote boxes, print buttons, affiliate
//!     and opt-in boxes; five languages).
//!   - `generated_families8` (`families8.rs`, `families8_vocab.rs`: news
//!     stories on news-magazine themes and AMP pages, with tickers, views
//!     counters, author boxes, channel and Google News boxes, push
//!     prompts, language flags, feed notices and importers' credits in new
//!     shapes; nine languages, Hebrew right to left).
//! - `cargo test --release --test syndication_corpus -- --ignored
//!   fingerprint` checks that every page of the base draw and of every
//!   family set (seeds 16 and 17) is the one recorded: a change of the
//!   shared plumbing must leave them all unchanged.
//!
//! The family sets are rows of one table (`FAMILY_SETS`: generator, seed
//! salt, count, first id, self-check, recorded fingerprints); each hook
//! `generated_familiesN` runs the same harness over its row and ends on
//! the line `familiesN: X of N compositions fail (single page), Y
//! (two-pass)`.
//!
//! Environment:
//! - `SYNDGEN_COUNT` (default 2000), `SYNDGEN_SEED` (default 16).
//! - `SYNDGEN_ONLY=<id>`: judge one composition (with its host's pages for
//!   the two-pass test).
//! - `SYNDGEN_DUMP=<dir>`: write sample pages (`<id>-<theme>.html`) and
//!   their expectations (`<id>-<theme>.expected.txt`) there; how many with
//!   `SYNDGEN_DUMP_N` (default 40). The strict tests also write every
//!   failing page there, with its failures in `<id>-<theme>.failures.txt`.

#[path = "syndication_corpus/families.rs"]
mod families;
#[path = "syndication_corpus/families2.rs"]
mod families2;
#[path = "syndication_corpus/families2_vocab.rs"]
mod families2_vocab;
#[path = "syndication_corpus/families3.rs"]
mod families3;
#[path = "syndication_corpus/families3_vocab.rs"]
mod families3_vocab;
#[path = "syndication_corpus/families4.rs"]
mod families4;
#[path = "syndication_corpus/families4_vocab.rs"]
mod families4_vocab;
#[path = "syndication_corpus/families5.rs"]
mod families5;
#[path = "syndication_corpus/families5_vocab.rs"]
mod families5_vocab;
#[path = "syndication_corpus/families6.rs"]
mod families6;
#[path = "syndication_corpus/families6_vocab.rs"]
mod families6_vocab;
#[path = "syndication_corpus/families7.rs"]
mod families7;
#[path = "syndication_corpus/families7_vocab.rs"]
mod families7_vocab;
#[path = "syndication_corpus/families8.rs"]
mod families8;
#[path = "syndication_corpus/families8_vocab.rs"]
mod families8_vocab;
#[path = "syndication_corpus/families_vocab.rs"]
mod families_vocab;
#[path = "syndication_corpus/page.rs"]
mod page;
#[path = "syndication_corpus/gen.rs"]
mod spamgen;
#[path = "syndication_corpus/stories.rs"]
mod stories;
#[path = "syndication_corpus/vocab.rs"]
mod vocab;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

use families::{generate_families, FAMILY_SEED_SALT};
use families2::{generate_families2, FAMILIES2_SEED_SALT};
use families3::{generate_families3, FAMILIES3_SEED_SALT};
use families4::{generate_families4, FAMILIES4_SEED_SALT};
use families5::{generate_families5, FAMILIES5_SEED_SALT};
use families6::{generate_families6, FAMILIES6_SEED_SALT};
use families7::{generate_families7, FAMILIES7_SEED_SALT};
use families8::{generate_families8, FAMILIES8_SEED_SALT};
use gleaner::{Article, Extractor, SiteMemory, Url};
use page::{norm, Composition, Kind};
use spamgen::generate;

const DEFAULT_COUNT: usize = 2000;
const DEFAULT_SEED: u64 = 16;

/// A generated family set (a red team's): one row of [`FAMILY_SETS`],
/// the table the family hooks and the fingerprint test run from.
struct FamilySet {
    /// The name in the reports and in the result line `<name>: N of M`.
    name: &'static str,
    /// The generator: `(count, seed, first id, first host group)`.
    generate: fn(usize, u64, usize, usize) -> Vec<Composition>,
    /// Mixed into the seed: each set draws from its own stream, so the
    /// other sets are the same with or without it.
    salt: u64,
    /// The environment variable that sets the count, and the default.
    count_var: &'static str,
    default_count: usize,
    /// Where the set's ids and host groups start (a report or a dump names
    /// each page once).
    first: First,
    /// The fewest compositions the default count must give.
    min_count: usize,
    /// Compositions drawn twice to check that the generator is
    /// deterministic and that its seed matters.
    probe: usize,
    /// The set's own consistency check (its pages, its variety).
    self_check: fn(&[Composition]) -> Result<(), String>,
    /// `(seed, full_fingerprint)` at the default count, as recorded when
    /// the set was added: a change of the shared plumbing must keep them.
    recorded: &'static [(u64, u64)],
}

/// Where a family set is numbered.
#[derive(Clone, Copy)]
enum First {
    /// After the base draw of `SYNDGEN_COUNT` (the first families).
    AfterBase,
    /// From this id, which is also its first host group.
    At(usize),
}

impl FamilySet {
    /// The set at `n` compositions from `seed`, after a base draw of
    /// `base_count` where it is numbered after the base draw.
    fn at(&self, n: usize, seed: u64, base_count: usize) -> Vec<Composition> {
        let (first_id, first_group) = match self.first {
            First::AfterBase => {
                let base = generate(base_count, seed);
                (base.len(), base.last().map_or(0, |c| c.host_group + 1))
            }
            First::At(id) => (id, id),
        };
        (self.generate)(n, seed ^ self.salt, first_id, first_group)
    }

    /// The set at its count (`count_var` or the default) and `SYNDGEN_SEED`.
    fn corpus(&self) -> Vec<Composition> {
        self.at(
            env_usize(self.count_var, self.default_count),
            seed(),
            env_usize("SYNDGEN_COUNT", DEFAULT_COUNT),
        )
    }
}

/// The first families (`families.rs`): appended to the base draw, checked
/// by [`generator_is_deterministic_varied_and_consistent`].
const FAMILIES: FamilySet = FamilySet {
    name: "families",
    generate: generate_families,
    salt: FAMILY_SEED_SALT,
    count_var: "SYNDGEN_FAMILIES_COUNT",
    default_count: 600,
    first: First::AfterBase,
    min_count: 500,
    probe: 300,
    self_check: |_| Ok(()),
    recorded: &[(16, 0x473e_76c7_2216_4c6e), (17, 0xa1f2_678f_0d4c_385d)],
};

/// Every family set, in the order they were written.
const FAMILY_SETS: [FamilySet; 8] = [
    FAMILIES,
    FamilySet {
        name: "families2",
        generate: generate_families2,
        salt: FAMILIES2_SEED_SALT,
        count_var: "SYNDGEN_FAMILIES2_COUNT",
        default_count: 600,
        first: First::At(100_000),
        min_count: 600,
        probe: 120,
        self_check: families2_check,
        recorded: &[(16, 0xf90b_0bbf_8f0d_a5f4), (17, 0xb77e_8809_1893_7446)],
    },
    FamilySet {
        name: "families3",
        generate: generate_families3,
        salt: FAMILIES3_SEED_SALT,
        count_var: "SYNDGEN_FAMILIES3_COUNT",
        default_count: 600,
        first: First::At(200_000),
        min_count: 600,
        probe: 120,
        self_check: families3::self_check,
        recorded: &[(16, 0x9c3e_4ef1_67db_af93), (17, 0x80f7_1174_0bd8_b26d)],
    },
    FamilySet {
        name: "families4",
        generate: generate_families4,
        salt: FAMILIES4_SEED_SALT,
        count_var: "SYNDGEN_FAMILIES4_COUNT",
        default_count: 480,
        first: First::At(300_000),
        min_count: 400,
        probe: 60,
        self_check: families4::self_check,
        recorded: &[(16, 0x3269_afdf_9a91_f713), (17, 0xaa13_4a75_c401_4a74)],
    },
    FamilySet {
        name: "families5",
        generate: generate_families5,
        salt: FAMILIES5_SEED_SALT,
        count_var: "SYNDGEN_FAMILIES5_COUNT",
        default_count: 240,
        first: First::At(400_000),
        min_count: 200,
        probe: 40,
        self_check: families5::self_check,
        recorded: &[(16, 0xe40b_4b31_fa19_8351), (17, 0x3e62_58c5_520e_0738)],
    },
    FamilySet {
        name: "families6",
        generate: generate_families6,
        salt: FAMILIES6_SEED_SALT,
        count_var: "SYNDGEN_FAMILIES6_COUNT",
        default_count: 240,
        first: First::At(500_000),
        min_count: 200,
        probe: 40,
        self_check: families6::self_check,
        recorded: &[(16, 0xb56d_73df_549b_a754), (17, 0x3cf3_d5cc_bc8f_d7f9)],
    },
    FamilySet {
        name: "families7",
        generate: generate_families7,
        salt: FAMILIES7_SEED_SALT,
        count_var: "SYNDGEN_FAMILIES7_COUNT",
        default_count: 320,
        first: First::At(600_000),
        min_count: 300,
        probe: 40,
        self_check: families7::self_check,
        // Seed 16 only: the held-out seeds are not generated here.
        recorded: &[(16, 0xba04_ca15_9210_bcf8)],
    },
    FamilySet {
        name: "families8",
        generate: generate_families8,
        salt: FAMILIES8_SEED_SALT,
        count_var: "SYNDGEN_FAMILIES8_COUNT",
        default_count: 320,
        first: First::At(700_000),
        min_count: 300,
        probe: 40,
        self_check: families8::self_check,
        // Seed 16 only: the held-out seeds are not generated here.
        recorded: &[(16, 0x071c_f2f6_29c7_f43c)],
    },
];

/// The family set named `name` (a hook's row).
fn family_set(name: &str) -> &'static FamilySet {
    FAMILY_SETS
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no family set {name}"))
}

/// The second set's check: its own, and, at the default count, as varied
/// as it says and apart from the base draw and the first families (not
/// one theme or credit of theirs).
fn families2_check(set: &[Composition]) -> Result<(), String> {
    families2::self_check(set)?;
    if only().is_some() || std::env::var("SYNDGEN_FAMILIES2_COUNT").is_ok() {
        return Ok(());
    }
    let themes: BTreeSet<&str> = set.iter().map(|c| c.theme).collect();
    let credits: BTreeSet<&str> = set.iter().filter_map(|c| c.credit).collect();
    let langs: BTreeSet<&str> = set.iter().map(|c| c.lang.code()).collect();
    assert!(themes.len() >= 14, "themes: {themes:?}");
    assert!(credits.len() >= 20, "credits: {credits:?}");
    assert_eq!(langs.len(), families2_vocab::F2_LANGS.len());
    let fam = generate_families(300, seed() ^ FAMILY_SEED_SALT, 0, 0);
    let old_themes: BTreeSet<&str> = corpus().iter().chain(fam.iter()).map(|c| c.theme).collect();
    assert!(themes.iter().all(|t| !old_themes.contains(t)));
    let old_credits: BTreeSet<&str> = vocab::CREDITS
        .iter()
        .chain(families_vocab::FAMILY_CREDITS)
        .map(|c| c.id)
        .collect();
    assert!(credits.iter().all(|c| !old_credits.contains(c)));
    Ok(())
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn seed() -> u64 {
    std::env::var("SYNDGEN_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_SEED)
}

/// The base draw, `generate(SYNDGEN_COUNT, SYNDGEN_SEED)`.
fn corpus() -> Vec<Composition> {
    generate(env_usize("SYNDGEN_COUNT", DEFAULT_COUNT), seed())
}

fn dump_dir() -> Option<PathBuf> {
    std::env::var_os("SYNDGEN_DUMP").map(PathBuf::from)
}

fn expectation_text(c: &Composition) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "id: {}  host group: {}  theme: {}  lang: {:?}",
        c.id, c.host_group, c.theme, c.lang
    );
    let _ = writeln!(s, "url: {}", c.url);
    let _ = writeln!(s, "site_name: {}  ({})", c.site_name, c.site_signals);
    let _ = writeln!(s, "source_url: {:?}", c.source_url);
    let _ = writeln!(s, "source_name: {:?}", c.source_name);
    let _ = writeln!(
        s,
        "credit: {:?} ({:?}) at {:?}",
        c.credit, c.credit_plugin, c.credit_pos
    );
    let _ = writeln!(
        s,
        "host tagline: {:?} (also in the header: {})",
        c.host_tagline, c.tagline_in_header
    );
    let _ = writeln!(s, "\n--- expected text blocks ---");
    for e in &c.expected {
        let _ = writeln!(s, "{e}\n");
    }
    let _ = writeln!(s, "--- noise lines ---");
    for (k, l) in &c.noise {
        let _ = writeln!(s, "[{}] {l}", k.name());
    }
    s
}

fn dump(dir: &PathBuf, c: &Composition, failures: Option<&str>) {
    let _ = std::fs::create_dir_all(dir);
    let stem = format!("{:05}-{}", c.id, c.theme);
    let _ = std::fs::write(dir.join(format!("{stem}.html")), &c.html);
    let _ = std::fs::write(
        dir.join(format!("{stem}.expected.txt")),
        expectation_text(c),
    );
    if let Some(f) = failures {
        let _ = std::fs::write(dir.join(format!("{stem}.failures.txt")), f);
    }
}

// ---------------------------------------------------------------------------
// Judging one extraction
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Failure {
    Leak {
        kind: String,
        text: String,
    },
    Lost {
        text: String,
    },
    Order {
        text: String,
    },
    SourceUrl {
        expected: Option<String>,
        got: Option<String>,
        credit: String,
        at: &'static str,
    },
    SourceName {
        expected: String,
        got: Option<String>,
        credit: String,
        at: &'static str,
    },
    SiteName {
        expected: String,
        got: Option<String>,
        signals: String,
    },
    Error(String),
}

impl Failure {
    /// The report group.
    fn group(&self) -> String {
        match self {
            Failure::Leak { kind, .. } => format!("leak: {kind}"),
            Failure::Lost { .. } => "lost paragraph".into(),
            Failure::Order { .. } => "paragraph out of order".into(),
            Failure::SourceUrl {
                credit, expected, ..
            } => {
                if expected.is_some() {
                    format!("source_url wrong or missing: {credit}")
                } else {
                    "source_url where none is given".into()
                }
            }
            Failure::SourceName { credit, .. } => format!("source_name: {credit}"),
            Failure::SiteName { signals, .. } => format!("site_name ({signals})"),
            Failure::Error(_) => "extraction error".into(),
        }
    }

    /// The top-level class: leak, lost, order, source_url, source_name,
    /// site_name, error.
    fn class(&self) -> &'static str {
        match self {
            Failure::Leak { .. } => "leak",
            Failure::Lost { .. } => "lost paragraph",
            Failure::Order { .. } => "order",
            Failure::SourceUrl { .. } => "source_url",
            Failure::SourceName { .. } => "source_name",
            Failure::SiteName { .. } => "site_name",
            Failure::Error(_) => "extraction error",
        }
    }

    fn detail(&self) -> String {
        match self {
            Failure::Leak { text, .. } | Failure::Lost { text } | Failure::Order { text } => {
                clip(text, 220)
            }
            Failure::SourceUrl {
                expected, got, at, ..
            } => format!("(credit at {at}) expected {expected:?}, got {got:?}"),
            Failure::SourceName {
                expected, got, at, ..
            } => format!("(credit at {at}) expected {expected:?}, got {got:?}"),
            Failure::SiteName { expected, got, .. } => {
                format!("expected {expected:?}, got {got:?}")
            }
            Failure::Error(e) => e.clone(),
        }
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// Splits a leaked chunk into the noise lines it holds, longest first:
/// one `(kind, text)` per line found, plus what is left that no noise line
/// explains (a part of a line, or text the generator did not put there).
fn attribute(chunk: &str, c: &Composition) -> Vec<(String, String)> {
    let mut lines: Vec<&(Kind, String)> = c
        .noise
        .iter()
        .filter(|(_, l)| l.chars().count() >= 2)
        .collect();
    lines.sort_by_key(|(_, l)| std::cmp::Reverse(l.len()));
    let mut rest = chunk.to_string();
    let mut found = Vec::new();
    for (k, line) in lines {
        if rest.contains(line.as_str()) {
            rest = rest.replacen(line.as_str(), "\u{1}", 1);
            found.push((k.name().to_string(), line.clone()));
        }
    }
    let left: Vec<String> = rest
        .split('\u{1}')
        .map(norm)
        .filter(|r| r.chars().any(char::is_alphanumeric))
        .collect();
    for r in left {
        // A piece of a noise line (the extractor cut it) keeps its kind.
        let kind = c
            .noise
            .iter()
            .find(|(_, l)| r.chars().count() >= 3 && l.contains(r.as_str()))
            .map_or("unattributed text", |(k, _)| k.name());
        found.push((kind.to_string(), r));
    }
    found
}

/// Compares an extraction with the composition. `tolerate_tagline`: the
/// host's tagline may stay when the page does not also show it in its
/// header (single-page extraction cannot know that a line naming nothing
/// repeats on every page of the host).
fn judge(
    c: &Composition,
    got: Result<&Article, &gleaner::Error>,
    tolerate_tagline: bool,
) -> Vec<Failure> {
    let article = match got {
        Ok(a) => a,
        Err(e) => return vec![Failure::Error(e.to_string())],
    };
    let mut out = Vec::new();
    let actual = norm(&article.text);
    let mut pos = 0;
    let mut gaps: Vec<String> = Vec::new();
    for unit in &c.expected {
        match actual[pos..].find(unit.as_str()) {
            Some(i) => {
                let gap = actual[pos..pos + i].trim();
                if !gap.is_empty() {
                    gaps.push(gap.to_string());
                }
                pos += i + unit.len();
            }
            None => {
                if actual.contains(unit.as_str()) {
                    out.push(Failure::Order { text: unit.clone() });
                } else {
                    out.push(Failure::Lost { text: unit.clone() });
                }
            }
        }
    }
    let tail = actual[pos..].trim();
    if !tail.is_empty() {
        gaps.push(tail.to_string());
    }
    for gap in gaps {
        let mut gap = gap;
        if tolerate_tagline && !c.tagline_in_header {
            if let Some(t) = &c.host_tagline {
                gap = norm(&gap.replace(t.as_str(), " "));
            }
        }
        if gap.is_empty() {
            continue;
        }
        // A chunk that is only expected text moved around was reported as
        // out of order already.
        if c.expected.iter().any(|e| e == &gap) {
            continue;
        }
        for (kind, text) in attribute(&gap, c) {
            out.push(Failure::Leak { kind, text });
        }
    }
    let credit = c.credit.unwrap_or("no credit").to_string();
    let at = c.credit_pos.unwrap_or("-");
    let got_url = article.source_url.as_ref().map(Url::to_string);
    let expected_url = c
        .source_url
        .as_ref()
        .and_then(|u| Url::parse(u).ok())
        .map(|u| u.to_string());
    if got_url != expected_url {
        out.push(Failure::SourceUrl {
            expected: expected_url,
            got: got_url,
            credit: credit.clone(),
            at,
        });
    }
    if let Some(name) = &c.source_name {
        if article.source_name.as_deref() != Some(name.as_str()) {
            out.push(Failure::SourceName {
                expected: name.clone(),
                got: article.source_name.clone(),
                credit,
                at,
            });
        }
    }
    if article.site_name.as_deref() != Some(c.site_name.as_str()) {
        out.push(Failure::SiteName {
            expected: c.site_name.clone(),
            got: article.site_name.clone(),
            signals: c.site_signals.clone(),
        });
    }
    out
}

// ---------------------------------------------------------------------------
// Running and reporting
// ---------------------------------------------------------------------------

/// Runs `work` over host groups on all cores; results in composition order.
fn run_groups<F>(corpus: &[Composition], work: F) -> Vec<(usize, Vec<Failure>)>
where
    F: Fn(&[&Composition]) -> Vec<(usize, Vec<Failure>)> + Sync,
{
    let mut groups: BTreeMap<usize, Vec<&Composition>> = BTreeMap::new();
    for c in corpus {
        groups.entry(c.host_group).or_default().push(c);
    }
    let groups: Vec<Vec<&Composition>> = groups.into_values().collect();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .max(1);
    let chunk = groups.len().div_ceil(threads).max(1);
    let mut results: Vec<(usize, Vec<Failure>)> = std::thread::scope(|s| {
        let handles: Vec<_> = groups
            .chunks(chunk)
            .map(|part| {
                let work = &work;
                s.spawn(move || part.iter().flat_map(|g| work(g)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(id, _)| *id);
    results
}

fn only() -> Option<usize> {
    std::env::var("SYNDGEN_ONLY")
        .ok()
        .and_then(|v| v.parse().ok())
}

fn selected(corpus: Vec<Composition>) -> Vec<Composition> {
    match only() {
        Some(id) => {
            let group = corpus.iter().find(|c| c.id == id).map(|c| c.host_group);
            corpus
                .into_iter()
                .filter(|c| Some(c.host_group) == group)
                .collect()
        }
        None => corpus,
    }
}

/// A report group: the failing pages, the number of failures, and samples
/// with their host group.
type Group = (BTreeSet<usize>, usize, Vec<(usize, String)>);

/// Samples shown per report group.
const SAMPLES: usize = 2;

/// The failure report: per group, the number of pages and samples.
fn report(
    title: &str,
    corpus: &[Composition],
    results: &[(usize, Vec<Failure>)],
) -> (String, usize) {
    let by_id: BTreeMap<usize, &Composition> = corpus.iter().map(|c| (c.id, c)).collect();
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    let mut per_theme: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut classes: BTreeMap<&str, (BTreeSet<usize>, usize)> = BTreeMap::new();
    let mut credit_at: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failing = 0;
    let mut judged = 0;
    for (id, fails) in results {
        if only().is_some_and(|o| o != *id) {
            continue;
        }
        judged += 1;
        let Some(c) = by_id.get(id) else { continue };
        let t = per_theme.entry(c.theme).or_default();
        t.0 += 1;
        if fails.is_empty() {
            continue;
        }
        failing += 1;
        t.1 += 1;
        for f in fails {
            let cl = classes.entry(f.class()).or_default();
            cl.0.insert(*id);
            cl.1 += 1;
            if let Failure::SourceUrl { at, .. } | Failure::SourceName { at, .. } = f {
                *credit_at.entry(at).or_default() += 1;
            }
            let e = groups
                .entry(f.group())
                .or_insert_with(|| (BTreeSet::new(), 0, Vec::new()));
            e.0.insert(*id);
            e.1 += 1;
            // Samples from different hosts.
            if e.2.len() < SAMPLES && !e.2.iter().any(|(g, _)| *g == c.host_group) {
                e.2.push((
                    c.host_group,
                    format!("#{} {} {}: {}", id, c.theme, c.url, f.detail()),
                ));
            }
        }
        if let Some(dir) = dump_dir() {
            let text: String = fails
                .iter()
                .map(|f| format!("{}: {}\n", f.group(), f.detail()))
                .collect();
            dump(&dir, c, Some(&text));
        }
    }
    let mut s = String::new();
    let _ = writeln!(
        s,
        "\n=== {title}: {failing} of {judged} compositions fail ==="
    );
    let _ = writeln!(s, "{:>6} {:>6}  class", "pages", "count");
    for (class, (pages, count)) in &classes {
        let _ = writeln!(s, "{:>6} {:>6}  {class}", pages.len(), count);
    }
    let _ = writeln!(s, "source failures by credit position: {credit_at:?}\n");
    let mut rows: Vec<_> = groups.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.len().cmp(&a.1 .0.len()).then(a.0.cmp(&b.0)));
    let _ = writeln!(s, "{:>6} {:>6}  kind", "pages", "count");
    for (group, (pages, count, samples)) in &rows {
        let _ = writeln!(s, "{:>6} {:>6}  {group}", pages.len(), count);
        for (_, sample) in samples {
            let _ = writeln!(s, "               e.g. {sample}");
        }
    }
    let _ = writeln!(s, "\nfailing pages per theme:");
    for (theme, (n, f)) in &per_theme {
        let _ = writeln!(s, "  {theme:<22} {f:>4} / {n}");
    }
    (s, failing)
}

fn extract_one(extractor: &Extractor, c: &Composition) -> Result<Article, gleaner::Error> {
    let url = Url::parse(&c.url).ok();
    extractor.extract(&c.html, url.as_ref())
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

/// The generator itself: deterministic, varied as the issue asks, and its
/// expectations are consistent with its pages. Runs without extraction.
#[test]
fn generator_is_deterministic_varied_and_consistent() {
    let a = generate(300, 7);
    let b = generate(300, 7);
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(
            x.html, y.html,
            "composition {} differs between two runs",
            x.id
        );
    }
    let other = generate(300, 8);
    assert_ne!(a[0].html, other[0].html, "the seed changes nothing");

    let full = corpus();
    assert!(
        full.len() >= 2000 || std::env::var("SYNDGEN_COUNT").is_ok(),
        "fewer than 2,000 compositions"
    );
    let themes: BTreeSet<&str> = full.iter().map(|c| c.theme).collect();
    assert!(
        themes.len() >= 12,
        "only {} themes: {themes:?}",
        themes.len()
    );
    let credits: BTreeSet<&str> = full.iter().filter_map(|c| c.credit).collect();
    assert!(credits.len() >= 10, "only {} credit styles", credits.len());
    let positions: BTreeSet<&str> = full.iter().filter_map(|c| c.credit_pos).collect();
    assert!(positions.len() >= 5, "credit positions: {positions:?}");
    let langs: BTreeSet<&str> = full.iter().map(|c| c.lang.code()).collect();
    // Italian and Portuguese are only in the appended families.
    assert_eq!(
        langs.len(),
        vocab::Lang::ALL.len() - 2,
        "languages: {langs:?}"
    );
    let kinds: BTreeSet<Kind> = full
        .iter()
        .flat_map(|c| c.noise.iter().map(|(k, _)| *k))
        .collect();
    for k in [
        Kind::AutoblogCredit,
        Kind::CaptionFilename,
        Kind::ChatWidget,
        Kind::CookieBanner,
        Kind::ShareBar,
        Kind::Newsletter,
        Kind::CommentForm,
        Kind::RelatedPosts,
        Kind::SelfPromo,
        Kind::SiteNameLine,
        Kind::PromoBox,
        Kind::HostTagline,
    ] {
        assert!(kinds.contains(&k), "no {} in the corpus", k.name());
    }
    let chats: BTreeSet<&str> = vocab::CHAT_WIDGETS.iter().map(|w| w.id).collect();
    assert!(chats.len() >= 8);

    // The appended families: deterministic, their own stream, and as
    // varied as the base (new themes, credits, widgets; six languages).
    let fa = generate_families(FAMILIES.probe, 7 ^ FAMILY_SEED_SALT, 0, 0);
    let fb = generate_families(FAMILIES.probe, 7 ^ FAMILY_SEED_SALT, 0, 0);
    assert!(fa.iter().zip(&fb).all(|(x, y)| x.html == y.html));
    let fam_all = FAMILIES.corpus();
    let fam: Vec<&Composition> = fam_all
        .iter()
        .filter(|c| c.theme.starts_with("fam-"))
        .collect();
    assert!(
        fam.len() >= FAMILIES.min_count || std::env::var(FAMILIES.count_var).is_ok(),
        "fewer than {} family compositions",
        FAMILIES.min_count
    );
    let fam_themes: BTreeSet<&str> = fam.iter().map(|c| c.theme).collect();
    let fam_credits: BTreeSet<&str> = fam.iter().filter_map(|c| c.credit).collect();
    let fam_langs: BTreeSet<&str> = fam.iter().map(|c| c.lang.code()).collect();
    if fam.len() >= FAMILIES.min_count {
        assert!(fam_themes.len() >= 12, "family themes: {fam_themes:?}");
        assert!(fam_credits.len() >= 20, "family credits: {fam_credits:?}");
        assert_eq!(fam_langs.len(), families_vocab::FAMILY_LANGS.len());
    }
    let fam_chats: BTreeSet<&str> = families_vocab::FAMILY_CHATS.iter().map(|w| w.id).collect();
    let fam_consents: BTreeSet<&str> = families_vocab::FAMILY_CONSENTS
        .iter()
        .map(|w| w.id)
        .collect();
    assert!(fam_chats.len() >= 8 && fam_consents.len() >= 4);
    // Not one of them is a base widget under another name.
    assert!(fam_chats.iter().all(|id| !chats.contains(id)));
    assert!(vocab::COOKIE_BANNERS.len() >= 4);
    assert!(
        full.iter().any(|c| c.source_name.is_some()),
        "no plain outlet name"
    );
    // Words the stripper must not key on alone: the articles use them.
    let all_expected: String = full
        .iter()
        .flat_map(|c| c.expected.iter())
        .map(|e| e.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for word in [
        "source",
        "chat",
        "support team",
        "cookies",
        "digital marketing",
        "advertisement",
        "subscribe",
    ] {
        assert!(
            all_expected.contains(word),
            "no article sentence says {word:?}"
        );
    }
    assert!(
        full.iter().any(|c| c.source_url.is_none()),
        "every page has a source"
    );

    for c in &full {
        // Every expected block is in the page's visible text, in order;
        // the story does not end on a subheading; no noise line is an
        // article block (the TOC repeats headings on purpose; excerpts end
        // in an ellipsis); the credit's URL is in the page.
        if let Err(e) = page::check(c) {
            panic!("{e}");
        }
        assert!(c.expected.len() >= 5, "composition {}: short article", c.id);
        if let Some(u) = &c.source_url {
            assert!(
                Url::parse(u).is_ok(),
                "composition {}: bad source url {u}",
                c.id
            );
        }
        assert!(Url::parse(&c.url).is_ok());
    }
    if let Some(dir) = dump_dir() {
        let n = env_usize("SYNDGEN_DUMP_N", 40);
        // Spread the samples over the corpus.
        let step = (full.len() / n.max(1)).max(1);
        for c in full.iter().step_by(step).take(n) {
            dump(&dir, c, None);
        }
        eprintln!(
            "wrote {} sample pages to {}",
            n.min(full.len()),
            dir.display()
        );
    }
}

/// Every composition, one page at a time with default options: the text is
/// the article exactly (no leak, nothing lost, order kept), `source_url`,
/// `source_name` (outlet named without a link) and `site_name` exact. The
/// host's tagline (a line that names nothing) is tolerated here unless the
/// page's header shows it too: only whole-host memory can know it (see the
/// two-pass test).
fn single_page(label: &str, corpus: &[Composition]) -> usize {
    let extractor = Extractor::default();
    let results = run_groups(corpus, |group| {
        group
            .iter()
            .map(|c| (c.id, judge(c, extract_one(&extractor, c).as_ref(), true)))
            .collect()
    });
    let (text, failing) = report(label, corpus, &results);
    println!("{text}");
    failing
}

/// Two passes over each host's pages with a `SiteMemory`: the first pass
/// learns, the second is judged. Everything must be exact, the host's
/// tagline stripped too, on every page (page 1 included).
fn two_pass(label: &str, corpus: &[Composition]) -> usize {
    let extractor = Extractor::default();
    let results = run_groups(corpus, |group| {
        let memory = SiteMemory::new();
        for c in group {
            let url = Url::parse(&c.url).ok();
            let _ = extractor.extract_with(&c.html, url.as_ref(), &memory);
        }
        group
            .iter()
            .map(|c| {
                let url = Url::parse(&c.url).ok();
                let got = extractor.extract_with(&c.html, url.as_ref(), &memory);
                (c.id, judge(c, got.as_ref(), false))
            })
            .collect()
    });
    let (text, failing) = report(label, corpus, &results);
    println!("{text}");
    failing
}

/// The base draw, one page at a time: see [`single_page`].
#[test]
fn generated_corpus_extracts_exactly() {
    let failing = single_page("single page, default options", &selected(corpus()));
    assert_eq!(failing, 0, "see the report above");
}

/// The base draw, two passes over each host: see [`two_pass`].
#[test]
fn generated_corpus_two_pass_site_memory() {
    let failing = two_pass("two-pass site memory", &selected(corpus()));
    assert_eq!(failing, 0, "see the report above");
}

/// The appended families (written after the stripper, apart from its
/// rules: the red team), one page at a time.
#[test]
fn generated_families_extract_exactly() {
    let failing = single_page("families, single page", &selected(FAMILIES.corpus()));
    assert_eq!(failing, 0, "see the report above");
}

/// The appended families, two passes over each host.
#[test]
fn generated_families_two_pass_site_memory() {
    let failing = two_pass(
        "families, two-pass site memory",
        &selected(FAMILIES.corpus()),
    );
    assert_eq!(failing, 0, "see the report above");
}

/// A held-out family set's hook: checks the generator (deterministic, its
/// seed matters) and the set itself (its own check; at the default count,
/// at least `min_count` compositions), prints the set's fingerprint, then
/// runs the strict tests, one page at a time and two passes over each
/// host, prints both reports and the result line `<name>: N of M
/// compositions fail (single page), K (two-pass)`, and asserts that
/// nothing fails. `SYNDGEN_DUMP` also gets sample pages.
fn run_family_set(f: &FamilySet) {
    let a = (f.generate)(f.probe, 5 ^ f.salt, 0, 0);
    let b = (f.generate)(f.probe, 5 ^ f.salt, 0, 0);
    assert!(a.iter().zip(&b).all(|(x, y)| x.html == y.html));
    let other = (f.generate)(f.probe, 6 ^ f.salt, 0, 0);
    assert_ne!(a[0].html, other[0].html, "the seed changes nothing");
    let full = f.corpus();
    println!(
        "{} fingerprint: seed {} {:016x}",
        f.name,
        seed(),
        full_fingerprint(&full)
    );
    let set = selected(full);
    if let Err(e) = (f.self_check)(&set) {
        panic!("the set itself is inconsistent: {e}");
    }
    if only().is_none() && std::env::var(f.count_var).is_err() {
        let min = f.min_count;
        assert!(set.len() >= min, "fewer than {min} compositions");
    }
    if let Some(dir) = dump_dir() {
        let k = env_usize("SYNDGEN_DUMP_N", 40);
        let step = (set.len() / k.max(1)).max(1);
        for c in set.iter().step_by(step).take(k) {
            dump(&dir, c, None);
        }
    }
    println!(
        "{} set: {} compositions, {} with a source url, {} with an outlet named without a link",
        f.name,
        set.len(),
        set.iter().filter(|c| c.source_url.is_some()).count(),
        set.iter().filter(|c| c.source_name.is_some()).count()
    );
    let single = single_page(&format!("{}, single page", f.name), &set);
    let two = two_pass(&format!("{}, two-pass site memory", f.name), &set);
    println!(
        "{}: {single} of {} compositions fail (single page), {two} (two-pass)",
        f.name,
        set.len()
    );
    assert_eq!((single, two), (0, 0), "see the reports above");
}

/// The second held-out family set (written without reading the stripper,
/// after it passed the first families: issue 16's held-out check), its
/// variety checked too (not one theme or credit of the base draw or the
/// first families). See [`run_family_set`].
#[test]
fn generated_families2() {
    run_family_set(family_set("families2"));
}

/// The third family set (written by a third red team without reading the
/// stripper, the other generators' vocabularies or their family code:
/// importer templates in six languages, AI and translation disclosures,
/// channel boxes, push prompts, page builders' chrome, and articles whose
/// own sentences look like spam). Seed 16 is the fixers' tuning seed; 17
/// and 18 are held out. See [`run_family_set`].
#[test]
fn generated_families3() {
    run_family_set(family_set("families3"));
}

/// The fourth family set (`families4.rs`: a fourth red team's, written
/// without reading the stripper or the other generators' vocabularies:
/// eight languages and scripts beyond Western Europe, right to left and
/// full-width included, importer credits in `<small>`, `<sub>`, tables,
/// blockquotes, definition lists and asides, AMP and story-card pages).
/// Seed 16 may be read; 17 and 18 are held out. See [`run_family_set`].
#[test]
fn generated_families4() {
    run_family_set(family_set("families4"));
}

/// The fifth family set (`families5.rs`: a fifth red team's, written
/// without reading the extractor, the stripper or the other generators'
/// vocabularies): short posts (one to four paragraphs) on single-post
/// templates where the body choice is hard (Elementor containers, Divi,
/// WPBakery and SiteOrigin text modules, a block theme's query loop,
/// Bricks, Oxygen, a magazine theme, Blogger's popular posts) beside long
/// grids of excerpts, carousels, long comments and trending sidebars.
/// Seed 16 may be read; 17 and 18 are held out. See [`run_family_set`].
#[test]
fn generated_families5() {
    run_family_set(family_set("families5"));
}

/// The sixth family set (`families6.rs`: a sixth red team's, written
/// without reading the extractor, the stripper or the other generators'
/// vocabularies): posts interrupted by ad-injection slots, sponsored
/// boxes, inline "also read" links, video and newsletter boxes, pull
/// quotes and a table of contents, or oddly shaped (loose `<br>` text,
/// bare `<div>`s, a table layout, part 1 of a paged post, an
/// infinite-scroll theme that appends the next post), in English, Dutch,
/// Swedish, Romanian, Greek and Korean. Seed 16 may be read; 17 and 18 are
/// held out. See [`run_family_set`].
#[test]
fn generated_families6() {
    run_family_set(family_set("families6"));
}

/// The seventh family set (`families7.rs`: a seventh red team's, written
/// without reading the extractor, the stripper or the other generators'
/// vocabularies): structured posts (numbered how-to steps, tables, code
/// listings, FAQ blocks, definition lists, quotes) on a block theme,
/// Avada, Beaver Builder, Ghost, Hugo and a Substack-like page, among code
/// toolbars, tables of contents, "was this helpful?" boxes, print buttons,
/// affiliate product boxes, opt-in forms, share bars and RSS importers'
/// credits, in English, Czech, Finnish, Danish and Hungarian. Tuning
/// seeds may be read; odd seeds from 43 on are held out. See
/// [`run_family_set`].
#[test]
fn generated_families7() {
    run_family_set(family_set("families7"));
}

/// The eighth family set (`families8.rs`: an eighth red team's, written
/// without reading the extractor, the stripper or the other generators'
/// vocabularies): news stories on news-magazine themes (tagDiv Newspaper,
/// JNews, Jannah, Soledad, ColorMag, Zox News) and AMP reader pages, among
/// breaking-news tickers, views counters, tag lists, previous/next links,
/// author boxes, inline "also read" boxes and paragraphs, Google News
/// buttons, Telegram and WhatsApp channel boxes, push prompts, GTranslate
/// flags, "auto-generated from a syndicated feed" notices and importers'
/// credits before the headline, in a blockquote, as a table row or as the
/// lead image's caption, in Hindi, Bengali, Tamil, Thai, Swahili,
/// Brazilian Portuguese, Ukrainian, Hebrew and English. Tuning seeds may
/// be read; odd seeds from 43 on are held out. See [`run_family_set`].
#[test]
#[ignore = "issue 16: the eighth set's failures are being fixed"]
fn generated_families8() {
    run_family_set(family_set("families8"));
}

/// FNV-1a over every page and its expectations (HTML, URL, expected
/// blocks, `source_url`, `source_name`, `site_name`), in order.
fn fingerprint(set: &[Composition]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for b in s.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for c in set {
        eat(&c.html);
        eat(&c.url);
        for e in &c.expected {
            eat(e);
        }
        eat(c.source_url.as_deref().unwrap_or("-"));
        eat(c.source_name.as_deref().unwrap_or("-"));
        eat(&c.site_name);
    }
    h
}

/// [`fingerprint`] and the noise lines with their kinds (what the judge
/// attributes a leak to), the theme, the credit and the host's tagline:
/// for the family sets, whose fingerprints were first taken here.
fn full_fingerprint(set: &[Composition]) -> u64 {
    let mut h = fingerprint(set);
    let mut eat = |s: &str| {
        for b in s.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for c in set {
        eat(&format!("{} {} {}", c.id, c.host_group, c.theme));
        eat(c.credit.unwrap_or("-"));
        eat(c.credit_pos.unwrap_or("-"));
        eat(c.host_tagline.as_deref().unwrap_or("-"));
        eat(&c.site_signals);
        eat(if c.tagline_in_header { "h" } else { "-" });
        for (k, l) in &c.noise {
            eat(k.name());
            eat(l);
        }
    }
    h
}

/// A fingerprint of the base draw `generate(SYNDGEN_COUNT, SYNDGEN_SEED)`:
/// the appended families must leave it unchanged, which this prints so a
/// change can be checked before and after (`-- --ignored
/// base_draw_fingerprint --nocapture`); at the default count it holds the
/// values recorded for seeds 16 and 17 (the base generator is frozen).
#[test]
#[ignore = "slow in a debug build; run with --release"]
fn base_draw_fingerprint() {
    let count = env_usize("SYNDGEN_COUNT", DEFAULT_COUNT);
    let seed = seed();
    let base = generate(count, seed);
    let h = fingerprint(&base);
    println!(
        "base draw: {} compositions, seed {seed}, fingerprint {h:016x}",
        base.len()
    );
    assert!(base.len() >= count);
    if count == DEFAULT_COUNT {
        let recorded = match seed {
            16 => Some(0xfd13_3171_3776_0604),
            17 => Some(0xc5f5_f53c_e37b_5ae5),
            _ => None,
        };
        if let Some(r) = recorded {
            assert_eq!(h, r, "the base draw changed (seed {seed})");
        }
    }
}

/// The fingerprints of every family set at its default count, for the
/// seeds recorded in its row of [`FAMILY_SETS`]: the generators share the
/// page plumbing with the base draw, and these hold every page, its
/// expectations and its noise lines fixed across a change of that
/// plumbing.
#[test]
#[ignore = "slow in a debug build; run with --release"]
fn family_sets_fingerprint() {
    for f in &FAMILY_SETS {
        let got: Vec<(u64, u64)> = f
            .recorded
            .iter()
            .map(|&(seed, _)| {
                let set = f.at(f.default_count, seed, DEFAULT_COUNT);
                let h = full_fingerprint(&set);
                println!(
                    "seed {seed}: {} {} compositions {h:016x}",
                    f.name,
                    set.len()
                );
                (seed, h)
            })
            .collect();
        assert_eq!(got, f.recorded, "the set {} changed", f.name);
    }
}

/// The judge itself: a perfect article passes; a leak, a lost block, a
/// swapped pair and wrong metadata are each reported under their kind.
#[test]
fn judge_tells_leaks_losses_and_metadata_apart() {
    let corpus = generate(40, 3);
    let c = corpus
        .iter()
        .find(|c| c.source_url.is_some() && c.noise.iter().any(|(k, _)| *k == Kind::AutoblogCredit))
        .expect("a composition with a linked credit");
    let mut perfect = Article::default();
    perfect.text = c.expected.join("\n\n");
    perfect.site_name = Some(c.site_name.clone());
    perfect.source_url = c.source_url.as_deref().and_then(|u| Url::parse(u).ok());
    perfect.source_name = c.source_name.clone();
    assert!(
        judge(c, Ok(&perfect), false).is_empty(),
        "{:?}",
        judge(c, Ok(&perfect), false)
    );

    let credit_line = c
        .noise
        .iter()
        .find(|(k, _)| *k == Kind::AutoblogCredit)
        .map(|(_, l)| l.clone())
        .unwrap_or_default();
    let mut leaky = perfect.clone();
    leaky.text = format!("{}\n\n{credit_line}", perfect.text);
    let f = judge(c, Ok(&leaky), false);
    assert!(
        f.iter().any(|f| f.group() == "leak: autoblog credit"),
        "{f:?}"
    );

    let mut lossy = perfect.clone();
    lossy.text = c.expected[1..].join("\n\n");
    let f = judge(c, Ok(&lossy), false);
    assert!(matches!(f.as_slice(), [Failure::Lost { .. }]), "{f:?}");

    let mut swapped = perfect.clone();
    let mut blocks = c.expected.clone();
    blocks.swap(0, 1);
    swapped.text = blocks.join("\n\n");
    let f = judge(c, Ok(&swapped), false);
    assert!(f.iter().any(|f| f.class() == "order"), "{f:?}");

    let mut wrong = perfect.clone();
    wrong.source_url = None;
    wrong.site_name = Some("Something Else".into());
    let classes: BTreeSet<&str> = judge(c, Ok(&wrong), false)
        .iter()
        .map(Failure::class)
        .collect();
    assert_eq!(classes, BTreeSet::from(["site_name", "source_url"]));
}
