//! Padding: `str.center`, `ljust`, `rjust`, `zfill`, `expandtabs`
//! (Objects/unicodeobject.c `pad`, `unicode_center_impl`, `unicode_zfill_impl`,
//! `unicode_expandtabs_impl`). Widths are in code points.

use super::index::char_len;
use super::replace::{memory_error, with_capacity};
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Mirrors `pad`: `left` and `right` copies of `fill` around `s`.
/// Errors: `MemoryError` when the result cannot be allocated.
fn pad(s: &str, left: usize, right: usize, fill: char) -> RawResult<String> {
    let bytes = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(memory_error)?;
    let mut out = with_capacity(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Code points missing to reach `width`, or `None` when `s` is already wide enough.
fn missing(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s);
    let width = usize::try_from(width).ok()?;
    width.checked_sub(len).filter(|&m| m > 0)
}

/// `s.center(width, fillchar)`: centred in `width` code points; with an odd margin
/// the extra fill goes left when `width` is odd (`'ab'.center(5,'*') == '**ab*'`)
/// and right otherwise. Errors: `MemoryError`. Mirrors `unicode_center_impl`.
pub fn center(s: &str, width: i64, fillchar: char) -> RawResult<String> {
    match missing(s, width) {
        None => Ok(s.to_string()),
        Some(marg) => {
            // marg > 0 implies width > 0, so the cast is exact.
            let left = marg / 2 + (marg & (width as usize) & 1);
            pad(s, left, marg - left, fillchar)
        }
    }
}

/// `s.ljust(width, fillchar)`: `s` padded on the right to `width` code points.
/// Errors: `MemoryError`. Mirrors `unicode_ljust_impl`.
pub fn ljust(s: &str, width: i64, fillchar: char) -> RawResult<String> {
    match missing(s, width) {
        None => Ok(s.to_string()),
        Some(m) => pad(s, 0, m, fillchar),
    }
}

/// `s.rjust(width, fillchar)`: `s` padded on the left to `width` code points.
/// Errors: `MemoryError`. Mirrors `unicode_rjust_impl`.
pub fn rjust(s: &str, width: i64, fillchar: char) -> RawResult<String> {
    match missing(s, width) {
        None => Ok(s.to_string()),
        Some(m) => pad(s, m, 0, fillchar),
    }
}

/// `s.zfill(width)`: left-padded with `'0'` to `width` code points, keeping a leading
/// `+`/`-` in front (`'-42'.zfill(5) == '-0042'`). Errors: `MemoryError`.
/// Mirrors `unicode_zfill_impl`.
pub fn zfill(s: &str, width: i64) -> RawResult<String> {
    let Some(fill) = missing(s, width) else {
        return Ok(s.to_string());
    };
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), s.get(1..).unwrap_or("")),
        _ => (None, s),
    };
    let bytes = s.len().checked_add(fill).ok_or_else(memory_error)?;
    let mut out = with_capacity(bytes)?;
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(digits);
    Ok(out)
}

/// `s.expandtabs(tabsize)`: every `\t` replaced by spaces up to the next multiple of
/// `tabsize` columns (columns restart after `\n`/`\r`); `tabsize <= 0` deletes tabs.
/// Errors: `OverflowError: new string is too long`, `MemoryError`.
/// Mirrors `unicode_expandtabs_impl`.
pub fn expandtabs(s: &str, tabsize: i64) -> RawResult<String> {
    let too_long = || RawError::new(ExcKind::OverflowError, "new string is too long");
    // First pass: output size in bytes, with CPython's column-overflow check.
    let mut line_pos: i64 = 0;
    let mut bytes: usize = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos = line_pos.checked_add(incr).ok_or_else(too_long)?;
                bytes = bytes.checked_add(incr as usize).ok_or_else(too_long)?;
            }
        } else {
            line_pos = line_pos.checked_add(1).ok_or_else(too_long)?;
            bytes = bytes.checked_add(c.len_utf8()).ok_or_else(too_long)?;
            if c == '\n' || c == '\r' {
                line_pos = 0;
            }
        }
    }
    let mut out = with_capacity(bytes)?;
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                out.extend(std::iter::repeat_n(' ', incr as usize));
                col += incr;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}
