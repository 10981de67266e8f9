//! Difference: `set_difference`, `set_copy_and_difference` and
//! `set_difference_update_internal` from CPython 3.11's Objects/setobject.c.

use super::eqfn::{with_infallible, EqFn, TryEqFn};
use super::intersect::try_intersection;
use super::merge::{copy, try_from_keys};
use super::table::SetTable;

/// Final step of `set_difference_update_internal`: if more than a quarter of
/// the slots are dummies, rebuild with `used > 50000 ? used * 2 : used * 4`.
fn purge_dummies<K>(so: &mut SetTable<K>) {
    if so.fill.saturating_sub(so.used) <= so.mask / 4 {
        return;
    }
    so.resize(so.grow_target());
}

/// `so -= other` / `so.difference_update(other)` for a distinct set `other`;
/// mirrors the set branch of `set_difference_update_internal`: when
/// `len(other) >> 3 > len(so)` the keys walked are those of
/// `so & other`, otherwise `other`'s, in slot order, each discarded from `so`;
/// then dummies are purged if more than `mask / 4`. For `so -= so` call
/// `so.clear()` (CPython's `set_clear_internal` path).
pub fn try_difference_update<K: Clone, E>(
    so: &mut SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    if (other.len() >> 3) > so.len() {
        let tmp = try_intersection(so, other, eq)?;
        for (h, k) in tmp.iter() {
            so.try_discard(k, h, eq)?;
        }
    } else {
        for (h, k) in other.iter() {
            so.try_discard(k, h, eq)?;
        }
    }
    purge_dummies(so);
    Ok(())
}

/// Infallible [`try_difference_update`].
pub fn difference_update<K: Clone>(
    so: &mut SetTable<K>,
    other: &SetTable<K>,
    eq: &mut EqFn<'_, K>,
) {
    with_infallible(eq, |eq| try_difference_update(so, other, eq))
}

/// `so.difference_update(it)` for a non-set iterable (including dicts) given as
/// `(hash, key)` pairs; mirrors the iterator branch of
/// `set_difference_update_internal` (discard each, then purge dummies).
pub fn try_difference_update_iter<K, E>(
    so: &mut SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    for (h, k) in items {
        so.try_discard(&k, h, eq)?;
    }
    purge_dummies(so);
    Ok(())
}

/// Infallible [`try_difference_update_iter`].
pub fn difference_update_iter<K>(
    so: &mut SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) {
    with_infallible(eq, |eq| try_difference_update_iter(so, items, eq))
}

/// `so - other` / `so.difference(other)` for a set `other` (may be `so`);
/// mirrors the set branch of `set_difference`: when `len(so) >> 2 > len(other)`
/// the result is `copy(so)` followed by [`try_difference_update`]; otherwise
/// `so` is walked in slot order and keys absent from `other` are added to a
/// fresh set. `so.difference(a, b)` is `difference(so, a)` followed by
/// `difference_update(result, b)`.
pub fn try_difference<K: Clone, E>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    if (so.len() >> 2) > other.len() {
        let mut result = copy(so);
        try_difference_update(&mut result, other, eq)?;
        return Ok(result);
    }
    let mut result = SetTable::new();
    for (h, k) in so.iter() {
        if other.lookkey(k, h, eq)?.is_none() {
            result.add_entry(k.clone(), h, eq)?;
        }
    }
    Ok(result)
}

/// Infallible [`try_difference`].
pub fn difference<K: Clone>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_difference(so, other, eq))
}

/// `so.difference(it)` for an iterable that is neither a set nor a dict;
/// mirrors `set_copy_and_difference`: `copy(so)` then the iterator branch of
/// `set_difference_update_internal`.
pub fn try_difference_iter<K: Clone, E>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut result = copy(so);
    try_difference_update_iter(&mut result, items, eq)?;
    Ok(result)
}

/// Infallible [`try_difference_iter`].
pub fn difference_iter<K: Clone>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_difference_iter(so, items, eq))
}

/// `so.difference(d)` for an exact dict `d` given as its distinct `(hash, key)`
/// entries in dict order; mirrors the dict branch of `set_difference`: when
/// `len(so) >> 2 > len(d)` copy-and-discard, otherwise walk `so` keeping keys
/// not in `d` (membership is tested through a temporary table of `d`'s keys,
/// with `eq(dict_key, so_key)`).
pub fn try_difference_dict<K: Clone, E>(
    so: &SetTable<K>,
    entries: &[(i64, K)],
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    if (so.len() >> 2) > entries.len() {
        return try_difference_iter(so, entries.iter().cloned(), eq);
    }
    let dict = try_from_keys(entries.iter().cloned(), eq)?;
    let mut result = SetTable::new();
    for (h, k) in so.iter() {
        if dict.lookkey(k, h, eq)?.is_none() {
            result.add_entry(k.clone(), h, eq)?;
        }
    }
    Ok(result)
}

/// Infallible [`try_difference_dict`].
pub fn difference_dict<K: Clone>(
    so: &SetTable<K>,
    entries: &[(i64, K)],
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_difference_dict(so, entries, eq))
}
