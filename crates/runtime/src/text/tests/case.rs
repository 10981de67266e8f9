//! Tests for case conversion; expected values from CPython 3.11.

use crate::text::*;

#[test]
fn upper_lower_casefold() {
    // CPython 3.11
    assert_eq!(upper("ß"), "SS");
    assert_eq!(upper("ﬁ"), "FI");
    assert_eq!(upper("héllo"), "HÉLLO");
    assert_eq!(lower("İ"), "i\u{307}");
    assert_eq!(lower("ΟΔΟΣ"), "οδος");
    assert_eq!(lower("ΣΑ"), "σα");
    assert_eq!(lower("Σ"), "σ");
    assert_eq!(lower("AΣ."), "aς.");
    assert_eq!(lower("AΣb"), "aσb");
    assert_eq!(casefold("ß"), "ss");
    assert_eq!(casefold("ΟΔΟΣ"), "οδοσ");
    assert_eq!(casefold("HeLLo"), "hello");
    // CPython 3.11 (Unicode 14): U+019B has no uppercase yet; U+0264 no uppercase.
    assert_eq!(upper("\u{19b}\u{264}"), "\u{19b}\u{264}");
}

#[test]
fn title_rule() {
    // CPython 3.11
    assert_eq!(title("they're bill's friends"), "They'Re Bill'S Friends");
    assert_eq!(title("hello 2world a1b"), "Hello 2World A1B");
    assert_eq!(title("ǆemal ǉubljana"), "ǅemal ǈubljana");
    assert_eq!(title("ßtraße"), "Sstraße");
    assert_eq!(title("ΑΣ ΑΣΑ"), "Ας Ασα");
    assert_eq!(title(""), "");
}

#[test]
fn capitalize_and_swapcase() {
    // CPython 3.11
    assert_eq!(capitalize("hELLO wORLD"), "Hello world");
    assert_eq!(capitalize("ǆx"), "ǅx");
    assert_eq!(capitalize("ﬁx"), "Fix");
    assert_eq!(capitalize("123ABC"), "123abc");
    assert_eq!(capitalize(""), "");
    assert_eq!(swapcase("hElLo ß ǅ"), "HeLlO SS ǅ");
    assert_eq!(swapcase("AΣ"), "aς");
}
