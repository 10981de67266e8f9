//! Integer functions of the math module: `factorial`, `isqrt`, `gcd`, `lcm`,
//! `comb` and `perm`, on ints of any size. Mirrors `math_factorial`,
//! `math_isqrt`, `math_gcd`, `math_lcm`, `math_comb_impl` and `math_perm_impl`
//! in CPython 3.11's Modules/mathmodule.c (same results and error messages;
//! the multiplication strategy is a plain product tree).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::exc_kind::{ExcKind, RawError, RawResult};

fn value_error(msg: &str) -> RawError {
    RawError::new(ExcKind::ValueError, msg)
}

fn overflow_error(msg: &str) -> RawError {
    RawError::new(ExcKind::OverflowError, msg)
}

/// Leaves of the product tree multiply this many consecutive factors directly.
const LEAF: u64 = 16;

/// Product of the `count` consecutive integers `start, start-1, ...,
/// start-count+1` (the falling factorial), by divide and conquer.
fn falling_product(start: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= LEAF {
        let mut acc = start.clone();
        let mut cur = start.clone();
        for _ in 1..count {
            cur -= 1u32;
            acc *= &cur;
        }
        return acc;
    }
    let half = count / 2;
    let left = falling_product(start, half);
    let right = falling_product(&(start - half), count - half);
    left * right
}

/// Product of the integers in `lo..=hi` (1 when empty), with small leaves in u128.
fn range_product(lo: u64, hi: u64) -> BigUint {
    if lo > hi {
        return BigUint::one();
    }
    if hi - lo < LEAF {
        let mut acc = BigUint::one();
        let mut chunk: u128 = 1;
        for v in lo..=hi {
            match chunk.checked_mul(u128::from(v)) {
                Some(c) => chunk = c,
                None => {
                    acc *= chunk;
                    chunk = u128::from(v);
                }
            }
        }
        return acc * chunk;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// `math.factorial(n)`. `ValueError: factorial() not defined for negative
/// values` for n < 0; `OverflowError: factorial() argument should not exceed
/// 9223372036854775807` for n > 2**63 - 1. Mirrors `math_factorial`.
pub fn factorial(n: &BigInt) -> RawResult<BigInt> {
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = match n.to_i64() {
        Some(v) => v as u64,
        None => {
            return Err(overflow_error(
                "factorial() argument should not exceed 9223372036854775807",
            ))
        }
    };
    Ok(BigInt::from(range_product(2, n)))
}

/// `math.isqrt(n)`: the largest int a with a*a <= n.
/// `ValueError: isqrt() argument must be nonnegative` for n < 0. Mirrors `math_isqrt`.
pub fn isqrt(n: &BigInt) -> RawResult<BigInt> {
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(BigInt::from(n.magnitude().sqrt()))
}

/// `math.gcd(*integers)`: greatest common divisor, always >= 0; 0 for no
/// arguments; |a| for one. Never fails. Mirrors `math_gcd`.
pub fn gcd(args: &[BigInt]) -> BigInt {
    let mut res = BigInt::zero();
    for a in args {
        if res.is_one() {
            break;
        }
        res = res.gcd(a);
    }
    res
}

/// `math.lcm(*integers)`: least common multiple, always >= 0; 1 for no
/// arguments; |a| for one; 0 if any argument is 0. Never fails. Mirrors `math_lcm`.
pub fn lcm(args: &[BigInt]) -> BigInt {
    let mut iter = args.iter();
    let mut res = match iter.next() {
        Some(a) => a.abs(),
        None => return BigInt::one(),
    };
    for a in iter {
        if res.is_zero() {
            break;
        }
        if a.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(a);
        res = (&res / &g * a).abs();
    }
    res
}

/// Checks the signs of n and k as `math_comb_impl`/`math_perm_impl` do.
fn check_nonnegative(n: &BigInt, k: &BigInt) -> RawResult<()> {
    if n.sign() == Sign::Minus {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.sign() == Sign::Minus {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.perm(n, k)`: n! / (n-k)!, or n! when `k` is `None`; 0 when k > n.
/// `ValueError: n must be a non-negative integer` / `k must be a non-negative
/// integer`; `OverflowError: k must not exceed 9223372036854775807`; with
/// `k = None` the errors of [`factorial`]. Mirrors `math_perm_impl`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> RawResult<BigInt> {
    let k = match k {
        None => return factorial(n),
        Some(k) => k,
    };
    check_nonnegative(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let ki = match k.to_i64() {
        Some(v) => v as u64,
        None => return Err(overflow_error("k must not exceed 9223372036854775807")),
    };
    Ok(falling_product(n, ki))
}

/// `math.comb(n, k)`: n! / (k! * (n-k)!), 0 when k > n.
/// `ValueError: n must be a non-negative integer` / `k must be a non-negative
/// integer`; `OverflowError: min(n - k, k) must not exceed
/// 9223372036854775807`. Mirrors `math_comb_impl`.
pub fn comb(n: &BigInt, k: &BigInt) -> RawResult<BigInt> {
    check_nonnegative(n, k)?;
    let diff = n - k;
    if diff.sign() == Sign::Minus {
        return Ok(BigInt::zero());
    }
    let small = if diff < *k { &diff } else { k };
    let ki = match small.to_i64() {
        Some(v) => v as u64,
        None => {
            return Err(overflow_error(
                "min(n - k, k) must not exceed 9223372036854775807",
            ))
        }
    };
    if ki == 0 {
        return Ok(BigInt::one());
    }
    let numerator = falling_product(n, ki);
    let denominator = BigInt::from(range_product(2, ki));
    Ok(numerator / denominator)
}
