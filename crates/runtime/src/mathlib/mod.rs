//! The numeric functions and constants of Python's `math` module, mirroring
//! CPython 3.11's Modules/mathmodule.c: same results (bit-identical floats on
//! the same platform libm), same exceptions and messages.
//!
//! Argument conversion is the interpreter's job: float functions take `f64`
//! (ints already converted with `float()`), integer functions take `&BigInt`,
//! and the log family takes a [`LogArg`] so that huge ints keep working.
//! `math.prod` needs generic multiplication and lives in the interpreter.

mod bigfloat;
mod elementary;
mod errors;
mod fpmanip;
mod fsum;
mod gamma;
mod intfuncs;
mod logs;
mod norm;
mod platform;
mod rounding;
mod twoarg;

#[cfg(test)]
mod tests;

pub use bigfloat::{bigint_to_f64, frexp_biguint};
pub use elementary::{
    acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, fabs,
    log1p, sin, sinh, sqrt, tan, tanh,
};
pub use errors::{domain_error, range_error};
pub use fpmanip::{
    degrees, frexp, isclose, isfinite, isinf, isnan, ldexp, modf, nextafter, radians, ulp,
    ISCLOSE_ABS_TOL, ISCLOSE_REL_TOL,
};
pub use fsum::{fsum, fsum_slice, Fsum};
pub use gamma::{gamma, lgamma};
pub use intfuncs::{comb, factorial, gcd, isqrt, lcm, perm};
pub use logs::{log, log10, log2, log_base, LogArg};
pub use norm::{dist, hypot};
pub use rounding::{ceil, float_to_bigint, floor, trunc};
pub use twoarg::{atan2, copysign, fmod, pow, remainder};

/// `math.pi` = 3.141592653589793 (`Py_MATH_PI`).
pub const PI: f64 = std::f64::consts::PI;
/// `math.e` = 2.718281828459045 (`Py_MATH_E`).
pub const E: f64 = std::f64::consts::E;
/// `math.tau` = 6.283185307179586 (`Py_MATH_TAU`).
pub const TAU: f64 = std::f64::consts::TAU;
/// `math.inf` = positive infinity (`m_inf`).
pub const INF: f64 = f64::INFINITY;
/// `math.nan` = a quiet NaN (`m_nan`, positive sign bit).
pub const NAN: f64 = f64::NAN;
