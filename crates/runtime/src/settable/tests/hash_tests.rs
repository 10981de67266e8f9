//! `hash(frozenset(...))` values printed by CPython 3.11.

use super::{py_hash, set_of};
use crate::settable::{frozenset_hash, SetTable};

#[test]
fn frozenset_hashes() {
    // CPython 3.11: hash(frozenset()) == 133146708735736
    assert_eq!(SetTable::<i128>::new().frozenset_hash(), 133146708735736);
    // CPython 3.11: hash(frozenset({1,2,3})) == -272375401224217160
    assert_eq!(set_of(&[1, 2, 3]).frozenset_hash(), -272375401224217160);
    // CPython 3.11: hash(frozenset({-1})) == 6776983852052281967
    assert_eq!(frozenset_hash([py_hash(-1)]), 6776983852052281967);
    // CPython 3.11: hash(frozenset({2**61, 2**100, -5})) == 4518876433680589255
    assert_eq!(
        set_of(&[1 << 61, 1 << 100, -5]).frozenset_hash(),
        4518876433680589255
    );
    // CPython 3.11: hash(frozenset(range(100))) == 4411996150312757951
    assert_eq!(
        set_of(&(0..100).collect::<Vec<_>>()).frozenset_hash(),
        4411996150312757951
    );
    // CPython 3.11: hash(frozenset(set([8,16,24,32,40,3,11,19]))) == 3490751085548887620
    assert_eq!(
        set_of(&[8, 16, 24, 32, 40, 3, 11, 19]).frozenset_hash(),
        3490751085548887620
    );
}

#[test]
fn frozenset_hash_ignores_dummies_and_order() {
    let mut s = set_of(&[1, 2, 3, 4, 5, 6]);
    for k in [4i128, 5, 6] {
        s.discard(&k, py_hash(k), &mut |a, b| a == b);
    }
    assert!(s.fill() > s.len());
    assert_eq!(s.frozenset_hash(), -272375401224217160);
    assert_eq!(frozenset_hash([3, 1, 2]), -272375401224217160);
}
