//! Single-key operations on a [`SetTable`]: add, contains, discard, pop.

use super::eqfn::{with_infallible, EqFn, TryEqFn};
use super::slot::Slot;
use super::table::SetTable;
use crate::exc_kind::{ExcKind, RawError, RawResult};

impl<K> SetTable<K> {
    /// Adds `key` (Python hash `hash`); returns `true` if it was not already
    /// present. `eq(stored, key)` decides equality. Mirrors `set_add_entry`
    /// (`s.add(key)`), including dummy reuse and the resize rule.
    pub fn add(&mut self, key: K, hash: i64, eq: &mut EqFn<'_, K>) -> bool {
        with_infallible(eq, |eq| self.add_entry(key, hash, eq))
    }

    /// [`SetTable::add`] with a fallible equality callback; an `Err` from `eq`
    /// leaves the table unchanged and is returned.
    pub fn try_add<E>(&mut self, key: K, hash: i64, eq: &mut TryEqFn<'_, K, E>) -> Result<bool, E> {
        self.add_entry(key, hash, eq)
    }

    /// Whether a key equal to `key` is present; mirrors `set_contains_entry`
    /// (`key in s`).
    pub fn contains(&self, key: &K, hash: i64, eq: &mut EqFn<'_, K>) -> bool {
        with_infallible(eq, |eq| self.lookkey(key, hash, eq).map(|r| r.is_some()))
    }

    /// [`SetTable::contains`] with a fallible equality callback.
    pub fn try_contains<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut TryEqFn<'_, K, E>,
    ) -> Result<bool, E> {
        Ok(self.lookkey(key, hash, eq)?.is_some())
    }

    /// The stored key equal to `key`, if any (useful for `remove` error messages
    /// and identity-preserving lookups); uses the same probe as `set_lookkey`.
    pub fn get(&self, key: &K, hash: i64, eq: &mut EqFn<'_, K>) -> Option<&K> {
        let idx = with_infallible(eq, |eq| self.lookkey(key, hash, eq))?;
        match self.table.get(idx) {
            Some(Slot::Active(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Removes the key equal to `key`, leaving a dummy slot; returns the removed
    /// stored key, or `None` if absent (the caller raises `KeyError` for
    /// `s.remove`). Mirrors `set_discard_entry` (no resize).
    pub fn discard(&mut self, key: &K, hash: i64, eq: &mut EqFn<'_, K>) -> Option<K> {
        with_infallible(eq, |eq| self.try_discard(key, hash, eq))
    }

    /// [`SetTable::discard`] with a fallible equality callback.
    pub fn try_discard<E>(
        &mut self,
        key: &K,
        hash: i64,
        eq: &mut TryEqFn<'_, K, E>,
    ) -> Result<Option<K>, E> {
        let Some(idx) = self.lookkey(key, hash, eq)? else {
            return Ok(None);
        };
        Ok(self.take_slot(idx).map(|(_, k)| k))
    }

    /// Turns active slot `idx` into a dummy and returns its `(hash, key)`.
    fn take_slot(&mut self, idx: usize) -> Option<(i64, K)> {
        let slot = self.table.get_mut(idx)?;
        if !matches!(slot, Slot::Active(..)) {
            return None;
        }
        match std::mem::replace(slot, Slot::Dummy) {
            Slot::Active(h, k) => {
                self.used -= 1;
                Some((h, k))
            }
            _ => None,
        }
    }

    /// Removes and returns the `(hash, key)` found by scanning from the search
    /// finger; mirrors `set_pop` (the finger then points just past the popped
    /// slot).
    ///
    /// Errors: `KeyError("pop from an empty set")` when empty.
    pub fn pop(&mut self) -> RawResult<(i64, K)> {
        if self.used == 0 {
            return Err(RawError::new(ExcKind::KeyError, "pop from an empty set"));
        }
        let size = self.mask + 1;
        let start = self.finger & self.mask;
        let found = (0..size)
            .map(|off| (start + off) % size)
            .find(|&i| matches!(self.table.get(i), Some(Slot::Active(..))));
        let Some(idx) = found else {
            return Err(RawError::new(ExcKind::KeyError, "pop from an empty set"));
        };
        let entry = self
            .take_slot(idx)
            .ok_or_else(|| RawError::new(ExcKind::KeyError, "pop from an empty set"))?;
        self.finger = idx + 1;
        Ok(entry)
    }
}
