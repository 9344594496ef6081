//! 64-bit FNV-1a, the one small non-cryptographic hash the crate uses for
//! tag names (the guard), class tokens (the rules index) and words (the
//! SimHash fingerprint): stable across runs and platforms, unlike std's
//! randomly seeded hasher.

/// FNV-1a's offset basis: the hash of no bytes.
pub(crate) const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV's 64-bit prime.
pub(crate) const PRIME: u64 = 0x0100_0000_01b3;

/// Feeds one byte into `h`.
#[inline]
pub(crate) fn step(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(PRIME)
}

/// The hash of `bytes`.
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(OFFSET, |h, &b| step(h, b))
}
