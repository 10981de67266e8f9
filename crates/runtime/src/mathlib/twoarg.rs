//! Two-argument float functions: `atan2`, `fmod`, `copysign`, `remainder` and
//! `pow`. Mirrors `m_atan2`, `math_fmod_impl`, `m_remainder`, `math_pow_impl`
//! and the `math_2` wrapper in CPython 3.11's Modules/mathmodule.c.

use std::f64::consts::PI;

use super::errors::{check_errno, math_2, Errno};
use crate::exc_kind::RawResult;

/// Mirrors `m_atan2`: C99 special cases handled explicitly, the rest from libm.
fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                return (0.25 * PI).copysign(y);
            }
            return (0.75 * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            return 0.0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    y.atan2(x)
}

/// `math.atan2(y, x)` in radians (-pi..=pi), never fails.
/// Mirrors `FUNC2(atan2, m_atan2)`.
pub fn atan2(y: f64, x: f64) -> RawResult<f64> {
    math_2(y, x, m_atan2(y, x))
}

/// `math.copysign(x, y)`: |x| with the sign of y, never fails.
/// Mirrors `FUNC2(copysign, copysign)`.
pub fn copysign(x: f64, y: f64) -> RawResult<f64> {
    math_2(x, y, x.copysign(y))
}

/// `math.fmod(x, y)`: C fmod (sign of x). `ValueError: math domain error`
/// when `y == 0` or `x` is infinite (NaN from non-NaN). Mirrors `math_fmod_impl`.
pub fn fmod(x: f64, y: f64) -> RawResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return check_errno(r, Errno::Dom);
    }
    Ok(r)
}

/// Mirrors `m_remainder`: exact IEEE 754 remainder (ties pick the even multiple).
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.remainder(x, y)`: x - n*y for the nearest integer n (ties to even).
/// `ValueError: math domain error` when `y == 0` or `x` is infinite.
/// Mirrors `FUNC2(remainder, m_remainder)`.
pub fn remainder(x: f64, y: f64) -> RawResult<f64> {
    math_2(x, y, m_remainder(x, y))
}

/// `math.pow(x, y)` with C99 Annex F rules (unlike `**`, `0.0 ** -1` is a
/// `ValueError: math domain error`, and a negative base with a non-integral
/// exponent is a `ValueError` instead of a complex result).
/// `OverflowError: math range error` on overflow. Mirrors `math_pow_impl`.
pub fn pow(x: f64, y: f64) -> RawResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    let errno = if r.is_nan() {
        Errno::Dom
    } else if r.is_infinite() {
        if x == 0.0 {
            Errno::Dom
        } else {
            Errno::Range
        }
    } else {
        Errno::None
    };
    check_errno(r, errno)
}
