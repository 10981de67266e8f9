//! Operators: binary arithmetic, in-place operators, rich comparison, unary operators.
//! Mirrors `PyNumber_*` and `PyObject_RichCompare` in CPython's `Objects/abstract.c`
//! and `Objects/object.c`, including their `TypeError` messages.

use super::Interp;
use crate::error::{type_error, PyErr, PyResult};
use crate::numeric::{self, int_fast};
use crate::object::PyTuple;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyjit_compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use std::cmp::Ordering;
use std::rc::Rc;

/// A numeric operand: bools are ints.
pub(crate) enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

pub(crate) fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::BigInt(b) => Some(Num::B(b)),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

/// An int value as `i128`, if it is an int that fits.
pub(crate) fn as_i128(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        Value::BigInt(b) => b.to_i128(),
        _ => None,
    }
}

/// Whether two numbers are equal (`None` if either is not a number).
pub(crate) fn num_eq(a: &Value, b: &Value) -> Option<bool> {
    let (x, y) = (as_num(a)?, as_num(b)?);
    Some(match (x, y) {
        (Num::I(p), Num::I(q)) => p == q,
        (Num::F(p), Num::F(q)) => p == q,
        (Num::I(p), Num::F(q)) | (Num::F(q), Num::I(p)) => numeric::cmp_i64_f64(p, q) == Some(Ordering::Equal),
        (Num::B(p), Num::F(q)) | (Num::F(q), Num::B(p)) => numeric::cmp_bigint_f64(p, q) == Some(Ordering::Equal),
        (p, q) => to_big(&p) == to_big(&q),
    })
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => (*b).clone(),
        Num::F(_) => BigInt::zero(),
    }
}

/// The float value of a numeric operand (`OverflowError` for huge ints).
pub(crate) fn num_to_f64(n: &Num) -> PyResult<f64> {
    Ok(match n {
        Num::I(i) => *i as f64,
        Num::B(b) => numeric::bigint_to_f64(b)?,
        Num::F(f) => *f,
    })
}

/// `acc + y` where `acc` is an int owned by the caller: grows a uniquely held big
/// int in place instead of allocating a new one.
pub fn bigint_add_owned(acc: Value, y: &Value) -> Value {
    match acc {
        Value::BigInt(mut rc) => {
            if let Some(b) = Rc::get_mut(&mut rc) {
                match y {
                    Value::Int(i) => *b += *i,
                    Value::BigInt(o) => *b += o.as_ref(),
                    _ => {}
                }
                if b.bits() < 63 {
                    return Value::from_bigint(std::mem::take(b));
                }
                return Value::BigInt(rc);
            }
            let mut b = BigInt::clone(&rc);
            match y {
                Value::Int(i) => b += *i,
                Value::BigInt(o) => b += o.as_ref(),
                _ => {}
            }
            Value::from_bigint(b)
        }
        other => other,
    }
}

fn int_result(r: BigInt) -> Value {
    Value::from_bigint(r)
}

