//! Python's built-in `round()` for floats and ints.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Zero};

use super::fbits::decompose;
use super::int_float::{biguint_to_f64, float_to_bigint};
use super::int_truediv::ratio_to_f64;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// For `ndigits > NDIGITS_MAX` every double rounds to itself.
const NDIGITS_MAX: i64 = 323;
/// For `ndigits < NDIGITS_MIN` every double rounds to a signed zero.
const NDIGITS_MIN: i64 = -308;

/// `num / den` rounded to the nearest integer, ties to even (`den > 0`).
fn div_round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let twice_r: BigUint = r << 1u32;
    match twice_r.cmp(den) {
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    }
}

fn pow10(k: u32) -> BigUint {
    Pow::pow(BigUint::from(10u32), k)
}

/// `round(x)` with no `ndigits`: nearest integer, ties to even, as an exact
/// int (`round(2.5) == 2`, `round(-0.5) == 0`). Errors: `OverflowError: cannot
/// convert float infinity to integer`, `ValueError: cannot convert float NaN
/// to integer`. Mirrors `float___round___impl` with `ndigits=None`.
pub fn round_f64_to_int(x: f64) -> RawResult<BigInt> {
    float_to_bigint(x.round_ties_even())
}

/// `round(x, ndigits)` for a float: the double nearest to the decimal value
/// obtained by rounding the *exact* binary value of `x` to `ndigits` decimal
/// places, ties to even (`round(2.675, 2) == 2.67`, `round(0.125, 2) == 0.12`,
/// `round(-0.4, 0) == -0.0`). `ndigits` may be negative; the caller clips
/// Python ints to `i64` (CPython clips to `Py_ssize_t`). NaN and infinities
/// are returned unchanged. Errors: `OverflowError: rounded value too large to
/// represent`. Mirrors `float___round___impl` + `double_round`
/// (Objects/floatobject.c, dtoa-based variant).
pub fn round_f64_digits(x: f64, ndigits: i64) -> RawResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let Some((neg, mant, exp)) = decompose(x) else {
        return Ok(x);
    };
    let mut num = BigUint::from(mant);
    let mut den = BigUint::one();
    if exp >= 0 {
        num <<= exp.unsigned_abs();
    } else {
        den <<= exp.unsigned_abs();
    }
    let k = ndigits.unsigned_abs() as u32; // <= 323 here
    let scale = pow10(k);
    let rounded = if ndigits >= 0 {
        let n = div_round_half_even(&(num * &scale), &den);
        ratio_to_f64(neg, &n, &scale)
    } else {
        let n = div_round_half_even(&num, &(den * &scale));
        biguint_to_f64(&(n * scale)).map(|v| if neg { -v } else { v })
    };
    // A zero result keeps the sign of x, as the "-0e.." string does in CPython.
    rounded.map(|v| if v == 0.0 { 0.0f64.copysign(x) } else { v }).ok_or_else(|| {
        RawError::new(ExcKind::OverflowError, "rounded value too large to represent")
    })
}

