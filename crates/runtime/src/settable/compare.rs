//! Set comparisons: `set_issubset`, `set_issuperset`, `set_isdisjoint` and the
//! `Py_EQ` case of `set_richcompare` from CPython 3.11's Objects/setobject.c.
//! Only the boolean results matter, but the walk order (and so the sequence of
//! `eq` calls) follows CPython.

use super::eqfn::{with_infallible, EqFn, TryEqFn};
use super::merge::try_from_keys;
use super::table::SetTable;

/// `so <= other` / `so.issubset(other)` for a set `other`: false if `so` is
/// larger, else every key of `so` (slot order) must be in `other`.
pub fn try_issubset<K, E>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<bool, E> {
    if so.len() > other.len() {
        return Ok(false);
    }
    for (h, k) in so.iter() {
        if other.lookkey(k, h, eq)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Infallible [`try_issubset`].
pub fn issubset<K>(so: &SetTable<K>, other: &SetTable<K>, eq: &mut EqFn<'_, K>) -> bool {
    with_infallible(eq, |eq| try_issubset(so, other, eq))
}

/// `so.issubset(it)` for a non-set iterable: builds a set from `it` first.
pub fn try_issubset_iter<K, E>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<bool, E> {
    let other = try_from_keys(items, eq)?;
    try_issubset(so, &other, eq)
}

/// Infallible [`try_issubset_iter`].
pub fn issubset_iter<K>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) -> bool {
    with_infallible(eq, |eq| try_issubset_iter(so, items, eq))
}

/// `so >= other` / `so.issuperset(other)` for a set: `issubset(other, so)`.
pub fn try_issuperset<K, E>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<bool, E> {
    try_issubset(other, so, eq)
}

/// Infallible [`try_issuperset`].
pub fn issuperset<K>(so: &SetTable<K>, other: &SetTable<K>, eq: &mut EqFn<'_, K>) -> bool {
    with_infallible(eq, |eq| try_issuperset(so, other, eq))
}

/// `so.issuperset(it)` for a non-set iterable: every item must be in `so`
/// (stops at the first missing one).
pub fn try_issuperset_iter<K, E>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<bool, E> {
    for (h, k) in items {
        if so.lookkey(&k, h, eq)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Infallible [`try_issuperset_iter`].
pub fn issuperset_iter<K>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) -> bool {
    with_infallible(eq, |eq| try_issuperset_iter(so, items, eq))
}

/// `so.isdisjoint(other)` for a set: if `other` is `so` (same address) the
/// answer is `len(so) == 0`; otherwise walk the smaller set (`other` on ties)
/// looking each key up in the larger one.
pub fn try_isdisjoint<K, E>(
    so: &SetTable<K>,
    other: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<bool, E> {
    if std::ptr::eq(so, other) {
        return Ok(so.is_empty());
    }
    let (big, small) = if other.len() > so.len() {
        (other, so)
    } else {
        (so, other)
    };
    for (h, k) in small.iter() {
        if big.lookkey(k, h, eq)?.is_some() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Infallible [`try_isdisjoint`].
pub fn isdisjoint<K>(so: &SetTable<K>, other: &SetTable<K>, eq: &mut EqFn<'_, K>) -> bool {
    with_infallible(eq, |eq| try_isdisjoint(so, other, eq))
}

/// `so.isdisjoint(it)` for a non-set iterable: false at the first item in `so`.
pub fn try_isdisjoint_iter<K, E>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<bool, E> {
    for (h, k) in items {
        if so.lookkey(&k, h, eq)?.is_some() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Infallible [`try_isdisjoint_iter`].
pub fn isdisjoint_iter<K>(
    so: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: &mut EqFn<'_, K>,
) -> bool {
    with_infallible(eq, |eq| try_isdisjoint_iter(so, items, eq))
}

/// `a == b` for two sets/frozensets: equal sizes and `a <= b`; mirrors the
/// `Py_EQ` case of `set_richcompare` (the cached-frozenset-hash short cut is an
/// optimisation with the same result, left to the caller). `a != b` is the
/// negation; `a < b` is `len(a) < len(b) && a <= b`.
pub fn try_set_eq<K, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut TryEqFn<'_, K, E>,
) -> Result<bool, E> {
    if a.len() != b.len() {
        return Ok(false);
    }
    try_issubset(a, b, eq)
}

/// Infallible [`try_set_eq`].
pub fn set_eq<K>(a: &SetTable<K>, b: &SetTable<K>, eq: &mut EqFn<'_, K>) -> bool {
    with_infallible(eq, |eq| try_set_eq(a, b, eq))
}
