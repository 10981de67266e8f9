//! Control flow: branches, loops over native range iterators and over any iterator
//! through the runtime, back-edges (which poll for Ctrl-C), and the entry and
//! returns of function units (recursion limit included).

use super::arith::negation;
use super::{DeferredAdvance, Tx, VarKind};
use crate::decide::rep_of;
use crate::rep::{Rep, ANY};
use crate::runtime_calls::{frames, generic, ranges, raw::TAG_RAISED, slots};
use crate::unit::ExitKind;
use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder};
use pyjit_compiler::bytecode::{CmpOp, Instr, Pc, Reg};
use pyjit_runtime::interp::{Interp, INTERRUPTED};
use pyjit_runtime::object::layout::SeqLayout;
use pyjit_runtime::value::tags;

/// How many levels below the recursion limit a closed self-calling function
/// unit checks at its entry (see [`Tx::count_call`]): its inlined copies
/// run one level deeper than the unit, the base cases inlined into them two.
const RECURSION_HEADROOM: i64 = 2;

/// Iterations of a native range or list loop between two polls for Ctrl-C (a
/// power of two). A poll costs a few instructions, so this keeps them rare while
/// a pressed Ctrl-C still stops any loop whose body takes under a few
/// microseconds at once.
pub const POLL_CHUNK: i64 = 1024;

