//! Exact lists and tuples: indexing, item assignment, `append`, `len`. Out-of-range
//! indexes return 0 so compiled code deoptimizes and the interpreter raises the
//! `IndexError` with CPython's message.

use pyjit_runtime::object::PyList;
use pyjit_runtime::Value;

fn index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

/// `*dst = (*seq)[i]` for a list or tuple; 0 when out of range (nothing stored).
///
/// # Safety
/// `seq` must point at a live `Value` and `dst` at a valid, initialized home slot
/// (its old value is dropped); they may be the same slot.
pub unsafe extern "C" fn jit_seq_get(seq: *const Value, i: i64, dst: *mut Value) -> u32 {
    // SAFETY: `seq` is a live value and `dst` a home slot; they may be the same slot,
    // so the item is cloned before the store.
    unsafe {
        let item = match &*seq {
            Value::List(l) => match l.get_wrapped(i) {
                Some(v) => v,
                None => return 0,
            },
            Value::Tuple(t) => match index(i, t.items.len()) {
                Some(j) => t.items[j].clone(),
                None => return 0,
            },
            _ => return 0,
        };
        *dst = item;
    }
    1
}

/// `(*list)[i] = *src`; 0 when out of range.
///
/// # Safety
/// `list` and `src` must point at live `Value`s.
pub unsafe extern "C" fn jit_list_set(list: *const Value, i: i64, src: *const Value) -> u32 {
    // SAFETY: `list` and `src` are live values.
    unsafe {
        let Value::List(l) = &*list else { return 0 };
        // An int keeps int storage; `set` drops the old item after its borrow ends
        // (dropping may run a generator's cleanup).
        match l.try_len().and_then(|n| index(i, n)) {
            Some(j) => l.set(j, (*src).clone()) as u32,
            None => 0,
        }
    }
}

/// Switches the list at `list` from int to `Value` storage (`PyList::items`), for
/// compiled code about to index it; 1 if it did, 0 if the list already had
/// `Value` storage or its items are borrowed (then compiled code deoptimizes).
///
/// # Safety
/// `list` must point at a live `PyList`.
pub unsafe extern "C" fn jit_list_generalize(list: *const PyList) -> u32 {
    // SAFETY: `list` is a live list.
    let l = unsafe { &*list };
    (l.has_int_storage() && l.try_items().is_some()) as u32
}

/// `(*list).append(*item)`; 0 if `list` is not a list.
///
/// # Safety
/// `list` and `item` must point at live `Value`s.
pub unsafe extern "C" fn jit_list_append(list: *const Value, item: *const Value) -> u32 {
    // SAFETY: both are live values.
    unsafe {
        let Value::List(l) = &*list else { return 0 };
        let v = (*item).clone();
        l.try_push(v) as u32
    }
}

/// `len(*seq)` of a list or tuple (-1 for anything else).
///
/// # Safety
/// `seq` must point at a live `Value`.
pub unsafe extern "C" fn jit_seq_len(seq: *const Value) -> i64 {
    // SAFETY: `seq` is a live value.
    unsafe {
        match &*seq {
            Value::List(l) => l.try_len().map_or(-1, |n| n as i64),
            Value::Tuple(t) => t.items.len() as i64,
            _ => -1,
        }
    }
}
