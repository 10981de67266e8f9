//! Decimal conversion of ints under CPython's integer string-conversion
//! length limit (`sys.set_int_max_str_digits`, PEP 651 / CVE-2020-10735).

use crate::exc_kind::{ExcKind, RawError, RawResult};
use num_bigint::BigUint;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The current `sys.get_int_max_str_digits()` value used by this module's
/// int-to-decimal conversions (`format(i, 'd')`, `'%d' % i`); 0 means no
/// limit.  Defaults to CPython's 4300; the interpreter stores a new value when
/// `sys.set_int_max_str_digits` is called.
pub static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

/// Renders `abs` in base 10, or raises `ValueError("Exceeds the limit (4300
/// digits) for integer string conversion; use sys.set_int_max_str_digits() to
/// increase the limit")` when it has more digits than [`INT_MAX_STR_DIGITS`].
/// Mirrors the check in `long_to_decimal_string_internal`
/// (Objects/longobject.c).
pub(crate) fn decimal_digits(abs: &BigUint) -> RawResult<String> {
    let limit = INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
    let too_many = || {
        RawError::new(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit ({} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit",
                limit
            ),
        )
    };
    // Cheap pre-check: a number of b bits has at least floor((b-1)*log10(2))+1 digits.
    if limit > 0 && (abs.bits().saturating_sub(1) as f64) * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        return Err(too_many());
    }
    let s = abs.to_str_radix(10);
    if limit > 0 && s.len() > limit {
        return Err(too_many());
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::decimal_digits;
    use num_bigint::BigUint;
    use num_traits::Pow;

    #[test]
    fn limit() {
        // CPython 3.11: format(10**4299, 'd') succeeds (4300 digits),
        // format(10**4300, 'd') raises ValueError.
        let ok = BigUint::from(10u8).pow(4299u32);
        assert_eq!(decimal_digits(&ok).unwrap().len(), 4300);
        let bad = BigUint::from(10u8).pow(4300u32);
        assert_eq!(
            decimal_digits(&bad).unwrap_err().msg,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        let huge = BigUint::from(10u8).pow(100000u32);
        assert!(decimal_digits(&huge).is_err());
    }
}
