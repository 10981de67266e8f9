//! Core table behaviour: insertion order, growth, deletion, pop, clear.
//! Every expected list was printed by CPython 3.11.

use super::{int_eq, list, py_hash, set_of};
use crate::exc_kind::ExcKind;
use crate::settable::{copy, SetTable};

#[test]
fn py_hash_helper_matches_cpython() {
    // CPython 3.11: hash(-1) == -2, hash(2**61) == 1, hash(2**61 - 1) == 0,
    // hash(-2**61) == -2, hash(2**100) == 2**39 (=549755813888).
    assert_eq!(py_hash(-1), -2);
    assert_eq!(py_hash(1 << 61), 1);
    assert_eq!(py_hash((1 << 61) - 1), 0);
    assert_eq!(py_hash(-(1 << 61)), -2);
    assert_eq!(py_hash(1 << 100), 549755813888);
}

#[test]
fn small_displays() {
    // CPython 3.11: list({3, 1, 2}) == [1, 2, 3]; list({10, 100, 1000, 5}) == [1000, 10, 100, 5]
    assert_eq!(list(&set_of(&[3, 1, 2])), vec![1, 2, 3]);
    assert_eq!(list(&set_of(&[10, 100, 1000, 5])), vec![1000, 10, 100, 5]);
    assert_eq!(set_of(&[10, 100, 1000, 5]).len(), 4);
    assert!(SetTable::<i128>::new().is_empty());
}

#[test]
fn growth_through_several_resizes() {
    // CPython 3.11: list(set(i*13 for i in range(50)))
    let keys: Vec<i128> = (0..50).map(|i| i * 13).collect();
    let s = set_of(&keys);
    let want: Vec<i128> = vec![
        0, 130, 260, 390, 520, 13, 143, 273, 403, 533, 26, 156, 286, 416, 546, 39, 169, 299, 429,
        559, 52, 182, 312, 442, 572, 65, 195, 325, 455, 585, 78, 208, 338, 468, 598, 91, 221, 351,
        481, 611, 104, 234, 364, 494, 624, 117, 247, 377, 507, 637,
    ];
    assert_eq!(list(&s), want);
    assert_eq!(s.capacity(), 128);
}

#[test]
fn deletions_then_insertions() {
    // CPython 3.11: s=set(range(20)); discard evens; add 100..110
    let mut s = set_of(&(0..20).collect::<Vec<_>>());
    for k in (0..20).step_by(2) {
        assert_eq!(s.discard(&k, py_hash(k), &mut int_eq), Some(k));
    }
    assert_eq!(s.discard(&0, 0, &mut int_eq), None);
    for k in 100..111 {
        s.add(k, py_hash(k), &mut int_eq);
    }
    let want: Vec<i128> = vec![
        1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110,
    ];
    assert_eq!(list(&s), want);
}

#[test]
fn pop_uses_finger() {
    // CPython 3.11: s=set([5,13,21,29,2]) -> [2, 5, 13, 21, 29]; three pops give
    // 2, 5, 13; then add 37, 3 -> [3, 37, 21, 29]; pops give 21, 29.
    let mut s = set_of(&[5, 13, 21, 29, 2]);
    assert_eq!(list(&s), vec![2, 5, 13, 21, 29]);
    let popped: Vec<i128> = (0..3)
        .map(|_| s.pop().map(|e| e.1).unwrap_or(-999))
        .collect();
    assert_eq!(popped, vec![2, 5, 13]);
    assert_eq!(list(&s), vec![21, 29]);
    s.add(37, 37, &mut int_eq);
    s.add(3, 3, &mut int_eq);
    assert_eq!(list(&s), vec![3, 37, 21, 29]);
    assert_eq!(s.pop().map(|e| e.1), Ok(21));
    assert_eq!(s.pop().map(|e| e.1), Ok(29));
}

#[test]
fn clear_keeps_finger() {
    // CPython 3.11: s={1,2,3}; s.pop() -> 1; s.clear(); s.update([0,1,2]); s.pop() -> 2; list(s) -> [0, 1]
    let mut s = set_of(&[1, 2, 3]);
    assert_eq!(s.pop().map(|e| e.1), Ok(1));
    s.clear();
    assert!(s.is_empty());
    assert_eq!(s.capacity(), 8);
    for k in 0..3 {
        s.add(k, k as i64, &mut int_eq);
    }
    assert_eq!(s.pop().map(|e| e.1), Ok(2));
    assert_eq!(list(&s), vec![0, 1]);
}

#[test]
fn pop_empty_is_key_error() {
    // CPython 3.11: set().pop() -> KeyError('pop from an empty set')
    let mut s: SetTable<i128> = SetTable::new();
    let err = s.pop().err();
    assert_eq!(err.as_ref().map(|e| e.kind), Some(ExcKind::KeyError));
    assert_eq!(
        err.map(|e| e.msg),
        Some("pop from an empty set".to_string())
    );
}

