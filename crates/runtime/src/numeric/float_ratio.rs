//! `float.is_integer()` and `float.as_integer_ratio()`.

use num_bigint::BigInt;
use num_traits::One;

use super::fbits::decompose;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `x.is_integer()`: true for finite integral values (including `-0.0`),
/// false for infinities and NaN. Mirrors `float_is_integer_impl`.
#[inline]
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

/// `x.as_integer_ratio()`: the exact `(numerator, denominator)` in lowest
/// terms with a positive denominator (`(0.1).as_integer_ratio() ==
/// (3602879701896397, 36028797018963968)`, `(-0.0) -> (0, 1)`).
/// Errors: `OverflowError: cannot convert Infinity to integer ratio`,
/// `ValueError: cannot convert NaN to integer ratio`.
/// Mirrors `float_as_integer_ratio_impl`.
pub fn float_as_integer_ratio(x: f64) -> RawResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let Some((neg, mant, exp)) = decompose(x) else {
        return Err(RawError::new(ExcKind::ValueError, "cannot convert NaN to integer ratio"));
    };
    if mant == 0 {
        return Ok((BigInt::default(), BigInt::one()));
    }
    let tz = mant.trailing_zeros();
    let mant = mant >> tz;
    let exp = exp + tz as i32;
    let num = BigInt::from(mant);
    let num = if neg { -num } else { num };
    if exp >= 0 {
        Ok((num << exp.unsigned_abs(), BigInt::one()))
    } else {
        Ok((num, BigInt::one() << exp.unsigned_abs()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(x: f64) -> (String, String) {
        let (n, d) = float_as_integer_ratio(x).unwrap();
        (n.to_string(), d.to_string())
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn ratios() {
        let s = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(ratio(2.0), s("2", "1"));
        assert_eq!(ratio(0.1), s("3602879701896397", "36028797018963968"));
        assert_eq!(ratio(-0.0), s("0", "1"));
        assert_eq!(ratio(1.5), s("3", "2"));
        assert_eq!(ratio(-0.75), s("-3", "4"));
        assert_eq!(float_as_integer_ratio(5e-324).unwrap().1.bits(), 1075);
        assert_eq!(
            float_as_integer_ratio(f64::INFINITY).unwrap_err(),
            RawError::new(ExcKind::OverflowError, "cannot convert Infinity to integer ratio")
        );
        assert_eq!(
            float_as_integer_ratio(f64::NAN).unwrap_err(),
            RawError::new(ExcKind::ValueError, "cannot convert NaN to integer ratio")
        );
    }

    #[test]
    fn is_integer() {
        assert!(!float_is_integer(1.5));
        assert!(float_is_integer(-0.0));
        assert!(float_is_integer(1e300));
        assert!(!float_is_integer(f64::INFINITY));
        assert!(!float_is_integer(f64::NAN));
    }
}
