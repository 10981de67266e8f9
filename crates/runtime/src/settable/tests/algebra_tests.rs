//! Set algebra construction order. Every expected list was printed by
//! CPython 3.11 with A = [8,16,24,32,40,3,11,19], B = [40,48,56,3,100,7,15,16],
//! a = set(A), b = set(B).

use super::{int_eq, items, list, set_of};
use crate::settable::*;

const A: [i128; 8] = [8, 16, 24, 32, 40, 3, 11, 19];
const B: [i128; 8] = [40, 48, 56, 3, 100, 7, 15, 16];

fn ab() -> (SetTable<i128>, SetTable<i128>) {
    (set_of(&A), set_of(&B))
}

#[test]
fn operands_order() {
    let (a, b) = ab();
    assert_eq!(list(&a), vec![32, 3, 8, 40, 11, 16, 19, 24]);
    assert_eq!(list(&b), vec![3, 100, 7, 40, 15, 48, 16, 56]);
}

#[test]
fn binary_operators() {
    let (a, b) = ab();
    let eq = &mut int_eq;
    // CPython 3.11: a|b, a&b, a-b, a^b, b-a, b^a
    assert_eq!(
        list(&union(&a, &b, eq)),
        vec![32, 3, 100, 7, 8, 40, 11, 15, 16, 48, 19, 24, 56]
    );
    assert_eq!(list(&intersection(&a, &b, eq)), vec![40, 16, 3]);
    assert_eq!(list(&difference(&a, &b, eq)), vec![32, 8, 11, 19, 24]);
    assert_eq!(
        list(&symmetric_difference(&a, &b, eq)),
        vec![32, 100, 7, 8, 11, 15, 48, 19, 56, 24]
    );
    assert_eq!(list(&difference(&b, &a, eq)), vec![100, 7, 15, 48, 56]);
    assert_eq!(
        list(&symmetric_difference(&b, &a, eq)),
        vec![32, 100, 7, 8, 11, 15, 48, 19, 24, 56]
    );
}

#[test]
fn union_variants() {
    let (a, b) = ab();
    let eq = &mut int_eq;
    let c = set_of(&[1000, 8]);
    // CPython 3.11: a.union(b, set([1000, 8])), set().union(a), a | a
    let want: Vec<i128> = vec![32, 3, 100, 7, 8, 40, 1000, 11, 15, 16, 48, 19, 24, 56];
    assert_eq!(list(&union_many(&a, &[&b, &c], eq)), want);
    assert_eq!(
        list(&union(&SetTable::new(), &a, eq)),
        vec![32, 3, 8, 40, 11, 16, 19, 24]
    );
    assert_eq!(list(&union(&a, &a, eq)), vec![32, 3, 8, 40, 11, 16, 19, 24]);
}

#[test]
fn in_place_operators() {
    let (a, b) = ab();
    let eq = &mut int_eq;
    let mut w = copy(&a);
    symmetric_difference_update(&mut w, &b, eq);
    assert_eq!(list(&w), vec![32, 100, 7, 8, 11, 15, 48, 19, 24, 56]); // CPython 3.11: w ^= b
    let mut w = set_of(&A);
    intersection_update(&mut w, &b, eq);
    assert_eq!(list(&w), vec![40, 16, 3]); // CPython 3.11: w &= b
    let mut w = set_of(&A);
    update(&mut w, &b, eq);
    assert_eq!(
        list(&w),
        vec![32, 3, 100, 7, 8, 40, 11, 15, 16, 48, 19, 24, 56]
    ); // w |= b
}

#[test]
fn intersection_walks_smaller_set() {
    let eq = &mut int_eq;
    // CPython 3.11: big=set(range(0,2000,9)); small={9,18,5,27,1000,999}
    let big = set_of(&(0..2000).step_by(9).collect::<Vec<_>>());
    let small = set_of(&[9, 18, 5, 27, 1000, 999]);
    assert_eq!(list(&intersection(&small, &big, eq)), vec![9, 18, 27, 999]);
    assert_eq!(list(&intersection(&big, &small, eq)), vec![9, 18, 27, 999]);
}

