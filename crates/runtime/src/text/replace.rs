//! `str.replace`, `str.removeprefix`, `str.removesuffix` (Objects/unicodeobject.c).

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// An empty `MemoryError`, what CPython raises when an allocation fails.
pub(crate) fn memory_error() -> RawError {
    RawError::new(ExcKind::MemoryError, "")
}

/// A `String` with `cap` bytes reserved, or `MemoryError` when that cannot be allocated.
pub(crate) fn with_capacity(cap: usize) -> RawResult<String> {
    let mut out = String::new();
    out.try_reserve(cap).map_err(|_| memory_error())?;
    Ok(out)
}

/// `s.replace(old, new, count)`: replaces the first `count` non-overlapping
/// occurrences of `old` (all when `count < 0`). An empty `old` inserts `new`
/// before every code point and at the end. Errors: `OverflowError: replace string
/// is too long` when the result size overflows, `MemoryError` when it cannot be
/// allocated. Mirrors `replace` in Objects/unicodeobject.c.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> RawResult<String> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if limit == 0 || old == new {
        return Ok(s.to_string());
    }
    let hits = s.match_indices(old).take(limit).count();
    if hits == 0 {
        return Ok(s.to_string());
    }
    let too_long = || RawError::new(ExcKind::OverflowError, "replace string is too long");
    let size = if new.len() >= old.len() {
        hits.checked_mul(new.len() - old.len()).and_then(|d| d.checked_add(s.len()))
    } else {
        hits.checked_mul(old.len() - new.len()).and_then(|d| s.len().checked_sub(d))
    };
    let size = size.filter(|&n| n <= isize::MAX as usize).ok_or_else(too_long)?;
    let mut out = with_capacity(size)?;
    let mut last = 0;
    for (pos, _) in s.match_indices(old).take(hits) {
        out.push_str(s.get(last..pos).unwrap_or(""));
        out.push_str(new);
        last = pos + old.len();
    }
    out.push_str(s.get(last..).unwrap_or(""));
    Ok(out)
}

/// `s.removeprefix(prefix)`: `s` without a leading `prefix` (unchanged when absent).
/// Mirrors `unicode_removeprefix_impl`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`: `s` without a trailing `suffix` (unchanged when absent).
/// Mirrors `unicode_removesuffix_impl`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
