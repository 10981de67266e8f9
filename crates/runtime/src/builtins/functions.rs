//! Builtin functions about objects in general: `print`, `len`, `repr`, `isinstance`,
//! `getattr`, `id`, `hash`, `iter`, `next`, ... (`Python/bltinmodule.c`).

use super::args::{check_count, no_kwargs, take_kwargs};
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::*;
use crate::value::Value;
use std::rc::Rc;

/// Name and implementation of each function in this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("id", id),
    ("hash", hash),
    ("iter", iter),
    ("next", next),
    ("format", format),
    ("globals", globals),
    ("vars", vars),
    ("dir", dir),
    ("exit", exit),
    ("quit", exit),
    ("eval", eval),
    ("exec", exec),
];

fn print(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let [sep, end, file, flush] = <[Option<Value>; 4]>::try_from(take_kwargs("print", kwargs, &["sep", "end", "file", "flush"])?).unwrap_or_default();
    let text_or = |interp: &mut Interp, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(type_error(format!("{} must be None or a string, not {}", what, interp.type_name(&other)))),
        }
    };
    let sep = text_or(interp, sep, " ", "sep")?;
    let end = text_or(interp, end, "\n", "end")?;
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(match a {
            Value::Str(s) => s.as_str().to_string(),
            Value::Int(n) => n.to_string(),
            other => interp.to_str(other)?,
        });
    }
    let flush = match flush {
        Some(f) => interp.truthy(&f)?,
        None => false,
    };
    let file = match file {
        None | Some(Value::None) => crate::stdlib::sys::current_stdout(interp),
        other => other,
    };
    let is_stream = match &file {
        None => true,
        Some(Value::Module(m)) => m.name.starts_with('<'),
        _ => false,
    };
    if is_stream {
        let mut out = parts.join(&sep);
        out.push_str(&end);
        match &file {
            None => interp.write_stdout(&out)?,
            Some(f) => crate::stdlib::sys::write_to(interp, f, &out)?,
        }
        if flush {
            interp.flush_stdout();
        }
        return Ok(Value::None);
    }
    // A file object gets each piece in its own write call, as CPython does.
    let f = file.unwrap_or(Value::None);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            crate::stdlib::sys::write_to(interp, &f, &sep)?;
        }
        crate::stdlib::sys::write_to(interp, &f, p)?;
    }
    crate::stdlib::sys::write_to(interp, &f, &end)?;
    if flush {
        interp.call_method_regs(&std::rc::Rc::from("flush"), &[f.clone()])?;
    }
    Ok(Value::None)
}

/// `len(v)` as a number (`TypeError: object of type 'int' has no len()`).
pub fn length(interp: &mut Interp, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        Value::Range(r) => crate::interp::subscript::range_len(r)?,
        Value::Class(c) if c.lookup("__class_len__").is_some() => {
            let f = c.lookup("__class_len__").unwrap_or(Value::None);
            let n = interp.call(&f, &[v.clone()], &[])?;
            interp.to_index(&n)? as usize
        }
        Value::Iterator(it) if matches!(&*it.state.borrow(), IterState::View { .. }) => match &*it.state.borrow() {
            IterState::View { dict, .. } => dict.len(),
            _ => 0,
        },
        Value::Instance(_) => match interp.call_special(v, "__len__", &[])? {
            Some(n) => {
                let n = interp.to_index(&n)?;
                if n < 0 {
                    return Err(PyErr::builtin("ValueError", "__len__() should return >= 0"));
                }
                n as usize
            }
            None => match crate::interp::attr::instance_base(v) {
                Some(b) => length(interp, &b)?,
                None => return Err(type_error(format!("object of type '{}' has no len()", interp.type_name(v)))),
            },
        },
        _ => return Err(type_error(format!("object of type '{}' has no len()", interp.type_name(v)))),
    })
}

fn len(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("len", kwargs)?;
    check_count("len", args, 1, 1)?;
    Ok(Value::Int(length(interp, &args[0])? as i64))
}

fn repr(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("repr", kwargs)?;
    check_count("repr", args, 1, 1)?;
    Ok(Value::str(interp.repr(&args[0])?))
}

fn ascii(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("ascii", args, 1, 1)?;
    Ok(Value::str(crate::format::ascii_escape(&interp.repr(&args[0])?)))
}

fn class_matches(interp: &mut Interp, cls: &Rc<Class>, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => Ok(cls.is_subclass(c) || (c.builtin == "int" && !c.user_defined && cls.builtin == "bool")),
        Value::Tuple(t) => {
            for s in t.items.clone() {
                if class_matches(interp, cls, &s, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!("{}() arg 2 must be a type, a tuple of types, or a union", fname))),
    }
}

fn isinstance(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("isinstance", args, 2, 2)?;
    let cls = interp.class_of(&args[0]);
    Ok(Value::Bool(class_matches(interp, &cls, &args[1], "isinstance")?))
}

fn issubclass(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("issubclass", args, 2, 2)?;
    let Value::Class(cls) = &args[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(interp, cls, &args[1], "issubclass")?))
}

fn callable(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("callable", args, 1, 1)?;
    Ok(Value::Bool(match &args[0] {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => {
            let _ = interp;
            false
        }
    }))
}

fn attr_name(interp: &Interp, v: &Value, fname: &str) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(Rc::from(s.as_str())),
        other => {
            let _ = fname;
            Err(type_error(format!("attribute name must be string, not '{}'", interp.type_name(other))))
        }
    }
}

