//! CPython 3.11 `hash()` for int, float, bool and tuple (64-bit build).
//!
//! Numeric hashes reduce modulo the Mersenne prime `2**61 - 1` so that equal
//! numbers of different types hash equally (`hash(2.0) == hash(2)`); a result
//! of -1 is replaced by -2 (Python/pyhash.c, Objects/longobject.c).

use num_bigint::{BigInt, Sign};

use super::fbits::frexp;

/// Number of bits of the hash modulus (`_PyHASH_BITS`).
pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS == 2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`: hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314_159;

#[inline]
fn signed_mod_hash(negative: bool, reduced: u64) -> i64 {
    let h = if negative { -(reduced as i64) } else { reduced as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int that fits in `i64` (`hash(-1) == -2`,
/// `hash(2**61 - 1) == 0`). Mirrors `long_hash`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    signed_mod_hash(i < 0, i.unsigned_abs() % HASH_MODULUS)
}

/// `hash(i)` for any int (`hash(2**100) == 549755813888`). Mirrors `long_hash`.
pub fn hash_bigint(i: &BigInt) -> i64 {
    // Fold 64-bit limbs from the most significant: 2**64 == 8 (mod 2**61 - 1).
    let mut acc: u64 = 0;
    for limb in i.magnitude().iter_u64_digits().rev() {
        let v = (u128::from(acc) << 64) | u128::from(limb);
        acc = (v % u128::from(HASH_MODULUS)) as u64;
    }
    signed_mod_hash(i.sign() == Sign::Minus, acc)
}

/// `hash(b)` for a bool: 1 for True, 0 for False.
#[inline]
pub fn hash_bool(b: bool) -> i64 {
    i64::from(b)
}

/// `hash(v)` for a float: integral values hash like the equal int, other
/// finite values by their exact rational value modulo `2**61 - 1`; `inf` ->
/// 314159, `-inf` -> -314159.
///
/// NaN: CPython 3.10+ hashes a NaN by object identity (`_Py_HashPointer`);
/// this pure function cannot see the object and returns 0 (the pre-3.10
/// value). Callers wanting identity semantics must special-case NaN.
/// Mirrors `_Py_HashDouble` in Python/pyhash.c.
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: u64 = 1;
    if m < 0.0 {
        sign = u64::MAX; // -1 as Py_uhash_t
        m = -m;
    }
    // Process 28 bits at a time.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64; // integer part, m < 2**28
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    // Adjust for the exponent, reduced modulo HASH_BITS.
    let bits = HASH_BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let x = x.wrapping_mul(sign);
    if x == u64::MAX {
        -2
    } else {
        x as i64
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Incremental `tuplehash`: feed each item's hash in order with
/// [`TupleHasher::push`], then call [`TupleHasher::finish`].
#[derive(Debug, Clone, Copy)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl TupleHasher {
    /// Starts the hash of an empty tuple.
    pub fn new() -> Self {
        TupleHasher { acc: XXPRIME_5, len: 0 }
    }

    /// Mixes in the hash of the next item (one xxHash round).
    #[inline]
    pub fn push(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    /// Returns the tuple's hash (never -1).
    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

/// `hash(t)` for a tuple given its items' hashes in order
/// (`hash(()) == 5740354900026072187`). Mirrors `tuplehash` in
/// Objects/tupleobject.c (xxHash-based, 64-bit constants).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &item in item_hashes {
        h.push(item);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::One;

    // Expected values come from CPython 3.11 (`python3 -c 'print(hash(x))'`).
    #[test]
    fn ints() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64(i64::MAX), 3);
        let p = |n: u32| BigInt::one() << n;
        assert_eq!(hash_bigint(&p(100)), 549755813888);
        assert_eq!(hash_bigint(&-p(100)), -549755813888);
        assert_eq!(hash_bigint(&p(63)), 4);
        assert_eq!(hash_bigint(&-p(63)), -4);
        assert_eq!(hash_bigint(&BigInt::from(-1)), -2);
        assert_eq!(hash_bigint(&BigInt::from(0)), 0);
        assert_eq!(hash_bool(true), 1);
        assert_eq!(hash_bool(false), 0);
    }

    #[test]
    fn floats() {
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(-0.0), 0);
        assert_eq!(hash_f64(1e-300), 482449582752280463);
        assert_eq!(hash_f64(5e-324), 16777216);
        assert_eq!(hash_f64(-5e-324), -16777216);
        assert_eq!(hash_f64(1.7976931348623157e308), 2234066890152476671);
        assert_eq!(hash_f64(2f64.powi(61)), 1);
        assert_eq!(hash_f64(2f64.powi(62)), 2);
        assert_eq!(hash_f64(0.5), 1152921504606846976);
        assert_eq!(hash_f64(-0.5), -1152921504606846976);
        assert_eq!(hash_f64(f64::NAN), 0);
        // Integral floats hash like the equal int.
        let e300 = super::super::int_float::float_to_bigint(1e300).unwrap();
        assert_eq!(hash_bigint(&e300), hash_f64(1e300));
    }

    #[test]
    fn tuples() {
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1]), -6644214454873602895);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[hash_i64(-1)]), 8078679518589016365);
        assert_eq!(hash_tuple(&[hash_i64(-2)]), 8078679518589016365);
        assert_eq!(hash_tuple(&[1, 2, 3]), 529344067295497451);
        assert_eq!(hash_tuple(&[1, hash_tuple(&[2, 3])]), 7267574591690527098);
        assert_eq!(hash_tuple(&[hash_bool(true), hash_bool(false)]), -5164621852614943976);
        assert_eq!(hash_tuple(&[hash_tuple(&[])]), -5486347211504344842);
    }
}
