//! Port of `PyOS_double_to_string` / `format_float_short` (Python/pystrtod.c):
//! lays out dtoa digits as fixed, exponent, general or repr notation.

use super::check_size;
use super::dtoa_digits::{fixed, shortest, significant, Digits};
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Option flags of `PyOS_double_to_string` (the `Py_DTSF_*` bits).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: prefix non-negative results with `+`.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral non-exponent results get `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` alternate form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: drop the `-` of results that round to zero (`z`).
    pub no_neg_0: bool,
}

/// Formats `val` like `PyOS_double_to_string(val, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` = repr, `precision` ignored);
/// `precision` counts digits after the point (`e`, `f`) or significant digits
/// (`g`, 0 meaning 1).  Upper-case codes give `E`, `INF`, `NAN`.  NaN never
/// carries a sign.  Errors: `ValueError` for an unknown code, `MemoryError`
/// when the result would exceed [`super::MAX_OUTPUT_CHARS`].
pub fn double_to_string(val: f64, code: char, precision: usize, flags: DtsFlags) -> RawResult<String> {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    if !matches!(code, 'e' | 'f' | 'g' | 'r') {
        return Err(RawError::new(ExcKind::ValueError, "bad internal call"));
    }
    let mut sign = val.is_sign_negative();
    if val.is_nan() || val.is_infinite() {
        let mut out = String::new();
        if val.is_nan() {
            sign = false;
        }
        if sign {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if val.is_nan() { "nan" } else { "inf" };
        if upper {
            out.push_str(&word.to_ascii_uppercase());
        } else {
            out.push_str(word);
        }
        return Ok(out);
    }
    let ax = val.abs();
    let mut precision = precision;
    let digits = match code {
        'e' => {
            precision = precision.saturating_add(1);
            check_size(precision)?;
            significant(ax, precision)
        }
        'f' => {
            check_size(precision)?;
            fixed(ax, precision)
        }
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            if flags.alt {
                check_size(precision)?;
            }
            significant(ax, precision)
        }
        _ => shortest(ax),
    };
    if flags.no_neg_0 && sign && (digits.digits.is_empty() || digits.digits == b"0") {
        sign = false;
    }
    Ok(layout(&digits, code, precision as i64, sign, flags, upper))
}

/// The layout half of `format_float_short`: turns digits into text.
fn layout(d: &Digits, code: char, precision: i64, sign: bool, flags: DtsFlags, upper: bool) -> String {
    let digits = &d.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt.saturating_add(precision),
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, range: std::ops::Range<i64>| {
        let lo = range.start.clamp(0, digits_len) as usize;
        let hi = range.end.clamp(0, digits_len) as usize;
        if let Some(slice) = digits.get(lo..hi) {
            out.extend(slice.iter().map(|&b| b as char));
        }
    };

    let mut out = String::new();
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // Digits, with the decimal point if it falls inside them.
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, 0..decpt);
        out.push('.');
        push_digits(&mut out, decpt..digits_len);
    } else {
        push_digits(&mut out, 0..digits_len);
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        out.push_str(&mag.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, code: char, prec: usize) -> String {
        double_to_string(v, code, prec, DtsFlags::default()).unwrap()
    }

    fn alt(v: f64, code: char, prec: usize) -> String {
        double_to_string(v, code, prec, DtsFlags { alt: true, ..DtsFlags::default() }).unwrap()
    }

    #[test]
    fn printf_style_codes() {
        // Expected values come from CPython 3.11 ('%.Nc' % v).
        assert_eq!(f(1.5, 'e', 6), "1.500000e+00");
        assert_eq!(f(1e-5, 'g', 6), "1e-05");
        assert_eq!(f(12345.0, 'e', 0), "1e+04");
        assert_eq!(alt(12345.0, 'e', 0), "1.e+04");
        assert_eq!(alt(1.0, 'f', 0), "1.");
        assert_eq!(alt(1.0, 'g', 6), "1.00000");
        assert_eq!(f(-1.5, 'f', 3), "-1.500");
        assert_eq!(f(2.5, 'f', 0), "2");
        assert_eq!(f(0.0, 'e', 6), "0.000000e+00");
        assert_eq!(f(f64::INFINITY, 'F', 6), "INF");
        assert_eq!(f(-f64::NAN, 'f', 6), "nan");
        assert_eq!(f(1e300, 'E', 2), "1.00E+300");
        assert_eq!(f(0.001, 'f', 2), "0.00");
        assert_eq!(f(-0.001, 'f', 2), "-0.00");
    }

    #[test]
    fn no_neg_zero() {
        let z = DtsFlags { no_neg_0: true, ..DtsFlags::default() };
        assert_eq!(double_to_string(-0.001, 'f', 2, z).unwrap(), "0.00");
        assert_eq!(double_to_string(-0.001, 'e', 2, z).unwrap(), "-1.00e-03");
        assert_eq!(double_to_string(-0.0, 'r', 0, z).unwrap(), "0");
    }
}
