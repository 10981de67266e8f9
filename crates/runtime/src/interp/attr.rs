//! Attribute access (`PyObject_GetAttr`, `PyObject_SetAttr`), method calls without
//! bound-method objects, and lookups of special methods on a value's class.

use super::Interp;
use crate::error::{attribute_error, type_error, PyErr, PyResult};
use crate::object::*;
use crate::value::Value;
use std::rc::Rc;

impl Interp {
    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Value> {
        self.get_attr_inner(obj, name).map_err(|e| attach_attr_error(e, obj, name))
    }

    fn get_attr_inner(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(cls) => self.class_getattr(cls, name),
            Value::Module(m) => match m.get(name) {
                Some(v) => Ok(v),
                None if name.as_ref() == "__name__" => Ok(Value::str(m.name.as_ref())),
                None if name.as_ref() == "__dict__" => {
                    let d = Rc::new(PyDict::new());
                    for (k, v) in m.items() {
                        self.dict_set(&d, Value::str(k.as_ref()), v)?;
                    }
                    Ok(Value::Dict(d))
                }
                None => Err(attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))),
            },
            Value::Function(f) => match name.as_ref() {
                "__name__" => Ok(Value::str(f.name.borrow().as_ref())),
                "__qualname__" => Ok(Value::str(f.qualname.borrow().as_ref())),
                "__doc__" => Ok(f.doc.borrow().clone()),
                "__module__" => Ok(f.globals.get("__name__").unwrap_or(Value::None)),
                "__defaults__" => Ok(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) }),
                "__kwdefaults__" => Ok(f.kwdefaults.clone().map(Value::Dict).unwrap_or(Value::None)),
                "__dict__" => {
                    let d = Rc::new(PyDict::new());
                    for (k, v) in f.attrs.borrow().clone() {
                        self.dict_set(&d, Value::str(k.as_ref()), v)?;
                    }
                    Ok(Value::Dict(d))
                }
                _ => f
                    .attrs
                    .borrow()
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| attribute_error(format!("'function' object has no attribute '{}'", name))),
            },
            Value::BoundMethod(m) if matches!(&m.func, MethodFunc::Native(n) if n.as_ref() == "__lru_call__") => {
                let state = m.receiver.clone();
                let Value::Tuple(t) = &state else { return Err(attribute_error("bad cache wrapper")) };
                match name.as_ref() {
                    "cache_info" => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: state.clone(), func: MethodFunc::Native(Rc::from("__lru_cache_info__")) }))),
                    "cache_clear" => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: state.clone(), func: MethodFunc::Native(Rc::from("__lru_cache_clear__")) }))),
                    "__wrapped__" => Ok(t.items[0].clone()),
                    _ => {
                        let f = t.items[0].clone();
                        self.get_attr(&f, name)
                    }
                }
            }
            Value::BoundMethod(m) => match name.as_ref() {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => match &m.func {
                    MethodFunc::Python(f) => Ok(f.clone()),
                    MethodFunc::Native(_) => Err(attribute_error("'builtin_function_or_method' object has no attribute '__func__'")),
                },
                "__name__" => Ok(Value::str(match &m.func {
                    MethodFunc::Python(Value::Function(f)) => f.name.borrow().to_string(),
                    MethodFunc::Native(n) => n.to_string(),
                    _ => String::new(),
                })),
                _ => match &m.func {
                    MethodFunc::Python(f) => {
                        let f = f.clone();
                        self.get_attr(&f, name)
                    }
                    MethodFunc::Native(_) => Err(attribute_error(format!("'builtin_function_or_method' object has no attribute '{}'", name))),
                },
            },
            Value::Builtin(b) => match name.as_ref() {
                "__name__" | "__qualname__" => Ok(Value::str(b.name.as_ref())),
                "__doc__" => Ok(Value::None),
                _ => Err(attribute_error(format!("'builtin_function_or_method' object has no attribute '{}'", name))),
            },
            Value::Descriptor(d) => match &**d {
                Descriptor::Super { cls, obj: recv } => self.super_getattr(cls, recv, name),
                Descriptor::Property { fget, .. } if name.as_ref() == "fget" => Ok(fget.clone()),
                Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f) if name.as_ref() == "__func__" => Ok(f.clone()),
                _ => self.builtin_value_attr(obj, name),
            },
            Value::Generator(g) => match name.as_ref() {
                "__name__" => Ok(Value::str(g.name.as_ref())),
                "__qualname__" => Ok(Value::str(g.qualname.as_ref())),
                _ => self.builtin_value_attr(obj, name),
            },
            _ => self.builtin_value_attr(obj, name),
        }
    }

    /// Attributes of built-in values: methods become bound native methods, plus the
    /// data attributes of numbers, ranges and slices.
    fn builtin_value_attr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Value> {
        let data = match (obj, name.as_ref()) {
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => obj.clone(),
            }),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Range(r), "start") => Some(int_from_i128(r.start)),
            (Value::Range(r), "stop") => Some(int_from_i128(r.stop)),
            (Value::Range(r), "step") => Some(int_from_i128(r.step)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (_, "__class__") => Some(Value::Class(self.class_of(obj))),
            (_, "__doc__") => Some(Value::None),
            _ => None,
        };
        if let Some(v) = data {
            return Ok(v);
        }
        if let (Value::Tuple(t), Some(p)) = (obj, obj.ptr()) {
            if let Some((_, fields)) = self.struct_fields.get(&p) {
                if let Some(i) = fields.iter().position(|f| *f == name.as_ref()) {
                    return Ok(t.items[i].clone());
                }
            }
        }
        let tname = self.type_name(obj);
        if crate::builtins::methods::has_method(&tname, name) {
            return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(name.clone()) })));
        }
        Err(attribute_error(format!("'{}' object has no attribute '{}'", tname, name)))
    }

    fn bind(&self, attr: Value, receiver: &Value, cls: &Rc<Class>) -> Value {
        match &attr {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod { receiver: receiver.clone(), func: MethodFunc::Python(attr) })),
            Value::Descriptor(d) => match &**d {
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod { receiver: Value::Class(cls.clone()), func: MethodFunc::Python(f.clone()) })),
                _ => attr,
            },
            _ => attr,
        }
    }

    fn instance_getattr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &Rc<str>) -> PyResult<Value> {
        let cls = inst.class.clone();
        let class_attr = cls.lookup(name);
        if let Some(Value::Descriptor(d)) = &class_attr {
            if let Descriptor::Property { fget, .. } = &**d {
                if matches!(fget, Value::None) {
                    return Err(attribute_error(format!("property '{}' of '{}' object has no getter", name, cls.name)));
                }
                let f = fget.clone();
                return match self.call(&f, &[obj.clone()], &[]) {
                    Err(e) if e.matches("AttributeError") && cls.lookup("__getattr__").is_some() => {
                        let ga = cls.lookup("__getattr__").unwrap_or(Value::None);
                        self.call(&ga, &[obj.clone(), Value::str(name.as_ref())], &[])
                    }
                    r => r,
                };
            }
        }
        // A user data descriptor (`__set__` or `__delete__` with `__get__`) wins over the
        // instance's own attribute; a non-data descriptor only over the class lookup.
        if let Some(Value::Instance(d)) = &class_attr {
            if d.class.lookup("__get__").is_some() && (d.class.lookup("__set__").is_some() || d.class.lookup("__delete__").is_some()) {
                let desc = class_attr.clone().unwrap_or(Value::None);
                return self.require_special(&desc, "__get__", &[obj.clone(), Value::Class(cls.clone())]);
            }
        }
        if let Some(v) = inst.get_attr(name) {
            return Ok(v);
        }
        if let Some(Value::Instance(d)) = &class_attr {
            if d.class.lookup("__get__").is_some() {
                let desc = class_attr.clone().unwrap_or(Value::None);
                return self.require_special(&desc, "__get__", &[obj.clone(), Value::Class(cls.clone())]);
            }
        }
        if let Some(a) = class_attr {
            return Ok(self.bind(a, obj, &cls));
        }
        if let Some(exc) = &inst.exc {
            match name.as_ref() {
                "args" => return Ok(Value::tuple(exc.args.borrow().clone())),
                "__cause__" => return Ok(exc.cause.borrow().clone().unwrap_or(Value::None)),
                "__context__" => return Ok(exc.context.borrow().clone().unwrap_or(Value::None)),
                "__suppress_context__" => return Ok(Value::Bool(exc.suppress_context.get())),
                "__traceback__" => return Ok(Value::None),
                "value" if cls.is_subclass(&super::types().exc("StopIteration")) => {
                    return Ok(exc.args.borrow().first().cloned().unwrap_or(Value::None));
                }
                "code" if cls.is_subclass(&super::types().exc("SystemExit")) => {
                    let args = exc.args.borrow();
                    return Ok(match args.len() {
                        0 => Value::None,
                        1 => args[0].clone(),
                        _ => Value::tuple(args.clone()),
                    });
                }
                _ => {}
            }
        }
        match name.as_ref() {
            "__class__" => return Ok(Value::Class(cls)),
            "__dict__" => return Ok(Value::Dict(inst.dict())),
            _ => {}
        }
        if let Some(base) = &inst.base {
            let tname = self.type_name(base);
            if crate::builtins::methods::has_method(&tname, name) {
                return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: base.clone(), func: MethodFunc::Native(name.clone()) })));
            }
        }
        if let Some(ga) = cls.lookup("__getattr__") {
            return self.call(&ga, &[obj.clone(), Value::str(name.as_ref())], &[]);
        }
        Err(attribute_error(format!("'{}' object has no attribute '{}'", cls.name, name)))
    }

    fn class_getattr(&mut self, cls: &Rc<Class>, name: &Rc<str>) -> PyResult<Value> {
        if let Some(v) = cls.lookup(name) {
            if let Value::Instance(d) = &v {
                if d.class.lookup("__get__").is_some() {
                    return self.require_special(&v, "__get__", &[Value::None, Value::Class(cls.clone())]);
                }
            }
            return Ok(match &v {
                Value::Descriptor(d) => match &**d {
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod { receiver: Value::Class(cls.clone()), func: MethodFunc::Python(f.clone()) })),
                    _ => v,
                },
                _ => v,
            });
        }
        match name.as_ref() {
            "__name__" => return Ok(Value::str(cls.name.as_ref())),
            "__qualname__" => return Ok(Value::str(cls.qualname.as_ref())),
            "__module__" => return Ok(Value::str(cls.module.as_ref())),
            "__doc__" => return Ok(Value::None),
            "__bases__" => {
                let bases = cls.bases.iter().map(|b| Value::Class(b.clone())).collect();
                return Ok(Value::tuple(bases));
            }
            "__mro__" => {
                let mut v = vec![Value::Class(cls.clone())];
                v.extend(cls.mro.iter().map(|c| Value::Class(c.clone())));
                return Ok(Value::tuple(v));
            }
            "__class__" => return Ok(Value::Class(super::types().get("type"))),
            "__dict__" => {
                let d = Rc::new(PyDict::new());
                let items: Vec<(Rc<str>, Value)> = cls.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                for (k, v) in items {
                    self.dict_set(&d, Value::str(k.as_ref()), v)?;
                }
                return Ok(Value::Dict(d));
            }
            _ => {}
        }
        if !cls.user_defined {
            let native = match (cls.is_exception, cls.builtin, name.as_ref()) {
                (true, _, "__str__") => Some("__exc_str__"),
                (true, _, "__repr__") => Some("__exc_repr__"),
                (true, _, "__init__") => Some("__exc_init__"),
                (false, "object", "__init__") => Some("__object_init__"),
                (false, "object", "__setattr__") => Some("__object_setattr__"),
                (false, "object", "__repr__") => Some("__object_repr__"),
                (false, "object", "__str__") => Some("__object_str__"),
                (false, "object", "__eq__") => Some("__object_eq__"),
                (false, "object", "__hash__") => Some("__object_hash__"),
                _ => None,
            };
            if let Some(n) = native {
                return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: Value::Undefined, func: MethodFunc::Native(Rc::from(n)) })));
            }
        }
        if !cls.user_defined && name.as_ref() == "__new__" {
            return Ok(crate::builtins::native("__new__", crate::builtins::constructors::object_new));
        }
        if cls.builtin == "str" && !cls.user_defined && name.as_ref() == "maketrans" {
            return Ok(crate::builtins::native("maketrans", crate::builtins::methods::str_maketrans));
        }
        if cls.builtin == "dict" && !cls.user_defined && name.as_ref() == "fromkeys" {
            return Ok(crate::builtins::native("fromkeys", crate::builtins::methods::dict_fromkeys));
        }
        // Methods of built-in types, unbound (`str.upper`).
        let builtin = cls.builtin;
        if crate::builtins::methods::has_method(builtin, name) {
            return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: Value::Undefined, func: MethodFunc::Native(name.clone()) })));
        }
        Err(attribute_error(format!("type object '{}' has no attribute '{}'", cls.name, name)))
    }

    fn super_getattr(&mut self, cls: &Rc<Class>, obj: &Value, name: &Rc<str>) -> PyResult<Value> {
        let start = match obj {
            Value::Class(c) => c.clone(),
            other => self.class_of(other),
        };
        let mut chain = vec![start.clone()];
        chain.extend(start.mro.iter().cloned());
        let pos = chain.iter().position(|c| Rc::ptr_eq(c, cls)).map(|p| p + 1).unwrap_or(chain.len());
        for c in &chain[pos..] {
            let found = c.dict.borrow().get(name.as_ref()).cloned();
            if let Some(v) = found {
                return Ok(match obj {
                    Value::Class(_) => match &v {
                        Value::Descriptor(d) => match &**d {
                            Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Python(f.clone()) })),
                            Descriptor::StaticMethod(f) => f.clone(),
                            _ => v,
                        },
                        _ => v,
                    },
                    _ => match &v {
                        Value::Descriptor(d) if matches!(**d, Descriptor::Property { .. }) => {
                            if let Descriptor::Property { fget, .. } = &**d {
                                let f = fget.clone();
                                return self.call(&f, &[obj.clone()], &[]);
                            }
                            v
                        }
                        _ => self.bind(v, obj, &start),
                    },
                });
            }
            // Built-in bases: `super().__init__(...)` of an exception or object.
            if c.is_exception && !c.user_defined && matches!(name.as_ref(), "__str__" | "__repr__") {
                let native = if name.as_ref() == "__str__" { "__exc_str__" } else { "__exc_repr__" };
                return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from(native)) })));
            }
            if c.builtin != "object" && !c.user_defined && name.as_ref() == "__init__" {
                if c.is_exception {
                    return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from("__exc_init__")) })));
                }
                return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from("__base_init__")) })));
            }
            // Other methods of a built-in base act on the instance's base value.
            if c.builtin != "object" && !c.user_defined && !c.is_exception {
                if let Some(base) = instance_base(obj) {
                    let tname = self.type_name(&base);
                    if crate::builtins::methods::has_method(&tname, name) {
                        return Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: base, func: MethodFunc::Native(name.clone()) })));
                    }
                }
            }
        }
        match name.as_ref() {
            "__new__" => Ok(crate::builtins::native("__new__", crate::builtins::constructors::object_new)),
            "__init__" => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from("__object_init__")) }))),
            "__repr__" | "__str__" => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from(if name.as_ref() == "__repr__" { "__object_repr__" } else { "__object_str__" })) }))),
            "__eq__" => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from("__object_eq__")) }))),
            "__hash__" => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from("__object_hash__")) }))),
            "__setattr__" => Ok(Value::BoundMethod(Rc::new(BoundMethod { receiver: obj.clone(), func: MethodFunc::Native(Rc::from("__object_setattr__")) }))),
            _ => Err(attribute_error(format!("'super' object has no attribute '{}'", name))),
        }
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<str>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(desc) = inst.class.lookup(name) {
                    if matches!(&desc, Value::Instance(d) if d.class.lookup("__set__").is_some()) {
                        self.require_special(&desc, "__set__", &[obj.clone(), v])?;
                        return Ok(());
                    }
                }
                if let Some(slots) = slots_of(&inst.class) {
                    if !slots.iter().any(|s| s.as_ref() == name.as_ref()) && inst.class.lookup("__setattr__").is_none() {
                        return Err(attribute_error(format!("'{}' object has no attribute '{}'", inst.class.name, name)));
                    }
                }
                if let Some(Value::Descriptor(d)) = inst.class.lookup(name) {
                    if let Descriptor::Property { fset, .. } = &*d {
                        if matches!(fset, Value::None) {
                            return Err(attribute_error(format!("property '{}' of '{}' object has no setter", name, inst.class.name)));
                        }
                        let f = fset.clone();
                        self.call(&f, &[obj.clone(), v], &[])?;
                        return Ok(());
                    }
                }
                if let Some(sa) = inst.class.lookup("__setattr__") {
                    if let Value::Function(_) = sa {
                        self.call(&sa, &[obj.clone(), Value::str(name.as_ref()), v], &[])?;
                        return Ok(());
                    }
                }
                if let Some(exc) = &inst.exc {
                    match name.as_ref() {
                        "__cause__" => {
                            *exc.cause.borrow_mut() = if matches!(v, Value::None) { None } else { Some(v) };
                            exc.suppress_context.set(true);
                            return Ok(());
                        }
                        "__context__" => {
                            *exc.context.borrow_mut() = if matches!(v, Value::None) { None } else { Some(v) };
                            return Ok(());
                        }
                        "args" => {
                            *exc.args.borrow_mut() = self.collect(&v)?;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                inst.set_attr(name.clone(), v);
                Ok(())
            }
            Value::Class(cls) if cls.user_defined => {
                cls.dict.borrow_mut().insert(name.clone(), v);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_ref() {
                    "__name__" => *f.name.borrow_mut() = Rc::from(self.to_str(&v)?.as_str()),
                    "__qualname__" => *f.qualname.borrow_mut() = Rc::from(self.to_str(&v)?.as_str()),
                    "__doc__" => *f.doc.borrow_mut() = v,
                    _ => {
                        let mut attrs = f.attrs.borrow_mut();
                        match attrs.iter_mut().find(|(k, _)| k == name) {
                            Some(slot) => slot.1 = v,
                            None => attrs.push((name.clone(), v)),
                        }
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.set(name, v);
                Ok(())
            }
            Value::Class(cls) => Err(type_error(format!("cannot set '{}' attribute of immutable type '{}'", name, cls.name))),
            _ => {
                let t = self.type_name(obj);
                let data_attr = matches!((obj, name.as_ref()), (Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_), "real" | "imag" | "numerator" | "denominator") | (Value::Range(_) | Value::Slice(_), "start" | "stop" | "step"));
                if data_attr {
                    return Err(attribute_error(format!("attribute '{}' of '{}' objects is not writable", name, t)));
                }
                if crate::builtins::methods::has_method(&t, name) {
                    Err(attribute_error(format!("'{}' object attribute '{}' is read-only", t, name)))
                } else {
                    Err(attribute_error(format!("'{}' object has no attribute '{}'", t, name)))
                }
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(desc) = inst.class.lookup(name) {
                    if matches!(&desc, Value::Instance(d) if d.class.lookup("__delete__").is_some()) {
                        self.require_special(&desc, "__delete__", &[obj.clone()])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Descriptor(d)) = inst.class.lookup(name) {
                    if let Descriptor::Property { fdel, .. } = &*d {
                        if matches!(fdel, Value::None) {
                            return Err(attribute_error(format!("property '{}' of '{}' object has no deleter", name, inst.class.name)));
                        }
                        let f = fdel.clone();
                        self.call(&f, &[obj.clone()], &[])?;
                        return Ok(());
                    }
                }
                if inst.del_attr(name) {
                    Ok(())
                } else {
                    Err(attribute_error(format!("'{}' object has no attribute '{}'", inst.class.name, name)))
                }
            }
            Value::Class(cls) if cls.user_defined => match cls.dict.borrow_mut().shift_remove(name.as_ref()) {
                Some(_) => Ok(()),
                None => Err(attribute_error(format!("type object '{}' has no attribute '{}'", cls.name, name))),
            },
            Value::Module(m) => {
                if m.delete(name) {
                    Ok(())
                } else {
                    Err(attribute_error(format!("module '{}' has no attribute '{}'", m.name, name)))
                }
            }
            _ => Err(attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name))),
        }
    }

    /// Calls the special method `name` of `v`'s class (user classes only) with `v` as
    /// the first argument; `Ok(None)` if the class does not define it.
    pub fn call_special(&mut self, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = v else { return Ok(None) };
        let Some(f) = inst.class.lookup(name) else { return Ok(None) };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v.clone());
        all.extend_from_slice(args);
        match &f {
            Value::Function(fun) => {
                let fun = fun.clone();
                self.call_function(&fun, &all, &[]).map(Some)
            }
            Value::Descriptor(d) => match &**d {
                Descriptor::StaticMethod(g) => {
                    let g = g.clone();
                    self.call(&g, args, &[]).map(Some)
                }
                Descriptor::ClassMethod(g) => {
                    let g = g.clone();
                    let mut a = vec![Value::Class(inst.class.clone())];
                    a.extend_from_slice(args);
                    self.call(&g, &a, &[]).map(Some)
                }
                _ => Ok(None),
            },
            Value::None => Ok(None),
            other => {
                let other = other.clone();
                self.call(&other, &all, &[]).map(Some)
            }
        }
    }

    /// `regs[0].name(*regs[1..])` without building a bound method when possible.
    pub fn call_method_regs(&mut self, name: &Rc<str>, with_self: &[Value]) -> PyResult<Value> {
        self.call_method_inner(name, with_self).map_err(|e| attach_attr_error(e, &with_self[0], name))
    }

    fn call_method_inner(&mut self, name: &Rc<str>, with_self: &[Value]) -> PyResult<Value> {
        let recv = &with_self[0];
        match recv {
            Value::Instance(inst) => {
                if inst.get_attr(name).is_none() {
                    if let Some(Value::Function(f)) = inst.class.lookup(name) {
                        return self.call_function(&f, with_self, &[]);
                    }
                }
                let m = self.get_attr(recv, name)?;
                self.call(&m, &with_self[1..], &[])
            }
            Value::Module(m) => match m.get(name) {
                Some(Value::Builtin(b)) => (b.func)(self, &with_self[1..], &[]),
                Some(f) => self.call(&f, &with_self[1..], &[]),
                None => Err(attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))),
            },
            Value::Class(_) | Value::Descriptor(_) | Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) => {
                let m = self.get_attr(recv, name)?;
                self.call(&m, &with_self[1..], &[])
            }
            _ => crate::builtins::methods::call_method(self, recv, name, &with_self[1..], &[]),
        }
    }

    /// Raises `AttributeError` unless `v`'s class defines `name`.
    pub fn require_special(&mut self, v: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        match self.call_special(v, name, args)? {
            Some(r) => Ok(r),
            None => Err(PyErr::builtin("AttributeError", format!("'{}' object has no attribute '{}'", self.type_name(v), name))),
        }
    }
}

