//! Subscription: `obj[i]`, `obj[i] = v`, `del obj[i]` for sequences, mappings and
//! user classes (`PyObject_GetItem` & co), including slices.

use super::Interp;
use crate::error::{index_error, key_error, type_error, PyErr, PyResult};
use crate::object::*;
use crate::value::Value;
use num_traits::Signed;
use std::rc::Rc;

/// A slice resolved against a length: `(start, stop, step, count)`.
pub(crate) type SliceIndices = (i64, i64, i64, usize);

impl Interp {
    fn slice_part(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })),
            Value::Instance(_) => Ok(Some(self.to_index(v)?)),
            _ => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `slice.indices(len)`.
    pub fn slice_indices_pub(&mut self, s: &PySlice, len: usize) -> PyResult<SliceIndices> {
        self.slice_indices(s, len)
    }

    /// Resolves `s` against a sequence of length `len` (`PySlice_AdjustIndices`).
    pub(crate) fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<SliceIndices> {
        let start = self.slice_part(&s.start)?;
        let stop = self.slice_part(&s.stop)?;
        let step = self.slice_part(&s.step)?;
        Ok(crate::text::normalize_slice(len, start, stop, step)?)
    }

    fn seq_index(&mut self, i: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match i {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Err(index_error(format!("cannot fit 'int' into an index-sized integer"))),
            Value::Instance(_) => self.to_index(i)?,
            other => return Err(type_error(format!("{} indices must be integers or slices, not {}", what, self.type_name(other)))),
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(index_error(format!("{} index out of range", what)));
        }
        Ok(j as usize)
    }

    fn slice_of<T: Clone>(items: &[T], (start, _, step, count): SliceIndices) -> Vec<T> {
        let mut out = Vec::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(items[i as usize].clone());
            i += step;
        }
        out
    }

    /// `obj[index]`.
    pub fn get_item(&mut self, obj: &Value, index: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = index {
                    let len = l.len();
                    let ix = self.slice_indices(s, len)?;
                    return Ok(Value::list(Self::slice_of(&l.items(), ix)));
                }
                let len = l.len();
                let i = self.seq_index(index, len, "list")?;
                // `__index__` may have shrunk the list since `seq_index` checked `i`.
                l.get(i).ok_or_else(|| index_error("list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = index {
                    let ix = self.slice_indices(s, t.len())?;
                    return Ok(Value::tuple(Self::slice_of(&t.items, ix)));
                }
                let i = self.seq_index(index, t.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = index {
                    let ix = self.slice_indices(sl, s.char_len())?;
                    return Ok(Value::str(crate::text::slice(s.as_str(), ix.0, ix.1, ix.2)));
                }
                let i = match index {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => self.seq_index(index, s.char_len(), "string")?,
                    other => return Err(type_error(format!("string indices must be integers, not '{}'", self.type_name(other)))),
                };
                let c = crate::text::char_at(s.as_str(), i, s.is_ascii()).unwrap_or(' ');
                Ok(Value::str(c.to_string()))
            }
            Value::Range(r) => {
                if let Value::Slice(s) = index {
                    let (start, stop, step, _) = self.slice_indices(s, range_len(r)?)?;
                    let first = r.start + start as i128 * r.step;
                    let last = r.start + stop as i128 * r.step;
                    return Ok(Value::Range(Rc::new(PyRange { start: first, stop: last, step: r.step * step as i128 })));
                }
                let i = match super::ops::as_i128(index) {
                    Some(i) => i,
                    None => self.to_index(index)? as i128,
                };
                let n = r.len();
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(index_error("range object index out of range"));
                }
                Ok(int_from_i128(r.get(j)))
            }
            Value::Dict(d) => match self.dict_get(d, index)? {
                Some(v) => Ok(v),
                None => Err(key_error(index.clone())),
            },
            Value::Instance(inst) => match self.call_special(obj, "__getitem__", &[index.clone()])? {
                Some(v) => Ok(v),
                None => match &inst.base {
                    Some(base) => match self.get_item(base, index) {
                        Err(e) if e.matches("KeyError") && inst.class.lookup("__missing__").is_some() => self.require_special(obj, "__missing__", &[index.clone()]),
                        r => r,
                    },
                    None => Err(type_error(format!("'{}' object is not subscriptable", self.type_name(obj)))),
                },
            },
            Value::Class(c) if !c.user_defined => Ok(obj.clone()),
            Value::Class(c) => match c.lookup("__class_getitem__") {
                Some(f) => self.call(&f, &[obj.clone(), index.clone()], &[]),
                None => Err(type_error(format!("type '{}' is not subscriptable", c.name))),
            },
            _ => Err(type_error(format!("'{}' object is not subscriptable", self.type_name(obj)))),
        }
    }

    /// `obj[index] = v`.
    pub fn set_item(&mut self, obj: &Value, index: &Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = index {
                    let new_items = self.collect(&v)?;
                    let len = l.len();
                    let (start, stop, step, count) = self.slice_indices(s, len)?;
                    let mut items = l.items_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        items.splice(start as usize..stop as usize, new_items);
                    } else {
                        if new_items.len() != count {
                            return Err(PyErr::builtin("ValueError", format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), count)));
                        }
                        let mut i = start;
                        for it in new_items {
                            items[i as usize] = it;
                            i += step;
                        }
                    }
                    return Ok(());
                }
                let len = l.len();
                let i = match self.seq_index(index, len, "list") {
                    Ok(i) => i,
                    Err(e) if e.matches("IndexError") => return Err(index_error("list assignment index out of range")),
                    Err(e) => return Err(e),
                };
                if l.set(i, v) {
                    Ok(())
                } else {
                    Err(index_error("list assignment index out of range"))
                }
            }
            Value::Dict(d) => self.dict_set(d, index.clone(), v),
            Value::Instance(inst) => {
                if inst.class.lookup("__setitem__").is_none() {
                    if let Some(base) = &inst.base {
                        return self.set_item(base, index, v);
                    }
                }
                match self.call_special(obj, "__setitem__", &[index.clone(), v])? {
                    Some(_) => Ok(()),
                    None => Err(type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))),
                }
            }
            _ => Err(type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))),
        }
    }

    /// `del obj[index]`.
    pub fn del_item(&mut self, obj: &Value, index: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = index {
                    let len = l.len();
                    let (start, _, step, count) = self.slice_indices(s, len)?;
                    let mut remove = vec![false; len];
                    let mut i = start;
                    for _ in 0..count {
                        remove[i as usize] = true;
                        i += step;
                    }
                    let mut items = l.items_mut();
                    let mut k = 0;
                    items.retain(|_| {
                        k += 1;
                        !remove[k - 1]
                    });
                    return Ok(());
                }
                let len = l.len();
                let i = match self.seq_index(index, len, "list") {
                    Ok(i) => i,
                    Err(e) if e.matches("IndexError") => return Err(index_error("list assignment index out of range")),
                    Err(e) => return Err(e),
                };
                l.items_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match self.dict_remove(d, index)? {
                Some(_) => Ok(()),
                None => Err(key_error(index.clone())),
            },
            Value::Instance(inst) if inst.class.lookup("__delitem__").is_none() && inst.base.is_some() => {
                let base = inst.base.clone().unwrap_or(Value::None);
                self.del_item(&base, index)
            }
            Value::Instance(_) => match self.call_special(obj, "__delitem__", &[index.clone()])? {
                Some(_) => Ok(()),
                None => Err(type_error(format!("'{}' object does not support item deletion", self.type_name(obj)))),
            },
            _ => Err(type_error(format!("'{}' object does not support item deletion", self.type_name(obj)))),
        }
    }
}

/// `len(range)` as a `usize` (`OverflowError` past `sys.maxsize`, as CPython).
pub(crate) fn range_len(r: &PyRange) -> PyResult<usize> {
    let n = r.len();
    if n > i64::MAX as i128 {
        return Err(PyErr::builtin("OverflowError", "Python int too large to convert to C ssize_t"));
    }
    Ok(n as usize)
}
