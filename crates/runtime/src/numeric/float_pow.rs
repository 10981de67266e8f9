//! Float exponentiation (`x ** y` and `pow(x, y)` on floats).

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Message used where CPython would return a complex number.
pub const NEGATIVE_FRACTIONAL_POWER: &str =
    "negative number cannot be raised to a fractional power";

/// `DOUBLE_IS_ODD_INTEGER` from Objects/floatobject.c.
#[inline]
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `x ** y` for floats with all of CPython's special cases (`x ** 0 == 1` even
/// for NaN, `1 ** y == 1` even for NaN, signed infinities and zeros).
///
/// Errors:
/// - `ZeroDivisionError: 0.0 cannot be raised to a negative power` (`±0.0 ** y`, `y < 0`);
/// - `OverflowError: (34, 'Numerical result out of range')` when the finite
///   operands give an infinite result (`2.0 ** 10000`); underflow gives 0.0;
/// - DEVIATION: a negative finite base with a finite non-integer exponent
///   returns a complex number in CPython; this runtime has no complex type and
///   returns `ValueError: negative number cannot be raised to a fractional power`.
///
/// Mirrors `float_pow` in Objects/floatobject.c (uses the platform `pow` for
/// the general case, exactly as CPython does).
pub fn float_pow(iv: f64, iw: f64) -> RawResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(RawError::new(
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(RawError::new(ExcKind::ValueError, NEGATIVE_FRACTIONAL_POWER));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -r } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }
    fn ok(x: f64, y: f64, want: f64) {
        let got = float_pow(x, y).unwrap();
        assert!(same(got, want), "{x} ** {y} = {got}, want {want}");
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn special_cases() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        ok(10.0, -400.0, 0.0);
        ok(inf, -1.0, 0.0);
        ok(-inf, 3.0, -inf);
        ok(-inf, -3.0, -0.0);
        ok(-inf, 2.0, inf);
        ok(-inf, 0.5, inf);
        ok(-inf, -0.5, 0.0);
        ok(1.0, nan, 1.0);
        ok(nan, 0.0, 1.0);
        ok(nan, nan, nan);
        ok(2.0, nan, nan);
        ok(-1.0, inf, 1.0);
        ok(0.5, inf, 0.0);
        ok(0.5, -inf, inf);
        ok(2.0, -inf, 0.0);
        ok(-2.0, -inf, 0.0);
        ok(-0.5, inf, 0.0);
        ok(-inf, inf, inf);
        ok(-inf, -inf, 0.0);
        ok(0.0, -inf, inf);
        ok(-0.0, -inf, inf);
        ok(-0.0, inf, 0.0);
        ok(-0.0, 3.0, -0.0);
        ok(-0.0, 0.5, 0.0);
        ok(0.0, 0.0, 1.0);
        ok(inf, 0.0, 1.0);
        ok(-1.0, 1e300, 1.0);
        ok(2.0, -1074.0, 5e-324);
        ok(2.0, -1075.0, 0.0);
        ok(-2.0, -1075.0, -0.0);
        ok(1e-200, 2.0, 0.0);
        ok(-1e-200, 3.0, -0.0);
        ok(2.0, 0.5, std::f64::consts::SQRT_2); // 1.4142135623730951
        ok(-3.0, 3.0, -27.0);
        ok(-2.0, -1.0, -0.5);
    }

    #[test]
    fn errors() {
        let zd = RawError::new(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        assert_eq!(float_pow(0.0, -1.0).unwrap_err(), zd);
        assert_eq!(float_pow(-0.0, -2.0).unwrap_err(), zd);
        assert_eq!(float_pow(-0.0, -0.5).unwrap_err(), zd);
        let of = RawError::new(ExcKind::OverflowError, "(34, 'Numerical result out of range')");
        assert_eq!(float_pow(2.0, 10000.0).unwrap_err(), of);
        assert_eq!(float_pow(-2.0, 10001.0).unwrap_err(), of);
        assert_eq!(float_pow(-2.0, 1e300).unwrap_err(), of);
        assert_eq!(float_pow(-0.5, -1e300).unwrap_err(), of);
        assert_eq!(float_pow(10.0, 308.5).unwrap_err(), of);
        assert_eq!(float_pow(-2.0, 0.5).unwrap_err().kind, ExcKind::ValueError);
        assert_eq!(float_pow(-8.0, 1.0 / 3.0).unwrap_err().msg, NEGATIVE_FRACTIONAL_POWER);
    }
}
