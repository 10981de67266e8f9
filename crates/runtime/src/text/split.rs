//! `str.split`, `rsplit`, `splitlines`, `partition`, `rpartition`
//! (Objects/stringlib/split.h, partition.h). Pieces borrow from the input.

use super::ucd::{is_linebreak, is_space};
use crate::exc_kind::{ExcKind, RawError, RawResult};

fn empty_separator() -> RawError {
    RawError::new(ExcKind::ValueError, "empty separator")
}

/// CPython turns a negative `maxsplit` into `PY_SSIZE_T_MAX`.
fn max_count(maxsplit: i64) -> u64 {
    u64::try_from(maxsplit).unwrap_or(u64::MAX)
}

/// `s.split(sep, maxsplit)`: `sep = None` splits on runs of whitespace (`str.isspace`)
/// and drops empty pieces; otherwise splits on every occurrence of `sep`.
/// `maxsplit < 0` means unlimited. Errors: `ValueError: empty separator`.
/// Mirrors `split_whitespace` / `split` in Objects/stringlib/split.h.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> RawResult<Vec<&'a str>> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                let Some(pos) = rest.find(sep) else { break };
                out.push(&rest[..pos]);
                rest = &rest[pos + sep.len()..];
                left -= 1;
            }
            out.push(rest);
            Ok(out)
        }
        None => {
            let mut rest = s;
            loop {
                rest = rest.trim_start_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = &rest[end..];
                left -= 1;
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but counts splits from the right.
/// Errors: `ValueError: empty separator`. Mirrors `rsplit_whitespace` / `rsplit`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> RawResult<Vec<&'a str>> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                let Some(pos) = rest.rfind(sep) else { break };
                out.push(&rest[pos + sep.len()..]);
                rest = &rest[..pos];
                left -= 1;
            }
            out.push(rest);
        }
        None => {
            let mut rest = s;
            loop {
                rest = rest.trim_end_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |p| p + rest[p..].chars().next().map_or(1, char::len_utf8));
                out.push(&rest[start..]);
                rest = &rest[..start];
                left -= 1;
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`: splits at every CPython line boundary
/// (`\n \r \r\n \x0b \x0c \x1c \x1d \x1e \x85 \u2028 \u2029`); a trailing boundary
/// does not produce an empty last line. Mirrors `splitlines` in split.h.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = pos + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some(&(_, '\n'))) {
            iter.next();
            next += 1;
        }
        let eol = if keepends { next } else { pos };
        out.push(&s[line_start..eol]);
        line_start = next;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `s.partition(sep)`: `(head, sep, tail)` around the first `sep`, or `(s, "", "")`.
/// Errors: `ValueError: empty separator`. Mirrors `partition` in Objects/stringlib/partition.h.
pub fn partition<'a>(s: &'a str, sep: &str) -> RawResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: `(head, sep, tail)` around the last `sep`, or `("", "", s)`.
/// Errors: `ValueError: empty separator`. Mirrors `rpartition` in partition.h.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> RawResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => ("", "", s),
    })
}
