//! `list` and `tuple`.

use crate::value::Value;
use std::cell::{Cell, Ref, RefCell, RefMut};

/// `PyList::strategy` of a list whose items are `Value`s in `values`.
pub const LIST_VALUES: usize = 0;
/// `PyList::strategy` of a list whose items are all small ints, stored unboxed
/// (8 bytes each) in `ints`.
pub const LIST_INTS: usize = 1;

/// A Python `list`: a mutable vector of values.
///
/// Storage follows a strategy, as in PyPy's list strategies (Bolz, Diekmann and
/// Tratt, "Storage strategies for collections in dynamically typed languages",
/// OOPSLA 2013): a list created empty starts with unboxed `i64` items and stays so
/// while only small ints are appended, which halves its memory and makes dropping
/// it free. Anything else (another item type, or code that wants `&[Value]`)
/// switches it to `Value` storage for good ([`PyList::items`] does this).
pub struct PyList {
    /// The items under `LIST_VALUES` (empty under `LIST_INTS`).
    values: RefCell<Vec<Value>>,
    /// The items under `LIST_INTS` (empty under `LIST_VALUES`).
    ints: RefCell<Vec<i64>>,
    /// `LIST_VALUES` or `LIST_INTS`; compiled code reads it at
    /// [`PyList::STRATEGY_OFFSET`]. Only ever changes from ints to values.
    strategy: Cell<usize>,
}

/// Doubles a full int buffer ahead of a push. A big new buffer is populated with
/// one `madvise(MADV_POPULATE_WRITE)` (Linux 5.14+) instead of one page fault per
/// 4 KiB page as appends reach it: appends fill the buffer front to back anyway.
fn grow_for_append(v: &mut Vec<i64>) {
    if v.len() < v.capacity() {
        return;
    }
    let old = v.capacity();
    v.reserve(old.max(4));
    populate_new_pages(v.as_ptr() as usize, v.len() * 8, v.capacity() * 8);
}

/// Buffers from this size up are populated as they grow (1 MiB).
const POPULATE_FROM: usize = 1 << 20;

/// Populates the whole pages of the buffer at `base` from byte `used` to `bytes`.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn populate_new_pages(base: usize, used: usize, bytes: usize) {
    if bytes < POPULATE_FROM {
        return;
    }
    const PAGE: usize = 4096;
    let start = (base + used).div_ceil(PAGE) * PAGE;
    let end = (base + bytes) / PAGE * PAGE;
    if end > start {
        // SAFETY: the range lies inside the buffer the Vec owns; populating changes
        // no contents. A kernel before 5.14 returns EINVAL, which is ignored.
        unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_POPULATE_WRITE) };
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn populate_new_pages(_: usize, _: usize, _: usize) {}

impl Drop for PyList {
    /// Big lists usually hold only numbers: for those one scan over the tags
    /// replaces the out-of-line destructor call per item.
    fn drop(&mut self) {
        let items = self.values.get_mut();
        if items.iter().all(Value::is_scalar) {
            // SAFETY: scalars own nothing, so forgetting them leaks nothing.
            unsafe { items.set_len(0) };
        }
    }
}

impl PyList {
    /// Byte offset of the strategy word (`LIST_VALUES`/`LIST_INTS`) in the object
    /// (a whole word, so the object has no padding bytes for the layout probe).
    pub const STRATEGY_OFFSET: usize = std::mem::offset_of!(PyList, strategy);

    /// A list of `items`; an empty one starts with unboxed int storage.
    pub fn new(items: Vec<Value>) -> Self {
        let strategy = if items.is_empty() { LIST_INTS } else { LIST_VALUES };
        PyList { values: RefCell::new(items), ints: RefCell::new(Vec::new()), strategy: Cell::new(strategy) }
    }

    /// A list of small ints in unboxed storage.
    pub fn from_ints(ints: Vec<i64>) -> Self {
        PyList { values: RefCell::new(Vec::new()), ints: RefCell::new(ints), strategy: Cell::new(LIST_INTS) }
    }

