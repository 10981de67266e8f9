//! `math.fsum`: exactly rounded floating-point summation (Shewchuk partials).
//! Mirrors `math_fsum` in CPython 3.11's Modules/mathmodule.c, including its
//! handling of infinities, NaNs and intermediate overflow.

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Incremental state of `math.fsum`, for callers that convert items one at a
/// time (an item that fails to convert simply aborts the sum, as in CPython).
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    /// Non-overlapping partial sums, increasing in magnitude.
    partials: Vec<f64>,
    /// Sum of the special (inf/nan) inputs seen.
    special_sum: f64,
    /// Sum of the infinite inputs seen (NaN means both +inf and -inf appeared).
    inf_sum: f64,
}

impl Fsum {
    /// An empty sum (its result is 0.0).
    pub fn new() -> Self {
        Fsum::default()
    }

    /// Adds one item. `OverflowError: intermediate overflow in fsum` when a
    /// finite item makes a partial sum overflow (raised immediately, as CPython
    /// does mid-iteration). Mirrors the loop body of `math_fsum`.
    pub fn add(&mut self, item: f64) -> RawResult<()> {
        let xsave = item;
        let mut x = item;
        let mut i = 0usize;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either intermediate overflow or an inf/nan among the summands.
                if xsave.is_finite() {
                    return Err(RawError::new(
                        ExcKind::OverflowError,
                        "intermediate overflow in fsum",
                    ));
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special_sum += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum. `ValueError: -inf + inf in fsum` when
    /// infinities of both signs were added; NaN or ±inf when such items were
    /// added. Mirrors the tail of `math_fsum` (sum_exact with half-even fix-up).
    pub fn finish(&self) -> RawResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(RawError::new(ExcKind::ValueError, "-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0f64;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0f64;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

/// `math.fsum(iterable)` over already-converted floats. Errors as in
/// [`Fsum::add`] and [`Fsum::finish`]. Mirrors `math_fsum`.
pub fn fsum<I: IntoIterator<Item = f64>>(items: I) -> RawResult<f64> {
    let mut acc = Fsum::new();
    for x in items {
        acc.add(x)?;
    }
    acc.finish()
}

/// `math.fsum` of a slice; see [`fsum`].
pub fn fsum_slice(items: &[f64]) -> RawResult<f64> {
    fsum(items.iter().copied())
}