fn getattr(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("getattr", args, 2, 3)?;
    let name = attr_name(interp, &args[1], "getattr")?;
    match interp.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && e.matches("AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("setattr", args, 3, 3)?;
    let name = attr_name(interp, &args[1], "setattr")?;
    interp.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("hasattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "hasattr")?;
    match interp.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.matches("AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("delattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "delattr")?;
    interp.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn id(_interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("id", args, 1, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::Int(i) => 0x1000_0000 + (*i & 0xffff_ffff) * 32,
        Value::Bool(b) => 0x2000 + *b as i64,
        Value::None => 0x1000,
        Value::Float(f) => (f.to_bits() >> 4) as i64,
        other => other.ptr().unwrap_or(0) as i64,
    }))
}

fn hash(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("hash", args, 1, 1)?;
    Ok(Value::Int(interp.hash(&args[0])?))
}

fn iter(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(Value::Iterator(Rc::new(PyIterator::new(IterState::Callable { func: args[0].clone(), sentinel: args[1].clone() }, "callable_iterator"))));
    }
    interp.get_iter(&args[0])
}

fn next(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("next", args, 1, 2)?;
    let it = &args[0];
    if !matches!(it, Value::Iterator(_) | Value::Generator(_) | Value::Instance(_)) {
        return Err(type_error(format!("'{}' object is not an iterator", interp.type_name(it))));
    }
    match interp.iter_next_with_value(it)? {
        Ok(v) => Ok(v),
        Err(ret) => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let args = if matches!(ret, Value::None) { vec![] } else { vec![ret] };
                Err(PyErr::with_args(&crate::interp::types().exc("StopIteration"), args))
            }
        },
    }
}

fn format(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(type_error(format!("format() argument 2 must be str, not {}", interp.type_name(other)))),
        None => String::new(),
    };
    Ok(Value::str(interp.format(&args[0], &spec)?))
}

fn module_dict(interp: &mut Interp, m: &Module) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    for (k, v) in m.items() {
        interp.dict_set(&d, Value::str(k.as_ref()), v)?;
    }
    Ok(Value::Dict(d))
}

fn globals(interp: &mut Interp, _args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let m = interp.main.clone();
    module_dict(interp, &m)
}

fn vars(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("vars", args, 0, 1)?;
    match args.first() {
        None => globals(interp, &[], &[]),
        Some(v) => interp.get_attr(v, &Rc::from("__dict__")).map_err(|_| type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("dir", args, 0, 1)?;
    let mut names: Vec<String> = match args.first() {
        None => interp.main.items().into_iter().map(|(k, _)| k.to_string()).collect(),
        Some(Value::Module(m)) => m.items().into_iter().map(|(k, _)| k.to_string()).collect(),
        Some(Value::Instance(i)) => {
            let mut n: Vec<String> = i.attr_names();
            n.extend(i.class.dict.borrow().keys().map(|k| k.to_string()));
            for c in &i.class.mro {
                n.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
            n
        }
        Some(Value::Class(c)) => {
            let mut n: Vec<String> = c.dict.borrow().keys().map(|k| k.to_string()).collect();
            for b in &c.mro {
                n.extend(b.dict.borrow().keys().map(|k| k.to_string()));
            }
            n
        }
        Some(v) => {
            let t = interp.type_name(v);
            crate::builtins::methods::method_names(&t).iter().map(|s| s.to_string()).collect()
        }
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn exit(_interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    Err(PyErr::with_args(&crate::interp::types().exc("SystemExit"), args.to_vec()))
}

/// Runs a string of code for `eval`/`exec` in `globals` (a dict), or in `__main__`.
/// Locals are the globals (function locals are not visible to the code).
fn run_string(interp: &mut Interp, args: &[Value], fname: &str, expression: bool) -> PyResult<Value> {
    check_count(fname, args, 1, 3)?;
    let Value::Str(src) = &args[0] else {
        return Err(type_error(format!("{}() arg 1 must be a string, bytes or code object", fname)));
    };
    let compiled = if expression { pyjit_compiler::compile_expression(src.as_str(), "<string>") } else { pyjit_compiler::compile_source(src.as_str(), "<string>") };
    let raw = match compiled {
        Ok(c) => c,
        Err(e) => {
            let class = match e.kind {
                pyjit_compiler::CompileErrorKind::IndentationError => "IndentationError",
                pyjit_compiler::CompileErrorKind::SyntaxError => "SyntaxError",
                pyjit_compiler::CompileErrorKind::Unsupported => "NotImplementedError",
            };
            return Err(PyErr::builtin(class, format!("{} (<string>, line {})", e.msg, e.line)));
        }
    };
    let namespace = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => return Err(type_error(format!("{}() globals must be a dict, not {}", fname, interp.type_name(other)))),
    };
    let module = match &namespace {
        None => interp.main.clone(),
        Some(d) => {
            let m = Rc::new(Module::new("__main__"));
            for (k, v) in d.items() {
                if let Value::Str(k) = k {
                    m.set(k.as_str(), v);
                }
            }
            m
        }
    };
    let code = Code::new(raw);
    let mut frame = crate::interp::Frame::new(code, Vec::new(), module.clone(), &[]);
    interp.enter_call()?;
    let r = interp.run_frame(&mut frame, crate::interp::Resume::Start);
    interp.depth -= 1;
    if let Some(d) = &namespace {
        for (k, v) in module.items() {
            interp.dict_set(d, Value::str(k.as_ref()), v)?;
        }
    }
    match r? {
        crate::interp::FrameExit::Return(v) if expression => Ok(v),
        _ => Ok(Value::None),
    }
}

fn eval(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    run_string(interp, args, "eval", true)
}

fn exec(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    run_string(interp, args, "exec", false)
}