impl Interp {
    /// `a op b` for two numbers.
    fn numeric_binop(&mut self, op: BinOp, x: Num, y: Num) -> PyResult<Option<Value>> {
        if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMul) {
                return Ok(None);
            }
            let (a, b) = (num_to_f64(&x)?, num_to_f64(&y)?);
            return Ok(Some(Value::Float(match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                BinOp::TrueDiv => numeric::float_truediv(a, b)?,
                BinOp::FloorDiv => numeric::float_floordiv(a, b)?,
                BinOp::Mod => numeric::float_mod(a, b)?,
                BinOp::Pow => numeric::float_pow(a, b)?,
                _ => return Ok(None),
            })));
        }
        if let (Num::I(a), Num::I(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let fast = match op {
                BinOp::Add => int_fast::i64_add(a, b),
                BinOp::Sub => int_fast::i64_sub(a, b),
                BinOp::Mul => int_fast::i64_mul(a, b),
                BinOp::FloorDiv => int_fast::i64_floordiv(a, b),
                BinOp::Mod => int_fast::i64_mod(a, b),
                BinOp::Pow => int_fast::i64_pow(a, b),
                BinOp::LShift => int_fast::i64_lshift(a, b),
                BinOp::RShift => int_fast::i64_rshift(a, b),
                BinOp::BitAnd => Some(a & b),
                BinOp::BitOr => Some(a | b),
                BinOp::BitXor => Some(a ^ b),
                BinOp::TrueDiv => return Ok(Some(Value::Float(numeric::i64_true_div(a, b)?))),
                BinOp::MatMul => return Ok(None),
            };
            if let Some(v) = fast {
                return Ok(Some(Value::Int(v)));
            }
        }
        let (a, b) = (to_big(&x), to_big(&y));
        Ok(Some(match op {
            BinOp::Add => int_result(a + b),
            BinOp::Sub => int_result(a - b),
            BinOp::Mul => int_result(a * b),
            BinOp::TrueDiv => Value::Float(numeric::bigint_true_div(&a, &b)?),
            BinOp::FloorDiv => int_result(numeric::int_floordiv(&a, &b)?),
            BinOp::Mod => int_result(numeric::int_mod(&a, &b)?),
            BinOp::Pow => match numeric::int_pow(&a, &b)? {
                numeric::IntPow::Int(v) => int_result(v),
                numeric::IntPow::Float(f) => Value::Float(f),
            },
            BinOp::LShift => int_result(numeric::int_lshift(&a, &b)?),
            BinOp::RShift => int_result(numeric::int_rshift(&a, &b)?),
            BinOp::BitAnd => int_result(a & b),
            BinOp::BitOr => int_result(a | b),
            BinOp::BitXor => int_result(a ^ b),
            BinOp::MatMul => return Ok(None),
        }))
    }

    fn unsupported(&self, op: BinOp, a: &Value, b: &Value) -> PyErr {
        type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), self.type_name(a), self.type_name(b)))
    }

    /// `a op b` (`PyNumber_Add` & co).
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(*x & *y)),
                BinOp::BitOr => return Ok(Value::Bool(*x | *y)),
                BinOp::BitXor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if let Some(v) = self.numeric_binop(op, x, y)? {
                return Ok(v);
            }
            return Err(self.unsupported(op, a, b));
        }
        if matches!(a, Value::Iterator(_)) || matches!(b, Value::Iterator(_)) {
            if let (Some(x), Some(y)) = (self.view_as_set(a)?, self.view_as_set(b)?) {
                return self.binary_op(op, &x, &y);
            }
        }
        if let Some(v) = self.sequence_binop(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.dunder_binop(op, a, b)? {
            return Ok(v);
        }
        if let Some((x, y)) = unwrap_bases(a, b) {
            return self.binary_op(op, &x, &y);
        }
        if op == BinOp::Mul {
            let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
            if is_seq(a) || is_seq(b) {
                let other = if is_seq(a) { b } else { a };
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other))));
            }
        }
        if op == BinOp::Add {
            if let (Value::Str(_), _) = (a, b) {
                return Err(type_error(format!("can only concatenate str (not \"{}\") to str", self.type_name(b))));
            }
            if let (Value::List(_), _) = (a, b) {
                return Err(type_error(format!("can only concatenate list (not \"{}\") to list", self.type_name(b))));
            }
            if let (Value::Tuple(_), _) = (a, b) {
                return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b))));
            }
        }
        Err(self.unsupported(op, a, b))
    }

    /// User-defined `__op__` / `__rop__`, in `binary_op1`'s order: the right
    /// operand's reflected method first when its type is a proper subclass of the
    /// left's, and never for two operands of the same type.
    fn dunder_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (ta, tb) = (self.class_of(a), self.class_of(b));
        let same_type = Rc::ptr_eq(&ta, &tb);
        let right_first = !same_type && matches!(b, Value::Instance(_)) && tb.is_subclass(&ta) && tb.lookup(op.rdunder()).is_some();
        if right_first {
            if let Some(r) = self.call_special(b, op.rdunder(), &[a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Value::Instance(_) = a {
            if let Some(r) = self.call_special(a, op.dunder(), &[b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if !right_first && !same_type {
            if let Value::Instance(_) = b {
                if let Some(r) = self.call_special(b, op.rdunder(), &[a.clone()])? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    /// A keys/items view (or a set) as a set, for the set operators on views.
    fn view_as_set(&mut self, v: &Value) -> PyResult<Option<Value>> {
        match v {
            Value::Set(_) => Ok(Some(v.clone())),
            Value::Iterator(it) if matches!(&*it.state.borrow(), crate::object::IterState::View { kind: crate::object::ViewKind::Keys | crate::object::ViewKind::Items, .. }) => {
                let items = self.collect(v)?;
                Ok(Some(self.new_set(items, false)?))
            }
            _ => Ok(None),
        }
    }

    fn repeat_count(&mut self, n: &Value) -> Option<i64> {
        if let Value::Instance(i) = n {
            if i.class.lookup("__index__").is_some() || i.base.is_some() {
                return self.to_index(n).ok();
            }
        }
        match n {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::BigInt(b) => Some(if b.is_negative() { 0 } else { i64::MAX }),
            _ => None,
        }
    }

    /// str/list/tuple concatenation and repetition, `%`-formatting, set and dict `|`.
    fn sequence_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::str(s)
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.to_vec();
                v.extend(y.to_vec());
                Value::list(v)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.clone();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), n) | (BinOp::Mul, n, Value::Str(_) | Value::List(_) | Value::Tuple(_)) if self.repeat_count(n).is_some() => {
                let seq = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) { a } else { b };
                let count = self.repeat_count(n).unwrap_or(0).max(0) as usize;
                let len = match seq {
                    Value::Str(s) => s.as_str().len(),
                    Value::List(l) => l.len(),
                    Value::Tuple(t) => t.len(),
                    _ => 0,
                };
                let memory_error = || PyErr::with_args(&super::types().exc("MemoryError"), vec![]);
                if len > 0 && count.checked_mul(len).map_or(true, |t| t > (1usize << 34)) {
                    return Err(memory_error());
                }
                match seq {
                    Value::Str(s) => {
                        let mut out = String::new();
                        out.try_reserve(s.as_str().len() * count).map_err(|_| memory_error())?;
                        for _ in 0..count {
                            out.push_str(s.as_str());
                        }
                        Value::str(out)
                    }
                    Value::List(l) => {
                        let items = l.to_vec();
                        let mut v = Vec::new();
                        v.try_reserve(items.len() * count).map_err(|_| memory_error())?;
                        for _ in 0..count {
                            v.extend(items.iter().cloned());
                        }
                        Value::list(v)
                    }
                    Value::Tuple(t) => {
                        let mut v = Vec::new();
                        v.try_reserve(t.len() * count).map_err(|_| memory_error())?;
                        for _ in 0..count {
                            v.extend(t.items.iter().cloned());
                        }
                        Value::tuple(v)
                    }
                    _ => return Ok(None),
                }
            }
            (BinOp::Mod, Value::Str(fmt), args) => self.percent_format(fmt.as_str(), args)?,
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_), Value::Set(_)) => return self.set_binop(op, a, b),
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let d = Rc::new(crate::object::PyDict::new());
                for (k, v) in x.items().into_iter().chain(y.items()) {
                    self.dict_set(&d, k, v)?;
                }
                Value::Dict(d)
            }
            _ => return Ok(None),
        }))
    }

    /// `a op= b` (`PyNumber_InPlaceAdd` & co): mutates lists, sets and instances with
    /// `__iop__`; otherwise the binary operator.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                crate::builtins::methods::list_extend(self, l, b)?;
                return Ok(a.clone());
            }
            (BinOp::Mul, Value::List(l)) => {
                if let Some(n) = self.repeat_count(b) {
                    let items = l.to_vec();
                    let mut v = Vec::new();
                    for _ in 0..n.max(0) {
                        v.extend(items.iter().cloned());
                    }
                    *l.items_mut() = v;
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s)) if !s.frozen => {
                if let Value::Set(_) = b {
                    let r = self.set_binop(op, a, b)?;
                    if let Some(Value::Set(n)) = r {
                        let t = crate::settable::copy(&n.table.borrow());
                        s.table.borrow_mut().replace_body(t);
                        return Ok(a.clone());
                    }
                }
            }
            (_, Value::Instance(inst)) => {
                if let Some(r) = self.call_special(a, op.idunder(), &[b.clone()])? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                if let Some(base) = &inst.base {
                    if matches!(base, Value::List(_) | Value::Set(_) | Value::Dict(_)) && inst.class.lookup(op.dunder()).is_none() {
                        let base = base.clone();
                        self.inplace_op(op, &base, b)?;
                        return Ok(a.clone());
                    }
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                self.dict_update_from(d, b)?;
                return Ok(a.clone());
            }
            _ => {}
        }
        self.binary_op(op, a, b).map_err(|e| {
            // CPython names the augmented operator: `for +=:`.
            if e.matches("TypeError") {
                if let Some(Value::Str(m)) = e.args().first() {
                    let from = format!("for {}:", op.symbol());
                    if m.as_str().starts_with("unsupported operand type(s) ") && m.as_str().contains(&from) {
                        let sym = if op == BinOp::Pow { "**=" } else { "" };
                        let to = if sym.is_empty() { format!("for {}=:", op.symbol()) } else { format!("for {}:", sym) };
                        return type_error(m.as_str().replacen(&from, &to, 1));
                    }
                }
            }
            e
        })
    }

    /// `a op b` for comparisons (`PyObject_RichCompare`).
    pub fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(ord) = self.builtin_order(a, b)? {
            return Ok(Value::Bool(match ord {
                Some(o) => super::eval::cmp_ord(op, o),
                None => op == CmpOp::Ne,
            }));
        }
        match op {
            CmpOp::Eq | CmpOp::Ne => {
                if let Some(r) = self.user_compare(op, a, b)? {
                    return Ok(r);
                }
                if let Some((x, y)) = unwrap_bases(a, b) {
                    return self.compare_op(op, &x, &y);
                }
                let eq = self.builtin_eq(a, b)?;
                Ok(Value::Bool(eq == (op == CmpOp::Eq)))
            }
            _ => {
                if let Some(r) = self.user_compare(op, a, b)? {
                    return Ok(r);
                }
                if let Some((x, y)) = unwrap_bases(a, b) {
                    return self.compare_op(op, &x, &y);
                }
                if let Some(r) = self.sequence_order(op, a, b)? {
                    return Ok(Value::Bool(r));
                }
                Err(type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), self.type_name(a), self.type_name(b))))
            }
        }
    }

    /// `do_richcompare`: the reflected method of the right operand first when its
    /// type is a proper subclass of the left's, then `a.__op__(b)`, then the reflected.
    fn user_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (ta, tb) = (self.class_of(a), self.class_of(b));
        let right_first = matches!(b, Value::Instance(_)) && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && tb.lookup(op.swapped().dunder()).is_some();
        if right_first {
            if let Some(r) = self.compare_method(b, op.swapped(), a)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.compare_method(a, op, b)? {
            return Ok(Some(r));
        }
        if !right_first {
            if let Some(r) = self.compare_method(b, op.swapped(), a)? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `v.__op__(other)` for an instance, with `object.__ne__`'s default of inverting
    /// `__eq__`; `None` when absent or `NotImplemented`.
    fn compare_method(&mut self, v: &Value, op: CmpOp, other: &Value) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = v else { return Ok(None) };
        if inst.class.lookup(op.dunder()).is_some() {
            let r = self.call_special(v, op.dunder(), &[other.clone()])?;
            return Ok(r.filter(|r| !matches!(r, Value::NotImplemented)));
        }
        if op == CmpOp::Ne && inst.class.lookup("__eq__").is_some() {
            if let Some(r) = self.call_special(v, "__eq__", &[other.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(Value::Bool(!self.truthy(&r)?)));
                }
            }
        }
        Ok(None)
    }

    /// Orders two numbers or two strs; `Ok(None)` when the pair is not of that kind,
    /// `Ok(Some(None))` when unordered (nan).
    fn builtin_order(&self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Some(match (x, y) {
                (Num::I(p), Num::I(q)) => Some(p.cmp(&q)),
                (Num::F(p), Num::F(q)) => p.partial_cmp(&q),
                (Num::I(p), Num::F(q)) => numeric::cmp_i64_f64(p, q),
                (Num::F(p), Num::I(q)) => numeric::cmp_i64_f64(q, p).map(Ordering::reverse),
                (Num::B(p), Num::F(q)) => numeric::cmp_bigint_f64(p, q),
                (Num::F(p), Num::B(q)) => numeric::cmp_bigint_f64(q, p).map(Ordering::reverse),
                (p, q) => Some(to_big(&p).cmp(&to_big(&q))),
            }));
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            return Ok(Some(Some(x.as_str().cmp(y.as_str()))));
        }
        Ok(None)
    }

    /// Lexicographic ordering of lists/tuples and subset ordering of sets.
    fn sequence_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if matches!((a, b), (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_))) {
            self.enter_recursive(" in comparison")?;
            let r = self.sequence_order_items(op, a, b);
            self.depth -= 1;
            return r;
        }
        self.sequence_order_items(op, a, b)
    }

    fn sequence_order_items(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (x, y) = match (a, b) {
            (Value::List(x), Value::List(y)) => (x.to_vec(), y.to_vec()),
            (Value::Tuple(x), Value::Tuple(y)) => (x.items.clone(), y.items.clone()),
            (Value::Set(_), Value::Set(_)) => return self.set_order(op, a, b).map(Some),
            _ => return Ok(None),
        };
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                let r = self.compare_op(op, p, q)?;
                return Ok(Some(self.truthy(&r)?));
            }
        }
        Ok(Some(super::eval::cmp_ord(op, x.len().cmp(&y.len()))))
    }

    /// `a == b` as a bool, with the identity shortcut of `PyObject_RichCompareBool`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // The identity shortcut of containers; an unboxed nan is "identical" to a nan
        // with the same bits, so `[x] == [x]` holds for `x = float('nan')` as in CPython.
        if a.is(b) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.as_str() == y.as_str()),
            _ => {}
        }
        let r = self.compare_op(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// Equality of built-in values (identity for everything without a notion of value).
    fn builtin_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(match (a, b) {
            (Value::None, Value::None) => true,
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.seq_eq(&x, &y)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y): (Rc<PyTuple>, Rc<PyTuple>) = (x.clone(), y.clone());
                self.seq_eq(&x.items, &y.items)?
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                self.enter_recursive(" in comparison")?;
                let r = self.dict_eq_items(x, y);
                self.depth -= 1;
                r?
            }
            (Value::Set(_), Value::Set(_)) => self.set_order(CmpOp::Eq, a, b)?,
            (Value::Range(x), Value::Range(y)) => {
                #[allow(clippy::nonminimal_bool)]
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Value::BoundMethod(x), Value::BoundMethod(y)) => {
                x.receiver.is(&y.receiver)
                    && match (&x.func, &y.func) {
                        (crate::object::MethodFunc::Python(f), crate::object::MethodFunc::Python(g)) => f.is(g),
                        (crate::object::MethodFunc::Native(f), crate::object::MethodFunc::Native(g)) => f == g,
                        _ => false,
                    }
            }
            _ => a.is(b),
        })
    }

    fn dict_eq_items(&mut self, x: &Rc<crate::object::PyDict>, y: &Rc<crate::object::PyDict>) -> PyResult<bool> {
        for (k, v) in x.items() {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.enter_recursive(" in comparison")?;
        let r = self.seq_eq_items(x, y);
        self.depth -= 1;
        r
    }

    fn seq_eq_items(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `op v` (`PyNumber_Negative` & co, and `not`).
    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(v)?));
        }
        match (op, v) {
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-b.as_ref())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(numeric::int_invert(b))),
            (_, Value::Instance(_)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                match self.call_special(v, name, &[])? {
                    Some(r) => Ok(r),
                    None => match crate::interp::attr::instance_base(v) {
                        Some(b) => self.unary_op(op, &b),
                        None => Err(self.bad_unary(op, v)),
                    },
                }
            }
            _ => Err(self.bad_unary(op, v)),
        }
    }

    fn bad_unary(&self, op: UnaryOp, v: &Value) -> PyErr {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        };
        type_error(format!("bad operand type for unary {}: '{}'", sym, self.type_name(v)))
    }

    /// Python truthiness (`PyObject_IsTrue`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undefined => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Iterator(it) => match &*it.state.borrow() {
                crate::object::IterState::View { dict, .. } => !dict.is_empty(),
                _ => true,
            },
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!("__bool__ should return bool, returned {}", self.type_name(&other)))),
                    };
                }
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    return Ok(self.to_index(&r)? != 0);
                }
                match crate::interp::attr::instance_base(v) {
                    Some(b) => return self.truthy(&b),
                    None => true,
                }
            }
            _ => true,
        })
    }

    /// An int argument as `i64` (`__index__` for instances); TypeError otherwise.
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => b.to_i64().ok_or_else(|| crate::error::index_error(format!("cannot fit 'int' into an index-sized integer"))),
            Value::Instance(i) if i.base.is_some() && i.class.lookup("__index__").is_none() => {
                let b = i.base.clone().unwrap_or(Value::None);
                self.to_index(&b)
            }
            Value::Instance(_) => match self.call_special(v, "__index__", &[])? {
                Some(r) => self.to_index(&r),
                None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
            },
            _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }
}


/// For operands that are instances of built-in subclasses, their base values
/// (`None` when neither operand has one).
fn unwrap_bases(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let (x, y) = (crate::interp::attr::instance_base(a), crate::interp::attr::instance_base(b));
    if x.is_none() && y.is_none() {
        return None;
    }
    Some((x.unwrap_or_else(|| a.clone()), y.unwrap_or_else(|| b.clone())))
}
