//! `RawValue`: a `Value` split into its tag and its 8-byte payload, the form values
//! take in native registers and in the two return registers of compiled functions.

use pyjit_runtime::value::tags;
use pyjit_runtime::Value;
use std::mem::MaybeUninit;

/// Tag of a `RawValue` that is no value: an exception is pending in
/// `Interp::native_pending`.
pub const TAG_RAISED: u64 = 255;

/// A value as `(tag, payload)`: the payload is the `i64`, the `f64`'s bits, the
/// bool (0/1) or the `Rc` pointer (owned: a `RawValue` holding a heap object owns
/// one reference).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawValue {
    pub tag: u64,
    pub payload: u64,
}

impl RawValue {
    /// The "exception pending" marker.
    pub const RAISED: RawValue = RawValue { tag: TAG_RAISED, payload: 0 };

    /// Splits `v`, transferring its reference (if any) into the result.
    pub fn from_value(v: Value) -> RawValue {
        let p = &v as *const Value as *const u8;
        // SAFETY: `Value` is `repr(u8)` with the tag at byte 0, a bool payload at
        // byte 1 and every other payload at bytes 8..16 (see `value::tags`); those
        // bytes are initialized for the variant the tag names.
        let raw = unsafe {
            let tag = *p;
            let payload = match tag {
                tags::BOOL => *p.add(1) as u64,
                tags::UNDEFINED | tags::NONE | tags::NOT_IMPLEMENTED | tags::ELLIPSIS => 0,
                _ => (p.add(8) as *const u64).read_unaligned(),
            };
            RawValue { tag: tag as u64, payload }
        };
        std::mem::forget(v);
        raw
    }

    /// Rebuilds the value.
    ///
    /// # Safety
    /// `self` must come from [`RawValue::from_value`] (not yet rebuilt) or be a
    /// scalar (`INT`, `FLOAT` bits, `BOOL` 0/1, `NONE`, `UNDEFINED`) built by
    /// native code; never [`RawValue::RAISED`].
    pub unsafe fn into_value(self) -> Value {
        let mut v = MaybeUninit::<Value>::zeroed();
        let p = v.as_mut_ptr() as *mut u8;
        *p = self.tag as u8;
        match self.tag as u8 {
            tags::BOOL => *p.add(1) = (self.payload != 0) as u8,
            tags::UNDEFINED | tags::NONE | tags::NOT_IMPLEMENTED | tags::ELLIPSIS => {}
            _ => (p.add(8) as *mut u64).write_unaligned(self.payload),
        }
        v.assume_init()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_values_round_trip() {
        for v in [Value::Int(-3), Value::Float(0.5), Value::Bool(true), Value::None, Value::str("x"), Value::list(vec![Value::Int(1)])] {
            let before = format!("{:?}", crate::rep::tag_of(&v));
            let copy = v.clone();
            let raw = RawValue::from_value(v);
            // SAFETY: `raw` came from `from_value` just above.
            let back = unsafe { raw.into_value() };
            assert!(back.is(&copy) || matches!((&back, &copy), (Value::Float(a), Value::Float(b)) if a == b));
            assert_eq!(format!("{:?}", crate::rep::tag_of(&back)), before);
        }
        assert_eq!(RawValue::from_value(Value::Int(7)), RawValue { tag: tags::INT as u64, payload: 7 });
    }
}
