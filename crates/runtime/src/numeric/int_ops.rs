//! Python int semantics on `BigInt`: floor division, modulo, divmod, power,
//! shifts and bitwise inversion.
//!
//! `&`, `|` and `^` need no helper: num-bigint's `BigInt` operators already use
//! infinite two's-complement semantics identical to Python's (`-5 & 3 == 3`,
//! `-5 | 3 == -5`, `-5 ^ 3 == -8`; see the tests).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::float_pow::float_pow;
use super::int_float::bigint_to_f64;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Largest result (in bits) that shifts and powers will try to build; beyond
/// it they raise `MemoryError` (CPython would attempt the allocation).
pub const MAX_INT_BITS: u64 = 1 << 32;

fn zero_div(msg: &str) -> RawError {
    RawError::new(ExcKind::ZeroDivisionError, msg)
}

fn memory_error() -> RawError {
    RawError::new(ExcKind::MemoryError, "")
}

/// `a // b` (floor). Errors: `ZeroDivisionError: integer division or modulo by
/// zero`. Mirrors `long_div` / `l_divmod`.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> RawResult<BigInt> {
    if b.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}

/// `a % b` (sign of `b`). Errors: `ZeroDivisionError: integer modulo by zero`.
/// Mirrors `long_mod` / `l_mod`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> RawResult<BigInt> {
    if b.is_zero() {
        return Err(zero_div("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` as `(a // b, a % b)`. Errors: `ZeroDivisionError: integer
/// division or modulo by zero`. Mirrors `long_divmod`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> RawResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_mod_floor(b))
}

/// `~a == -a - 1`. Mirrors `long_invert`.
pub fn int_invert(a: &BigInt) -> BigInt {
    -a - 1
}

/// `base ** exp` for a non-negative exponent (the type enforces it).
/// Errors: `MemoryError` (empty message) when the result would exceed
/// [`MAX_INT_BITS`] bits. Mirrors `long_pow` without modulus.
pub fn int_pow_nonneg(base: &BigInt, exp: &BigUint) -> RawResult<BigInt> {
    if exp.is_zero() {
        return Ok(BigInt::one());
    }
    if base.is_zero() || base.is_one() {
        return Ok(base.clone());
    }
    if *base == BigInt::from(-1) {
        return Ok(if exp.is_odd() { base.clone() } else { BigInt::one() });
    }
    let e = exp.to_u32().ok_or_else(memory_error)?;
    // |result| >= 2**((bits-1)*e): refuse absurd sizes up front.
    let min_bits = (base.bits() - 1).saturating_mul(u64::from(e));
    if min_bits > MAX_INT_BITS {
        return Err(memory_error());
    }
    Ok(Pow::pow(base, e))
}

/// Result of `int ** int`: an int for non-negative exponents, a float otherwise.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPow {
    /// Exact integer result (`exp >= 0`).
    Int(BigInt),
    /// Float result (`exp < 0`, e.g. `2 ** -1 == 0.5`).
    Float(f64),
}

/// `base ** exp` for any exponent. A negative exponent converts both operands
/// to float and uses [`float_pow`] (`2 ** -1 == 0.5`). Errors:
/// `ZeroDivisionError: 0.0 cannot be raised to a negative power` (`0 ** -1`),
/// `OverflowError: int too large to convert to float`, `MemoryError`.
/// Mirrors `long_pow` (no modulus).
pub fn int_pow(base: &BigInt, exp: &BigInt) -> RawResult<IntPow> {
    match exp.sign() {
        Sign::Minus => {
            let b = bigint_to_f64(base)?;
            let e = bigint_to_f64(exp)?;
            float_pow(b, e).map(IntPow::Float)
        }
        _ => int_pow_nonneg(base, exp.magnitude()).map(IntPow::Int),
    }
}

fn negative_shift() -> RawError {
    RawError::new(ExcKind::ValueError, "negative shift count")
}

/// `a << n`. Errors: `ValueError: negative shift count`; `MemoryError` when the
/// result would exceed [`MAX_INT_BITS`] bits. Mirrors `long_lshift`.
pub fn int_lshift(a: &BigInt, n: &BigInt) -> RawResult<BigInt> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n.to_u64().ok_or_else(memory_error)?;
    if n.saturating_add(a.bits()) > MAX_INT_BITS {
        return Err(memory_error());
    }
    Ok(a << n)
}

