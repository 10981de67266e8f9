//! The [`SetTable`] struct: CPython 3.11's `PySetObject` table fields (`table`,
//! `mask`, `fill`, `used`, `finger`) with slot-order iteration and `clear`.

use super::slot::Slot;

/// `PySet_MINSIZE` (Include/cpython/setobject.h): size of a fresh table.
pub const PYSET_MINSIZE: usize = 8;
/// `LINEAR_PROBES` (Objects/setobject.c): extra adjacent slots inspected per probe.
pub const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT` (Objects/setobject.c): bits shifted out of `perturb` per probe.
pub const PERTURB_SHIFT: u32 = 5;

/// An open-addressing hash table laid out exactly like CPython 3.11's set table,
/// so iteration order (slot order) matches `list(some_set)` in CPython.
///
/// Invariants: `table.len() == mask + 1` is a power of two `>= 8`;
/// `used` = number of active slots; `fill` = active + dummy slots; at least one
/// slot is always empty, so probing terminates.
#[derive(Debug)]
pub struct SetTable<K> {
    pub(crate) table: Vec<Slot<K>>,
    pub(crate) fill: usize,
    pub(crate) used: usize,
    pub(crate) mask: usize,
    pub(crate) finger: usize,
}

/// Builds `size` empty slots.
pub(crate) fn empty_slots<K>(size: usize) -> Vec<Slot<K>> {
    (0..size).map(|_| Slot::Empty).collect()
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> SetTable<K> {
    /// An empty set with the 8-slot minimal table; mirrors `make_new_set` with no
    /// iterable in Objects/setobject.c.
    pub fn new() -> Self {
        SetTable {
            table: empty_slots(PYSET_MINSIZE),
            fill: 0,
            used: 0,
            mask: PYSET_MINSIZE - 1,
            finger: 0,
        }
    }

    /// Number of live keys (`so->used`, `len(s)`); mirrors `set_len`.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active plus dummy slots (`so->fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Number of slots in the table (`so->mask + 1`), a power of two `>= 8`.
    pub fn capacity(&self) -> usize {
        self.mask + 1
    }

    /// The table's slots in order (for inspection and `frozenset_hash`).
    pub fn slots(&self) -> &[Slot<K>] {
        &self.table
    }

    /// Iterates `(hash, &key)` over live entries in slot order, i.e. CPython's
    /// iteration order; mirrors `setiter_iternext` / `set_next`.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table.iter().filter_map(|s| s.active())
    }

    /// Iterates the live keys in CPython's iteration order.
    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.iter().map(|(_, k)| k)
    }

    /// Resumable iteration for a Python set-iterator object: finds the first live
    /// slot at index `>= pos` and returns `(next_pos, hash, &key)` where
    /// `next_pos` is the position to pass next time; `None` when exhausted.
    /// Mirrors `set_next` / `setiter_iternext` (`si_pos`). Detecting "Set changed
    /// size during iteration" (compare `len()` with the length at creation) is
    /// the caller's job.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, &K)> {
        let rest = self.table.get(pos..)?;
        rest.iter().enumerate().find_map(|(off, s)| {
            s.active()
                .map(|(h, k)| (pos.saturating_add(off).saturating_add(1), h, k))
        })
    }

    /// Removes every key and shrinks back to the 8-slot table; mirrors
    /// `set_clear_internal` / `set_empty_to_minsize`. The pop `finger` is kept,
    /// as in CPython.
    pub fn clear(&mut self) {
        self.table = empty_slots(PYSET_MINSIZE);
        self.fill = 0;
        self.used = 0;
        self.mask = PYSET_MINSIZE - 1;
    }

    /// Replaces this set's table with `other`'s (table, mask, fill, used) while
    /// keeping this set's pop finger; mirrors `set_swap_bodies` as used by
    /// `set_intersection_update` (`a &= b`, `a.intersection_update(b)`).
    pub fn replace_body(&mut self, other: SetTable<K>) {
        self.table = other.table;
        self.fill = other.fill;
        self.used = other.used;
        self.mask = other.mask;
    }
}
