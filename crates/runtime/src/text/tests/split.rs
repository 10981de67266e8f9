//! Tests for split/rsplit/splitlines/partition; expected values from CPython 3.11.

use crate::exc_kind::ExcKind;
use crate::text::*;

#[test]
fn split_whitespace() {
    // CPython 3.11: '  a  b  '.split() == ['a', 'b'], .split(None, 1) == ['a', 'b  ']
    assert_eq!(split("  a  b  ", None, -1).unwrap(), ["a", "b"]);
    assert_eq!(split("  a  b  ", None, 1).unwrap(), ["a", "b  "]);
    assert_eq!(rsplit("  a  b  ", None, 1).unwrap(), ["  a", "b"]);
    assert_eq!(split("  x  ", None, 0).unwrap(), ["x  "]);
    assert_eq!(rsplit("  x  ", None, 0).unwrap(), ["  x"]);
    assert!(split("", None, -1).unwrap().is_empty());
    assert!(split(" \t ", None, -1).unwrap().is_empty());
    // CPython 3.11: 'a\u3000b\x1cc\x85d'.split() == ['a', 'b', 'c', 'd']
    assert_eq!(split("a\u{3000}b\u{1c}c\u{85}d", None, -1).unwrap(), ["a", "b", "c", "d"]);
}

#[test]
fn split_with_separator() {
    // CPython 3.11: 'a,b,,c'.split(',') == ['a', 'b', '', 'c']
    assert_eq!(split("a,b,,c", Some(","), -1).unwrap(), ["a", "b", "", "c"]);
    assert_eq!(split("a,b,,c", Some(","), 2).unwrap(), ["a", "b", ",c"]);
    assert_eq!(rsplit("a,b,,c", Some(","), 2).unwrap(), ["a,b", "", "c"]);
    assert_eq!(split("", Some(","), -1).unwrap(), [""]);
    assert_eq!(split("aXXbXXc", Some("XX"), -1).unwrap(), ["a", "b", "c"]);
    assert_eq!(rsplit("aXXbXXc", Some("XX"), 0).unwrap(), ["aXXbXXc"]);
    assert_eq!(split("éxéxé", Some("x"), -1).unwrap(), ["é", "é", "é"]);
    for r in [split("a", Some(""), -1), rsplit("a", Some(""), -1)] {
        let e = r.unwrap_err();
        assert_eq!((e.kind, e.msg.as_str()), (ExcKind::ValueError, "empty separator"));
    }
}

#[test]
fn splitlines_boundaries() {
    // CPython 3.11: 'a\r\nb\rc\n\x1cd\x85'.splitlines() == ['a', 'b', 'c', '', 'd']
    let s = "a\r\nb\rc\n\u{1c}d\u{85}";
    assert_eq!(splitlines(s, false), ["a", "b", "c", "", "d"]);
    assert_eq!(splitlines(s, true), ["a\r\n", "b\r", "c\n", "\u{1c}", "d\u{85}"]);
    assert_eq!(splitlines("\n", false), [""]);
    assert_eq!(splitlines("x\u{2028}y\u{2029}", false), ["x", "y"]);
    assert_eq!(splitlines("a\u{b}b\u{c}c", false), ["a", "b", "c"]);
    assert!(splitlines("", false).is_empty());
    assert_eq!(splitlines("no newline", true), ["no newline"]);
}

#[test]
fn partitions() {
    // CPython 3.11: 'a.b.c'.partition('.') == ('a', '.', 'b.c')
    assert_eq!(partition("a.b.c", ".").unwrap(), ("a", ".", "b.c"));
    assert_eq!(rpartition("a.b.c", ".").unwrap(), ("a.b", ".", "c"));
    assert_eq!(partition("abc", "x").unwrap(), ("abc", "", ""));
    assert_eq!(rpartition("abc", "x").unwrap(), ("", "", "abc"));
    assert_eq!(partition("héllo", "l").unwrap(), ("hé", "l", "lo"));
    let e = partition("abc", "").unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::ValueError, "empty separator"));
    assert!(rpartition("abc", "").is_err());
}
