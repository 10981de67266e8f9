//! Type feedback: each profiled instruction ORs the type tags of its operands into its
//! slot. The JIT reads these masks to choose register representations.

use crate::object::Code;
use crate::value::Value;

pub const TAG_INT: u32 = 1;
pub const TAG_FLOAT: u32 = 2;
pub const TAG_BOOL: u32 = 4;
pub const TAG_BIGINT: u32 = 8;
pub const TAG_STR: u32 = 16;
pub const TAG_LIST: u32 = 32;
pub const TAG_TUPLE: u32 = 64;
pub const TAG_OTHER: u32 = 128;

/// The type tag of a value (one bit).
#[inline]
pub fn tag(v: &Value) -> u32 {
    match v {
        Value::Int(_) => TAG_INT,
        Value::Float(_) => TAG_FLOAT,
        Value::Bool(_) => TAG_BOOL,
        Value::BigInt(_) => TAG_BIGINT,
        Value::Str(_) => TAG_STR,
        Value::List(_) => TAG_LIST,
        Value::Tuple(_) => TAG_TUPLE,
        _ => TAG_OTHER,
    }
}

/// Records the operand types of a binary instruction: left in bits 0..8, right in 8..16.
#[inline]
pub fn record_binary(code: &Code, slot: u32, a: &Value, b: &Value) {
    if let Some(c) = code.feedback.get(slot as usize) {
        c.set(c.get() | tag(a) | (tag(b) << 8));
    }
}

/// Records the operand type of a unary instruction (or an iterator's item).
#[inline]
pub fn record_unary(code: &Code, slot: u32, a: &Value) {
    if let Some(c) = code.feedback.get(slot as usize) {
        c.set(c.get() | tag(a));
    }
}

/// Feedback of an int-int operation.
pub const II: u32 = TAG_INT | TAG_INT << 8;
/// Feedback of a float-float operation.
pub const FF: u32 = TAG_FLOAT | TAG_FLOAT << 8;
/// Feedback of a float-int operation.
pub const FI: u32 = TAG_FLOAT | TAG_INT << 8;
/// Feedback of indexing a list with an int.
pub const LI: u32 = TAG_LIST | TAG_INT << 8;

/// Records the type of a subscript's result, in bits 16..24 of its slot (the
/// operands are in bits 0..16), so compiled code can load the item unboxed.
#[inline]
pub fn record_result(code: &Code, slot: u32, r: &Value) {
    if let Some(c) = code.feedback.get(slot as usize) {
        c.set(c.get() | tag(r) << 16);
    }
}

/// Records a known operand-type mask (the interpreter's fast paths, which know
/// the types without looking them up).
#[inline(always)]
pub fn record_mask(code: &Code, slot: u32, mask: u32) {
    if let Some(c) = code.feedback.get(slot as usize) {
        c.set(c.get() | mask);
    }
}