/// Key with a tag that equality ignores, to observe which operand's key object
/// ends up in the result (like `1`, `True` and `1.0` in Python).
type Tagged = (i128, char);

fn tagged(keys: &[Tagged]) -> SetTable<Tagged> {
    from_keys(
        keys.iter().map(|k| (k.0 as i64, *k)),
        &mut |a: &Tagged, b: &Tagged| a.0 == b.0,
    )
}

fn tags(s: &SetTable<Tagged>) -> Vec<Tagged> {
    s.keys().copied().collect()
}

#[test]
fn result_key_objects_follow_cpython() {
    let eq = &mut |a: &Tagged, b: &Tagged| a.0 == b.0;
    // 'i' = int, 'b' = bool, 'f' = float.
    let s123 = tagged(&[(1, 'i'), (2, 'i'), (3, 'i')]);
    let s12 = tagged(&[(1, 'i'), (2, 'i')]);
    let tf = tagged(&[(1, 'b'), (2, 'f')]);
    // CPython 3.11: {1,2,3} & {True, 2.0} -> {True, 2.0}
    assert_eq!(
        tags(&intersection(&s123, &tf, eq)),
        vec![(1, 'b'), (2, 'f')]
    );
    // CPython 3.11: {1,2} & {True, 2.0} -> {True, 2.0}; {True, 2.0} & {1, 2} -> {1, 2}
    assert_eq!(tags(&intersection(&s12, &tf, eq)), vec![(1, 'b'), (2, 'f')]);
    assert_eq!(tags(&intersection(&tf, &s12, eq)), vec![(1, 'i'), (2, 'i')]);
    // CPython 3.11: {1,2,3} - {True} -> {2, 3}
    assert_eq!(
        tags(&difference(&s123, &tagged(&[(1, 'b')]), eq)),
        vec![(2, 'i'), (3, 'i')]
    );
    // CPython 3.11: {1.0, 2} | {1, 2.0, 3.0} -> {1.0, 2, 3.0}
    let u = union(
        &tagged(&[(1, 'f'), (2, 'i')]),
        &tagged(&[(1, 'i'), (2, 'f'), (3, 'f')]),
        eq,
    );
    assert_eq!(tags(&u), vec![(1, 'f'), (2, 'i'), (3, 'f')]);
    // CPython 3.11: {1.0, 2} ^ {1, 3.0} -> {2, 3.0}
    let x = symmetric_difference(
        &tagged(&[(1, 'f'), (2, 'i')]),
        &tagged(&[(1, 'i'), (3, 'f')]),
        eq,
    );
    assert_eq!(tags(&x), vec![(2, 'i'), (3, 'f')]);
}

