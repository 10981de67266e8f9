//! `math.floor`, `math.ceil` and `math.trunc` of a float, returning an exact
//! int. Mirrors `math_floor`, `math_ceil`, `math_trunc` in CPython 3.11's
//! Modules/mathmodule.c together with `PyLong_FromDouble` in Objects/longobject.c.

use num_bigint::BigInt;

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Converts an integral-valued float to the exactly equal int.
/// `OverflowError: cannot convert float infinity to integer` for ±inf,
/// `ValueError: cannot convert float NaN to integer` for NaN.
/// Non-integral inputs are truncated toward zero. Mirrors `PyLong_FromDouble`.
pub fn float_to_bigint(x: f64) -> RawResult<BigInt> {
    if x.is_nan() {
        return Err(RawError::new(
            ExcKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    const TWO_63: f64 = (1u64 << 63) as f64;
    if t.abs() < TWO_63 {
        // |t| < 2**63: fits an i64 exactly.
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**63: a normal float with a non-negative binary exponent.
    let bits = t.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let shift = (biased - 1075).max(0) as u64;
    let magnitude = BigInt::from(mantissa) << shift;
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// `math.floor(x)` for a float: the largest int <= x. Errors as in
/// [`float_to_bigint`]. Mirrors `math_floor` (`PyLong_FromDouble(floor(x))`).
pub fn floor(x: f64) -> RawResult<BigInt> {
    float_to_bigint(x.floor())
}

/// `math.ceil(x)` for a float: the smallest int >= x. Errors as in
/// [`float_to_bigint`]. Mirrors `math_ceil` (`PyLong_FromDouble(ceil(x))`).
pub fn ceil(x: f64) -> RawResult<BigInt> {
    float_to_bigint(x.ceil())
}

/// `math.trunc(x)` for a float: x rounded toward zero. Errors as in
/// [`float_to_bigint`]. Mirrors `math_trunc` (`float.__trunc__`).
pub fn trunc(x: f64) -> RawResult<BigInt> {
    float_to_bigint(x)
}
