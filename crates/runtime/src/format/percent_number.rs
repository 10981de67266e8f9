//! Numeric and character conversions of `%`-formatting (`%d %x %f %c` ...).

use super::check_size;
use super::double_to_string::{double_to_string, DtsFlags};
use super::int_digits::decimal_digits;
use super::int_to_float::int_to_float;
use super::percent_args::{PercentNumber, PercentValue};
use crate::exc_kind::{ExcKind, RawError, RawResult};
use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{FromPrimitive, ToPrimitive};

/// Converts `v` for `%d %i %u %o %x %X` and renders it with an optional `0x`/`0o`
/// prefix (`alt`), zero-extended to `prec` digits (`prec < 0`: none).
///
/// Floats are truncated for `d i u` (`OverflowError("cannot convert float
/// infinity to integer")`, `ValueError("cannot convert float NaN to
/// integer")`) and rejected for `o x X`.  Non-numbers raise
/// `TypeError("%d format: a real number is required, not str")` /
/// `TypeError("%x format: an integer is required, not float")`.  Mirrors
/// `mainformatlong` and `_PyUnicode_FormatLong` in Objects/unicodeobject.c.
pub(crate) fn percent_long(v: &dyn PercentValue, alt: bool, prec: i64, ty: char) -> RawResult<String> {
    let wants_index = matches!(ty, 'o' | 'x' | 'X');
    let wrong_type = || {
        let what = if wants_index { "an integer" } else { "a real number" };
        RawError::new(
            ExcKind::TypeError,
            format!("%{} format: {} is required, not {}", ty, what, v.type_name()),
        )
    };
    let value = match v.as_number() {
        Some(PercentNumber::Int(i)) => i,
        Some(PercentNumber::Float(f)) if !wants_index => float_to_int(f)?,
        _ => return Err(wrong_type()),
    };
    let (base, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let magnitude = value.magnitude();
    let digits = if base == 10 { decimal_digits(magnitude)? } else { magnitude.to_str_radix(base) };
    let mut out = String::new();
    if value.sign() == BigSign::Minus {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    let n = digits.len() as i64;
    if prec > n {
        check_size(prec as usize)?;
        out.extend(std::iter::repeat_n('0', (prec - n) as usize));
    }
    out.push_str(&digits);
    if ty == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// `int(f)` for a float: truncation toward zero.  Mirrors `PyLong_FromDouble`.
fn float_to_int(f: f64) -> RawResult<BigInt> {
    if f.is_nan() {
        return Err(RawError::new(ExcKind::ValueError, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(RawError::new(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    BigInt::from_f64(f.trunc())
        .ok_or_else(|| RawError::new(ExcKind::OverflowError, "cannot convert float infinity to integer"))
}

/// `float(v)` for `%e %f %g`: `TypeError("must be real number, not str")` for
/// non-numbers, `OverflowError` for huge ints.  Mirrors `PyFloat_AsDouble`.
pub(crate) fn as_double(v: &dyn PercentValue) -> RawResult<f64> {
    match v.as_number() {
        Some(PercentNumber::Float(f)) => Ok(f),
        Some(PercentNumber::Int(i)) => int_to_float(&i),
        None => Err(RawError::new(
            ExcKind::TypeError,
            format!("must be real number, not {}", v.type_name()),
        )),
    }
}

/// Renders `v` for `%e %E %f %F %g %G` with `prec` digits (`< 0`: 6) and the
/// `#` flag.  Mirrors `formatfloat` in Objects/unicodeobject.c.
pub(crate) fn percent_float(v: &dyn PercentValue, alt: bool, prec: i64, ty: char) -> RawResult<String> {
    let x = as_double(v)?;
    let prec = if prec < 0 { 6 } else { prec as usize };
    double_to_string(x, ty, prec, DtsFlags { alt, ..DtsFlags::default() })
}

/// The character for `%c`: a one-character str, or an int code point.
/// Errors: `TypeError("%c requires int or char")`,
/// `OverflowError("%c arg not in range(0x110000)")`; a surrogate code point
/// raises `ValueError("surrogates not allowed")` (Rust strings cannot hold
/// one).  Mirrors `formatchar` in Objects/unicodeobject.c.
pub(crate) fn percent_char(v: &dyn PercentValue) -> RawResult<char> {
    let requires = || RawError::new(ExcKind::TypeError, "%c requires int or char");
    if let Some(s) = v.as_str() {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(requires()),
        };
    }
    match v.as_number() {
        Some(PercentNumber::Int(i)) => {
            let cp = i.to_u32().filter(|&c| c <= 0x10ffff).ok_or_else(|| {
                RawError::new(ExcKind::OverflowError, "%c arg not in range(0x110000)")
            })?;
            char::from_u32(cp).ok_or_else(|| RawError::new(ExcKind::ValueError, "surrogates not allowed"))
        }
        _ => Err(requires()),
    }
}