/// `a >> n` rounding toward negative infinity (`-5 >> 1 == -3`,
/// `-1 >> 100 == -1`). Errors: `ValueError: negative shift count`.
/// Mirrors `long_rshift`.
pub fn int_rshift(a: &BigInt, n: &BigInt) -> RawResult<BigInt> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    let neg = a.is_negative();
    let Some(n) = n.to_u64().filter(|&n| n < a.bits()) else {
        return Ok(if neg { BigInt::from(-1) } else { BigInt::zero() });
    };
    if neg {
        // floor(a / 2**n) == -(((|a| - 1) >> n) + 1)
        let m: BigUint = (a.magnitude() - 1u32) >> n;
        Ok(-BigInt::from(m + 1u32))
    } else {
        Ok(a >> n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: i64) -> BigInt {
        BigInt::from(v)
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn floor_div_mod() {
        assert_eq!(int_floordiv(&b(-7), &b(2)).unwrap(), b(-4));
        assert_eq!(int_mod(&b(-7), &b(2)).unwrap(), b(1));
        assert_eq!(int_mod(&b(7), &b(-2)).unwrap(), b(-1));
        assert_eq!(int_divmod(&b(-7), &b(-2)).unwrap(), (b(3), b(-1)));
        assert_eq!(int_divmod(&b(i64::MIN), &b(-1)).unwrap(), (BigInt::one() << 63u32, b(0)));
        assert_eq!(
            int_floordiv(&b(1), &b(0)).unwrap_err(),
            RawError::new(ExcKind::ZeroDivisionError, "integer division or modulo by zero")
        );
        assert_eq!(
            int_mod(&b(1), &b(0)).unwrap_err(),
            RawError::new(ExcKind::ZeroDivisionError, "integer modulo by zero")
        );
        assert_eq!(
            int_divmod(&b(1), &b(0)).unwrap_err().msg,
            "integer division or modulo by zero"
        );
    }

    #[test]
    fn bit_ops_match_python() {
        assert_eq!(int_invert(&b(5)), b(-6));
        assert_eq!(int_invert(&b(-6)), b(5));
        assert_eq!(b(-5) & b(3), b(3));
        assert_eq!(b(-5) | b(3), b(-5));
        assert_eq!(b(-5) ^ b(3), b(-8));
        let big = BigInt::one() << 100u32;
        // -(2**100) & (2**100 + 5) == 2**100 ; ~(2**100) == -(2**100) - 1
        assert_eq!(-big.clone() & (big.clone() + 5), big.clone());
        assert_eq!(int_invert(&big), -big - 1);
    }

    #[test]
    fn shifts() {
        assert_eq!(int_rshift(&b(-5), &b(1)).unwrap(), b(-3));
        assert_eq!(int_rshift(&b(-1), &b(100)).unwrap(), b(-1));
        assert_eq!(int_rshift(&b(-4), &b(2)).unwrap(), b(-1));
        assert_eq!(int_rshift(&b(-5), &(BigInt::one() << 70u32)).unwrap(), b(-1));
        assert_eq!(int_rshift(&b(5), &(BigInt::one() << 70u32)).unwrap(), b(0));
        assert_eq!(int_lshift(&b(-1), &b(64)).unwrap(), -(BigInt::one() << 64u32));
        assert_eq!(int_lshift(&b(0), &(BigInt::one() << 70u32)).unwrap(), b(0));
        assert_eq!(
            int_lshift(&b(1), &b(-1)).unwrap_err(),
            RawError::new(ExcKind::ValueError, "negative shift count")
        );
        assert_eq!(int_rshift(&b(1), &b(-1)).unwrap_err().msg, "negative shift count");
        assert_eq!(
            int_lshift(&b(1), &(BigInt::one() << 62u32)).unwrap_err(),
            RawError::new(ExcKind::MemoryError, "")
        );
    }

    #[test]
    fn powers() {
        let e = |v: u64| BigUint::from(v);
        assert_eq!(int_pow_nonneg(&b(-2), &e(64)).unwrap(), BigInt::one() << 64u32);
        assert_eq!(int_pow_nonneg(&b(0), &e(0)).unwrap(), b(1));
        let huge = BigUint::one() << 64u32;
        assert_eq!(int_pow_nonneg(&b(0), &huge).unwrap(), b(0));
        assert_eq!(int_pow_nonneg(&b(1), &huge).unwrap(), b(1));
        assert_eq!(int_pow_nonneg(&b(-1), &(huge.clone() + 1u32)).unwrap(), b(-1));
        assert_eq!(int_pow_nonneg(&b(2), &huge).unwrap_err().kind, ExcKind::MemoryError);
        assert_eq!(int_pow(&b(2), &b(-1)).unwrap(), IntPow::Float(0.5));
        assert_eq!(int_pow(&b(-2), &b(-1)).unwrap(), IntPow::Float(-0.5));
        assert_eq!(int_pow(&b(3), &b(2)).unwrap(), IntPow::Int(b(9)));
        assert_eq!(
            int_pow(&b(0), &b(-1)).unwrap_err(),
            RawError::new(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power")
        );
    }
}
