//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::unicode_digits::decimal_value;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Alignment of a formatted field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

/// Sign option of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `-` (explicit; same output as no sign, but rejected for strings).
    Minus,
    /// `+`
    Plus,
    /// ` ` (space)
    Space,
}

/// Digit-grouping option (CPython's `LocaleType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No separators.
    None,
    /// `,` every 3 digits.
    Comma,
    /// `_` every 3 digits (decimal and float types).
    Underscore,
    /// `_` every 4 digits (types `b o x X`).
    UnderscoreFour,
}

/// Which object's `__format__` is parsing: decides the default type and
/// alignment (`int`: `'d'`, right; `float`: none, right; `str`: `'s'`, left).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecTarget {
    /// `int.__format__` (also bool): default type `'d'`, right-aligned.
    Int,
    /// `float.__format__`: no default type, right-aligned.
    Float,
    /// `str.__format__`: default type `'s'`, left-aligned.
    Str,
}

impl SpecTarget {
    fn defaults(self) -> (Option<char>, Align) {
        match self {
            SpecTarget::Int => (Some('d'), Align::Right),
            SpecTarget::Float => (None, Align::Right),
            SpecTarget::Str => (Some('s'), Align::Left),
        }
    }
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
///
/// `width` / `precision` are code-point counts (`None` = not given); `ty` is
/// the presentation type (`None` = none given and no default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Padding character (default `' '`; `'0'` from the `0` flag).
    pub fill: char,
    /// Alignment (explicit, or the target's default; `=` from the `0` flag).
    pub align: Align,
    /// Sign option, `None` when absent.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum field width in code points.
    pub width: Option<usize>,
    /// Thousands-separator option.
    pub grouping: Grouping,
    /// Precision (digits, or maximum code points for strings).
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The spec an empty format string parses to for `target`.
    pub fn default_for(target: SpecTarget) -> FormatSpec {
        let (ty, align) = target.defaults();
        FormatSpec {
            fill: ' ',
            align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty,
        }
    }
}

fn is_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of (Unicode) decimal digits starting at `*pos`; returns
/// `(value, digits consumed)`.  Mirrors `get_integer`: overflow past
/// `PY_SSIZE_T_MAX` raises `ValueError("Too many decimal digits in format string")`.
fn get_integer(chars: &[char], pos: &mut usize) -> RawResult<(usize, usize)> {
    let max = isize::MAX as usize;
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(v) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let v = v as usize;
        if acc > (max - v) / 10 {
            return Err(RawError::new(ExcKind::ValueError, "Too many decimal digits in format string"));
        }
        acc = acc * 10 + v;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

/// Renders a presentation type the way CPython's error messages do:
/// printable ASCII (33..=127) as itself, anything else as `\x<hex>`.
pub(crate) fn type_char_display(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

/// Truncates a type name like C's `%.200s`.
pub(crate) fn type_name_200(name: &str) -> String {
    name.chars().take(200).collect()
}

/// Parses `spec` for `target`'s `__format__`; `type_name` is the object's
/// type name used in error messages.
///
/// Errors (`ValueError`, CPython 3.11 text): `Invalid format specifier '<spec>'
/// for object of type '<type>'`, `Format specifier missing precision`,
/// `Too many decimal digits in format string`, `Cannot specify both ',' and
/// '_'.`, `Cannot specify ',' with 's'.`.  Mirrors
/// `parse_internal_render_format_spec` in Python/formatter_unicode.c.
pub fn parse_format_spec(spec: &str, target: SpecTarget, type_name: &str) -> RawResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut out = FormatSpec::default_for(target);
    let default_align = out.align;
    let mut pos = 0usize;
    let mut fill_specified = false;
    let mut align_specified = false;

    if let Some(a) = chars.get(1).and_then(|&c| is_align(c)) {
        out.align = a;
        out.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| is_align(c)) {
        out.align = a;
        align_specified = true;
        pos = 1;
    }
    match chars.get(pos) {
        Some('+') => out.sign = Some(Sign::Plus),
        Some('-') => out.sign = Some(Sign::Minus),
        Some(' ') => out.sign = Some(Sign::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        if !align_specified && default_align == Align::Right {
            out.align = Align::AfterSign;
        }
        pos += 1;
    }
    let (width, consumed) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        out.width = Some(width);
    }
    if chars.get(pos) == Some(&',') {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping != Grouping::None {
            return Err(both_separators());
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Grouping::Underscore {
        return Err(both_separators());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        let (prec, consumed) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(RawError::new(ExcKind::ValueError, "Format specifier missing precision"));
        }
        out.precision = Some(prec);
    }
    if end.saturating_sub(pos) > 1 {
        return Err(RawError::new(
            ExcKind::ValueError,
            format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                type_name_200(type_name)
            ),
        ));
    }
    if let Some(&c) = chars.get(pos) {
        out.ty = Some(c);
    }
    if out.grouping != Grouping::None {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if out.grouping == Grouping::Underscore => {
                out.grouping = Grouping::UnderscoreFour;
            }
            Some(t) => {
                let sep = if out.grouping == Grouping::Comma { ',' } else { '_' };
                return Err(RawError::new(
                    ExcKind::ValueError,
                    format!("Cannot specify '{}' with '{}'.", sep, type_char_display(t)),
                ));
            }
        }
    }
    Ok(out)
}

