//! Sequence algorithms of Lib/random.py (3.11) expressed over indices:
//! `choice`, `shuffle`, `sample` (with and without `counts`) and `choices`.
//! The interpreter maps the returned indices back onto its sequence.

use std::collections::HashSet;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::generator::Random;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `len()` limit of CPython (`PY_SSIZE_T_MAX`) on 64-bit targets.
const SSIZE_MAX: u64 = i64::MAX as u64;

/// `bisect.bisect_right(a, x, lo, hi)` on floats, with CPython's exact
/// comparison sequence (`x < a[mid]`). Mirrors `internal_bisect_right` in
/// Modules/_bisectmodule.c.
fn bisect_right_f64(a: &[f64], x: f64, mut lo: usize, mut hi: usize) -> usize {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let v = a.get(mid).copied().unwrap_or(f64::NAN);
        if x < v {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// `bisect.bisect_right` on exact integers (used by `sample(counts=...)`).
fn bisect_right_int(a: &[BigInt], x: &BigInt) -> usize {
    let (mut lo, mut hi) = (0usize, a.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match a.get(mid) {
            Some(v) if x < v => hi = mid,
            _ => lo = mid + 1,
        }
    }
    lo
}

/// The `setsize` threshold of `Random.sample`: 21, plus
/// `4 ** ceil(log(k * 3, 4))` when `k > 5`, computed with the same float
/// operations as `math.log` (log(3k) / log(4)).
fn sample_setsize(k: u64) -> u128 {
    let mut setsize: u128 = 21;
    if k > 5 {
        let x = (u128::from(k) * 3) as f64;
        let e = (x.ln() / 4f64.ln()).ceil();
        let e = if e.is_finite() && e >= 0.0 { e as u32 } else { 0 };
        setsize = setsize.saturating_add(4u128.checked_pow(e).unwrap_or(u128::MAX));
    }
    setsize
}

impl Random {
    /// `choice(seq)` as an index: `_randbelow(len(seq))`.
    /// Mirrors `Random.choice` in Lib/random.py.
    ///
    /// Errors: `IndexError("Cannot choose from an empty sequence")` when
    /// `len == 0`.
    pub fn choice_index(&mut self, len: usize) -> RawResult<usize> {
        if len == 0 {
            return Err(RawError::new(
                ExcKind::IndexError,
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow_usize(len))
    }

    /// `shuffle(x)` in place on any slice. Mirrors `Random.shuffle` in
    /// Lib/random.py (3.11): for `i` from `len-1` down to 1, swap `x[i]`
    /// with `x[_randbelow(i + 1)]`.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_usize(i + 1);
            x.swap(i, j);
        }
    }

    /// The permutation `shuffle` would apply: `shuffle(list(range(n)))`.
    /// Element `p` of the result is the original index now at position `p`.
    pub fn shuffle_indices(&mut self, n: usize) -> Vec<usize> {
        let mut v: Vec<usize> = (0..n).collect();
        self.shuffle(&mut v);
        v
    }

    /// `sample(population, k)` as indices into a population of length `n`
    /// (`n <= sys.maxsize`), in selection order. Mirrors `Random.sample`
    /// in Lib/random.py (3.11), including its two branches: a pool list
    /// when `n <= setsize`, a set of selected indices otherwise.
    ///
    /// Errors: `ValueError("Sample larger than population or is negative")`
    /// unless `0 <= k <= n`; `OverflowError("Python int too large to
    /// convert to C ssize_t")` if `n > sys.maxsize`; `MemoryError` if the
    /// result cannot be allocated.
    pub fn sample_indices(&mut self, n: u64, k: i64) -> RawResult<Vec<u64>> {
        if n > SSIZE_MAX {
            return Err(RawError::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ));
        }
        let k = match u64::try_from(k) {
            Ok(k) if k <= n => k,
            _ => {
                return Err(RawError::new(
                    ExcKind::ValueError,
                    "Sample larger than population or is negative",
                ))
            }
        };
        let k_len = usize::try_from(k).map_err(|_| RawError::new(ExcKind::MemoryError, ""))?;
        let mut result: Vec<u64> = Vec::new();
        if result.try_reserve_exact(k_len).is_err() {
            return Err(RawError::new(ExcKind::MemoryError, ""));
        }
        if u128::from(n) <= sample_setsize(k) {
            // n is small here (at most ~12k + 21), so the pool fits.
            let mut pool: Vec<u64> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64(n - i) as usize;
                let last = (n - i - 1) as usize;
                let picked = pool.get(j).copied().unwrap_or(0);
                result.push(picked);
                let moved = pool.get(last).copied().unwrap_or(0);
                if let Some(slot) = pool.get_mut(j) {
                    *slot = moved;
                }
            }
        } else {
            let mut selected: HashSet<u64> = HashSet::new();
            for _ in 0..k {
                let mut j = self.randbelow_u64(n);
                while selected.contains(&j) {
                    j = self.randbelow_u64(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)` as indices into the
    /// population (length `n`). Mirrors the `counts` branch of
    /// `Random.sample` in Lib/random.py (3.11): samples
    /// `range(sum(counts))` then maps each pick through `bisect` on the
    /// cumulative counts.
    ///
    /// Errors, in CPython's order: `ValueError("The number of counts does
    /// not match the population")`; `IndexError("pop from empty list")` for
    /// empty counts; `ValueError("Total of counts must be greater than
    /// zero")`; then those of [`Random::sample_indices`] on the total.
    pub fn sample_counts_indices(
        &mut self,
        n: usize,
        counts: &[BigInt],
        k: i64,
    ) -> RawResult<Vec<usize>> {
        let mut cum: Vec<BigInt> = Vec::with_capacity(counts.len());
        let mut acc = BigInt::default();
        for c in counts {
            acc += c;
            cum.push(acc.clone());
        }
        if cum.len() != n {
            return Err(RawError::new(
                ExcKind::ValueError,
                "The number of counts does not match the population",
            ));
        }
        let total = cum
            .pop()
            .ok_or_else(|| RawError::new(ExcKind::IndexError, "pop from empty list"))?;
        if !total.is_positive() {
            return Err(RawError::new(
                ExcKind::ValueError,
                "Total of counts must be greater than zero",
            ));
        }
        let total = total.to_u64().unwrap_or(u64::MAX);
        let picks = self.sample_indices(total, k)?;
        Ok(picks
            .into_iter()
            .map(|s| bisect_right_int(&cum, &BigInt::from(s)))
            .collect())
    }

    /// `choices(population, weights, cum_weights=..., k=k)` as indices into a
    /// population of length `n`. Mirrors `Random.choices` in Lib/random.py
    /// (3.11): without weights each pick is `floor(random() * n)`; otherwise
    /// `bisect(cum_weights, random() * total, 0, n - 1)`. Weights are taken
    /// as floats (exact-int weights beyond 2**53 may differ from CPython).
    /// A negative `k` yields an empty list.
    ///
    /// Errors, in CPython's order: `TypeError("Cannot specify both weights
    /// and cumulative weights")`; `ValueError("The number of weights does
    /// not match the population")`; `IndexError("list index out of range")`
    /// when the population is empty (after one `random()` call if no weights
    /// are given and `k > 0`, as CPython then indexes `population[0]`);
    /// `ValueError("Total of weights must be greater than zero")`;
    /// `ValueError("Total of weights must be finite")`.
    pub fn choices_indices(
        &mut self,
        n: usize,
        weights: Option<&[f64]>,
        cum_weights: Option<&[f64]>,
        k: i64,
    ) -> RawResult<Vec<usize>> {
        let count = usize::try_from(k).unwrap_or(0);
        let cum: Vec<f64> = match (weights, cum_weights) {
            (None, None) => {
                let nf = n as f64;
                let mut out = Vec::new();
                if out.try_reserve_exact(count).is_err() {
                    return Err(RawError::new(ExcKind::MemoryError, ""));
                }
                for _ in 0..count {
                    let idx = (self.random() * nf).floor() as usize;
                    if idx >= n {
                        return Err(RawError::new(ExcKind::IndexError, "list index out of range"));
                    }
                    out.push(idx);
                }
                return Ok(out);
            }
            (Some(w), None) => {
                let mut acc = 0.0f64;
                let mut v = Vec::with_capacity(w.len());
                for (i, &x) in w.iter().enumerate() {
                    acc = if i == 0 { x } else { acc + x };
                    v.push(acc);
                }
                v
            }
            (None, Some(c)) => c.to_vec(),
            (Some(_), Some(_)) => {
                return Err(RawError::new(
                    ExcKind::TypeError,
                    "Cannot specify both weights and cumulative weights",
                ))
            }
        };
        if cum.len() != n {
            return Err(RawError::new(
                ExcKind::ValueError,
                "The number of weights does not match the population",
            ));
        }
        let total = match cum.last() {
            Some(&t) => t + 0.0,
            None => return Err(RawError::new(ExcKind::IndexError, "list index out of range")),
        };
        if total <= 0.0 {
            return Err(RawError::new(
                ExcKind::ValueError,
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(RawError::new(ExcKind::ValueError, "Total of weights must be finite"));
        }
        let hi = n - 1;
        let mut out = Vec::new();
        if out.try_reserve_exact(count).is_err() {
            return Err(RawError::new(ExcKind::MemoryError, ""));
        }
        for _ in 0..count {
            let x = self.random() * total;
            out.push(bisect_right_f64(&cum, x, 0, hi));
        }
        Ok(out)
    }
}
