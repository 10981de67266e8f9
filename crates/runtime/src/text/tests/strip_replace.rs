//! Tests for strip/lstrip/rstrip, replace, removeprefix/removesuffix; expected
//! values from CPython 3.11.

use crate::text::*;

#[test]
fn strips() {
    // CPython 3.11
    assert_eq!(strip("  \t x \n", None), "x");
    assert_eq!(strip("xxhixx", Some("x")), "hi");
    assert_eq!(strip("\u{a0}\u{2003}hé\u{3000}", None), "hé");
    assert_eq!(lstrip("ab-ba", Some("ab")), "-ba");
    assert_eq!(rstrip("ab-ba", Some("ab")), "ab-");
    assert_eq!(strip("\u{200b}x", None), "\u{200b}x");
    assert_eq!(strip("héh", Some("h")), "é");
    assert_eq!(strip("abc", Some("")), "abc");
    assert_eq!(strip("   ", None), "");
}

#[test]
fn replaces() {
    // CPython 3.11
    assert_eq!(replace("aaa", "a", "bb", -1).unwrap(), "bbbbbb");
    assert_eq!(replace("aaa", "a", "b", 2).unwrap(), "bba");
    assert_eq!(replace("abc", "", "-", -1).unwrap(), "-a-b-c-");
    assert_eq!(replace("abc", "", "-", 2).unwrap(), "-a-bc");
    assert_eq!(replace("", "", "x", -1).unwrap(), "x");
    assert_eq!(replace("", "", "x", 0).unwrap(), "");
    assert_eq!(replace("héé", "é", "e", -1).unwrap(), "hee");
    assert_eq!(replace("aaaa", "aa", "x", -1).unwrap(), "xx");
    assert_eq!(replace("aaa", "a", "b", -5).unwrap(), "bbb");
    assert_eq!(replace("abc", "x", "y", -1).unwrap(), "abc");
}

#[test]
fn remove_affixes() {
    // CPython 3.11
    assert_eq!(removeprefix("héllo", "hé"), "llo");
    assert_eq!(removeprefix("abc", ""), "abc");
    assert_eq!(removeprefix("abc", "x"), "abc");
    assert_eq!(removesuffix("héllo", "lo"), "hél");
    assert_eq!(removesuffix("abc", "abcd"), "abc");
}
