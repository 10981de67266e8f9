//! Tests for the `str.is*` predicates; expected values from CPython 3.11.

use crate::text::*;

#[test]
fn numeric_classes() {
    // CPython 3.11
    assert!(isdigit("0123"));
    assert!(isdigit("²") && !isdecimal("²"));
    assert!(isnumeric("½") && !isdigit("½"));
    assert!(isnumeric("一"));
    assert!(isdecimal("٣"));
    assert!(!isdigit("") && !isdecimal("") && !isnumeric(""));
    assert!(isalnum("a1½"));
    assert!(!isalnum("a b"));
}

#[test]
fn alpha_space_ascii_printable() {
    // CPython 3.11
    assert!(isalpha("é"));
    assert!(!isalpha("\u{903}"));
    assert!(!isalpha(""));
    assert!(isspace(" \t\u{1c}\u{3000}"));
    assert!(!isspace("\u{200b}"));
    assert!(!isspace(""));
    assert!(isprintable("é"));
    assert!(!isprintable("\u{ad}"));
    assert!(!isprintable("\u{a0}"));
    assert!(isprintable(""));
    assert!(!isprintable("\n"));
    assert!(!isascii("é"));
    assert!(isascii(""));
}

#[test]
fn case_predicates() {
    // CPython 3.11
    assert!(isupper("ABC1"));
    assert!(islower("abc1"));
    assert!(!isupper("ǅ"));
    assert!(!islower("1"));
    assert!(istitle("Hello World"));
    assert!(!istitle("Hello world"));
    assert!(istitle("ǅemal"));
    assert!(!istitle("HELLO"));
    assert!(!istitle(""));
}

#[test]
fn identifiers() {
    // CPython 3.11
    assert!(isidentifier("_x1"));
    assert!(!isidentifier("1x"));
    assert!(isidentifier("héllo"));
    assert!(!isidentifier("a-b"));
    assert!(!isidentifier("·a"));
    assert!(isidentifier("a·"));
    assert!(!isidentifier(""));
}