#[test]
fn negative_and_large_ints() {
    // CPython 3.11: list({-1, -2, 2**61, 1, 2**61-1, 0, -2**61, 2**64, 2**100, -(2**100)})
    let keys: Vec<i128> = vec![
        -1,
        -2,
        1 << 61,
        1,
        (1 << 61) - 1,
        0,
        -(1 << 61),
        1 << 64,
        1 << 100,
        -(1 << 100),
    ];
    let want: Vec<i128> = vec![
        (1 << 61) - 1,
        1 << 61,
        1,
        0,
        1 << 100,
        -(1 << 100),
        1 << 64,
        -2,
        -(1 << 61),
        -1,
    ];
    assert_eq!(list(&set_of(&keys)), want);
}

/// `sum((i+1)*v for i, v in enumerate(l)) % (2**61-1)` over `l = list(s)`.
fn digest(s: &SetTable<i128>) -> i128 {
    const P: i128 = (1 << 61) - 1;
    s.keys()
        .enumerate()
        .fold(0i128, |acc, (i, &v)| (acc + (i as i128 + 1) * v) % P)
}

#[test]
fn big_sets_cross_the_50000_rule() {
    // CPython 3.11: s = set(i*1000003 for i in range(N)); l = list(s); l[:8] and the digest.
    let s = set_of(&(0..60000).map(|i| i * 1000003).collect::<Vec<_>>());
    let head: Vec<i128> = s.keys().take(8).copied().collect();
    assert_eq!(
        head,
        vec![
            0,
            53057159171,
            27052081156,
            1047003141,
            54104162312,
            28099084297,
            2094006282,
            55151165453
        ]
    );
    assert_eq!(digest(&s), 968078659064631313);
    let s = set_of(&(0..40000).map(|i| i * 1000003).collect::<Vec<_>>());
    let head: Vec<i128> = s.keys().take(8).copied().collect();
    assert_eq!(
        head,
        vec![
            0,
            27052081156,
            1047003141,
            28099084297,
            2094006282,
            29146087438,
            3141009423,
            30193090579
        ]
    );
    assert_eq!(digest(&s), 2165530751404251486);
}

#[test]
fn copy_can_reorder() {
    // CPython 3.11: s=set([8,16,24,32,40]) -> [32, 8, 40, 16, 24]; s.copy() -> [32, 16, 8, 24, 40]
    let s = set_of(&[8, 16, 24, 32, 40]);
    assert_eq!(list(&s), vec![32, 8, 40, 16, 24]);
    assert_eq!(list(&copy(&s)), vec![32, 16, 8, 24, 40]);
    // CPython 3.11: s=set(range(0,400,8)); discard range(0,400,16); list(s), list(s.copy())
    let mut s = set_of(&(0..400).step_by(8).collect::<Vec<_>>());
    for k in (0..400).step_by(16) {
        s.discard(&k, k as i64, &mut int_eq);
    }
    let want: Vec<i128> = vec![
        8, 136, 264, 392, 24, 152, 280, 40, 168, 296, 56, 184, 312, 72, 200, 328, 88, 216, 344,
        248, 376, 104, 232, 360, 120,
    ];
    assert_eq!(list(&s), want);
    let want_copy: Vec<i128> = vec![
        8, 136, 264, 392, 72, 200, 328, 24, 152, 280, 88, 216, 344, 184, 120, 248, 312, 376, 40,
        168, 296, 104, 232, 360, 56,
    ];
    assert_eq!(list(&copy(&s)), want_copy);
}

#[test]
fn contains_get_and_next_entry() {
    let s = set_of(&[10, 100, 1000, 5]);
    assert!(s.contains(&100, 100, &mut int_eq));
    assert!(!s.contains(&7, 7, &mut int_eq));
    assert_eq!(s.get(&5, 5, &mut int_eq), Some(&5));
    // Resumable iteration visits the same order as iter(): [1000, 10, 100, 5].
    let mut pos = 0;
    let mut seen = Vec::new();
    while let Some((next, h, k)) = s.next_entry(pos) {
        assert_eq!(h, py_hash(*k));
        seen.push(*k);
        pos = next;
    }
    assert_eq!(seen, vec![1000, 10, 100, 5]);
    assert!(s.next_entry(usize::MAX).is_none());
}

#[test]
fn add_reports_new_and_existing() {
    let mut s = SetTable::new();
    assert!(s.add(7i128, 7, &mut int_eq));
    assert!(!s.add(7i128, 7, &mut int_eq));
    // Same hash, different value: both kept (hash(2**61) == hash(1) == 1).
    assert!(s.add(1i128 << 61, 1, &mut int_eq));
    assert!(s.add(1i128, 1, &mut int_eq));
    assert_eq!(s.len(), 3);
    assert_eq!(s.fill(), 3);
}

#[test]
fn failing_equality_aborts_without_change() {
    let mut s = set_of(&[1, 2, 3]);
    let mut boom = |_: &i128, _: &i128| -> Result<bool, &'static str> { Err("boom") };
    assert_eq!(s.try_add(1, 1, &mut boom), Err("boom"));
    assert_eq!(s.try_contains(&2, 2, &mut boom), Err("boom"));
    assert_eq!(s.try_discard(&3, 3, &mut boom), Err("boom"));
    // No stored key has hash 9, so no comparison happens.
    assert_eq!(s.try_add(9, 9, &mut boom), Ok(true));
    assert_eq!(list(&s), vec![1, 2, 3, 9]);
}
