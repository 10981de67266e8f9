//! Exact lists and tuples: indexing, item assignment, `append`, `len`. Out-of-range
//! indexes return 0 so compiled code deoptimizes and the interpreter raises the
//! `IndexError` with CPython's message.

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
            Value::List(l) => {
                let Ok(items) = l.items.try_borrow() else { return 0 };
                match index(i, items.len()) {
                    Some(j) => items[j].clone(),
                    None => return 0,
                }
            }
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
        let v = (*src).clone();
        let old = {
            let Ok(mut items) = l.items.try_borrow_mut() else { return 0 };
            match index(i, items.len()) {
                Some(j) => std::mem::replace(&mut items[j], v),
                None => return 0,
            }
        };
        // Dropped after the borrow ends: dropping may run a generator's cleanup.
        drop(old);
    }
    1
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
        let Ok(mut items) = l.items.try_borrow_mut() else { return 0 };
        items.push(v);
    }
    1
}

/// `len(*seq)` of a list or tuple (-1 for anything else).
///
/// # Safety
/// `seq` must point at a live `Value`.
pub unsafe extern "C" fn jit_seq_len(seq: *const Value) -> i64 {
    // SAFETY: `seq` is a live value.
    unsafe {
        match &*seq {
            Value::List(l) => l.items.try_borrow().map(|i| i.len() as i64).unwrap_or(-1),
            Value::Tuple(t) => t.items.len() as i64,
            _ => -1,
        }
    }
}
