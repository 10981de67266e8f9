//! Tests for the set table. Expected orders and values come from CPython 3.11
//! (`python3 -c 'print(list(...))'`) and are hard-coded.

mod script;
mod script_data;

mod algebra_tests;
mod compare_tests;
mod hash_tests;
mod script_tests;
mod table_tests;

use super::table::SetTable;

/// Python's `hash(int)` for `v`: sign-preserving remainder mod 2**61 - 1, with
/// -1 mapped to -2 (mirrors `long_hash` in Objects/longobject.c).
pub(crate) fn py_hash(v: i128) -> i64 {
    const P: i128 = (1i128 << 61) - 1;
    let m = v.unsigned_abs() % (P as u128);
    let h = if v < 0 { -(m as i128) } else { m as i128 };
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Integer key equality (`==` between Python ints).
pub(crate) fn int_eq(a: &i128, b: &i128) -> bool {
    a == b
}

/// `set([k0, k1, ...])` built through the iterator branch.
pub(crate) fn set_of(keys: &[i128]) -> SetTable<i128> {
    super::from_keys(keys.iter().map(|&k| (py_hash(k), k)), &mut int_eq)
}

/// `(hash, key)` pairs for a Python list of ints.
pub(crate) fn items(keys: &[i128]) -> Vec<(i64, i128)> {
    keys.iter().map(|&k| (py_hash(k), k)).collect()
}

/// `list(s)`.
pub(crate) fn list(s: &SetTable<i128>) -> Vec<i128> {
    s.keys().copied().collect()
}
