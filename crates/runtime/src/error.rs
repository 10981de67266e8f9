//! `PyErr`: a raised Python exception travelling through Rust code.

use crate::exc_kind::{ExcKind, RawError};
use crate::interp::types;
use crate::object::{Class, Instance};
use crate::value::Value;
use std::rc::Rc;

/// A raised exception: always an instance of a `BaseException` subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<Instance>,
}

/// Result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An instance of `class` with `args`.
    pub fn with_args(class: &Rc<Class>, args: Vec<Value>) -> PyErr {
        let inst = Instance::new(class.clone());
        if let Some(e) = &inst.exc {
            *e.args.borrow_mut() = args;
        }
        PyErr { exc: Rc::new(inst) }
    }

    /// An instance of `class` with the single argument `msg`.
    pub fn new(class: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(class, vec![Value::str(msg.into())])
    }

    /// An instance of the built-in exception class `name` (e.g. `"ValueError"`).
    pub fn builtin(name: &str, msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc(name), msg)
    }

    /// The exception as a value.
    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.exc.class
    }

    /// Whether the exception is an instance of the built-in class `name`.
    pub fn matches(&self, name: &str) -> bool {
        self.exc.class.is_subclass(&types().exc(name))
    }

    /// The exception's `args`.
    pub fn args(&self) -> Vec<Value> {
        self.exc.exc.as_ref().map(|e| e.args.borrow().clone()).unwrap_or_default()
    }
}

impl From<RawError> for PyErr {
    fn from(e: RawError) -> PyErr {
        let name = match e.kind {
            ExcKind::TypeError => "TypeError",
            ExcKind::ValueError => "ValueError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::MemoryError => "MemoryError",
        };
        if e.msg.is_empty() {
            return PyErr::with_args(&types().exc(name), vec![]);
        }
        PyErr::builtin(name, e.msg)
    }
}

/// `TypeError(msg)`.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::builtin("TypeError", msg)
}
/// `ValueError(msg)`.
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::builtin("ValueError", msg)
}
/// `IndexError(msg)`.
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::builtin("IndexError", msg)
}
/// `OverflowError(msg)`.
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::builtin("OverflowError", msg)
}
/// `ZeroDivisionError(msg)`.
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::builtin("ZeroDivisionError", msg)
}
/// `AttributeError(msg)`.
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::builtin("AttributeError", msg)
}
/// `KeyError(key)` (the key itself is the argument, as in CPython).
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&types().exc("KeyError"), vec![key])
}
