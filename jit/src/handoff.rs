//! What a loop unit and its caller ([`crate::tier::Jit::run_loop`]) hand each
//! other through memory instead of runtime calls in native code: the range and
//! list iterators and the 128-bit ints the unit starts from, read before it
//! runs (with the types of the other values it starts from and what it
//! speculates about its ranges, checked there instead of by guards in its
//! entry), and the scalars and iterator positions its exit leaves to be
//! written back into the frame and the module after it returns.
//!
//! Why: a call is the costliest thing to compile in a loop unit (argument
//! moves in fixed registers, every caller-saved register clobbered for the
//! register allocator). A loop unit's entry used to call
//! `ranges::jit_range_state` (or `jit_list_iter_state`, or
//! `slots::jit_unbox_i128`) for each iterator (or 128-bit int) it starts
//! from, and each exit ended with a call of `slots::jit_write_back_frame`
//! (and one of `jit_list_iter_sync` per list iterator): a tenth to a fifth of
//! a small loop unit's compile time. Now the entry loads what the caller
//! read, and an exit stores its values here with plain stores and returns;
//! the caller writes them back, once, right after the unit returns, before
//! anything else runs. What an exit staged (which registers and slots, as
//! what) is fixed when it is compiled, so it is kept with the exit
//! ([`Staged`], in [`crate::unit::Exit`]) rather than stored by its code.
//! That also makes one area per JIT safe when a loop unit is re-entered from
//! code it calls: an exit stages and returns with nothing run in between,
//! and an entry's reads are loaded before the unit runs anything.
//!
//! Function units keep the calls in their exits: they resume the interpreter
//! from inside native code (`frames::jit_frame_resume`).

use crate::runtime_calls::{ranges, slots};
use pyjit_runtime::object::Module;
use pyjit_runtime::Value;
use std::cell::UnsafeCell;
use std::mem::{offset_of, MaybeUninit};

/// How many frame registers and module slots a stage holds (the masks' width).
pub const STAGE_SLOTS: usize = 64;

/// How many values a loop unit's entry can have read for it into entry slots
/// (any more, its entry reads them itself; tag checks take no slot).
pub const ENTRY_READS: usize = 4;

/// A value a loop unit's caller reads for its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryRead {
    pub home: EntryHome,
    pub kind: EntryKind,
    /// The exit the unit reports, without running, when the home holds
    /// something else.
    pub exit: u32,
}

/// Where an [`EntryRead`]'s value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryHome {
    /// A frame register.
    Reg(u32),
    /// A slot of the module at this address (a promoted global).
    Global { module: usize, slot: u32 },
    /// A sum reduction's accumulator.
    Acc,
}

/// What an [`EntryRead`] reads, and what it leaves in its entry slot (the
/// `k`-th read with a slot fills slot `k`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// A range iterator: `[next, stop, step]` (`ranges::jit_range_state`).
    /// What the unit speculates about it is checked too, each with the exit
    /// reported when it does not hold: `step`, the step it was compiled for
    /// ([`crate::unit::RANGE_STEP_MISMATCH`]); `small`, that its position is
    /// at least 0 and its stop at most [`crate::unit::SMALL_RANGE_END`]
    /// ([`crate::unit::RANGE_BOUND_MISMATCH`]).
    Range { step: Option<(i64, u32)>, small: Option<u32> },
    /// A list iterator: `[list address, index]` (`ranges::jit_list_iter_state`).
    List,
    /// An int within 128 bits: `[low, high]` words (`slots::jit_unbox_i128`).
    Wide,
    /// A value with this tag (`pyjit_runtime::value::tags`): only checked,
    /// in no slot (the unit loads the payload from its home).
    Tag(u8),
}

impl EntryKind {
    /// Whether the read fills an entry slot.
    pub fn has_slot(self) -> bool {
        !matches!(self, EntryKind::Tag(_))
    }
}

