//! Class creation (`__build_class__`: run the body in a namespace, compute the C3 MRO)
//! and instantiation (`type.__call__`: `__init__`, exception args).

use super::eval::Resume;
use super::frame::{Frame, FrameExit};
use super::Interp;
use crate::error::{type_error, PyResult};
use crate::object::*;
use crate::value::Value;
use std::rc::Rc;

/// Built-in types user classes may derive from (their instances carry a base value).
pub const SUBCLASSABLE: &[&str] = &["object", "dict", "list", "set", "frozenset", "str", "int", "float", "tuple"];

/// C3 linearization of `bases` (each with its own MRO), excluding the new class.
fn c3_merge(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, String> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand))) {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
            return Err(format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", ")));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl Interp {
    /// Executes a class body function and creates the class `name` with `bases`.
    pub fn build_class(&mut self, body: &Value, name: &Rc<str>, bases: Vec<Value>) -> PyResult<Value> {
        let Value::Function(f) = body else { return Err(type_error("__build_class__: func must be a function")) };
        let mut base_classes = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => return Err(type_error(format!("bases must be types, not {}", self.type_name(other)))),
            }
        }
        for b in &base_classes {
            if !b.user_defined && !b.is_exception && !SUBCLASSABLE.contains(&b.builtin) {
                return Err(type_error(format!("type '{}' is not an acceptable base type", b.name)));
            }
        }
        let ns = Rc::new(PyDict::new());
        let mut frame = Frame::new(f.code.clone(), Vec::new(), f.globals.clone(), &f.closure);
        frame.namespace = Some(ns.clone());
        self.enter_call()?;
        let r = self.run_frame(&mut frame, Resume::Start);
        self.depth -= 1;
        let class_cell = match r? {
            FrameExit::Return(Value::Cell(c)) => Some(c),
            _ => None,
        };
        if base_classes.is_empty() {
            base_classes.push(super::types().get("object"));
        }
        let mro = c3_merge(&base_classes).map_err(type_error)?;
        let is_exception = base_classes.iter().any(|b| b.is_exception);
        let builtin = base_classes.iter().find(|b| b.builtin != "object").map(|b| b.builtin).unwrap_or("object");
        let mut dict = indexmap::IndexMap::new();
        let mut qualname: Rc<str> = name.clone();
        let mut module: Rc<str> = Rc::from("__main__");
        for (k, v) in ns.items() {
            let Value::Str(k) = k else { continue };
            match k.as_str() {
                "__qualname__" => qualname = Rc::from(self.to_str(&v)?.as_str()),
                "__module__" => module = Rc::from(self.to_str(&v)?.as_str()),
                _ => {}
            }
            dict.insert(Rc::from(k.as_str()), v);
        }
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::None);
        }
        let cls = Rc::new(Class {
            name: name.clone(),
            qualname,
            module,
            bases: base_classes,
            mro,
            dict: std::cell::RefCell::new(dict),
            builtin,
            is_exception,
            user_defined: true,
        });
        if let Some(c) = class_cell {
            *c.value.borrow_mut() = Value::Class(cls.clone());
        }
        // `type.__new__`'s hooks: `__set_name__` on attribute values, then the
        // parent's `__init_subclass__` (an implicit classmethod).
        let attrs: Vec<(Rc<str>, Value)> = cls.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in attrs {
            if let Value::Instance(i) = &v {
                if i.class.lookup("__set_name__").is_some() {
                    self.require_special(&v, "__set_name__", &[Value::Class(cls.clone()), Value::str(k.as_ref())])?;
                }
            }
        }
        if let Some(hook) = cls.mro.iter().find_map(|c| c.dict.borrow().get("__init_subclass__").cloned()) {
            let f = match &hook {
                Value::Descriptor(d) => match &**d {
                    Descriptor::ClassMethod(f) => f.clone(),
                    _ => hook.clone(),
                },
                _ => hook.clone(),
            };
            self.call(&f, &[Value::Class(cls.clone())], &[])?;
        }
        // `__init_subclass__` and metaclasses are not supported; `__set_name__` neither.
        Ok(Value::Class(cls))
    }

    /// Instantiates a subclass of a built-in type: mutable containers start empty and
    /// are filled by `__init__` (or from the arguments), immutable values are built
    /// from the arguments as their `__new__` does.
    fn instantiate_builtin_subclass(&mut self, cls: &Rc<Class>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        let builtin_cls = super::types().get(cls.builtin);
        let mutable = matches!(cls.builtin, "dict" | "list" | "set");
        let has_init = cls.lookup("__init__").is_some();
        let base = if mutable {
            crate::builtins::constructors::construct(self, &builtin_cls, &[], &[])?
        } else if has_init {
            crate::builtins::constructors::construct(self, &builtin_cls, args, &[])?
        } else {
            crate::builtins::constructors::construct(self, &builtin_cls, args, kwargs)?
        };
        let obj = Value::Instance(Rc::new(Instance::with_base(cls.clone(), base)));
        match cls.lookup("__init__") {
            Some(init) => {
                let mut all = vec![obj.clone()];
                all.extend_from_slice(args);
                self.call(&init, &all, kwargs)?;
            }
            None if mutable => {
                crate::builtins::methods::call_method(self, &obj, "__base_init__", args, kwargs)?;
            }
            None => {}
        }
        Ok(obj)
    }

    /// `cls(*args, **kwargs)`.
    pub fn instantiate(&mut self, cls: &Rc<Class>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        if !cls.user_defined {
            return crate::builtins::constructors::construct(self, cls, args, kwargs);
        }
        if cls.builtin != "object" && !cls.is_exception && cls.lookup("__new__").is_none() {
            return self.instantiate_builtin_subclass(cls, args, kwargs);
        }
        if let Some(new) = cls.lookup("__new__") {
            let mut all = vec![Value::Class(cls.clone())];
            all.extend_from_slice(args);
            let f = match &new {
                Value::Descriptor(d) => match &**d {
                    Descriptor::StaticMethod(g) => g.clone(),
                    _ => new.clone(),
                },
                _ => new.clone(),
            };
            let obj = self.call(&f, &all, kwargs)?;
            if let Value::Instance(i) = &obj {
                if i.class.is_subclass(cls) {
                    if let Some(init) = cls.lookup("__init__") {
                        let mut all = vec![obj.clone()];
                        all.extend_from_slice(args);
                        self.call(&init, &all, kwargs)?;
                    }
                }
            }
            return Ok(obj);
        }
        let inst = Rc::new(Instance::new(cls.clone()));
        if let Some(e) = &inst.exc {
            *e.args.borrow_mut() = args.to_vec();
        }
        let obj = Value::Instance(inst);
        match cls.lookup("__init__") {
            Some(init) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                let r = self.call(&init, &all, kwargs)?;
                if !matches!(r, Value::None) {
                    return Err(type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
                }
            }
            None => {
                if !cls.is_exception && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(type_error(format!("{}() takes no arguments", cls.name)));
                }
            }
        }
        Ok(obj)
    }
}
