//! The `builtins` module: functions, types and exception classes.

pub mod args;
pub mod constructors;
mod functions;
mod iteration;
pub mod methods;
mod numbers;
pub mod sort;

use crate::interp::{types, Interp};
use crate::object::{BuiltinFunction, NativeFn};
use crate::value::Value;
use std::rc::Rc;

/// `len(v)` (shared with `__len__`).
pub fn functions_len(interp: &mut Interp, v: &Value) -> crate::error::PyResult<usize> {
    functions::length(interp, v)
}

/// The native function behind the built-in function `name` (`abs`, `len`, ...), so a
/// compiling tier can recognize a `BuiltinFunction` by its `func` pointer.
pub fn builtin_function(name: &str) -> Option<NativeFn> {
    functions::FUNCTIONS.iter().chain(iteration::FUNCTIONS.iter()).chain(numbers::FUNCTIONS.iter()).find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Makes a native function value.
pub fn native(name: &str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction { name: Rc::from(name), func, owner: None }))
}

/// Built-in types that the `builtins` module exposes by name.
const PUBLIC_TYPES: &[&str] = &[
    "object", "type", "int", "bool", "float", "str", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "property", "staticmethod",
    "classmethod", "super", "enumerate", "zip", "map", "filter", "reversed",
];

/// Installs every builtin into `interp.builtins`.
pub fn install(interp: &mut Interp) {
    let b = interp.builtins.clone();
    for (name, cls) in types().all() {
        if cls.is_exception || PUBLIC_TYPES.contains(name) {
            b.set(name, Value::Class(cls.clone()));
        }
    }
    for (name, f) in functions::FUNCTIONS.iter().chain(iteration::FUNCTIONS.iter()).chain(numbers::FUNCTIONS.iter()) {
        b.set(name, native(name, *f));
    }
    b.set("IOError", Value::Class(types().exc("OSError")));
    b.set("EnvironmentError", Value::Class(types().exc("OSError")));
    b.set("None", Value::None);
    b.set("True", Value::Bool(true));
    b.set("False", Value::Bool(false));
    b.set("Ellipsis", Value::Ellipsis);
    b.set("NotImplemented", Value::NotImplemented);
    b.set("__name__", Value::str("builtins"));
    b.set("__debug__", Value::Bool(true));
}