/// The layout; native code reads and writes it at the offsets below.
#[repr(C)]
struct Stage {
    /// What the unit starts from (see [`EntryRead`]), in the order of
    /// [`crate::unit::LoopUnit::entry_reads`].
    entry_reads: [[i64; 3]; ENTRY_READS],
    /// A sum reduction's staged accumulator (see [`Staged::acc_kind`]).
    acc: MaybeUninit<Value>,
    /// Frame registers' values, one 16-byte slot per register (see [`Staged`]).
    frame: [MaybeUninit<Value>; STAGE_SLOTS],
    /// Module slots' values, one 16-byte slot per module slot.
    globals: [MaybeUninit<Value>; STAGE_SLOTS],
}

/// What a loop unit's exit leaves in the stage for its caller to write back.
/// A frame register or module slot is in at most one mask.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Staged {
    /// Frame registers whose slot in the stage's `frame` holds a raw `Value`
    /// to store (bit `r`: register `r`).
    pub values: u64,
    /// Frame registers holding a range iterator whose position is staged as
    /// an `i64` at offset 8 of their slot.
    pub ranges: u64,
    /// Frame registers whose slot holds an int as an `i128`.
    pub wides: u64,
    /// Frame registers holding a list iterator whose index is staged as an
    /// `i64` at offset 8 of their slot.
    pub lists: u64,
    /// Module slots whose slot in the stage's `globals` holds a raw `Value`.
    pub globals_values: u64,
    /// Module slots whose slot holds an int as an `i128`.
    pub globals_wides: u64,
    /// The module (a `*const Module`) the globals masks refer to.
    pub module: usize,
    /// What the stage's `acc` holds for a sum reduction's accumulator:
    /// [`ACC_NONE`], [`ACC_VALUE`] or [`ACC_WIDE`].
    pub acc_kind: i64,
}

/// Values of [`Staged::acc_kind`]: nothing staged, a raw `Value`, an `i128`.
pub const ACC_NONE: i64 = 0;
pub const ACC_VALUE: i64 = 1;
pub const ACC_WIDE: i64 = 2;

/// Byte offset of the `k`-th entry read's slot: `ENTRY_READS_OFFSET + 24 * k`
/// (from [`Handoff::addr`]).
pub const ENTRY_READS_OFFSET: i32 = offset_of!(Stage, entry_reads) as i32;

/// Byte offsets of what an exit stores (from [`Handoff::addr`]): the
/// accumulator, and the two buffers.
pub const ACC_OFFSET: i32 = offset_of!(Stage, acc) as i32;
/// Slot `r` of the frame registers' buffer is at `FRAME_OFFSET + 16 * r`.
pub const FRAME_OFFSET: i32 = offset_of!(Stage, frame) as i32;
/// Slot `s` of the module slots' buffer is at `GLOBALS_OFFSET + 16 * s`.
pub const GLOBALS_OFFSET: i32 = offset_of!(Stage, globals) as i32;

/// One per JIT (boxed, so its address, which compiled units hold as a
/// constant, never changes).
pub struct Handoff(Box<UnsafeCell<Stage>>);

impl Handoff {
    /// An empty handoff (nothing staged).
    pub fn new() -> Handoff {
        Handoff(Box::new(UnsafeCell::new(Stage {
            entry_reads: [[0; 3]; ENTRY_READS],
            acc: MaybeUninit::uninit(),
            frame: [const { MaybeUninit::uninit() }; STAGE_SLOTS],
            globals: [const { MaybeUninit::uninit() }; STAGE_SLOTS],
        })))
    }

    /// The address native code reads and writes.
    pub fn addr(&self) -> usize {
        self.0.get() as usize
    }

