//! Case conversion: `str.upper`, `lower`, `casefold`, `title`, `capitalize`,
//! `swapcase` with CPython's full (multi-char) mappings and final-sigma rule
//! (Objects/unicodeobject.c `do_upper`, `do_lower`, `do_casefold`, `do_title`,
//! `do_capitalize`, `do_swapcase`).

use super::ucd::{
    is_case_ignorable, is_cased, is_lower, is_upper, push_fold, push_lower, push_title, push_upper,
};

/// CAPITAL SIGMA, the only char whose lowercase depends on context.
const CAPITAL_SIGMA: char = '\u{3A3}';

/// Mirrors `final_sigma`: is the capital sigma at byte offset `pos` of `s` word-final,
/// i.e. `\p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`?
fn final_sigma(s: &str, pos: usize) -> bool {
    let before = s.get(..pos).unwrap_or("");
    let after = s.get(pos + CAPITAL_SIGMA.len_utf8()..).unwrap_or("");
    let prev = before.chars().rev().find(|&c| !is_case_ignorable(c));
    if !prev.is_some_and(is_cased) {
        return false;
    }
    let next = after.chars().find(|&c| !is_case_ignorable(c));
    !next.is_some_and(is_cased)
}

/// Mirrors `lower_ucs4`: full lowercase of the char `c` at byte offset `pos` of `s`,
/// applying the final-sigma rule to U+03A3.
fn push_lower_at(out: &mut String, s: &str, pos: usize, c: char) {
    if c == CAPITAL_SIGMA {
        out.push(if final_sigma(s, pos) { '\u{3C2}' } else { '\u{3C3}' });
    } else {
        push_lower(out, c);
    }
}

/// `s.upper()`: full uppercase mapping (`'ß'` → `"SS"`). Mirrors `do_upper`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

/// `s.lower()`: full lowercase mapping with the final-sigma rule. Mirrors `do_lower`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.char_indices().for_each(|(p, c)| push_lower_at(&mut out, s, p, c));
    out
}

/// `s.casefold()`: full case folding (`'ß'` → `"ss"`, no final-sigma rule). Mirrors `do_casefold`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_fold(&mut out, c));
    out
}

/// `s.title()`: a char following a cased char is lowercased, any other char is
/// titlecased, so `"they're"` → `"They'Re"` and `"2world"` → `"2World"`. Mirrors `do_title`.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (p, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(&mut out, s, p, c);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()` (3.8+ rule): first char titlecased, the rest lowercased.
/// Mirrors `do_capitalize`.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (p, c) in s.char_indices() {
        if p == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, s, p, c);
        }
    }
    out
}

/// `s.swapcase()`: uppercase chars lowercased (final-sigma aware), lowercase chars
/// uppercased, others (including titlecase chars) kept. Mirrors `do_swapcase`.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (p, c) in s.char_indices() {
        if is_upper(c) {
            push_lower_at(&mut out, s, p, c);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}
