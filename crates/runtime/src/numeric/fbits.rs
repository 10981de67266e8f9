//! IEEE-754 binary64 helpers: `frexp`, `ldexp`, exact powers of two and exact
//! decomposition of a finite double into `mantissa * 2**exponent`.

/// Exactly `2**63` as a double (bound of the `i64` range).
pub const TWO_POW_63: f64 = (1u64 << 63) as f64;

/// Returns exactly `2**k` for `k` in `-1022..=1023` (normal range); values
/// outside that range are clamped to the nearest end, so callers must stay in
/// range (all callers in this module do).
#[inline]
pub fn pow2(k: i32) -> f64 {
    let k = k.clamp(-1022, 1023);
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// Splits `x` into `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`.
/// Zero, infinities and NaN are returned unchanged with `e == 0`.
/// Mirrors C99 `frexp` (used by `_Py_HashDouble` and `float_as_integer_ratio`).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    if exp_field == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * pow2(64));
        return (m, e - 64);
    }
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), exp_field - 1022)
}

/// Returns `x * 2**e` correctly rounded (round-half-even, a single rounding
/// even for subnormal results); overflows to a signed infinity.
/// Mirrors C99 `ldexp`.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let te = i64::from(ex).saturating_add(e); // |x * 2**e| = |m| * 2**te
    if te > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if te >= -1021 {
        // (m*2) in [1, 2) and 2**(te-1) is a normal power of two: exact product.
        return (m * 2.0) * pow2((te - 1) as i32);
    }
    if te < -1074 {
        // |result| <= 2**-1075: rounds to (signed) zero under half-even.
        return 0.0f64.copysign(x);
    }
    // Subnormal result: first an exact scaling to 2**-1022, then one rounding.
    let y = (m * 2.0) * pow2(-1022);
    y * pow2((te + 1021) as i32)
}

/// Decomposes a finite `x` into `(negative, mantissa, exponent)` with
/// `|x| == mantissa * 2**exponent` exactly (`mantissa < 2**53`).
/// Returns `None` for infinities and NaN. Zero gives `(sign, 0, 0)`.
pub fn decompose(x: f64) -> Option<(bool, u64, i32)> {
    if !x.is_finite() {
        return None;
    }
    let bits = x.to_bits();
    let neg = (bits >> 63) != 0;
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_field == 0 {
        Some((neg, frac, -1074))
    } else {
        Some((neg, frac | (1u64 << 52), exp_field - 1075))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_basic() {
        assert_eq!(frexp(1.0), (0.5, 1));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(0.0), (0.0, 0));
    }

    #[test]
    fn ldexp_basic() {
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0); // tie rounds to even (zero)
        assert_eq!(ldexp(1.5, -1075), 5e-324);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(0.75, 1024), 1.348269851146737e308);
        assert_eq!(ldexp(-3.0, 2), -12.0);
        assert_eq!(ldexp(3.0, i64::MIN), 0.0);
    }

    #[test]
    fn decompose_basic() {
        assert_eq!(decompose(1.0), Some((false, 1u64 << 52, -52)));
        assert_eq!(decompose(-5e-324), Some((true, 1, -1074)));
        assert_eq!(decompose(f64::NAN), None);
    }
}