    /// Reads and checks `reads` (at most [`ENTRY_READS`] of them with a slot)
    /// for a loop unit's entry, in order, from the register file `regs`,
    /// module slots and the accumulator `acc`; `Err` with the exit to report
    /// for the first that no longer holds what the unit was compiled for (a
    /// type, a range's step or bounds), and the unit must not run.
    ///
    /// # Safety
    /// Each home of `reads` must hold a live `Value`: a register of `regs`, a
    /// slot of a live module, or `acc`.
    pub unsafe fn read_entry(&self, regs: *const Value, acc: *const Value, reads: &[EntryRead]) -> Result<(), u32> {
        let stage = self.0.get();
        let mut k = 0;
        for r in reads {
            // SAFETY: as the contract says.
            let home = unsafe {
                match r.home {
                    EntryHome::Reg(reg) => regs.add(reg as usize),
                    EntryHome::Global { module, slot } => ((*(module as *const Module)).slots_base.get() as *const Value).add(slot as usize),
                    EntryHome::Acc => acc,
                }
            };
            // The translator hands out at most `ENTRY_READS` slots.
            let out = if r.kind.has_slot() && k < ENTRY_READS {
                // SAFETY: `k` is within the entry area.
                unsafe { std::ptr::addr_of_mut!((*stage).entry_reads[k]) }
            } else {
                std::ptr::null_mut()
            };
            // SAFETY: `home` holds a `Value`, whose tag is its first byte
            // (`#[repr(u8)]`); the helpers read a `Value` and fill a slot.
            let found = unsafe {
                match r.kind {
                    EntryKind::Tag(tag) => (*(home as *const u8) == tag) as u32,
                    _ if out.is_null() => 0,
                    EntryKind::Range { .. } => ranges::jit_range_state(home, out as *mut i64),
                    EntryKind::List => ranges::jit_list_iter_state(home, out as *mut u64),
                    EntryKind::Wide => slots::jit_unbox_i128(home, out as *mut u64),
                }
            };
            if found == 0 {
                return Err(r.exit);
            }
            if let EntryKind::Range { step, small } = r.kind {
                // SAFETY: `jit_range_state` filled the slot.
                let [next, stop, found_step] = unsafe { *out };
                if let Some((want, exit)) = step {
                    if found_step != want {
                        return Err(exit);
                    }
                }
                if let Some(exit) = small {
                    if next < 0 || stop > crate::unit::SMALL_RANGE_END {
                        return Err(exit);
                    }
                }
            }
            k += r.kind.has_slot() as usize;
        }
        Ok(())
    }

