//! Entering a function unit's native body from the interpreter through a Rust
//! call, instead of a compiled trampoline.
//!
//! A function unit's body takes `(interp, function, call depth, parameters...)`
//! and returns `(tag, payload)` in two registers (see
//! [`crate::compile`]'s trampoline). When every parameter travels in an integer
//! register (an `Int`, a `Bool`, or a boxed value passed by address) the body has
//! the C signature `extern "C" fn(*mut Interp, *const Function, u64, u64...) ->
//! RawValue` on x86-64 System V (a 16-byte `#[repr(C)]` struct of two integers
//! comes back in RAX:RDX, the registers Cranelift returns two `i64`s in), so Rust
//! can call it directly. That saves compiling a trampoline per unit, about a
//! quarter of a millisecond at the first compile of a process. Units with a float
//! parameter (XMM registers) or more than [`MAX_PARAMS`] parameters keep the
//! compiled trampoline.

use crate::rep::{tag_of, Rep};
use crate::runtime_calls::RawValue;
use pyjit_runtime::interp::Interp;
use pyjit_runtime::object::Function;
use pyjit_runtime::Value;

/// The most parameters [`call`] passes (nine integer arguments in all: six in
/// registers, three on the stack).
pub const MAX_PARAMS: usize = 6;

/// Whether [`call`] can enter a unit with parameters `params` (otherwise the unit
/// needs a compiled trampoline).
pub fn supports(params: &[Rep]) -> bool {
    cfg!(all(target_arch = "x86_64", target_os = "linux"))
        && params.len() <= MAX_PARAMS
        && params.iter().all(|p| matches!(p, Rep::Int | Rep::Bool | Rep::Boxed(_)))
}

/// The argument word of `arg` for a parameter in `rep`, or `None` when `arg` does
/// not have the representation the unit was compiled for.
fn argument_word(rep: Rep, arg: &Value) -> Option<u64> {
    match (rep, arg) {
        (Rep::Int, Value::Int(n)) => Some(*n as u64),
        (Rep::Bool, Value::Bool(b)) => Some(*b as u64),
        (Rep::Boxed(t), v) if t.is_none_or(|t| t == tag_of(v)) => Some(v as *const Value as u64),
        _ => None,
    }
}

/// Calls the function unit body at `body`, compiled for `params` (which
/// [`supports`] accepts), with `args`. Returns `None`, without calling, when an
/// argument does not match its parameter's representation (what the compiled
/// trampoline reports as status 2); otherwise the body's result, owned (tag
/// [`crate::runtime_calls::raw::TAG_RAISED`] when an exception is pending in
/// `Interp::native_pending`). Like the compiled trampoline, it puts the
/// interpreter's call depth back after the call (the body may leave its own).
///
/// # Safety
/// `body` must be a live function unit body compiled for `params` with the ISA's
/// default calling convention; `interp` and `fun` must be valid for the call, and
/// `args` must outlive it (boxed parameters are passed by address).
pub unsafe fn call(interp: *mut Interp, fun: *const Function, body: *const u8, params: &[Rep], args: &[Value]) -> Option<RawValue> {
    if params.len() != args.len() || params.len() > MAX_PARAMS {
        return None;
    }
    let mut w = [0u64; MAX_PARAMS];
    for (i, (&rep, arg)) in params.iter().zip(args).enumerate() {
        w[i] = argument_word(rep, arg)?;
    }
    // SAFETY: the caller guarantees `interp` is valid.
    let depth = unsafe { (*interp).depth };
    let d = depth as u64;
    type F0 = unsafe extern "C" fn(*mut Interp, *const Function, u64) -> RawValue;
    type F1 = unsafe extern "C" fn(*mut Interp, *const Function, u64, u64) -> RawValue;
    type F2 = unsafe extern "C" fn(*mut Interp, *const Function, u64, u64, u64) -> RawValue;
    type F3 = unsafe extern "C" fn(*mut Interp, *const Function, u64, u64, u64, u64) -> RawValue;
    type F4 = unsafe extern "C" fn(*mut Interp, *const Function, u64, u64, u64, u64, u64) -> RawValue;
    type F5 = unsafe extern "C" fn(*mut Interp, *const Function, u64, u64, u64, u64, u64, u64) -> RawValue;
    type F6 = unsafe extern "C" fn(*mut Interp, *const Function, u64, u64, u64, u64, u64, u64, u64) -> RawValue;
    // SAFETY: `body` has the signature of its parameter count (module doc; the
    // caller guarantees it was compiled for `params`).
    let r = unsafe {
        match params.len() {
            0 => std::mem::transmute::<*const u8, F0>(body)(interp, fun, d),
            1 => std::mem::transmute::<*const u8, F1>(body)(interp, fun, d, w[0]),
            2 => std::mem::transmute::<*const u8, F2>(body)(interp, fun, d, w[0], w[1]),
            3 => std::mem::transmute::<*const u8, F3>(body)(interp, fun, d, w[0], w[1], w[2]),
            4 => std::mem::transmute::<*const u8, F4>(body)(interp, fun, d, w[0], w[1], w[2], w[3]),
            5 => std::mem::transmute::<*const u8, F5>(body)(interp, fun, d, w[0], w[1], w[2], w[3], w[4]),
            _ => std::mem::transmute::<*const u8, F6>(body)(interp, fun, d, w[0], w[1], w[2], w[3], w[4], w[5]),
        }
    };
    // SAFETY: as above.
    unsafe { (*interp).depth = depth };
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyjit_runtime::value::tags;

    #[test]
    fn integer_register_parameters_are_supported_and_floats_are_not() {
        assert!(supports(&[Rep::Int, Rep::Bool, Rep::Boxed(None), Rep::Boxed(Some(tags::LIST))]));
        assert!(supports(&[]));
        assert!(!supports(&[Rep::Int, Rep::Float]));
        assert!(!supports(&[Rep::Int; MAX_PARAMS + 1]));
    }

    #[test]
    fn an_argument_of_another_representation_is_refused() {
        assert_eq!(argument_word(Rep::Int, &Value::Int(-3)), Some(-3i64 as u64));
        assert_eq!(argument_word(Rep::Bool, &Value::Bool(true)), Some(1));
        assert_eq!(argument_word(Rep::Int, &Value::Float(1.0)), None);
        assert_eq!(argument_word(Rep::Int, &Value::Bool(true)), None);
        assert_eq!(argument_word(Rep::Boxed(Some(tags::FLOAT)), &Value::Int(1)), None);
        let v = Value::Float(2.0);
        assert_eq!(argument_word(Rep::Boxed(Some(tags::FLOAT)), &v), Some(&v as *const Value as u64));
        assert_eq!(argument_word(Rep::Boxed(None), &v), Some(&v as *const Value as u64));
    }
}
