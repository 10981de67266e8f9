//! Callables: Python functions, native (built-in) functions and bound methods.

use crate::interp::Interp;
use crate::object::{Code, Module, PyCell, PyDict};
use crate::value::Value;
use crate::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

/// Keyword arguments of a call, in call order.
pub type KwArgs = [(Rc<str>, Value)];

/// A native function: `(interp, positional args, keyword args) -> result`.
pub type NativeFn = fn(&mut Interp, &[Value], &KwArgs) -> PyResult<Value>;

/// A Python function object (`def` or `lambda`).
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<Module>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    pub kwdefaults: Option<Rc<PyDict>>,
    /// Cells for the code's free variables, in `cellnames` order after its own cells.
    pub closure: Vec<Rc<PyCell>>,
    /// `__dict__` attributes set by user code (e.g. by decorators).
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
    pub doc: RefCell<Value>,
}

impl Function {
    /// True when a positional call with exactly `n` arguments binds them directly to
    /// the first `n` registers (no defaults, `*args`, keyword-only or `**kwargs`).
    #[inline]
    pub fn simple_call(&self, n: usize) -> bool {
        let c = &self.code.raw;
        c.argcount as usize == n && c.kwonlyargcount == 0 && !c.has_varargs && !c.has_varkw
    }
}

/// A function implemented in Rust.
pub struct BuiltinFunction {
    pub name: Rc<str>,
    pub func: NativeFn,
    /// The module or type it belongs to (for `repr`).
    pub owner: Option<Rc<str>>,
}

/// What a bound method calls.
pub enum MethodFunc {
    /// A Python function; the receiver is passed as the first argument.
    Python(Value),
    /// A method of a built-in type, dispatched by name on the receiver.
    Native(Rc<str>),
}

/// A method bound to its receiver (`obj.method`).
pub struct BoundMethod {
    pub receiver: Value,
    pub func: MethodFunc,
}
