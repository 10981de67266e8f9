//! Methods of `tuple`, `int`, `float`, `range`, generators and `property`, dict views,
//! and the native `object`/`BaseException` methods reached through `super()`.

use crate::builtins::args::check_count;
use crate::error::{value_error, PyErr, PyResult};
use crate::interp::{Interp, Resume, SendResult};
use crate::object::*;
use crate::value::Value;
use std::rc::Rc;

pub const TUPLE_NAMES: &[&str] = &["count", "index"];
pub const INT_NAMES: &[&str] = &["bit_length", "bit_count", "conjugate", "is_integer", "as_integer_ratio"];
pub const FLOAT_NAMES: &[&str] = &["is_integer", "as_integer_ratio", "conjugate", "hex"];
pub const GENERATOR_NAMES: &[&str] = &["send", "throw", "close"];
pub const PROPERTY_NAMES: &[&str] = &["setter", "getter", "deleter"];
pub const RANGE_NAMES: &[&str] = &["count", "index"];
pub const SLICE_NAMES: &[&str] = &["indices"];

/// A live dict view (`dict_keys([...])`).
pub fn dict_view(d: &Rc<PyDict>, kind: ViewKind) -> Value {
    Value::Iterator(Rc::new(PyIterator::new(IterState::View { dict: d.clone(), kind }, kind.view_name())))
}

