//! `math.log`, `math.log2` and `math.log10`, for floats and for ints of any
//! size. Mirrors `m_log`, `m_log2`, `m_log10`, `loghelper` and `math_log_impl`
//! in CPython 3.11's Modules/mathmodule.c.

use num_bigint::{BigInt, Sign};

use super::bigfloat::frexp_biguint;
use super::errors::{domain_error, math_1};
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// An argument of the log functions: CPython treats ints specially so that
/// logarithms of ints too large for a float still work.
#[derive(Debug, Clone, Copy)]
pub enum LogArg<'a> {
    /// A float (or an object already converted with `__float__`).
    Float(f64),
    /// An int (including bool), of any size.
    Int(&'a BigInt),
}

impl From<f64> for LogArg<'_> {
    fn from(x: f64) -> Self {
        LogArg::Float(x)
    }
}

impl<'a> From<&'a BigInt> for LogArg<'a> {
    fn from(n: &'a BigInt) -> Self {
        LogArg::Int(n)
    }
}

/// Which logarithm `loghelper` applies.
#[derive(Debug, Clone, Copy)]
enum Base {
    E,
    Two,
    Ten,
}

/// C `log`/`log2`/`log10` wrapped with CPython's special-value handling:
/// `m_log`, `m_log2` and `m_log10` (0 gives -inf, negatives and -inf give NaN).
fn m_log_any(x: f64, base: Base) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 0.0 {
        if x.is_infinite() {
            return x;
        }
        return match base {
            Base::E => x.ln(),
            Base::Two => x.log2(),
            Base::Ten => x.log10(),
        };
    }
    if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// Mirrors `loghelper`: ints are handled exactly (via `_PyLong_Frexp` when
/// they do not fit a float), floats go through `math_1` with `can_overflow = 0`.
fn loghelper(arg: LogArg<'_>, base: Base) -> RawResult<f64> {
    match arg {
        LogArg::Float(x) => math_1(x, m_log_any(x, base), false),
        LogArg::Int(n) => {
            if n.sign() != Sign::Plus {
                return Err(domain_error());
            }
            let (x, e) = frexp_biguint(n.magnitude());
            if e <= 1024 {
                // PyLong_AsDouble succeeds: x * 2**e is the correctly rounded float.
                Ok(m_log_any(libm::scalbn(x, e as i32), base))
            } else {
                Ok(m_log_any(x, base) + m_log_any(2.0, base) * (e as f64))
            }
        }
    }
}

/// `math.log(x)`: natural logarithm. `ValueError: math domain error` for
/// `x <= 0` (floats and ints alike). Mirrors `math_log_impl` without a base.
pub fn log(x: LogArg<'_>) -> RawResult<f64> {
    loghelper(x, Base::E)
}

/// `math.log(x, base)` = log(x) / log(base). Domain errors as for `log`;
/// `ZeroDivisionError: float division by zero` when `log(base) == 0`
/// (base 1). Mirrors `math_log_impl` with a base (`PyNumber_TrueDivide`).
pub fn log_base(x: LogArg<'_>, base: LogArg<'_>) -> RawResult<f64> {
    let num = loghelper(x, Base::E)?;
    let den = loghelper(base, Base::E)?;
    if den == 0.0 {
        return Err(RawError::new(
            ExcKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(num / den)
}

/// `math.log2(x)`; `ValueError: math domain error` for `x <= 0`.
/// Mirrors `math_log2` (`loghelper(x, m_log2)`).
pub fn log2(x: LogArg<'_>) -> RawResult<f64> {
    loghelper(x, Base::Two)
}

/// `math.log10(x)`; `ValueError: math domain error` for `x <= 0`.
/// Mirrors `math_log10` (`loghelper(x, m_log10)`).
pub fn log10(x: LogArg<'_>) -> RawResult<f64> {
    loghelper(x, Base::Ten)
}
