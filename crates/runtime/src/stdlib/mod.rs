//! Built-in modules implemented natively.

pub mod functools;
pub mod math;
pub mod operator;
pub mod python_modules;
pub mod pyjit;
pub mod random;
pub mod sys;
pub mod time;

use crate::builtins::native;
use crate::interp::Interp;
use crate::object::{Module, NativeFn};
use std::rc::Rc;

/// A module named `name` holding `functions`.
pub fn module_with(name: &str, functions: &[(&str, NativeFn)]) -> Rc<Module> {
    let m = Rc::new(Module::new(name));
    m.set("__name__", crate::value::Value::str(name));
    for (n, f) in functions {
        m.set(n, native(n, *f));
    }
    m
}

/// Creates the built-in module `name`, or `None` if there is no such module.
pub fn create_module(interp: &mut Interp, name: &str) -> Option<Rc<Module>> {
    Some(match name {
        "math" => math::create(),
        "random" => random::create(),
        "time" => time::create(),
        "sys" => sys::create(interp),
        "functools" => functools::create(),
        "operator" => operator::create(),
        "_pyjit_native" => pyjit::create("_pyjit_native"),
        _ => return None,
    })
}
