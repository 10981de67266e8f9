//! `str.is*` predicates (Objects/unicodeobject.c `unicode_is*_impl`), exact for
//! CPython 3.11 / Unicode 14.0.0 through the tables of `super::ucd`.

use super::ucd;

/// Non-empty and every code point satisfies `pred` (the shape of most `str.is*`).
fn all_nonempty(s: &str, pred: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isspace()`: non-empty, all whitespace. Mirrors `unicode_isspace_impl`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, ucd::is_space)
}

/// `s.isalpha()`: non-empty, all letters (L*). Mirrors `unicode_isalpha_impl`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, ucd::is_alpha)
}

/// `s.isalnum()`: non-empty, all alpha/decimal/digit/numeric. Mirrors `unicode_isalnum_impl`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, ucd::is_alnum)
}

/// `s.isdecimal()`: non-empty, all Nd. Mirrors `unicode_isdecimal_impl`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, ucd::is_decimal)
}

/// `s.isdigit()`: non-empty, all digits (e.g. `'²'` counts). Mirrors `unicode_isdigit_impl`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, ucd::is_digit)
}

/// `s.isnumeric()`: non-empty, all numeric (e.g. `'½'`, `'一'`). Mirrors `unicode_isnumeric_impl`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, ucd::is_numeric)
}

/// `s.isprintable()`: every code point printable; `""` is printable.
/// Mirrors `unicode_isprintable_impl`.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(ucd::is_printable)
}

/// `s.isascii()`: every code point below 128; `""` is ASCII. Mirrors `unicode_isascii_impl`.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.islower()`: at least one cased char and no uppercase/titlecase char.
/// Mirrors `unicode_islower_impl`.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if ucd::is_upper(c) || ucd::is_title(c) {
            return false;
        }
        cased |= ucd::is_lower(c);
    }
    cased
}

/// `s.isupper()`: at least one cased char and no lowercase/titlecase char.
/// Mirrors `unicode_isupper_impl`.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if ucd::is_lower(c) || ucd::is_title(c) {
            return false;
        }
        cased |= ucd::is_upper(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase chars only after uncased chars, lowercase
/// chars only after cased chars, and at least one cased char. Mirrors `unicode_istitle_impl`.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if ucd::is_upper(c) || ucd::is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if ucd::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: non-empty, first char XID_Start or `_`, the rest XID_Continue
/// (no NFKC normalization, keywords allowed). Mirrors `_PyUnicode_ScanIdentifier`.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => ucd::is_xid_start(first) && chars.all(ucd::is_xid_continue),
        None => false,
    }
}