/// The built-in value behind an instance of a built-in subclass.
pub fn instance_base(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.base.clone(),
        _ => None,
    }
}

/// Records `name` and `obj` on an AttributeError about looking `name` up on `obj`
/// (not on one raised by code that ran during the lookup).
fn attach_attr_error(e: PyErr, obj: &Value, name: &Rc<str>) -> PyErr {
    if e.class().builtin == "AttributeError" && e.exc.get_attr("obj").is_none() {
        let about_this = matches!(e.args().first(), Some(Value::Str(m)) if m.as_str().ends_with(&format!("has no attribute '{}'", name)));
        if about_this {
            e.exc.set_attr(Rc::from("name"), Value::str(name.as_ref()));
            e.exc.set_attr(Rc::from("obj"), obj.clone());
        }
    }
    e
}

/// The `__slots__` names of a class and its bases, if every user class in its MRO
/// declares `__slots__` (otherwise instances have a `__dict__`).
fn slots_of(cls: &Rc<Class>) -> Option<Vec<Rc<str>>> {
    if !cls.user_defined {
        return None;
    }
    let mut names: Vec<Rc<str>> = Vec::new();
    for c in std::iter::once(cls).chain(cls.mro.iter()) {
        if !c.user_defined {
            continue;
        }
        let slots = c.dict.borrow().get("__slots__").cloned()?;
        match slots {
            Value::Str(s) => names.push(Rc::from(s.as_str())),
            Value::List(l) => names.extend(l.to_vec().iter().filter_map(|v| v.as_str().map(Rc::from))),
            Value::Tuple(t) => names.extend(t.items.iter().filter_map(|v| v.as_str().map(Rc::from))),
            _ => return None,
        }
    }
    if names.iter().any(|n| n.as_ref() == "__dict__") {
        return None;
    }
    Some(names)
}
