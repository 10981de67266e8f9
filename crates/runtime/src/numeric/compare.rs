//! Exact comparison between Python ints and floats.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::fbits::TWO_POW_63;
use super::int_float::float_floor_to_bigint;

/// Orders the int `i` relative to the float `f` exactly, without rounding `i`
/// (`2**53 + 1 > float(2**53)`). `None` when `f` is NaN (every comparison is
/// then false, `!=` true). Mirrors `float_richcompare` with an int operand.
#[inline]
pub fn cmp_i64_f64(i: i64, f: f64) -> Option<Ordering> {
    const EXACT: u64 = 1 << 53;
    if f.is_nan() {
        return None;
    }
    if i.unsigned_abs() <= EXACT {
        return (i as f64).partial_cmp(&f); // exact conversion
    }
    if f >= TWO_POW_63 {
        return Some(Ordering::Less); // f >= 2**63 > i (also +inf)
    }
    if f < -TWO_POW_63 {
        return Some(Ordering::Greater); // f < -2**63 <= i (also -inf)
    }
    let fl = f.floor();
    let fi = fl as i64; // exact: fl is integral and in [-2**63, 2**63)
    Some(match i.cmp(&fi) {
        Ordering::Equal if fl != f => Ordering::Less,
        other => other,
    })
}

/// Orders the BigInt `i` relative to the float `f` exactly (`10**400 <
/// float('inf')`). `None` when `f` is NaN. Mirrors `float_richcompare`.
pub fn cmp_bigint_f64(i: &BigInt, f: f64) -> Option<Ordering> {
    if let Some(small) = i.to_i64() {
        return cmp_i64_f64(small, f);
    }
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // Cheap magnitude check: doubles are < 2**1024.
    if i.bits() > 1024 {
        return Some(if i.is_negative() { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fi = float_floor_to_bigint(fl).ok()?;
    Some(match i.cmp(&fi) {
        Ordering::Equal if fl != f => Ordering::Less,
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};
    use Ordering::*;

    // Expected values come from CPython 3.11.
    #[test]
    fn i64_vs_float() {
        let p53 = 1i64 << 53;
        assert_eq!(cmp_i64_f64(p53 + 1, p53 as f64), Some(Greater));
        assert_eq!(cmp_i64_f64(p53, p53 as f64), Some(Equal));
        assert_eq!(cmp_i64_f64(1, f64::NAN), None);
        assert_eq!(cmp_i64_f64(1, 1.5), Some(Less));
        assert_eq!(cmp_i64_f64(-1, -1.5), Some(Greater));
        assert_eq!(cmp_i64_f64(i64::MAX, TWO_POW_63), Some(Less));
        assert_eq!(cmp_i64_f64(i64::MIN, -TWO_POW_63), Some(Equal));
        assert_eq!(cmp_i64_f64(i64::MIN + 1, -TWO_POW_63), Some(Greater));
        assert_eq!(cmp_i64_f64(-p53 - 3, -(p53 as f64) - 2.0), Some(Less));
        assert_eq!(cmp_i64_f64(p53 + 3, f64::INFINITY), Some(Less));
        assert_eq!(cmp_i64_f64(p53 + 3, f64::NEG_INFINITY), Some(Greater));
    }

    #[test]
    fn bigint_vs_float() {
        let big = BigInt::from(10).pow(400u32);
        assert_eq!(cmp_bigint_f64(&big, 1e308), Some(Greater));
        assert_eq!(cmp_bigint_f64(&big, f64::INFINITY), Some(Less));
        assert_eq!(cmp_bigint_f64(&-big, f64::NEG_INFINITY), Some(Greater));
        let p63 = BigInt::one() << 63u32;
        assert_eq!(cmp_bigint_f64(&p63, TWO_POW_63), Some(Equal));
        assert_eq!(cmp_bigint_f64(&(p63.clone() + 1), TWO_POW_63), Some(Greater));
        let e300 = super::super::int_float::float_to_bigint(1e300).unwrap();
        assert_eq!(cmp_bigint_f64(&e300, 1e300), Some(Equal));
        assert_eq!(cmp_bigint_f64(&(e300.clone() - 1), 1e300), Some(Less));
        assert_eq!(cmp_bigint_f64(&p63, f64::NAN), None);
    }
}
