//! `repr()`, `str()`, `hash()` and type names of values (`PyObject_Repr`,
//! `PyObject_Str`, `PyObject_Hash`).

use super::Interp;
use crate::error::{type_error, PyResult};
use crate::format::float_repr;
use crate::numeric;
use crate::object::{Class, Descriptor, IterState, MethodFunc};
use crate::value::Value;
use std::rc::Rc;

impl Interp {
    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).name.to_string()
    }

    /// `type(v)`.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = super::types();
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::Undefined | Value::None => t.get("NoneType"),
            Value::NotImplemented => t.get("NotImplementedType"),
            Value::Ellipsis => t.get("ellipsis"),
            Value::Bool(_) => t.get("bool"),
            Value::Int(_) | Value::BigInt(_) => t.get("int"),
            Value::Float(_) => t.get("float"),
            Value::Str(_) => t.get("str"),
            Value::List(_) => t.get("list"),
            Value::Tuple(_) => t.get("tuple"),
            Value::Dict(_) => t.get("dict"),
            Value::Set(s) => t.get(if s.frozen { "frozenset" } else { "set" }),
            Value::Range(_) => t.get("range"),
            Value::Slice(_) => t.get("slice"),
            Value::Function(_) => t.get("function"),
            Value::Builtin(_) => t.get("builtin_function_or_method"),
            Value::BoundMethod(m) => match m.func {
                MethodFunc::Python(_) => t.get("method"),
                MethodFunc::Native(_) => t.get("builtin_function_or_method"),
            },
            Value::Class(_) => t.get("type"),
            Value::Module(_) => t.get("module"),
            Value::Generator(_) => t.get("generator"),
            Value::Iterator(it) => t.get(it.type_name),
            Value::Cell(_) => t.get("cell"),
            Value::Descriptor(d) => t.get(match **d {
                Descriptor::StaticMethod(_) => "staticmethod",
                Descriptor::ClassMethod(_) => "classmethod",
                Descriptor::Property { .. } => "property",
                Descriptor::Super { .. } => "super",
            }),
        }
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
    /// `module.qualname()` for Python functions outside builtins, `name()` otherwise.
    pub fn function_str(&self, f: &Value) -> String {
        match f {
            Value::Function(fun) => {
                let module = fun.globals.get("__name__").and_then(|v| v.as_str().map(|s| s.to_string())).unwrap_or_default();
                if module.is_empty() || module == "builtins" {
                    format!("{}()", fun.qualname.borrow())
                } else {
                    format!("{}.{}()", module, fun.qualname.borrow())
                }
            }
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Class(c) => format!("{}()", c.name),
            Value::BoundMethod(m) => match &m.func {
                MethodFunc::Python(p) => self.function_str(p),
                MethodFunc::Native(n) => format!("{}.{}()", self.type_name(&m.receiver), n),
            },
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// Decimal text of an int, enforcing the int max str digits limit.
    pub fn int_to_string(&self, b: &num_bigint::BigInt) -> PyResult<String> {
        Ok(numeric::int_to_decimal_string(b, self.max_str_digits)?)
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_)) {
            self.enter_recursive(" while getting the repr of an object")?;
            let r = self.repr_inner(v);
            self.depth -= 1;
            return r;
        }
        self.repr_inner(v)
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Undefined => "<undefined>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.int_to_string(b)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => crate::text::repr_str(s.as_str()),
            Value::List(l) => {
                let key = v.ptr().unwrap_or(0);
                if self.repr_guard_enter(key) {
                    return Ok("[...]".into());
                }
                let items = l.to_vec();
                let r = self.repr_join(&items);
                self.repr_guard_exit(key);
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                let items = t.items.clone();
                if let Some((name, fields)) = v.ptr().and_then(|p| self.struct_fields.get(&p)).copied() {
                    let mut parts = Vec::new();
                    for (f, it) in fields.iter().zip(items.iter()) {
                        parts.push(format!("{}={}", f, self.repr(it)?));
                    }
                    return Ok(format!("{}({})", name, parts.join(", ")));
                }
                if items.len() == 1 {
                    format!("({},)", self.repr(&items[0])?)
                } else {
                    format!("({})", self.repr_join(&items)?)
                }
            }
            Value::Dict(d) => {
                let key = v.ptr().unwrap_or(0);
                if self.repr_guard_enter(key) {
                    return Ok("{...}".into());
                }
                let mut parts = Vec::new();
                let mut err = None;
                for (k, val) in d.items() {
                    match (self.repr(&k), self.repr(&val)) {
                        (Ok(a), Ok(b)) => parts.push(format!("{}: {}", a, b)),
                        (Err(e), _) | (_, Err(e)) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                self.repr_guard_exit(key);
                if let Some(e) = err {
                    return Err(e);
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = s.to_vec();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{}()", name)
                } else if s.frozen {
                    format!("frozenset({{{}}})", self.repr_join(&items)?)
                } else {
                    format!("{{{}}}", self.repr_join(&items)?)
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!("slice({}, {}, {})", self.repr(&s.start)?, self.repr(&s.stop)?, self.repr(&s.step)?),
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.ptr().unwrap_or(0)),
            Value::Builtin(b) => format!("<built-in function {}>", b.name),
            Value::BoundMethod(m) => match &m.func {
                MethodFunc::Python(Value::Function(f)) => format!("<bound method {} of {}>", f.qualname.borrow(), self.repr(&m.receiver)?),
                MethodFunc::Native(n) => {
                    if m.receiver.is_undefined() {
                        format!("<method '{}' objects>", n)
                    } else {
                        format!("<built-in method {} of {} object at {:#x}>", n, self.type_name(&m.receiver), m.receiver.ptr().unwrap_or(0))
                    }
                }
                MethodFunc::Python(other) => format!("<bound method of {}>", self.repr(other)?),
            },
            Value::Class(c) => {
                if c.module.as_ref() == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Generator(g) => format!("<generator object {} at {:#x}>", g.qualname, v.ptr().unwrap_or(0)),
            Value::Iterator(it) => {
                if let IterState::View { .. } = &*it.state.borrow() {
                } else {
                    return Ok(format!("<{} object at {:#x}>", it.type_name, v.ptr().unwrap_or(0)));
                }
                let items = self.collect(v)?;
                format!("{}([{}])", it.type_name, self.repr_join(&items)?)
            }
            Value::Cell(_) => format!("<cell at {:#x}>", v.ptr().unwrap_or(0)),
            Value::Descriptor(_) => format!("<{} object at {:#x}>", self.type_name(v), v.ptr().unwrap_or(0)),
            Value::Instance(i) => {
                if let Some(r) = self.call_special(v, "__repr__", &[])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(type_error(format!("__repr__ returned non-string (type {})", self.type_name(&other)))),
                    };
                }
                if let Some(b) = &i.base {
                    let b = b.clone();
                    return self.repr(&b);
                }
                if let Some(exc) = &i.exc {
                    let args = exc.args.borrow().clone();
                    let inner = if args.len() == 1 { self.repr(&args[0])? } else { self.repr_join(&args)? };
                    format!("{}({})", i.class.name, inner)
                } else {
                    let c = &i.class;
                    format!("<{}.{} object at {:#x}>", c.module, c.qualname, v.ptr().unwrap_or(0))
                }
            }
        })
    }

    fn repr_guard_enter(&mut self, key: usize) -> bool {
        if self.repr_stack.contains(&key) {
            return true;
        }
        self.repr_stack.push(key);
        false
    }

    fn repr_guard_exit(&mut self, key: usize) {
        if let Some(i) = self.repr_stack.iter().rposition(|k| *k == key) {
            self.repr_stack.remove(i);
        }
    }

    fn repr_join(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(it)?);
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(i) => {
                if let Some(r) = self.call_special(v, "__str__", &[])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(type_error(format!("__str__ returned non-string (type {})", self.type_name(&other)))),
                    };
                }
                if let Some(b) = &i.base {
                    // `object.__str__` calls `repr`, so a user `__repr__` wins except
                    // over `str`'s own `__str__`.
                    if !matches!(b, Value::Str(_)) && i.class.lookup("__repr__").is_some() {
                        return self.repr(v);
                    }
                    let b = b.clone();
                    return self.to_str(&b);
                }
                if let Some(exc) = &i.exc {
                    let args = exc.args.borrow().clone();
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if i.class.is_subclass(&super::types().exc("KeyError")) => self.repr(&args[0]),
                        1 => self.to_str(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `hash(v)` (`TypeError: unhashable type: 'list'` for mutable containers).
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => numeric::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => numeric::hash_bigint(b),
            Value::Float(f) => numeric::hash_f64(*f),
            Value::Str(s) => s.hash(),
            Value::None => 0x7d4a_1234,
            Value::Tuple(t) => {
                let items = t.items.clone();
                let mut hasher = numeric::TupleHasher::new();
                self.check_native_stack()?;
                for it in &items {
                    hasher.push(self.hash(it)?);
                }
                hasher.finish()
            }
            Value::Set(s) if s.frozen => s.table.borrow().frozenset_hash(),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => return Err(type_error(format!("unhashable type: '{}'", self.type_name(v)))),
            Value::Instance(i) => {
                let cls = i.class.clone();
                match cls.lookup("__hash__") {
                    Some(Value::None) => return Err(type_error(format!("unhashable type: '{}'", cls.name))),
                    Some(_) if i.base.is_some() && cls.dict.borrow().get("__hash__").is_none() && cls.mro.iter().all(|c| !c.user_defined || c.dict.borrow().get("__hash__").is_none()) => {
                        let b = i.base.clone().unwrap_or(Value::None);
                        return self.hash(&b);
                    }
                    Some(_) => {
                        let r = self.call_special(v, "__hash__", &[])?.unwrap_or(Value::Int(0));
                        return match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::BigInt(b) => Ok(numeric::hash_bigint(&b)),
                            Value::Bool(b) => Ok(b as i64),
                            _ => Err(type_error("__hash__ method should return an integer")),
                        };
                    }
                    None if cls.lookup("__eq__").is_some() => return Err(type_error(format!("unhashable type: '{}'", cls.name))),
                    None if i.base.is_some() => {
                        let b = i.base.clone().unwrap_or(Value::None);
                        return self.hash(&b);
                    }
                    None => (v.ptr().unwrap_or(0) >> 4) as i64,
                }
            }
            other => (other.ptr().unwrap_or(0) >> 4) as i64,
        })
    }
}
