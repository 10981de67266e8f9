//! Small immutable objects: `str`, `range`, `slice`, and closure cells.

use crate::value::Value;
use std::cell::{Cell, RefCell};

/// A Python `str`: UTF-8 text with its length in code points cached, so that
/// indexing ASCII text is O(1).
pub struct PyStr {
    s: String,
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// Wraps `s`, counting its code points.
    pub fn new(s: String) -> Self {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, char_len, hash: Cell::new(None) }
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points (Python's `len`).
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The str's hash (FNV-1a of its bytes; CPython's is randomized per process, so any
    /// fixed function is conforming), cached.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(Some(h));
        h
    }
}

/// The hash of a str's text (FNV-1a; never -1).
pub fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `range(start, stop, step)` with bounds up to ±2**100 (i128 arithmetic; larger
/// bounds raise OverflowError when the range is created).
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl PyRange {
    /// Number of elements, as CPython's `compute_range_length`.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 { (self.start, self.stop, self.step) } else { (self.stop, self.start, -self.step) };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step) + 1
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The `i`-th element for `0 <= i < len`.
    pub fn get(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// An int value from an `i128`.
pub fn int_from_i128(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(v)),
    }
}

/// `slice(start, stop, step)`; absent parts are `None`.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A closure cell; `Undefined` when empty.
pub struct PyCell {
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> Self {
        PyCell { value: RefCell::new(v) }
    }
}
