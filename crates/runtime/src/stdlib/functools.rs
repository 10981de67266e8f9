//! The `functools` module: `reduce`, `wraps`, `lru_cache`/`cache` (as pass-through
//! decorators: same results, no caching), `partial`.

use crate::builtins::args::check_count;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{BoundMethod, KwArgs, MethodFunc, Module, NativeFn};
use crate::value::Value;
use std::rc::Rc;

fn reduce(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("reduce", args, 2, 3)?;
    let it = interp.get_iter(&args[1])?;
    let mut acc = match args.get(2) {
        Some(v) => v.clone(),
        None => match interp.iter_next(&it)? {
            Some(v) => v,
            None => return Err(type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(v) = interp.iter_next(&it)? {
        acc = interp.call(&args[0], &[acc, v], &[])?;
    }
    Ok(acc)
}

fn native_method(receiver: Value, name: &str) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod { receiver, func: MethodFunc::Native(Rc::from(name)) }))
}

fn wraps(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("wraps", args, 1, 1)?;
    Ok(native_method(args[0].clone(), "__wraps_apply__"))
}

fn lru_cache(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(f @ (Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_))) => Ok(f.clone()),
        _ => Ok(native_method(Value::None, "__identity_decorator__")),
    }
}

fn partial(_interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error("type 'partial' takes at least one argument"));
    }
    let kw: Vec<Value> = kwargs.iter().map(|(k, v)| Value::tuple(vec![Value::str(k.as_ref()), v.clone()])).collect();
    let state = Value::tuple(vec![args[0].clone(), Value::tuple(args[1..].to_vec()), Value::tuple(kw)]);
    Ok(native_method(state, "__partial_call__"))
}

/// Every function of the module.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("reduce", reduce), ("wraps", wraps), ("lru_cache", lru_cache), ("cache", lru_cache), ("partial", partial)];

/// Creates the module.
pub fn create() -> Rc<Module> {
    super::module_with("functools", FUNCTIONS)
}