/// Natives bound by `super()` and friends: `__exc_init__`, `__object_init__`, ...
pub fn call_special_native(interp: &mut Interp, recv: &Value, name: &str, args: &[Value], _kwargs: &KwArgs) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__exc_init__" => {
            if let Value::Instance(i) = recv {
                if let Some(e) = &i.exc {
                    *e.args.borrow_mut() = args.to_vec();
                }
            }
            Value::None
        }
        "__object_init__" => Value::None,
        "__exc_str__" | "__exc_repr__" => {
            let Value::Instance(i) = recv else { return Ok(None) };
            let exc_args = i.exc.as_ref().map(|e| e.args.borrow().clone()).unwrap_or_default();
            if name == "__exc_repr__" {
                let inner = if exc_args.len() == 1 { interp.repr(&exc_args[0])? } else { interp.repr(&Value::tuple(exc_args.clone()))?.trim_start_matches('(').trim_end_matches(')').trim_end_matches(',').to_string() };
                Value::str(format!("{}({})", i.class.name, inner))
            } else {
                Value::str(match exc_args.len() {
                    0 => String::new(),
                    1 => interp.to_str(&exc_args[0])?,
                    _ => interp.repr(&Value::tuple(exc_args))?,
                })
            }
        }
        "__base_init__" => {
            let Some(base) = crate::interp::attr::instance_base(recv) else { return Ok(Some(Value::None)) };
            match &base {
                Value::Dict(d) => {
                    if let Some(src) = args.first() {
                        interp.dict_update_from(d, src)?;
                    }
                    for (k, v) in _kwargs {
                        interp.dict_set(d, Value::str(k.as_ref()), v.clone())?;
                    }
                }
                Value::List(l) => {
                    if let Some(src) = args.first() {
                        let items = interp.collect(src)?;
                        *l.items_mut() = items;
                    }
                }
                Value::Set(_) => {
                    if let Some(src) = args.first() {
                        for v in interp.collect(src)? {
                            interp.set_add(&base, v)?;
                        }
                    }
                }
                _ => {}
            }
            Value::None
        }
        "__itemgetter_call__" => crate::stdlib::operator::call_getter(interp, "itemgetter", recv, args)?,
        "__attrgetter_call__" => crate::stdlib::operator::call_getter(interp, "attrgetter", recv, args)?,
        "__methodcaller_call__" => crate::stdlib::operator::call_getter(interp, "methodcaller", recv, args)?,
        "__lru_call__" => crate::stdlib::functools::cache_call(interp, recv, args, _kwargs)?,
        "__lru_decorator__" => {
            check_count("decorator", args, 1, 1)?;
            crate::stdlib::functools::make_cache_wrapper(args[0].clone(), recv.clone())
        }
        "__lru_cache_info__" => crate::stdlib::functools::cache_info(interp, recv),
        "__lru_cache_clear__" => {
            if let Value::Tuple(t) = recv {
                if let Value::Dict(d) = &t.items[1] {
                    d.table.borrow_mut().clear();
                }
                if let Value::List(l) = &t.items[3] {
                    *l.items_mut() = vec![Value::Int(0), Value::Int(0)];
                }
            }
            Value::None
        }
        "__wraps_apply__" => {
            check_count("wraps", args, 1, 1)?;
            let (wrapped, wrapper) = (recv, &args[0]);
            for attr in ["__name__", "__qualname__", "__doc__"] {
                let name: Rc<str> = Rc::from(attr);
                if let Ok(v) = interp.get_attr(wrapped, &name) {
                    let _ = interp.set_attr(wrapper, &name, v);
                }
            }
            let _ = interp.set_attr(wrapper, &Rc::from("__wrapped__"), wrapped.clone());
            wrapper.clone()
        }
        "__partial_call__" => {
            let Value::Tuple(state) = recv else { return Ok(None) };
            let (f, pre, kw) = (state.items[0].clone(), state.items[1].clone(), state.items[2].clone());
            let mut all = match pre {
                Value::Tuple(t) => t.items.clone(),
                _ => Vec::new(),
            };
            all.extend_from_slice(args);
            let mut kwargs: Vec<(Rc<str>, Value)> = Vec::new();
            if let Value::Tuple(t) = kw {
                for pair in &t.items {
                    if let Value::Tuple(p) = pair {
                        if let Value::Str(k) = &p.items[0] {
                            kwargs.push((Rc::from(k.as_str()), p.items[1].clone()));
                        }
                    }
                }
            }
            kwargs.extend(_kwargs.iter().cloned());
            interp.call(&f, &all, &kwargs)?
        }
        "__object_repr__" => {
            let c = interp.class_of(recv);
            Value::str(format!("<{}.{} object at {:#x}>", c.module, c.qualname, recv.ptr().unwrap_or(0)))
        }
        "__object_str__" => Value::str(interp.repr(recv)?),
        "__object_eq__" => {
            check_count("__eq__", args, 1, 1)?;
            if recv.is(&args[0]) {
                Value::Bool(true)
            } else {
                Value::NotImplemented
            }
        }
        "__object_hash__" => Value::Int((recv.ptr().unwrap_or(0) >> 4) as i64),
        "__object_setattr__" => {
            check_count("__setattr__", args, 2, 2)?;
            if let (Value::Instance(i), Value::Str(n)) = (recv, &args[0]) {
                i.set_attr(Rc::from(n.as_str()), args[1].clone());
            }
            Value::None
        }
        _ => return Ok(None),
    }))
}

