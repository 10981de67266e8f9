//! Float decomposition and classification: `ldexp`, `frexp`, `modf`,
//! `nextafter`, `ulp`, `isfinite`, `isinf`, `isnan`, `isclose`, `degrees`,
//! `radians`. Mirrors the corresponding `math_*_impl` functions in CPython
//! 3.11's Modules/mathmodule.c.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::errors::range_error;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `math.ldexp(x, i)` = x * 2**i for an int exponent of any size.
/// `OverflowError: math range error` when the result overflows; underflow
/// gives a signed zero. NaNs, zeros and infinities are returned unchanged.
/// Mirrors `math_ldexp_impl` (exponent clamped like `PyLong_AsLongAndOverflow`).
pub fn ldexp(x: f64, i: &BigInt) -> RawResult<f64> {
    let exp: i64 = match i.to_i64() {
        Some(e) => e,
        None if i.sign() == num_bigint::Sign::Minus => i64::MIN,
        None => i64::MAX,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if exp > i64::from(i32::MAX) {
        return Err(range_error());
    }
    if exp < i64::from(i32::MIN) {
        return Ok(0.0f64.copysign(x));
    }
    // In range of i32 by the checks above.
    let r = libm::scalbn(x, exp as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.frexp(x)` = (m, e) with x == m * 2**e and 0.5 <= |m| < 1, or
/// `(x, 0)` for zeros, infinities and NaN. Never fails. Mirrors `math_frexp_impl`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return (x, 0);
    }
    libm::frexp(x)
}

/// `math.modf(x)` = (fractional part, integer part), both with the sign of
/// x; `(±0.0, ±inf)` for infinities, `(nan, nan)` for NaN. Mirrors `math_modf_impl`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    libm::modf(x)
}

/// `math.nextafter(x, y)`: the next float after x towards y (y itself when
/// x == y). Never fails. Mirrors `math_nextafter_impl` (C `nextafter`).
pub fn nextafter(x: f64, y: f64) -> f64 {
    libm::nextafter(x, y)
}

/// `math.ulp(x)`: the value of the least significant bit of |x|
/// (NaN and inf are returned as is). Never fails. Mirrors `math_ulp_impl`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = libm::nextafter(x, f64::NEG_INFINITY);
        return x - x2;
    }
    x2 - x
}

/// `math.isfinite(x)`. Mirrors `math_isfinite_impl`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`. Mirrors `math_isinf_impl`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`. Mirrors `math_isnan_impl`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// Default `rel_tol` of `math.isclose` (1e-09).
pub const ISCLOSE_REL_TOL: f64 = 1e-09;
/// Default `abs_tol` of `math.isclose` (0.0).
pub const ISCLOSE_ABS_TOL: f64 = 0.0;

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
/// `ValueError: tolerances must be non-negative` when either tolerance is
/// negative. NaN is close to nothing; infinities only to themselves.
/// Mirrors `math_isclose_impl`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> RawResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(RawError::new(
            ExcKind::ValueError,
            "tolerances must be non-negative",
        ));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.degrees(x)`: radians to degrees (x * (180/pi)). Mirrors `math_degrees_impl`.
pub fn degrees(x: f64) -> f64 {
    const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
    x * RAD_TO_DEG
}

/// `math.radians(x)`: degrees to radians (x * (pi/180)). Mirrors `math_radians_impl`.
pub fn radians(x: f64) -> f64 {
    const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
    x * DEG_TO_RAD
}
