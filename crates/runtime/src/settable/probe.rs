//! The probe sequence: `set_lookkey`, `set_add_entry`, `set_insert_clean` and
//! `set_table_resize` from CPython 3.11's Objects/setobject.c.
//!
//! Probing starts at `hash & mask`; each probe inspects that slot plus
//! `LINEAR_PROBES` following ones when they fit before the end of the table, then
//! jumps to `i = (i * 5 + 1 + perturb) & mask` after `perturb >>= PERTURB_SHIFT`,
//! with `perturb` starting as the hash reinterpreted as `size_t` (u64).

use super::eqfn::TryEqFn;
use super::slot::Slot;
use super::table::{empty_slots, SetTable, LINEAR_PROBES, PERTURB_SHIFT, PYSET_MINSIZE};

/// Number of adjacent slots (beyond the first) to inspect from index `i`.
fn linear_probes(i: u64, mask: u64) -> u64 {
    if i.saturating_add(LINEAR_PROBES as u64) <= mask {
        LINEAR_PROBES as u64
    } else {
        0
    }
}

/// Next probe start: `(i * 5 + 1 + perturb) & mask` in wrapping `size_t` math.
fn next_index(i: u64, perturb: u64, mask: u64) -> u64 {
    i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask
}

/// Stores `(hash, key)` in the first empty slot of its probe sequence in
/// `table` (which must contain no dummies and at least one empty slot); mirrors
/// `set_insert_clean`. Does not touch any counters.
pub(crate) fn insert_clean<K>(table: &mut [Slot<K>], mask: usize, key: K, hash: i64) {
    let mask = mask as u64;
    let mut perturb = hash as u64;
    let mut i = (hash as u64) & mask;
    loop {
        let probes = linear_probes(i, mask);
        for j in i..=i.saturating_add(probes) {
            if let Some(slot) = table.get_mut(j as usize) {
                if matches!(slot, Slot::Empty) {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            } else {
                // Unreachable while `table.len() == mask + 1`; give up rather
                // than loop forever.
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = next_index(i, perturb, mask);
    }
}

impl<K> SetTable<K> {
    /// Finds the slot holding a key equal to `key` (hash `hash`); `Ok(None)` when
    /// absent. Mirrors `set_lookkey` (only active slots whose stored hash equals
    /// `hash` are compared, with `eq(stored, key)`).
    pub(crate) fn lookkey<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut TryEqFn<'_, K, E>,
    ) -> Result<Option<usize>, E> {
        let mask = self.mask as u64;
        let mut perturb = hash as u64;
        let mut i = (hash as u64) & mask;
        loop {
            let probes = linear_probes(i, mask);
            for j in i..=i.saturating_add(probes) {
                match self.table.get(j as usize) {
                    None | Some(Slot::Empty) => return Ok(None),
                    Some(Slot::Active(h, k)) => {
                        if *h == hash && eq(k, key)? {
                            return Ok(Some(j as usize));
                        }
                    }
                    Some(Slot::Dummy) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = next_index(i, perturb, mask);
        }
    }

    /// Inserts `(hash, key)` unless an equal key is present; returns whether it
    /// was inserted. Mirrors `set_add_entry`: a new key goes into the *last*
    /// dummy slot seen along the probe sequence if any (no fill change, no
    /// resize), otherwise into the terminating empty slot, after which the table
    /// is resized when `fill * 5 >= mask * 3` to
    /// `used > 50000 ? used * 2 : used * 4`.
    pub(crate) fn add_entry<E>(
        &mut self,
        key: K,
        hash: i64,
        eq: &mut TryEqFn<'_, K, E>,
    ) -> Result<bool, E> {
        let mask = self.mask as u64;
        let mut perturb = hash as u64;
        let mut i = (hash as u64) & mask;
        let mut freeslot: Option<usize> = None;
        let empty_at: usize = 'search: loop {
            let probes = linear_probes(i, mask);
            for j in i..=i.saturating_add(probes) {
                match self.table.get(j as usize) {
                    None | Some(Slot::Empty) => break 'search j as usize,
                    Some(Slot::Active(h, k)) => {
                        if *h == hash && eq(k, &key)? {
                            return Ok(false);
                        }
                    }
                    Some(Slot::Dummy) => freeslot = Some(j as usize),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = next_index(i, perturb, mask);
        };
        if let Some(f) = freeslot {
            if let Some(slot) = self.table.get_mut(f) {
                *slot = Slot::Active(hash, key);
                self.used += 1;
                return Ok(true);
            }
            return Ok(false);
        }
        match self.table.get_mut(empty_at) {
            Some(slot) => *slot = Slot::Active(hash, key),
            None => return Ok(false),
        }
        self.fill += 1;
        self.used += 1;
        if (self.fill as u64).saturating_mul(5) < mask.saturating_mul(3) {
            return Ok(true);
        }
        self.resize(self.grow_target());
        Ok(true)
    }

    /// `so->used>50000 ? so->used*2 : so->used*4`, the resize argument used after
    /// insertions and bulk deletions.
    pub(crate) fn grow_target(&self) -> usize {
        if self.used > 50000 {
            self.used.saturating_mul(2)
        } else {
            self.used.saturating_mul(4)
        }
    }

    /// Rebuilds the table with the smallest power-of-two size `> minused` (at
    /// least 8), re-inserting live keys in old slot order and dropping dummies.
    /// Does nothing when the result would be the 8-slot table, the table already
    /// has 8 slots and it holds no dummies. Mirrors `set_table_resize`.
    pub(crate) fn resize(&mut self, minused: usize) {
        let mut newsize = PYSET_MINSIZE;
        while newsize <= minused {
            match newsize.checked_mul(2) {
                Some(n) => newsize = n,
                None => break,
            }
        }
        if newsize == PYSET_MINSIZE && self.mask + 1 == PYSET_MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, empty_slots(newsize));
        self.mask = newsize - 1;
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                insert_clean(&mut self.table, self.mask, k, h);
            }
        }
    }
}
