//! Rendering Python ints as text: decimal `str()` with CPython 3.11's
//! integer-string-conversion length limit, and `bin()` / `oct()` / `hex()`.

use num_bigint::BigInt;
use num_traits::Signed;

use super::int_parse::MAX_STR_DIGITS_THRESHOLD;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Default of `sys.get_int_max_str_digits()` in CPython 3.11.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Builds the `ValueError` for an int->str conversion over the digit limit.
pub fn int_to_str_limit_error(limit: usize) -> RawError {
    RawError::new(
        ExcKind::ValueError,
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

/// `str(x)` / `repr(x)` in base 10. `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0 = unlimited); the sign is not counted.
/// Errors: `ValueError: Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit`.
/// Mirrors `long_to_decimal_string_internal`.
pub fn int_to_decimal_string(x: &BigInt, max_str_digits: usize) -> RawResult<String> {
    if max_str_digits > 0 {
        // digits >= floor((bits - 1) * log10(2)) + 1: reject hopeless cases
        // before doing the quadratic conversion.
        let bits = x.bits();
        let min_digits = (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2) as u64;
        if min_digits > max_str_digits.max(MAX_STR_DIGITS_THRESHOLD) as u64 {
            return Err(int_to_str_limit_error(max_str_digits));
        }
    }
    let s = x.to_string();
    let digits = s.len() - usize::from(x.is_negative());
    if digits > MAX_STR_DIGITS_THRESHOLD && max_str_digits > 0 && digits > max_str_digits {
        return Err(int_to_str_limit_error(max_str_digits));
    }
    Ok(s)
}

/// Power-of-two bases of `bin()`, `oct()` and `hex()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Radix {
    /// Base 2, prefix `0b`.
    Bin,
    /// Base 8, prefix `0o`.
    Oct,
    /// Base 16 (lowercase digits), prefix `0x`.
    Hex,
}

/// Renders `x` in base 2/8/16 with lowercase digits, a leading `-` for
/// negatives and, when `with_prefix`, the `0b`/`0o`/`0x` prefix after the sign
/// (`bin(-5) == '-0b101'`, `hex(0) == '0x0'`). Never limited in length.
/// Mirrors `_PyLong_Format` / `long_format_binary`.
pub fn int_to_radix_string(x: &BigInt, radix: Radix, with_prefix: bool) -> String {
    let (base, prefix) = match radix {
        Radix::Bin => (2, "0b"),
        Radix::Oct => (8, "0o"),
        Radix::Hex => (16, "0x"),
    };
    let digits = x.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if x.is_negative() {
        out.push('-');
    }
    if with_prefix {
        out.push_str(prefix);
    }
    out.push_str(&digits);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Pow;

    // Expected values come from CPython 3.11.
    #[test]
    fn radix_strings() {
        assert_eq!(int_to_radix_string(&BigInt::from(-5), Radix::Bin, true), "-0b101");
        assert_eq!(int_to_radix_string(&BigInt::from(-8), Radix::Oct, true), "-0o10");
        assert_eq!(int_to_radix_string(&BigInt::from(-255), Radix::Hex, true), "-0xff");
        assert_eq!(int_to_radix_string(&BigInt::from(0), Radix::Hex, true), "0x0");
        assert_eq!(int_to_radix_string(&BigInt::from(255), Radix::Hex, false), "ff");
    }

    #[test]
    fn decimal_limit() {
        let ten = BigInt::from(10);
        let ok = ten.clone().pow(4299u32); // 4300 digits
        assert_eq!(int_to_decimal_string(&ok, 4300).unwrap().len(), 4300);
        assert_eq!(int_to_decimal_string(&-ok.clone(), 4300).unwrap().len(), 4301);
        let too_big = ten.clone().pow(4300u32);
        let msg = "Exceeds the limit (4300 digits) for integer string conversion; \
                   use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(
            int_to_decimal_string(&too_big, 4300).unwrap_err(),
            RawError::new(ExcKind::ValueError, msg)
        );
        assert_eq!(int_to_decimal_string(&-too_big.clone(), 4300).unwrap_err().msg, msg);
        let huge = ten.pow(100_000u32);
        assert!(int_to_decimal_string(&huge, 4300).is_err());
        assert_eq!(int_to_decimal_string(&too_big, 0).unwrap().len(), 4301);
        assert_eq!(int_to_decimal_string(&BigInt::from(-12), 4300).unwrap(), "-12");
    }
}
