//! One slot of the open-addressing table, mirroring `setentry` in
//! Include/cpython/setobject.h (`key == NULL` is empty, `key == dummy` with
//! `hash == -1` is a deleted entry).

/// A table slot: never used, deleted (dummy), or holding `(hash, key)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot<K> {
    /// Never used since the table was (re)built: terminates probe sequences.
    Empty,
    /// Deleted entry (CPython's `dummy` key); probing continues past it.
    Dummy,
    /// A live entry: the key's Python hash and the key itself.
    Active(i64, K),
}

impl<K> Slot<K> {
    /// Returns `(hash, &key)` for an active slot, `None` otherwise.
    pub fn active(&self) -> Option<(i64, &K)> {
        match self {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        }
    }
}
