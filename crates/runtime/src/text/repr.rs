//! `repr()` and `ascii()` of a str (Objects/unicodeobject.c `unicode_repr`,
//! Python/bltinmodule.c `builtin_ascii` = repr + backslashreplace).

use super::ucd::is_printable;
use std::fmt::Write as _;

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex) for `c`.
fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    // Writing into a String cannot fail.
    let _ = if cp <= 0xFF {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xFFFF {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// Shared body of `repr`/`ascii`: quotes and escapes `s`; when `ascii_only`, every
/// non-ASCII char is escaped too.
fn quote(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_hex_escape(&mut out, c),
            _ if !ascii_only && is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// CPython's `repr(s)`: single quotes unless `s` contains `'` and no `"`; escapes
/// `\\`, the quote, `\n`, `\r`, `\t`; other non-printable chars become `\xNN`
/// (< 0x100), `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII stays literal.
/// Mirrors `unicode_repr`.
pub fn repr_str(s: &str) -> String {
    quote(s, false)
}

/// CPython's `ascii(s)`: [`repr_str`] with every non-ASCII char escaped as
/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`. Mirrors `builtin_ascii` (`PyObject_ASCII`).
pub fn ascii_str(s: &str) -> String {
    quote(s, true)
}
