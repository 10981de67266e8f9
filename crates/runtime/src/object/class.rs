//! Classes (type objects, built-in and user-defined), instances, exception data, and
//! the descriptor objects `staticmethod`, `classmethod`, `property` and `super`.

use crate::value::Value;
use std::cell::{Cell, RefCell};
use indexmap::IndexMap;
use std::rc::Rc;

/// A type object. Built-in types are `Class`es too (`builtin` names which one).
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself (C3 linearization).
    pub mro: Vec<Rc<Class>>,
    /// The class namespace, in definition order.
    pub dict: RefCell<IndexMap<Rc<str>, Value>>,
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
    /// Instance attributes, until `__dict__` is first requested.
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
    /// The live `__dict__`, once requested; from then on it holds the attributes.
    pub dict: RefCell<Option<Rc<crate::object::PyDict>>>,
    pub exc: Option<Box<ExcData>>,
    /// For a subclass of a built-in type (`class Counts(dict)`), the built-in value
    /// that holds the instance's contents.
    pub base: Option<Value>,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Self {
        let exc = if class.is_exception { Some(Box::default()) } else { None };
        Instance { class, attrs: RefCell::new(Vec::new()), dict: RefCell::new(None), exc, base: None }
    }

    /// An instance of a subclass of a built-in type, backed by `base`.
    pub fn with_base(class: Rc<Class>, base: Value) -> Self {
        Instance { class, attrs: RefCell::new(Vec::new()), dict: RefCell::new(None), exc: None, base: Some(base) }
    }
    /// The instance attribute `name`, if set.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        if let Some(d) = &*self.dict.borrow() {
            let table = d.table.borrow();
            let mut eq = |stored: &Value, _: &Value| -> Result<bool, ()> { Ok(stored.as_str() == Some(name)) };
            return table.get(crate::object::str_hash(name), &Value::None, &mut eq).ok().flatten().cloned();
        }
        self.attrs.borrow().iter().find(|(k, _)| k.as_ref() == name).map(|(_, v)| v.clone())
    }

    /// The live `__dict__`, moving the attributes into it the first time.
    pub fn dict(&self) -> Rc<crate::object::PyDict> {
        if let Some(d) = &*self.dict.borrow() {
            return d.clone();
        }
        let d = Rc::new(crate::object::PyDict::new());
        for (k, v) in self.attrs.borrow_mut().drain(..) {
            let mut eq = |a: &Value, b: &Value| -> Result<bool, ()> { Ok(a.as_str() == b.as_str()) };
            let _ = d.table.borrow_mut().insert(crate::object::str_hash(&k), Value::str(k.as_ref()), v, &mut eq);
        }
        *self.dict.borrow_mut() = Some(d.clone());
        d
    }

    /// Names of the instance attributes, in definition order.
    pub fn attr_names(&self) -> Vec<String> {
        if let Some(d) = &*self.dict.borrow() {
            return d.keys().iter().filter_map(|k| k.as_str().map(|s| s.to_string())).collect();
        }
        self.attrs.borrow().iter().map(|(k, _)| k.to_string()).collect()
    }

    pub fn set_attr(&self, name: Rc<str>, v: Value) {
        if let Some(d) = &*self.dict.borrow() {
            let mut eq = |a: &Value, b: &Value| -> Result<bool, ()> { Ok(a.as_str() == b.as_str()) };
            let _ = d.table.borrow_mut().insert(crate::object::str_hash(&name), Value::str(name.as_ref()), v, &mut eq);
            return;
        }
        let mut attrs = self.attrs.borrow_mut();
        if let Some(slot) = attrs.iter_mut().find(|(k, _)| *k == name) {
            slot.1 = v;
        } else {
            attrs.push((name, v));
        }
    }
    pub fn del_attr(&self, name: &str) -> bool {
        if let Some(d) = &*self.dict.borrow() {
            let mut eq = |stored: &Value, _: &Value| -> Result<bool, ()> { Ok(stored.as_str() == Some(name)) };
            return matches!(d.table.borrow_mut().remove(crate::object::str_hash(name), &Value::None, &mut eq), Ok(Some(_)));
        }
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
