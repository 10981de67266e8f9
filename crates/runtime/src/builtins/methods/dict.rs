//! `dict` methods (`Objects/dictobject.c`).

use crate::builtins::args::check_count;
use crate::error::{key_error, type_error, PyResult};
use crate::interp::Interp;
use crate::object::{KwArgs, PyDict, ViewKind};
use crate::value::Value;
use std::rc::Rc;

pub const NAMES: &[&str] = &["get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "copy", "clear", "fromkeys"];

pub fn call(interp: &mut Interp, d: &Rc<PyDict>, name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    match name {
        "get" => {
            check_count("get", args, 1, 2)?;
            Ok(interp.dict_get(d, &args[0])?.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
        }
        "keys" => Ok(super::misc::dict_view(d, ViewKind::Keys)),
        "values" => Ok(super::misc::dict_view(d, ViewKind::Values)),
        "items" => Ok(super::misc::dict_view(d, ViewKind::Items)),
        "pop" => {
            check_count("pop", args, 1, 2)?;
            match interp.dict_remove(d, &args[0])? {
                Some(v) => Ok(v),
                None => match args.get(1) {
                    Some(dflt) => Ok(dflt.clone()),
                    None => Err(key_error(args[0].clone())),
                },
            }
        }
        "popitem" => match d.table.borrow_mut().pop_last() {
            Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
            None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
        },
        "setdefault" => {
            check_count("setdefault", args, 1, 2)?;
            if let Some(v) = interp.dict_get(d, &args[0])? {
                return Ok(v);
            }
            let dflt = args.get(1).cloned().unwrap_or(Value::None);
            interp.dict_set(d, args[0].clone(), dflt.clone())?;
            Ok(dflt)
        }
        "update" => {
            check_count("update", args, 0, 1)?;
            if let Some(src) = args.first() {
                interp.dict_update_from(d, src)?;
            }
            for (k, v) in kwargs {
                interp.dict_set(d, Value::str(k.as_ref()), v.clone())?;
            }
            Ok(Value::None)
        }
        "fromkeys" => fromkeys(interp, args, kwargs),
        "copy" => {
            let n = Rc::new(PyDict::new());
            *n.table.borrow_mut() = d.table.borrow().clone();
            Ok(Value::Dict(n))
        }
        "clear" => {
            d.table.borrow_mut().clear();
            Ok(Value::None)
        }
        _ => Err(type_error(format!("dict has no method {}", name))),
    }
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("fromkeys", args, 1, 2)?;
    let d = Rc::new(PyDict::new());
    let v = args.get(1).cloned().unwrap_or(Value::None);
    for k in interp.collect(&args[0])? {
        interp.dict_set(&d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}
