//! Raising and matching exceptions, and the context-manager protocol of `with`.

use super::Interp;
use crate::error::{type_error, PyErr, PyResult};
use crate::object::*;
use crate::value::Value;
use std::rc::Rc;

impl Interp {
    /// The exception raised by `raise v`: an instance as is, a class instantiated with
    /// no arguments (`TypeError: exceptions must derive from BaseException` otherwise).
    pub fn make_exception(&mut self, v: &Value) -> PyResult<PyErr> {
        match v {
            Value::Instance(i) if i.class.is_exception => Ok(PyErr { exc: i.clone() }),
            Value::Class(c) if c.is_exception => match self.call(v, &[], &[])? {
                Value::Instance(i) if i.class.is_exception => Ok(PyErr { exc: i }),
                other => Err(type_error(format!("calling {} should have returned an instance of BaseException, not {}", self.repr(v)?, self.type_name(&other)))),
            },
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    /// `except typ:` matching (`PyErr_GivenExceptionMatches`).
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.class_of(exc);
        match typ {
            Value::Class(c) if c.is_exception => Ok(cls.is_subclass(c)),
            Value::Tuple(t) => {
                for ty in t.items.clone() {
                    if self.exception_matches(exc, &ty)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// `with mgr:` entry: returns `(mgr.__enter__(), bound mgr.__exit__)`.
    pub fn with_enter(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let Value::Instance(inst) = mgr else {
            return Err(type_error(format!("'{}' object does not support the context manager protocol", self.type_name(mgr))));
        };
        let (Some(enter), Some(exit)) = (inst.class.lookup("__enter__"), inst.class.lookup("__exit__")) else {
            return Err(type_error(format!("'{}' object does not support the context manager protocol", inst.class.name)));
        };
        let exit = Value::BoundMethod(Rc::new(BoundMethod { receiver: mgr.clone(), func: MethodFunc::Python(exit) }));
        let r = self.call(&enter, &[mgr.clone()], &[])?;
        Ok((r, exit))
    }

    /// Calls `exit(type, value, traceback)`; true if the exception is suppressed.
    pub fn with_exit(&mut self, exit: &Value, exc: Option<Value>) -> PyResult<bool> {
        let args = match &exc {
            Some(e) => vec![Value::Class(self.class_of(e)), e.clone(), Value::None],
            None => vec![Value::None, Value::None, Value::None],
        };
        let r = self.call(exit, &args, &[])?;
        if exc.is_none() {
            return Ok(false);
        }
        self.truthy(&r)
    }
}
