//! Tests for find/rfind/index/rindex/count/startswith/endswith; expected values
//! from CPython 3.11.

use crate::exc_kind::ExcKind;
use crate::text::*;

#[test]
fn find_family() {
    // CPython 3.11
    assert_eq!(find("abcabc", "c", None, None), 2);
    assert_eq!(rfind("abcabc", "c", None, None), 5);
    assert_eq!(find("abcabc", "c", Some(3), None), 5);
    assert_eq!(find("abcabc", "c", Some(-2), Some(-1)), -1);
    assert_eq!(find("héllo", "l", None, None), 2);
    assert_eq!(rfind("héllo", "l", None, None), 3);
    assert_eq!(find("abc", "", Some(3), None), 3);
    assert_eq!(find("abc", "", Some(4), None), -1);
    assert_eq!(rfind("abc", "", None, None), 3);
    assert_eq!(find("a中b中", "中", Some(2), None), 3);
    assert_eq!(index("héllo", "o", None, None), Ok(4));
    assert_eq!(rindex("héllo", "l", None, Some(3)), Ok(2));
    for r in [index("abc", "x", None, None), rindex("abc", "a", Some(1), None)] {
        let e = r.unwrap_err();
        assert_eq!((e.kind, e.msg.as_str()), (ExcKind::ValueError, "substring not found"));
    }
}

#[test]
fn count_occurrences() {
    // CPython 3.11
    assert_eq!(count("aaaa", "aa", None, None), 2);
    assert_eq!(count("abc", "", None, None), 4);
    assert_eq!(count("héllo", "", Some(1), Some(3)), 3);
    assert_eq!(count("abc", "", Some(5), None), 0);
    assert_eq!(count("ababab", "ab", Some(1), None), 2);
    assert_eq!(count("", "", None, None), 1);
}

#[test]
fn prefix_suffix() {
    // CPython 3.11
    assert!(startswith("hello", "ell", Some(1), None));
    assert!(startswith("hello", "", Some(5), None));
    assert!(!startswith("hello", "", Some(6), None));
    assert!(endswith("hello", "ll", Some(0), Some(4)));
    assert!(endswith("héllo", "lo", Some(-2), None));
    assert!(!endswith("hello", "hello", Some(1), None));
    assert!(startswith("héllo", "hé", None, None));
    assert!(!startswith("h", "hé", None, None));
}
