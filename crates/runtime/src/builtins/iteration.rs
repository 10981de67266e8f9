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
    match &start {
        Value::Str(_) => return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => {}
        _ => {}
    }
    let it = interp.get_iter(&args[0])?;
    let mut acc = start;
    if let (Value::Generator(g), Some(tier)) = (&it, interp.tier.clone()) {
        // The compiling tier may consume the generator natively.
        acc = tier.reduce_sum(interp, g, acc)?;
    }
    // Each item is written into `v` (over the previous one).
    let mut v = Value::None;
    loop {
        let more = match &it {
            Value::Generator(g) => interp.gen_next_into(g, &mut v)? == crate::interp::ExitKind::Yield,
            _ => match interp.iter_next(&it)? {
                Some(x) => {
                    v = x;
                    true
                }
                None => false,
            },
        };
        if !more {
            break;
        }
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
                let r = interp.compare_op(op, &k, &bk)?;
                if interp.truthy(&r)? {
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

fn any(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("any", args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    while let Some(v) = interp.iter_next(&it)? {
        if interp.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("all", args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    while let Some(v) = interp.iter_next(&it)? {
        if !interp.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
