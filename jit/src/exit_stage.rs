//! Where a loop unit's exit leaves the scalars it writes back, for its caller
//! ([`crate::tier::Jit::run_loop`]) to store into the frame and the module after
//! the unit returns.
//!
//! Why: a loop unit's exit used to end with a call of
//! `slots::jit_write_back_frame`, and a call is the costliest thing to compile
//! in exit code (argument moves in fixed registers, every caller-saved register
//! clobbered for the register allocator). Exits are most of a loop unit's IR,
//! so the call was about a tenth of its compile time. Now the exit stores the
//! values and masks here with plain stores and returns; the write-back runs in
//! Rust, once, right after the unit returns, before anything else runs. That
//! also makes a shared stage safe when a loop unit is re-entered from code it
//! calls: an exit stages and returns without running anything in between.
//!
//! Function units keep the call in their exits: they resume the interpreter
//! from inside native code (`frames::jit_frame_resume`).

use pyjit_runtime::object::Module;
use pyjit_runtime::Value;
use std::cell::UnsafeCell;
use crate::runtime_calls::slots;
use std::mem::{offset_of, MaybeUninit};

/// How many frame registers and module slots a stage holds (the masks' width).
pub const STAGE_SLOTS: usize = 64;

/// The stage's layout; native code writes it at the offsets below. A frame
/// register or module slot is in at most one of its masks.
#[repr(C)]
struct Stage {
    /// Frame registers whose slot in `frame` holds a raw `Value` to store
    /// (bit `r`: register `r`).
    values: u64,
    /// Frame registers holding a range iterator whose position is staged as an
    /// `i64` at offset 8 of their slot in `frame`.
    ranges: u64,
    /// Frame registers whose slot in `frame` holds an int as an `i128`.
    wides: u64,
    /// Module slots whose slot in `globals` holds a raw `Value` to store.
    globals_values: u64,
    /// Module slots whose slot in `globals` holds an int as an `i128`.
    globals_wides: u64,
    /// The module the globals masks refer to.
    module: *const Module,
    /// What `acc` holds for a sum reduction's accumulator: [`ACC_NONE`],
    /// [`ACC_VALUE`] or [`ACC_WIDE`].
    acc_kind: u64,
    acc: MaybeUninit<Value>,
    frame: [MaybeUninit<Value>; STAGE_SLOTS],
    globals: [MaybeUninit<Value>; STAGE_SLOTS],
}

/// Values of the stage's `acc_kind`: nothing staged, a raw `Value`, an `i128`.
pub const ACC_NONE: i64 = 0;
pub const ACC_VALUE: i64 = 1;
pub const ACC_WIDE: i64 = 2;

/// Byte offsets in the stage of what an exit stores (from [`ExitStage::addr`]).
pub const VALUES_OFFSET: i32 = offset_of!(Stage, values) as i32;
pub const RANGES_OFFSET: i32 = offset_of!(Stage, ranges) as i32;
pub const WIDES_OFFSET: i32 = offset_of!(Stage, wides) as i32;
pub const GLOBALS_VALUES_OFFSET: i32 = offset_of!(Stage, globals_values) as i32;
pub const GLOBALS_WIDES_OFFSET: i32 = offset_of!(Stage, globals_wides) as i32;
pub const MODULE_OFFSET: i32 = offset_of!(Stage, module) as i32;
pub const ACC_KIND_OFFSET: i32 = offset_of!(Stage, acc_kind) as i32;
pub const ACC_OFFSET: i32 = offset_of!(Stage, acc) as i32;
/// Slot `r` of the frame registers' buffer is at `FRAME_OFFSET + 16 * r`.
pub const FRAME_OFFSET: i32 = offset_of!(Stage, frame) as i32;
/// Slot `s` of the module slots' buffer is at `GLOBALS_OFFSET + 16 * s`.
pub const GLOBALS_OFFSET: i32 = offset_of!(Stage, globals) as i32;

/// One per JIT (boxed, so its address, which compiled exits hold as a
/// constant, never changes).
pub struct ExitStage(Box<UnsafeCell<Stage>>);

