//! Substring search: `str.find`, `rfind`, `index`, `rindex`, `count`,
//! `startswith`, `endswith` (Objects/unicodeobject.c, `any_find_slice`,
//! `unicode_count_impl`, `tailmatch`). All indices are in code points;
//! `start`/`end` follow `ADJUST_INDICES` (negative from the end, clamped).

use super::index::{adjust_indices, char_len, window};
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// The code-point window `s[start:end]` plus its start index, or `None` when the
/// window is shorter than `need` code points (CPython's `end - start < len(sub)` test).
fn window_for<'a>(s: &'a str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<(&'a str, i64)> {
    let (start, end) = adjust_indices(char_len(s), start, end);
    let need = i64::try_from(char_len(sub)).unwrap_or(i64::MAX);
    if end.saturating_sub(start) < need {
        return None;
    }
    let (a, b) = window(s, start, end);
    s.get(a..b).map(|w| (w, start))
}

/// Code-point index of byte offset `byte` inside `hay`.
fn chars_before(hay: &str, byte: usize) -> i64 {
    let prefix = hay.get(..byte).unwrap_or(hay);
    char_len(prefix) as i64
}

/// `s.find(sub, start, end)`: lowest code-point index of `sub` in `s[start:end]`, or -1.
/// Mirrors `unicode_find` / `any_find_slice(..., 1)`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window_for(s, sub, start, end) {
        Some((hay, base)) => hay.find(sub).map_or(-1, |p| base + chars_before(hay, p)),
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: highest code-point index of `sub` in `s[start:end]`, or -1.
/// Mirrors `unicode_rfind` / `any_find_slice(..., -1)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window_for(s, sub, start, end) {
        Some((hay, base)) => hay.rfind(sub).map_or(-1, |p| base + chars_before(hay, p)),
        None => -1,
    }
}

fn not_found() -> RawError {
    RawError::new(ExcKind::ValueError, "substring not found")
}

/// `s.index(sub, start, end)`: like [`find`] but errors with
/// `ValueError: substring not found`. Mirrors `unicode_index`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> RawResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but errors with
/// `ValueError: substring not found`. Mirrors `unicode_rindex`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> RawResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: number of non-overlapping occurrences of `sub` in
/// `s[start:end]`; an empty `sub` counts `len(window) + 1`. Mirrors `unicode_count_impl`.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window_for(s, sub, start, end) {
        Some((hay, _)) if sub.is_empty() => char_len(hay) as i64 + 1,
        Some((hay, _)) => hay.matches(sub).count() as i64,
        None => 0,
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over tuples).
/// Mirrors `tailmatch(..., -1)`.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window_for(s, prefix, start, end).is_some_and(|(hay, _)| hay.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix (the caller loops over tuples).
/// Mirrors `tailmatch(..., +1)`.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window_for(s, suffix, start, end).is_some_and(|(hay, _)| hay.ends_with(suffix))
}
