//! Python 3.11 `int` / `float` arithmetic semantics as pure functions.
//!
//! Everything here is a pure function over `i64`, `num_bigint::BigInt` and `f64`
//! that mirrors a specific routine of CPython 3.11 (named in each item's doc).
//! Errors are returned as [`crate::exc_kind::RawError`] carrying CPython's exact
//! message text; nothing in this module panics on any input.
//!
//! Layout (one concept per file):
//! - [`fbits`]: IEEE-754 helpers (`frexp`, `ldexp`, exact decomposition).
//! - [`int_fast`]: `i64` fast paths returning `Option` (None = retry with BigInt).
//! - [`int_ops`]: BigInt floor division, modulo, pow, shifts, bit ops.
//! - [`int_modpow`]: three-argument `pow(base, exp, mod)`.
//! - [`int_truediv`]: correctly rounded `int / int` (`long_true_divide`).
//! - [`int_float`]: int <-> float conversions (`PyLong_AsDouble`, `PyLong_FromDouble`).
//! - [`int_parse`]: `int(str, base)` parsing (`PyLong_FromString`).
//! - [`int_format`]: decimal / bin / oct / hex rendering with the 4300-digit limit.
//! - [`float_ops`]: float `//`, `%`, `divmod`, `/` (`float_divmod` & co).
//! - [`float_pow`]: float `**` (`float_pow`).
//! - [`float_ratio`]: `float.is_integer`, `float.as_integer_ratio`.
//! - [`compare`]: exact int-vs-float comparison (`float_richcompare`).
//! - [`round`]: `round()` for floats and ints (`double_round`, `long_round`).
//! - [`hash`]: `hash()` for int, float, bool, tuple.

pub mod compare;
pub mod fbits;
pub mod float_ops;
pub mod float_pow;
pub mod float_ratio;
pub mod hash;
pub mod int_fast;
pub mod int_float;
pub mod int_format;
pub mod int_modpow;
pub mod int_ops;
pub mod int_parse;
pub mod int_truediv;
pub mod round;

pub use compare::{cmp_bigint_f64, cmp_i64_f64};
pub use float_ops::{float_divmod, float_floordiv, float_mod, float_truediv};
pub use float_pow::float_pow;
pub use float_ratio::{float_as_integer_ratio, float_is_integer};
pub use hash::{hash_bigint, hash_bool, hash_f64, hash_i64, hash_tuple, TupleHasher};
pub use int_float::{
    bigint_to_f64, float_ceil_to_bigint, float_floor_to_bigint, float_to_bigint, float_to_i64,
};
pub use int_format::{int_to_decimal_string, int_to_radix_string, Radix, DEFAULT_MAX_STR_DIGITS};
pub use int_modpow::int_pow_mod;
pub use int_ops::{
    int_divmod, int_floordiv, int_invert, int_lshift, int_mod, int_pow, int_pow_nonneg,
    int_rshift, IntPow,
};
pub use int_parse::{check_int_base, parse_int, parse_int_bytes, parse_int_limited};
pub use int_truediv::{bigint_true_div, i64_true_div};
pub use round::{round_f64_digits, round_f64_to_int, round_int_digits};
