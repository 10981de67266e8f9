//! The few float operations of Python semantics that Lib/random.py's
//! distributions use, with CPython 3.11's exact errors. They call the
//! platform libm (as CPython does), so results are bit-identical on the
//! same platform.

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `ValueError("math domain error")`.
fn domain_error() -> RawError {
    RawError::new(ExcKind::ValueError, "math domain error")
}

/// `x / y` on floats. Mirrors `float_div` in Objects/floatobject.c.
/// Errors: `ZeroDivisionError("float division by zero")` when `y == 0`.
pub fn div(x: f64, y: f64) -> RawResult<f64> {
    if y == 0.0 {
        return Err(RawError::new(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(x / y)
}

/// `x % y` on floats (result has the sign of `y`). Mirrors `float_rem`
/// in Objects/floatobject.c. Errors: `ZeroDivisionError("float modulo")`.
pub fn rem(x: f64, y: f64) -> RawResult<f64> {
    if y == 0.0 {
        return Err(RawError::new(ExcKind::ZeroDivisionError, "float modulo"));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// `math.log(x)` (natural log). Mirrors `m_log` + `math_1` in
/// Modules/mathmodule.c. Errors: `ValueError("math domain error")` for
/// `x <= 0` (including `-inf`).
pub fn log(x: f64) -> RawResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(x.ln())
}

/// `math.exp(x)`. Mirrors `math_1(x, exp, can_overflow=1)`.
/// Errors: `OverflowError("math range error")` for a finite `x` whose
/// result overflows.
pub fn exp(x: f64) -> RawResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(RawError::new(ExcKind::OverflowError, "math range error"));
    }
    Ok(r)
}

/// `math.sqrt(x)`. Errors: `ValueError("math domain error")` for `x < 0`.
pub fn sqrt(x: f64) -> RawResult<f64> {
    if x < 0.0 {
        return Err(domain_error());
    }
    Ok(x.sqrt())
}

/// `math.cos(x)`. Errors: `ValueError("math domain error")` for infinite `x`.
pub fn cos(x: f64) -> RawResult<f64> {
    if x.is_infinite() {
        return Err(domain_error());
    }
    Ok(x.cos())
}

/// `math.sin(x)`. Errors: `ValueError("math domain error")` for infinite `x`.
pub fn sin(x: f64) -> RawResult<f64> {
    if x.is_infinite() {
        return Err(domain_error());
    }
    Ok(x.sin())
}

/// `math.acos(x)`. Errors: `ValueError("math domain error")` for `|x| > 1`.
pub fn acos(x: f64) -> RawResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if !(-1.0..=1.0).contains(&x) {
        return Err(domain_error());
    }
    Ok(x.acos())
}

/// True if `w` is an odd integer (`DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(w: f64) -> bool {
    w.is_finite() && (w % 2.0).abs() == 1.0
}

/// `v ** w` on floats. Mirrors `float_pow` in Objects/floatobject.c.
///
/// Errors: `ZeroDivisionError("0.0 cannot be raised to a negative power")`;
/// `OverflowError("(34, 'Numerical result out of range')")` on overflow;
/// `ValueError("negative number cannot be raised to a fractional power")`
/// where CPython would return a complex number (unreachable from the
/// distributions of this module for valid parameters).
pub fn pow(v: f64, w: f64) -> RawResult<f64> {
    if w == 0.0 {
        return Ok(1.0);
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let av = v.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (w > 0.0) == (av > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        let odd = is_odd_integer(w);
        return Ok(if w > 0.0 {
            if odd { v } else { v.abs() }
        } else if odd {
            0.0f64.copysign(v)
        } else {
            0.0
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(RawError::new(
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(w) { v } else { 0.0 });
    }
    let mut base = v;
    let mut negate = false;
    if base < 0.0 {
        if w != w.floor() {
            return Err(RawError::new(
                ExcKind::ValueError,
                "negative number cannot be raised to a fractional power",
            ));
        }
        base = -base;
        negate = is_odd_integer(w);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(w);
    if r.is_infinite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -r } else { r })
}
