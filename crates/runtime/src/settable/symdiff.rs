//! Symmetric difference: `set_symmetric_difference_update` and
//! `set_symmetric_difference` from CPython 3.11's Objects/setobject.c.

use super::eqfn::{with_infallible, EqFn, TryEqFn};
use super::merge::{copy, try_from_keys, try_update_from_dict};
use super::table::SetTable;

/// Toggles one key: discard it if present, otherwise add it.
fn toggle<K, E>(
    so: &mut SetTable<K>,
    key: K,
    hash: i64,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    if so.try_discard(&key, hash, eq)?.is_none() {
        so.add_entry(key, hash, eq)?;
    }
    Ok(())
}

/// `so ^= other` / `so.symmetric_difference_update(other)` for a distinct set
/// `other`; mirrors the set branch of `set_symmetric_difference_update`: walk
/// `other` in slot order, discarding keys found in `so` and adding the others.
/// For `so ^= so` call `so.clear()`.
pub fn try_symmetric_difference_update<K: Clone, E>(
    so: &mut SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    for (h, k) in other.iter() {
        toggle(so, k.clone(), h, eq)?;
    }
    Ok(())
}

/// Infallible [`try_symmetric_difference_update`].
pub fn symmetric_difference_update<K: Clone>(
    so: &mut SetTable<K>,
    other: &SetTable<K>,
    eq: &mut EqFn<'_, K>,
) {
    with_infallible(eq, |eq| try_symmetric_difference_update(so, other, eq))
}

/// `so.symmetric_difference_update(d)` for an exact dict given as its
/// `(hash, key)` entries in dict order; mirrors the dict branch (toggle each
/// key directly, no temporary set).
pub fn try_symmetric_difference_update_dict<K, E>(
    so: &mut SetTable<K>,
    entries: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    for (h, k) in entries {
        toggle(so, k, h, eq)?;
    }
    Ok(())
}

/// Infallible [`try_symmetric_difference_update_dict`].
pub fn symmetric_difference_update_dict<K>(
    so: &mut SetTable<K>,
    entries: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) {
    with_infallible(eq, |eq| {
        try_symmetric_difference_update_dict(so, entries, eq)
    })
}

/// `so.symmetric_difference_update(it)` for an iterable that is neither a set
/// nor a dict; mirrors that branch: build a temporary set from `it` (iterator
/// order), then toggle its keys in the temporary set's slot order.
pub fn try_symmetric_difference_update_iter<K: Clone, E>(
    so: &mut SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    let otherset = try_from_keys(items, eq)?;
    try_symmetric_difference_update(so, &otherset, eq)
}

/// Infallible [`try_symmetric_difference_update_iter`].
pub fn symmetric_difference_update_iter<K: Clone>(
    so: &mut SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) {
    with_infallible(eq, |eq| try_symmetric_difference_update_iter(so, items, eq))
}

/// `so ^ other` / `so.symmetric_difference(other)` for a set `other` (may be
/// `so`); mirrors `set_symmetric_difference`: start from `copy(other)` and
/// toggle `so`'s keys into it in `so`'s slot order.
pub fn try_symmetric_difference<K: Clone, E>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut result = copy(other);
    try_symmetric_difference_update(&mut result, so, eq)?;
    Ok(result)
}

/// Infallible [`try_symmetric_difference`].
pub fn symmetric_difference<K: Clone>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_symmetric_difference(so, other, eq))
}

/// `so.symmetric_difference(it)` for an iterable that is neither a set nor a
/// dict; mirrors `set_symmetric_difference`: build a set from `it` (iterator
/// branch of `set_update_internal`), then toggle `so`'s keys into it.
pub fn try_symmetric_difference_iter<K: Clone, E>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut result = try_from_keys(items, eq)?;
    try_symmetric_difference_update(&mut result, so, eq)?;
    Ok(result)
}

/// Infallible [`try_symmetric_difference_iter`].
pub fn symmetric_difference_iter<K: Clone>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_symmetric_difference_iter(so, items, eq))
}

/// `so.symmetric_difference(d)` for an exact dict given as its `(hash, key)`
/// entries in dict order; mirrors `set_symmetric_difference`: build a set with
/// the dict branch of `set_update_internal` (up-front resize), then toggle
/// `so`'s keys into it.
pub fn try_symmetric_difference_dict<K: Clone, E, I>(
    so: &SetTable<K>,
    entries: I,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E>
where
    I: IntoIterator<Item = (i64, K)>,
    I::IntoIter: ExactSizeIterator,
{
    let mut result = SetTable::new();
    try_update_from_dict(&mut result, entries, eq)?;
    try_symmetric_difference_update(&mut result, so, eq)?;
    Ok(result)
}

/// Infallible [`try_symmetric_difference_dict`].
pub fn symmetric_difference_dict<K: Clone, I>(
    so: &SetTable<K>,
    entries: I,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K>
where
    I: IntoIterator<Item = (i64, K)>,
    I::IntoIter: ExactSizeIterator,
{
    with_infallible(eq, |eq| try_symmetric_difference_dict(so, entries, eq))
}
