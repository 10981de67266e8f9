//! Exact-to-nearest conversion of a Python int to a float.

use crate::exc_kind::{ExcKind, RawError, RawResult};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Converts `value` to the nearest double (ties to even), like `float(value)`.
/// Errors: `OverflowError("int too large to convert to float")` when the
/// rounded result would not be finite.  Mirrors `PyLong_AsDouble` in
/// Objects/longobject.c.
pub fn int_to_float(value: &BigInt) -> RawResult<f64> {
    match value.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(RawError::new(ExcKind::OverflowError, "int too large to convert to float")),
    }
}

#[cfg(test)]
mod tests {
    use super::int_to_float;
    use num_bigint::BigInt;

    #[test]
    fn conversion() {
        // Expected values come from CPython 3.11: float(2**60 + 129),
        // float(2**1024 - 2**970 - 1) and float(2**1024 - 2**970) (overflow).
        let v = (BigInt::from(1u8) << 60usize) + 129u8;
        assert_eq!(int_to_float(&v).unwrap(), 1.1529215046068472e+18);
        let max = (BigInt::from(1u8) << 1024usize) - (BigInt::from(1u8) << 970usize) - 1u8;
        assert_eq!(int_to_float(&max).unwrap(), 1.7976931348623157e+308);
        let tie = (BigInt::from(1u8) << 1024usize) - (BigInt::from(1u8) << 970usize);
        assert!(int_to_float(&tie).is_err());
        let big = (BigInt::from(1u8) << 1024usize) - 1u8;
        let e = int_to_float(&big).unwrap_err();
        assert_eq!(e.msg, "int too large to convert to float");
        assert_eq!(int_to_float(&BigInt::from(-3)).unwrap(), -3.0);
    }
}
