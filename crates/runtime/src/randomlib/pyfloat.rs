//! The float operations `Lib/random.py` uses, with Python's semantics and errors:
//! thin names over `crate::numeric` (operators) and `crate::mathlib` (`math.*`), so
//! the distributions read like the Python they port.

use crate::exc_kind::RawResult;
use crate::mathlib::{self, LogArg};
use crate::numeric;

/// `x / y` (`ZeroDivisionError: float division by zero`).
pub fn div(x: f64, y: f64) -> RawResult<f64> {
    numeric::float_truediv(x, y)
}

/// `x % y` with Python's sign rules.
pub fn rem(x: f64, y: f64) -> RawResult<f64> {
    numeric::float_mod(x, y)
}

/// `math.log(x)`.
pub fn log(x: f64) -> RawResult<f64> {
    mathlib::log(LogArg::Float(x))
}

/// `math.exp(x)`.
pub fn exp(x: f64) -> RawResult<f64> {
    mathlib::exp(x)
}

/// `math.sqrt(x)`.
pub fn sqrt(x: f64) -> RawResult<f64> {
    mathlib::sqrt(x)
}

/// `math.cos(x)`.
pub fn cos(x: f64) -> RawResult<f64> {
    mathlib::cos(x)
}

/// `math.sin(x)`.
pub fn sin(x: f64) -> RawResult<f64> {
    mathlib::sin(x)
}

/// `math.acos(x)`.
pub fn acos(x: f64) -> RawResult<f64> {
    mathlib::acos(x)
}

/// `v ** w` for floats.
pub fn pow(v: f64, w: f64) -> RawResult<f64> {
    numeric::float_pow(v, w)
}
