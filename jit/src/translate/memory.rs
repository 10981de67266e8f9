//! Values between native variables and their homes: reading registers with type
//! guards, writing native values back (dropping whatever heap object the home held),
//! and reading operands in the representation an operation wants.

use super::{Tx, VarKind};
use crate::decide::{rep_of, UnitKind};
use crate::rep::{Rep, State, ANY};
use crate::runtime_calls::{ranges, slots};
use crate::handoff::{EntryHome, EntryKind, EntryRead};
use crate::unit::{Exit, ExitKind};
use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder};
use pyjit_compiler::bytecode::{Constant, Pc, Reg};
use pyjit_runtime::value::tags;

/// Why an entry or a guard refuses a value expected as a 128-bit int.
const WIDE_MISMATCH: &str = "not an int within 128 bits";

impl Tx<'_, '_> {
    /// The address of `v`'s home: its frame register, a promoted global's module
    /// slot, or the reduction accumulator.
    pub fn home(&mut self, v: u32) -> ir::Value {
        match self.home_of(v) {
            EntryHome::Reg(r) => self.b.ins().iadd_imm_s(self.regs, 16 * r as i64),
            EntryHome::Global { module, slot } => self.module_slot(module as i64, slot),
            EntryHome::Acc => self.acc,
        }
    }

    /// Where `v`'s home is: a frame register, a promoted global's slot of the
    /// unit's module, or the reduction accumulator.
    fn home_of(&self, v: u32) -> EntryHome {
        let base = self.unit.raw.const_base;
        if v < base {
            return EntryHome::Reg(v);
        }
        match self.unit.promoted.get((v - base) as usize) {
            Some(p) => EntryHome::Global { module: std::rc::Rc::as_ptr(&self.unit.globals) as usize, slot: p.slot },
            None => EntryHome::Acc,
        }
    }

    /// The home of an operand register (constant registers live in the frame).
    pub fn operand_home(&mut self, r: Reg) -> ir::Value {
        if r >= self.unit.raw.const_base {
            return self.b.ins().iadd_imm_s(self.regs, 16 * r as i64);
        }
        self.home(r)
    }

    pub fn load_tag(&mut self, addr: ir::Value) -> ir::Value {
        self.b.ins().uload8(types::I32, self.mf, addr, 0)
    }

    pub fn store_tag(&mut self, addr: ir::Value, tag: u8) {
        let t = self.b.ins().iconst(types::I8, tag as i64);
        self.b.ins().store(self.mf, t, addr, 0);
    }

