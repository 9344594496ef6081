//! Prefix lists read by their first byte: a rule that asks which phrase of
//! a list a line opens with compares the line with the phrases that start
//! with the line's own first byte, in the list's order, not with every
//! phrase. Each index is built from the list itself (once per process),
//! so a phrase added to a list is in its index: no check is skipped that
//! would fire, and the first phrase found is the one a scan of the whole
//! list finds.

use std::sync::LazyLock;

use crate::rules::syndication as patterns;

/// A prefix list indexed by first byte ([`PrefixIndex::find`]).
pub(super) struct PrefixIndex {
    list: &'static [&'static str],
    /// Per first byte, the list's phrases that start with it, in list
    /// order.
    by_byte: Vec<Vec<&'static str>>,
    /// The list holds an empty phrase (none today), which opens every
    /// line: the whole list is scanned then.
    has_empty: bool,
}

impl PrefixIndex {
    /// The index of `list`.
    pub(super) fn new(list: &'static [&'static str]) -> PrefixIndex {
        let mut by_byte: Vec<Vec<&'static str>> = vec![Vec::new(); 256];
        let mut has_empty = false;
        for &p in list {
            match p.as_bytes().first() {
                Some(&b) => by_byte[usize::from(b)].push(p),
                None => has_empty = true,
            }
        }
        PrefixIndex {
            list,
            by_byte,
            has_empty,
        }
    }

    /// The list this index reads.
    #[cfg(test)]
    pub(super) fn list(&self) -> &'static [&'static str] {
        self.list
    }

    /// The first phrase of the list, in its order, that `text` starts
    /// with: what `list.iter().find(|p| text.starts_with(*p))` gives. A
    /// phrase that opens `text` starts with `text`'s first byte; the
    /// others are not compared.
    pub(super) fn find(&self, text: &str) -> Option<&'static str> {
        if self.has_empty {
            return self
                .list
                .iter()
                .copied()
                .find(|p| super::opens_with(text, p));
        }
        let &b = text.as_bytes().first()?;
        self.by_byte[usize::from(b)]
            .iter()
            .copied()
            .find(|p| super::opens_with(text, p))
    }
}

/// [`patterns::BYLINE_PREFIXES`] by first byte.
pub(super) static BYLINE_PREFIXES: LazyLock<PrefixIndex> =
    LazyLock::new(|| PrefixIndex::new(patterns::BYLINE_PREFIXES));

/// [`patterns::POST_SELF_REFERENCES`] by first byte.
pub(super) static POST_SELF_REFERENCES: LazyLock<PrefixIndex> =
    LazyLock::new(|| PrefixIndex::new(patterns::POST_SELF_REFERENCES));

/// [`patterns::DISCLAIMER_LABELS`] by first byte.
pub(super) static DISCLAIMER_LABELS: LazyLock<PrefixIndex> =
    LazyLock::new(|| PrefixIndex::new(patterns::DISCLAIMER_LABELS));

/// [`patterns::SOFTWARE_CREDITS`] by first byte.
pub(super) static SOFTWARE_CREDITS: LazyLock<PrefixIndex> =
    LazyLock::new(|| PrefixIndex::new(patterns::SOFTWARE_CREDITS));

/// Every index above (each built on first use; [`super::build_tables`]
/// builds them ahead of the first page).
pub(super) fn all() -> [&'static PrefixIndex; 4] {
    [
        &BYLINE_PREFIXES,
        &POST_SELF_REFERENCES,
        &DISCLAIMER_LABELS,
        &SOFTWARE_CREDITS,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every index finds, on texts drawn from its phrases, pieces of them,
    /// their capitals and other words, the phrase a scan of its whole list
    /// finds.
    #[test]
    fn each_index_finds_what_a_scan_of_its_list_finds() {
        for index in all() {
            let list = index.list();
            assert!(!list.is_empty());
            let mut pieces: Vec<String> = Vec::new();
            for p in list {
                pieces.push(p.to_string());
                pieces.push(p.to_uppercase());
                if let Some(a) = p.get(..p.len() / 2) {
                    pieces.push(a.to_string());
                }
            }
            pieces.extend([" ", "x", "é", "the council met", ":", ""].map(String::from));
            let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
            let mut draw = super::super::draw::Draw::new(41);
            let mut found = 0;
            for len in 0..3000 {
                let text = draw.string(&pieces, len % 5);
                let want = list.iter().copied().find(|p| text.starts_with(*p));
                assert_eq!(index.find(&text), want, "{text:?}");
                found += usize::from(want.is_some());
            }
            assert!(found > 300, "{found} texts open with a phrase");
            // Each phrase alone, and with text after it, is found.
            for p in list {
                let want = list.iter().copied().find(|q| p.starts_with(*q));
                assert_eq!(index.find(p), want, "{p:?}");
                assert!(index.find(&format!("{p} rest")).is_some(), "{p:?}");
            }
        }
    }

    /// A list with an empty phrase is scanned whole: the empty phrase
    /// opens every text.
    #[test]
    fn an_empty_phrase_opens_every_text() {
        static LIST: &[&str] = &["by ", "", "von "];
        let index = PrefixIndex::new(LIST);
        assert_eq!(index.find("by me"), Some("by "));
        assert_eq!(index.find("von x"), Some(""));
        assert_eq!(index.find(""), Some(""));
        let plain = PrefixIndex::new(&LIST[..1]);
        assert_eq!(plain.find(""), None);
        assert_eq!(plain.find("bx"), None);
    }
}
