//! Subset / superset / disjoint / equality, checked against CPython 3.11 with
//! a = set([8,16,24,32,40,3,11,19]), b = set([40,48,56,3,100,7,15,16]).

use super::{int_eq, items, set_of};
use crate::settable::*;

#[test]
fn set_comparisons() {
    let a = set_of(&[8, 16, 24, 32, 40, 3, 11, 19]);
    let b = set_of(&[40, 48, 56, 3, 100, 7, 15, 16]);
    let eq = &mut int_eq;
    // CPython 3.11: a <= b, a >= b, a.isdisjoint(b), a == b -> False x4
    assert!(!issubset(&a, &b, eq));
    assert!(!issuperset(&a, &b, eq));
    assert!(!isdisjoint(&a, &b, eq));
    assert!(!set_eq(&a, &b, eq));
    // CPython 3.11: {3,8} <= a, a >= {3,8}, a.isdisjoint({1,2}), set(B) == b -> True x4
    let s38 = set_of(&[3, 8]);
    assert!(issubset(&s38, &a, eq));
    assert!(issuperset(&a, &s38, eq));
    assert!(isdisjoint(&a, &set_of(&[1, 2]), eq));
    assert!(set_eq(&set_of(&[40, 48, 56, 3, 100, 7, 15, 16]), &b, eq));
    // Same set: a.isdisjoint(a) is False, set().isdisjoint(set()) is True.
    assert!(!isdisjoint(&a, &a, eq));
    let e: SetTable<i128> = SetTable::new();
    assert!(isdisjoint(&e, &e, eq));
}

#[test]
fn iterable_comparisons() {
    let a = set_of(&[8, 16, 24, 32, 40, 3, 11, 19]);
    let eq = &mut int_eq;
    // CPython 3.11: a.issubset([8,16,24,32,40,3,11,19,0]) True,
    // a.issuperset([8, 8, 3]) True, a.isdisjoint([1, 8]) False
    assert!(issubset_iter(
        &a,
        items(&[8, 16, 24, 32, 40, 3, 11, 19, 0]),
        eq
    ));
    assert!(!issubset_iter(&a, items(&[8, 16]), eq));
    assert!(issuperset_iter(&a, items(&[8, 8, 3]), eq));
    assert!(!issuperset_iter(&a, items(&[8, 9]), eq));
    assert!(!isdisjoint_iter(&a, items(&[1, 8]), eq));
    assert!(isdisjoint_iter(&a, items(&[1, 2]), eq));
}

#[test]
fn fallible_comparison_propagates() {
    let a = set_of(&[1, 2]);
    let b = set_of(&[1, 2]);
    let mut boom = |_: &i128, _: &i128| -> Result<bool, String> { Err("boom".into()) };
    assert_eq!(try_set_eq(&a, &b, &mut boom), Err("boom".to_string()));
    assert_eq!(try_set_eq(&a, &set_of(&[1]), &mut boom), Ok(false));
}
