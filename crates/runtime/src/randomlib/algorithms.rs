//! Integer algorithms of Lib/random.py (3.11): `_randbelow_with_getrandbits`,
//! `randrange` and `randint`, consuming the generator exactly as CPython.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::generator::Random;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `ValueError` with CPython's exact message.
fn value_error(msg: impl Into<String>) -> RawError {
    RawError::new(ExcKind::ValueError, msg)
}

impl Random {
    /// `_randbelow(n)` for `n` fitting in 64 bits: draws `getrandbits(k)`
    /// with `k = n.bit_length()` until the value is below `n`. Consumes
    /// exactly the same 32-bit outputs as CPython. Returns 0 without
    /// consuming anything when `n == 0` (CPython would loop forever; no
    /// public `random` function calls it with 0).
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.mt.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for an index range (`usize`), see [`Random::randbelow_u64`].
    pub fn randbelow_usize(&mut self, n: usize) -> usize {
        // usize is at most 64 bits on every supported target.
        self.randbelow_u64(n as u64) as usize
    }

    /// A random int in `[0, n)`. Mirrors `Random._randbelow_with_getrandbits`
    /// in Lib/random.py (3.11).
    ///
    /// Errors: `ValueError("empty range for randrange()")` when `n == 0`
    /// (unreachable from Python, where CPython would hang); `MemoryError`
    /// if `n` is too large to draw bits for.
    pub fn randbelow(&mut self, n: &BigUint) -> RawResult<BigUint> {
        if n.is_zero() {
            return Err(value_error("empty range for randrange()"));
        }
        if let Some(small) = n.to_u64() {
            return Ok(BigUint::from(self.randbelow_u64(small)));
        }
        let k = i64::try_from(n.bits()).unwrap_or(i64::MAX);
        loop {
            let r = self.mt.getrandbits(k)?;
            if &r < n {
                return Ok(r);
            }
        }
    }

    /// `randbelow` on a positive `BigInt`, returning a `BigInt`.
    fn randbelow_int(&mut self, n: &BigInt) -> RawResult<BigInt> {
        let un = n.to_biguint().unwrap_or_default();
        Ok(BigInt::from_biguint(Sign::Plus, self.randbelow(&un)?))
    }

    /// `randrange(start)` (`stop = None`) or `randrange(start, stop[, step])`
    /// on integers. `step = None` means the default `1`.
    /// Mirrors `Random.randrange` in Lib/random.py (3.11).
    ///
    /// Errors (exact CPython text):
    /// `TypeError("Missing a non-None stop argument")` when `stop` is None
    /// and `step` is given and not 1 (CPython tests `step is not _ONE`, which
    /// is true for any int equal to 1 thanks to small-int caching);
    /// `ValueError("empty range for randrange()")` for `start <= 0` without
    /// stop, and for an empty non-unit-step range;
    /// `ValueError("empty range for randrange() (start, stop, width)")` for an
    /// empty unit-step range; `ValueError("zero step for randrange()")`.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> RawResult<BigInt> {
        let one = BigInt::one();
        let stop = match stop {
            None => {
                if let Some(s) = step {
                    if *s != one {
                        return Err(RawError::new(
                            ExcKind::TypeError,
                            "Missing a non-None stop argument",
                        ));
                    }
                }
                if start.is_positive() {
                    return self.randbelow_int(start);
                }
                return Err(value_error("empty range for randrange()"));
            }
            Some(s) => s,
        };
        let width = stop - start;
        let step = step.cloned().unwrap_or_else(BigInt::one);
        if step == one {
            if width.is_positive() {
                return Ok(start + self.randbelow_int(&width)?);
            }
            return Err(value_error(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            )));
        }
        let n = if step.is_positive() {
            (&width + &step - &one).div_floor(&step)
        } else if step.is_negative() {
            (&width + &step + &one).div_floor(&step)
        } else {
            return Err(value_error("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(value_error("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow_int(&n)?)
    }

    /// `randint(a, b)` = `randrange(a, b + 1)`: a random int in `[a, b]`.
    /// Mirrors `Random.randint` in Lib/random.py.
    ///
    /// Errors: `ValueError("empty range for randrange() (a, b+1, width)")`
    /// when `b < a`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> RawResult<BigInt> {
        let stop = b + 1;
        self.randrange(a, Some(&stop), None)
    }
}
