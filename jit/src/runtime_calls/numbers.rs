//! Numeric operations with CPython's exact float semantics (shared with the
//! interpreter, `pyjit_runtime::numeric` and `mathlib`) and the shared random
//! generator. Errors return 0 so compiled code deoptimizes and the interpreter
//! raises them.

use crate::known::{MathBinary, MathUnary};
use pyjit_runtime::interp::Interp;
use pyjit_runtime::numeric;

/// `a // b` for floats into `*out`; 0 on error.
///
/// # Safety
/// `out` must be valid for writing an `f64` (a native stack slot).
pub unsafe extern "C" fn jit_float_floordiv(a: f64, b: f64, out: *mut f64) -> u32 {
    match numeric::float_floordiv(a, b) {
        // SAFETY: `out` points at a native stack slot.
        Ok(r) => unsafe {
            *out = r;
            1
        },
        Err(_) => 0,
    }
}

/// `a % b` for floats into `*out`; 0 on error.
///
/// # Safety
/// `out` must be valid for writing an `f64` (a native stack slot).
pub unsafe extern "C" fn jit_float_mod(a: f64, b: f64, out: *mut f64) -> u32 {
    match numeric::float_mod(a, b) {
        // SAFETY: as above.
        Ok(r) => unsafe {
            *out = r;
            1
        },
        Err(_) => 0,
    }
}

/// `a ** b` for floats into `*out` (CPython's `float_pow`); 0 on error.
///
/// # Safety
/// `out` must be valid for writing an `f64` (a native stack slot).
pub unsafe extern "C" fn jit_float_pow(a: f64, b: f64, out: *mut f64) -> u32 {
    match numeric::float_pow(a, b) {
        // SAFETY: as above.
        Ok(r) => unsafe {
            *out = r;
            1
        },
        Err(_) => 0,
    }
}

/// `f(x)` for a `math` function of one float; 0 on error.
///
/// # Safety
/// `f` must be the address of a `MathUnary` taken from `known::identify`, and
/// `out` valid for writing an `f64`.
pub unsafe extern "C" fn jit_math_unary(f: usize, x: f64, out: *mut f64) -> u32 {
    // SAFETY: native code passes the address of a `MathUnary` taken from
    // `known::identify`.
    let f: MathUnary = unsafe { std::mem::transmute::<usize, MathUnary>(f) };
    match f(x) {
        // SAFETY: as above.
        Ok(r) => unsafe {
            *out = r;
            1
        },
        Err(_) => 0,
    }
}

/// `f(x, y)` for a `math` function of two floats; 0 on error.
///
/// # Safety
/// `f` must be the address of a `MathBinary` taken from `known::identify`, and
/// `out` valid for writing an `f64`.
pub unsafe extern "C" fn jit_math_binary(f: usize, x: f64, y: f64, out: *mut f64) -> u32 {
    // SAFETY: as for `jit_math_unary`, with a `MathBinary`.
    let f: MathBinary = unsafe { std::mem::transmute::<usize, MathBinary>(f) };
    match f(x, y) {
        // SAFETY: as above.
        Ok(r) => unsafe {
            *out = r;
            1
        },
        Err(_) => 0,
    }
}

/// `random.random()` from the interpreter's generator (the same stream as the
/// interpreter's calls).
///
/// # Safety
/// `interp` must be the running interpreter, not otherwise borrowed during the
/// call.
pub unsafe extern "C" fn jit_random(interp: *mut Interp) -> f64 {
    // SAFETY: native code passes the running interpreter.
    unsafe { (*interp).random.random() }
}
