//! Building and merging sets: `set_merge`, `set_update_internal`, `set_copy`,
//! `set_union` / `set_or` from CPython 3.11's Objects/setobject.c.

use super::eqfn::{with_infallible, EqFn, TryEqFn};
use super::probe::insert_clean;
use super::slot::Slot;
use super::table::SetTable;

/// Merges the keys of set `other` into `so` (`so.update(other)`, `so |= other`);
/// mirrors `set_merge`: one up-front resize when `(fill + len(other)) * 5 >=
/// mask * 3`, then a slot-by-slot copy if `so` is empty, of equal size and
/// `other` has no dummies; else `set_insert_clean` of each key if `so` is empty;
/// else `set_add_entry` of each key, all in `other`'s slot order.
/// `so.update(so)` is a no-op in CPython: callers must skip it (Rust borrowing
/// forbids passing the same table twice).
pub fn try_update<K: Clone, E>(
    so: &mut SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    if other.used == 0 {
        return Ok(());
    }
    if so.fill.saturating_add(other.used).saturating_mul(5) >= so.mask.saturating_mul(3) {
        so.resize(so.used.saturating_add(other.used).saturating_mul(2));
    }
    if so.fill == 0 && so.mask == other.mask && other.fill == other.used {
        for (dst, src) in so.table.iter_mut().zip(other.table.iter()) {
            if let Slot::Active(h, k) = src {
                *dst = Slot::Active(*h, k.clone());
            }
        }
        so.fill = other.fill;
        so.used = other.used;
        return Ok(());
    }
    if so.fill == 0 {
        so.fill = other.used;
        so.used = other.used;
        let mask = so.mask;
        for (h, k) in other.iter() {
            insert_clean(&mut so.table, mask, k.clone(), h);
        }
        return Ok(());
    }
    for (h, k) in other.iter() {
        so.add_entry(k.clone(), h, eq)?;
    }
    Ok(())
}

/// Infallible [`try_update`].
pub fn update<K: Clone>(so: &mut SetTable<K>, other: &SetTable<K>, eq: &mut EqFn<'_, K>) {
    with_infallible(eq, |eq| try_update(so, other, eq))
}

/// Adds `(hash, key)` pairs from a general iterable in order (`so.update(it)`
/// where `it` is neither a set nor a dict); mirrors the iterator branch of
/// `set_update_internal` (`set_add_key` per item). The caller computes hashes;
/// if hashing an item raises in Python, stop feeding items at that point.
pub fn try_update_iter<K, E>(
    so: &mut SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    for (h, k) in items {
        so.add_entry(k, h, eq)?;
    }
    Ok(())
}

/// Infallible [`try_update_iter`].
pub fn update_iter<K>(
    so: &mut SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) {
    with_infallible(eq, |eq| try_update_iter(so, items, eq))
}

/// Adds the keys of an exact `dict`, given as its `(hash, key)` entries in dict
/// order; mirrors the `PyDict_CheckExact` branch of `set_update_internal` (one
/// up-front resize to `(used + len) * 2` when `(fill + len) * 5 >= mask * 3`).
pub fn try_update_from_dict<K, E, I>(
    so: &mut SetTable<K>,
    entries: I,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E>
where
    I: IntoIterator<Item = (i64, K)>,
    I::IntoIter: ExactSizeIterator,
{
    let it = entries.into_iter();
    let dictsize = it.len();
    if so.fill.saturating_add(dictsize).saturating_mul(5) >= so.mask.saturating_mul(3) {
        so.resize(so.used.saturating_add(dictsize).saturating_mul(2));
    }
    for (h, k) in it {
        so.add_entry(k, h, eq)?;
    }
    Ok(())
}

/// Infallible [`try_update_from_dict`].
pub fn update_from_dict<K, I>(so: &mut SetTable<K>, entries: I, eq: &mut EqFn<'_, K>)
where
    I: IntoIterator<Item = (i64, K)>,
    I::IntoIter: ExactSizeIterator,
{
    with_infallible(eq, |eq| try_update_from_dict(so, entries, eq))
}

/// A new set built from `(hash, key)` pairs of a general iterable, in order
/// (`set(it)`, `frozenset(it)`, `{a, b, c}` displays); mirrors `make_new_set`
/// with the iterator branch of `set_update_internal`.
pub fn try_from_keys<K, E>(
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut so = SetTable::new();
    try_update_iter(&mut so, items, eq)?;
    Ok(so)
}

/// Infallible [`try_from_keys`].
pub fn from_keys<K>(
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_from_keys(items, eq))
}

/// A new set with the keys of `so` (`s.copy()`, `set(s)`, `frozenset(s)` for a
/// set `s`); mirrors `set_copy` -> `make_new_set` -> `set_merge` into an empty
/// table. Never compares keys. Note the copy's table may be smaller than `so`'s,
/// so its iteration order can differ from `so`'s, exactly as in CPython.
pub fn copy<K: Clone>(so: &SetTable<K>) -> SetTable<K> {
    let mut result = SetTable::new();
    let mut never = |_: &K, _: &K| -> Result<bool, std::convert::Infallible> { Ok(false) };
    match try_update(&mut result, so, &mut never) {
        Ok(()) => result,
        Err(e) => match e {},
    }
}

/// `so.union(*others)` for set arguments; mirrors `set_union`: copy `so`, then
/// `set_merge` each other in order, skipping any that is `so` itself (by
/// address). `so | other` is `union_many(so, &[other])` (`set_or`).
pub fn try_union_many<K: Clone, E>(
    so: &SetTable<K>,
    others: &[&SetTable<K>],
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut result = copy(so);
    for other in others {
        if std::ptr::eq(so, *other) {
            continue;
        }
        try_update(&mut result, other, eq)?;
    }
    Ok(result)
}

/// Infallible [`try_union_many`].
pub fn union_many<K: Clone>(
    so: &SetTable<K>,
    others: &[&SetTable<K>],
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_union_many(so, others, eq))
}

/// `so | other`; mirrors `set_or`.
pub fn try_union<K: Clone, E>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    try_union_many(so, &[other], eq)
}

/// Infallible [`try_union`].
pub fn union<K: Clone>(so: &SetTable<K>, other: &SetTable<K>, eq: &mut EqFn<'_, K>) -> SetTable<K> {
    with_infallible(eq, |eq| try_union(so, other, eq))
}
