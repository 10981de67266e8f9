//! Helpers shared by the randomlib unit tests.

use num_bigint::BigInt;

use super::Random;

/// How a test generator is seeded: `Random(int)` or `Random(str)`.
pub enum Seed {
    /// Decimal int seed.
    Int(&'static str),
    /// `str` seed (version 2).
    Str(&'static str),
}

/// `random.Random(seed)`.
pub fn seeded(s: Seed) -> Random {
    match s {
        Seed::Int(d) => Random::from_int(&big(d)),
        Seed::Str(t) => Random::from_str_seed(t),
    }
}

/// Parses a decimal test literal.
pub fn big(s: &str) -> BigInt {
    s.parse().expect("test literal")
}

/// Bit pattern of a float, for exact comparison.
pub fn bits(x: f64) -> u64 {
    x.to_bits()
}
