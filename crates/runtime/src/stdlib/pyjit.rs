//! The `pyjit` module (also importable as `numba`): the `jit`/`njit` decorators.
//! Until the JIT tier lands they return the function unchanged, so Numba-style
//! scripts run unmodified with the same results.

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::{BoundMethod, KwArgs, MethodFunc, Module};
use crate::value::Value;
use std::rc::Rc;

fn jit(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(f @ (Value::Function(_) | Value::Builtin(_))) => Ok(f.clone()),
        _ => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: Value::None, func: MethodFunc::Native(Rc::from("__identity_decorator__")) }))),
    }
}

/// Creates the module under `name` (`pyjit` or `numba`).
pub fn create(name: &str) -> Rc<Module> {
    super::module_with(name, &[("jit", jit), ("njit", jit)])
}
