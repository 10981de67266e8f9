//! `str` methods (`Objects/unicodeobject.c`), on the pure functions of `crate::text`,
//! plus `str.format` (`Objects/stringlib/unicode_format.h`).

use crate::builtins::args::{check_count, take_kwargs};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::{KwArgs, PyStr};
use super::str_format::format_method;
use crate::text;
use crate::value::Value;
use std::rc::Rc;

pub const NAMES: &[&str] = &[
    "join", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex", "count", "startswith", "endswith", "upper",
    "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
    "isidentifier", "isascii", "isprintable", "center", "ljust", "rjust", "zfill", "expandtabs", "partition", "rpartition", "removeprefix", "removesuffix", "format",
    "encode", "maketrans", "translate", "format_map",
];

fn str_arg<'a>(interp: &Interp, v: &'a Value, method: &str, pos: usize) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!("{}() argument {} must be str, not {}", method, pos, interp.type_name(other)))),
    }
}

fn opt_str<'a>(interp: &Interp, v: Option<&'a Value>, method: &str, pos: usize) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => str_arg(interp, v, method, pos).map(Some),
    }
}

fn opt_index(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(interp.to_index(v)?)),
    }
}

fn strs(items: Vec<&str>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

fn fillchar(interp: &Interp, v: Option<&Value>, method: &str) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(s)) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or(' ')),
        Some(Value::Str(_)) => Err(type_error("The fill character must be exactly one character long")),
        Some(other) => Err(type_error(format!("{}() argument 2 must be str, not {}", method, interp.type_name(other)))),
    }
}

