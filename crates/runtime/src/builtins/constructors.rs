//! Calling a built-in type: `int(x)`, `float(s)`, `list(it)`, `range(n)`,
//! `ValueError(msg)`, `property(f)`, `super(C, self)`, `enumerate(it)`, ...

use super::args::{arg_or_kw, check_count, take_kwargs};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::Interp;
use crate::numeric;
use crate::object::*;
use crate::value::Value;

use std::rc::Rc;

/// Instantiates the built-in class `cls` (`type.__call__` for built-in types).
/// The items of `r` as unboxed ints, when they all fit in 64 bits (both ends do:
/// every item lies between them) and there are fewer than 2**32 of them.
fn range_as_ints(r: &PyRange) -> Option<Vec<i64>> {
    let (start, step) = (i64::try_from(r.start).ok()?, i64::try_from(r.step).ok()?);
    i64::try_from(r.stop).ok()?;
    let len = u32::try_from(r.len()).ok()?;
    // The true item fits in 64 bits, so arithmetic modulo 2**64 gives it exactly.
    Some((0..len as i64).map(|k| start.wrapping_add(k.wrapping_mul(step))).collect())
}

pub fn construct(interp: &mut Interp, cls: &Rc<Class>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if cls.is_exception {
        let inst = Instance::new(cls.clone());
        if let Some(e) = &inst.exc {
            *e.args.borrow_mut() = args.to_vec();
        }
        if !kwargs.is_empty() {
            return Err(type_error(format!("{}() takes no keyword arguments", cls.name)));
        }
        return Ok(Value::Instance(Rc::new(inst)));
    }
    let name = cls.builtin;
    match name {
        "int" => int(interp, args, kwargs),
        "float" => float(interp, args),
        "str" => {
            check_count("str", args, 0, 1)?;
            Ok(match args.first() {
                Some(v) => Value::str(interp.to_str(v)?),
                None => Value::str(""),
            })
        }
        "bool" => {
            check_count("bool", args, 0, 1)?;
            Ok(Value::Bool(match args.first() {
                Some(v) => interp.truthy(v)?,
                None => false,
            }))
        }
        "list" => {
            check_count("list", args, 0, 1)?;
            if let Some(Value::Range(r)) = args.first() {
                if let Some(ints) = range_as_ints(r) {
                    return Ok(Value::List(Rc::new(PyList::from_ints(ints))));
                }
            }
            Ok(Value::list(match args.first() {
                Some(v) => interp.collect(v)?,
                None => Vec::new(),
            }))
        }
        "tuple" => {
            check_count("tuple", args, 0, 1)?;
            Ok(match args.first() {
                Some(Value::Tuple(_)) => args[0].clone(),
                Some(v) => Value::tuple(interp.collect(v)?),
                None => Value::tuple(Vec::new()),
            })
        }
        "dict" => {
            if args.len() > 1 {
                return Err(type_error(format!("dict expected at most 1 argument, got {}", args.len())));
            }
            let d = Rc::new(PyDict::new());
            if let Some(src) = args.first() {
                interp.dict_update_from(&d, src)?;
            }
            for (k, v) in kwargs {
                interp.dict_set(&d, Value::str(k.as_ref()), v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        "set" | "frozenset" => {
            check_count(name, args, 0, 1)?;
            let items = match args.first() {
                Some(v) => interp.collect(v)?,
                None => Vec::new(),
            };
            interp.new_set(items, name == "frozenset")
        }
        "range" => range(interp, args),
        "slice" => {
            check_count("slice", args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
        }
        "object" => {
            if !args.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(Rc::new(Instance::new(cls.clone()))))
        }
        "type" => match args.len() {
            1 => Ok(Value::Class(interp.class_of(&args[0]))),
            _ => Err(type_error("type() takes 1 argument (the 3-argument form is not supported by pyjit yet)")),
        },
        "property" => {
            let kw = take_kwargs("property", kwargs, &["fget", "fset", "fdel", "doc"])?;
            let get = |i: usize| args.get(i).cloned().or(kw[i].clone()).unwrap_or(Value::None);
            Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget: get(0), fset: get(1), fdel: get(2), doc: get(3) })))
        }
        "staticmethod" => {
            check_count("staticmethod", args, 1, 1)?;
            Ok(Value::Descriptor(Rc::new(Descriptor::StaticMethod(args[0].clone()))))
        }
        "classmethod" => {
            check_count("classmethod", args, 1, 1)?;
            Ok(Value::Descriptor(Rc::new(Descriptor::ClassMethod(args[0].clone()))))
        }
        "super" => match args {
            [Value::Class(c), obj] => Ok(Value::Descriptor(Rc::new(Descriptor::Super { cls: c.clone(), obj: obj.clone() }))),
            [] => Err(PyErr::builtin("RuntimeError", "super(): no arguments")),
            _ => Err(type_error("super() argument 1 must be a type")),
        },
        "enumerate" => {
            take_kwargs("enumerate", kwargs, &["iterable", "start"])?;
            let iterable = arg_or_kw(args, 0, kwargs, "iterable").ok_or_else(|| type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
            let start = arg_or_kw(args, 1, kwargs, "start").unwrap_or(Value::Int(0));
            if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(&start))));
            }
            let inner = interp.get_iter(&iterable)?;
            Ok(iterator(IterState::Enumerate { inner, count: start }, "enumerate"))
        }
        "zip" => {
            let kw = take_kwargs("zip", kwargs, &["strict"])?;
            let strict = match &kw[0] {
                Some(v) => interp.truthy(v)?,
                None => false,
            };
            let mut inners = Vec::new();
            for a in args {
                inners.push(interp.get_iter(a).map_err(|_| type_error(format!("'{}' object is not iterable", interp.type_name(a))))?);
            }
            Ok(iterator(IterState::Zip { inners, strict }, "zip"))
        }
        "map" => {
            if args.len() < 2 {
                return Err(type_error("map() must have at least two arguments."));
            }
            let mut inners = Vec::new();
            for a in &args[1..] {
                inners.push(interp.get_iter(a)?);
            }
            Ok(iterator(IterState::Map { func: args[0].clone(), inners }, "map"))
        }
        "filter" => {
            check_count("filter", args, 2, 2)?;
            let inner = interp.get_iter(&args[1])?;
            Ok(iterator(IterState::Filter { func: args[0].clone(), inner }, "filter"))
        }
        "reversed" => {
            check_count("reversed", args, 1, 1)?;
            let v = &args[0];
            let items = match v {
                Value::List(l) => {
                    let n = l.len();
                    return Ok(iterator(IterState::ReversedList { list: v.clone(), index: n }, "list_reverseiterator"));
                }
                Value::Range(r) => {
                    // A range reversed is the range stepping the other way (no list).
                    let len = crate::interp::subscript::range_len(r)? as i128;
                    let (start, step) = (r.start + (len - 1) * r.step, -r.step);
                    let stop = r.start - r.step;
                    let state = match (i64::try_from(start), i64::try_from(stop), i64::try_from(step)) {
                        (Ok(next), Ok(stop), Ok(step)) if len > 0 => IterState::Range { next, stop, step },
                        _ if len == 0 => IterState::Exhausted,
                        _ => IterState::BigRange { next: start, stop, step },
                    };
                    return Ok(iterator(state, "range_iterator"));
                }
                Value::Tuple(_) | Value::Str(_) => interp.collect(v)?,
                Value::Dict(d) => d.keys(),
                Value::Iterator(it) if matches!(&*it.state.borrow(), IterState::View { .. }) => interp.collect(v)?,
                Value::Instance(_) => {
                    if let Some(r) = interp.call_special(v, "__reversed__", &[])? {
                        return Ok(r);
                    }
                    if let Value::Instance(i) = v {
                        if let Some(b) = &i.base {
                            let b = b.clone();
                            return construct(interp, cls, &[b], kwargs);
                        }
                        if i.class.lookup("__len__").is_some() && i.class.lookup("__getitem__").is_some() {
                            interp.collect(v)?
                        } else {
                            return Err(type_error(format!("'{}' object is not reversible", i.class.name)));
                        }
                    } else {
                        Vec::new()
                    }
                }
                _ => return Err(type_error(format!("'{}' object is not reversible", interp.type_name(v)))),
            };
            let n = items.len();
            Ok(iterator(IterState::Reversed { items: Rc::new(items), index: n }, "reversed"))
        }
        _ => Err(type_error(format!("cannot create '{}' instances", cls.name))),
    }
}

