//! Assembling a formatted number: padding, sign, prefix, grouped digits,
//! decimal point and remainder.

use super::check_size;
use super::grouping::insert_grouping;
use super::spec::{Align, FormatSpec, Grouping, Sign};
use crate::exc_kind::RawResult;

/// The pieces of a number before layout (all ASCII except a `'c'` remainder).
///
/// The output looks like
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
pub(crate) struct NumberParts<'a> {
    /// Whether the number is negative (a `-` is always shown then).
    pub negative: bool,
    /// Base prefix such as `0x` (already in the wanted case), or empty.
    pub prefix: &'a str,
    /// The integer digits that get grouped and zero padded.
    pub digits: &'a [char],
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits).
    pub remainder: &'a [char],
}

/// Separator and group size for `grouping` (CPython's `get_locale_info`; the
/// `'n'` type uses the C locale, which has no grouping).
fn locale_info(grouping: Grouping, ty: Option<char>) -> (usize, Option<char>) {
    if ty == Some('n') {
        return (0, None);
    }
    match grouping {
        Grouping::None => (0, None),
        Grouping::Comma => (3, Some(',')),
        Grouping::Underscore => (3, Some('_')),
        Grouping::UnderscoreFour => (4, Some('_')),
    }
}

/// Lays out `parts` under `spec`'s fill, alignment, sign, width and grouping.
/// Errors: `MemoryError` for widths above [`super::MAX_OUTPUT_CHARS`].
/// Mirrors `calc_number_widths` + `fill_number` in Python/formatter_unicode.c.
pub(crate) fn layout_number(parts: &NumberParts<'_>, spec: &FormatSpec) -> RawResult<String> {
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    if let Some(w) = spec.width {
        check_size(w)?;
    }
    let sign = match spec.sign {
        Some(Sign::Plus) => Some(if parts.negative { '-' } else { '+' }),
        Some(Sign::Space) => Some(if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.len() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign { width - non_digit } else { 0 };
    let (group, sep) = locale_info(spec.grouping, spec.ty);
    let grouped = if parts.digits.is_empty() {
        Vec::new()
    } else {
        insert_grouping(parts.digits, min_width, group, sep)
    };
    let padding = width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if padding > 0 {
        match spec.align {
            Align::Left => rpad = padding,
            Align::Center => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            Align::AfterSign => spad = padding,
            Align::Right => lpad = padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(spec.fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    pad(&mut out, spad);
    out.extend(grouped.iter());
    if parts.has_decimal {
        out.push('.');
    }
    out.extend(parts.remainder.iter());
    pad(&mut out, rpad);
    Ok(out)
}
