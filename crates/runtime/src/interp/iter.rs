//! Iteration: `iter()`, `next()`, and helpers that drain iterables
//! (`PyObject_GetIter`, `PyIter_Next`).

use super::Interp;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::*;
use crate::value::Value;
use std::rc::Rc;

/// The next item of a `range` iterator over i64 bounds: `None` if `it` is not one,
/// `Some(None)` when exhausted. Inlined into `ForIter`, so the int goes straight to
/// its register.
#[inline(always)]
pub fn next_range(it: &Value) -> Option<Option<i64>> {
    let Value::Iterator(it) = it else { return None };
    let mut st = it.state.try_borrow_mut().ok()?;
    let IterState::Range { next, stop, step } = &mut *st else { return None };
    let n = *next;
    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
        *next = n.wrapping_add(*step);
        if (*step > 0 && *next < n) || (*step < 0 && *next > n) {
            *next = *stop;
        }
        Some(Some(n))
    } else {
        Some(None)
    }
}

/// The next item of a built-in iterator whose step needs no Python code:
/// `Some(Some(v))` an item, `Some(None)` exhausted, `None` = use `iter_next`.
#[inline]
pub fn next_fast(it: &Value) -> Option<Option<Value>> {
    let Value::Iterator(it) = it else { return None };
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n.wrapping_add(*step);
                if (*step > 0 && *next < n) || (*step < 0 && *next > n) {
                    *next = *stop;
                }
                Some(Some(Value::Int(n)))
            } else {
                Some(None)
            }
        }
        IterState::BigRange { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n + *step;
                Some(Some(int_from_i128(n)))
            } else {
                Some(None)
            }
        }
        IterState::List { list, index } => {
            let Value::List(l) = list else { return Some(None) };
            let item = l.get(*index);
            match item {
                Some(v) => {
                    *index += 1;
                    Some(Some(v))
                }
                None => {
                    // Exhausted for good, even if the list grows later (CPython's
                    // `listiter_next` drops its list).
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::ReversedList { list, index } => {
            let Value::List(l) = list else { return Some(None) };
            let item = if *index > 0 { l.get(*index - 1) } else { None };
            match item {
                Some(v) => {
                    *index -= 1;
                    Some(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::Tuple { tuple, index } => {
            if *index < tuple.items.len() {
                *index += 1;
                Some(Some(tuple.items[*index - 1].clone()))
            } else {
                Some(None)
            }
        }
        IterState::Values { items, index } => {
            if *index < items.len() {
                *index += 1;
                Some(Some(items[*index - 1].clone()))
            } else {
                Some(None)
            }
        }
        IterState::Str { text, byte } => {
            let Value::Str(s) = text else { return Some(None) };
            match s.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Some(Some(Value::str(c.to_string())))
                }
                None => Some(None),
            }
        }
        IterState::Reversed { items, index } => {
            if *index > 0 {
                *index -= 1;
                Some(Some(items[*index].clone()))
            } else {
                Some(None)
            }
        }
        IterState::Exhausted => Some(None),
        _ => None,
    }
}

impl Interp {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let (state, name) = match v {
            Value::Range(r) => match (i64::try_from(r.start), i64::try_from(r.stop), i64::try_from(r.step)) {
                (Ok(next), Ok(stop), Ok(step)) => (IterState::Range { next, stop, step }, "range_iterator"),
                _ => (IterState::BigRange { next: r.start, stop: r.stop, step: r.step }, "longrange_iterator"),
            },
            Value::List(_) => (IterState::List { list: v.clone(), index: 0 }, "list_iterator"),
            Value::Tuple(t) => (IterState::Tuple { tuple: t.clone(), index: 0 }, "tuple_iterator"),
            Value::Str(_) => (IterState::Str { text: v.clone(), byte: 0 }, "str_iterator"),
            Value::Dict(d) => (IterState::DictIter { dict: d.clone(), pos: 0, len: d.len(), kind: ViewKind::Keys }, "dict_keyiterator"),
            Value::Set(s) => (IterState::SetIter { set: s.clone(), pos: 0, len: s.len() }, "set_iterator"),
            Value::Iterator(it) => {
                if let IterState::View { dict, kind } = &*it.state.borrow() {
                    let st = IterState::DictIter { dict: dict.clone(), pos: 0, len: dict.len(), kind: *kind };
                    return Ok(Value::Iterator(Rc::new(PyIterator::new(st, kind.iter_name()))));
                }
                return Ok(v.clone());
            }
            Value::Generator(_) => return Ok(v.clone()),
            Value::Class(c) if c.lookup("__class_iter__").is_some() => {
                let f = c.lookup("__class_iter__").unwrap_or(Value::None);
                return self.call(&f, &[v.clone()], &[]);
            }
            Value::Instance(_) => {
                if let Some(it) = self.call_special(v, "__iter__", &[])? {
                    return Ok(it);
                }
                if let Some(b) = crate::interp::attr::instance_base(v) {
                    return self.get_iter(&b);
                }
                if let Value::Instance(i) = v {
                    if i.class.lookup("__getitem__").is_some() {
                        let mut items = Vec::new();
                        let mut k = 0i64;
                        loop {
                            match self.call_special(v, "__getitem__", &[Value::Int(k)]) {
                                Ok(Some(x)) => items.push(x),
                                Ok(None) => break,
                                Err(e) if e.matches("IndexError") || e.matches("StopIteration") => break,
                                Err(e) => return Err(e),
                            }
                            k += 1;
                        }
                        return Ok(Value::Iterator(Rc::new(PyIterator::new(IterState::Values { items: Rc::new(items), index: 0 }, "iterator"))));
                    }
                }
                return Err(type_error(format!("'{}' object is not iterable", self.type_name(v))));
            }
            _ => return Err(type_error(format!("'{}' object is not iterable", self.type_name(v)))),
        };
        Ok(Value::Iterator(Rc::new(PyIterator::new(state, name))))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        Ok(self.iter_next_with_value(it)?.ok())
    }

    /// Like `iter_next`, but an exhausted generator gives its return value as `Err`.
    pub fn iter_next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Some(r) = next_fast(it) {
            return Ok(r.ok_or(Value::None));
        }
        match it {
            Value::Generator(g) => {
                let mut out = Value::None;
                Ok(match self.gen_next_into(g, &mut out)? {
                    super::ExitKind::Yield => Ok(out),
                    super::ExitKind::Return => Err(out),
                })
            }
            Value::Iterator(i) => self.builtin_iter_next(i).map(|o| o.ok_or(Value::None)),
            Value::Instance(_) => match self.call_special(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => Err(type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
                Err(e) if e.matches("StopIteration") => Ok(Err(e.args().first().cloned().unwrap_or(Value::None))),
                Err(e) => Err(e),
            },
            _ => Err(type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// Steps the iterators whose next item needs Python code (enumerate, zip, map...).
    fn builtin_iter_next(&mut self, it: &Rc<PyIterator>) -> PyResult<Option<Value>> {
        let state = std::mem::replace(&mut *it.state.borrow_mut(), IterState::Exhausted);
        let (result, next_state) = match state {
            IterState::Enumerate { inner, count } => match self.iter_next(&inner)? {
                Some(v) => {
                    let next = self.binary_op(pyjit_compiler::bytecode::BinOp::Add, &count, &Value::Int(1))?;
                    (Some(Value::tuple(vec![count, v])), IterState::Enumerate { inner, count: next })
                }
                None => (None, IterState::Exhausted),
            },
            IterState::Zip { inners, strict } => {
                let mut items = Vec::with_capacity(inners.len());
                let mut stopped_at = if inners.is_empty() { Some(0) } else { None };
                for (k, i) in inners.iter().enumerate() {
                    match self.iter_next(i)? {
                        Some(v) => items.push(v),
                        None => {
                            stopped_at = Some(k);
                            break;
                        }
                    }
                }
                match stopped_at {
                    None => (Some(Value::tuple(items)), IterState::Zip { inners, strict }),
                    Some(k) if strict && !inners.is_empty() => {
                        if k > 0 {
                            let msg = format!("zip() argument {} is shorter than argument{} {}", k + 1, if k == 1 { "" } else { "s" }, if k == 1 { "1".to_string() } else { format!("1-{}", k) });
                            return Err(PyErr::builtin("ValueError", msg));
                        }
                        for (j, other) in inners.iter().enumerate().skip(1) {
                            if self.iter_next(other)?.is_some() {
                                let msg = format!("zip() argument {} is longer than argument{} {}", j + 1, if j == 1 { "" } else { "s" }, if j == 1 { "1".to_string() } else { format!("1-{}", j) });
                                return Err(PyErr::builtin("ValueError", msg));
                            }
                        }
                        (None, IterState::Exhausted)
                    }
                    Some(_) => (None, IterState::Exhausted),
                }
            }
            IterState::SetIter { set, pos, len } => {
                if set.len() != len {
                    return Err(PyErr::builtin("RuntimeError", "Set changed size during iteration"));
                }
                let next = set.table.borrow().next_entry(pos).map(|(p, _, k)| (p, k.clone()));
                match next {
                    Some((p, k)) => (Some(k), IterState::SetIter { set, pos: p, len }),
                    None => (None, IterState::Exhausted),
                }
            }
            IterState::DictIter { dict, pos, len, kind } => {
                if dict.len() != len {
                    return Err(PyErr::builtin("RuntimeError", "dictionary changed size during iteration"));
                }
                let next = dict.table.borrow().entry_from(pos).map(|(p, e)| {
                    let v = match kind {
                        ViewKind::Keys => e.key.clone(),
                        ViewKind::Values => e.value.clone(),
                        ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                    };
                    (p, v)
                });
                match next {
                    Some((p, v)) => (Some(v), IterState::DictIter { dict, pos: p, len, kind }),
                    None => (None, IterState::Exhausted),
                }
            }
            view @ IterState::View { .. } => {
                *it.state.borrow_mut() = view;
                return Err(type_error(format!("'{}' object is not an iterator", it.type_name)));
            }
            IterState::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                let mut done = false;
                for i in &inners {
                    match self.iter_next(i)? {
                        Some(v) => args.push(v),
                        None => {
                            done = true;
                            break;
                        }
                    }
                }
                if done {
                    (None, IterState::Exhausted)
                } else {
                    let r = self.call(&func, &args, &[])?;
                    (Some(r), IterState::Map { func, inners })
                }
            }
            IterState::Filter { func, inner } => {
                let mut found = None;
                while let Some(v) = self.iter_next(&inner)? {
                    let keep = if matches!(func, Value::None) {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, &[v.clone()], &[])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                match found {
                    Some(v) => (Some(v), IterState::Filter { func, inner }),
                    None => (None, IterState::Exhausted),
                }
            }
            IterState::Callable { func, sentinel } => {
                let v = self.call(&func, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    (None, IterState::Exhausted)
                } else {
                    (Some(v), IterState::Callable { func, sentinel })
                }
            }
            other => (None, other),
        };
        *it.state.borrow_mut() = next_state;
        Ok(result)
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.to_vec()),
            Value::Tuple(t) => return Ok(t.items.clone()),
            Value::Range(r) => {
                let n = r.len();
                if n > 1 << 31 {
                    return Err(PyErr::with_args(&super::types().exc("MemoryError"), vec![]));
                }
                return Ok((0..n).map(|i| int_from_i128(r.get(i))).collect());
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b, c = v`: exactly `n` items.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items.clone(),
            Value::List(l) => l.to_vec(),
            _ => {
                if !self.is_iterable(v) {
                    return Err(type_error(format!("cannot unpack non-iterable {} object", self.type_name(v))));
                }
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(value_error(format!("too many values to unpack (expected {})", n)));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(value_error(format!("too many values to unpack (expected {})", n)));
        }
        if items.len() < n {
            return Err(value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len())));
        }
        Ok(items)
    }

    /// `a, *b, c = v`: `before` items, a list, `after` items.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            return Err(type_error(format!("cannot unpack non-iterable {} object", self.type_name(v))));
        }
        let items = self.collect(v)?;
        if items.len() < before + after {
            return Err(value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
        }
        let mut out: Vec<Value> = items[..before].to_vec();
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    /// Whether `iter(v)` would succeed (without running Python code).
    pub(crate) fn is_iterable_value(&self, v: &Value) -> bool {
        self.is_iterable(v)
    }

    fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Instance(i) => i.class.lookup("__iter__").is_some() || i.class.lookup("__getitem__").is_some() || i.base.as_ref().is_some_and(|b| self.is_iterable(b)),
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Range(_) | Value::Iterator(_) | Value::Generator(_) => true,
            _ => false,
        }
    }
}
