//! The MT19937 Mersenne Twister exactly as CPython 3.11 implements it in
//! `Modules/_randommodule.c`: seeding by word array, 32-bit output, 53-bit
//! floats and arbitrary-width `getrandbits`.

use num_bigint::BigUint;

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Number of 32-bit words of MT19937 state (`N` in `_randommodule.c`).
pub const MT_N: usize = 624;
/// Middle word offset of the recurrence (`M` in `_randommodule.c`).
const MT_M: usize = 397;
/// Constant vector a (`MATRIX_A`).
const MATRIX_A: u32 = 0x9908_b0df;
/// Most significant w-r bits (`UPPER_MASK`).
const UPPER_MASK: u32 = 0x8000_0000;
/// Least significant r bits (`LOWER_MASK`).
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The raw Mersenne Twister state: 624 words plus the read position.
///
/// Mirrors the `state`/`index` fields of `RandomObject` in
/// Modules/_randommodule.c. Invariant: `index <= MT_N`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; MT_N],
    index: usize,
}

impl Default for Mt19937 {
    /// The state `init_by_array([0])`, i.e. what CPython's `seed(0)` produces.
    fn default() -> Self {
        let mut mt = Mt19937 { state: [0; MT_N], index: MT_N };
        mt.init_by_array(&[0]);
        mt
    }
}

impl Mt19937 {
    /// Creates a generator initialised with `init_by_array(key)`.
    /// An empty `key` is treated as `[0]` (CPython never passes an empty key).
    pub fn from_key(key: &[u32]) -> Self {
        let mut mt = Mt19937 { state: [0; MT_N], index: MT_N };
        mt.init_by_array(key);
        mt
    }

    /// Initialises the state from one 32-bit seed.
    /// Mirrors `init_genrand` in Modules/_randommodule.c.
    pub fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..MT_N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = MT_N;
    }

    /// Initialises the state from an array of 32-bit key words (least
    /// significant word first, as CPython splits seeds).
    /// Mirrors `init_by_array` in Modules/_randommodule.c. An empty key is
    /// treated as `[0]`.
    pub fn init_by_array(&mut self, init_key: &[u32]) {
        let zero = [0u32];
        let key: &[u32] = if init_key.is_empty() { &zero } else { init_key };
        let key_length = key.len();
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i: usize = 1;
        let mut j: usize = 0;
        let mut k = if MT_N > key_length { MT_N } else { key_length };
        while k > 0 {
            let prev = mt[i - 1];
            let kw = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(kw)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= MT_N {
                mt[0] = mt[MT_N - 1];
                i = 1;
            }
            if j >= key_length {
                j = 0;
            }
            k -= 1;
        }
        k = MT_N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= MT_N {
                mt[0] = mt[MT_N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    /// Regenerates all 624 words (the "twist" step of `genrand_uint32`).
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..MT_N - MT_M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag(y);
        }
        for kk in MT_N - MT_M..MT_N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M - MT_N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// Addresses of the state words and of the read position, for compiled code
    /// that draws numbers inline (it calls [`Mt19937::random`] when fewer than two
    /// words are left). Valid while the generator is not moved.
    pub fn raw_parts(&mut self) -> (*mut u32, *mut usize) {
        (self.state.as_mut_ptr(), &mut self.index)
    }

    /// Returns the next tempered 32-bit output.
    /// Mirrors `genrand_uint32` in Modules/_randommodule.c.
    pub fn genrand_uint32(&mut self) -> u32 {
        if self.index >= MT_N {
            self.twist();
        }
        let mut y = self.state.get(self.index).copied().unwrap_or(0);
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// Returns a float in [0.0, 1.0) with 53 random bits, consuming two
    /// 32-bit outputs. Mirrors `_random_Random_random_impl`
    /// (genrand_res53) in Modules/_randommodule.c.
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_uint32() >> 5;
        let b = self.genrand_uint32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Returns `getrandbits(k)` for `0 <= k <= 64` as a `u64`, consuming
    /// exactly the same outputs as CPython (`ceil(k / 32)` words, least
    /// significant word first, the last word keeping its top bits).
    /// Values of `k` above 64 are clamped to 64.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        let k = k.min(64);
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u64::from(self.genrand_uint32() >> (32 - k));
        }
        let lo = u64::from(self.genrand_uint32());
        let rest = k - 32;
        let hi = u64::from(self.genrand_uint32() >> (32 - rest));
        lo | (hi << 32)
    }

    /// Returns a non-negative integer with `k` random bits.
    ///
    /// Mirrors `_random_Random_getrandbits_impl` in Modules/_randommodule.c
    /// (3.11: `k == 0` returns 0). `k` is the Python argument already
    /// converted to a Rust integer.
    ///
    /// Errors: `ValueError("number of bits must be non-negative")` for
    /// `k < 0`; `OverflowError("Python int too large to convert to C int")`
    /// for `k > i32::MAX` (CPython parses `k` as a C `int`); `MemoryError`
    /// if the word buffer cannot be allocated.
    pub fn getrandbits(&mut self, k: i64) -> RawResult<BigUint> {
        if k > i64::from(i32::MAX) || k < i64::from(i32::MIN) {
            return Err(RawError::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            ));
        }
        if k < 0 {
            return Err(RawError::new(
                ExcKind::ValueError,
                "number of bits must be non-negative",
            ));
        }
        if k <= 64 {
            return Ok(BigUint::from(self.getrandbits_u64(k as u32)));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut buf: Vec<u32> = Vec::new();
        if buf.try_reserve_exact(words).is_err() {
            return Err(RawError::new(ExcKind::MemoryError, ""));
        }
        let mut remaining = k;
        for _ in 0..words {
            let mut r = self.genrand_uint32();
            if remaining < 32 {
                r >>= 32 - remaining as u32;
            }
            buf.push(r);
            remaining -= 32;
        }
        Ok(BigUint::from_slice(&buf))
    }

    /// The 624 state words (shape `[u32; 624]`).
    pub fn state_words(&self) -> &[u32; MT_N] {
        &self.state
    }

    /// The read position, in `0..=624`.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Builds a generator from raw words and position; `None` if
    /// `index > 624`. Validation of Python objects is done by
    /// `Random::setstate_internal`.
    pub fn from_parts(state: [u32; MT_N], index: usize) -> Option<Self> {
        if index > MT_N {
            return None;
        }
        Some(Mt19937 { state, index })
    }
}
