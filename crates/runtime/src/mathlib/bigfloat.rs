//! Correctly rounded conversions of big integers to floats, as used by
//! `math.log` on ints and by `math.ldexp`. Mirrors `_PyLong_Frexp` and
//! `PyLong_AsDouble` in CPython 3.11's Objects/longobject.c.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;

/// Splits `|n|` into `(x, e)` with `|n| ≈ x * 2**e`, `x` in [0.5, 1) rounded
/// half-to-even to 53 bits, or `(0.0, 0)` for zero. `e` is the bit length
/// (plus one when rounding carries into a new bit).
///
/// Mirrors `_PyLong_Frexp` in Objects/longobject.c (sign not included).
pub fn frexp_biguint(n: &BigUint) -> (f64, u64) {
    let bits = n.bits();
    if bits == 0 {
        return (0.0, 0);
    }
    // Keep 55 significant bits plus a sticky bit for the discarded ones; the
    // u64 -> f64 conversion then rounds half-to-even exactly once.
    let top: u64 = if bits <= 55 {
        let v = n.to_u64().unwrap_or(0);
        v << (55 - bits)
    } else {
        let shift = bits - 55;
        let high: BigUint = n >> shift;
        let mut v = high.to_u64().unwrap_or(0);
        if n.trailing_zeros().unwrap_or(0) < shift {
            v |= 1;
        }
        v
    };
    // top is in [2**54, 2**55); scaling by 2**-55 is exact.
    let x = (top as f64) * f64::from_bits(0x3C8 << 52);
    if x >= 1.0 {
        (0.5, bits + 1)
    } else {
        (x, bits)
    }
}

/// Converts `n` to the nearest float (ties to even), or `None` when the
/// rounded value exceeds the float range (CPython then raises
/// `OverflowError: int too large to convert to float`).
///
/// Mirrors `PyLong_AsDouble` in Objects/longobject.c.
pub fn bigint_to_f64(n: &BigInt) -> Option<f64> {
    let (x, e) = frexp_biguint(n.magnitude());
    if e > 1024 {
        return None;
    }
    // e <= 1024 and x < 1, so the result is finite and the scaling exact.
    let v = libm::scalbn(x, e as i32);
    Some(if n.sign() == Sign::Minus { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Zero};

    #[test]
    fn small_values_exact() {
        assert_eq!(bigint_to_f64(&BigInt::from(0)), Some(0.0));
        assert_eq!(bigint_to_f64(&BigInt::from(-7)), Some(-7.0));
        assert_eq!(frexp_biguint(&BigUint::from(8u32)), (0.5, 4));
        assert_eq!(frexp_biguint(&BigUint::zero()), (0.0, 0));
    }

    #[test]
    fn rounds_half_even() {
        // float(2**53 + 1) == 9007199254740992.0 and float(2**53 + 3) ==
        // 9007199254740996.0 in CPython 3.11.
        let two53 = BigInt::one() << 53u32;
        assert_eq!(bigint_to_f64(&(&two53 + 1)), Some(9007199254740992.0));
        assert_eq!(bigint_to_f64(&(&two53 + 3)), Some(9007199254740996.0));
        // float(2**80 + 2**27 + 1) == 1.2089258196146294e+24 (sticky bit rounds up),
        // values from CPython 3.11.
        let v = (BigInt::one() << 80u32) + (BigInt::one() << 27u32) + 1;
        assert_eq!(bigint_to_f64(&v), Some(1.2089258196146294e+24));
        // float(2**80 + 2**27) == 1.2089258196146292e+24 (exact tie goes to even).
        let v = (BigInt::one() << 80u32) + (BigInt::one() << 27u32);
        assert_eq!(bigint_to_f64(&v), Some(1.2089258196146292e+24));
    }

    #[test]
    fn overflow_boundary() {
        // float(2**1024 - 2**970) overflows in CPython 3.11; 2**1024 - 2**971 is max float.
        let top = BigInt::one() << 1024u32;
        assert_eq!(bigint_to_f64(&(&top - (BigInt::one() << 970u32))), None);
        assert_eq!(
            bigint_to_f64(&(&top - (BigInt::one() << 971u32))),
            Some(f64::MAX)
        );
        assert_eq!(
            bigint_to_f64(&-(BigInt::one() << 1023u32)),
            Some(-8.98846567431158e+307)
        );
    }
}