/// Methods of the remaining built-in types; `Ok(None)` if there is no such method.
pub fn call(interp: &mut Interp, recv: &Value, name: &str, args: &[Value], _kwargs: &KwArgs) -> PyResult<Option<Value>> {
    Ok(Some(match (recv, name) {
        (Value::Tuple(t), "count") => {
            check_count("count", args, 1, 1)?;
            let mut n = 0;
            for v in t.items.clone() {
                if interp.eq(&v, &args[0])? {
                    n += 1;
                }
            }
            Value::Int(n)
        }
        (Value::Tuple(t), "index") => {
            check_count("index", args, 1, 3)?;
            for (i, v) in t.items.clone().iter().enumerate() {
                if interp.eq(v, &args[0])? {
                    return Ok(Some(Value::Int(i as i64)));
                }
            }
            return Err(value_error("tuple.index(x): x not in tuple"));
        }
        (Value::Range(_), "count") => {
            check_count("count", args, 1, 1)?;
            Value::Int(interp.contains(recv, &args[0])? as i64)
        }
        (Value::Range(r), "index") => {
            check_count("index", args, 1, 1)?;
            if let Value::Int(i) = &args[0] {
                if interp.contains(recv, &args[0])? {
                    return Ok(Some(Value::Int(((*i as i128 - r.start) / r.step) as i64)));
                }
            }
            return Err(value_error(format!("{} is not in range", interp.repr(&args[0])?)));
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), _) => {
            let b = match recv {
                Value::Int(i) => num_bigint::BigInt::from(*i),
                Value::Bool(x) => num_bigint::BigInt::from(*x as i64),
                Value::BigInt(b) => num_bigint::BigInt::clone(b),
                _ => num_bigint::BigInt::from(0),
            };
            match name {
                "bit_length" => Value::Int(b.bits() as i64),
                "bit_count" => Value::Int(b.magnitude().count_ones() as i64),
                "conjugate" => Value::from_bigint(b),
                "is_integer" => Value::Bool(true),
                "as_integer_ratio" => Value::tuple(vec![Value::from_bigint(b), Value::Int(1)]),
                _ => return Ok(None),
            }
        }
        (Value::Float(f), _) => match name {
            "is_integer" => Value::Bool(crate::numeric::float_is_integer(*f)),
            "as_integer_ratio" => {
                let (n, d) = crate::numeric::float_as_integer_ratio(*f)?;
                Value::tuple(vec![Value::from_bigint(n), Value::from_bigint(d)])
            }
            "conjugate" => Value::Float(*f),
            "hex" => return Err(PyErr::builtin("NotImplementedError", "float.hex is not supported by pyjit yet")),
            _ => return Ok(None),
        },
        (Value::Generator(g), "send") => {
            check_count("send", args, 1, 1)?;
            match interp.gen_resume(g, Resume::Send(args[0].clone()))? {
                SendResult::Yielded(v) => v,
                SendResult::Returned(v) => return Err(stop_iteration(v)),
            }
        }
        (Value::Generator(g), "throw") => {
            check_count("throw", args, 1, 3)?;
            let exc = match (&args[0], args.get(1)) {
                (Value::Class(_), Some(v)) if !matches!(v, Value::None) => match v {
                    Value::Instance(_) => interp.make_exception(v)?,
                    other => {
                        let e = interp.call(&args[0], &[other.clone()], &[])?;
                        interp.make_exception(&e)?
                    }
                },
                (v, _) => interp.make_exception(v)?,
            };
            match interp.gen_resume(g, Resume::Throw(exc))? {
                SendResult::Yielded(v) => v,
                SendResult::Returned(v) => return Err(stop_iteration(v)),
            }
        }
        (Value::Generator(g), "close") => interp.gen_close(g)?,
        (Value::Slice(s), "indices") => {
            check_count("indices", args, 1, 1)?;
            let n = interp.to_index(&args[0])?;
            if n < 0 {
                return Err(value_error("length should not be negative"));
            }
            let (start, stop, step, _) = interp.slice_indices_pub(s, n as usize)?;
            Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)])
        }
        (Value::Descriptor(d), "setter" | "getter" | "deleter") => {
            check_count(name, args, 1, 1)?;
            let Descriptor::Property { fget, fset, fdel, doc } = &**d else { return Ok(None) };
            let (mut g, mut s, mut dl) = (fget.clone(), fset.clone(), fdel.clone());
            match name {
                "setter" => s = args[0].clone(),
                "getter" => g = args[0].clone(),
                _ => dl = args[0].clone(),
            }
            Value::Descriptor(Rc::new(Descriptor::Property { fget: g, fset: s, fdel: dl, doc: doc.clone() }))
        }
        _ => return Ok(None),
    }))
}

fn stop_iteration(v: Value) -> PyErr {
    let args = if matches!(v, Value::None) { vec![] } else { vec![v] };
    PyErr::with_args(&crate::interp::types().exc("StopIteration"), args)
}