pub fn call(interp: &mut Interp, recv: &Rc<PyStr>, name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = recv.as_str();
    match name {
        "join" => {
            check_count("join", args, 1, 1)?;
            let items = interp.collect(&args[0])?;
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                match it {
                    Value::Str(p) => out.push_str(p.as_str()),
                    other => return Err(type_error(format!("sequence item {}: expected str instance, {} found", i, interp.type_name(other)))),
                }
            }
            Ok(Value::str(out))
        }
        "split" | "rsplit" => {
            let kw = take_kwargs(name, kwargs, &["sep", "maxsplit"])?;
            let sep_v = args.first().or(kw[0].as_ref());
            let sep = opt_str(interp, sep_v, name, 1)?;
            let maxsplit = match args.get(1).or(kw[1].as_ref()) {
                Some(v) => interp.to_index(v)?,
                None => -1,
            };
            let parts = if name == "split" { text::split(s, sep, maxsplit)? } else { text::rsplit(s, sep, maxsplit)? };
            Ok(strs(parts))
        }
        "splitlines" => {
            let kw = take_kwargs(name, kwargs, &["keepends"])?;
            let keep = match args.first().or(kw[0].as_ref()) {
                Some(v) => interp.truthy(v)?,
                None => false,
            };
            Ok(strs(text::splitlines(s, keep)))
        }
        "strip" | "lstrip" | "rstrip" => {
            check_count(name, args, 0, 1)?;
            let chars = opt_str(interp, args.first(), name, 1)?;
            let r = match name {
                "strip" => text::strip(s, chars),
                "lstrip" => text::lstrip(s, chars),
                _ => text::rstrip(s, chars),
            };
            Ok(Value::str(r))
        }
        "replace" => {
            check_count("replace", args, 2, 3)?;
            let old = str_arg(interp, &args[0], "replace", 1)?;
            let new = str_arg(interp, &args[1], "replace", 2)?;
            let count = match args.get(2) {
                Some(v) => interp.to_index(v)?,
                None => -1,
            };
            Ok(Value::str(text::replace(s, old, new, count)?))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            check_count(name, args, 1, 3)?;
            let sub = match &args[0] {
                Value::Str(p) => p.as_str().to_string(),
                other => return Err(type_error(format!("must be str, not {}", interp.type_name(other)))),
            };
            let start = opt_index(interp, args.get(1))?;
            let end = opt_index(interp, args.get(2))?;
            Ok(Value::Int(match name {
                "find" => text::find(s, &sub, start, end),
                "rfind" => text::rfind(s, &sub, start, end),
                "index" => text::index(s, &sub, start, end)?,
                "rindex" => text::rindex(s, &sub, start, end)?,
                _ => text::count(s, &sub, start, end),
            }))
        }
        "startswith" | "endswith" => {
            check_count(name, args, 1, 3)?;
            let start = opt_index(interp, args.get(1))?;
            let end = opt_index(interp, args.get(2))?;
            let test = |p: &str| if name == "startswith" { text::startswith(s, p, start, end) } else { text::endswith(s, p, start, end) };
            match &args[0] {
                Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
                Value::Tuple(t) => {
                    for it in &t.items {
                        match it {
                            Value::Str(p) => {
                                if test(p.as_str()) {
                                    return Ok(Value::Bool(true));
                                }
                            }
                            other => return Err(type_error(format!("tuple for {} must only contain str, not {}", name, interp.type_name(other)))),
                        }
                    }
                    Ok(Value::Bool(false))
                }
                other => Err(type_error(format!("{} first arg must be str or a tuple of str, not {}", name, interp.type_name(other)))),
            }
        }
        "upper" => Ok(Value::str(text::upper(s))),
        "lower" => Ok(Value::str(text::lower(s))),
        "title" => Ok(Value::str(text::title(s))),
        "capitalize" => Ok(Value::str(text::capitalize(s))),
        "swapcase" => Ok(Value::str(text::swapcase(s))),
        "casefold" => Ok(Value::str(text::casefold(s))),
        "isdigit" => Ok(Value::Bool(text::isdigit(s))),
        "isdecimal" => Ok(Value::Bool(text::isdecimal(s))),
        "isnumeric" => Ok(Value::Bool(text::isnumeric(s))),
        "isalpha" => Ok(Value::Bool(text::isalpha(s))),
        "isalnum" => Ok(Value::Bool(text::isalnum(s))),
        "isspace" => Ok(Value::Bool(text::isspace(s))),
        "isupper" => Ok(Value::Bool(text::isupper(s))),
        "islower" => Ok(Value::Bool(text::islower(s))),
        "istitle" => Ok(Value::Bool(text::istitle(s))),
        "isidentifier" => Ok(Value::Bool(text::isidentifier(s))),
        "isascii" => Ok(Value::Bool(text::isascii(s))),
        "isprintable" => Ok(Value::Bool(text::isprintable(s))),
        "center" | "ljust" | "rjust" => {
            check_count(name, args, 1, 2)?;
            let width = interp.to_index(&args[0])?;
            let fill = fillchar(interp, args.get(1), name)?;
            Ok(Value::str(match name {
                "center" => text::center(s, width, fill)?,
                "ljust" => text::ljust(s, width, fill)?,
                _ => text::rjust(s, width, fill)?,
            }))
        }
        "zfill" => {
            check_count("zfill", args, 1, 1)?;
            let width = interp.to_index(&args[0])?;
            Ok(Value::str(text::zfill(s, width)?))
        }
        "expandtabs" => {
            let kw = take_kwargs(name, kwargs, &["tabsize"])?;
            let size = match args.first().or(kw[0].as_ref()) {
                Some(v) => interp.to_index(v)?,
                None => 8,
            };
            Ok(Value::str(text::expandtabs(s, size)?))
        }
        "partition" | "rpartition" => {
            check_count(name, args, 1, 1)?;
            let sep = str_arg(interp, &args[0], name, 1)?;
            let (a, b, c) = if name == "partition" { text::partition(s, sep)? } else { text::rpartition(s, sep)? };
            Ok(Value::tuple(vec![Value::str(a), Value::str(b), Value::str(c)]))
        }
        "removeprefix" | "removesuffix" => {
            check_count(name, args, 1, 1)?;
            let a = str_arg(interp, &args[0], name, 1)?;
            Ok(Value::str(if name == "removeprefix" { text::removeprefix(s, a) } else { text::removesuffix(s, a) }))
        }
        "format" => Ok(Value::str(format_method(interp, s, args, kwargs)?)),
        "format_map" => {
            check_count("format_map", args, 1, 1)?;
            let mapping = args[0].clone();
            let keys = match &mapping {
                Value::Dict(d) => d.items(),
                other => {
                    let ks = interp.call_method_regs(&Rc::from("keys"), &[other.clone()])?;
                    let mut pairs = Vec::new();
                    for k in interp.collect(&ks)? {
                        let v = interp.get_item(other, &k)?;
                        pairs.push((k, v));
                    }
                    pairs
                }
            };
            let kw: Vec<(Rc<str>, Value)> = keys.into_iter().filter_map(|(k, v)| k.as_str().map(|s| (Rc::from(s), v))).collect();
            Ok(Value::str(format_method(interp, s, &[], &kw)?))
        }
        "maketrans" => maketrans(interp, args, kwargs),
        "translate" => {
            check_count("translate", args, 1, 1)?;
            let mut out = String::new();
            for c in s.chars() {
                match interp.get_item(&args[0], &Value::Int(c as i64)) {
                    Ok(Value::None) => {}
                    Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?),
                    Ok(Value::Str(t)) => out.push_str(t.as_str()),
                    Ok(_) => return Err(type_error("character mapping must return integer, None or str")),
                    Err(e) if e.matches("LookupError") => out.push(c),
                    Err(e) => return Err(e),
                }
            }
            Ok(Value::str(out))
        }
        "encode" => Err(PyErr::builtin("NotImplementedError", "str.encode is not supported by pyjit yet (no bytes type)")),
        _ => Err(type_error(format!("str has no method {}", name))),
    }
}

/// `str.maketrans(x[, y[, z]])` (`unicode_maketrans_impl`).
pub fn maketrans(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let d = Rc::new(crate::object::PyDict::new());
    match args {
        [Value::Dict(src)] => {
            for (k, v) in src.items() {
                let key = match &k {
                    Value::Int(_) => k.clone(),
                    Value::Str(s) if s.char_len() == 1 => Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64)),
                    Value::Str(_) => return Err(value_error("string keys in translate table must be of length 1")),
                    _ => return Err(type_error("keys in translate table must be strings or integers")),
                };
                interp.dict_set(&d, key, v)?;
            }
        }
        [_] => return Err(type_error("if you give only one argument to maketrans it must be a dict")),
        [Value::Str(x), Value::Str(y)] | [Value::Str(x), Value::Str(y), _] => {
            if x.char_len() != y.char_len() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                interp.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(Value::Str(z)) = args.get(2) {
                for c in z.as_str().chars() {
                    interp.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [] => return Err(type_error("maketrans() takes at least 1 argument (0 given)")),
        _ => return Err(type_error("maketrans() argument must be str")),
    }
    Ok(Value::Dict(d))
}
