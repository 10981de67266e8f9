//! A port of CPython 3.11's set hash table (`Objects/setobject.c`) so that pyjit's
//! `set` and `frozenset` iterate, print and pop in exactly CPython's order.
//!
//! The table is generic over the key type `K`; the caller supplies each key's
//! Python hash (`i64`, i.e. `Py_hash_t`) and, for every operation that may compare
//! keys, an equality callback `eq(stored_key, probe_key)` (the argument order of
//! CPython's `PyObject_RichCompareBool(startkey, key, Py_EQ)`). Identity and fast
//! equality short cuts are the caller's business. Every comparing operation comes
//! in two flavours: an infallible one whose callback returns `bool`, and a `try_`
//! one whose callback returns `Result<bool, E>` so a Python `__eq__` that raises
//! aborts the operation at the same point CPython does.
//!
//! Layout:
//! - [`slot`] — one table slot (empty, dummy, active).
//! - [`table`] — the [`SetTable`] struct, its counters, iteration and `clear`.
//! - [`probe`] — lookup, insertion and `set_table_resize` (the probe sequence).
//! - [`ops`] — `add`, `contains`, `discard`, `pop` and their `try_` forms.
//! - [`eqfn`] — callback type aliases and infallible adaptors.
//! - [`merge`] — `copy`, `update`/`union`, building from keys (`set_merge`,
//!   `set_update_internal`).
//! - [`intersect`], [`difference`], [`symdiff`] — set algebra.
//! - [`compare`] — subset / superset / disjoint / equality tests.
//! - [`hash`] — `frozenset_hash`.

pub mod compare;
pub mod difference;
pub mod eqfn;
pub mod hash;
pub mod intersect;
pub mod merge;
pub mod ops;
pub mod probe;
pub mod slot;
pub mod symdiff;
pub mod table;

#[cfg(test)]
mod tests;

pub use compare::{
    isdisjoint, isdisjoint_iter, issubset, issubset_iter, issuperset, issuperset_iter, set_eq,
    try_isdisjoint, try_isdisjoint_iter, try_issubset, try_issubset_iter, try_issuperset,
    try_issuperset_iter, try_set_eq,
};
pub use difference::{
    difference, difference_dict, difference_iter, difference_update, difference_update_iter,
    try_difference, try_difference_dict, try_difference_iter, try_difference_update,
    try_difference_update_iter,
};
pub use eqfn::{EqFn, TryEqFn};
pub use hash::{frozenset_hash, shuffle_bits};
pub use intersect::{
    intersection, intersection_iter, intersection_update, try_intersection, try_intersection_iter,
    try_intersection_update,
};
pub use merge::{
    copy, from_keys, try_from_keys, try_union, try_union_many, try_update, try_update_from_dict,
    try_update_iter, union, union_many, update, update_from_dict, update_iter,
};
pub use symdiff::{
    symmetric_difference, symmetric_difference_dict, symmetric_difference_iter,
    symmetric_difference_update, symmetric_difference_update_dict,
    symmetric_difference_update_iter, try_symmetric_difference, try_symmetric_difference_dict,
    try_symmetric_difference_iter, try_symmetric_difference_update,
    try_symmetric_difference_update_dict, try_symmetric_difference_update_iter,
};
pub use table::{SetTable, LINEAR_PROBES, PERTURB_SHIFT, PYSET_MINSIZE};
