//! Tests for code-point indexing and slicing; expected values from CPython 3.11
//! (`slice(a, b, c).indices(n)`, `len(range(...))`, `s[a:b:c]`).

use crate::exc_kind::ExcKind;
use crate::text::*;

#[test]
fn lengths_and_char_access() {
    // CPython 3.11: len('héllo') == 5, 'héllo'[1] == 'é', 'héllo'[-1] == 'o'
    assert_eq!(char_len("héllo"), 5);
    assert_eq!(char_len(""), 0);
    assert_eq!(char_at("héllo", 1, false), Some('é'));
    assert_eq!(char_at("hello", 4, true), Some('o'));
    assert_eq!(char_at("hello", 5, true), None);
    // A wrong `is_ascii` hint still yields the right char.
    assert_eq!(char_at("héllo", 2, true), Some('l'));
    assert_eq!(getitem("héllo", -1), Ok('o'));
    assert_eq!(getitem("héllo", -5), Ok('h'));
    // CPython 3.11: 'abc'[3] -> IndexError: string index out of range
    let e = getitem("abc", 3).unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::IndexError, "string index out of range"));
    assert!(getitem("abc", -4).is_err());
    assert!(getitem("abc", i64::MIN).is_err());
}

#[test]
fn normalize_slice_matches_cpython() {
    // CPython 3.11, for len 10: slice(a, b, c).indices(10) and len(range(...)).
    type Bounds = (Option<i64>, Option<i64>, Option<i64>);
    type Resolved = (i64, i64, i64, usize);
    let cases: &[(Bounds, Resolved)] = &[
        ((None, None, None), (0, 10, 1, 10)),
        ((None, None, Some(-1)), (9, -1, -1, 10)),
        ((Some(-3), None, None), (7, 10, 1, 3)),
        ((Some(2), Some(8), Some(3)), (2, 8, 3, 2)),
        ((Some(8), Some(2), Some(-3)), (8, 2, -3, 2)),
        ((Some(-100), Some(100), None), (0, 10, 1, 10)),
        ((Some(100), Some(-100), Some(-1)), (9, -1, -1, 10)),
        ((Some(i64::MIN), Some(i64::MAX), None), (0, 10, 1, 10)),
        ((Some(i64::MAX), Some(i64::MIN), Some(-i64::MAX)), (9, -1, -i64::MAX, 1)),
        ((None, None, Some(i64::MIN)), (9, -1, -i64::MAX, 1)),
        ((Some(5), Some(5), Some(1)), (5, 5, 1, 0)),
    ];
    for &((a, b, c), want) in cases {
        assert_eq!(normalize_slice(10, a, b, c), Ok(want), "{a:?} {b:?} {c:?}");
    }
    // CPython 3.11: slice(None, None, -1).indices(0) == (-1, -1, -1)
    assert_eq!(normalize_slice(0, None, None, Some(-1)), Ok((-1, -1, -1, 0)));
    let e = normalize_slice(3, None, None, Some(0)).unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::ValueError, "slice step cannot be zero"));
}

fn py_slice(s: &str, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> String {
    let (start, stop, step, n) = normalize_slice(char_len(s), a, b, c).unwrap();
    let out = slice(s, start, stop, step);
    assert_eq!(char_len(&out), n);
    out
}

#[test]
fn slicing_by_code_points() {
    // CPython 3.11, s = 'héllo wörld'
    let s = "héllo wörld";
    assert_eq!(py_slice(s, None, None, Some(-1)), "dlröw olléh");
    assert_eq!(py_slice(s, Some(1), Some(8), Some(2)), "él ö");
    assert_eq!(py_slice(s, Some(-3), None, None), "rld");
    assert_eq!(py_slice(s, None, None, Some(-3)), "döoé");
    assert_eq!(py_slice(s, Some(3), Some(1), None), "");
    // Garbage indices never panic.
    assert_eq!(slice("abc", -5, 99, 1), "");
    assert_eq!(slice("abc", 0, 99, 2), "ac");
    assert_eq!(slice("abc", 99, -99, -1), "cba");
    assert_eq!(slice("abc", i64::MAX, 0, i64::MAX), "");
    assert_eq!(slice("abc", 0, 3, 0), "");
}

#[test]
fn adjust_indices_clamps() {
    assert_eq!(adjust_indices(5, None, None), (0, 5));
    assert_eq!(adjust_indices(5, Some(-2), Some(-1)), (3, 4));
    assert_eq!(adjust_indices(5, Some(-99), Some(99)), (0, 5));
    assert_eq!(adjust_indices(5, Some(7), Some(i64::MIN)), (7, 0));
    assert_eq!(byte_offset("héllo", 2), 3);
    assert_eq!(byte_offset("héllo", 99), 6);
}