fn iterator(state: IterState, name: &'static str) -> Value {
    Value::Iterator(Rc::new(PyIterator::new(state, name)))
}

fn int(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kw = take_kwargs("int", kwargs, &["base"])?;
    if args.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", args.len())));
    }
    let base = args.get(1).cloned().or(kw[0].clone());
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = interp.to_index(&b)?;
        let b = numeric::check_int_base(b)?;
        let Value::Str(s) = x else {
            return Err(type_error("int() can't convert non-string with explicit base"));
        };
        return parse_int_str(interp, s.as_str(), b);
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::from_bigint(numeric::float_to_bigint(*f)?)),
        Value::Str(s) => parse_int_str(interp, s.as_str(), 10),
        Value::Instance(_) => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = interp.call_special(x, m, &[])? {
                    return Ok(r);
                }
            }
            if let Some(b) = crate::interp::attr::instance_base(x) {
                return int(interp, &[b], &[]);
            }
            Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", interp.type_name(x))))
        }
        _ => Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", interp.type_name(x)))),
    }
}

fn parse_int_str(interp: &mut Interp, s: &str, base: u32) -> PyResult<Value> {
    match numeric::parse_int_limited(s, base, interp.max_str_digits)? {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(value_error(format!("invalid literal for int() with base {}: {}", base, crate::text::repr_str(s)))),
    }
}

