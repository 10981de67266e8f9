//! Intersection: `set_intersection` and `set_intersection_update` from CPython
//! 3.11's Objects/setobject.c.

use super::eqfn::{with_infallible, EqFn, TryEqFn};
use super::merge::copy;
use super::table::SetTable;

/// `so & other` / `so.intersection(other)` for a set `other`; mirrors the set
/// branch of `set_intersection`: if `other` is `so` (same address) the result is
/// `copy(so)`; otherwise the smaller set (`other` when sizes are equal) is walked
/// in slot order and each of its keys found in the larger one is added to a
/// fresh set. The result holds the walked set's key objects.
/// `so.intersection(a, b)` is `intersection(&intersection(so, a), b)`.
pub fn try_intersection<K: Clone, E>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    if std::ptr::eq(so, other) {
        return Ok(copy(so));
    }
    let (big, small) = if other.len() > so.len() {
        (other, so)
    } else {
        (so, other)
    };
    let mut result = SetTable::new();
    for (h, k) in small.iter() {
        if big.lookkey(k, h, eq)?.is_some() {
            result.add_entry(k.clone(), h, eq)?;
        }
    }
    Ok(result)
}

/// Infallible [`try_intersection`].
pub fn intersection<K: Clone>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_intersection(so, other, eq))
}

/// `so.intersection(it)` for a non-set iterable given as `(hash, key)` pairs;
/// mirrors the iterator branch of `set_intersection`: keys of `it` found in `so`
/// are added (the iterable's key objects) and iteration stops as soon as the
/// result is as large as `so`.
pub fn try_intersection_iter<K, E>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut result = SetTable::new();
    for (h, k) in items {
        if so.lookkey(&k, h, eq)?.is_some() {
            result.add_entry(k, h, eq)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// Infallible [`try_intersection_iter`].
pub fn intersection_iter<K>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) -> SetTable<K> {
    with_infallible(eq, |eq| try_intersection_iter(so, items, eq))
}

/// `so &= other` / `so.intersection_update(other)` for a distinct set `other`;
/// mirrors `set_intersection_update`: computes [`try_intersection`] and swaps
/// its table into `so` (keeping `so`'s pop finger). For `so &= so` use
/// `so.replace_body(copy(&so))`.
pub fn try_intersection_update<K: Clone, E>(
    so: &mut SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<(), E> {
    let tmp = try_intersection(so, other, eq)?;
    so.replace_body(tmp);
    Ok(())
}

/// Infallible [`try_intersection_update`].
pub fn intersection_update<K: Clone>(
    so: &mut SetTable<K>,
    other: &SetTable<K>,
    eq: &mut EqFn<'_, K>,
) {
    with_infallible(eq, |eq| try_intersection_update(so, other, eq))
}
