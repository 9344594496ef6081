//! A seeded stream for the stripper's oracle tests: the same draws on
//! every run, so a test that finds a fast path and its old reading apart
//! names the input it drew.

/// A linear congruential stream (Knuth's MMIX multiplier and increment);
/// each draw reads bits 33 and up of the state.
pub(super) struct Draw(u64);

impl Draw {
    /// A stream started at `seed`.
    pub(super) fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next of `items` the stream draws (`items` is not empty).
    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        &items[(self.0 >> 33) as usize % items.len()]
    }

    /// `n` draws of `items` ([`Draw::pick`]) joined into a string.
    pub(super) fn string<T: Copy>(&mut self, items: &[T], n: usize) -> String
    where
        String: FromIterator<T>,
    {
        (0..n).map(|_| *self.pick(items)).collect()
    }
}
