//! Range and list iterators whose position compiled code keeps in native
//! variables: reading the state in, writing the position back, and making new ones.

use pyjit_runtime::object::{IterState, PyIterator};
use pyjit_runtime::Value;
use std::rc::Rc;

/// Reads the range iterator in `slot` into `out` (`[next, stop, step]`); 0 if the
/// slot holds something else.
///
/// # Safety
/// `slot` must point at a live `Value`, and `out` be valid for writing three
/// `i64`s.
pub unsafe extern "C" fn jit_range_state(slot: *const Value, out: *mut i64) -> u32 {
    // SAFETY: `slot` is a live value, `out` has room for three words.
    unsafe {
        let Value::Iterator(it) = &*slot else { return 0 };
        let Ok(st) = it.state.try_borrow() else { return 0 };
        let IterState::Range { next, stop, step } = &*st else { return 0 };
        *out = *next;
        *out.add(1) = *stop;
        *out.add(2) = *step;
    }
    1
}

/// Writes the position `next` back into the range iterator in `slot`.
///
/// # Safety
/// `slot` must point at a live `Value`.
pub unsafe extern "C" fn jit_range_sync(slot: *const Value, next: i64) {
    // SAFETY: `slot` is a live value.
    unsafe {
        if let Value::Iterator(it) = &*slot {
            if let Ok(mut st) = it.state.try_borrow_mut() {
                if let IterState::Range { next: n, .. } = &mut *st {
                    *n = next;
                }
            }
        }
    }
}

/// Stores a new iterator over `range(start, stop, step)` into `slot`; 0 (and no
/// store) when `step` is 0, which the interpreter reports as an error.
///
/// # Safety
/// `slot` must point at a valid, initialized home slot (its old value is dropped),
/// not aliased during the call.
pub unsafe extern "C" fn jit_range_new(slot: *mut Value, start: i64, stop: i64, step: i64) -> u32 {
    if step == 0 {
        return 0;
    }
    let it = PyIterator::new(IterState::Range { next: start, stop, step }, "range_iterator");
    // SAFETY: `slot` is a home slot, not aliased during the call.
    unsafe { *slot = Value::Iterator(Rc::new(it)) };
    1
}

/// Reads the list iterator in `slot` into `out` (`[address of the PyList, index]`);
/// 0 if the slot holds something else. The iterator keeps the list alive.
///
/// # Safety
/// `slot` must point at a live `Value`, and `out` be valid for writing two
/// `u64`s.
pub unsafe extern "C" fn jit_list_iter_state(slot: *const Value, out: *mut u64) -> u32 {
    // SAFETY: `slot` is a live value, `out` has room for two words.
    unsafe {
        let Value::Iterator(it) = &*slot else { return 0 };
        let Ok(st) = it.state.try_borrow() else { return 0 };
        let IterState::List { list: Value::List(l), index } = &*st else { return 0 };
        *out = Rc::as_ptr(l) as u64;
        *out.add(1) = *index as u64;
    }
    1
}

/// Writes the index `index` back into the list iterator in `slot`
/// ([`LIST_ITER_EXHAUSTED`]: marks it exhausted).
///
/// # Safety
/// `slot` must point at a live `Value`.
pub unsafe extern "C" fn jit_list_iter_sync(slot: *const Value, index: u64) {
    // SAFETY: `slot` is a live value.
    unsafe {
        if let Value::Iterator(it) = &*slot {
            if let Ok(mut st) = it.state.try_borrow_mut() {
                if let IterState::List { index: i, .. } = &mut *st {
                    if index >= LIST_ITER_EXHAUSTED as u64 {
                        // For good, even if the list grows, as CPython's.
                        *st = IterState::Exhausted;
                    } else {
                        *i = index as usize;
                    }
                }
            }
        }
    }
}

/// The index native code keeps for a list iterator it found exhausted (and
/// [`jit_list_iter_position`] reports for one): [`jit_list_iter_sync`]
/// marks the iterator exhausted, so native code needs no call where a loop
/// ends, only a store wherever the index reaches the object.
pub const LIST_ITER_EXHAUSTED: i64 = i64::MAX;

/// The position of the list iterator in `slot` after the runtime ran code that
/// may have advanced it: its index, or `i64::MAX` once it is exhausted (so the
/// compiled loop's next step ends the loop, as CPython's exhausted iterator does).
///
/// # Safety
/// `slot` must point at a live `Value`.
pub unsafe extern "C" fn jit_list_iter_position(slot: *const Value) -> i64 {
    // SAFETY: `slot` is a live value.
    unsafe {
        let Value::Iterator(it) = &*slot else { return i64::MAX };
        let Ok(st) = it.state.try_borrow() else { return i64::MAX };
        match &*st {
            IterState::List { index, .. } => (*index).min(i64::MAX as usize) as i64,
            _ => i64::MAX,
        }
    }
}

/// Stores a new iterator over the list in `list` into `dst` and returns the
/// list's address (as `jit_list_iter_state` reports it); 0 if `list` is no list.
///
/// # Safety
/// `list` must point at a live `Value` and `dst` at a valid, initialized home slot
/// (its old value is dropped); they may be the same slot.
pub unsafe extern "C" fn jit_list_iter_new(list: *const Value, dst: *mut Value) -> u64 {
    // SAFETY: `list` is a live value and `dst` a home slot; the list is cloned
    // before the store, so they may be the same slot.
    unsafe {
        let v = (*list).clone();
        let Value::List(l) = &v else { return 0 };
        let addr = Rc::as_ptr(l) as u64;
        *dst = Value::Iterator(Rc::new(PyIterator::new(IterState::List { list: v.clone(), index: 0 }, "list_iterator")));
        addr
    }
}

