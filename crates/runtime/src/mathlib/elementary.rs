//! One-argument float functions wrapped by `math_1` in CPython 3.11's
//! Modules/mathmodule.c (`FUNC1(...)`): roots, exponentials, logarithm of 1+x,
//! trigonometric and hyperbolic functions, `fabs`, `erf` and `erfc`.
//!
//! Every function takes an `f64` and returns the float result or the
//! `ValueError`/`OverflowError` that CPython raises.

use super::errors::math_1;
use super::platform;
use crate::exc_kind::RawResult;

/// `math.sqrt(x)`; `ValueError: math domain error` for `x < 0`.
/// Mirrors `FUNC1(sqrt, sqrt, 0)`.
pub fn sqrt(x: f64) -> RawResult<f64> {
    math_1(x, x.sqrt(), false)
}

/// `math.cbrt(x)`, never fails. Mirrors `FUNC1(cbrt, cbrt, 0)`.
pub fn cbrt(x: f64) -> RawResult<f64> {
    math_1(x, platform::cbrt(x), false)
}

/// `math.exp(x)`; `OverflowError: math range error` when e**x overflows.
/// Mirrors `FUNC1(exp, exp, 1)`.
pub fn exp(x: f64) -> RawResult<f64> {
    math_1(x, x.exp(), true)
}

/// `math.exp2(x)`; `OverflowError: math range error` when 2**x overflows.
/// Mirrors `FUNC1(exp2, exp2, 1)`.
pub fn exp2(x: f64) -> RawResult<f64> {
    math_1(x, x.exp2(), true)
}

/// `math.expm1(x)` = e**x - 1 accurately near 0; `OverflowError` on overflow.
/// Mirrors `FUNC1(expm1, expm1, 1)`.
pub fn expm1(x: f64) -> RawResult<f64> {
    math_1(x, x.exp_m1(), true)
}

/// `math.log1p(x)` = ln(1 + x); `ValueError: math domain error` for `x <= -1`.
/// Mirrors `FUNC1(log1p, m_log1p, 0)` (`_Py_log1p` keeps the sign of a zero).
pub fn log1p(x: f64) -> RawResult<f64> {
    let r = if x == 0.0 { x } else { x.ln_1p() };
    math_1(x, r, false)
}

/// `math.sin(x)` (radians); `ValueError` for infinite `x`. Mirrors `FUNC1(sin, sin, 0)`.
pub fn sin(x: f64) -> RawResult<f64> {
    math_1(x, x.sin(), false)
}

/// `math.cos(x)` (radians); `ValueError` for infinite `x`. Mirrors `FUNC1(cos, cos, 0)`.
pub fn cos(x: f64) -> RawResult<f64> {
    math_1(x, x.cos(), false)
}

/// `math.tan(x)` (radians); `ValueError` for infinite `x`. Mirrors `FUNC1(tan, tan, 0)`.
pub fn tan(x: f64) -> RawResult<f64> {
    math_1(x, x.tan(), false)
}

/// `math.asin(x)` in radians; `ValueError` outside [-1, 1]. Mirrors `FUNC1(asin, asin, 0)`.
pub fn asin(x: f64) -> RawResult<f64> {
    math_1(x, x.asin(), false)
}

/// `math.acos(x)` in radians; `ValueError` outside [-1, 1]. Mirrors `FUNC1(acos, acos, 0)`.
pub fn acos(x: f64) -> RawResult<f64> {
    math_1(x, x.acos(), false)
}

/// `math.atan(x)` in radians, never fails. Mirrors `FUNC1(atan, atan, 0)`.
pub fn atan(x: f64) -> RawResult<f64> {
    math_1(x, x.atan(), false)
}

/// `math.sinh(x)`; `OverflowError` on overflow. Mirrors `FUNC1(sinh, sinh, 1)`.
pub fn sinh(x: f64) -> RawResult<f64> {
    math_1(x, x.sinh(), true)
}

/// `math.cosh(x)`; `OverflowError` on overflow. Mirrors `FUNC1(cosh, cosh, 1)`.
pub fn cosh(x: f64) -> RawResult<f64> {
    math_1(x, x.cosh(), true)
}

/// `math.tanh(x)`, never fails. Mirrors `FUNC1(tanh, tanh, 0)`.
pub fn tanh(x: f64) -> RawResult<f64> {
    math_1(x, x.tanh(), false)
}

/// `math.asinh(x)`, never fails. Mirrors `FUNC1(asinh, asinh, 0)`.
pub fn asinh(x: f64) -> RawResult<f64> {
    math_1(x, platform::asinh(x), false)
}

/// `math.acosh(x)`; `ValueError` for `x < 1`. Mirrors `FUNC1(acosh, acosh, 0)`.
pub fn acosh(x: f64) -> RawResult<f64> {
    math_1(x, platform::acosh(x), false)
}

/// `math.atanh(x)`; `ValueError` for `|x| >= 1`. Mirrors `FUNC1(atanh, atanh, 0)`.
pub fn atanh(x: f64) -> RawResult<f64> {
    math_1(x, platform::atanh(x), false)
}

/// `math.fabs(x)`, never fails. Mirrors `FUNC1(fabs, fabs, 0)`.
pub fn fabs(x: f64) -> RawResult<f64> {
    math_1(x, x.abs(), false)
}

/// `math.erf(x)`, never fails (underflow is ignored).
/// Mirrors `FUNC1A(erf, m_erf)` with `HAVE_ERF`.
pub fn erf(x: f64) -> RawResult<f64> {
    Ok(platform::erf(x))
}

/// `math.erfc(x)`, never fails (underflow is ignored).
/// Mirrors `FUNC1A(erfc, m_erfc)` with `HAVE_ERFC`.
pub fn erfc(x: f64) -> RawResult<f64> {
    Ok(platform::erfc(x))
}
