//! The `random.Random` instance state (Mersenne Twister plus the cached
//! second Gaussian) and every way CPython 3.11 can seed it.

use std::io::Read;

use num_bigint::{BigInt, BigUint};
use num_traits::Signed;
use sha2::{Digest, Sha512};

use super::mt19937::{Mt19937, MT_N};

/// CPython 3.11's `TypeError` message for `seed()` of an unsupported type
/// (raised by `Random.seed` in Lib/random.py).
pub const SEED_TYPE_ERROR: &str =
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

/// A `random.Random` instance: the MT19937 core plus `gauss_next`.
///
/// Mirrors `Random` in Lib/random.py layered on `_random.Random`
/// (Modules/_randommodule.c). `gauss_next` is the cached second value of the
/// Box–Muller pair used by `gauss()`.
#[derive(Clone, Debug, PartialEq)]
pub struct Random {
    /// The underlying generator.
    pub mt: Mt19937,
    /// `self.gauss_next` of Lib/random.py (`None` after every seed).
    pub gauss_next: Option<f64>,
}

impl Default for Random {
    /// Equivalent to `random.Random(0)`.
    fn default() -> Self {
        Random { mt: Mt19937::default(), gauss_next: None }
    }
}

/// Splits a non-negative integer into 32-bit words, least significant
/// first, with at least one word. Mirrors the `keyused`/`_PyLong_AsByteArray`
/// step of `random_seed` in Modules/_randommodule.c.
fn key_words(n: &BigUint) -> Vec<u32> {
    let mut words = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

impl Random {
    /// `random.Random(a)` for an int seed `a` (see [`Random::seed_int`]).
    pub fn from_int(a: &BigInt) -> Self {
        let mut r = Random::default();
        r.seed_int(a);
        r
    }

    /// `random.Random()` / `random.Random(None)`: seeded from OS entropy
    /// (see [`Random::seed_entropy`]).
    pub fn from_entropy() -> Self {
        let mut r = Random::default();
        r.seed_entropy();
        r
    }

    /// `random.Random(s)` for a `str` seed (see [`Random::seed_str`]).
    pub fn from_str_seed(s: &str) -> Self {
        let mut r = Random::default();
        r.seed_str(s);
        r
    }

    /// `seed(a)` for an int `a` (any version): uses `abs(a)` split into
    /// 32-bit little-endian words and `init_by_array`; resets `gauss_next`.
    /// Mirrors `random_seed` in Modules/_randommodule.c + `Random.seed`.
    pub fn seed_int(&mut self, a: &BigInt) {
        let n = a.abs().to_biguint().unwrap_or_default();
        self.mt.init_by_array(&key_words(&n));
        self.gauss_next = None;
    }

    /// `seed(x)` for a hashable non-int (e.g. a float): `hash` is
    /// `hash(x)`, reinterpreted as an unsigned `size_t` as CPython does.
    /// Mirrors the `PyObject_Hash` branch of `random_seed`.
    pub fn seed_hash(&mut self, hash: i64) {
        let n = BigUint::from(hash as u64);
        self.mt.init_by_array(&key_words(&n));
        self.gauss_next = None;
    }

    /// `seed(b)` for `bytes`/`bytearray`, version 2 (the default):
    /// `int.from_bytes(b + sha512(b).digest(), 'big')`.
    /// Mirrors `Random.seed` in Lib/random.py.
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let digest = Sha512::digest(b);
        let mut all = Vec::with_capacity(b.len() + digest.len());
        all.extend_from_slice(b);
        all.extend_from_slice(&digest);
        let n = BigUint::from_bytes_be(&all);
        self.mt.init_by_array(&key_words(&n));
        self.gauss_next = None;
    }

    /// `seed(s)` for a `str`, version 2: seeds from `s.encode()` (UTF-8)
    /// as [`Random::seed_bytes`]. Mirrors `Random.seed` in Lib/random.py.
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `seed(a, version=1)` for a `str` (pass its code points) or `bytes`
    /// (pass each byte as a code point, i.e. latin-1 decoding):
    /// the legacy 64-bit string hash of Lib/random.py, then an int seed.
    pub fn seed_v1_codepoints(&mut self, chars: &[u32]) {
        const MASK: u128 = 0xFFFF_FFFF_FFFF_FFFF;
        let mut x: u128 = match chars.first() {
            Some(&c) => u128::from(c) << 7,
            None => 0,
        };
        for &c in chars {
            x = (1_000_003u128.wrapping_mul(x) ^ u128::from(c)) & MASK;
        }
        x ^= chars.len() as u128;
        let n = BigUint::from(x);
        self.mt.init_by_array(&key_words(&n));
        self.gauss_next = None;
    }

    /// `seed()` / `seed(None)`: 624 words from `/dev/urandom`, falling back
    /// on time and process id. Mirrors `random_seed_urandom` and
    /// `random_seed_time_pid` in Modules/_randommodule.c (the fallback key
    /// uses the wall clock twice instead of the monotonic clock).
    pub fn seed_entropy(&mut self) {
        let mut bytes = [0u8; MT_N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut bytes))
            .is_ok();
        if ok {
            let key: Vec<u32> = bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.mt.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0);
            let pid = std::process::id();
            let key = [now as u32, (now >> 32) as u32, pid, now as u32 ^ 0x5bd1_e995, 0];
            self.mt.init_by_array(&key);
        }
        self.gauss_next = None;
    }

    /// `random()`: a float in [0.0, 1.0). See [`Mt19937::random`].
    pub fn random(&mut self) -> f64 {
        self.mt.random()
    }

    /// `getrandbits(k)`. See [`Mt19937::getrandbits`] for errors.
    pub fn getrandbits(&mut self, k: i64) -> crate::exc_kind::RawResult<BigUint> {
        self.mt.getrandbits(k)
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    /// Mirrors `Random.randbytes` in Lib/random.py (3.11).
    ///
    /// Errors: `ValueError("number of bits must be non-negative")` for
    /// `n < 0`; `OverflowError` as in `getrandbits` when `n * 8` does not fit
    /// a C int.
    pub fn randbytes(&mut self, n: i64) -> crate::exc_kind::RawResult<Vec<u8>> {
        let bits = n.checked_mul(8).unwrap_or(i64::MAX);
        let v = self.mt.getrandbits(bits)?;
        let mut out = v.to_bytes_le();
        let len = usize::try_from(n).unwrap_or(0);
        out.resize(len, 0);
        Ok(out)
    }
}