    /// Whether the items are stored as unboxed ints.
    pub fn has_int_storage(&self) -> bool {
        self.strategy.get() == LIST_INTS
    }

    /// Switches to `Value` storage (a no-op if already there). `false` when the
    /// int storage is borrowed, which only this type's own short borrows do.
    #[inline]
    fn generalize(&self) -> bool {
        self.strategy.get() == LIST_VALUES || self.generalize_ints()
    }

    #[cold]
    fn generalize_ints(&self) -> bool {
        let (Ok(mut ints), Ok(mut values)) = (self.ints.try_borrow_mut(), self.values.try_borrow_mut()) else { return false };
        *values = std::mem::take(&mut *ints).into_iter().map(Value::Int).collect();
        self.strategy.set(LIST_VALUES);
        true
    }

    /// The items as `Value`s, switching to `Value` storage first.
    ///
    /// Panics, like `RefCell::borrow`, if the items are mutably borrowed.
    pub fn items(&self) -> Ref<'_, Vec<Value>> {
        self.generalize();
        self.values.borrow()
    }

    /// The items as `Value`s for changing, switching to `Value` storage first.
    ///
    /// Panics, like `RefCell::borrow_mut`, if the items are borrowed.
    pub fn items_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.generalize();
        self.values.borrow_mut()
    }

    /// [`PyList::items`] that fails instead of panicking when the items are borrowed.
    pub fn try_items(&self) -> Option<Ref<'_, Vec<Value>>> {
        if !self.generalize() {
            return None;
        }
        self.values.try_borrow().ok()
    }

    /// [`PyList::items_mut`] that fails instead of panicking when the items are borrowed.
    pub fn try_items_mut(&self) -> Option<RefMut<'_, Vec<Value>>> {
        if !self.generalize() {
            return None;
        }
        self.values.try_borrow_mut().ok()
    }

    /// The unboxed items, while the list has int storage.
    pub fn ints(&self) -> Option<Ref<'_, Vec<i64>>> {
        if self.has_int_storage() {
            self.ints.try_borrow().ok()
        } else {
            None
        }
    }

    /// The number of items.
    ///
    /// Panics, like `RefCell::borrow`, if the items are mutably borrowed.
    pub fn len(&self) -> usize {
        self.try_len().expect("list items already mutably borrowed")
    }

    /// [`PyList::len`] that returns `None` instead of panicking.
    pub fn try_len(&self) -> Option<usize> {
        if self.has_int_storage() {
            self.ints.try_borrow().ok().map(|v| v.len())
        } else {
            self.values.try_borrow().ok().map(|v| v.len())
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (already normalized, not negative), without changing the storage.
    ///
    /// Panics, like `RefCell::borrow`, if the items are mutably borrowed.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.try_get(i).expect("list items already mutably borrowed")
    }

    /// [`PyList::get`] that returns `None` instead of panicking when the items are
    /// mutably borrowed (and `Some(None)` past the end).
    pub fn try_get(&self, i: usize) -> Option<Option<Value>> {
        if self.has_int_storage() {
            Some(self.ints.try_borrow().ok()?.get(i).map(|&n| Value::Int(n)))
        } else {
            Some(self.values.try_borrow().ok()?.get(i).cloned())
        }
    }

    /// Item `i` after Python's negative-index rule (`-1` is the last), without
    /// changing the storage; `None` when out of range or mutably borrowed.
    pub fn get_wrapped(&self, i: i64) -> Option<Value> {
        let wrap = |n: usize| {
            let j = if i < 0 { i + n as i64 } else { i };
            (0..n as i64).contains(&j).then_some(j as usize)
        };
        if self.has_int_storage() {
            let ints = self.ints.try_borrow().ok()?;
            wrap(ints.len()).map(|j| Value::Int(ints[j]))
        } else {
            let values = self.values.try_borrow().ok()?;
            wrap(values.len()).map(|j| values[j].clone())
        }
    }

    /// `list.append(v)`: a small int stays unboxed in int storage.
    ///
    /// Panics, like `RefCell::borrow_mut`, if the items are borrowed.
    pub fn push(&self, v: Value) {
        assert!(self.try_push(v), "list items already borrowed");
    }

    /// `list[i] = v` (`i` already normalized); `false` when `i` is out of range.
    /// The old item is dropped after the borrow ends (dropping may run a
    /// generator's cleanup).
    ///
    /// Panics, like `RefCell::borrow_mut`, if the items are borrowed.
    pub fn set(&self, i: usize, v: Value) -> bool {
        if let (true, Value::Int(n)) = (self.has_int_storage(), &v) {
            return match self.ints.borrow_mut().get_mut(i) {
                Some(slot) => {
                    *slot = *n;
                    true
                }
                None => false,
            };
        }
        let old = self.items_mut().get_mut(i).map(|slot| std::mem::replace(slot, v));
        old.is_some()
    }

    /// [`PyList::push`] that returns `false` instead of panicking when the items
    /// are borrowed.
    pub fn try_push(&self, v: Value) -> bool {
        if let (true, Value::Int(n)) = (self.has_int_storage(), &v) {
            let Ok(mut ints) = self.ints.try_borrow_mut() else { return false };
            grow_for_append(&mut ints);
            ints.push(*n);
            return true;
        }
        let Some(mut values) = self.try_items_mut() else { return false };
        values.push(v);
        true
    }

    /// A snapshot of the items (iteration that may call Python code must not hold the
    /// borrow).
    pub fn to_vec(&self) -> Vec<Value> {
        match self.ints() {
            Some(ints) => ints.iter().map(|&n| Value::Int(n)).collect(),
            None => self.values.borrow().clone(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: Option<Value>) -> Option<i64> {
        match v {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        }
    }

    fn ints(l: &PyList) -> Vec<i64> {
        l.ints().map(|v| v.clone()).unwrap_or_default()
    }

    #[test]
    fn empty_list_keeps_small_ints_unboxed() {
        let l = PyList::new(Vec::new());
        for i in [3, -1, i64::MAX] {
            l.push(Value::Int(i));
        }
        assert!(l.has_int_storage());
        assert_eq!(ints(&l), vec![3, -1, i64::MAX]);
        assert!(l.set(1, Value::Int(9)));
        assert!(!l.set(3, Value::Int(9)));
        assert_eq!((l.len(), int(l.get(1))), (3, Some(9)));
        assert_eq!(int(l.get_wrapped(-1)), Some(i64::MAX));
        assert!(l.get_wrapped(-4).is_none() && l.get_wrapped(3).is_none());
        // A snapshot does not change the storage.
        assert_eq!(l.to_vec().len(), 3);
        assert!(l.has_int_storage());
    }

    #[test]
    fn other_items_switch_to_values_in_order() {
        for other in [Value::Float(0.5), Value::Bool(true), Value::None] {
            let l = PyList::new(Vec::new());
            l.push(Value::Int(1));
            l.push(Value::Int(2));
            l.push(other);
            assert!(!l.has_int_storage());
            assert!(l.ints().is_none());
            let items = l.items();
            assert_eq!(items.len(), 3);
            assert_eq!((int(items.first().cloned()), int(items.get(1).cloned())), (Some(1), Some(2)));
            assert!(int(items.get(2).cloned()).is_none());
        }
        let l = PyList::new(Vec::new());
        l.push(Value::Int(1));
        assert!(l.set(0, Value::Float(2.0)));
        assert!(!l.has_int_storage());
        assert!(matches!(l.get(0), Some(Value::Float(f)) if f == 2.0));
        // `items_mut` switches too, and values never switch back.
        let l = PyList::new(Vec::new());
        l.items_mut().push(Value::Int(4));
        l.push(Value::Int(5));
        assert!(!l.has_int_storage());
        assert_eq!(l.len(), 2);
    }
}
