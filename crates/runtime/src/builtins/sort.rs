//! Stable sorting with Python comparisons that may raise (`list.sort`, `sorted`).
//!
//! A merge sort using only `<`, like CPython's timsort, so results (including the
//! order of equal elements) match; `reverse=True` reverses, sorts and reverses back
//! as CPython does to keep stability.

use crate::error::PyResult;
use crate::interp::Interp;
use crate::value::Value;
use pyjit_compiler::bytecode::CmpOp;

fn less(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => {
            let r = interp.compare_op(CmpOp::Lt, a, b)?;
            interp.truthy(&r)
        }
    }
}

fn merge_sort(interp: &mut Interp, v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    if v.len() <= 8 {
        // Insertion sort: stable, few comparisons on short runs.
        let mut out: Vec<(Value, Value)> = Vec::with_capacity(v.len());
        for item in v {
            let mut pos = out.len();
            while pos > 0 && less(interp, &item.0, &out[pos - 1].0)? {
                pos -= 1;
            }
            out.insert(pos, item);
        }
        return Ok(out);
    }
    let mut left = v;
    let right = left.split_off(left.len() / 2);
    let left = merge_sort(interp, left)?;
    let right = merge_sort(interp, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => {
                if less(interp, &b.0, &a.0)? {
                    out.push(r.next().expect("peeked"));
                } else {
                    out.push(l.next().expect("peeked"));
                }
            }
            (Some(_), None) => out.extend(l.by_ref()),
            (None, Some(_)) => out.extend(r.by_ref()),
            (None, None) => break,
        }
    }
    Ok(out)
}

/// Sorts `pairs` in place by key when every key is an int, every key a float other
/// than NaN, or every key a str: `<` is then a total order that runs no Python
/// code, so any stable sort gives the order CPython's timsort gives. Returns false
/// (leaving `pairs` as it was) for other keys.
fn sort_total_order(pairs: &mut [(Value, Value)]) -> bool {
    let Some(first) = pairs.first() else { return true };
    match first.0 {
        Value::Int(_) if pairs.iter().all(|p| matches!(p.0, Value::Int(_))) => {
            pairs.sort_by_key(|p| if let Value::Int(i) = p.0 { i } else { 0 });
        }
        Value::Float(_) if pairs.iter().all(|p| matches!(p.0, Value::Float(f) if !f.is_nan())) => {
            let f = |v: &Value| if let Value::Float(x) = v { *x } else { 0.0 };
            // -0.0 and 0.0 compare equal and keep their order, as in CPython.
            pairs.sort_by(|a, b| f(&a.0).partial_cmp(&f(&b.0)).unwrap_or(std::cmp::Ordering::Equal));
        }
        Value::Str(_) if pairs.iter().all(|p| matches!(p.0, Value::Str(_))) => {
            pairs.sort_by(|a, b| match (&a.0, &b.0) {
                (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
                _ => std::cmp::Ordering::Equal,
            });
        }
        _ => return false,
    }
    true
}

/// Sorts `items` by `key` (a callable or `None`), optionally reversed.
pub fn sort_values(interp: &mut Interp, items: Vec<Value>, key: &Value, reverse: bool) -> PyResult<Vec<Value>> {
    let mut pairs = Vec::with_capacity(items.len());
    for v in items {
        let k = if matches!(key, Value::None) { v.clone() } else { interp.call(key, &[v.clone()], &[])? };
        pairs.push((k, v));
    }
    if reverse {
        pairs.reverse();
    }
    let mut sorted = if sort_total_order(&mut pairs) { pairs } else { merge_sort(interp, pairs)? };
    if reverse {
        sorted.reverse();
    }
    Ok(sorted.into_iter().map(|(_, v)| v).collect())
}
