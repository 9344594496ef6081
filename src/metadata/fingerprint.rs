//! A 64-bit SimHash of the text: pages that carry the same story get
//! fingerprints that differ in few bits, whatever boilerplate surrounds it.

/// SimHash over word 3-shingles (lower-cased words), each shingle hashed
/// from 64-bit FNV-1a word hashes (stable across runs and platforms, unlike
/// std's randomly seeded hasher). `None` for text without words.
pub(crate) fn simhash(text: &str) -> Option<u64> {
    // One hash per word, lower-cased on the fly (no allocation per word).
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(word_hash)
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut weights = [0i32; 64];
    let n = 3.min(words.len());
    for shingle in words.windows(n) {
        let h = shingle
            .iter()
            .fold(FNV_OFFSET, |acc, w| mix(acc ^ w).wrapping_mul(FNV_PRIME));
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

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// 64-bit FNV-1a of the lower-cased word.
fn word_hash(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut buf = [0u8; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        for b in c.encode_utf8(&mut buf).bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(FNV_PRIME);
        }
    }
    h
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
}