fn both_separators() -> RawError {
    RawError::new(ExcKind::ValueError, "Cannot specify both ',' and '_'.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(spec: &str, target: SpecTarget, ty: &str) -> String {
        parse_format_spec(spec, target, ty).unwrap_err().msg
    }

    #[test]
    fn full_spec() {
        let s = parse_format_spec("*^+z#012,.3f", SpecTarget::Float, "float").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Align::Center);
        assert_eq!(s.sign, Some(Sign::Plus));
        assert!(s.no_neg_0 && s.alternate);
        // Explicit fill wins over the '0' flag, which is then a width digit.
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Grouping::Comma);
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
    }

    #[test]
    fn zero_flag_and_defaults() {
        let s = parse_format_spec("010", SpecTarget::Int, "int").unwrap();
        assert_eq!((s.fill, s.align, s.width, s.ty), ('0', Align::AfterSign, Some(10), Some('d')));
        let s = parse_format_spec("05", SpecTarget::Str, "str").unwrap();
        assert_eq!((s.fill, s.align, s.width), ('0', Align::Left, Some(5)));
        let s = parse_format_spec("", SpecTarget::Float, "float").unwrap();
        assert_eq!(s, FormatSpec::default_for(SpecTarget::Float));
        let s = parse_format_spec("_x", SpecTarget::Int, "int").unwrap();
        assert_eq!(s.grouping, Grouping::UnderscoreFour);
        let s = parse_format_spec("\u{663}", SpecTarget::Int, "int").unwrap();
        assert_eq!(s.width, Some(3));
        let s = parse_format_spec("<", SpecTarget::Int, "int").unwrap();
        assert_eq!((s.fill, s.align), (' ', Align::Left));
    }

    #[test]
    fn errors() {
        // Messages come from CPython 3.11.
        assert_eq!(err("abc", SpecTarget::Int, "int"), "Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(err(".", SpecTarget::Int, "int"), "Format specifier missing precision");
        assert_eq!(err(",", SpecTarget::Str, "str"), "Cannot specify ',' with 's'.");
        assert_eq!(err(",_", SpecTarget::Int, "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,", SpecTarget::Int, "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",c", SpecTarget::Int, "int"), "Cannot specify ',' with 'c'.");
        assert_eq!(err("_n", SpecTarget::Int, "int"), "Cannot specify '_' with 'n'.");
        assert_eq!(err(",\u{1}", SpecTarget::Int, "int"), "Cannot specify ',' with '\\x1'.");
        assert_eq!(err("99999999999999999999", SpecTarget::Int, "int"), "Too many decimal digits in format string");
    }
}