impl ExitStage {
    /// An empty stage (all masks clear).
    pub fn new() -> ExitStage {
        ExitStage(Box::new(UnsafeCell::new(Stage {
            values: 0,
            ranges: 0,
            wides: 0,
            globals_values: 0,
            globals_wides: 0,
            module: std::ptr::null(),
            acc_kind: ACC_NONE as u64,
            acc: MaybeUninit::uninit(),
            frame: [const { MaybeUninit::uninit() }; STAGE_SLOTS],
            globals: [const { MaybeUninit::uninit() }; STAGE_SLOTS],
        })))
    }

    /// The stage's address, for exit code.
    pub fn addr(&self) -> usize {
        self.0.get() as usize
    }

    /// Stores what the last exit staged: into the frame registers `regs`
    /// (`slots::jit_write_back_frame`, then the wide ints), into the module's
    /// slots, and into the sum accumulator `acc`; then clears the masks. Does
    /// nothing when nothing was staged. Each store drops the value it replaces;
    /// dropping runs no Python code (an unreachable generator is only queued for
    /// finalization), so nothing can stage over these values meanwhile.
    ///
    /// # Safety
    /// Must run right after a loop unit returns, with the register file and
    /// accumulator it was entered with; the staged values are moved out (each
    /// exactly once).
    pub unsafe fn write_back(&self, regs: *mut Value, acc: *mut Value) {
        let stage = self.0.get();
        // SAFETY: nothing else holds a reference into the stage: native code
        // wrote it and has returned, and this runs before any other code. The
        // contract covers `regs`, `acc` and the module.
        unsafe {
            let s = &mut *stage;
            if s.values | s.ranges | s.wides | s.globals_values | s.globals_wides | s.acc_kind == 0 {
                return;
            }
            let (values, ranges, wides) = (std::mem::take(&mut s.values), std::mem::take(&mut s.ranges), std::mem::take(&mut s.wides));
            let (globals_values, globals_wides) = (std::mem::take(&mut s.globals_values), std::mem::take(&mut s.globals_wides));
            let acc_kind = std::mem::take(&mut s.acc_kind) as i64;
            let frame = s.frame.as_ptr() as *const Value;
            if values | ranges != 0 {
                slots::jit_write_back_frame(regs, frame, values, ranges);
            }
            store_wides(regs, frame, wides);
            if globals_values | globals_wides != 0 {
                // Found after the frame's old values are dropped, as the exit's
                // own call did (`slots::jit_write_back_frame_globals`).
                let module_slots = (*s.module).slots_base.get() as *mut Value;
                let globals = s.globals.as_ptr() as *const Value;
                slots::jit_write_back_regs(module_slots, globals, globals_values);
                store_wides(module_slots, globals, globals_wides);
            }
            match acc_kind {
                ACC_VALUE => drop(std::ptr::replace(acc, s.acc.assume_init_read())),
                ACC_WIDE => store_wide(acc, s.acc.as_ptr() as *const i128),
                _ => {}
            }
        }
    }
}

/// Stores the `i128` staged in each slot of `staged` in `mask` into the same
/// slot of `homes`, as an int (`slots::jit_store_i128`).
///
/// # Safety
/// As for [`ExitStage::write_back`]; both are large enough for `mask`.
unsafe fn store_wides(homes: *mut Value, staged: *const Value, mask: u64) {
    let mut m = mask;
    while m != 0 {
        let r = m.trailing_zeros() as usize;
        m &= m - 1;
        // SAFETY: as the contract says.
        unsafe { store_wide(homes.add(r), staged.add(r) as *const i128) };
    }
}

/// # Safety
/// `home` holds a live `Value`; `wide` is readable (alignment 8 is enough).
unsafe fn store_wide(home: *mut Value, wide: *const i128) {
    // SAFETY: as the contract says.
    let v = unsafe { std::ptr::read_unaligned(wide) } as u128;
    // SAFETY: `home` holds a live `Value`.
    unsafe { slots::jit_store_i128(home, v as u64, (v >> 64) as u64) };
}

impl Default for ExitStage {
    fn default() -> ExitStage {
        ExitStage::new()
    }
}
