//! `set` and `frozenset`, on the CPython-order table of `crate::settable`.

use crate::settable::SetTable;
use crate::value::Value;
use std::cell::RefCell;

/// A Python `set` (or `frozenset` when `frozen`).
pub struct PySet {
    pub table: RefCell<SetTable<Value>>,
    pub frozen: bool,
}

impl PySet {
    pub fn new(table: SetTable<Value>, frozen: bool) -> Self {
        PySet { table: RefCell::new(table), frozen }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The elements in iteration order.
    pub fn to_vec(&self) -> Vec<Value> {
        self.table.borrow().keys().cloned().collect()
    }
}
