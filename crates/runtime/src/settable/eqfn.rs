//! Key-equality callback types and adaptors between the infallible (`bool`) and
//! fallible (`Result<bool, E>`) forms.
//!
//! CPython calls `PyObject_RichCompareBool(startkey, key, Py_EQ)`: the first
//! argument is the key already stored in the table, the second the probe key.

use std::convert::Infallible;

/// Infallible equality callback: `eq(stored, probe)`.
pub type EqFn<'a, K> = dyn FnMut(&K, &K) -> bool + 'a;

/// Fallible equality callback: `eq(stored, probe)`; `Err` aborts the operation
/// (CPython's `cmp < 0` path).
pub type TryEqFn<'a, K, E> = dyn FnMut(&K, &K) -> Result<bool, E> + 'a;

/// Runs `f` with a fallible view of the infallible callback `eq` and unwraps the
/// (impossible) error.
pub(crate) fn with_infallible<K, T>(
    eq: &mut EqFn<'_, K>,
    f: impl FnOnce(&mut TryEqFn<'_, K, Infallible>) -> Result<T, Infallible>,
) -> T {
    let mut lifted = |a: &K, b: &K| -> Result<bool, Infallible> { Ok(eq(a, b)) };
    match f(&mut lifted) {
        Ok(v) => v,
        Err(e) => match e {},
    }
}
