//! Dict and set operations that hash and compare keys with Python semantics, and the
//! `in` operator (`PySequence_Contains`).

use super::Interp;
use crate::error::{type_error, PyErr, PyResult};
use crate::object::*;
use crate::settable::{self, SetTable};
use crate::value::Value;
use pyjit_compiler::bytecode::{BinOp, CmpOp};
use std::rc::Rc;

impl Interp {
    fn key_eq(&mut self) -> impl FnMut(&Value, &Value) -> Result<bool, PyErr> + '_ {
        move |a: &Value, b: &Value| self.eq(a, b)
    }

    /// `d.get(key)` (None if absent).
    pub fn dict_get(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        if is_simple_key(key) {
            let t = d.table.borrow();
            let mut simple = |a: &Value, b: &Value| -> Result<bool, PyErr> { Ok(simple_eq(a, b)) };
            return Ok(t.get(h, key, &mut simple)?.cloned());
        }
        let table = d.table.borrow().clone();
        let mut eq = self.key_eq();
        Ok(table.get(h, key, &mut eq)?.cloned())
    }

    /// Lookup by str key (class namespaces, kwargs).
    pub fn dict_get_str(&mut self, d: &Rc<PyDict>, key: &str) -> PyResult<Option<Value>> {
        let k = Value::str(key);
        self.dict_get(d, &k)
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Rc<PyDict>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if is_simple_key(&key) {
            // Keys whose equality cannot run Python code: no snapshot needed.
            let mut t = d.table.borrow_mut();
            let mut simple = |a: &Value, b: &Value| -> Result<bool, PyErr> { Ok(simple_eq(a, b)) };
            return t.insert(h, key, value, &mut simple);
        }
        let mut table = d.table.borrow().clone();
        {
            let mut eq = self.key_eq();
            table.insert(h, key, value, &mut eq)?;
        }
        *d.table.borrow_mut() = table;
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn dict_remove(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        if is_simple_key(key) {
            let mut t = d.table.borrow_mut();
            let mut simple = |a: &Value, b: &Value| -> Result<bool, PyErr> { Ok(simple_eq(a, b)) };
            return Ok(t.remove(h, key, &mut simple)?.map(|e| e.value));
        }
        let mut table = d.table.borrow().clone();
        let removed = {
            let mut eq = self.key_eq();
            table.remove(h, key, &mut eq)?
        };
        *d.table.borrow_mut() = table;
        Ok(removed.map(|e| e.value))
    }

    /// `d.update(m)` for a dict, or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &Rc<PyDict>, m: &Value) -> PyResult<()> {
        match m {
            Value::Dict(src) => {
                for (k, v) in src.items() {
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
            Value::Instance(_) => {
                let keys = self.call_method_regs(&Rc::from("keys"), &[m.clone()])?;
                for k in self.collect(&keys)? {
                    let v = self.get_item(m, &k)?;
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
            other => {
                if self.get_iter(other).is_err() {
                    return Err(type_error(format!("'{}' object is not iterable", self.type_name(other))));
                }
                let items = self.collect(other)?;
                for (i, item) in items.into_iter().enumerate() {
                    let pair = self.collect(&item).map_err(|_| type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i)))?;
                    if pair.len() != 2 {
                        return Err(PyErr::builtin("ValueError", format!("dictionary update sequence element #{} has length {}; 2 is required", i, pair.len())));
                    }
                    let mut it = pair.into_iter();
                    let (k, v) = (it.next().unwrap_or(Value::None), it.next().unwrap_or(Value::None));
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
        }
    }

    /// A new set (or frozenset) of `items`, in CPython's insertion order.
    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let mut table = SetTable::new();
        for v in items {
            let h = self.hash(&v)?;
            let mut eq = self.key_eq();
            table.try_add(v, h, &mut eq)?;
        }
        Ok(Value::Set(Rc::new(PySet::new(table, frozen))))
    }

    /// `s.add(item)`.
    pub fn set_add(&mut self, s: &Value, item: Value) -> PyResult<()> {
        let Value::Set(set) = s else { return Ok(()) };
        let h = self.hash(&item)?;
        let mut table = std::mem::take(&mut *set.table.borrow_mut());
        let r = {
            let mut eq = self.key_eq();
            table.try_add(item, h, &mut eq)
        };
        *set.table.borrow_mut() = table;
        r.map(|_| ())
    }

    /// `item in s` for a set.
    pub fn set_contains(&mut self, set: &Rc<PySet>, item: &Value) -> PyResult<bool> {
        let h = match item {
            Value::Set(s) if !s.frozen => {
                let t = settable::copy(&s.table.borrow());
                t.frozenset_hash()
            }
            _ => self.hash(item)?,
        };
        let table = settable::copy(&set.table.borrow());
        let mut eq = self.key_eq();
        table.try_contains(item, h, &mut eq)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s kind.
    pub(crate) fn set_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (Value::Set(x), Value::Set(y)) = (a, b) else { return Ok(None) };
        let (tx, ty) = (settable::copy(&x.table.borrow()), settable::copy(&y.table.borrow()));
        let mut eq = self.key_eq();
        let t = match op {
            BinOp::BitOr => settable::try_union(&tx, &ty, &mut eq)?,
            BinOp::BitAnd => settable::try_intersection(&tx, &ty, &mut eq)?,
            BinOp::Sub => settable::try_difference(&tx, &ty, &mut eq)?,
            BinOp::BitXor => settable::try_symmetric_difference(&tx, &ty, &mut eq)?,
            _ => return Ok(None),
        };
        Ok(Some(Value::Set(Rc::new(PySet::new(t, x.frozen)))))
    }

    /// Set comparison: subset order and equality.
    pub(crate) fn set_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Set(x), Value::Set(y)) = (a, b) else { return Ok(false) };
        let (tx, ty) = (settable::copy(&x.table.borrow()), settable::copy(&y.table.borrow()));
        let mut eq = self.key_eq();
        Ok(match op {
            CmpOp::Eq => settable::try_set_eq(&tx, &ty, &mut eq)?,
            CmpOp::Ne => !settable::try_set_eq(&tx, &ty, &mut eq)?,
            CmpOp::Le => settable::try_issubset(&tx, &ty, &mut eq)?,
            CmpOp::Ge => settable::try_issuperset(&tx, &ty, &mut eq)?,
            CmpOp::Lt => tx.len() < ty.len() && settable::try_issubset(&tx, &ty, &mut eq)?,
            CmpOp::Gt => tx.len() > ty.len() && settable::try_issuperset(&tx, &ty, &mut eq)?,
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(other)))),
            },
            Value::List(l) => {
                let items = l.to_vec();
                for v in &items {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                for v in &t.items {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => Ok(match item {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) if crate::interp::ops::as_i128(item).is_some() => {
                    let i = crate::interp::ops::as_i128(item).unwrap_or(0);
                    let in_bounds = if r.step > 0 { i >= r.start && i < r.stop } else { i <= r.start && i > r.stop };
                    in_bounds && (i - r.start) % r.step == 0
                }
                other => {
                    let items = self.collect(container)?;
                    let mut found = false;
                    for v in &items {
                        if self.eq(v, other)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            }),
            Value::Instance(_) => {
                if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
                    return self.truthy(&r);
                }
                if let Some(b) = crate::interp::attr::instance_base(container) {
                    return self.contains(&b, item);
                }
                let it = self.get_iter(container)?;
                while let Some(v) = self.iter_next(&it)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Iterator(it) if matches!(&*it.state.borrow(), IterState::View { .. }) => {
                let (dict, kind) = match &*it.state.borrow() {
                    IterState::View { dict, kind } => (dict.clone(), *kind),
                    _ => return Ok(false),
                };
                match kind {
                    ViewKind::Keys => Ok(self.dict_get(&dict, item)?.is_some()),
                    ViewKind::Values => {
                        for v in dict.values() {
                            if self.eq(&v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    ViewKind::Items => {
                        let Value::Tuple(t) = item else { return Ok(false) };
                        if t.len() != 2 {
                            return Ok(false);
                        }
                        match self.dict_get(&dict, &t.items[0])? {
                            Some(v) => self.eq(&v, &t.items[1]),
                            None => Ok(false),
                        }
                    }
                }
            }
            Value::Iterator(_) | Value::Generator(_) => {
                while let Some(v) = self.iter_next(container)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(format!("argument of type '{}' is not iterable", self.type_name(container)))),
        }
    }
}

/// Equality of keys that cannot call Python code (numbers, strs, None): numbers
/// compare by value across int, bool and float, as in CPython.
fn simple_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        _ => match super::ops::num_eq(a, b) {
            Some(eq) => eq,
            None => a.is(b),
        },
    }
}

/// Keys whose comparison with any stored key never runs Python code.
fn is_simple_key(k: &Value) -> bool {
    matches!(k, Value::Int(_) | Value::Str(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_) | Value::None)
}
