//! A 64-bit SimHash of the text: pages that carry the same story get
//! fingerprints that differ in few bits, whatever boilerplate surrounds it.

/// SimHash over word 3-shingles (lower-cased words), each shingle hashed
/// with 64-bit FNV-1a (stable across runs and platforms, unlike std's
/// randomly seeded hasher). `None` for text without words.
pub(crate) fn simhash(text: &str) -> Option<u64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut weights = [0i64; 64];
    let n = 3.min(words.len());
    for shingle in words.windows(n) {
        let h = fnv1a(shingle);
        for (bit, w) in weights.iter_mut().enumerate() {
            if h >> bit & 1 == 1 {
                *w += 1;
            } else {
                *w -= 1;
            }
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

fn fnv1a(words: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            h ^= u64::from(b' ');
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in w.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
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
