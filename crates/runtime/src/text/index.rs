//! Code-point indexing over UTF-8 `&str`: lengths, single-char access, slice
//! normalization (shared by list/tuple/str) and code-point slicing.

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Number of code points in `s` (Python's `len(str)`); O(1) for ASCII-only input
/// after the ASCII check, O(n) otherwise. Mirrors `PyUnicode_GET_LENGTH`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The code point at 0-based code-point index `i`, or `None` when `i >= len`.
/// `is_ascii` must be `s.is_ascii()` (the caller caches it); it makes the lookup O(1).
/// Mirrors `PyUnicode_READ_CHAR`.
pub fn char_at(s: &str, i: usize, is_ascii: bool) -> Option<char> {
    if is_ascii {
        match s.as_bytes().get(i) {
            Some(&b) if b < 0x80 => return Some(b as char),
            // Past the byte length means past the char length too.
            None => return None,
            // `is_ascii` was wrong: fall back to the exact scan.
            Some(_) => {}
        }
    }
    s.chars().nth(i)
}

/// Python `s[i]` for an int index `i` (negative counts from the end).
/// Errors: `IndexError: string index out of range`. Mirrors `unicode_getitem`.
pub fn getitem(s: &str, i: i64) -> RawResult<char> {
    let ascii = s.is_ascii();
    let len = if ascii { s.len() } else { s.chars().count() } as i64;
    let idx = if i < 0 { i + len } else { i };
    if idx < 0 || idx >= len {
        return Err(RawError::new(ExcKind::IndexError, "string index out of range"));
    }
    char_at(s, idx as usize, ascii)
        .ok_or_else(|| RawError::new(ExcKind::IndexError, "string index out of range"))
}

/// Byte offset of code-point index `i` in `s` (clamped to `s.len()` when `i` is past the end).
pub fn byte_offset(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// Resolves a slice: `PySlice_Unpack` followed by `PySlice_AdjustIndices`
/// (Objects/sliceobject.c) for a sequence of `len` items.
///
/// `None` stands for an omitted/`None` bound. Returns `(start, stop, step, slicelength)`
/// where `start`/`stop` are clamped into `-1..=len` and `slicelength` is the number of
/// selected items. Errors: `ValueError: slice step cannot be zero`.
pub fn normalize_slice(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> RawResult<(i64, i64, i64, usize)> {
    let length = i64::try_from(len).unwrap_or(i64::MAX);
    let step = match step {
        None => 1,
        Some(0) => return Err(RawError::new(ExcKind::ValueError, "slice step cannot be zero")),
        // Keep -step representable, like PySlice_Unpack does.
        Some(st) => st.max(-i64::MAX),
    };
    let start = start.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = stop.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    let adjust = |v: i64| -> i64 {
        if v < 0 {
            let v = v + length; // cannot overflow: v < 0 <= length
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= length {
            if step < 0 {
                length - 1
            } else {
                length
            }
        } else {
            v
        }
    };
    let start = adjust(start);
    let stop = adjust(stop);
    let slicelength: i64 = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, usize::try_from(slicelength).unwrap_or(0)))
}

/// Python `s[start:stop:step]` with indices already resolved by [`normalize_slice`]
/// (code-point units; `step` may be negative, never zero). Out-of-range or
/// inconsistent input yields the chars that exist instead of panicking; `step == 0`
/// yields `""`. Mirrors `unicode_subscript`.
pub fn slice(s: &str, start: i64, stop: i64, step: i64) -> String {
    if step == 0 {
        return String::new();
    }
    if step == 1 {
        if start >= stop || start < 0 {
            return String::new();
        }
        let a = byte_offset(s, start as usize);
        let b = byte_offset(s, stop as usize);
        return s.get(a..b).unwrap_or("").to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let len = chars.len() as i64;
    let mut out = String::new();
    let mut i = start;
    if step > 0 {
        let stop = stop.min(len);
        if i < 0 {
            return out;
        }
        while i < stop {
            if let Some(&c) = chars.get(i as usize) {
                out.push(c);
            }
            i = match i.checked_add(step) {
                Some(n) => n,
                None => break,
            };
        }
    } else {
        i = i.min(len - 1);
        let stop = stop.max(-1);
        while i > stop {
            if let Some(&c) = chars.get(i as usize) {
                out.push(c);
            }
            i = match i.checked_add(step) {
                Some(n) => n,
                None => break,
            };
        }
    }
    out
}

/// Clamps `start`/`end` (code points, `None` = omitted) into `0..=len` the way
/// `ADJUST_INDICES` does in Objects/unicodeobject.c; returns `(start, end)`, which
/// may have `start > end`.
pub fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
    let length = i64::try_from(len).unwrap_or(i64::MAX);
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
    if end > length {
        end = length;
    } else if end < 0 {
        end += length;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += length;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// Byte range of the code-point window `start..end` (as returned by [`adjust_indices`],
/// `0 <= start`, `end <= len`); a reversed window collapses to an empty range at `start`.
pub(crate) fn window(s: &str, start: i64, end: i64) -> (usize, usize) {
    let a = byte_offset(s, usize::try_from(start).unwrap_or(0));
    let b = byte_offset(s, usize::try_from(end).unwrap_or(0));
    (a, b.max(a))
}
