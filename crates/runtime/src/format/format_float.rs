//! `float.__format__`.

use super::double_to_string::{double_to_string, DtsFlags};
use super::format_int::unknown_code;
use super::number_layout::{layout_number, NumberParts};
use super::spec::{parse_format_spec, FormatSpec, SpecTarget};
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Formats `value` under a parsed spec, like `format(value, spec)` for a float.
///
/// Types `e E f F g G n %` and none.  With no type and no precision the
/// digits are `repr`'s; with no type and a precision it is `g` that keeps at
/// least one digit after the point for integral results (`format(1.0, '.3')`
/// is `'1.0'`) and switches to exponent form one digit earlier
/// (`format(100.0, '.3')` is `'1e+02'`).  `n` is `g` in the C locale.
/// Fixed-point output is correctly rounded from the exact binary value
/// (`format(2.675, '.2f') == '2.67'`).  `z` turns `-0.00` into `0.00`.
/// Errors: `ValueError("Unknown format code 'd' for object of type 'float'")`
/// (with `type_name`), `ValueError("precision too big")` above `INT_MAX`,
/// `MemoryError` for outputs above [`super::MAX_OUTPUT_CHARS`].  Mirrors
/// `format_float_internal` in Python/formatter_unicode.c.
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> RawResult<String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(other) => return Err(unknown_code(other, type_name)),
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(RawError::new(ExcKind::ValueError, "precision too big"));
        }
    }
    let mut flags = DtsFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..DtsFlags::default() };
    let (mut code, default_precision) = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some(c) => (c, 6),
    };
    let mut val = value;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(val, code, precision, flags)?;
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let chars: Vec<char> = body.chars().collect();
    let n_int = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let (digits, rest) = chars.split_at(n_int);
    let has_decimal = rest.first() == Some(&'.');
    let remainder = if has_decimal { &rest[1..] } else { rest };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
    layout_number(&parts, spec)
}

/// `format(value, spec_text)` for a float: parses `spec_text` (float
/// defaults) and calls [`format_float`]; an empty spec gives `repr(value)`.
/// Errors: those of [`parse_format_spec`] and [`format_float`].
pub fn apply_float_format(value: f64, spec_text: &str, type_name: &str) -> RawResult<String> {
    let spec = parse_format_spec(spec_text, SpecTarget::Float, type_name)?;
    format_float(value, &spec, type_name)
}

#[cfg(test)]
mod tests {
    use super::apply_float_format;

    fn f(v: f64, spec: &str) -> String {
        match apply_float_format(v, spec, "float") {
            Ok(s) => s,
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    #[test]
    fn float_formats() {
        // Expected values come from CPython 3.11 format(v, spec).
        let inf = f64::INFINITY;
        let cases: &[(f64, &str, &str)] = &[
            (2.675, ".2f", "2.67"),
            (0.125, ".2f", "0.12"),
            (0.375, ".2f", "0.38"),
            (1e22, ".0f", "10000000000000000000000"),
            (1e23, ".0f", "99999999999999991611392"),
            (1.0, ".3", "1.0"),
            (1234.5, ".2", "1.2e+03"),
            (1000.0, ".3", "1e+03"),
            (100.0, ".3", "1e+02"),
            (1e16, "", "1e+16"),
            (1.5, "", "1.5"),
            (-0.001, "z.2f", "0.00"),
            (-0.0, "z", "0.0"),
            (-0.0, "", "-0.0"),
            (-0.001, "z.2e", "-1.00e-03"),
            (-0.00001, "z.1%", "0.0%"),
            (inf, "010", "0000000inf"),
            (f64::NAN, "+010", "+000000nan"),
            (-inf, "^9", "  -inf   "),
            (inf, "F", "INF"),
            (12345.678, ",.2f", "12,345.68"),
            (12345.678, "_", "12_345.678"),
            (1e20, ",", "1e+20"),
            (1234567.0, ",", "1,234,567.0"),
            (0.0001, "%", "0.010000%"),
            (0.25, ".0%", "25%"),
            (1.5, "n", "1.5"),
            (1234567.0, "n", "1.23457e+06"),
            (12345.0, "#.0f", "12345."),
            (1.0, "#g", "1.00000"),
            (0.0, "g", "0"),
            (-1.5, "=+10", "-      1.5"),
            (-1.5, "010.2f", "-000001.50"),
            (1234.5, "012,.1f", "00,001,234.5"),
            (5.43216, "*^12.3f", "***5.432****"),
            (1.5, " ", " 1.5"),
            (1.5, "+e", "+1.500000e+00"),
            (123456.0, "G", "123456"),
            (1234567.0, "G", "1.23457E+06"),
            (1e-5, "g", "1e-05"),
            (0.0001, "g", "0.0001"),
            (1.5, ".0e", "2e+00"),
            (2.5, ".0f", "2"),
            (1.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
            (1.5, ".99999999999", "ValueError: precision too big"),
            (1.5, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({v:?}, {spec:?})");
        }
    }

    #[test]
    fn long_fixed_output() {
        // CPython 3.11: format(0.1, '.60f') and the length of format(1.0, '.2000f').
        assert_eq!(f(0.1, ".60f"), "0.100000000000000005551115123125782702118158340454101562500000");
        assert_eq!(f(1.0, ".2000f").len(), 2002);
        assert_eq!(f(5e-324, ".1100f").len(), 1102);
    }
}