    fn tag_is(&mut self, addr: ir::Value, tag: u8) -> ir::Value {
        let t = self.load_tag(addr);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, tag as i64)
    }

    /// Drops a heap value in the home at `addr` so a scalar can be stored over it.
    pub fn drop_if_heap(&mut self, addr: ir::Value) {
        let t = self.load_tag(addr);
        let heap = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, t, tags::MAX_SCALAR as i64);
        let drop_b = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, drop_b, &[], done, &[]);
        self.b.switch_to_block(drop_b);
        self.call_helper(slots::jit_drop_slot as *const () as usize, &[addr], &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Writes the native value of `v` (in `rep`) into its home.
    pub fn write_home(&mut self, v: u32, rep: Rep) {
        let addr = self.home(v);
        self.write_value(addr, v, rep, true);
    }

    /// Writes into a fresh buffer slot (no previous value to drop).
    pub fn store_native_unchecked(&mut self, addr: ir::Value, v: u32, rep: Rep) {
        if rep == Rep::Wide {
            self.store_tag(addr, tags::UNDEFINED);
        }
        self.write_value(addr, v, rep, false);
    }

    fn write_value(&mut self, addr: ir::Value, v: u32, rep: Rep, check_old: bool) {
        match rep {
            Rep::Int | Rep::Float | Rep::Bool => {
                if check_old {
                    self.drop_if_heap(addr);
                }
                let (tag, payload) = self.raw_scalar(v, rep);
                self.store_tag(addr, tag);
                if rep == Rep::Bool {
                    let b = self.b.ins().ireduce(types::I8, payload);
                    self.b.ins().store(self.mf, b, addr, tags::BOOL_OFFSET);
                } else {
                    self.b.ins().store(self.mf, payload, addr, tags::PAYLOAD_OFFSET);
                }
            }
            Rep::Wide => {
                let w = self.use_v(v, VarKind::Wide);
                let (lo, hi) = self.b.ins().isplit(w);
                self.call_helper(slots::jit_store_i128 as *const () as usize, &[addr, lo, hi], &[]);
            }
            Rep::Const(id) => {
                let c = self.const_addr(id);
                self.call_helper(slots::jit_store_clone as *const () as usize, &[addr, c], &[]);
            }
            Rep::RangeIter if self.virtual_iters.contains(&v) => {
                // The object is made here, from the native state.
                debug_assert!(check_old, "a range iterator's object replaces a live value");
                let n = self.use_v(v, VarKind::RangeNext);
                let stop = self.use_v(v, VarKind::RangeStop);
                let step = self.use_v(v, VarKind::RangeStep);
                self.call_helper(ranges::jit_range_new as *const () as usize, &[addr, n, stop, step], &[types::I32]);
            }
            Rep::RangeIter => {
                let n = self.use_v(v, VarKind::RangeNext);
                self.call_helper(ranges::jit_range_sync as *const () as usize, &[addr, n], &[]);
            }
            Rep::ListIter => {
                let i = self.use_v(v, VarKind::ListIdx);
                self.call_helper(ranges::jit_list_iter_sync as *const () as usize, &[addr, i], &[]);
            }
            Rep::Boxed(_) => {}
        }
    }

    /// `(tag, payload)` of a native scalar as `i64`s.
    pub fn raw_scalar(&mut self, v: u32, rep: Rep) -> (u8, ir::Value) {
        match rep {
            Rep::Int => (tags::INT, self.use_v(v, VarKind::I64)),
            Rep::Float => {
                let f = self.use_v(v, VarKind::F64);
                (tags::FLOAT, self.b.ins().bitcast(types::I64, self.mf_plain, f))
            }
            _ => {
                let b = self.use_v(v, VarKind::Bool);
                (tags::BOOL, self.b.ins().uextend(types::I64, b))
            }
        }
    }

    /// Stores a raw `(tag, payload)` (owned) into a fresh buffer slot.
    pub fn store_raw_unowned(&mut self, addr: ir::Value, tag: ir::Value, payload: ir::Value) {
        let t = self.b.ins().ireduce(types::I8, tag);
        self.b.ins().store(self.mf, t, addr, 0);
        let b = self.b.ins().ireduce(types::I8, payload);
        self.b.ins().store(self.mf, b, addr, tags::BOOL_OFFSET);
        self.b.ins().store(self.mf, payload, addr, tags::PAYLOAD_OFFSET);
    }

    /// The address of constant `id` (a `Value` owned by the unit).
    pub fn const_addr(&mut self, id: u32) -> ir::Value {
        let p = &self.consts[id as usize] as *const pyjit_runtime::Value as i64;
        self.iconst(p)
    }

    /// The object pointer (payload) of constant `id`.
    pub fn const_payload(&self, id: u32) -> (u8, i64) {
        let raw = crate::runtime_calls::RawValue::from_value(self.consts[id as usize].clone());
        // SAFETY: `raw` was made from a value just above.
        drop(unsafe { raw.into_value() });
        (raw.tag as u8, raw.payload as i64)
    }

    /// Loads the value at `addr` (a boxed home) into the native variables of `v` as
    /// `rep`, guarding its type; a failed guard leaves through `kind` at `pc` in
    /// `state`.
    pub fn load_guarded(&mut self, addr: ir::Value, v: u32, rep: Rep, pc: Pc, kind: ExitKind, state: &State) {
        match rep {
            Rep::Int => {
                if !self.checked_by_caller(v, tags::INT, "not an int", pc, state) {
                    let ok = self.tag_is(addr, tags::INT);
                    self.guard_kind(ok, pc, kind, "not an int", state);
                }
                let x = self.b.ins().load(types::I64, self.mf, addr, tags::PAYLOAD_OFFSET);
                let var = self.var(v, VarKind::I64);
                self.b.def_var(var, x);
            }
            Rep::Float => {
                if !self.checked_by_caller(v, tags::FLOAT, "not a float", pc, state) {
                    let ok = self.tag_is(addr, tags::FLOAT);
                    self.guard_kind(ok, pc, kind, "not a float", state);
                }
                let x = self.b.ins().load(types::F64, self.mf, addr, tags::PAYLOAD_OFFSET);
                let var = self.var(v, VarKind::F64);
                self.b.def_var(var, x);
            }
            Rep::Bool => {
                if !self.checked_by_caller(v, tags::BOOL, "not a bool", pc, state) {
                    let ok = self.tag_is(addr, tags::BOOL);
                    self.guard_kind(ok, pc, kind, "not a bool", state);
                }
                let x = self.b.ins().load(types::I8, self.mf, addr, tags::BOOL_OFFSET);
                let var = self.var(v, VarKind::Bool);
                self.b.def_var(var, x);
            }
            Rep::Wide => {
                let [lo, hi] = match self.read_by_caller(v, EntryKind::Wide, pc, state) {
                    Some(at) => [0, 8].map(|off| self.b.ins().load(types::I64, self.mf, at, off)),
                    None => {
                        let out = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 16, 4));
                        let oa = self.b.ins().stack_addr(types::I64, out, 0);
                        let ok = self.call_helper(slots::jit_unbox_i128 as *const () as usize, &[addr, oa], &[types::I32])[0];
                        self.guard_kind(ok, pc, kind, WIDE_MISMATCH, state);
                        [0, 8].map(|at| self.b.ins().stack_load(types::I64, types::I64, out, at))
                    }
                };
                let w = self.b.ins().iconcat(lo, hi);
                let var = self.var(v, VarKind::Wide);
                self.b.def_var(var, w);
            }
            Rep::Boxed(Some(tag)) => {
                if !self.checked_by_caller(v, tag, "unexpected type", pc, state) {
                    let ok = self.tag_is(addr, tag);
                    self.guard_kind(ok, pc, kind, "unexpected type", state);
                }
            }
            Rep::Boxed(None) => {}
            Rep::Const(id) => {
                let (ctag, cpay) = self.const_payload(id);
                let t = self.tag_is(addr, ctag);
                let p = self.b.ins().load(types::I64, self.mf, addr, tags::PAYLOAD_OFFSET);
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, p, cpay);
                let ok = self.b.ins().band(t, same);
                self.guard_kind(ok, pc, kind, "a different object", state);
            }
            Rep::ListIter => {
                let loaded = match self.read_by_caller(v, EntryKind::List, pc, state) {
                    Some(at) => [0, 8].map(|off| self.b.ins().load(types::I64, self.mf, at, off)),
                    None => {
                        let out = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 16, 4));
                        let oa = self.b.ins().stack_addr(types::I64, out, 0);
                        let ok = self.call_helper(ranges::jit_list_iter_state as *const () as usize, &[addr, oa], &[types::I32])[0];
                        self.guard_kind(ok, pc, kind, "not a list iterator", state);
                        [0, 8].map(|at| self.b.ins().stack_load(types::I64, types::I64, out, at))
                    }
                };
                for (x, k) in loaded.into_iter().zip([VarKind::ListObj, VarKind::ListIdx]) {
                    let var = self.var(v, k);
                    self.b.def_var(var, x);
                }
            }
            Rep::RangeIter => {
                // The caller also checks what the unit speculates about it.
                let step = self.range_steps.get(&v).copied();
                let small = self.small_ranges.contains(&v);
                let by_caller = self.free_entry_slot().is_some().then(|| EntryKind::Range {
                    step: step.map(|c| (c, self.entry_exit(pc, crate::unit::RANGE_STEP_MISMATCH, state))),
                    small: small.then(|| self.entry_exit(pc, crate::unit::RANGE_BOUND_MISMATCH, state)),
                });
                let checked = by_caller.is_some();
                let loaded = match by_caller.and_then(|k| self.read_by_caller(v, k, pc, state)) {
                    Some(at) => [0, 8, 16].map(|off| self.b.ins().load(types::I64, self.mf, at, off)),
                    None => {
                        let out = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 24, 4));
                        let oa = self.b.ins().stack_addr(types::I64, out, 0);
                        let ok = self.call_helper(ranges::jit_range_state as *const () as usize, &[addr, oa], &[types::I32])[0];
                        self.guard_kind(ok, pc, kind, "not a range iterator", state);
                        [0, 8, 16].map(|at| self.b.ins().stack_load(types::I64, types::I64, out, at))
                    }
                };
                for (x, k) in loaded.into_iter().zip([VarKind::RangeNext, VarKind::RangeStop, VarKind::RangeStep]) {
                    if k == VarKind::RangeNext {
                        self.def_range_position(v, x);
                    } else {
                        let var = self.var(v, k);
                        self.b.def_var(var, x);
                    }
                }
                self.start_range_chunk(v);
                // A step known at compile time is speculated: every load checks it
                // (at a loop unit's entry, its caller does), so every definition
                // of the step agrees with `range_steps`.
                if let Some(c) = step {
                    if !checked {
                        let step = self.use_v(v, VarKind::RangeStep);
                        let same = self.b.ins().icmp_imm_s(IntCC::Equal, step, c);
                        self.guard_kind(same, pc, kind, crate::unit::RANGE_STEP_MISMATCH, state);
                    }
                    let k = self.iconst(c);
                    let var = self.var(v, VarKind::RangeStep);
                    self.b.def_var(var, k);
                }
                // So is its being small: every load (or the caller) checks it too.
                if small && !checked {
                    let [next, stop, _] = loaded;
                    let from_zero = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, next, 0);
                    let below = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, stop, crate::unit::SMALL_RANGE_END);
                    self.guard_all(&[from_zero, below], pc, kind, crate::unit::RANGE_BOUND_MISMATCH, state);
                }
            }
        }
    }

    /// Guards and unboxes the boxed operand `r` to `rep` before the instruction at
    /// `pc` (a failure deoptimizes to `pc`).
    pub fn unbox(&mut self, r: Reg, rep: Rep, pc: Pc, _before: &State) -> Result<(), String> {
        let addr = self.home(r);
        let st = self.state.clone();
        self.load_guarded(addr, r, rep, pc, ExitKind::Deopt, &st);
        self.state[r as usize] = rep;
        Ok(())
    }

    /// Loads the live registers of the entry state from their homes (loop units).
    pub fn load_entry(&mut self, entry_pc: Pc, state: &State) -> Result<(), String> {
        let nothing = vec![ANY; state.len()];
        // The caller reads a loop unit's iterators and wide ints, and checks
        // the types of the values it starts from (see `handoff`).
        let entered_by_run_loop = !matches!(self.unit.kind, UnitKind::Function { .. });
        self.entry_reads = entered_by_run_loop.then(Vec::new);
        for v in 0..state.len() as u32 {
            let rep = state[v as usize];
            if rep == ANY {
                continue;
            }
            let addr = self.home(v);
            self.load_guarded(addr, v, rep, entry_pc, ExitKind::EntryMismatch, &nothing);
        }
        if let UnitKind::SumReduction { .. } = self.unit.kind {
            if self.unit.acc.is_none() {
                return Err("reduction without accumulator".into());
            }
        }
        self.entry_reads_done = true;
        self.hoisted_guards(entry_pc);
        self.state = state.clone();
        Ok(())
    }

    /// Where the caller left what `kind` reads of `v`'s home (a range or list
    /// iterator's state, an int's 128 bits) for the entry of a loop unit (see
    /// `crate::handoff`), while [`Tx::load_entry`] loads the entry state and
    /// the area has room; `None` elsewhere (the code reads the home itself).
    /// A home the caller finds holding something else leaves through an exit
    /// to `entry_pc` made here, before the unit runs.
    fn read_by_caller(&mut self, v: u32, kind: EntryKind, entry_pc: Pc, state: &State) -> Option<ir::Value> {
        let k = self.free_entry_slot()?;
        let reason = match kind {
            EntryKind::Range { .. } => "not a range iterator",
            EntryKind::List => "not a list iterator",
            EntryKind::Wide => WIDE_MISMATCH,
            EntryKind::Tag(_) => "unexpected type",
        };
        let exit = self.entry_exit(entry_pc, reason, state);
        let home = self.home_of(v);
        self.entry_reads.as_mut()?.push(EntryRead { home, kind, exit });
        Some(self.iconst(self.opts.handoff as i64 + crate::handoff::ENTRY_READS_OFFSET as i64 + 24 * k as i64))
    }

    /// Whether the caller checks for the entry of a loop unit now: while
    /// [`Tx::load_entry`] runs for one.
    fn caller_checks(&self) -> bool {
        self.entry_reads.is_some() && !self.entry_reads_done
    }

    /// The entry slot the caller's next read fills (see [`Tx::read_by_caller`]),
    /// if it checks now and the area has one left.
    fn free_entry_slot(&self) -> Option<usize> {
        let reads = self.entry_reads.as_ref().filter(|_| !self.entry_reads_done)?;
        Some(reads.iter().filter(|r| r.kind.has_slot()).count()).filter(|&k| k < crate::handoff::ENTRY_READS)
    }

    /// Whether the caller checks that `v`'s home holds a value with `tag` for
    /// the entry of a loop unit (reporting an exit to `entry_pc` for
    /// `reason` otherwise), so the unit's entry need not (see
    /// [`Tx::read_by_caller`]).
    fn checked_by_caller(&mut self, v: u32, tag: u8, reason: &'static str, entry_pc: Pc, state: &State) -> bool {
        if !self.caller_checks() {
            return false;
        }
        let exit = self.entry_exit(entry_pc, reason, state);
        let home = self.home_of(v);
        if let Some(reads) = self.entry_reads.as_mut() {
            reads.push(EntryRead { home, kind: EntryKind::Tag(tag), exit });
        }
        true
    }

    /// A new exit reported by a loop unit's caller, without running the unit,
    /// when an entry check fails.
    fn entry_exit(&mut self, entry_pc: Pc, reason: &'static str, state: &State) -> u32 {
        let consts = self.const_regs(state);
        self.exits.push(Exit { pc: entry_pc, kind: ExitKind::EntryMismatch, reason, consts, staged: Default::default() });
        self.exits.len() as u32 - 1
    }

    /// In a closed unit nothing it runs can rebind a global, a built-in or a module
    /// attribute: the bindings it relies on are checked once, at its entry (a
    /// failure leaves before anything ran, to `entry_pc`). For the same reason
    /// a closed unit calling itself knows they still hold: it passes the flag
    /// [`Tx::entry_checked`] reads, and the callee branches around its guards.
    pub fn hoisted_guards(&mut self, entry_pc: Pc) {
        if self.unit.closed.get() {
            let mut guarded = None;
            if let Some(checked) = self.entry_checked {
                let (after, guards) = (self.b.create_block(), self.b.create_block());
                // Listed with the guards: inlined copies skip the region too.
                let bypass = self.b.ins().brif(checked, after, &[], guards, &[]);
                self.entry_guards.push(bypass);
                self.b.seal_block(guards);
                self.b.switch_to_block(guards);
                guarded = Some(after);
            }
            self.in_entry_guards = true;
            let mut seen = Vec::new();
            for pc in self.unit.start..=self.unit.end {
                let Some(s) = self.analysis.at(self.unit.start, pc) else { continue };
                let guard = match crate::decide::decide(self.unit, pc, s).action {
                    crate::decide::Action::Native(crate::decide::Op::LoadConst { id, guard }) => Some((guard, id)),
                    crate::decide::Action::Native(crate::decide::Op::CallBuiltin { attr: Some((guard, id)), .. }) => Some((guard, id)),
                    _ => None,
                };
                if let Some(g) = guard {
                    if !seen.contains(&g) {
                        seen.push(g);
                        self.guard_const(entry_pc, g.0, g.1, ExitKind::EntryMismatch);
                    }
                }
            }
            self.in_entry_guards = false;
            if let Some(after) = guarded {
                self.b.ins().jump(after, &[]);
                self.b.seal_block(after);
                self.b.switch_to_block(after);
            }
        }
    }

    /// Operand `r` as an `i64` (from an int, a bool or a constant).
    pub fn get_int(&mut self, r: Reg) -> ir::Value {
        match self.unit.const_reg(r) {
            Some(Constant::Int(k)) => return self.iconst(*k),
            Some(Constant::Bool(b)) => return self.iconst(*b as i64),
            _ => {}
        }
        match rep_of(self.unit, &self.state, r) {
            Rep::Bool => {
                let b = self.use_v(r, VarKind::Bool);
                self.b.ins().uextend(types::I64, b)
            }
            _ => self.use_v(r, VarKind::I64),
        }
    }

    /// Operand `r` as an `f64` (ints and bools converted exactly as CPython does).
    pub fn get_float(&mut self, r: Reg) -> ir::Value {
        if let Some(Constant::Float(f)) = self.unit.const_reg(r) {
            return self.b.ins().f64const(*f);
        }
        match rep_of(self.unit, &self.state, r) {
            Rep::Float => self.use_v(r, VarKind::F64),
            _ => {
                let i = self.get_int(r);
                self.b.ins().fcvt_from_sint(types::F64, i)
            }
        }
    }

    /// Operand `r` as an `i128`.
    pub fn get_wide(&mut self, r: Reg) -> ir::Value {
        match rep_of(self.unit, &self.state, r) {
            Rep::Wide => self.use_v(r, VarKind::Wide),
            _ => {
                let i = self.get_int(r);
                self.b.ins().sextend(types::I128, i)
            }
        }
    }

    /// The truth of a native scalar operand, as an `i8` 0/1.
    pub fn truth(&mut self, r: Reg) -> ir::Value {
        match rep_of(self.unit, &self.state, r) {
            Rep::Float => {
                let x = self.get_float(r);
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(ir::condcodes::FloatCC::NotEqual, x, z)
            }
            Rep::Wide => {
                let w = self.get_wide(r);
                let (lo, hi) = self.b.ins().isplit(w);
                let any = self.b.ins().bor(lo, hi);
                self.b.ins().icmp_imm_s(IntCC::NotEqual, any, 0)
            }
            Rep::Bool if self.unit.const_reg(r).is_none() => self.use_v(r, VarKind::Bool),
            _ => {
                let i = self.get_int(r);
                self.b.ins().icmp_imm_s(IntCC::NotEqual, i, 0)
            }
        }
    }

    pub fn set_int(&mut self, r: Reg, x: ir::Value) {
        let var = self.var(r, VarKind::I64);
        self.b.def_var(var, x);
        self.state[r as usize] = Rep::Int;
    }

    pub fn set_float(&mut self, r: Reg, x: ir::Value) {
        let var = self.var(r, VarKind::F64);
        self.b.def_var(var, x);
        self.state[r as usize] = Rep::Float;
    }

    pub fn set_wide(&mut self, r: Reg, x: ir::Value) {
        let var = self.var(r, VarKind::Wide);
        self.b.def_var(var, x);
        self.state[r as usize] = Rep::Wide;
    }

    pub fn set_bool(&mut self, r: Reg, x: ir::Value) {
        let var = self.var(r, VarKind::Bool);
        self.b.def_var(var, x);
        self.state[r as usize] = Rep::Bool;
    }

    /// Copies the native variables of representation slot `src` to slot `dst`
    /// (pseudo-registers included; no constant-register interpretation).
    pub fn copy_var(&mut self, dst: u32, src: u32, rep: Rep) {
        let kinds: &[VarKind] = match rep {
            Rep::Int => &[VarKind::I64],
            Rep::Float => &[VarKind::F64],
            Rep::Bool => &[VarKind::Bool],
            Rep::Wide => &[VarKind::Wide],
            _ => &[],
        };
        for k in kinds {
            let x = self.use_v(src, *k);
            let var = self.var(dst, *k);
            self.b.def_var(var, x);
        }
        self.state[dst as usize] = rep;
        match self.reg_ranges.get(&src).copied() {
            Some(r) if rep == Rep::Int => self.set_range(dst, r),
            _ => {
                self.reg_ranges.remove(&dst);
            }
        }
    }

    /// Copies the native value of operand `src` (in `rep`) to `dst`.
    pub fn copy_native(&mut self, dst: u32, src: Reg, rep: Rep) {
        match rep {
            Rep::Int => {
                let x = self.get_int(src);
                self.set_int(dst, x);
                if let Some(r) = self.reg_range(src, x) {
                    self.set_range(dst, r);
                }
            }
            Rep::Float => {
                let x = self.get_float(src);
                self.set_float(dst, x);
            }
            Rep::Bool => {
                let x = if let Some(Constant::Bool(b)) = self.unit.const_reg(src) {
                    self.b.ins().iconst(types::I8, *b as i64)
                } else {
                    self.use_v(src, VarKind::Bool)
                };
                self.set_bool(dst, x);
            }
            Rep::Wide => {
                let x = self.get_wide(src);
                self.set_wide(dst, x);
            }
            Rep::Const(id) => self.state[dst as usize] = Rep::Const(id),
            Rep::RangeIter | Rep::ListIter | Rep::Boxed(_) => {}
        }
    }

    /// Writes the operands an interpreter-run instruction reads into their homes,
    /// and every native range iterator's position (the instruction may run code
    /// that observes it).
    pub fn spill_for_runtime(&mut self, reads: &[Reg]) {
        for &r in reads {
            if r >= self.unit.raw.const_base {
                continue;
            }
            let rep = self.state[r as usize];
            if rep.is_native() && !rep.is_native_iter() {
                // The home keeps a copy; the native value stays valid too.
                self.write_home(r, rep);
            }
        }
        self.sync_range_iters();
    }

    /// Writes back every native iterator's position.
    pub fn sync_range_iters(&mut self) {
        for v in 0..self.state.len() as u32 {
            let rep = self.state[v as usize];
            if rep.is_native_iter() && !self.is_virtual_iter(v, rep) {
                self.write_home(v, rep);
            }
        }
    }

    /// Re-reads every native range iterator's position after the runtime ran code.
    pub fn reload_range_iters(&mut self) {
        for v in 0..self.state.len() as u32 {
            let rep = self.state[v as usize];
            if rep.is_native_iter() && !self.is_virtual_iter(v, rep) {
                let addr = self.home(v);
                let (x, k) = if rep == Rep::RangeIter {
                    let out = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 24, 4));
                    let oa = self.b.ins().stack_addr(types::I64, out, 0);
                    self.call_helper(ranges::jit_range_state as *const () as usize, &[addr, oa], &[types::I32]);
                    (self.b.ins().stack_load(types::I64, types::I64, out, 0), VarKind::RangeNext)
                } else {
                    // An exhausted list iterator has no index; the helper says so.
                    let f = ranges::jit_list_iter_position as *const () as usize;
                    (self.call_helper(f, &[addr], &[types::I64])[0], VarKind::ListIdx)
                };
                if k == VarKind::RangeNext {
                    self.def_range_position(v, x);
                } else {
                    let var = self.var(v, k);
                    self.b.def_var(var, x);
                }
            }
        }
    }

    /// Address of a `Value` holding operand `r` for a helper that clones it: its
    /// home if boxed, the constant, or the scratch slot filled with a native scalar.
    pub fn value_addr(&mut self, r: Reg) -> Result<ir::Value, String> {
        let rep = rep_of(self.unit, &self.state, r);
        match rep {
            Rep::Boxed(_) => Ok(self.operand_home(r)),
            Rep::Const(id) => Ok(self.const_addr(id)),
            Rep::Int | Rep::Float | Rep::Bool => {
                let addr = self.b.ins().stack_addr(types::I64, self.scratch, 0);
                let (tag, payload) = match (self.unit.const_reg(r), rep) {
                    (Some(Constant::Int(k)), _) => (tags::INT, self.iconst(*k)),
                    (Some(Constant::Float(f)), _) => (tags::FLOAT, self.iconst(f.to_bits() as i64)),
                    (Some(Constant::Bool(b)), _) => (tags::BOOL, self.iconst(*b as i64)),
                    _ => self.raw_scalar(r, rep),
                };
                self.store_tag(addr, tag);
                let b = self.b.ins().ireduce(types::I8, payload);
                self.b.ins().store(self.mf, b, addr, tags::BOOL_OFFSET);
                self.b.ins().store(self.mf, payload, addr, tags::PAYLOAD_OFFSET);
                Ok(addr)
            }
            r => Err(format!("no value address for {:?}", r)),
        }
    }
}
