//! `str.strip`, `str.lstrip`, `str.rstrip` (Objects/unicodeobject.c `do_strip` /
//! `do_argstrip`). Results borrow from the input.

use super::ucd::is_space;

/// Which ends to strip.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_impl<'a>(s: &'a str, chars: Option<&str>, side: Side) -> &'a str {
    let pred = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    match side {
        Side::Left => s.trim_start_matches(pred),
        Side::Right => s.trim_end_matches(pred),
        Side::Both => s.trim_start_matches(pred).trim_end_matches(pred),
    }
}

/// `s.strip(chars)`: removes leading and trailing code points found in `chars`
/// (`None` = whitespace as `str.isspace`). Mirrors `unicode_strip_impl`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, Side::Both)
}

/// `s.lstrip(chars)`: removes leading code points found in `chars` (`None` = whitespace).
/// Mirrors `unicode_lstrip_impl`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, Side::Left)
}

/// `s.rstrip(chars)`: removes trailing code points found in `chars` (`None` = whitespace).
/// Mirrors `unicode_rstrip_impl`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, Side::Right)
}