/// `round(x, ndigits)` for an int: `x` itself when `ndigits >= 0`, otherwise
/// `x` rounded to a multiple of `10**-ndigits`, ties to even
/// (`round(1250, -2) == 1200`, `round(-1350, -2) == -1400`). Never fails:
/// hopelessly large `-ndigits` give 0 without computing the power.
/// Mirrors `long_round` + `_PyLong_DivmodNear`.
pub fn round_int_digits(x: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || x.is_zero() {
        return x.clone();
    }
    let k = ndigits.unsigned_abs();
    // If 10**k >= 2**(bits+1) > 2|x|, the result is 0.
    if (k as f64) * std::f64::consts::LOG2_10 >= (x.bits() + 1) as f64 {
        return BigInt::zero();
    }
    let Ok(k) = u32::try_from(k) else {
        return BigInt::zero();
    };
    let scale = pow10(k);
    let q = div_round_half_even(x.magnitude(), &scale);
    let mag = q * scale;
    BigInt::from_biguint(if x.sign() == Sign::Minus { Sign::Minus } else { Sign::Plus }, mag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }
    fn r(x: f64, n: i64, want: f64) {
        let got = round_f64_digits(x, n).unwrap();
        assert!(same(got, want), "round({x}, {n}) = {got}, want {want}");
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn float_with_ndigits() {
        r(2.675, 2, 2.67);
        r(0.125, 2, 0.12);
        r(0.375, 2, 0.38);
        r(1e300, -400, 0.0);
        r(-1e300, -400, -0.0);
        r(1e300, 400, 1e300);
        r(1.5, 400, 1.5);
        r(123.456, -2, 100.0);
        r(f64::INFINITY, 2, f64::INFINITY);
        r(f64::NAN, 2, f64::NAN);
        r(5e-324, 323, 0.0);
        r(5e-324, 324, 5e-324);
        r(-5e-324, 300, -0.0);
        r(1e-320, 322, 1e-320);
        r(-0.5, 0, -0.0);
        r(0.5, 0, 0.0);
        r(-0.4, 0, -0.0);
        r(2.5, 0, 2.0);
        r(-2.5, 0, -2.0);
        r(1.25, 1, 1.2);
        r(1.35, 1, 1.4);
        r(-1.35, 1, -1.4);
        r(123456789.0, -5, 123500000.0);
        r(1e308, -308, 1e308);
        r(0.0, -400, 0.0);
        r(-0.0, 2, -0.0);
        r(2.5, i64::MIN, 0.0);
        r(2.5, i64::MAX, 2.5);
    }

    #[test]
    fn float_overflow() {
        let e = RawError::new(ExcKind::OverflowError, "rounded value too large to represent");
        assert_eq!(round_f64_digits(1.7976931348623157e308, -308).unwrap_err(), e);
        assert_eq!(round_f64_digits(1.7976931348623157e308, -307).unwrap_err(), e);
        assert_eq!(round_f64_digits(-1.5e308, -308).unwrap_err(), e);
    }

    #[test]
    fn float_to_int() {
        let i = |x: f64| round_f64_to_int(x).unwrap();
        assert_eq!(i(2.5), BigInt::from(2));
        assert_eq!(i(3.5), BigInt::from(4));
        assert_eq!(i(-2.5), BigInt::from(-2));
        assert_eq!(i(-0.5), BigInt::from(0));
        assert_eq!(i(-0.4), BigInt::from(0));
        assert_eq!(i(1e16 + 1.0), BigInt::from(10_000_000_000_000_000i64));
        assert_eq!(
            round_f64_to_int(f64::INFINITY).unwrap_err(),
            RawError::new(ExcKind::OverflowError, "cannot convert float infinity to integer")
        );
        assert_eq!(
            round_f64_to_int(f64::NAN).unwrap_err(),
            RawError::new(ExcKind::ValueError, "cannot convert float NaN to integer")
        );
    }

    #[test]
    fn int_with_ndigits() {
        let ri = |x: i64, n: i64| round_int_digits(&BigInt::from(x), n);
        assert_eq!(ri(1250, -2), BigInt::from(1200));
        assert_eq!(ri(-1350, -2), BigInt::from(-1400));
        assert_eq!(ri(1350, -2), BigInt::from(1400));
        assert_eq!(ri(15, -1), BigInt::from(20));
        assert_eq!(ri(25, -1), BigInt::from(20));
        assert_eq!(ri(-25, -1), BigInt::from(-20));
        assert_eq!(ri(12345, 2), BigInt::from(12345));
        assert_eq!(ri(5, -1), BigInt::from(0));
        assert_eq!(ri(-5, -1), BigInt::from(0));
        assert_eq!(ri(5, -100), BigInt::from(0));
        assert_eq!(ri(7, 0), BigInt::from(7));
        assert_eq!(ri(0, -3), BigInt::from(0));
        assert_eq!(ri(9, i64::MIN), BigInt::from(0));
        let t30 = Pow::pow(BigInt::from(10), 30u32);
        assert_eq!(round_int_digits(&t30, -29), t30);
        assert_eq!(round_int_digits(&(t30.clone() * -5 / 10), -30), BigInt::from(0));
        assert_eq!(round_int_digits(&(t30.clone() * 6 / 10), -30), t30);
    }
}
