//! `frozenset_hash` and `_shuffle_bits` from CPython 3.11's Objects/setobject.c.

use super::table::SetTable;

/// Spreads the bits of one entry hash; mirrors `_shuffle_bits`
/// (`((h ^ 89869747) ^ (h << 16)) * 3644798167` in wrapping `Py_uhash_t`).
pub fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset(...))` from the Python hashes of its distinct elements (any
/// order); mirrors `frozenset_hash`. The empty/dummy-slot terms CPython folds in
/// and then cancels are omitted since they cancel exactly. Never returns -1.
pub fn frozenset_hash(hashes: impl IntoIterator<Item = i64>) -> i64 {
    let mut hash: u64 = 0;
    let mut count: u64 = 0;
    for h in hashes {
        hash ^= shuffle_bits(h as u64);
        count = count.wrapping_add(1);
    }
    hash ^= count.wrapping_add(1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

impl<K> SetTable<K> {
    /// `hash(frozenset(self))`; see [`frozenset_hash`].
    pub fn frozenset_hash(&self) -> i64 {
        frozenset_hash(self.iter().map(|(h, _)| h))
    }
}
