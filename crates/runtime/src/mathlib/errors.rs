//! Error plumbing shared by the float functions: the Rust counterparts of
//! `math_1`, `math_2` and `is_error` in CPython 3.11's Modules/mathmodule.c.

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `ValueError: math domain error`, raised for invalid arguments and singularities.
pub fn domain_error() -> RawError {
    RawError::new(ExcKind::ValueError, "math domain error")
}

/// `OverflowError: math range error`, raised when a finite argument overflows.
pub fn range_error() -> RawError {
    RawError::new(ExcKind::OverflowError, "math range error")
}

/// What the C function reported through `errno`, in CPython's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Errno {
    /// `errno == 0`: no error reported.
    None,
    /// `errno == EDOM`: invalid argument or pole.
    Dom,
    /// `errno == ERANGE`: overflow, or an underflow that is ignored.
    Range,
}

/// Turns a result `r` plus an errno into the final result.
///
/// Mirrors `is_error` in Modules/mathmodule.c: `EDOM` gives `ValueError`,
/// `ERANGE` gives `OverflowError` unless `|r| < 1.5` (an underflow, which is ignored).
pub fn check_errno(r: f64, errno: Errno) -> RawResult<f64> {
    match errno {
        Errno::None => Ok(r),
        Errno::Dom => Err(domain_error()),
        Errno::Range => {
            if r.abs() < 1.5 {
                Ok(r)
            } else {
                Err(range_error())
            }
        }
    }
}

/// Applies the error rules of `math_1` to `r = f(x)`.
///
/// Mirrors `math_1_to_whatever` in Modules/mathmodule.c: a NaN from a non-NaN
/// argument is a `ValueError`; an infinity from a finite argument is an
/// `OverflowError` when `can_overflow`, else a `ValueError` (a singularity).
pub fn math_1(x: f64, r: f64, can_overflow: bool) -> RawResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// Applies the error rules of `math_2` to `r = f(x, y)`.
///
/// Mirrors `math_2` in Modules/mathmodule.c: a NaN from non-NaN arguments is a
/// `ValueError`; an infinity from finite arguments is an `OverflowError`.
pub fn math_2(x: f64, y: f64, r: f64) -> RawResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errno_rules() {
        assert_eq!(check_errno(2.0, Errno::None), Ok(2.0));
        assert_eq!(check_errno(2.0, Errno::Dom), Err(domain_error()));
        // Underflow (|r| < 1.5) is ignored, overflow raises.
        assert_eq!(check_errno(-1.0, Errno::Range), Ok(-1.0));
        assert_eq!(check_errno(f64::INFINITY, Errno::Range), Err(range_error()));
    }

    #[test]
    fn math_1_rules() {
        assert_eq!(
            math_1(f64::NAN, f64::NAN, false).map(|r| r.is_nan()),
            Ok(true)
        );
        assert_eq!(math_1(f64::INFINITY, f64::NAN, false), Err(domain_error()));
        assert_eq!(math_1(1e308, f64::INFINITY, true), Err(range_error()));
        assert_eq!(math_1(1.0, f64::INFINITY, false), Err(domain_error()));
        assert_eq!(
            math_1(f64::INFINITY, f64::INFINITY, true),
            Ok(f64::INFINITY)
        );
    }

    #[test]
    fn messages() {
        assert_eq!(domain_error().msg, "math domain error");
        assert_eq!(domain_error().kind, ExcKind::ValueError);
        assert_eq!(range_error().msg, "math range error");
        assert_eq!(range_error().kind, ExcKind::OverflowError);
    }
}
