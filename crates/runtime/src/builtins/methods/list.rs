//! `list` methods (`Objects/listobject.c`).

use crate::builtins::args::{check_count, no_kwargs, take_kwargs};
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::{KwArgs, PyList};
use crate::value::Value;
use std::rc::Rc;

pub const NAMES: &[&str] = &["append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "sort", "copy", "clear"];

fn clamp_index(i: i64, len: usize) -> usize {
    let len = len as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    j as usize
}

pub fn call(interp: &mut Interp, recv: &Value, l: &Rc<PyList>, name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if name != "sort" {
        no_kwargs(name, kwargs)?;
    }
    match name {
        "append" => {
            check_count("append", args, 1, 1).map_err(|_| type_error(format!("list.append() takes exactly one argument ({} given)", args.len())))?;
            l.push(args[0].clone());
            Ok(Value::None)
        }
        "extend" => {
            check_count("extend", args, 1, 1)?;
            extend_incrementally(interp, l, &args[0])?;
            Ok(Value::None)
        }
        "insert" => {
            if args.len() != 2 {
                return Err(type_error(format!("insert expected 2 arguments, got {}", args.len())));
            }
            let i = interp.to_index(&args[0])?;
            let mut items = l.items_mut();
            let at = clamp_index(i, items.len());
            items.insert(at, args[1].clone());
            Ok(Value::None)
        }
        "pop" => {
            check_count("pop", args, 0, 1)?;
            let i = match args.first() {
                Some(v) => interp.to_index(v)?,
                None => -1,
            };
            let mut items = l.items_mut();
            if items.is_empty() {
                return Err(index_error("pop from empty list"));
            }
            let len = items.len() as i64;
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(index_error("pop index out of range"));
            }
            Ok(items.remove(j as usize))
        }
        "remove" => {
            check_count("remove", args, 1, 1)?;
            let items = l.to_vec();
            for (i, v) in items.iter().enumerate() {
                if interp.eq(v, &args[0])? {
                    l.items_mut().remove(i);
                    return Ok(Value::None);
                }
            }
            Err(value_error("list.remove(x): x not in list"))
        }
        "index" => {
            check_count("index", args, 1, 3)?;
            let items = l.to_vec();
            let len = items.len();
            let start = match args.get(1) {
                Some(v) => clamp_index(interp.to_index(v)?, len),
                None => 0,
            };
            let stop = match args.get(2) {
                Some(v) => clamp_index(interp.to_index(v)?, len),
                None => len,
            };
            for i in start..stop.max(start) {
                if interp.eq(&items[i], &args[0])? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(value_error(format!("{} is not in list", interp.repr(&args[0])?)))
        }
        "count" => {
            check_count("count", args, 1, 1)?;
            let mut n = 0;
            for v in l.to_vec() {
                if interp.eq(&v, &args[0])? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
        "reverse" => {
            l.items_mut().reverse();
            Ok(Value::None)
        }
        "sort" => {
            if !args.is_empty() {
                return Err(type_error("sort() takes no positional arguments"));
            }
            let kw = take_kwargs("sort", kwargs, &["key", "reverse"])?;
            let key = kw[0].clone().unwrap_or(Value::None);
    let reverse = match &kw[1] {
        Some(Value::Float(_)) => return Err(crate::error::type_error("'float' object cannot be interpreted as an integer")),
        Some(r @ Value::Str(_)) | Some(r @ Value::List(_)) | Some(r @ Value::Tuple(_)) | Some(r @ Value::Dict(_)) => return Err(crate::error::type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(r)))),
        Some(r) => interp.truthy(r)?,
        None => false,
    };
            // CPython empties the list while sorting so mutation is detected.
            let items = std::mem::take(&mut *l.items_mut());
            let sorted = crate::builtins::sort::sort_values(interp, items.clone(), &key, reverse);
            let modified = !l.items().is_empty();
            match sorted {
                Ok(_) if modified => {
                    *l.items_mut() = items;
                    Err(value_error("list modified during sort"))
                }
                Ok(v) => {
                    *l.items_mut() = v;
                    Ok(Value::None)
                }
                Err(e) => {
                    *l.items_mut() = items;
                    Err(e)
                }
            }
        }
        "copy" => Ok(Value::list(l.to_vec())),
        "clear" => {
            l.items_mut().clear();
            let _ = recv;
            Ok(Value::None)
        }
        _ => Err(type_error(format!("list has no method {}", name))),
    }
}

/// Appends the items of `iterable` one by one, so items produced before an exception
/// stay in the list, as in CPython.
pub fn extend_incrementally(interp: &mut Interp, l: &Rc<PyList>, iterable: &Value) -> PyResult<()> {
    match iterable {
        Value::List(_) | Value::Tuple(_) => {
            let items = interp.collect(iterable)?;
            l.items_mut().extend(items);
        }
        _ => {
            let it = interp.get_iter(iterable)?;
            while let Some(v) = interp.iter_next(&it)? {
                l.push(v);
            }
        }
    }
    Ok(())
}
