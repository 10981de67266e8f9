//! `str.__format__`.

use super::check_size;
use super::format_int::unknown_code;
use super::spec::{parse_format_spec, Align, FormatSpec, Sign, SpecTarget};
use crate::exc_kind::{ExcKind, RawError, RawResult};

fn value_error(msg: &str) -> RawError {
    RawError::new(ExcKind::ValueError, msg)
}

/// Pads `text` (already truncated) to `width` code points with `fill`
/// according to `align` (`=` behaves like `<`).  Mirrors `calc_padding` in
/// Python/formatter_unicode.c.
pub(crate) fn pad_chars(text: &[char], width: Option<usize>, align: Align, fill: char) -> RawResult<String> {
    let n = text.len();
    let total = match width {
        Some(w) if w > n => {
            check_size(w)?;
            w
        }
        _ => n,
    };
    let lpad = match align {
        Align::Right => total - n,
        Align::Center => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let mut out = String::with_capacity(total);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.extend(text.iter());
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// Formats `value` under a parsed spec, like `format(value, spec)` for a str.
///
/// Type `s` or none; the precision truncates to that many code points; width
/// counts code points; default alignment is left.  Errors (`ValueError`,
/// CPython 3.11 text): `Sign not allowed in string format specifier`, `Space
/// not allowed in string format specifier`, `Negative zero coercion (z) not
/// allowed in string format specifier`, `Alternate form (#) not allowed in
/// string format specifier`, `'=' alignment not allowed in string format
/// specifier`, `Unknown format code 'd' for object of type 'str'`.  Mirrors
/// `format_string_internal` in Python/formatter_unicode.c.
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> RawResult<String> {
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, type_name)),
    }
    match spec.sign {
        Some(Sign::Space) => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_0 {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Align::AfterSign {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let chars: Vec<char> = match spec.precision {
        Some(p) => value.chars().take(p).collect(),
        None => value.chars().collect(),
    };
    pad_chars(&chars, spec.width, spec.align, spec.fill)
}

/// `format(value, spec_text)` for a str: parses `spec_text` (str defaults)
/// and calls [`format_str`]; an empty spec returns `value` unchanged.
/// Errors: those of [`parse_format_spec`] and [`format_str`].
pub fn apply_str_format(value: &str, spec_text: &str, type_name: &str) -> RawResult<String> {
    let spec = parse_format_spec(spec_text, SpecTarget::Str, type_name)?;
    format_str(value, &spec, type_name)
}

#[cfg(test)]
mod tests {
    use super::apply_str_format;

    fn f(v: &str, spec: &str) -> String {
        match apply_str_format(v, spec, "str") {
            Ok(s) => s,
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    #[test]
    fn str_formats() {
        // Expected values come from CPython 3.11 format(v, spec).
        let cases: &[(&str, &str, &str)] = &[
            ("ab", "", "ab"),
            ("ab", "5", "ab   "),
            ("ab", ">5", "   ab"),
            ("ab", "^5", " ab  "),
            ("ab", "*^6", "**ab**"),
            ("ab", "05", "ab000"),
            ("abcdef", ".3", "abc"),
            ("abcdef", "5.2s", "ab   "),
            ("h\u{e9}llo", "^9", "  h\u{e9}llo  "),
            ("\u{e9}\u{e9}", ">4", "  \u{e9}\u{e9}"),
            ("\u{1f600}x", ".1", "\u{1f600}"),
            ("a", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
            ("a", " ", "ValueError: Space not allowed in string format specifier"),
            ("a", "+", "ValueError: Sign not allowed in string format specifier"),
            ("a", "-", "ValueError: Sign not allowed in string format specifier"),
            ("a", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
            ("a", "=", "ValueError: '=' alignment not allowed in string format specifier"),
            ("a", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
            ("a", ",", "ValueError: Cannot specify ',' with 's'."),
            ("a", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({v:?}, {spec:?})");
        }
    }
}
