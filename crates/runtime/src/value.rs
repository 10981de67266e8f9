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
    /// The clone of a heap value: the `Rc`'s count is incremented, then the result is
    /// a bitwise copy of `self` (one 16-byte copy, rather than a tag byte and a
    /// pointer written separately: a value read back whole right after being
    /// written in two parts costs a store-forwarding stall).
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        self.incref_heap();
        // SAFETY: for a heap value, the strong count of its `Rc` was just incremented,
        // so the bitwise copy owns that new reference; a scalar owns nothing, so a
        // bitwise copy is a valid clone.
        unsafe { std::ptr::read(self) }
    }

    /// Writes a clone of `self` over `*dst` as one 16-byte copy, with no `Value`
    /// temporary (which the compiler copies around in pieces).
    ///
    /// # Safety
    /// `dst` must be valid for a write of a `Value`; its old contents are overwritten
    /// without being dropped (so it must hold a scalar, or be uninitialized).
    #[inline(always)]
    pub unsafe fn clone_into(&self, dst: *mut Value) {
        if !self.is_scalar() {
            self.incref_heap();
        }
        // SAFETY: as in `clone_heap`: the reference count (if any) was incremented
        // for the copy; `dst` is writable and owns nothing (caller).
        std::ptr::copy_nonoverlapping(self, dst, 1);
    }

    /// Increments the strong count of the `Rc` a heap value holds (no-op for
    /// scalars): the other half of a bitwise-copy clone.
    #[inline(never)]
    fn incref_heap(&self) {
        match self {
            Value::BigInt(r) => std::mem::forget(r.clone()),
            Value::Str(r) => std::mem::forget(r.clone()),
            Value::List(r) => std::mem::forget(r.clone()),
            Value::Tuple(r) => std::mem::forget(r.clone()),
            Value::Dict(r) => std::mem::forget(r.clone()),
            Value::Set(r) => std::mem::forget(r.clone()),
            Value::Range(r) => std::mem::forget(r.clone()),
            Value::Slice(r) => std::mem::forget(r.clone()),
            Value::Function(r) => std::mem::forget(r.clone()),
            Value::Builtin(r) => std::mem::forget(r.clone()),
            Value::BoundMethod(r) => std::mem::forget(r.clone()),
            Value::Class(r) => std::mem::forget(r.clone()),
            Value::Instance(r) => std::mem::forget(r.clone()),
            Value::Module(r) => std::mem::forget(r.clone()),
            Value::Generator(r) => std::mem::forget(r.clone()),
            Value::Iterator(r) => std::mem::forget(r.clone()),
            Value::Cell(r) => std::mem::forget(r.clone()),
            Value::Descriptor(r) => std::mem::forget(r.clone()),
            // Scalars own nothing.
            _ => {}
        }
    }

    /// True for values that own no heap object (dropping them is a no-op).
    #[inline(always)]
    pub fn is_scalar(&self) -> bool {
        matches!(self, Value::Undefined | Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }
}

/// Stores a scalar into `slot` as one 16-byte write: `word0` holds the tag in its low
/// byte (and a bool payload in the next byte), `word1` the 8-byte payload at offset
/// 8. A register written this way can be read back in parts or whole without a
/// store-forwarding stall (two separate stores read by one 16-byte load stall).
///
/// # Safety
/// `slot` must be valid for a 16-byte write (aligned for `Value`), and must not hold
/// a value that needs dropping (it is overwritten without being dropped). The words
/// must form a valid scalar `Value` per the fixed layout ([`tags`]).
#[inline(always)]
unsafe fn store_scalar_words(slot: *mut Value, word0: u64, word1: u64) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
        // SAFETY: SSE2 is part of the x86_64 baseline; the store is unaligned-tolerant
        // and `slot` is valid for 16 bytes (caller).
        _mm_storeu_si128(slot as *mut __m128i, _mm_set_epi64x(word1 as i64, word0 as i64));
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        (slot as *mut [u64; 2]).write([word0, word1]);
    }
}

impl Value {
    /// Writes `Value::Int(i)` over `*slot` with one 16-byte store. The old value
    /// must be a scalar (it is not dropped).
    ///
    /// # Safety
    /// `slot` must be valid for writes and hold a scalar (or uninitialized memory).
    #[inline(always)]
    pub unsafe fn write_int(slot: *mut Value, i: i64) {
        store_scalar_words(slot, tags::INT as u64, i as u64)
    }

    /// Writes `Value::Float(f)` like [`Value::write_int`].
    ///
    /// # Safety
    /// As for [`Value::write_int`].
    #[inline(always)]
    pub unsafe fn write_float(slot: *mut Value, f: f64) {
        store_scalar_words(slot, tags::FLOAT as u64, f.to_bits())
    }

    /// Writes `Value::Bool(b)` like [`Value::write_int`].
    ///
    /// # Safety
    /// As for [`Value::write_int`].
    #[inline(always)]
    pub unsafe fn write_bool(slot: *mut Value, b: bool) {
        store_scalar_words(slot, tags::BOOL as u64 | (b as u64) << 8, 0)
    }

    /// Writes `Value::None` like [`Value::write_int`].
    ///
    /// # Safety
    /// As for [`Value::write_int`].
    #[inline(always)]
    pub unsafe fn write_none(slot: *mut Value) {
        store_scalar_words(slot, tags::NONE as u64, 0)
    }
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

    #[test]
    fn whole_word_scalar_writes_make_the_same_values() {
        let mut v = Value::Undefined;
        unsafe { Value::write_int(&mut v, -7) };
        assert!(matches!(v, Value::Int(-7)));
        unsafe { Value::write_int(&mut v, i64::MIN) };
        assert!(matches!(v, Value::Int(i64::MIN)));
        unsafe { Value::write_float(&mut v, -0.5) };
        assert!(matches!(v, Value::Float(f) if f == -0.5));
        unsafe { Value::write_bool(&mut v, true) };
        assert!(matches!(v, Value::Bool(true)));
        unsafe { Value::write_bool(&mut v, false) };
        assert!(matches!(v, Value::Bool(false)));
        unsafe { Value::write_none(&mut v) };
        assert!(matches!(v, Value::None));
        let l = Value::list(vec![Value::Int(1)]);
        let c = l.clone();
        assert!(l.is(&c));
        if let Value::List(rc) = &l {
            assert_eq!(Rc::strong_count(rc), 2);
        }
    }
}
