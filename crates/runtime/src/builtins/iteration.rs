//! Builtins that consume iterables: `sorted`, `sum`, `min`, `max`, `any`, `all`.

use super::args::{check_count, take_kwargs};
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::*;
use crate::value::Value;
use pyjit_compiler::bytecode::{BinOp, CmpOp};

/// Name and implementation of each function in this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("sorted", sorted), ("sum", sum), ("min", min), ("max", max), ("any", any), ("all", all)];

fn sorted(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let kw = take_kwargs("sort", kwargs, &["key", "reverse"])?;
    let items = interp.collect(&args[0])?;
    let key = kw[0].clone().unwrap_or(Value::None);
    let reverse = match &kw[1] {
        Some(Value::Float(_)) => return Err(crate::error::type_error("'float' object cannot be interpreted as an integer")),
        Some(r @ Value::Str(_)) | Some(r @ Value::List(_)) | Some(r @ Value::Tuple(_)) | Some(r @ Value::Dict(_)) => return Err(crate::error::type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(r)))),
        Some(r) => interp.truthy(r)?,
        None => false,
    };
    Ok(Value::list(super::sort::sort_values(interp, items, &key, reverse)?))
}

fn sum(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    check_count("sum", args, 1, 2)?;
    let kw = take_kwargs("sum", kwargs, &["start"])?;
    let start = args.get(1).cloned().or(kw[0].clone()).unwrap_or(Value::Int(0));
    if let Value::Str(_) = &start {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(total) = sum_numbers(&args[0], &start) {
        return Ok(total);
    }
    let it = interp.get_iter(&args[0])?;
    let mut acc = start;
    if let (Value::Generator(g), Some(tier)) = (&it, interp.tier.clone()) {
        // The compiling tier may consume the generator natively.
        acc = tier.reduce_sum(interp, g, acc)?;
    }
    // Each item is written into `v` (over the previous one).
    let mut v = Value::None;
    while next_into(interp, &it, &mut v)? {
        match (&mut acc, &v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => *a += *b,
            (Value::Float(a), Value::Float(b)) => *a += *b,
            (Value::BigInt(_), Value::Int(_) | Value::BigInt(_)) => {
                let owned = std::mem::replace(&mut acc, Value::None);
                acc = crate::interp::ops_bigint_add_owned(owned, &v);
            }
            _ => acc = interp.binary_op(BinOp::Add, &acc, &v)?,
        }
    }
    Ok(acc)
}

/// `sum` of a list or tuple of ints, or of floats, without iterator objects or
/// boxed intermediates; `None` when another item type (or an overflow past `i128`)
/// needs the general loop, which then starts over (int and float additions have no
/// side effects). Adds in order, like CPython 3.11's `builtin_sum_impl`: a running
/// C double once a float appears, so the rounding is the same.
fn sum_numbers(seq: &Value, start: &Value) -> Option<Value> {
    enum Acc {
        Int(i128),
        Float(f64),
    }
    /// Largest magnitude an int may have to convert to a float exactly.
    const EXACT: i128 = 1 << 53;
    let add = |items: &[Value]| -> Option<Acc> {
        let mut acc = match start {
            Value::Int(a) => Acc::Int(*a as i128),
            Value::BigInt(b) => Acc::Int(num_traits::ToPrimitive::to_i128(&**b)?),
            Value::Float(f) => Acc::Float(*f),
            _ => return None,
        };
        for item in items {
            acc = match (acc, item) {
                (Acc::Int(a), Value::Int(b)) => Acc::Int(a.checked_add(*b as i128)?),
                (Acc::Float(a), Value::Float(b)) => Acc::Float(a + b),
                (Acc::Int(a), Value::Float(b)) if a.unsigned_abs() <= EXACT as u128 => Acc::Float(a as f64 + b),
                (Acc::Float(a), Value::Int(b)) if (*b as i128).abs() <= EXACT => Acc::Float(a + *b as f64),
                _ => return None,
            };
        }
        Some(acc)
    };
    let acc = match seq {
        Value::List(l) => match (l.ints(), start) {
            // Unboxed int storage: an i128 total cannot overflow before 2**64 items.
            (Some(ints), Value::Int(a)) => Acc::Int(ints.iter().fold(*a as i128, |t, &n| t + n as i128)),
            (Some(ints), _) => {
                let items: Vec<Value> = ints.iter().map(|&n| Value::Int(n)).collect();
                add(&items)?
            }
            (None, _) => add(&l.items())?,
        },
        Value::Tuple(t) => add(&t.items)?,
        _ => return None,
    };
    Some(match acc {
        Acc::Int(i) => crate::object::int_from_i128(i),
        Acc::Float(f) => Value::Float(f),
    })
}

fn min_max(interp: &mut Interp, args: &[Value], kwargs: &KwArgs, name: &str, op: CmpOp) -> PyResult<Value> {
    let kw = take_kwargs(name, kwargs, &["key", "default"])?;
    let key = kw[0].clone().unwrap_or(Value::None);
    let items = match args.len() {
        0 => return Err(type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => interp.collect(&args[0])?,
        _ => {
            if kw[1].is_some() {
                return Err(type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name)));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = if matches!(key, Value::None) { v.clone() } else { interp.call(&key, &[v.clone()], &[])? };
        best = match best {
            None => Some((k, v)),
            Some((bk, bv)) => {
                let better = match (&k, &bk) {
                    // Same-type numbers compare without the generic protocol.
                    (Value::Int(a), Value::Int(b)) => if op == CmpOp::Lt { a < b } else { a > b },
                    (Value::Float(a), Value::Float(b)) => if op == CmpOp::Lt { a < b } else { a > b },
                    _ => {
                        let r = interp.compare_op(op, &k, &bk)?;
                        interp.truthy(&r)?
                    }
                };
                if better {
                    Some((k, v))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match &kw[1] {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::builtin("ValueError", format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn min(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    min_max(interp, args, kwargs, "min", CmpOp::Lt)
}

fn max(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    min_max(interp, args, kwargs, "max", CmpOp::Gt)
}

/// Writes the next item of the iterator `it` into `slot`; false when exhausted.
/// Generators resume in place, without a `StopIteration` or a boxed result.
fn next_into(interp: &mut Interp, it: &Value, slot: &mut Value) -> PyResult<bool> {
    match it {
        Value::Generator(g) => Ok(interp.gen_next_into(g, slot)? == crate::interp::ExitKind::Yield),
        _ => match interp.iter_next(it)? {
            Some(x) => {
                *slot = x;
                Ok(true)
            }
            None => Ok(false),
        },
    }
}

/// `any(iterable)` (want = true) and `all(iterable)` (want = false): stops at the
/// first item whose truth is `want`.
fn any_all(interp: &mut Interp, args: &[Value], name: &str, want: bool) -> PyResult<Value> {
    check_count(name, args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    let mut v = Value::None;
    while next_into(interp, &it, &mut v)? {
        let t = match v {
            Value::Bool(b) => b,
            _ => interp.truthy(&v)?,
        };
        if t == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn any(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    any_all(interp, args, "any", true)
}

fn all(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    any_all(interp, args, "all", false)
}