#[test]
fn difference_branches() {
    let eq = &mut int_eq;
    // Walk branch, big minus small. CPython 3.11: big - small, first 10 of 219.
    let big = set_of(&(0..2000).step_by(9).collect::<Vec<_>>());
    let small = set_of(&[9, 18, 5, 27, 1000, 999]);
    let d = difference(&big, &small, eq);
    assert_eq!(
        d.keys().take(10).copied().collect::<Vec<_>>(),
        vec![0, 513, 1026, 1539, 522, 1035, 1548, 531, 1044, 1557]
    );
    assert_eq!(d.len(), 219);
    assert_eq!(list(&difference(&small, &big, eq)), vec![1000, 5]);
    // Copy-and-difference branch: len(c) >> 2 > len(d). CPython 3.11: set(range(100)) - {1,2,3}
    let c = set_of(&(0..100).collect::<Vec<_>>());
    let r = difference(&c, &set_of(&[1, 2, 3]), eq);
    assert_eq!(
        r.keys().take(10).copied().collect::<Vec<_>>(),
        vec![0, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    );
    assert_eq!(r.len(), 97);
    // a - a is empty.
    assert!(difference(&c, &c, eq).is_empty());
}

#[test]
fn difference_update_variants() {
    let eq = &mut int_eq;
    // CPython 3.11: x=set(range(0,64,4)); x -= set(range(0,64,8)) -> [4, 12, ..., 60]
    let want: Vec<i128> = vec![4, 12, 20, 28, 36, 44, 52, 60];
    let mut x = set_of(&(0..64).step_by(4).collect::<Vec<_>>());
    difference_update(&mut x, &set_of(&(0..64).step_by(8).collect::<Vec<_>>()), eq);
    assert_eq!(list(&x), want);
    // Same through the iterator branch (y.difference_update(range(0,64,8))).
    let mut y = set_of(&(0..64).step_by(4).collect::<Vec<_>>());
    difference_update_iter(&mut y, items(&(0..64).step_by(8).collect::<Vec<_>>()), eq);
    assert_eq!(list(&y), want);
    assert_eq!(y.fill(), y.len()); // dummies purged
                                   // Other more than 8x larger: z -= set(range(1000)) -> []
    let mut z = set_of(&[5, 6, 7]);
    difference_update(&mut z, &set_of(&(0..1000).collect::<Vec<_>>()), eq);
    assert!(z.is_empty());
}

#[test]
fn iterable_operands() {
    let (a, _) = ab();
    let eq = &mut int_eq;
    // CPython 3.11: a.difference([8, 3, 999])
    assert_eq!(
        list(&difference_iter(&a, items(&[8, 3, 999]), eq)),
        vec![32, 40, 11, 16, 19, 24]
    );
    // CPython 3.11: a.intersection([40, 999, 3, 16, 3, 8, 24, 32, 11, 19, 55]) (stops early)
    let it = items(&[40, 999, 3, 16, 3, 8, 24, 32, 11, 19, 55]);
    assert_eq!(
        list(&intersection_iter(&a, it, eq)),
        vec![32, 3, 40, 8, 11, 16, 19, 24]
    );
    assert_eq!(
        list(&intersection_iter(&a, items(&[19, 11, 3]), eq)),
        vec![11, 3, 19]
    );
    // CPython 3.11: a.symmetric_difference([1, 8, 2, 16, 9])
    assert_eq!(
        list(&symmetric_difference_iter(&a, items(&[1, 8, 2, 16, 9]), eq)),
        vec![32, 1, 2, 3, 40, 9, 11, 19, 24]
    );
}

#[test]
fn dict_operands() {
    let eq = &mut int_eq;
    // CPython 3.11: w=set(A); w.update({64:0, 8:0, 72:1, 5:2})
    let mut w = set_of(&A);
    update_from_dict(&mut w, items(&[64, 8, 72, 5]), eq);
    assert_eq!(list(&w), vec![32, 64, 3, 5, 8, 40, 72, 11, 16, 19, 24]);
    // CPython 3.11: set().update(dict.fromkeys([13,5,21,29,37])) differs from set([...])
    let mut w = SetTable::new();
    update_from_dict(&mut w, items(&[13, 5, 21, 29, 37]), eq);
    assert_eq!(list(&w), vec![29, 5, 21, 37, 13]);
    assert_eq!(list(&set_of(&[13, 5, 21, 29, 37])), vec![37, 5, 13, 21, 29]);
    let (a, _) = ab();
    // CPython 3.11: a.difference(dict.fromkeys([16, 3])); set(range(40)).difference({1:0})[:6]
    assert_eq!(
        list(&difference_dict(&a, &items(&[16, 3]), eq)),
        vec![32, 8, 40, 11, 19, 24]
    );
    let r = difference_dict(&set_of(&(0..40).collect::<Vec<_>>()), &items(&[1]), eq);
    assert_eq!(
        r.keys().take(6).copied().collect::<Vec<_>>(),
        vec![0, 2, 3, 4, 5, 6]
    );
    // CPython 3.11: a.symmetric_difference(dict.fromkeys([16, 3, 77, 5])) and the _update form
    let want: Vec<i128> = vec![32, 5, 8, 40, 11, 77, 19, 24];
    assert_eq!(
        list(&symmetric_difference_dict(&a, items(&[16, 3, 77, 5]), eq)),
        want
    );
    let mut w = set_of(&A);
    symmetric_difference_update_dict(&mut w, items(&[16, 3, 77, 5]), eq);
    assert_eq!(list(&w), want);
}
