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

/// A cache wrapper: a bound native `__lru_call__` whose receiver holds
/// `(function, cache dict, maxsize, [hits, misses])`.
pub fn make_cache_wrapper(func: Value, maxsize: Value) -> Value {
    let state = Value::tuple(vec![func, Value::Dict(Rc::new(crate::object::PyDict::new())), maxsize, Value::list(vec![Value::Int(0), Value::Int(0)])]);
    native_method(state, "__lru_call__")
}

fn is_callable(v: &Value) -> bool {
    matches!(v, Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_))
}

fn lru_cache(interp: &mut Interp, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let kwv = crate::builtins::args::take_kwargs("lru_cache", kw, &["maxsize", "typed"])?;
    if let Some(f) = args.first() {
        if is_callable(f) {
            return Ok(make_cache_wrapper(f.clone(), Value::Int(128)));
        }
    }
    let maxsize = args.first().cloned().or(kwv[0].clone()).unwrap_or(Value::Int(128));
    if !matches!(maxsize, Value::None | Value::Int(_) | Value::Bool(_)) {
        return Err(type_error("Expected first argument to be an integer, a callable, or None"));
    }
    let _ = interp;
    Ok(native_method(maxsize, "__lru_decorator__"))
}

fn cache(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("cache", args, 1, 1)?;
    Ok(make_cache_wrapper(args[0].clone(), Value::None))
}

/// Calls a cache wrapper (`functools._lru_cache_wrapper.__call__`).
pub fn cache_call(interp: &mut Interp, state: &Value, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Value::Tuple(t) = state else { return Ok(Value::None) };
    let (func, Value::Dict(store), maxsize, Value::List(stats)) = (&t.items[0], &t.items[1], &t.items[2], &t.items[3]) else { return Ok(Value::None) };
    let mut key_items = args.to_vec();
    if !kw.is_empty() {
        key_items.push(Value::Ellipsis);
        for (k, v) in kw {
            key_items.push(Value::str(k.as_ref()));
            key_items.push(v.clone());
        }
    }
    let key = if key_items.len() == 1 && matches!(key_items[0], Value::Int(_) | Value::Str(_)) { key_items[0].clone() } else { Value::tuple(key_items) };
    let bump = |i: usize| {
        let mut s = stats.items_mut();
        if let Value::Int(n) = s[i] {
            s[i] = Value::Int(n + 1);
        }
    };
    if let Some(v) = interp.dict_get(store, &key)? {
        bump(0);
        if !matches!(maxsize, Value::None) {
            // Most recently used goes last.
            interp.dict_remove(store, &key)?;
            interp.dict_set(store, key, v.clone())?;
        }
        return Ok(v);
    }
    bump(1);
    let v = interp.call(func, args, kw)?;
    if let Value::Int(max) = maxsize {
        if *max <= 0 {
            return Ok(v);
        }
        interp.dict_set(store, key, v.clone())?;
        while store.len() as i64 > *max {
            let oldest = store.table.borrow().iter().next().map(|e| e.key.clone());
            match oldest {
                Some(k) => {
                    interp.dict_remove(store, &k)?;
                }
                None => break,
            }
        }
    } else {
        interp.dict_set(store, key, v.clone())?;
    }
    Ok(v)
}

/// `cache_info()` of a cache wrapper.
pub fn cache_info(interp: &mut Interp, state: &Value) -> Value {
    let Value::Tuple(t) = state else { return Value::None };
    let (Value::Dict(store), Value::List(stats)) = (&t.items[1], &t.items[3]) else { return Value::None };
    let s = stats.items().clone();
    let info = Value::tuple(vec![s[0].clone(), s[1].clone(), t.items[2].clone(), Value::Int(store.len() as i64)]);
    if let Some(p) = info.ptr() {
        interp.struct_fields.insert(p, ("CacheInfo", &["hits", "misses", "maxsize", "currsize"]));
    }
    info
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
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("reduce", reduce), ("wraps", wraps), ("lru_cache", lru_cache), ("cache", cache), ("partial", partial)];

/// Creates the module.
pub fn create() -> Rc<Module> {
    super::module_with("functools", FUNCTIONS)
}
