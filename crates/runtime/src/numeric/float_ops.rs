//! Float `/`, `//`, `%` and `divmod()` with CPython 3.11's exact semantics
//! (signs of zero results, infinities, NaN) from Objects/floatobject.c.

use crate::exc_kind::{ExcKind, RawError, RawResult};

fn zero_div(msg: &str) -> RawError {
    RawError::new(ExcKind::ZeroDivisionError, msg)
}

/// `a / b`. Errors: `ZeroDivisionError: float division by zero` (also for
/// `0.0 / 0.0` and `inf / 0.0`). Mirrors `float_div`.
#[inline]
pub fn float_truediv(a: f64, b: f64) -> RawResult<f64> {
    if b == 0.0 {
        return Err(zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// Remainder with the sign of the divisor (`b != 0`). Mirrors `float_rem`.
#[inline]
fn rem(vx: f64, wx: f64) -> f64 {
    let m = vx % wx; // C fmod: exact
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m + wx
        } else {
            m
        }
    } else {
        0.0f64.copysign(wx)
    }
}

/// Floor quotient and remainder (`b != 0`). Mirrors `_float_div_mod`.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    // vx - m is mathematically an exact multiple of wx, but the subtraction
    // and division are rounded, so the quotient is snapped below.
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b`. Errors: `ZeroDivisionError: float floor division by zero`.
/// Mirrors `float_floor_div`.
pub fn float_floordiv(a: f64, b: f64) -> RawResult<f64> {
    if b == 0.0 {
        return Err(zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` (result has the sign of `b`; `-1.0 % inf == inf`). Errors:
/// `ZeroDivisionError: float modulo`. Mirrors `float_rem`.
pub fn float_mod(a: f64, b: f64) -> RawResult<f64> {
    if b == 0.0 {
        return Err(zero_div("float modulo"));
    }
    Ok(rem(a, b))
}

/// `divmod(a, b)` as `(a // b, a % b)`. Errors: `ZeroDivisionError: float
/// divmod()`. Mirrors `float_divmod`.
pub fn float_divmod(a: f64, b: f64) -> RawResult<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_div("float divmod()"));
    }
    Ok(div_mod(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bitwise equality (distinguishes -0.0, treats NaN == NaN).
    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }
    fn dm(a: f64, b: f64) -> (f64, f64) {
        float_divmod(a, b).unwrap()
    }
    fn check(a: f64, b: f64, q: f64, r: f64) {
        let (gq, gr) = dm(a, b);
        assert!(same(gq, q) && same(gr, r), "divmod({a}, {b}) = ({gq}, {gr}), want ({q}, {r})");
        assert!(same(float_floordiv(a, b).unwrap(), q));
        assert!(same(float_mod(a, b).unwrap(), r));
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn divmod_values() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        check(-7.0, 2.0, -4.0, 1.0);
        check(7.0, -2.0, -4.0, -1.0);
        check(-0.0, 2.0, -0.0, 0.0);
        check(0.0, -2.0, -0.0, -0.0);
        check(-0.0, 1.0, -0.0, 0.0);
        check(0.0, -1.0, -0.0, -0.0);
        check(-0.0, -1.0, 0.0, -0.0);
        check(0.0, 1.0, 0.0, 0.0);
        check(7.5, 2.0, 3.0, 1.5);
        check(-7.5, 2.0, -4.0, 0.5);
        check(7.5, -2.0, -4.0, -0.5);
        check(-7.5, -2.0, 3.0, -1.5);
        check(1e308, 1e-308, inf, 3.498445546245627e-309);
        check(1e300, 1e-300, inf, 4.891554850853602e-301);
        check(inf, 1.0, nan, nan);
        check(1.0, inf, 0.0, 1.0);
        check(-1.0, inf, -1.0, inf);
        check(-7.0, inf, -1.0, inf);
        check(7.0, -inf, -1.0, -inf);
        check(inf, inf, nan, nan);
        check(1e-310, 1e300, 0.0, 1e-310);
        check(-1e-310, 1e300, -1.0, 1e300);
        check(0.1, 0.01, 10.0, 3.469446951953614e-18);
        check(3.0, 0.1, 29.0, 0.09999999999999984);
        check(nan, 1.0, nan, nan);
        check(1.0, nan, nan, nan);
        assert!(same(float_floordiv(-1e300, 1e-300).unwrap(), -inf));
    }

    #[test]
    fn zero_division_messages() {
        let e = |r: RawResult<f64>| r.unwrap_err();
        assert_eq!(e(float_truediv(1.0, 0.0)), zero_div("float division by zero"));
        assert_eq!(e(float_truediv(0.0, -0.0)), zero_div("float division by zero"));
        assert_eq!(e(float_floordiv(1.0, 0.0)), zero_div("float floor division by zero"));
        assert_eq!(e(float_mod(5.0, 0.0)), zero_div("float modulo"));
        assert_eq!(float_divmod(f64::NAN, 0.0).unwrap_err(), zero_div("float divmod()"));
        assert_eq!(float_truediv(1.0, 4.0), Ok(0.25));
    }
}
