//! Writing values into homes (frame registers, module slots, the reduction
//! accumulator) when the value does not fit an inline store.

use super::raw::RawValue;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyjit_runtime::object::Module;
use pyjit_runtime::Value;

/// Drops the value in `slot` and leaves `Undefined` there (native code then stores a
/// scalar over it).
///
/// # Safety
/// `slot` must point at a valid, initialized home slot (its old value is dropped),
/// not aliased during the call.
pub unsafe extern "C" fn jit_drop_slot(slot: *mut Value) {
    // SAFETY: native code passes a valid home slot, not aliased during the call.
    unsafe { *slot = Value::Undefined };
}

/// Moves the staged values in `mask` (bit `r`: slot `r`) from `staged` (one
/// 16-byte `Value` per slot, owned) into `regs`, dropping the values they
/// replace, in slot order. Exit code writes a loop's native ints, floats and
/// bools back with one call for its frame registers and one for its promoted
/// globals (`regs` is then the module's slots).
///
/// # Safety
/// `regs` must be a frame's register file or a module's slots, and `staged`
/// hold a valid `Value` at every index in `mask`; both must be large enough for
/// `mask`'s top bit.
pub unsafe extern "C" fn jit_write_back_regs(regs: *mut Value, staged: *const Value, mask: u64) {
    let mut m = mask;
    while m != 0 {
        let r = m.trailing_zeros() as usize;
        m &= m - 1;
        // SAFETY: as the contract says; each staged value is moved out once.
        let old = unsafe { std::ptr::replace(regs.add(r), std::ptr::read(staged.add(r))) };
        // Dropped after the register holds its new value (dropping may run code).
        drop(old);
    }
}

/// What a loop unit's exit writes back into its frame with one call:
/// [`jit_write_back_regs`] for the staged values in `values`, then, for each
/// register in `ranges`, the position staged as an `i64` at offset 8 of its
/// slot in `staged` into the range iterator that register holds (as
/// [`super::ranges::jit_range_sync`]).
///
/// # Safety
/// As for [`jit_write_back_regs`] with `values` as the mask; `ranges` must be
/// disjoint from it, its registers live `Value`s and its slots of `staged`
/// initialized at offset 8.
pub unsafe extern "C" fn jit_write_back_frame(regs: *mut Value, staged: *const Value, values: u64, ranges: u64) {
    // SAFETY: as the contract says.
    unsafe { jit_write_back_regs(regs, staged, values) };
    let mut m = ranges;
    while m != 0 {
        let r = m.trailing_zeros() as usize;
        m &= m - 1;
        // SAFETY: as the contract says; only the position word is read.
        unsafe {
            let next = std::ptr::read((staged.add(r) as *const u8).add(8) as *const i64);
            super::ranges::jit_range_sync(regs.add(r), next);
        }
    }
}

/// What the exit of a loop unit with promoted globals writes back with one
/// call: [`jit_write_back_frame`] with `regs`, `staged`, `values` and
/// `ranges`, then [`jit_write_back_regs`] of the staged globals in
/// `globals_mask` from `staged_globals` into `module`'s slots (found after the
/// frame's old values are dropped, which may run code that adds globals).
///
/// # Safety
/// As for [`jit_write_back_frame`], and for [`jit_write_back_regs`] with
/// `module`'s slots, `staged_globals` and `globals_mask`; `module` must be live.
pub unsafe extern "C" fn jit_write_back_frame_globals(regs: *mut Value, staged: *const Value, values: u64, ranges: u64, module: *const Module, staged_globals: *const Value, globals_mask: u64) {
    // SAFETY: as the contract says.
    unsafe {
        jit_write_back_frame(regs, staged, values, ranges);
        jit_write_back_regs((*module).slots_base.get() as *mut Value, staged_globals, globals_mask);
    }
}

/// Stores the int `hi:lo` (an `i128`) into `slot`: an `Int` if it fits 64 bits,
/// else an exact big int.
///
/// # Safety
/// As for [`jit_drop_slot`].
pub unsafe extern "C" fn jit_store_i128(slot: *mut Value, lo: u64, hi: u64) {
    let v = ((hi as u128) << 64 | lo as u128) as i128;
    let value = match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(v)),
    };
    // SAFETY: as for `jit_drop_slot`.
    unsafe { *slot = value };
}

/// The int `hi:lo` as a `RawValue` (an `Int`, or an owned big int).
pub extern "C" fn jit_box_i128(lo: u64, hi: u64) -> RawValue {
    let v = ((hi as u128) << 64 | lo as u128) as i128;
    match i64::try_from(v) {
        Ok(i) => RawValue::from_value(Value::Int(i)),
        Err(_) => RawValue::from_value(Value::from_bigint(BigInt::from(v))),
    }
}

/// Stores a clone of `*value` into `slot`.
///
/// # Safety
/// `slot` must point at a valid, initialized home slot (its old value is dropped)
/// and `value` at a live `Value`; they may be the same slot.
pub unsafe extern "C" fn jit_store_clone(slot: *mut Value, value: *const Value) {
    // SAFETY: both point at live values; a clone is taken before the store, so
    // `slot == value` is fine.
    unsafe {
        let v = (*value).clone();
        *slot = v;
    }
}

/// A new reference to `*value`, as a `RawValue`.
///
/// # Safety
/// `value` must point at a live `Value`.
pub unsafe extern "C" fn jit_clone_raw(value: *const Value) -> RawValue {
    // SAFETY: `value` points at a live value.
    RawValue::from_value(unsafe { (*value).clone() })
}

/// Stores the owned `RawValue` `tag`/`payload` into `slot`.
///
/// # Safety
/// `slot` as for [`jit_drop_slot`]; `tag`/`payload` must be an owned `RawValue` a
/// compiled function or helper returned, not yet rebuilt (its ownership moves into
/// the slot), never `RAISED` (see [`RawValue::into_value`]).
pub unsafe extern "C" fn jit_store_raw(slot: *mut Value, tag: u64, payload: u64) {
    // SAFETY: native code passes a value a compiled function or helper returned
    // (ownership moves into the slot), never `RAISED`.
    unsafe { *slot = RawValue { tag, payload }.into_value() };
}

/// Reads an int home as an `i128` into `out` (`[lo, hi]`); 0 if it is not an int
/// that fits 128 bits.
///
/// # Safety
/// `slot` must point at a live `Value`, and `out` be valid for writing two
/// `u64`s.
pub unsafe extern "C" fn jit_unbox_i128(slot: *const Value, out: *mut u64) -> u32 {
    // SAFETY: `slot` is a live value; `out` has room for two words.
    unsafe {
        let v: i128 = match &*slot {
            Value::Int(i) => *i as i128,
            Value::BigInt(b) => match b.to_i128() {
                Some(v) => v,
                None => return 0,
            },
            _ => return 0,
        };
        *out = v as u64;
        *out.add(1) = ((v as u128) >> 64) as u64;
    }
    1
}
