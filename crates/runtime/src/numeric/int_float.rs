//! Conversions between Python ints (`i64` / `BigInt`) and floats.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;

use super::fbits::{decompose, ldexp, TWO_POW_63};
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// CPython's message for an int that does not fit in a double.
pub const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";

/// Converts a magnitude to the nearest double (round-half-even); `None` if the
/// correctly rounded value is not finite.
pub(crate) fn biguint_to_f64(mag: &BigUint) -> Option<f64> {
    let bits = mag.bits();
    if bits <= 64 {
        return mag.to_u64().map(|v| v as f64);
    }
    let shift = bits - 64;
    let top = (mag >> shift).to_u64()?;
    // Sticky bit: any 1 bit shifted out makes the value strictly above `top`.
    let sticky = u64::from(mag.trailing_zeros().is_some_and(|tz| tz < shift));
    // `top` has bit 63 set, so bit 0 is far below the rounding bit (bit 10):
    // u64 -> f64 then rounds exactly as the full value would.
    let f = ldexp((top | sticky) as f64, i64::try_from(shift).ok()?);
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

/// `float(x)` for an int: correctly rounded (half-even).
/// Errors: `OverflowError: int too large to convert to float`.
/// Mirrors `PyLong_AsDouble` in Objects/longobject.c.
pub fn bigint_to_f64(x: &BigInt) -> RawResult<f64> {
    match biguint_to_f64(x.magnitude()) {
        Some(f) if x.sign() == Sign::Minus => Ok(-f),
        Some(f) => Ok(f),
        None => Err(RawError::new(ExcKind::OverflowError, INT_TOO_LARGE_FOR_FLOAT)),
    }
}

fn float_int_errors(x: f64) -> RawResult<()> {
    if x.is_nan() {
        Err(RawError::new(ExcKind::ValueError, "cannot convert float NaN to integer"))
    } else if x.is_infinite() {
        Err(RawError::new(ExcKind::OverflowError, "cannot convert float infinity to integer"))
    } else {
        Ok(())
    }
}

/// Exact integer value of an integral finite double.
fn integral_to_bigint(x: f64) -> BigInt {
    let Some((neg, mant, exp)) = decompose(x) else {
        return BigInt::default();
    };
    let mag = if exp >= 0 {
        BigUint::from(mant) << (exp as u32)
    } else {
        BigUint::from(mant.checked_shr(exp.unsigned_abs()).unwrap_or(0))
    };
    if neg {
        -BigInt::from(mag)
    } else {
        BigInt::from(mag)
    }
}

/// `int(x)` for a float: truncates toward zero, exactly (`int(1e300)` has all
/// 301 digits). Errors: `OverflowError: cannot convert float infinity to
/// integer`, `ValueError: cannot convert float NaN to integer`.
/// Mirrors `PyLong_FromDouble`.
pub fn float_to_bigint(x: f64) -> RawResult<BigInt> {
    float_int_errors(x)?;
    Ok(integral_to_bigint(x.trunc()))
}

/// `math.floor(x)` as an exact int; same errors as [`float_to_bigint`].
/// Mirrors `float___floor___impl`.
pub fn float_floor_to_bigint(x: f64) -> RawResult<BigInt> {
    float_int_errors(x)?;
    Ok(integral_to_bigint(x.floor()))
}

/// `math.ceil(x)` as an exact int; same errors as [`float_to_bigint`].
/// Mirrors `float___ceil___impl`.
pub fn float_ceil_to_bigint(x: f64) -> RawResult<BigInt> {
    float_int_errors(x)?;
    Ok(integral_to_bigint(x.ceil()))
}

/// Fast path of `int(x)`: `Some(trunc(x))` when it fits in an `i64`, `None`
/// otherwise (including NaN / infinities: use [`float_to_bigint`] then).
#[inline]
pub fn float_to_i64(x: f64) -> Option<i64> {
    let t = x.trunc();
    // -2**63 <= t < 2**63 (NaN fails both comparisons).
    if (-TWO_POW_63..TWO_POW_63).contains(&t) {
        Some(t as i64)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};

    fn p2(n: u32) -> BigInt {
        BigInt::one() << n
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn int_to_float_rounding() {
        assert_eq!(bigint_to_f64(&(p2(53) + 1)).unwrap(), 9007199254740992.0);
        assert_eq!(bigint_to_f64(&(p2(54) + 3)).unwrap(), 1.8014398509481988e16);
        assert_eq!(bigint_to_f64(&(p2(54) + 2)).unwrap(), 1.8014398509481984e16);
        assert_eq!(bigint_to_f64(&(p2(54) + 6)).unwrap(), 1.801439850948199e16);
        assert_eq!(bigint_to_f64(&(-(p2(64) + 1u32))).unwrap(), -1.8446744073709552e19);
        assert_eq!(bigint_to_f64(&(p2(1023) * 3 / 2)).unwrap(), 1.348269851146737e308);
        assert_eq!(bigint_to_f64(&(p2(1024) - p2(970) - 1)).unwrap(), 1.7976931348623157e308);
        // 2**200 + 1 must round down, 2**200 + 2**147 + 1 must round up.
        assert_eq!(bigint_to_f64(&(p2(200) + 1)).unwrap(), 1.6069380442589903e60);
        assert_eq!(
            bigint_to_f64(&(p2(200) + p2(147) + 1)).unwrap(),
            1.6069380442589906e60
        );
    }

    #[test]
    fn int_to_float_overflow() {
        let e = bigint_to_f64(&(p2(1024) - p2(970))).unwrap_err();
        assert_eq!(e, RawError::new(ExcKind::OverflowError, "int too large to convert to float"));
        assert!(bigint_to_f64(&BigInt::from(10).pow(309u32)).is_err());
    }

    #[test]
    fn float_to_int_exact() {
        let v = float_to_bigint(1e300).unwrap();
        assert_eq!(
            v.to_string(),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
        );
        assert_eq!(float_to_bigint(-2.7).unwrap(), BigInt::from(-2));
        assert_eq!(float_floor_to_bigint(-2.5).unwrap(), BigInt::from(-3));
        assert_eq!(float_ceil_to_bigint(-2.5).unwrap(), BigInt::from(-2));
        assert_eq!(float_ceil_to_bigint(5e-324).unwrap(), BigInt::from(1));
        assert_eq!(float_to_bigint(-0.0).unwrap(), BigInt::from(0));
        assert_eq!(
            float_to_bigint(f64::INFINITY).unwrap_err(),
            RawError::new(ExcKind::OverflowError, "cannot convert float infinity to integer")
        );
        assert_eq!(
            float_to_bigint(f64::NEG_INFINITY).unwrap_err().kind,
            ExcKind::OverflowError
        );
        assert_eq!(
            float_to_bigint(f64::NAN).unwrap_err(),
            RawError::new(ExcKind::ValueError, "cannot convert float NaN to integer")
        );
    }

    #[test]
    fn float_to_i64_fast() {
        assert_eq!(float_to_i64(-TWO_POW_63), Some(i64::MIN));
        assert_eq!(float_to_i64(TWO_POW_63), None);
        assert_eq!(float_to_i64(-3.9), Some(-3));
        assert_eq!(float_to_i64(f64::NAN), None);
    }
}
