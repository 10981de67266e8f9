//! `int.__format__`.

use super::format_float::format_float;
use super::int_digits::decimal_digits;
use super::int_to_float::int_to_float;
use super::number_layout::{layout_number, NumberParts};
use super::spec::{parse_format_spec, type_char_display, type_name_200, FormatSpec, SpecTarget};
use crate::exc_kind::{ExcKind, RawError, RawResult};
use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

/// `ValueError("Unknown format code 'q' for object of type 'int'")`.
/// Mirrors `unknown_presentation_type` in Python/formatter_unicode.c.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> RawError {
    RawError::new(
        ExcKind::ValueError,
        format!(
            "Unknown format code '{}' for object of type '{}'",
            type_char_display(ty),
            type_name_200(type_name)
        ),
    )
}

fn value_error(msg: &str) -> RawError {
    RawError::new(ExcKind::ValueError, msg)
}

/// Formats `value` under a parsed spec, like `format(value, spec)` for an int.
///
/// Types `b c d o x X n` and none (= `d`) format the integer; `e E f F g G %`
/// convert it to float first (`OverflowError("int too large to convert to
/// float")`).  `type_name` ("int", "bool", a subclass name) appears in
/// `Unknown format code 'z' for object of type 'int'`.  Other `ValueError`s:
/// precision given, `z` given, sign or `#` with `c`; `c` out of range raises
/// `OverflowError("%c arg not in range(0x110000)")`.  `c` of a surrogate code
/// point raises `ValueError("surrogates not allowed")` (Rust strings cannot hold
/// one; CPython would succeed).  Mirrors `format_long_internal` and
/// `_PyLong_FormatAdvancedWriter` in Python/formatter_unicode.c.
pub fn format_int(value: &BigInt, spec: &FormatSpec, type_name: &str) -> RawResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(int_to_float(value)?, spec, "float");
        }
        other => return Err(unknown_code(other, type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        return format_char(value, spec);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let magnitude = value.magnitude();
    let mut text = if base == 10 { decimal_digits(magnitude)? } else { magnitude.to_str_radix(base) };
    if ty == 'X' {
        text.make_ascii_uppercase();
    }
    let digits: Vec<char> = text.chars().collect();
    let parts = NumberParts {
        negative: value.sign() == BigSign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: &[],
    };
    layout_number(&parts, spec)
}

/// The `c` presentation type: the code point `value` as a one-character field.
fn format_char(value: &BigInt, spec: &FormatSpec) -> RawResult<String> {
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed with integer format specifier 'c'"));
    }
    if spec.alternate {
        return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let x = value
        .to_i64()
        .ok_or_else(|| RawError::new(ExcKind::OverflowError, "Python int too large to convert to C long"))?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(RawError::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"));
    }
    let ch = char::from_u32(x as u32).ok_or_else(|| value_error("surrogates not allowed"))?;
    let rem = [ch];
    let parts = NumberParts { negative: false, prefix: "", digits: &[], has_decimal: false, remainder: &rem };
    layout_number(&parts, spec)
}

/// `format(value, spec_text)` for an int: parses `spec_text` (int defaults)
/// and calls [`format_int`].  An empty spec gives `str(value)`, which for
/// ints equals `'d'` formatting (bool's `'True'` is the caller's business).
/// Errors: those of [`parse_format_spec`] and [`format_int`].
pub fn apply_int_format(value: &BigInt, spec_text: &str, type_name: &str) -> RawResult<String> {
    let spec = parse_format_spec(spec_text, SpecTarget::Int, type_name)?;
    format_int(value, &spec, type_name)
}

#[cfg(test)]
mod tests {
    use super::apply_int_format;
    use num_bigint::BigInt;
    use num_traits::Pow;

    fn f(v: i64, spec: &str) -> String {
        match apply_int_format(&BigInt::from(v), spec, "int") {
            Ok(s) => s,
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    #[test]
    fn int_formats() {
        // Expected values come from CPython 3.11 format(v, spec).
        let cases: &[(i64, &str, &str)] = &[
            (1234, "", "1234"),
            (-1234, "d", "-1234"),
            (255, "#X", "0XFF"),
            (255, "x", "ff"),
            (-255, "#010_x", "-0x00_00ff"),
            (1234, "08,", "0,001,234"),
            (1234, "010,", "00,001,234"),
            (1234567, "_", "1_234_567"),
            (1234567, ",", "1,234,567"),
            (-42, "=+8", "-     42"),
            (42, "+", "+42"),
            (42, " ", " 42"),
            (42, "^7", "  42   "),
            (42, "*<6", "42****"),
            (5, "#b", "0b101"),
            (255, "_b", "1111_1111"),
            (8, "#o", "0o10"),
            (65, "c", "A"),
            (65, "05c", "0000A"),
            (65, ">3c", "  A"),
            (1234567, "n", "1234567"),
            (0, "#x", "0x0"),
            (-7, "05", "-0007"),
            (7, "x<5", "7xxxx"),
            (12, "f", "12.000000"),
            (12, "%", "1200.000000%"),
            (1234, ",.2f", "1,234.00"),
            (100, "e", "1.000000e+02"),
            (3, "g", "3"),
            (-3, "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (1, ".2", "ValueError: Precision not allowed in integer format specifier"),
            (65, "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
            (65, "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (-1, "c", "OverflowError: %c arg not in range(0x110000)"),
            (1, "s", "ValueError: Unknown format code 's' for object of type 'int'"),
            (1, "\u{e9}", "ValueError: Unknown format code '\\xe9' for object of type 'int'"),
            (1, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn big_values() {
        // Expected values come from CPython 3.11.
        let big = BigInt::from(1u8) << 100usize;
        assert_eq!(apply_int_format(&big, ",", "int").unwrap(), "1,267,650,600,228,229,401,496,703,205,376");
        assert_eq!(apply_int_format(&big, "#x", "int").unwrap(), "0x10000000000000000000000000");
        let huge = BigInt::from(1u8) << 1100usize;
        assert_eq!(apply_int_format(&huge, "f", "int").unwrap_err().msg, "int too large to convert to float");
        assert_eq!(apply_int_format(&BigInt::from(1), "d", "bool").unwrap(), "1");
        // format(10**4300, 'd') exceeds the default int string-conversion limit;
        // hex output is not limited.
        let e = apply_int_format(&BigInt::from(10u8).pow(4300u32), ",", "int").unwrap_err();
        assert!(e.msg.starts_with("Exceeds the limit (4300 digits)"));
        assert!(apply_int_format(&BigInt::from(10u8).pow(4300u32), "x", "int").is_ok());
        // Absurd widths raise MemoryError instead of allocating.
        let e = apply_int_format(&BigInt::from(1), "999999999999", "int").unwrap_err();
        assert_eq!(e.kind, crate::exc_kind::ExcKind::MemoryError);
        assert_eq!(
            apply_int_format(&BigInt::from(1), "s", "bool").unwrap_err().msg,
            "Unknown format code 's' for object of type 'bool'"
        );
    }
}
