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
///
/// The layout is fixed (`repr(u8)`, explicit discriminants) because JIT-compiled code
/// reads and writes frame registers directly: the tag is the byte at offset 0
/// ([`tags`]), a `bool` payload is the byte at offset 1, and every other payload
/// (an `i64`, an `f64`'s bits, or the `Rc` pointer) is the 8 bytes at offset 8.
/// The scalar variants (which own nothing) have the smallest tags, up to
/// [`tags::MAX_SCALAR`].
#[repr(u8)]
pub enum Value {
    /// An unbound register (never visible to Python code).
    Undefined = tags::UNDEFINED,
    None = tags::NONE,
    NotImplemented = tags::NOT_IMPLEMENTED,
    Ellipsis = tags::ELLIPSIS,
    Bool(bool) = tags::BOOL,
    Int(i64) = tags::INT,
    Float(f64) = tags::FLOAT,
    BigInt(Rc<BigInt>) = tags::BIGINT,
    Str(Rc<PyStr>) = tags::STR,
    List(Rc<PyList>) = tags::LIST,
    Tuple(Rc<PyTuple>) = tags::TUPLE,
    Dict(Rc<PyDict>) = tags::DICT,
    Set(Rc<PySet>) = tags::SET,
    Range(Rc<PyRange>) = tags::RANGE,
    Slice(Rc<PySlice>) = tags::SLICE,
    Function(Rc<Function>) = tags::FUNCTION,
    Builtin(Rc<BuiltinFunction>) = tags::BUILTIN,
    BoundMethod(Rc<BoundMethod>) = tags::BOUND_METHOD,
    Class(Rc<Class>) = tags::CLASS,
    Instance(Rc<Instance>) = tags::INSTANCE,
    Module(Rc<Module>) = tags::MODULE,
    Generator(Rc<Generator>) = tags::GENERATOR,
    Iterator(Rc<PyIterator>) = tags::ITERATOR,
    Cell(Rc<PyCell>) = tags::CELL,
    /// `staticmethod`, `classmethod`, `property`, `super` objects.
    Descriptor(Rc<Descriptor>) = tags::DESCRIPTOR,
}

/// The tag byte of each `Value` variant (offset 0 of a `Value`).
pub mod tags {
    pub const UNDEFINED: u8 = 0;
    pub const NONE: u8 = 1;
    pub const NOT_IMPLEMENTED: u8 = 2;
    pub const ELLIPSIS: u8 = 3;
    pub const BOOL: u8 = 4;
    pub const INT: u8 = 5;
    pub const FLOAT: u8 = 6;
    /// Tags up to this one are scalars: overwriting them needs no destructor.
    pub const MAX_SCALAR: u8 = 6;
    pub const BIGINT: u8 = 7;
    pub const STR: u8 = 8;
    pub const LIST: u8 = 9;
    pub const TUPLE: u8 = 10;
    pub const DICT: u8 = 11;
    pub const SET: u8 = 12;
    pub const RANGE: u8 = 13;
    pub const SLICE: u8 = 14;
    pub const FUNCTION: u8 = 15;
    pub const BUILTIN: u8 = 16;
    pub const BOUND_METHOD: u8 = 17;
    pub const CLASS: u8 = 18;
    pub const INSTANCE: u8 = 19;
    pub const MODULE: u8 = 20;
    pub const GENERATOR: u8 = 21;
    pub const ITERATOR: u8 = 22;
    pub const CELL: u8 = 23;
    pub const DESCRIPTOR: u8 = 24;
    /// Byte offset of an 8-byte payload (`i64`, `f64` bits, `Rc` pointer).
    pub const PAYLOAD_OFFSET: i32 = 8;
    /// Byte offset of a `bool` payload.
    pub const BOOL_OFFSET: i32 = 1;
    /// The `Rc` payload points at the reference counts (strong, then weak); the
    /// object itself starts this many bytes after it (std's `#[repr(C)]` `RcInner`).
    pub const RC_VALUE_OFFSET: i32 = 16;
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

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

/// Empties a register file that may hold heap values only in its first `live`
/// registers (the rest are forgotten: scalars, which own nothing).
#[inline(always)]
pub fn clear_registers_upto(regs: &mut Vec<Value>, live: usize) {
    let live = live.min(regs.len());
    for v in regs[..live].iter_mut() {
        if !v.is_scalar() {
            *v = Value::Undefined;
        }
    }
    // SAFETY: `set_len(0)` only forgets the elements (never reads uninitialized
    // memory); the first `live` are scalars now and the caller guarantees the rest
    // are, so forgetting them leaks nothing.
    unsafe { regs.set_len(0) }
}

/// Empties a register file, running destructors only for heap values.
#[inline(always)]
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

#[cfg(test)]
mod layout_tests {
    use super::*;

    fn bytes(v: &Value) -> [u8; 16] {
        // SAFETY: a Value is 16 initialized-or-padding bytes; only the tag and the
        // payload bytes, which are initialized for these variants, are inspected.
        unsafe { std::ptr::read(v as *const Value as *const [u8; 16]) }
    }

    #[test]
    fn tags_and_payload_offsets_are_what_native_code_assumes() {
        let b = bytes(&Value::Int(-5));
        assert_eq!(b[0], tags::INT);
        assert_eq!(i64::from_ne_bytes(b[8..16].try_into().unwrap()), -5);
        let b = bytes(&Value::Float(2.5));
        assert_eq!(b[0], tags::FLOAT);
        assert_eq!(f64::from_ne_bytes(b[8..16].try_into().unwrap()), 2.5);
        let b = bytes(&Value::Bool(true));
        assert_eq!((b[0], b[1]), (tags::BOOL, 1));
        assert_eq!(bytes(&Value::None)[0], tags::NONE);
        let l = Value::list(vec![]);
        let b = bytes(&l);
        assert_eq!(b[0], tags::LIST);
        let Value::List(rc) = &l else { unreachable!() };
        assert_eq!(usize::from_ne_bytes(b[8..16].try_into().unwrap()) + tags::RC_VALUE_OFFSET as usize, Rc::as_ptr(rc) as usize);
        assert!(Value::Float(0.0).is_scalar() && !l.is_scalar());
    }
}
