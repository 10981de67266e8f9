//! The `sys` module: `argv`, `exit`, the standard streams, recursion limit, limits.

use crate::builtins::args::check_count;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::{KwArgs, Module, NativeFn};
use crate::value::Value;
use std::io::Write;
use std::rc::Rc;

/// Writes `text` to a file-like object: the pyjit standard streams, or anything
/// with a `write` method.
pub fn write_to(interp: &mut Interp, file: &Value, text: &str) -> PyResult<()> {
    if let Value::Module(m) = file {
        match m.name.as_ref() {
            "<stdout>" => return interp.write_stdout(text),
            "<stderr>" => {
                interp.flush_stdout();
                let _ = std::io::stderr().write_all(text.as_bytes());
                return Ok(());
            }
            _ => {}
        }
    }
    interp.call_method_regs(&Rc::from("write"), &[file.clone(), Value::str(text)])?;
    Ok(())
}

/// `sys.stdout` when a program replaced it (`None` while it is pyjit's own stream).
pub fn current_stdout(interp: &mut Interp) -> Option<Value> {
    let Some(Value::Module(sys)) = interp.modules.get("sys") else { return None };
    match sys.get("stdout") {
        Some(Value::Module(m)) if m.name.as_ref() == "<stdout>" => None,
        other => other,
    }
}

fn text_arg(interp: &Interp, args: &[Value]) -> PyResult<String> {
    check_count("write", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!("write() argument must be str, not {}", interp.type_name(other)))),
    }
}

fn stdout_write(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = text_arg(interp, args)?;
    interp.write_stdout(&s)?;
    Ok(Value::Int(s.chars().count() as i64))
}
fn stdout_flush(interp: &mut Interp, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    interp.flush_stdout();
    Ok(Value::None)
}
fn stderr_write(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = text_arg(interp, args)?;
    interp.flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
    Ok(Value::Int(s.chars().count() as i64))
}
fn stderr_flush(_interp: &mut Interp, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let _ = std::io::stderr().flush();
    Ok(Value::None)
}

fn exit(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("exit", args, 0, 1)?;
    Err(PyErr::with_args(&crate::interp::types().exc("SystemExit"), args.to_vec()))
}

fn exc_info(interp: &mut Interp, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(match interp.handling.last().cloned() {
        Some(e) => Value::tuple(vec![Value::Class(interp.class_of(&e)), e, Value::None]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn getrecursionlimit(interp: &mut Interp, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit as i64))
}

fn setrecursionlimit(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("setrecursionlimit", args, 1, 1)?;
    let n = match &args[0] {
        Value::Int(i) => *i,
        other => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(other)))),
    };
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    interp.recursion_limit = n as usize;
    Ok(Value::None)
}

fn get_int_max_str_digits(interp: &mut Interp, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.max_str_digits as i64))
}

fn set_int_max_str_digits(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("set_int_max_str_digits", args, 1, 1)?;
    let n = interp.to_index(&args[0])?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    interp.max_str_digits = n as usize;
    crate::format::INT_MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

fn stream(name: &str, write: NativeFn, flush: NativeFn) -> Value {
    let m = super::module_with(name, &[("write", write), ("flush", flush)]);
    Value::Module(m)
}

fn float_info() -> Value {
    let m = Rc::new(Module::new("sys.float_info"));
    m.set("max", Value::Float(f64::MAX));
    m.set("min", Value::Float(f64::MIN_POSITIVE));
    m.set("epsilon", Value::Float(f64::EPSILON));
    m.set("dig", Value::Int(15));
    m.set("mant_dig", Value::Int(53));
    m.set("max_exp", Value::Int(1024));
    m.set("min_exp", Value::Int(-1021));
    m.set("max_10_exp", Value::Int(308));
    m.set("min_10_exp", Value::Int(-307));
    m.set("radix", Value::Int(2));
    m.set("rounds", Value::Int(1));
    Value::Module(m)
}

/// Creates the module for `interp` (its `argv`).
pub fn create(interp: &mut Interp) -> Rc<Module> {
    let m = super::module_with(
        "sys",
        &[
            ("exit", exit),
            ("exc_info", exc_info),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
        ],
    );
    m.set("argv", Value::list(interp.argv.iter().map(|a| Value::str(a.as_str())).collect()));
    m.set("stdout", stream("<stdout>", stdout_write, stdout_flush));
    m.set("stderr", stream("<stderr>", stderr_write, stderr_flush));
    m.set("maxsize", Value::Int(i64::MAX));
    let vi = Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]);
    if let Some(p) = vi.ptr() {
        interp.struct_fields.insert(p, ("sys.version_info", &["major", "minor", "micro", "releaselevel", "serial"]));
    }
    m.set("version_info", vi);
    m.set("version", Value::str("3.11.7 (pyjit)"));
    m.set("platform", Value::str("linux"));
    m.set("byteorder", Value::str("little"));
    m.set("implementation", Value::str("pyjit"));
    m.set("float_info", float_info());
    m.set("path", Value::list(Vec::new()));
    m
}
