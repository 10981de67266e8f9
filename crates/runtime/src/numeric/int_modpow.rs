//! Three-argument `pow(base, exp, mod)` for ints.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `pow(base, exp, modulus)`: the result lies in `[0, m)` for `m > 0` and in
/// `(m, 0]` for `m < 0`. A negative `exp` uses the modular inverse of `base`.
/// Errors: `ValueError: pow() 3rd argument cannot be 0`,
/// `ValueError: base is not invertible for the given modulus`.
/// Mirrors `long_pow` with a modulus in Objects/longobject.c.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> RawResult<BigInt> {
    if modulus.is_zero() {
        return Err(RawError::new(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.sign() == Sign::Minus;
    let m: BigUint = modulus.magnitude().clone();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    // Reduce the base into [0, m).
    let m_signed = BigInt::from(m.clone());
    let mut a: BigUint = base.mod_floor(&m_signed).magnitude().clone();
    if exp.sign() == Sign::Minus {
        a = a.modinv(&m).ok_or_else(|| {
            RawError::new(ExcKind::ValueError, "base is not invertible for the given modulus")
        })?;
    }
    let z = BigInt::from(a.modpow(exp.magnitude(), &m));
    if negative_output && !z.is_zero() {
        Ok(z - m_signed)
    } else {
        Ok(z)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: i64, b: i64, c: i64) -> RawResult<BigInt> {
        int_pow_mod(&BigInt::from(a), &BigInt::from(b), &BigInt::from(c))
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn modpow_values() {
        assert_eq!(p(2, 3, 5).unwrap(), BigInt::from(3));
        assert_eq!(p(2, -1, 5).unwrap(), BigInt::from(3));
        assert_eq!(p(3, 4, -5).unwrap(), BigInt::from(-4));
        assert_eq!(p(-3, 3, 5).unwrap(), BigInt::from(3));
        assert_eq!(p(2, -1, -5).unwrap(), BigInt::from(-2));
        assert_eq!(p(3, 2, 1).unwrap(), BigInt::from(0));
        assert_eq!(p(3, 2, -1).unwrap(), BigInt::from(0));
        assert_eq!(p(4, -2, 9).unwrap(), BigInt::from(4));
        assert_eq!(p(0, 0, 1).unwrap(), BigInt::from(0));
        assert_eq!(p(0, 0, 5).unwrap(), BigInt::from(1));
        assert_eq!(p(5, 0, -3).unwrap(), BigInt::from(-2));
        let t30 = BigInt::from(10).pow(30);
        let r = int_pow_mod(&t30, &BigInt::from(3), &BigInt::from(7)).unwrap();
        assert_eq!(r, BigInt::from(1));
        let r = int_pow_mod(&-t30, &BigInt::from(-1), &BigInt::from(7)).unwrap();
        assert_eq!(r, BigInt::from(6));
    }

    #[test]
    fn modpow_errors() {
        assert_eq!(
            p(2, 3, 0).unwrap_err(),
            RawError::new(ExcKind::ValueError, "pow() 3rd argument cannot be 0")
        );
        assert_eq!(
            p(2, -1, 4).unwrap_err(),
            RawError::new(ExcKind::ValueError, "base is not invertible for the given modulus")
        );
        assert_eq!(
            p(0, -1, 5).unwrap_err().msg,
            "base is not invertible for the given modulus"
        );
    }
}
