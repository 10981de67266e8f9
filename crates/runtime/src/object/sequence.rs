//! `list` and `tuple`.

use crate::value::Value;
use std::cell::RefCell;

/// A Python `list`: a mutable vector of values.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl Drop for PyList {
    /// Big lists usually hold only numbers: for those one scan over the tags
    /// replaces the out-of-line destructor call per item.
    fn drop(&mut self) {
        let items = self.items.get_mut();
        if items.iter().all(Value::is_scalar) {
            // SAFETY: scalars own nothing, so forgetting them leaks nothing.
            unsafe { items.set_len(0) };
        }
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> Self {
        PyList { items: RefCell::new(items) }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
    /// A snapshot of the items (iteration that may call Python code must not hold the
    /// borrow).
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

/// A Python `tuple`.
pub struct PyTuple {
    pub items: Vec<Value>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> Self {
        PyTuple { items }
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
