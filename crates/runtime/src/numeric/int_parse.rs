//! `int(text, base)` parsing with CPython 3.11's rules.
//!
//! Non-ASCII input is first mapped like `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! (Unicode whitespace -> `' '`, Unicode decimal digits -> ASCII digits, anything
//! else ends the input with an invalid marker), then parsed by a port of
//! `PyLong_FromString` (Objects/longobject.c).

use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Below this many digits the str->int limit is never checked
/// (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// First code point (digit zero) of every run of ten Unicode decimal digits
/// (general category Nd) above ASCII, from Unicode 14.0 as used by CPython 3.11.
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Decimal value of a non-ASCII Unicode digit (`Py_UNICODE_TODECIMAL`).
fn unicode_decimal(c: char) -> Option<u8> {
    let cp = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let d = cp - zero;
    if d < 10 {
        Some(d as u8)
    } else {
        None
    }
}

/// Maps `text` to the ASCII buffer CPython parses (see module docs).
fn transform_to_ascii(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if c.is_whitespace() {
            // Identical to str.isspace() for non-ASCII code points.
            out.push(b' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(b'0' + d);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// `Py_ISSPACE` for ASCII bytes.
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `_PyLong_DigitValue`: value of an ASCII digit/letter, 37 for anything else.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 37,
    }
}

/// Builds the `ValueError` for a str->int conversion over the digit limit.
pub fn str_to_int_limit_error(limit: usize, digits: usize) -> RawError {
    RawError::new(
        ExcKind::ValueError,
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

/// Validates the `base` argument of `int(x, base)`. Errors: `ValueError: int()
/// base must be >= 2 and <= 36, or 0`. Mirrors the check in `long_new_impl`.
pub fn check_int_base(base: i64) -> RawResult<u32> {
    if base == 0 || (2..=36).contains(&base) {
        Ok(base as u32)
    } else {
        Err(RawError::new(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0"))
    }
}

/// Port of `PyLong_FromString` on an ASCII buffer. `Ok(None)` = invalid literal,
/// `Err` = digit limit exceeded (`max_digits == 0` means unlimited).
fn parse_ascii(s: &[u8], base: u32, max_digits: usize) -> RawResult<Option<BigInt>> {
    if base == 1 || base > 36 {
        return Ok(None);
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                // Old C-style octal is invalid, but "0", "00", "0_0" are fine.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefixed = at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        );
    if prefixed {
        i += 2;
        if at(i) == b'_' {
            i += 1; // one underscore allowed after the prefix
        }
    }
    if at(i) == b'_' {
        return Ok(None);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    loop {
        let c = at(i);
        if c == b'_' {
            if prev_underscore {
                return Ok(None);
            }
            prev_underscore = true;
        } else if i < s.len() && digit_value(c) < base {
            digits.push(digit_value(c) as u8);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore {
        return Ok(None);
    }
    let binary_base = base.is_power_of_two();
    if !binary_base
        && digits.len() > MAX_STR_DIGITS_THRESHOLD
        && max_digits > 0
        && digits.len() > max_digits
    {
        return Err(str_to_int_limit_error(max_digits, digits.len()));
    }
    if digits.is_empty() {
        return Ok(None);
    }
    let Some(mag) = BigUint::from_radix_be(&digits, base) else {
        return Ok(None);
    };
    if error_if_nonzero && !mag.is_zero() {
        return Ok(None);
    }
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return Ok(None);
    }
    let v = BigInt::from(mag);
    Ok(Some(if negative { -v } else { v }))
}

/// `int(text, base)` without the digit limit. `base` is 0 (infer from a
/// `0x`/`0o`/`0b` prefix) or 2..=36. Returns `None` for an invalid literal; the
/// caller raises `ValueError: invalid literal for int() with base {base}:
/// {text!r}`. Mirrors `PyLong_FromUnicodeObject`.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    parse_int_limited(text, base, 0).ok().flatten()
}

/// `int(text, base)` with CPython 3.11's limit on decimal (non power-of-two
/// base) digit counts: `max_str_digits` is `sys.get_int_max_str_digits()`
/// (4300 by default, 0 = unlimited). `Ok(None)` = invalid literal (caller
/// builds the message); `Err(ValueError: Exceeds the limit (4300 digits) for
/// integer string conversion: value has N digits; use
/// sys.set_int_max_str_digits() to increase the limit)`.
/// Mirrors `PyLong_FromUnicodeObject` + `PyLong_FromString`.
pub fn parse_int_limited(
    text: &str,
    base: u32,
    max_str_digits: usize,
) -> RawResult<Option<BigInt>> {
    if text.is_ascii() {
        parse_ascii(text.as_bytes(), base, max_str_digits)
    } else {
        parse_ascii(&transform_to_ascii(text), base, max_str_digits)
    }
}

/// `int(b"...", base)` for bytes / bytearray: same rules as
/// [`parse_int_limited`] but only ASCII whitespace and digits are accepted.
/// Mirrors `_PyLong_FromBytes`.
pub fn parse_int_bytes(
    bytes: &[u8],
    base: u32,
    max_str_digits: usize,
) -> RawResult<Option<BigInt>> {
    parse_ascii(bytes, base, max_str_digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, base: u32) -> Option<i64> {
        use num_traits::ToPrimitive;
        parse_int(s, base).and_then(|v| v.to_i64())
    }

    // Expected values come from CPython 3.11.
    #[test]
    fn valid_literals() {
        assert_eq!(p("0x1f", 16), Some(31));
        assert_eq!(p("0x1f", 0), Some(31));
        assert_eq!(p("0X1F", 0), Some(31));
        assert_eq!(p("00", 0), Some(0));
        assert_eq!(p("0_0", 0), Some(0));
        assert_eq!(p("0_0_0", 0), Some(0));
        assert_eq!(p("-0", 0), Some(0));
        assert_eq!(p(" -1_0 ", 10), Some(-10));
        assert_eq!(p("0b_1", 0), Some(1));
        assert_eq!(p("0o17", 8), Some(15));
        assert_eq!(p("0b11", 2), Some(3));
        assert_eq!(p("0b11", 16), Some(2833));
        assert_eq!(p("z", 36), Some(35));
        assert_eq!(p("Z", 36), Some(35));
        assert_eq!(p("\u{661}\u{662}", 10), Some(12));
        assert_eq!(p("\u{663}", 16), Some(3));
        assert_eq!(p("\u{a0}1\u{3000}", 10), Some(1));
        assert_eq!(p("\t+7\n", 10), Some(7));
    }

    #[test]
    fn invalid_literals() {
        for (s, base) in [
            ("010", 0),
            ("0_7", 0),
            ("0_b1", 0),
            ("0x_", 0),
            ("1__0", 10),
            ("_1", 10),
            ("1_", 10),
            ("+ 1", 10),
            ("", 10),
            ("  ", 10),
            ("-", 10),
            ("0x", 16),
            ("0x1", 10),
            ("ab", 11),
            ("\u{ff21}", 16), // fullwidth 'A' is not a decimal digit
            ("\x1c1", 10),
            ("1\0", 10),
            ("1 2", 10),
            ("12", 1),
            ("12", 37),
        ] {
            assert_eq!(parse_int(s, base), None, "{s:?} base {base}");
        }
    }

    #[test]
    fn digit_limit() {
        let ok = "9".repeat(4300);
        assert!(parse_int_limited(&ok, 10, 4300).unwrap().is_some());
        let err = parse_int_limited(&"1".repeat(4301), 10, 4300).unwrap_err();
        assert_eq!(
            err,
            RawError::new(
                ExcKind::ValueError,
                "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
                 digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        );
        // Leading zeros count; the check happens before trailing garbage is seen.
        let e = parse_int_limited(&format!("{}x", "1".repeat(5000)), 10, 4300).unwrap_err();
        assert!(e.msg.contains("value has 5000 digits"));
        // Underscores are not digits; bad underscores are reported first.
        let e = parse_int_limited(&format!("{}1", "1_".repeat(4400)), 10, 4300).unwrap_err();
        assert!(e.msg.contains("value has 4401 digits"));
        let bad = format!("{}__", "1".repeat(5000));
        assert_eq!(parse_int_limited(&bad, 10, 4300), Ok(None));
        // Power-of-two bases are never limited; 0 means unlimited.
        assert!(parse_int_limited(&"1".repeat(5000), 8, 4300).unwrap().is_some());
        assert!(parse_int_limited(&"1".repeat(5000), 10, 0).unwrap().is_some());
        assert!(parse_int_bytes(b" 42 ", 10, 4300).unwrap().is_some());
        assert_eq!(parse_int_bytes(b"\xa042", 10, 4300), Ok(None));
    }

    #[test]
    fn base_check() {
        assert_eq!(check_int_base(0), Ok(0));
        assert_eq!(check_int_base(36), Ok(36));
        assert_eq!(
            check_int_base(37).unwrap_err(),
            RawError::new(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0")
        );
        assert!(check_int_base(1).is_err());
    }
}
