//! Tests for center/ljust/rjust/zfill/expandtabs; expected values from CPython 3.11.

use crate::exc_kind::ExcKind;
use crate::text::*;

#[test]
fn justify() {
    // CPython 3.11
    assert_eq!(center("ab", 5, '*').unwrap(), "**ab*");
    assert_eq!(center("abc", 6, '*').unwrap(), "*abc**");
    assert_eq!(center("a", 4, '*').unwrap(), "*a**");
    assert_eq!(center("ab", 7, '*').unwrap(), "***ab**");
    assert_eq!(center("héllo", 3, ' ').unwrap(), "héllo");
    assert_eq!(ljust("x", 3, 'é').unwrap(), "xéé");
    assert_eq!(rjust("x", 3, '😀').unwrap(), "😀😀x");
    assert_eq!(ljust("x", -5, ' ').unwrap(), "x");
    // CPython 3.11: 'a'.ljust(2**62) -> MemoryError with an empty message
    let e = ljust("a", 1 << 62, ' ').unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::MemoryError, ""));
    assert!(center("a", i64::MAX, '😀').is_err());
}

#[test]
fn zero_fill() {
    // CPython 3.11
    assert_eq!(zfill("42", 5).unwrap(), "00042");
    assert_eq!(zfill("-42", 5).unwrap(), "-0042");
    assert_eq!(zfill("+", 3).unwrap(), "+00");
    assert_eq!(zfill("abc", 2).unwrap(), "abc");
    assert_eq!(zfill("", 3).unwrap(), "000");
    assert_eq!(zfill("é", 3).unwrap(), "00é");
    assert!(zfill("1", 1 << 62).is_err());
}

#[test]
fn tabs() {
    // CPython 3.11
    assert_eq!(expandtabs("a\tb\tc", 8).unwrap(), "a       b       c");
    assert_eq!(expandtabs("ab\tc\ndé\tf", 4).unwrap(), "ab  c\ndé  f");
    assert_eq!(expandtabs("a\tb", 0).unwrap(), "ab");
    assert_eq!(expandtabs("a\tb", -1).unwrap(), "ab");
    assert_eq!(expandtabs("\r\t", 3).unwrap(), "\r   ");
    // Column overflow is reported like CPython's "new string is too long".
    let e = expandtabs("a\t\t", i64::MAX).unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::OverflowError, "new string is too long"));
}
