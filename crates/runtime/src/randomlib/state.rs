//! `getstate()` / `setstate()` of `random.Random` as plain data.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::generator::Random;
use super::mt19937::{Mt19937, MT_N};
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// The value of `Random.VERSION` in Lib/random.py (3.11).
pub const STATE_VERSION: i64 = 3;

/// `random.getstate()` as plain data: `(3, words + (index,), gauss_next)`.
#[derive(Clone, Debug, PartialEq)]
pub struct RandomState {
    /// Always [`STATE_VERSION`] (3).
    pub version: i64,
    /// The 625-element internal tuple: 624 state words then the index
    /// (0..=624), mirroring `random_getstate` in Modules/_randommodule.c.
    pub internal: Vec<u64>,
    /// `gauss_next` (`None` or a float).
    pub gauss_next: Option<f64>,
}

/// Converts one state word as `PyLong_AsUnsignedLong` then truncates it
/// to `uint32_t`, as `random_setstate` does.
fn word_from_int(v: &BigInt) -> RawResult<u32> {
    if v.is_negative() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "can't convert negative value to unsigned int",
        ));
    }
    match v.to_u64() {
        Some(x) => Ok(x as u32),
        None => Err(RawError::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C unsigned long",
        )),
    }
}

impl Random {
    /// `getstate()`. Mirrors `Random.getstate` (Lib/random.py) and
    /// `random_getstate` (Modules/_randommodule.c).
    pub fn getstate(&self) -> RandomState {
        let mut internal: Vec<u64> = self.mt.state_words().iter().map(|&w| u64::from(w)).collect();
        internal.push(self.mt.index() as u64);
        RandomState { version: STATE_VERSION, internal, gauss_next: self.gauss_next }
    }

    /// The C-level `_random.Random.setstate(internal)`: `internal` is the
    /// 625-element tuple (624 words and the index), already unpacked.
    /// Mirrors `random_setstate` in Modules/_randommodule.c.
    ///
    /// Errors: `ValueError("state vector is the wrong size")` unless 625
    /// items; `OverflowError` for a negative word or one above
    /// `2**64 - 1` (words are truncated to 32 bits otherwise);
    /// `OverflowError("Python int too large to convert to C long")` or
    /// `ValueError("invalid state")` for an index outside `0..=624`.
    /// On error the state is unchanged.
    pub fn setstate_internal(&mut self, internal: &[BigInt]) -> RawResult<()> {
        if internal.len() != MT_N + 1 {
            return Err(RawError::new(ExcKind::ValueError, "state vector is the wrong size"));
        }
        let mut words = [0u32; MT_N];
        for (slot, v) in words.iter_mut().zip(internal.iter()) {
            *slot = word_from_int(v)?;
        }
        let idx_obj = internal.get(MT_N).cloned().unwrap_or_else(BigInt::zero);
        let idx = idx_obj.to_i64().ok_or_else(|| {
            RawError::new(ExcKind::OverflowError, "Python int too large to convert to C long")
        })?;
        let invalid = || RawError::new(ExcKind::ValueError, "invalid state");
        let index = usize::try_from(idx).map_err(|_| invalid())?;
        self.mt = Mt19937::from_parts(words, index).ok_or_else(invalid)?;
        Ok(())
    }

    /// `setstate((version, internal, gauss_next))` of Lib/random.py.
    /// Version 3 uses `internal` as is; version 2 first reduces every item
    /// modulo `2**32` (so negative words are accepted).
    ///
    /// Errors: `ValueError("state with version V passed to
    /// Random.setstate() of version 3")` for any other version, plus the
    /// errors of [`Random::setstate_internal`]. `gauss_next` is set
    /// before the internal state is validated, as in CPython.
    pub fn setstate(
        &mut self,
        version: &BigInt,
        internal: &[BigInt],
        gauss_next: Option<f64>,
    ) -> RawResult<()> {
        if *version == BigInt::from(3) {
            self.gauss_next = gauss_next;
            self.setstate_internal(internal)
        } else if *version == BigInt::from(2) {
            self.gauss_next = gauss_next;
            let modulus = BigInt::from(1u64 << 32);
            let reduced: Vec<BigInt> = internal
                .iter()
                .map(|x| {
                    let r = x % &modulus;
                    if r.is_negative() {
                        r + &modulus
                    } else {
                        r
                    }
                })
                .collect();
            self.setstate_internal(&reduced)
        } else {
            Err(RawError::new(
                ExcKind::ValueError,
                format!("state with version {} passed to Random.setstate() of version 3", version),
            ))
        }
    }
}