impl Tx<'_, '_> {
    /// `JumpIfFalse` / `JumpIfTrue` on a native scalar or (through the runtime) any
    /// value.
    pub fn branch_on(&mut self, pc: Pc, boxed: bool) -> Result<bool, String> {
        let (cond, target, when) = match self.unit.raw.instrs[pc as usize] {
            Instr::JumpIfFalse { cond, target } => (cond, target, false),
            Instr::JumpIfTrue { cond, target } => (cond, target, true),
            _ => return Err("not a branch".into()),
        };
        let t = if boxed {
            self.spill_for_runtime(&[cond]);
            let addr = self.operand_home(cond);
            let interp = self.interp;
            let r = self.call_helper(generic::jit_truthy as *const () as usize, &[interp, addr], &[types::I32])[0];
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 2);
            let st = self.state.clone();
            self.guard_kind(ok, pc, ExitKind::Raised, "raised", &st);
            self.reload_range_iters();
            self.b.ins().icmp_imm_s(IntCC::Equal, r, 1)
        } else {
            self.truth(cond)
        };
        let st = self.state.clone();
        let (then_pc, else_pc) = if when { (target, pc + 1) } else { (pc + 1, target) };
        self.branch(t, then_pc, else_pc, &st)?;
        Ok(false)
    }

    /// `CompareJump`: native comparison, or the runtime's for boxed operands.
    pub fn compare_jump(&mut self, pc: Pc, op: CmpOp, num: Option<crate::decide::Num>) -> Result<bool, String> {
        let Instr::CompareJump { a, b, when, target, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not a compare-jump".into()) };
        let c = match num {
            Some(num) => {
                let c = self.compare_value(pc, op, num, a, b);
                if num == crate::decide::Num::Int {
                    let (taken, fallen) = if when { (op, negation(op)) } else { (negation(op), op) };
                    self.narrow_on_edge(pc, target, taken, a, b);
                    self.narrow_on_edge(pc, pc + 1, fallen, a, b);
                }
                c
            }
            None => {
                self.spill_for_runtime(&[a, b]);
                let (ha, hb) = (self.operand_home(a), self.operand_home(b));
                let opi = self.iconst(generic::cmp_index(op) as i64);
                let interp = self.interp;
                let r = self.call_helper(generic::jit_compare_truth as *const () as usize, &[interp, opi, ha, hb], &[types::I32])[0];
                let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 2);
                let st = self.state.clone();
                self.guard_kind(ok, pc, ExitKind::Raised, "raised", &st);
                self.reload_range_iters();
                self.b.ins().icmp_imm_s(IntCC::Equal, r, 1)
            }
        };
        let st = self.state.clone();
        let (then_pc, else_pc) = if when { (target, pc + 1) } else { (pc + 1, target) };
        self.branch(c, then_pc, else_pc, &st)?;
        Ok(false)
    }

    /// A loop back-edge: leaves native code if Ctrl-C was pressed (the interpreter
    /// then raises `KeyboardInterrupt` at this instruction), else jumps.
    ///
    /// A range loop with a known step is strip-mined instead. Its chunk of at
    /// most [`POLL_CHUNK`] steps ends at or before `stop`, so while the position
    /// is inside it the back-edge goes straight into the loop body: one
    /// compare-and-branch per iteration replaces the header's test, the poll and
    /// the jump. Past the chunk's end it polls, starts the next chunk, and jumps
    /// to the header, which tests `stop`. A native list loop polls at its
    /// `ForIter`.
    pub fn jump_backward(&mut self, pc: Pc, target: Pc) -> Result<bool, String> {
        // A loop whose advance is deferred advances here, on this edge only: the
        // body's code after this instruction (past a `continue`) still sees the
        // current item.
        let deferred = self.deferred_advance.iter().position(|d| d.header == target).map(|i| self.deferred_advance.remove(i));
        if let Some(d) = deferred {
            let var = self.var(d.iter, VarKind::RangeNext);
            let n = self.b.use_var(var);
            let next = self.advance_range(d.iter, n, Some(d.step));
            self.b.def_var(var, next);
        }
        let r = self.jump_backward_advanced(pc, target);
        self.deferred_advance.extend(deferred);
        r
    }

    /// [`Tx::jump_backward`] once the position is advanced.
    fn jump_backward_advanced(&mut self, pc: Pc, target: Pc) -> Result<bool, String> {
        let st = self.state.clone();
        if let Some(&(iter, c, body)) = self.chunked_loops.get(&target) {
            let n = self.use_v(iter, VarKind::RangeNext);
            let chunk = self.use_v(iter, VarKind::RangeChunk);
            let inside = self.b.ins().icmp(if c > 0 { IntCC::SignedLessThan } else { IntCC::SignedGreaterThan }, n, chunk);
            // The body block starts in the header's state; a back-edge whose
            // state needs conversions first goes through the header.
            let analysis = self.analysis;
            let direct = analysis.at(self.unit.start, target).is_some_and(|h| !self.needs_moves(&st, h, target));
            let next_iteration = if direct { body } else { self.b.create_block() };
            let chunk_done = self.b.create_block();
            // Not a cold block: laid out right after this one, it lets the branch
            // be a single `jl body` that falls through to it.
            self.b.ins().brif(inside, next_iteration, &[], chunk_done, &[]);
            if !direct {
                self.b.switch_to_block(next_iteration);
                self.jump_to(target, &st)?;
            }
            self.b.switch_to_block(chunk_done);
            let next_chunk = self.b.create_block();
            self.poll_interrupt(pc, next_chunk, &st);
            self.b.switch_to_block(next_chunk);
            let stop = self.use_v(iter, VarKind::RangeStop);
            let end = self.chunk_end(n, c, stop);
            let var = self.var(iter, VarKind::RangeChunk);
            self.b.def_var(var, end);
        } else if !self.list_loop_headers.contains(&target) {
            let cont = self.b.create_block();
            self.poll_interrupt(pc, cont, &st);
            self.b.switch_to_block(cont);
        }
        self.jump_to(target, &st)?;
        Ok(false)
    }

    /// Branches to `cont`, or leaves native code at `pc` (with `state`) if Ctrl-C
    /// was pressed.
    fn poll_interrupt(&mut self, pc: Pc, cont: ir::Block, state: &crate::rep::State) {
        let flag = self.iconst(&INTERRUPTED as *const _ as i64);
        let f = self.b.ins().uload8(types::I32, self.mf, flag, 0);
        let calm = self.b.ins().icmp_imm_s(IntCC::Equal, f, 0);
        let exit = self.exit_block(pc, ExitKind::Leave, "interrupted", state, None);
        self.b.ins().brif(calm, cont, &[], exit, &[]);
        self.flush_exits();
    }

    /// Starts the first chunk of range iterator `it`'s loop (when its step is
    /// known) at its position.
    pub fn start_range_chunk(&mut self, it: Reg) {
        let Some(c) = self.range_steps.get(&it).copied() else { return };
        let n = self.use_v(it, VarKind::RangeNext);
        let stop = self.use_v(it, VarKind::RangeStop);
        let end = self.chunk_end(n, c, stop);
        let var = self.var(it, VarKind::RangeChunk);
        self.b.def_var(var, end);
    }

    /// Where a chunk starting at position `n` of a range loop with step `c` ends:
    /// [`POLL_CHUNK`] steps ahead, or at `stop` if that comes first (so a
    /// position inside the chunk is before `stop`).
    fn chunk_end(&mut self, n: ir::Value, c: i64, stop: ir::Value) -> ir::Value {
        let span = POLL_CHUNK.saturating_mul(c);
        let delta = self.iconst(span);
        let (end, of) = self.b.ins().sadd_overflow(n, delta);
        let clamped = if c > 0 { self.b.ins().smin(end, stop) } else { self.b.ins().smax(end, stop) };
        self.b.ins().select(of, stop, clamped)
    }

    /// `ForIter` over a native range iterator (the interpreter's `next_fast`: stop
    /// when past `stop`; on overflow the position becomes `stop`). An innermost
    /// loop with a known step polls for Ctrl-C once per chunk of iterations, at
    /// its back-edges (see [`Tx::jump_backward`]).
    pub fn range_next(&mut self, pc: Pc) -> Result<bool, String> {
        let Instr::ForIter { dst, iter, exit, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not ForIter".into()) };
        let n = self.use_v(iter, VarKind::RangeNext);
        let stop = self.use_v(iter, VarKind::RangeStop);
        let known_step = self.range_steps.get(&iter).copied();
        let more = match known_step {
            Some(c) if c > 0 => self.b.ins().icmp(IntCC::SignedLessThan, n, stop),
            Some(_) => self.b.ins().icmp(IntCC::SignedGreaterThan, n, stop),
            None => {
                let step = self.use_v(iter, VarKind::RangeStep);
                let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
                let below = self.b.ins().icmp(IntCC::SignedLessThan, n, stop);
                let above = self.b.ins().icmp(IntCC::SignedGreaterThan, n, stop);
                self.b.ins().select(up, below, above)
            }
        };
        // Only innermost loops: an outer loop's chunk end would hold a register
        // through its inner loops, for a poll that is rare there anyway.
        let innermost = !self.unit.raw.instrs[pc as usize + 1..(exit as usize).min(self.unit.raw.instrs.len())]
            .iter()
            .any(|i| matches!(i, Instr::ForIter { .. }) || matches!(i, Instr::JumpBackward { target, .. } if *target != pc));
        let st = self.state.clone();
        let body = self.b.create_block();
        if let Some(c) = known_step.filter(|_| innermost) {
            self.chunked_loops.insert(pc, (iter, c, body));
        }
        let mut pending = Vec::new();
        let done = self.edge(exit, &st, &mut pending);
        self.b.ins().brif(more, body, &[], done, &[]);
        self.flush_exits();
        self.fill_edges(pending)?;
        self.b.switch_to_block(body);
        // A chunked loop's back-edge also enters the body: read the position anew.
        let n = self.use_v(iter, VarKind::RangeNext);
        // Deferred where its position converts back exactly (see
        // `DeferredAdvance`) and arrives from the frame at the header.
        let exact = self.virtual_iters.contains(&iter) || matches!(known_step, Some(1 | -1));
        let entered_inside = pc < self.entry_pc && self.entry_pc < exit;
        match known_step {
            Some(step) if exact && !entered_inside => self.deferred_advance.push(DeferredAdvance { iter, header: pc, exit, step }),
            _ => {
                let next = self.advance_range(iter, n, known_step);
                let var = self.var(iter, VarKind::RangeNext);
                self.b.def_var(var, next);
            }
        }
        self.set_int(dst, n);
        if self.small_ranges.contains(&iter) && known_step.is_some_and(|c| c > 0) {
            // Past the `n < stop` check of a loop counting up from 0 or more.
            self.set_range(dst, (0, crate::unit::SMALL_RANGE_END - 1));
        }
        let st = self.state.clone();
        self.jump_to(pc + 1, &st)?;
        Ok(false)
    }

    /// `ForIter` through the runtime's iteration protocol; the item is type-guarded
    /// into `item` when the feedback saw only one type.
    pub fn for_iter_boxed(&mut self, pc: Pc, item: Option<Rep>) -> Result<bool, String> {
        let Instr::ForIter { dst, iter, exit, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not ForIter".into()) };
        self.spill_for_runtime(&[iter]);
        let hi = self.operand_home(iter);
        let hd = self.home(dst);
        let interp = self.interp;
        let r = self.call_helper(generic::jit_for_iter as *const () as usize, &[interp, hi, hd], &[types::I32])[0];
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 2);
        let st = self.state.clone();
        self.guard_kind(ok, pc, ExitKind::Raised, "raised", &st);
        self.reload_range_iters();
        let st = self.state.clone();
        let body = self.b.create_block();
        let mut pending = Vec::new();
        let done = self.edge(exit, &st, &mut pending);
        let has = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.b.ins().brif(has, body, &[], done, &[]);
        self.flush_exits();
        self.fill_edges(pending)?;
        self.b.switch_to_block(body);
        self.state[dst as usize] = ANY;
        if let Some(rep) = item {
            // A different type deoptimizes after the ForIter (the item is stored).
            let st = self.state.clone();
            let addr = self.home(dst);
            self.load_guarded(addr, dst, rep, pc + 1, ExitKind::Deopt, &st);
            self.state[dst as usize] = rep;
        }
        let st = self.state.clone();
        self.jump_to(pc + 1, &st)?;
        Ok(false)
    }

    /// `range(args)` followed by `GetIter`: a new range iterator object in the
    /// `GetIter` destination, with its position in native variables.
    pub fn range_iter(&mut self, pc: Pc, nargs: u32, it: Reg) -> Result<(), String> {
        let Instr::Call { dst, base, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not a call".into()) };
        let args: Vec<ir::Value> = (base..base + nargs).map(|r| self.get_int(r)).collect();
        let (start, stop, step) = match args.len() {
            1 => (self.iconst(0), args[0], self.iconst(1)),
            2 => (args[0], args[1], self.iconst(1)),
            _ => (args[0], args[1], args[2]),
        };
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, step, 0);
        let st = self.state.clone();
        self.guard(nz, pc, "range() step is zero", &st);
        let const_step = match nargs {
            1 | 2 => Some(1),
            _ => match self.unit.const_reg(base + 2) {
                Some(pyjit_compiler::bytecode::Constant::Int(k)) if *k != 0 => Some(*k),
                _ => None,
            },
        };
        match const_step {
            Some(c) => self.range_steps.insert(it, c),
            None => self.range_steps.remove(&it),
        };
        // Only the entry frame's iterators are speculated small.
        self.small_ranges.remove(&it);
        if !self.virtual_iters.contains(&it) {
            let home = self.home(it);
            self.call_helper(ranges::jit_range_new as *const () as usize, &[home, start, stop, step], &[types::I32]);
        }
        for (k, v) in [(VarKind::RangeNext, start), (VarKind::RangeStop, stop), (VarKind::RangeStep, step)] {
            let var = self.var(it, k);
            self.b.def_var(var, v);
        }
        self.start_range_chunk(it);
        if dst != it {
            self.state[dst as usize] = ANY;
        }
        self.state[it as usize] = Rep::RangeIter;
        Ok(())
    }

    /// `ForIter` over a native list iterator: the list's length is re-read at every
    /// step (the loop may grow or shrink it), as CPython's list iterator does. An
    /// item of another type than the feedback promised deoptimizes to the
    /// `ForIter` itself, before the index moves.
    pub fn list_next(&mut self, pc: Pc, item: Option<Rep>) -> Result<bool, String> {
        let Instr::ForIter { dst, iter, exit, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not ForIter".into()) };
        let layout = self.opts.list_layout.ok_or("no list layout")?;
        let obj = self.use_v(iter, VarKind::ListObj);
        let idx = self.use_v(iter, VarKind::ListIdx);
        let st = self.state.clone();
        // Ctrl-C is polled at every POLL_CHUNK-th item (one test of the index's
        // low bits), so the loop's back-edges need not poll.
        let in_chunk = self.b.ins().band_imm_u(idx, (POLL_CHUNK - 1) as u64 as i64);
        let fetch = self.b.create_block();
        let poll = self.b.create_block();
        self.b.set_cold_block(poll);
        self.b.ins().brif(in_chunk, fetch, &[], poll, &[]);
        self.b.switch_to_block(poll);
        self.poll_interrupt(pc, fetch, &st);
        self.b.switch_to_block(fetch);
        self.list_loop_headers.insert(pc);
        let body = self.b.create_block();
        let end = self.b.create_block();
        let (ints, values) = self.branch_on_list_storage(obj, layout);
        self.b.switch_to_block(ints);
        let slot = self.list_next_slot(obj, layout.ints, idx, 3, end);
        let x = self.b.ins().load(types::I64, self.mf, slot, 0);
        match item {
            Some(Rep::Int) => {
                let var = self.var(dst, VarKind::I64);
                self.b.def_var(var, x);
            }
            Some(rep) => {
                // Another type was expected: the check deoptimizes as for `Value`s.
                let boxed = self.boxed_int_on_stack(x);
                self.load_guarded(boxed, dst, rep, pc, ExitKind::Deopt, &st);
            }
            None => {
                let home = self.home(dst);
                self.drop_if_heap(home);
                self.store_int_value(home, x);
            }
        }
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(values);
        let e = self.list_next_slot(obj, layout.values, idx, 4, end);
        match item {
            Some(rep) => self.load_guarded(e, dst, rep, pc, ExitKind::Deopt, &st),
            None => {
                let home = self.home(dst);
                self.call_helper(slots::jit_store_clone as *const () as usize, &[home, e], &[]);
            }
        }
        self.b.ins().jump(body, &[]);
        // At the end the iterator is exhausted for good: its index says so
        // until it reaches the object (`jit_list_iter_sync` marks it there).
        self.b.switch_to_block(end);
        let exhausted = self.iconst(ranges::LIST_ITER_EXHAUSTED);
        let var = self.var(iter, VarKind::ListIdx);
        self.b.def_var(var, exhausted);
        self.jump_to(exit, &st)?;
        self.b.switch_to_block(body);
        self.state[dst as usize] = item.unwrap_or(ANY);
        let next = self.b.ins().iadd_imm_s(idx, 1);
        let var = self.var(iter, VarKind::ListIdx);
        self.b.def_var(var, next);
        let st = self.state.clone();
        self.jump_to(pc + 1, &st)?;
        Ok(false)
    }

    /// The address of item `idx` of the buffer of `layout` (items `1 << shift`
    /// bytes) at `obj`, jumping to `end` instead when `idx` is past the length.
    fn list_next_slot(&mut self, obj: ir::Value, layout: SeqLayout, idx: ir::Value, shift: i64, end: ir::Block) -> ir::Value {
        let len = self.b.ins().load(types::I64, self.mf, obj, layout.len as i32);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let next_item = self.b.create_block();
        self.b.ins().brif(more, next_item, &[], end, &[]);
        self.b.switch_to_block(next_item);
        self.buffer_slot(obj, layout, idx, shift)
    }

    /// `ReleaseIter` of a native range or list iterator.
    pub fn release_native_iter(&mut self, reg: Reg) {
        // The object may be shared (`for x in it` over a variable `it`): its
        // position must be right before this reference goes.
        let rep = self.state[reg as usize];
        if !self.is_virtual_iter(reg, rep) {
            self.write_home(reg, rep);
            let home = self.home(reg);
            self.call_helper(slots::jit_drop_slot as *const () as usize, &[home], &[]);
        }
        // A virtual iterator has no object to drop; its register keeps whatever
        // it held before, which nothing reads again.
        self.state[reg as usize] = ANY;
    }

    /// `dst = (x is None) != negate`.
    pub fn is_none(&mut self, pc: Pc, x: Reg) -> Result<(), String> {
        let Instr::Is { dst, negate, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not Is".into()) };
        let is = match rep_of(self.unit, &self.state, x) {
            Rep::Boxed(Some(t)) => self.b.ins().iconst(types::I8, (t == tags::NONE) as i64),
            Rep::Boxed(None) => {
                let addr = self.operand_home(x);
                let t = self.load_tag(addr);
                self.b.ins().icmp_imm_s(IntCC::Equal, t, tags::NONE as i64)
            }
            _ => self.b.ins().iconst(types::I8, 0),
        };
        let r = if negate { self.b.ins().bxor_imm_u(is, 1) } else { is };
        self.set_bool(dst, r);
        Ok(())
    }

    /// Framed function unit entry: the recursion checks, then a frame from the
    /// interpreter's pool whose parameter registers receive the boxed arguments
    /// (native ones stay in variables until an exit writes them back).
    pub fn enter_framed_function(&mut self, reps: &[Rep], caller_depth: ir::Value, params: &[ir::Value]) -> Result<(), String> {
        self.count_call(caller_depth, false);
        let (interp, fun) = (self.interp, self.fun);
        self.frame = self.call_helper(frames::jit_frame_new as *const () as usize, &[interp, fun], &[types::I64])[0];
        let frame = self.frame;
        self.regs = self.call_helper(frames::jit_frame_regs as *const () as usize, &[frame], &[types::I64])[0];
        for (i, (rep, p)) in reps.iter().zip(params).enumerate() {
            match rep {
                Rep::Int => self.set_int(i as u32, *p),
                Rep::Float => self.set_float(i as u32, *p),
                Rep::Bool => self.set_bool(i as u32, *p),
                Rep::Boxed(t) => {
                    let home = self.home(i as u32);
                    self.call_helper(slots::jit_store_clone as *const () as usize, &[home, *p], &[]);
                    self.state[i] = Rep::Boxed(*t);
                }
                r => return Err(format!("parameter in {:?}", r)),
            }
        }
        self.hoisted_guards(0);
        Ok(())
    }

    /// Checks the recursion limit and the native stack (as the interpreter's
    /// `enter_call`) and counts the call: the unit's depth is `caller_depth + 1`
    /// (kept in [`Tx::call_depth`]); over the limit, returns a raised
    /// `RecursionError`.
    ///
    /// With `headroom` (a closed frameless unit that calls itself, whose
    /// parameters are bound), the check on the hot path is that
    /// [`RECURSION_HEADROOM`] more levels fit under the limit, and it is
    /// recorded in [`Tx::entry_guards`]: the unit's inlined copies (one level
    /// deeper) and the base cases inlined into them (two levels) then need no
    /// check of their own, since a closed unit reads the limit once (nothing it
    /// runs can change it). A call that is within the limit but not that far
    /// below it leaves for the interpreter before anything ran (exit kind
    /// `Leave`, not a failed speculation), which then raises `RecursionError`
    /// where the limit is reached, as it would have.
    fn count_call(&mut self, caller_depth: ir::Value, headroom: bool) {
        let interp = self.interp;
        let d1 = self.b.ins().iadd_imm_s(caller_depth, 1);
        // Set once before the program runs: a pure load, shared by inlined copies.
        let fixed = ir::MemFlagsData::trusted().with_readonly().with_can_move();
        // Only `sys.setrecursionlimit` changes the limit, and a closed unit runs
        // no Python code but its own (see `compile::is_closed`): there the limit
        // is read once, not again after each call.
        let limit_flags = if self.unit.closed.get() { fixed } else { self.mf_depth };
        let limit = self.b.ins().load(types::I64, limit_flags, interp, std::mem::offset_of!(Interp, recursion_limit) as i32);
        // The interpreter's limit (`enter_call`'s), margin included.
        let stack_limit = self.b.ins().load(types::I64, fixed, interp, std::mem::offset_of!(Interp, stack_limit) as i32);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let go = self.b.create_block();
        let within_limit = self.b.create_block();
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        // Two compare-and-branches: cheaper than materializing both flags.
        let near = headroom.then(|| self.b.create_block());
        match near {
            Some(near) => {
                let deepest = self.b.ins().iadd_imm_s(d1, RECURSION_HEADROOM);
                let roomy = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, deepest, limit);
                let branch = self.b.ins().brif(roomy, within_limit, &[], near, &[]);
                self.entry_guards.push(branch);
                self.b.set_cold_block(near);
            }
            None => {
                let within = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, d1, limit);
                self.b.ins().brif(within, within_limit, &[], fail, &[]);
            }
        }
        self.b.switch_to_block(within_limit);
        let room = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, sp, stack_limit);
        self.b.ins().brif(room, go, &[], fail, &[]);
        self.b.switch_to_block(fail);
        let r = self.call_helper(frames::jit_recursion_error as *const () as usize, &[interp], &[types::I64, types::I64]);
        self.b.ins().return_(&r);
        self.call_depth = Some(d1);
        if let Some(near) = near {
            self.b.seal_block(near);
            self.b.switch_to_block(near);
            let state = self.state.clone();
            let exit = self.exit_block(0, ExitKind::Leave, "near the recursion limit", &state, None);
            let within = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, d1, limit);
            self.b.ins().brif(within, exit, &[], fail, &[]);
            self.flush_exits();
        }
        self.b.switch_to_block(go);
    }

    /// Function unit entry: checks the recursion limit and the native stack (as the
    /// interpreter's `enter_call`), counts the call, binds the parameters.
    pub fn enter_function(&mut self, reps: &[Rep], caller_depth: ir::Value, params: &[ir::Value]) -> Result<(), String> {
        // Bound first (no code): the headroom check's exit passes them on.
        for (i, (rep, p)) in reps.iter().zip(params).enumerate() {
            let k = match rep {
                Rep::Int => VarKind::I64,
                Rep::Float => VarKind::F64,
                Rep::Bool => VarKind::Bool,
                r => return Err(format!("parameter in {:?}", r)),
            };
            let var = self.var(i as u32, k);
            self.b.def_var(var, *p);
            self.state[i] = *rep;
        }
        // Only a closed unit calling itself gets inlined copies to spare.
        let headroom = self.unit.closed.get() && self.opts.self_call.is_some();
        self.count_call(caller_depth, headroom);
        self.hoisted_guards(0);
        Ok(())
    }

    /// Returns `(tag, payload)` from a function unit. `Interp::depth` is left as
    /// it is: whoever called the unit holds its own depth (see [`Tx::call_depth`]).
    pub fn leave_function(&mut self, tag: ir::Value, payload: ir::Value) {
        self.b.ins().return_(&[tag, payload]);
    }

    /// `Return` in a function unit.
    pub fn return_value(&mut self, pc: Pc) -> Result<bool, String> {
        let Instr::Return { src } = self.unit.raw.instrs[pc as usize] else { return Err("not Return".into()) };
        let rep = rep_of(self.unit, &self.state, src);
        let (tag, payload) = match rep {
            Rep::Int | Rep::Float | Rep::Bool => {
                let (tag, payload) = match self.unit.const_reg(src) {
                    Some(_) => {
                        let addr = self.value_addr(src)?;
                        let t = self.load_tag(addr);
                        let t = self.b.ins().uextend(types::I64, t);
                        let p = self.b.ins().load(types::I64, self.mf, addr, tags::PAYLOAD_OFFSET);
                        let p = if rep == Rep::Bool {
                            let b = self.b.ins().uload8(types::I64, self.mf, addr, tags::BOOL_OFFSET);
                            b
                        } else {
                            p
                        };
                        (t, p)
                    }
                    None => {
                        let (t, p) = self.raw_scalar(src, rep);
                        (self.iconst(t as i64), p)
                    }
                };
                (tag, payload)
            }
            Rep::Wide => {
                let w = self.get_wide(src);
                let (lo, hi) = self.b.ins().isplit(w);
                let r = self.call_helper(slots::jit_box_i128 as *const () as usize, &[lo, hi], &[types::I64, types::I64]);
                (r[0], r[1])
            }
            Rep::Const(id) => {
                let c = self.const_addr(id);
                let r = self.call_helper(slots::jit_clone_raw as *const () as usize, &[c], &[types::I64, types::I64]);
                (r[0], r[1])
            }
            Rep::Boxed(Some(tags::NONE)) => (self.iconst(tags::NONE as i64), self.iconst(0)),
            Rep::Boxed(_) if !self.unit.frameless => {
                let home = self.operand_home(src);
                let r = self.call_helper(slots::jit_clone_raw as *const () as usize, &[home], &[types::I64, types::I64]);
                (r[0], r[1])
            }
            r => return Err(format!("return of {:?}", r)),
        };
        if !self.unit.frameless {
            let (interp, frame) = (self.interp, self.frame);
            self.call_helper(frames::jit_frame_free as *const () as usize, &[interp, frame], &[]);
        }
        self.leave_function(tag, payload);
        Ok(false)
    }

    /// Whether a raw tag is the "raised" marker.
    pub fn is_raised(&mut self, tag: ir::Value) -> ir::Value {
        self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_RAISED as i64)
    }
}
