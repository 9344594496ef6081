//! A 64-bit SimHash of the text: pages that carry the same story get
//! fingerprints that differ in few bits, whatever boilerplate surrounds it.

/// SimHash over word 3-shingles (lower-cased words), each shingle hashed
/// from 64-bit FNV-1a word hashes (stable across runs and platforms, unlike
/// std's randomly seeded hasher). `None` for text without words.
pub(crate) fn simhash(text: &str) -> Option<u64> {
    let mut shingles = Shingles {
        last: [0; 3],
        words: 0,
        counter: BitCounter {
            lanes: [0; 8],
            pending: 0,
            ones: [0; 64],
            total: 0,
        },
    };
    for_each_word_hash(text, |w| shingles.push(w));
    shingles.finish()
}

/// The word 3-shingles of a text as its words come, without keeping the
/// words: the last three, and how many there were. A text of one or two
/// words is one shingle of them all.
struct Shingles {
    last: [u64; 3],
    words: usize,
    counter: BitCounter,
}

impl Shingles {
    #[inline]
    fn push(&mut self, word: u64) {
        self.last = [self.last[1], self.last[2], word];
        self.words += 1;
        if self.words >= 3 {
            self.counter.add(shingle_hash(&self.last));
        }
    }

    fn finish(mut self) -> Option<u64> {
        let short = match self.words {
            0 => return None,
            1 => &self.last[2..],
            2 => &self.last[1..],
            _ => &[],
        };
        if !short.is_empty() {
            let h = shingle_hash(short);
            self.counter.add(h);
        }
        Some(self.counter.majority())
    }
}

/// The hash of a shingle from its words' hashes.
fn shingle_hash(words: &[u64]) -> u64 {
    words.iter().fold(crate::fnv::OFFSET, |acc, w| {
        mix(acc ^ w).wrapping_mul(crate::fnv::PRIME)
    })
}

/// Counts, for each of the 64 bit positions, how many added words have it
/// set: eight SWAR accumulators each hold eight byte-wide counters (lane
/// `j` of accumulator `k` counts bit `8j + k`), flushed before they can
/// overflow, so adding a word costs eight shifts and adds, not 64.
struct BitCounter {
    lanes: [u64; 8],
    pending: u32,
    ones: [u32; 64],
    total: u32,
}

impl BitCounter {
    const LOW_BITS: u64 = 0x0101_0101_0101_0101;

    #[inline(always)]
    fn add(&mut self, h: u64) {
        for (k, lane) in self.lanes.iter_mut().enumerate() {
            *lane += (h >> k) & Self::LOW_BITS;
        }
        self.pending += 1;
        self.total += 1;
        if self.pending == 255 {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for (k, lane) in self.lanes.iter_mut().enumerate() {
            for j in 0..8 {
                self.ones[8 * j + k] += ((*lane >> (8 * j)) & 0xff) as u32;
            }
            *lane = 0;
        }
        self.pending = 0;
    }

    /// The bits set in more than half of the added words.
    fn majority(mut self) -> u64 {
        self.flush();
        let total = u64::from(self.total);
        self.ones
            .iter()
            .enumerate()
            .filter(|(_, &ones)| 2 * u64::from(ones) > total)
            .fold(0u64, |acc, (bit, _)| acc | 1 << bit)
    }
}

/// Calls `emit` with the 64-bit FNV-1a hash of each lower-cased
/// alphanumeric word of `text`, in order. A run of ASCII word bytes is
/// hashed in a loop of its own (a table lookup per byte, which also stops
/// at the first non-ASCII byte); other characters are decoded and
/// lower-cased as chars.
fn for_each_word_hash(text: &str, mut emit: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let mut h = crate::fnv::OFFSET;
    let mut in_word = false;
    let mut i = 0;
    loop {
        let start = i;
        while let Some(&lower) = bytes
            .get(i)
            .and_then(|&b| crate::text::WORD_BYTES.get(usize::from(b)))
        {
            if lower == 0 {
                break;
            }
            h = crate::fnv::step(h, lower);
            i += 1;
        }
        in_word |= i > start;
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let word_char = if b.is_ascii() {
            // A separator: the run above stopped at it.
            i += 1;
            false
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            let alphanumeric = c.is_alphanumeric();
            if alphanumeric {
                let mut buf = [0u8; 4];
                for lc in c.to_lowercase() {
                    for &byte in lc.encode_utf8(&mut buf).as_bytes() {
                        h = crate::fnv::step(h, byte);
                    }
                }
            }
            alphanumeric
        };
        if word_char {
            in_word = true;
        } else if in_word {
            emit(h);
            h = crate::fnv::OFFSET;
            in_word = false;
        }
    }
    if in_word {
        emit(h);
    }
}

/// A finaliser (from SplitMix64) so that every output bit depends on every
/// input bit: FNV's high bits alone mix poorly.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_duplicates_are_close() {
        let a = "The old stone bridge over the river reopened on Monday after two years of repairs. Engineers replaced the worn arches and widened the footpath for cyclists, and the mayor cut a ribbon.";
        let b = "The old stone bridge over the river reopened on Monday after two years of repairs. Engineers replaced the worn arches and widened the footpath for cyclists, and the mayor cut the ribbon.";
        let c = "Farmers in the valley welcomed a month of rain after two dry summers, saying the harvest may now be saved and the reservoirs refilled before the autumn.";
        let (ha, hb, hc) = (
            simhash(a).unwrap(),
            simhash(b).unwrap(),
            simhash(c).unwrap(),
        );
        assert!((ha ^ hb).count_ones() < 12, "{}", (ha ^ hb).count_ones());
        assert!((ha ^ hc).count_ones() > 16, "{}", (ha ^ hc).count_ones());
        assert_eq!(simhash(a), simhash(a));
        assert_eq!(simhash("  ,, "), None);
    }

    /// The fast paths give the plain definition's result: majority of
    /// per-bit votes over FNV-1a word 3-shingles.
    #[test]
    fn matches_the_plain_definition() {
        fn plain(text: &str) -> Option<u64> {
            let words: Vec<u64> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let mut h = crate::fnv::OFFSET;
                    let mut buf = [0u8; 4];
                    for c in w.chars().flat_map(char::to_lowercase) {
                        for b in c.encode_utf8(&mut buf).bytes() {
                            h = crate::fnv::step(h, b);
                        }
                    }
                    h
                })
                .collect();
            if words.is_empty() {
                return None;
            }
            let mut weights = [0i32; 64];
            for shingle in words.windows(3.min(words.len())) {
                let h = shingle.iter().fold(crate::fnv::OFFSET, |acc, w| {
                    mix(acc ^ w).wrapping_mul(crate::fnv::PRIME)
                });
                for (bit, w) in weights.iter_mut().enumerate() {
                    *w += if h >> bit & 1 == 1 { 1 } else { -1 };
                }
            }
            Some(
                weights
                    .iter()
                    .enumerate()
                    .filter(|(_, &w)| w > 0)
                    .fold(0u64, |acc, (bit, _)| acc | 1 << bit),
            )
        }
        let long = "Zürich's ÉCOLE reopened; naïve café—ΣΊΣΥΦΟΣ 42 times. ".repeat(400);
        for text in ["one", "one two", "Ünïcödé wörds and ASCII", long.as_str()] {
            assert_eq!(simhash(text), plain(text), "{text:.40}");
        }
    }
}