    /// Stores what the exit the unit just left through staged (`staged`, kept
    /// with that exit): into the frame registers `regs`
    /// (`slots::jit_write_back_frame`, the wide ints, the list iterators'
    /// indexes), into the module's slots, and into the sum accumulator `acc`.
    /// Does nothing when nothing was staged. Each store drops the value it
    /// replaces; dropping runs no Python code (an unreachable generator is
    /// only queued for finalization), so nothing can stage over these values
    /// meanwhile.
    ///
    /// # Safety
    /// Must run right after a loop unit returns, with the register file and
    /// accumulator it was entered with and the [`Staged`] of the exit it
    /// returned; the staged values are moved out (each exactly once).
    pub unsafe fn write_back(&self, regs: *mut Value, acc: *mut Value, staged: &Staged) {
        let Staged { values, ranges, wides, lists, globals_values, globals_wides, module, acc_kind } = *staged;
        if values | ranges | wides | lists | globals_values | globals_wides | acc_kind as u64 == 0 {
            return;
        }
        let stage = self.0.get();
        // SAFETY: nothing else holds a reference into the stage: native code
        // wrote it and has returned, and this runs before any other code. The
        // contract covers `regs`, `acc` and the module.
        unsafe {
            let s = &mut *stage;
            let frame = s.frame.as_ptr() as *const Value;
            if values | ranges != 0 {
                slots::jit_write_back_frame(regs, frame, values, ranges);
            }
            store_wides(regs, frame, wides);
            let mut m = lists;
            while m != 0 {
                let r = m.trailing_zeros() as usize;
                m &= m - 1;
                let index = std::ptr::read((frame.add(r) as *const u64).add(1));
                ranges::jit_list_iter_sync(regs.add(r), index);
            }
            if globals_values | globals_wides != 0 {
                // Found after the frame's old values are dropped, as the exit's
                // own call did (`slots::jit_write_back_frame_globals`).
                let module_slots = (*(module as *const Module)).slots_base.get() as *mut Value;
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
/// As for [`Handoff::write_back`]; both are large enough for `mask`.
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

impl Default for Handoff {
    fn default() -> Handoff {
        Handoff::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyjit_runtime::object::{IterState, PyIterator};
    use std::rc::Rc;
    use pyjit_runtime::value::tags;

    fn iterator(state: IterState) -> Value {
        Value::Iterator(Rc::new(PyIterator::new(state, "iterator")))
    }

    /// An int or float value as text.
    fn show(v: &Value) -> String {
        match v {
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => format!("{f:?}"),
            _ => "another value".into(),
        }
    }

    /// A range iterator's `(next, stop, step)`, or a list iterator's index.
    fn position(v: &Value) -> (i64, i64, i64) {
        let Value::Iterator(it) = v else { panic!("not an iterator") };
        match &*it.state.borrow() {
            IterState::Range { next, stop, step } => (*next, *stop, *step),
            IterState::List { index, .. } => (*index as i64, 0, 0),
            _ => panic!("another iterator"),
        }
    }

    /// Writes `x` at byte `offset` of the handoff, as native code does.
    fn poke<T>(h: &Handoff, offset: i32, x: T) {
        // SAFETY: the offsets come from the layout's constants.
        unsafe { std::ptr::write_unaligned((h.addr() as *mut u8).add(offset as usize) as *mut T, x) };
    }

    #[test]
    fn an_exit_stage_is_written_back_as_its_exit_says() {
        let h = Handoff::new();
        let list = Value::list(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        let mut regs = vec![
            Value::from_bigint(num_bigint::BigInt::from(1) << 80u32),
            Value::Int(0),
            iterator(IterState::Range { next: 0, stop: 10, step: 1 }),
            iterator(IterState::List { list: list.clone(), index: 0 }),
            Value::Int(9),
        ];
        let mut acc = Value::Int(0);
        let slot = |r: i32| FRAME_OFFSET + 16 * r;
        // Register 0 (a big int, dropped): the int 5; register 1: 2**100;
        // register 2's range at 7; register 3's list at index 2; register 4
        // untouched; the accumulator: -(2**70).
        poke(&h, slot(0), Value::Int(5));
        poke(&h, slot(1), 1i128 << 100);
        poke(&h, slot(2) + 8, 7i64);
        poke(&h, slot(3) + 8, 2u64);
        poke(&h, ACC_OFFSET, -(1i128 << 70));
        let staged = Staged { values: 1, wides: 2, ranges: 4, lists: 8, acc_kind: ACC_WIDE, ..Staged::default() };
        // SAFETY: `regs` and `acc` hold values; the stage holds what `staged` says.
        unsafe { h.write_back(regs.as_mut_ptr(), &mut acc, &staged) };
        assert_eq!(show(&regs[0]), "5");
        assert_eq!(show(&regs[1]), (1u128 << 100).to_string());
        assert_eq!(position(&regs[2]), (7, 10, 1));
        assert_eq!(position(&regs[3]), (2, 0, 0));
        assert_eq!(show(&regs[4]), "9");
        assert_eq!(show(&acc), (-(1i128 << 70)).to_string());
        // After an exit that staged nothing, the write-back changes nothing
        // (and moves nothing out of the stage a second time).
        regs[0] = Value::Int(6);
        // SAFETY: as above; nothing is staged.
        unsafe { h.write_back(regs.as_mut_ptr(), &mut acc, &Staged::default()) };
        assert_eq!(show(&regs[0]), "6");
        // A staged raw accumulator value replaces the old one.
        poke(&h, ACC_OFFSET, Value::Float(2.5));
        // SAFETY: as above.
        unsafe { h.write_back(regs.as_mut_ptr(), &mut acc, &Staged { acc_kind: ACC_VALUE, ..Staged::default() }) };
        assert_eq!(show(&acc), "2.5");
    }

    #[test]
    fn entry_values_are_read_or_refused() {
        let h = Handoff::new();
        let list = Value::list(vec![Value::Int(1), Value::Int(2)]);
        let Value::List(l) = &list else { unreachable!() };
        let list_addr = Rc::as_ptr(l) as i64;
        let regs = vec![Value::Int(-1), iterator(IterState::Range { next: 3, stop: 30, step: 3 }), iterator(IterState::List { list: list.clone(), index: 1 })];
        let acc = Value::from_bigint(num_bigint::BigInt::from(3) << 64u32);
        let read = |home, kind, exit| EntryRead { home, kind, exit };
        let range = read(EntryHome::Reg(1), EntryKind::Range { step: Some((3, 11)), small: Some(12) }, 4);
        let listed = read(EntryHome::Reg(2), EntryKind::List, 5);
        let wide = read(EntryHome::Reg(0), EntryKind::Wide, 6);
        let sum = read(EntryHome::Acc, EntryKind::Wide, 7);
        // SAFETY: `regs` holds a value at every register named, `acc` one.
        unsafe {
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &[range, listed, wide, sum]), Ok(()));
            let area = (h.addr() as *const u8).add(ENTRY_READS_OFFSET as usize) as *const [i64; 3];
            let read = |k| *area.add(k);
            assert_eq!(read(0), [3, 30, 3]);
            assert_eq!(read(1)[..2], [list_addr, 1]);
            assert_eq!(read(2)[..2], [-1, -1]);
            assert_eq!(read(3)[..2], [0, 3]);
            // The wrong kind of iterator, no iterator, no int: the unit's exit.
            let any_range = EntryKind::Range { step: None, small: None };
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &[read_as(2, any_range, 8)]), Err(8));
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &[range, read_as(0, EntryKind::List, 9)]), Err(9));
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &[read_as(1, EntryKind::Wide, 10)]), Err(10));
            // A range with another step, or not within `0..SMALL_RANGE_END`:
            // the exit of that speculation.
            let step_two = EntryKind::Range { step: Some((2, 13)), small: Some(14) };
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &[read_as(1, step_two, 15)]), Err(13));
            let large = vec![iterator(IterState::Range { next: -3, stop: 30, step: 3 }), iterator(IterState::Range { next: 0, stop: (1 << 31) + 1, step: 3 })];
            assert_eq!(h.read_entry(large.as_ptr(), &acc, &[read_as(0, range.kind, 16)]), Err(12));
            assert_eq!(h.read_entry(large.as_ptr(), &acc, &[read_as(1, range.kind, 16)]), Err(12));
            assert_eq!(h.read_entry(large.as_ptr(), &acc, &[read_as(1, any_range, 16)]), Ok(()));
        }
    }

    #[test]
    fn tag_checks_take_no_entry_slot() {
        let h = Handoff::new();
        let regs = vec![Value::Int(7), Value::Float(0.5), Value::Bool(true), iterator(IterState::Range { next: 1, stop: 9, step: 1 })];
        let acc = Value::None;
        let range = EntryKind::Range { step: None, small: None };
        let tags = [read_as(0, EntryKind::Tag(tags::INT), 1), read_as(1, EntryKind::Tag(tags::FLOAT), 2), read_as(2, EntryKind::Tag(tags::BOOL), 3)];
        // SAFETY: `regs` holds a value at every register named, `acc` one.
        unsafe {
            // Four slot reads after three checks: the last range fills slot 3.
            let mut reads = tags.to_vec();
            reads.extend((4..8).map(|exit| read_as(3, range, exit)));
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &reads), Ok(()));
            let area = (h.addr() as *const u8).add(ENTRY_READS_OFFSET as usize) as *const [i64; 3];
            assert_eq!(*area.add(3), [1, 9, 1]);
            // A value of another type: that check's exit, whichever comes first.
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &[read_as(1, EntryKind::Tag(tags::INT), 9), tags[0]]), Err(9));
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &[tags[0], read_as(0, EntryKind::Tag(tags::BOOL), 10)]), Err(10));
            // More slot reads than the area holds are refused, never read.
            reads.push(read_as(3, range, 11));
            assert_eq!(h.read_entry(regs.as_ptr(), &acc, &reads), Err(11));
        }
    }

    fn read_as(reg: u32, kind: EntryKind, exit: u32) -> EntryRead {
        EntryRead { home: EntryHome::Reg(reg), kind, exit }
    }
}