/// Parses a float literal as `float(str)` does (`PyOS_string_to_double` plus
/// whitespace and underscore rules); `None` if invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(b) => (-1.0, b),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    if body.starts_with(['+', '-']) {
        return None;
    }
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_')) {
        return None;
    }
    if body.contains('_') {
        let b = body.as_bytes();
        for (i, c) in b.iter().enumerate() {
            if *c == b'_' && (i == 0 || i + 1 == b.len() || !b[i - 1].is_ascii_digit() || !b[i + 1].is_ascii_digit()) {
                return None;
            }
        }
    }
    let cleaned: String = body.chars().filter(|c| *c != '_').collect();
    if !cleaned.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|v| sign * v)
}

fn float(interp: &mut Interp, args: &[Value]) -> PyResult<Value> {
    check_count("float", args, 0, 1)?;
    let Some(x) = args.first() else { return Ok(Value::Float(0.0)) };
    Ok(Value::Float(match x {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => numeric::bigint_to_f64(b)?,
        Value::Str(s) => match parse_float(s.as_str()) {
            Some(f) => f,
            None => return Err(value_error(format!("could not convert string to float: {}", crate::text::repr_str(s.as_str())))),
        },
        Value::Instance(_) => {
            if let Some(r) = interp.call_special(x, "__float__", &[])? {
                return Ok(r);
            }
            if let Some(r) = interp.call_special(x, "__index__", &[])? {
                return float(interp, &[r]);
            }
            if let Some(b) = crate::interp::attr::instance_base(x) {
                return float(interp, &[b]);
            }
            return Err(type_error(format!("float() argument must be a string or a real number, not '{}'", interp.type_name(x))));
        }
        _ => return Err(type_error(format!("float() argument must be a string or a real number, not '{}'", interp.type_name(x)))),
    }))
}

fn range_arg(interp: &mut Interp, v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(*b as i128),
        Value::BigInt(b) => match num_traits::ToPrimitive::to_i128(b.as_ref()) {
            Some(x) if x.unsigned_abs() < (1u128 << 100) => Ok(x),
            _ => Err(PyErr::builtin("OverflowError", "range() bounds beyond 2**100 are not supported by pyjit yet")),
        },
        Value::Instance(_) => Ok(interp.to_index(v)? as i128),
        other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(other)))),
    }
}

fn range(interp: &mut Interp, args: &[Value]) -> PyResult<Value> {
    let (start, stop, step) = match args.len() {
        1 => (0, range_arg(interp, &args[0])?, 1),
        2 => (range_arg(interp, &args[0])?, range_arg(interp, &args[1])?, 1),
        3 => (range_arg(interp, &args[0])?, range_arg(interp, &args[1])?, range_arg(interp, &args[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}


/// `object.__new__(cls, *args)` (also `int.__new__(cls, v)` & co via `super()`): a new
/// instance of `cls`, backed by a built-in value for subclasses of built-in types.
pub fn object_new(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if !cls.user_defined {
        return construct(interp, cls, &args[1..], kwargs);
    }
    if cls.is_exception {
        let inst = Instance::new(cls.clone());
        if let Some(e) = &inst.exc {
            *e.args.borrow_mut() = args[1..].to_vec();
        }
        return Ok(Value::Instance(Rc::new(inst)));
    }
    if cls.builtin != "object" {
        let builtin_cls = crate::interp::types().get(cls.builtin);
        let base = if matches!(cls.builtin, "dict" | "list" | "set") { construct(interp, &builtin_cls, &[], &[])? } else { construct(interp, &builtin_cls, &args[1..], &[])? };
        return Ok(Value::Instance(Rc::new(Instance::with_base(cls.clone(), base))));
    }
    Ok(Value::Instance(Rc::new(Instance::new(cls.clone()))))
}
