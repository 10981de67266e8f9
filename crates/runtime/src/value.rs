//! `Value`: the runtime representation of every Python object.
//!
//! A `Value` is 16 bytes: a tag plus an inline `i64`/`f64`/`bool` or one `Rc` pointer.
//! Small ints and floats are unboxed, which is what the interpreter's fast paths and the
//! JIT's unboxed registers rely on. Invariant: `Int` holds every integer that fits an
//! `i64`; `BigInt` only those that do not.

use crate::object::*;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// A Python object reference (or an unboxed scalar).
pub enum Value {
    /// An unbound register (never visible to Python code).
    Undefined,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Generator(Rc<Generator>),
    Iterator(Rc<PyIterator>),
    Cell(Rc<PyCell>),
    /// `staticmethod`, `classmethod`, `property`, `super` objects.
    Descriptor(Rc<Descriptor>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// An int from a `BigInt`, normalized to `Int` when it fits an `i64`.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// A new `str`.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(s.into())))
    }

    /// A new `list` holding `items`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// A `tuple` holding `items` (the empty tuple is shared, as in CPython).
    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            thread_local! {
                static EMPTY: Rc<PyTuple> = Rc::new(PyTuple::new(Vec::new()));
            }
            return Value::Tuple(EMPTY.with(|e| e.clone()));
        }
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    /// Python's `is`: identity for heap objects, equality of the unboxed payload for
    /// scalars (CPython caches small ints; pyjit treats every equal int as identical).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) | (Undefined, Undefined) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if any (used by `id()` and `is`).
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Descriptor(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    /// True for `Undefined` (an unbound local).
    #[inline]
    pub fn is_undefined(&self) -> bool {
        matches!(self, Value::Undefined)
    }

    /// The `str` payload, if this is a str.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Self {
        match self {
            Value::Undefined => Value::Undefined,
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            _ => self.clone_heap(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Slice(r) => Value::Slice(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Builtin(r) => Value::Builtin(r.clone()),
            Value::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Value::Class(r) => Value::Class(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Module(r) => Value::Module(r.clone()),
            Value::Generator(r) => Value::Generator(r.clone()),
            Value::Iterator(r) => Value::Iterator(r.clone()),
            Value::Cell(r) => Value::Cell(r.clone()),
            Value::Descriptor(r) => Value::Descriptor(r.clone()),
            // SAFETY: the remaining variants are scalars that own nothing, so a bitwise
            // copy is a valid clone.
            scalar => unsafe { std::ptr::read(scalar) },
        }
    }

    /// True for values that own no heap object (dropping them is a no-op).
    #[inline(always)]
    pub fn is_scalar(&self) -> bool {
        matches!(self, Value::Undefined | Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }
}

/// Empties a register file, running destructors only for heap values.
#[inline]
pub fn clear_registers(regs: &mut Vec<Value>) {
    for v in regs.iter_mut() {
        if !v.is_scalar() {
            *v = Value::Undefined;
        }
    }
    // SAFETY: every remaining element is a scalar, which owns nothing, so forgetting
    // them leaks nothing.
    unsafe { regs.set_len(0) }
}
