//! Classes (type objects, built-in and user-defined), instances, exception data, and
//! the descriptor objects `staticmethod`, `classmethod`, `property` and `super`.

use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// A type object. Built-in types are `Class`es too (`builtin` names which one).
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself (C3 linearization).
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<HashMap<Rc<str>, Value>>,
    /// Which built-in type this class is or derives from (`"int"`, `"ValueError"`, ...).
    pub builtin: &'static str,
    /// Derived from `BaseException`.
    pub is_exception: bool,
    /// Whether instances of this class may get a `__dict__` (user classes).
    pub user_defined: bool,
}

impl Class {
    /// Looks `name` up along the MRO (the class itself first).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(Rc::as_ptr(c), other))
    }
}

/// One traceback line: the code's file and function, and the line number.
#[derive(Clone)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub line: u32,
    /// Source range of the failing instruction (for the caret line).
    pub pos: pyjit_compiler::bytecode::Position,
}

/// The state every exception instance carries.
#[derive(Default)]
pub struct ExcData {
    pub args: RefCell<Vec<Value>>,
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// The "Did you mean" hint computed where a NameError was raised.
    pub suggestion: RefCell<Option<String>>,
}

/// An instance of a user class or of a built-in exception class.
pub struct Instance {
    pub class: Rc<Class>,
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
    pub exc: Option<Box<ExcData>>,
    /// For a subclass of a built-in type (`class Counts(dict)`), the built-in value
    /// that holds the instance's contents.
    pub base: Option<Value>,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Self {
        let exc = if class.is_exception { Some(Box::default()) } else { None };
        Instance { class, attrs: RefCell::new(Vec::new()), exc, base: None }
    }

    /// An instance of a subclass of a built-in type, backed by `base`.
    pub fn with_base(class: Rc<Class>, base: Value) -> Self {
        Instance { class, attrs: RefCell::new(Vec::new()), exc: None, base: Some(base) }
    }
    /// The instance attribute `name`, if set.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        self.attrs.borrow().iter().find(|(k, _)| k.as_ref() == name).map(|(_, v)| v.clone())
    }
    pub fn set_attr(&self, name: Rc<str>, v: Value) {
        let mut attrs = self.attrs.borrow_mut();
        if let Some(slot) = attrs.iter_mut().find(|(k, _)| *k == name) {
            slot.1 = v;
        } else {
            attrs.push((name, v));
        }
    }
    pub fn del_attr(&self, name: &str) -> bool {
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter().position(|(k, _)| k.as_ref() == name) {
            Some(i) => {
                attrs.remove(i);
                true
            }
            None => false,
        }
    }
}

/// Built-in descriptor objects.
pub enum Descriptor {
    StaticMethod(Value),
    ClassMethod(Value),
    Property { fget: Value, fset: Value, fdel: Value, doc: Value },
    /// `super(cls, obj)`: attribute lookup starts after `cls` in `type(obj)`'s MRO.
    Super { cls: Rc<Class>, obj: Value },
}
