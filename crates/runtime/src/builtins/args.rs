//! Argument checking for native functions, with CPython's messages
//! (`Python/getargs.c`'s `PyArg_ParseTupleAndKeywords` and `_PyArg_CheckPositional`).

use crate::error::{type_error, PyResult};
use crate::object::KwArgs;
use crate::value::Value;

/// Checks `min <= args.len() <= max` for a function called `name`.
///
/// Messages: `len() takes exactly one argument (2 given)`,
/// `abs() takes exactly one argument (0 given)`, `divmod expected 2 arguments, got 1`
/// style differs per function in CPython; this uses the `PyArg_UnpackTuple` forms.
pub fn check_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        if min == 1 {
            return Err(type_error(format!("{}() takes exactly one argument ({} given)", name, n)));
        }
        if min == 0 {
            return Err(type_error(format!("{}() takes no arguments ({} given)", name, n)));
        }
        return Err(type_error(format!("{} expected {} arguments, got {}", name, min, n)));
    }
    if n < min {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)));
    }
    Err(type_error(format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)))
}

/// Rejects keyword arguments (`len() takes no keyword arguments`).
pub fn no_kwargs(name: &str, kwargs: &KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{}() takes no keyword arguments", name)))
    }
}

/// Splits keyword arguments by the `allowed` names; an unknown one raises
/// `name() got an unexpected keyword argument 'x'`. Returns values in `allowed` order.
pub fn take_kwargs(name: &str, kwargs: &KwArgs, allowed: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in kwargs {
        match allowed.iter().position(|a| *a == k.as_ref()) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, name))),
        }
    }
    Ok(out)
}

/// The argument at `i`, or the keyword `kw`, or `None`.
pub fn arg_or_kw(args: &[Value], i: usize, kwargs: &KwArgs, kw: &str) -> Option<Value> {
    args.get(i).cloned().or_else(|| kwargs.iter().find(|(k, _)| k.as_ref() == kw).map(|(_, v)| v.clone()))
}
