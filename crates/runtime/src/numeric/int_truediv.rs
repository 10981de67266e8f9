//! Correctly rounded true division of Python ints (`int / int -> float`).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::fbits::ldexp;
use crate::exc_kind::{ExcKind, RawError, RawResult};

const DBL_MANT_DIG: i64 = 53;
const DBL_MAX_EXP: i64 = 1024;
const DBL_MIN_EXP: i64 = -1021;

/// `±(a / b)` correctly rounded to a double (round-half-even, including the
/// subnormal range). Returns `None` if the rounded result overflows (or if
/// `b == 0`, which callers rule out first). Mirrors the core of
/// `long_true_divide` in Objects/longobject.c.
pub(crate) fn ratio_to_f64(negate: bool, a: &BigUint, b: &BigUint) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let signed = |v: f64| if negate { -v } else { v };
    if a.is_zero() {
        return Some(signed(0.0));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > DBL_MAX_EXP {
        return None;
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Some(signed(0.0));
    }
    // Scale so that the quotient has DBL_MANT_DIG + 2 (or + 3) bits, or fewer
    // in the subnormal range, keeping track of whether anything was lost.
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x: BigUint = if shift <= 0 {
        a << shift.unsigned_abs()
    } else {
        let s = shift as u64;
        inexact = a.trailing_zeros().is_some_and(|tz| tz < s);
        a >> s
    };
    let (q, r) = x.div_rem(b);
    inexact |= !r.is_zero();
    let x_bits = q.bits() as i64;
    let q = q.to_u64()?; // at most 57 bits by construction
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    if !(1..=63).contains(&extra_bits) {
        return None; // unreachable by construction; never panic
    }
    let mask = 1u64 << (extra_bits - 1);
    let mut low = q | u64::from(inexact);
    if (low & mask) != 0 && (low & (3 * mask - 1)) != 0 {
        low += mask;
    }
    let q = low & !(2 * mask - 1);
    let dx = q as f64; // exact: at most 53 significant bits
    if shift + x_bits >= DBL_MAX_EXP
        && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits))
    {
        return None;
    }
    Some(signed(ldexp(dx, shift)))
}

fn division_by_zero() -> RawError {
    RawError::new(ExcKind::ZeroDivisionError, "division by zero")
}

/// `a / b` for BigInts, correctly rounded. Errors: `ZeroDivisionError: division
/// by zero`, `OverflowError: integer division result too large for a float`.
/// Mirrors `long_true_divide`.
pub fn bigint_true_div(a: &BigInt, b: &BigInt) -> RawResult<f64> {
    if b.is_zero() {
        return Err(division_by_zero());
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    ratio_to_f64(negate, a.magnitude(), b.magnitude()).ok_or_else(|| {
        RawError::new(ExcKind::OverflowError, "integer division result too large for a float")
    })
}

/// `a / b` for i64 operands (never overflows). Uses plain double division when
/// both operands are exactly representable (|x| <= 2**53), like CPython's fast
/// path, else the exact algorithm. Errors: `ZeroDivisionError: division by
/// zero`. Mirrors `long_true_divide`.
#[inline]
pub fn i64_true_div(a: i64, b: i64) -> RawResult<f64> {
    const EXACT: u64 = 1 << 53;
    if b == 0 {
        return Err(division_by_zero());
    }
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    bigint_true_div(&BigInt::from(a), &BigInt::from(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};

    fn p2(n: u32) -> BigInt {
        BigInt::one() << n
    }
    fn div(a: BigInt, b: BigInt) -> RawResult<f64> {
        bigint_true_div(&a, &b)
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn exact_rounding() {
        let ten = BigInt::from(10);
        assert_eq!(div(ten.clone().pow(400u32), ten.clone().pow(399u32)).unwrap(), 10.0);
        assert_eq!(div(BigInt::from(1), ten.clone().pow(400u32)).unwrap(), 0.0);
        let r = div(BigInt::from(-5), ten.clone().pow(400u32)).unwrap();
        assert!(r == 0.0 && r.is_sign_negative());
        assert_eq!(div(p2(54) + 3, BigInt::from(1)).unwrap(), 1.8014398509481988e16);
        assert_eq!(div(p2(70) + 1, p2(17)).unwrap(), 9007199254740992.0);
        assert_eq!(div(ten.clone().pow(30u32), BigInt::from(7)).unwrap(), 1.4285714285714285e29);
        assert_eq!(div(BigInt::from(7), -p2(60)).unwrap(), -6.071532165918825e-18);
        assert_eq!(div(p2(1024) - 1, BigInt::from(2)).unwrap(), 8.98846567431158e307);
        assert_eq!(div(p2(1025) - 1, BigInt::from(4)).unwrap(), 8.98846567431158e307);
        assert_eq!(
            div(p2(1024) - p2(970) - 1, BigInt::from(1)).unwrap(),
            1.7976931348623157e308
        );
        assert_eq!(div(BigInt::from(1), p2(1074)).unwrap(), 5e-324);
        assert_eq!(div(BigInt::from(1), p2(1075)).unwrap(), 0.0);
        assert_eq!(div(BigInt::from(3), p2(1076)).unwrap(), 5e-324);
        assert_eq!(div(BigInt::from(1), BigInt::from(3) * p2(1073)).unwrap(), 5e-324);
    }

    #[test]
    fn errors() {
        let over = RawError::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        );
        assert_eq!(div(BigInt::from(10).pow(400u32), BigInt::from(1)).unwrap_err(), over);
        assert_eq!(div(p2(1025), BigInt::from(2)).unwrap_err(), over);
        assert_eq!(div(p2(1024) - p2(970), BigInt::from(1)).unwrap_err(), over);
        assert_eq!(
            div(BigInt::from(1), BigInt::from(0)).unwrap_err(),
            RawError::new(ExcKind::ZeroDivisionError, "division by zero")
        );
        assert_eq!(i64_true_div(1, 0).unwrap_err().msg, "division by zero");
    }

    #[test]
    fn small_fast_path() {
        assert_eq!(i64_true_div(-7, 2).unwrap(), -3.5);
        assert_eq!(i64_true_div(1, 3).unwrap(), 0.3333333333333333);
        let z = i64_true_div(0, -5).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        assert_eq!(i64_true_div((1 << 53) + 1, 1).unwrap(), 9007199254740992.0);
        assert_eq!(i64_true_div(i64::MIN, -1).unwrap(), super::super::fbits::TWO_POW_63);
    }
}
