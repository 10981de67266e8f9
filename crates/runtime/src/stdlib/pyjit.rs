//! The native part of the `pyjit` module (also importable as `numba`); the
//! decorators themselves are Python (`py/pyjit.py`). `_request(f, nopython, error)`
//! asks the compiling tier to compile `f` at its first call (`Code::jit_request`).

use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{JitRequest, KwArgs, Module};
use crate::value::Value;
use std::rc::Rc;

fn request(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Function(f)), Some(nopython), Some(Value::Class(error))) = (args.first(), args.get(1), args.get(2)) else {
        let what = args.first().map(|a| interp.type_name(a)).unwrap_or_default();
        return Err(type_error(format!("jit() takes a Python function, not '{}'", what)));
    };
    let nopython = interp.truthy(nopython)?;
    *f.code.jit_request.borrow_mut() = Some(JitRequest { nopython, error: error.clone() });
    // No warm-up: the first call goes to the tier.
    f.code.call_fuel.set(0);
    Ok(Value::None)
}

/// Creates the native part of the module under `name` (`pyjit` or `numba`).
pub fn create(name: &str) -> Rc<Module> {
    super::module_with(name, &[("_request", request)])
}
