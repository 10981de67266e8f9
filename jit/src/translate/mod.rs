//! Bytecode to Cranelift IR for one unit, following the representation analysis
//! (`infer`) and the per-instruction decisions (`decide`).
//!
//! Layout of the generated function: an entry block that loads (and guards) the
//! live registers from their homes, one block per bytecode basic block, and exit
//! blocks that write every live native value back to its home and return the exit's
//! index (function units instead rebuild their frame and finish in the interpreter;
//! see `runtime_calls::frames`). Exit blocks with the same resume point and state
//! are shared.

mod arith;
mod calls;
mod control;
mod memory;
mod sequences;

use crate::decide::{decide, Action, Decision, UnitInput, UnitKind};
use crate::infer::Analysis;
use crate::rep::{Rep, State};
use crate::unit::{Exit, ExitKind};
use cranelift_codegen::ir::{self, types, AbiParam, Block, InstBuilder, MemFlagsData, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use pyjit_compiler::bytecode::{Pc, Reg};
use pyjit_runtime::Value;
// Fx hashing: the keys are small ints and tuples of them, hashed thousands of
// times per unit (SipHash made up a measurable part of translation).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What the translation produced.
pub struct Translated {
    pub func: ir::Function,
    pub exits: Vec<Exit>,
    /// The branches of the checks a closed unit makes once at its entry, which
    /// its inlined copies need not repeat: the guards on its bindings (see
    /// [`Tx::hoisted_guards`]) and, in a frameless unit calling itself, the
    /// recursion limit checked with headroom (see `Tx::count_call`).
    pub entry_guards: Vec<ir::Inst>,
    /// What a loop unit's caller reads before it runs, in the order of the
    /// handoff's entry area (see `crate::handoff`).
    pub entry_reads: Vec<crate::handoff::EntryRead>,
}

/// Native variables that can back a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum VarKind {
    I64,
    F64,
    Bool,
    Wide,
    RangeNext,
    RangeStop,
    RangeStep,
    /// Where a native range loop with a known step next polls for Ctrl-C (see
    /// [`Tx::jump_backward`]).
    RangeChunk,
    /// The address of a native list iterator's `PyList`.
    ListObj,
    ListIdx,
}

/// A range loop with a known step (any step for a virtual iterator, ±1 for one
/// with an object) whose position is advanced where it is needed, not at its
/// `ForIter`: on the back-edge, on edges that leave the body (`break`), and
/// inside each exit or runtime call that writes the iterator back. Inside the
/// loop body (between the `ForIter` at `header` and `exit`) the position
/// variable keeps the current item, and [`Tx::use_v`] reads it as one step
/// further.
///
/// Why: the next position is dead through the body, so the register allocator
/// can advance the position in place at the back-edge; computed at the
/// `ForIter`, it stays live beside the item and every iteration ends with a
/// move and a jump.
#[derive(Clone, Copy, Debug)]
pub struct DeferredAdvance {
    pub iter: Reg,
    pub header: Pc,
    pub exit: Pc,
    pub step: i64,
}

/// Where the stress schedule's counter lives (only in `--jit-stress` mode).
#[derive(Clone, Copy)]
pub struct Options {
    pub call_conv: CallConv,
    pub frontend: cranelift_codegen::isa::TargetFrontendConfig,
    pub stress_counter: Option<usize>,
    /// Address of the function unit's metadata (function units only).
    pub function_meta: usize,
    /// Addresses of the interpreter's Mersenne Twister state and read position.
    pub random_parts: (usize, usize),
    /// A function unit calling itself: the address of its entry cell and its
    /// reserved function in the code cache (called directly, not through the cell).
    pub self_call: Option<(usize, u32)>,
    /// Where lists and tuples keep their items (`None`: use helpers).
    pub list_layout: Option<pyjit_runtime::object::layout::ListLayout>,
    pub tuple_layout: Option<pyjit_runtime::object::layout::SeqLayout>,
    /// Address of the JIT's handoff area (see `crate::handoff`).
    pub handoff: usize,
}

pub(crate) struct Tx<'a, 'b> {
    pub b: FunctionBuilder<'b>,
    pub unit: &'a UnitInput<'a>,
    pub analysis: &'a Analysis,
    pub consts: &'a [Value],
    pub opts: Options,
    pub interp: ir::Value,
    /// The interpreter frame (loop units).
    pub frame: ir::Value,
    /// The frame's register file (loop units).
    pub regs: ir::Value,
    /// The reduction accumulator's home (sum reductions).
    pub acc: ir::Value,
    /// The function object being run (function units).
    pub fun: ir::Value,
    /// A function unit's call depth (its caller's plus one) once counted. Native
    /// code passes depths to the units it calls in a register and stores this one
    /// into `Interp::depth` only before a runtime call (see [`Tx::call_helper`]),
    /// so a native call costs no load or store of the counter.
    pub call_depth: Option<ir::Value>,
    /// The block whose runtime calls find [`Tx::call_depth`] stored already
    /// (runtime calls leave the counter as they found it; native calls do not).
    pub depth_stored_in: Option<Block>,
    /// The branches of the entry checks inlined copies skip (see
    /// [`Translated::entry_guards`]).
    pub entry_guards: Vec<ir::Inst>,
    /// Set while [`Tx::hoisted_guards`] emits guards.
    pub in_entry_guards: bool,
    /// In a closed recursive function unit: whether the caller has checked the
    /// bindings the entry guards check (bit 0 of the function argument, set
    /// only by the unit's own calls of itself; see [`Tx::hoisted_guards`]).
    pub entry_checked: Option<ir::Value>,
    pub vars: HashMap<(u32, VarKind), Variable>,
    pub blocks: HashMap<Pc, Block>,
    pub exits: Vec<Exit>,
    /// Shared spill code, by what it writes back (see [`Tx::spill_signature`]) and
    /// the register an `extra` value goes to.
    exit_cache: HashMap<(State, Option<Reg>, Vec<Reg>), Block>,
    /// Each exit index that jumps to shared spill code, with its block; and
    /// what each loop unit's shared exit code stages (see [`Tx::emit_exit`]).
    exit_shared: Vec<(u32, Block)>,
    shared_staged: HashMap<Block, crate::handoff::Staged>,
    pub state: State,
    /// Function units: the buffer a frame is rebuilt from.
    pub deopt_buf: Option<ir::StackSlot>,
    /// A 16-byte scratch `Value` for passing scalars to helpers by address.
    pub scratch: ir::StackSlot,
    pending_exits: Vec<PendingExit>,
    /// Flags for frame and object accesses (aligned, never trapping).
    pub mf: MemFlagsData,
    /// Flags for bit casts.
    pub mf_plain: MemFlagsData,
    /// Flags for the interpreter's call-depth counter and recursion limit: a
    /// region of their own, so counting a call does not make Cranelift reload
    /// what the function read before (a callee inlined into its caller then
    /// reuses the caller's binding guard).
    pub mf_depth: MemFlagsData,
    /// Native range iterators whose step is known while translating: a constant
    /// `range()` argument, or the step of the frame's iterator at OSR entry
    /// (guarded). A known step lets `range_next` compare one way only.
    pub range_steps: HashMap<Reg, i64>,
    /// Range iterators of the entry frame speculated small (see
    /// [`crate::unit::RangeSpeculation`]); every load of their state guards it.
    pub small_ranges: HashSet<Reg>,
    /// Bounds (inclusive) known for the int in a register (or a promoted
    /// global's pseudo-register) at this point of the translation: the item of
    /// a small range loop, copies of it, and what `+`, `-`, `*` make of them
    /// (see [`Tx::reg_range`]). They hold from the instruction that sets them
    /// until the register is written again, or the translation reaches a block
    /// control can also enter from elsewhere.
    pub reg_ranges: HashMap<u32, (i64, i64)>,
    /// The register the instruction being translated gave bounds to (its other
    /// writes lose theirs).
    pub ranged_now: Option<u32>,
    /// Instructions with a single way in, by the instruction it comes from
    /// (see [`sole_predecessors`]): what is known about registers at the end
    /// of that instruction holds there.
    pub sole_pred: HashMap<Pc, Pc>,
    /// Bounds known on one edge of a native int compare-and-jump, by `(from,
    /// to)`: those before it, narrowed by the comparison's outcome on that
    /// edge. A block whose sole predecessor is the compare starts with them.
    pub edge_ranges: HashMap<(Pc, Pc), HashMap<u32, (i64, i64)>>,
    /// Where the pointer parameters are saved for exit code (made by the
    /// first exit that reloads them).
    params_slot: Option<ir::StackSlot>,
    /// The parameters saved, and the instructions reloading them.
    saved_params: SavedParams,
    /// While [`Tx::load_entry`] runs for a loop unit: what the caller reads
    /// (see `Tx::read_by_caller`).
    entry_reads: Option<Vec<crate::handoff::EntryRead>>,
    entry_reads_done: bool,
    /// While exit code writes values back: the stack-buffer place of each parked
    /// native variable, `(slot, offset, type)`; [`Tx::use_v`] loads from there.
    parked: HashMap<(u32, VarKind), (ir::StackSlot, i32, ir::Type)>,
    /// A frameless unit's exit hub, once an exit needs it.
    exit_hub: Option<Block>,
    /// `ForIter` instructions of list loops that poll for Ctrl-C themselves
    /// (once per chunk of iterations), so their back-edges need not.
    pub list_loop_headers: HashSet<Pc>,
    /// Range loops whose back-edges poll once per chunk: `ForIter` pc to the
    /// iterator's register, its step and the loop body's first block.
    pub chunked_loops: HashMap<Pc, (Reg, i64, Block)>,
    /// Range loops whose position is advanced at the back-edge, not at the
    /// `ForIter` (see [`DeferredAdvance`]), while their bodies are translated.
    pub deferred_advance: Vec<DeferredAdvance>,
    /// Set when an edge reached a loop header in [`Tx::deferred_advance`] other
    /// than through its back-edge (the position would be stale); the unit is
    /// then not compiled.
    pub advance_bypassed: bool,
    /// Where native code starts (a loop unit's header, a generator's resume
    /// point, or the header of the loop whose back-edge that is): a loop whose
    /// body holds it cannot defer its advance, as its position arrives from the
    /// frame already advanced.
    pub entry_pc: Pc,
    /// Range iterators that exist only as native variables (see
    /// [`virtual_range_iters`]): no object is made for them unless an exit
    /// needs one.
    pub virtual_iters: HashSet<Reg>,
}

/// The alias region id of `Interp::depth` and `Interp::recursion_limit`, which
/// native code only accesses in [`Tx::count_call`], before runtime calls
/// ([`Tx::call_helper`]) and around calls of function units from loop units;
/// every other native store is to frames, objects or stack slots.
const DEPTH_REGION: u32 = 1;

/// Whether register `v` is in `mask`, a set of registers below 64 (bit `v`).
fn in_mask(mask: u64, v: u32) -> bool {
    v < 64 && mask & (1 << v) != 0
}

/// Where exit code stages the scalars it writes back in one go.
#[derive(Clone, Copy)]
enum StageBuf {
    /// A stack slot in the unit's frame, written back by a call in the exit
    /// (framed function units).
    Slot(ir::StackSlot),
    /// The buffer at this byte offset of the JIT's handoff area (at this
    /// address), written back by the loop unit's caller after it returns (see
    /// `crate::handoff`).
    Exit(ir::Value, i32),
}

/// A loop unit's pointer parameters, saved at its entry for the exits that
/// reload them ([`Tx::save_unit_params`]), and the loads of
/// [`Tx::reload_unit_params`].
#[derive(Default)]
struct SavedParams {
    params: Option<[ir::Value; 4]>,
    reloads: Vec<ir::Inst>,
}

/// The frame registers an exit staged (see [`Tx::stage_frame_scalars`]):
/// the buffer, and the registers staged as raw `Value`s, as range iterator
/// positions, as `i128`s and as list iterator indexes (bit `r`: register `r`).
struct StagedFrame {
    buf: StageBuf,
    values: u64,
    ranges: u64,
    wides: u64,
    lists: u64,
}

impl StagedFrame {
    fn mask(&self) -> u64 {
        self.values | self.ranges | self.wides | self.lists
    }
}

/// The promoted globals an exit staged (see [`Tx::stage_promoted_scalars`]):
/// the buffer, the module slots staged as raw `Value`s and as `i128`s, and the
/// globals' pseudo-registers.
struct StagedGlobals {
    buf: StageBuf,
    values: u64,
    wides: u64,
    pseudos: Vec<u32>,
}

/// Edges whose blocks are filled after the branch that uses them.
pub(crate) struct PendingEdge {
    block: Block,
    target: Pc,
    state: State,
}


impl<'a, 'b> Tx<'a, 'b> {
    fn frameless(&self) -> bool {
        self.unit.frameless
    }

    pub fn var(&mut self, v: u32, k: VarKind) -> Variable {
        if let Some(var) = self.vars.get(&(v, k)) {
            return *var;
        }
        let ty = match k {
            VarKind::I64 | VarKind::RangeNext | VarKind::RangeStop | VarKind::RangeStep | VarKind::RangeChunk | VarKind::ListObj | VarKind::ListIdx => types::I64,
            VarKind::F64 => types::F64,
            VarKind::Bool => types::I8,
            VarKind::Wide => types::I128,
        };
        let var = self.b.declare_var(ty);
        self.vars.insert((v, k), var);
        var
    }

    /// The current value of native variable `k` of `v`.
    pub fn use_v(&mut self, v: u32, k: VarKind) -> ir::Value {
        if let Some(&(slot, offset, ty)) = self.parked.get(&(v, k)) {
            return self.b.ins().stack_load(types::I64, ty, slot, offset);
        }
        let var = self.var(v, k);
        let x = self.b.use_var(var);
        match self.deferred_advance.iter().find(|d| k == VarKind::RangeNext && d.iter == v) {
            Some(d) => {
                let step = d.step;
                self.advance_range(v, x, Some(step))
            }
            None => x,
        }
    }

    /// Defines range iterator `iter`'s position as `p` (read from its object).
    /// Inside a loop whose advance is deferred, the variable holds the position
    /// one step back (only steps of ±1 are deferred for iterators with objects,
    /// so wrapping `p - step` is exact).
    pub fn def_range_position(&mut self, iter: Reg, p: ir::Value) {
        let var = self.var(iter, VarKind::RangeNext);
        let x = match self.deferred_advance.iter().find(|d| d.iter == iter) {
            Some(d) => {
                let back = self.iconst(d.step.wrapping_neg());
                self.b.ins().iadd(p, back)
            }
            None => p,
        };
        self.b.def_var(var, x);
    }

    /// A range position one step past `n`, which is before the range's stop: by
    /// `step` when it is known, else by the iterator's step variable (on overflow
    /// the position becomes `stop`, as in the interpreter's `next_fast`).
    pub fn advance_range(&mut self, iter: Reg, n: ir::Value, step: Option<i64>) -> ir::Value {
        let delta = match step {
            // `n` is strictly before `stop`, so one step cannot overflow.
            Some(c @ (1 | -1)) => {
                let delta = self.iconst(c);
                return self.b.ins().iadd(n, delta);
            }
            Some(c) => self.iconst(c),
            None => self.use_v(iter, VarKind::RangeStep),
        };
        let (n2, of) = self.b.ins().sadd_overflow(n, delta);
        let stop = self.use_v(iter, VarKind::RangeStop);
        self.b.ins().select(of, stop, n2)
    }

    pub fn iconst(&mut self, v: i64) -> ir::Value {
        self.b.ins().iconst(types::I64, v)
    }

    /// Emits a guard: control continues when `ok` is true, else leaves through a
    /// deoptimization exit to `pc` in `state`. In stress mode the guard also fails
    /// on the stress schedule.
    pub fn guard(&mut self, ok: ir::Value, pc: Pc, reason: &'static str, state: &State) {
        self.guard_kind(ok, pc, ExitKind::Deopt, reason, state);
    }

    pub fn guard_kind(&mut self, ok: ir::Value, pc: Pc, kind: ExitKind, reason: &'static str, state: &State) {
        self.guard_all(&[ok], pc, kind, reason, state);
    }

    /// Guards that every condition in `oks` holds: one compare-and-branch each
    /// (cheaper than combining the flags), all to one exit. In `--jit-stress`
    /// mode the last branch also fails on the stress schedule.
    pub fn guard_all(&mut self, oks: &[ir::Value], pc: Pc, kind: ExitKind, reason: &'static str, state: &State) {
        let Some((&last, firsts)) = oks.split_last() else { return };
        let exit = self.exit_block(pc, kind, reason, state, None);
        for &ok in firsts {
            let ok = self.as_flag(ok);
            let cont = self.b.create_block();
            let branch = self.b.ins().brif(ok, cont, &[], exit, &[]);
            if self.in_entry_guards {
                self.entry_guards.push(branch);
            }
            // Sealed now (its only predecessor is known), so a variable read
            // after the guard is the value read before it (see
            // `redefine_holders`).
            self.b.seal_block(cont);
            self.b.switch_to_block(cont);
        }
        let ok = self.stress(last, kind);
        let cont = self.b.create_block();
        let branch = self.b.ins().brif(ok, cont, &[], exit, &[]);
        if self.in_entry_guards {
            self.entry_guards.push(branch);
        }
        self.b.seal_block(cont);
        self.flush_exits();
        self.b.switch_to_block(cont);
    }

    /// Like [`Tx::guard`], for an instruction whose failure path can recompute
    /// an operand the instruction overwrites: `restore` runs on the way to the
    /// exit only (it redefines the operand's variable), so the hot path need
    /// not keep the old value alive beside the result.
    pub fn guard_restoring(&mut self, ok: ir::Value, pc: Pc, reason: &'static str, state: &State, restore: impl FnOnce(&mut Self)) {
        let exit = self.exit_block(pc, ExitKind::Deopt, reason, state, None);
        let ok = self.stress(ok, ExitKind::Deopt);
        let (cont, fail) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(fail);
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        self.b.seal_block(cont);
        self.b.seal_block(fail);
        self.b.switch_to_block(fail);
        restore(self);
        self.b.ins().jump(exit, &[]);
        self.flush_exits();
        self.b.switch_to_block(cont);
    }

    /// `ok` as a flag that, in `--jit-stress` mode for deoptimizing guards, is
    /// also false on the stress schedule.
    fn stress(&mut self, ok: ir::Value, kind: ExitKind) -> ir::Value {
        let stressed = matches!(kind, ExitKind::Deopt | ExitKind::EntryMismatch);
        let ok = self.as_flag(ok);
        match self.opts.stress_counter.filter(|_| stressed) {
            Some(addr) => {
                let a = self.iconst(addr as i64);
                let c = self.b.ins().load(types::I32, self.mf, a, 0);
                let c1 = self.b.ins().iadd_imm_s(c, -1);
                self.b.ins().store(self.mf, c1, a, 0);
                let alive = self.b.ins().icmp_imm_s(ir::condcodes::IntCC::NotEqual, c1, 0);
                self.b.ins().band(ok, alive)
            }
            None => ok,
        }
    }

    /// Helpers report success as an i32: makes any condition a flag.
    fn as_flag(&mut self, ok: ir::Value) -> ir::Value {
        if self.b.func.dfg.value_type(ok) == types::I8 {
            ok
        } else {
            self.b.ins().icmp_imm_s(ir::condcodes::IntCC::NotEqual, ok, 0)
        }
    }

    /// The block that leaves native code at `pc` with `state`. `extra` is a raw value
    /// `(reg, tag, payload)` to store into a register first (a call's result of an
    /// unexpected type). The block is a stub passing this exit's index (and the
    /// extra value) to spill code shared by every exit that writes back the same
    /// way, which keeps units with many guards small.
    pub fn exit_block(&mut self, pc: Pc, kind: ExitKind, reason: &'static str, state: &State, extra: Option<(Reg, ir::Value, ir::Value)>) -> Block {
        let live = self.live_at_resume(pc, state);
        let state = &live;
        let index = self.exits.len() as u32;
        self.exits.push(Exit { pc, kind, reason, consts: self.const_regs(state), staged: Default::default() });
        // Exits are laid out after the hot code, so a loop body falls through
        // its guards instead of jumping over their spill code.
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        if self.frameless() && !state.contains(&Rep::Wide) {
            let hub = self.exit_hub();
            self.pending_exits.push(PendingExit::HubStub { block, index, hub, state: state.clone(), extra });
            return block;
        }
        // Exits inside and outside a deferred-advance loop body read its
        // position variable differently: they cannot share spill code.
        let deferred = self.deferred_advance.iter().map(|d| d.iter).collect();
        let key = (self.spill_signature(state), extra.map(|(x, ..)| x), deferred);
        let shared = match self.exit_cache.get(&key) {
            Some(b) => *b,
            None => {
                let b = self.b.create_block();
                self.b.set_cold_block(b);
                self.b.append_block_param(b, types::I64);
                if let Some((_, tag, payload)) = extra {
                    for v in [tag, payload] {
                        let ty = self.b.func.dfg.value_type(v);
                        self.b.append_block_param(b, ty);
                    }
                }
                self.pending_exits.push(PendingExit::Shared { block: b, state: state.clone(), extra: key.1 });
                self.exit_cache.insert(key, b);
                b
            }
        };
        self.pending_exits.push(PendingExit::Stub { block, index, shared, extra: extra.map(|(_, t, p)| (t, p)) });
        self.exit_shared.push((index, shared));
        block
    }

    /// `state` without the scalars of frame registers the interpreter resuming
    /// at `pc` never reads (a loop unit's or a reduction's; a function unit
    /// rebuilds its whole frame). Within a block the translation's state is
    /// only pruned where the block starts, so an exit at a back-edge would
    /// otherwise write back every temporary of the loop body. Their old values
    /// stay in the frame, unread; iterators are kept (their objects may be
    /// shared).
    fn live_at_resume(&self, pc: Pc, state: &State) -> State {
        let mut live = state.clone();
        if !matches!(self.unit.kind, UnitKind::Function { .. }) {
            let base = self.unit.raw.const_base as usize;
            for (v, rep) in live.iter_mut().enumerate().take(base) {
                if rep.is_scalar() && !self.unit.liveness.is_live(pc, v as u32) {
                    *rep = crate::rep::ANY;
                }
            }
        }
        live
    }

    /// The block every exit of a frameless unit (without int128 registers) jumps
    /// to. Its parameters are the exit index, the registers' tags packed eight
    /// to an `i64` (low byte first), then one raw payload per register; it
    /// writes them into the deoptimization buffer and resumes in the
    /// interpreter. One copy of the spill code instead of one per exit keeps
    /// recursive units (and their inlined copies) small, so they compile faster.
    fn exit_hub(&mut self) -> Block {
        if let Some(b) = self.exit_hub {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        let n = self.unit.raw.const_base as usize;
        for _ in 0..1 + n.div_ceil(8) + n {
            self.b.append_block_param(b, types::I64);
        }
        self.exit_hub = Some(b);
        self.pending_exits.push(PendingExit::Hub { block: b });
        b
    }

    /// The arguments an exit in `state` passes to the exit hub: what the
    /// frameless branch of [`Tx::emit_exit`] would store, as raw tags and payloads
    /// (`UNDEFINED` and 0 for a register holding no native scalar).
    fn exit_hub_args(&mut self, index: u32, state: &State, extra: Option<(Reg, ir::Value, ir::Value)>) -> Vec<ir::BlockArg> {
        let n = self.unit.raw.const_base as usize;
        let mut tags = vec![0u64; n.div_ceil(8)];
        let mut payloads = Vec::with_capacity(n);
        let mut dynamic_tag = None;
        for r in 0..n {
            let (tag, payload) = match (extra, state[r]) {
                (Some((x, tag, payload)), _) if x as usize == r => {
                    dynamic_tag = Some((r, tag));
                    (0, payload)
                }
                (_, rep @ (Rep::Int | Rep::Float | Rep::Bool)) => self.raw_scalar(r as u32, rep),
                _ => (pyjit_runtime::value::tags::UNDEFINED, self.iconst(0)),
            };
            tags[r / 8] |= (tag as u64) << (8 * (r % 8));
            payloads.push(payload);
        }
        let mut tag_words: Vec<ir::Value> = tags.iter().map(|&w| self.iconst(w as i64)).collect();
        if let Some((r, tag)) = dynamic_tag {
            let byte = self.b.ins().band_imm_u(tag, 0xff);
            let shifted = self.b.ins().ishl_imm_u(byte, 8 * (r % 8) as i64);
            tag_words[r / 8] = self.b.ins().bor(tag_words[r / 8], shifted);
        }
        let idx = self.iconst(index as i64);
        std::iter::once(idx).chain(tag_words).chain(payloads).map(ir::BlockArg::Value).collect()
    }

    /// The exit hub's code: stores its tag words and payloads in the
    /// deoptimization buffer, one word each, and resumes in the interpreter
    /// (`jit_fn_resume_packed` builds the `Value`s, so each register costs the
    /// hub one store instead of unpacking its tag and storing three fields).
    fn fill_exit_hub(&mut self, hub: Block) {
        let params = self.b.block_params(hub).to_vec();
        let n = self.unit.raw.const_base as usize;
        let (idx, tag_words, payloads) = (params[0], &params[1..1 + n.div_ceil(8)], &params[1 + n.div_ceil(8)..]);
        let buf = self.deopt_buf.expect("function units have a deopt buffer");
        // Packed as `jit_fn_resume_packed` reads it: the tag words, then one
        // payload word per register (the buffer has 16 bytes per register).
        for (i, &w) in tag_words.iter().enumerate() {
            self.b.ins().stack_store(types::I64, w, buf, (8 * i) as i32);
        }
        for (r, &p) in payloads.iter().enumerate() {
            self.b.ins().stack_store(types::I64, p, buf, (8 * (tag_words.len() + r)) as i32);
        }
        let meta = self.iconst(self.opts.function_meta as i64);
        let bufaddr = self.b.ins().stack_addr(types::I64, buf, 0);
        let (interp, fun) = (self.interp, self.fun);
        let r = self.call_helper(crate::runtime_calls::frames::jit_fn_resume_packed as *const () as usize, &[interp, fun, meta, idx, bufaddr], &[types::I64, types::I64]);
        self.leave_function(r[0], r[1]);
    }

    /// What exit code does with each register of `state`: representations it
    /// writes back the same way compare equal, so exits that differ only in
    /// registers left alone (constants, boxed values, registers a frameless
    /// unit does not write) share one copy of the spill code.
    fn spill_signature(&self, state: &State) -> State {
        let base = self.unit.raw.const_base;
        let frameless = self.frameless();
        state.iter().enumerate().map(|(v, &rep)| {
            let written = if frameless { (v as u32) < base && rep.is_scalar() } else { rep.is_native() };
            if written { rep } else { crate::rep::ANY }
        }).collect()
    }

    /// Frame registers holding unit constants in `state` (an exit rebuilding a frame
    /// fills them in).
    fn const_regs(&self, state: &State) -> Vec<(Reg, u32)> {
        if !self.frameless() {
            return Vec::new();
        }
        (0..self.unit.raw.const_base).filter_map(|r| match state[r as usize] {
            Rep::Const(id) => Some((r, id)),
            _ => None,
        }).collect()
    }

    /// Fills exit blocks requested since the last call (the current block must be
    /// terminated).
    pub fn flush_exits(&mut self) {
        let first_new = self.b.func.dfg.num_blocks();
        self.flush_exits_inner();
        // Blocks the spill code made (dropping an old value, say) are cold too.
        for i in first_new..self.b.func.dfg.num_blocks() {
            self.b.set_cold_block(Block::from_u32(i as u32));
        }
    }

    fn flush_exits_inner(&mut self) {
        while let Some(p) = self.pending_exits.pop() {
            match p {
                PendingExit::Stub { block, index, shared, extra } => {
                    self.b.switch_to_block(block);
                    let idx = self.iconst(index as i64);
                    let mut args = vec![ir::BlockArg::Value(idx)];
                    if let Some((tag, payload)) = extra {
                        args.extend([ir::BlockArg::Value(tag), ir::BlockArg::Value(payload)]);
                    }
                    self.b.ins().jump(shared, &args);
                }
                PendingExit::Shared { block, state, extra } => {
                    self.b.switch_to_block(block);
                    let params = self.b.block_params(block).to_vec();
                    let extra = extra.map(|x| (x, params[1], params[2]));
                    let hot = [self.interp, self.frame, self.regs, self.acc];
                    if let Some(staged) = self.emit_exit(params[0], &state, extra) {
                        self.shared_staged.insert(block, staged);
                    }
                    [self.interp, self.frame, self.regs, self.acc] = hot;
                }
                PendingExit::HubStub { block, index, hub, state, extra } => {
                    self.b.switch_to_block(block);
                    let args = self.exit_hub_args(index, &state, extra);
                    self.b.ins().jump(hub, &args);
                }
                PendingExit::Hub { block } => {
                    self.b.switch_to_block(block);
                    self.fill_exit_hub(block);
                }
            }
        }
    }

    /// Has a loop unit's pointer parameters (interpreter, frame, registers,
    /// accumulator) saved in a stack slot at entry, for exit code to reload:
    /// otherwise they stay live through the loop just for its exits, taking
    /// registers the loop needs. The stores are placed once the unit is
    /// translated, if an exit still reloads them (see [`save_params_at_entry`]):
    /// exits that stage their values for the caller (`crate::handoff`) need none.
    fn save_unit_params(&mut self) {
        self.saved_params.params = Some([self.interp, self.frame, self.regs, self.acc]);
    }

    /// In exit code about to call the runtime: switches to reloaded copies of
    /// a loop unit's pointer parameters (the caller restores the originals
    /// after the exit). Unused ones are dropped later (`drop_dead_loads`).
    fn reload_unit_params(&mut self) {
        if self.saved_params.params.is_none() {
            return;
        }
        let slot = *self.params_slot.get_or_insert_with(|| self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 32, 3)));
        let mut v = [ir::Value::from_u32(0); 4];
        for (i, x) in v.iter_mut().enumerate() {
            *x = self.b.ins().stack_load(types::I64, types::I64, slot, 8 * i as i32);
            self.saved_params.reloads.push(self.b.func.dfg.value_def(*x).unwrap_inst());
        }
        [self.interp, self.frame, self.regs, self.acc] = v;
    }

    /// Writes every native value of `state` back (to the frame, or to the buffer a
    /// frameless unit's frame is rebuilt from) and leaves through exit `index`.
    /// A loop unit's exit stages its scalars in the handoff for its caller to
    /// write back, and returns what it staged (the same for every exit index
    /// that shares this code).
    /// A function unit's exits write dead registers too, which lets exits at
    /// different instructions share this code; a loop unit's leave out the
    /// scalars the interpreter does not read where it resumes (see
    /// [`Tx::live_at_resume`]).
    fn emit_exit(&mut self, index: ir::Value, state: &State, extra: Option<(Reg, ir::Value, ir::Value)>) -> Option<crate::handoff::Staged> {
        let base = self.unit.raw.const_base;
        // A loop unit's caller writes the staged values back after it returns
        // (see `handoff`); a framed function unit resumes the interpreter
        // from here, so it writes them back itself first.
        let deferred = !matches!(self.unit.kind, UnitKind::Function { .. });
        if !deferred {
            self.reload_unit_params();
        }
        if self.frameless() {
            let buf = self.deopt_buf.expect("function units have a deopt buffer");
            for r in 0..base {
                let rep = state[r as usize];
                let addr = self.b.ins().stack_addr(types::I64, buf, (16 * r) as i32);
                if let Some((x, tag, payload)) = extra {
                    if x == r {
                        self.store_raw_unowned(addr, tag, payload);
                        continue;
                    }
                }
                match rep {
                    r2 if r2.is_scalar() => self.store_native_unchecked(addr, r, r2),
                    _ => self.store_tag(addr, pyjit_runtime::value::tags::UNDEFINED),
                }
            }
            let meta = self.iconst(self.opts.function_meta as i64);
            let bufaddr = self.b.ins().stack_addr(types::I64, buf, 0);
            let (interp, fun) = (self.interp, self.fun);
            let r = self.call_helper(crate::runtime_calls::frames::jit_fn_resume as *const () as usize, &[interp, fun, meta, index, bufaddr], &[types::I64, types::I64]);
            self.leave_function(r[0], r[1]);
            return None;
        }
        let extra_reg = extra.map(|(x, ..)| x);
        let stage = deferred.then(|| self.iconst(self.opts.handoff as i64));
        let frame = self.stage_frame_scalars(state, extra_reg, stage);
        let globals = self.stage_promoted_scalars(state, stage);
        let acc = stage.and_then(|base| self.stage_accumulator(state, base));
        let acc_kind = acc.map_or(crate::handoff::ACC_NONE, |(_, kind)| kind);
        let acc = acc.map(|(v, _)| v);
        let staged = frame.as_ref().map_or(0, |f| f.mask());
        let staged_globals: Vec<u32> = globals.as_ref().map_or(Vec::new(), |g| g.pseudos.clone());
        let is_staged = |v: u32| in_mask(staged, v) || staged_globals.contains(&v) || acc == Some(v);
        let rest: Vec<(u32, Rep)> = (0..state.len() as u32)
            .filter(|&v| extra_reg != Some(v) && !is_staged(v))
            .map(|v| (v, state[v as usize]))
            .filter(|&(v, rep)| rep.is_native() && (v < base || self.is_live_at_exit(0, v)))
            .collect();
        if extra.is_some() || !rest.is_empty() {
            // Calls follow (otherwise the exit only stores and returns).
            if deferred {
                self.reload_unit_params();
            }
            self.park_exit_values(state, extra_reg, staged, &staged_globals);
        }
        if let Some((x, tag, payload)) = extra {
            let home = self.home(x);
            self.call_helper(crate::runtime_calls::slots::jit_store_raw as *const () as usize, &[home, tag, payload], &[]);
        }
        let module = std::rc::Rc::as_ptr(&self.unit.globals) as i64;
        let staged = stage.map(|_| {
            // What the caller finds staged: kept with the exit, not stored.
            let mut staged = crate::handoff::Staged { acc_kind, ..Default::default() };
            if let Some(f) = &frame {
                (staged.values, staged.ranges, staged.wides, staged.lists) = (f.values, f.ranges, f.wides, f.lists);
            }
            if let Some(g) = &globals {
                (staged.globals_values, staged.globals_wides, staged.module) = (g.values, g.wides, module as usize);
            }
            staged
        });
        if stage.is_none() {
            let regs = self.regs;
            match (frame, globals) {
                // One call for both (a call is most of an exit's code).
                (Some(f), Some(g)) => {
                    let (v, r, gm) = (self.iconst(f.values as i64), self.iconst(f.ranges as i64), self.iconst(g.values as i64));
                    let module = self.iconst(module);
                    let (addr, gaddr) = (self.stage_addr(f.buf), self.stage_addr(g.buf));
                    self.call_helper(crate::runtime_calls::slots::jit_write_back_frame_globals as *const () as usize, &[regs, addr, v, r, module, gaddr, gm], &[]);
                }
                (Some(f), None) => {
                    let (v, r, addr) = (self.iconst(f.values as i64), self.iconst(f.ranges as i64), self.stage_addr(f.buf));
                    self.call_helper(crate::runtime_calls::slots::jit_write_back_frame as *const () as usize, &[regs, addr, v, r], &[]);
                }
                (None, Some(g)) => {
                    let slots = self.module_slot(module, 0);
                    let (m, addr) = (self.iconst(g.values as i64), self.stage_addr(g.buf));
                    self.call_helper(crate::runtime_calls::slots::jit_write_back_regs as *const () as usize, &[slots, addr, m], &[]);
                }
                (None, None) => {}
            }
        }
        for (v, rep) in rest {
            self.write_home(v, rep);
        }
        self.parked.clear();
        if let UnitKind::Function { .. } = self.unit.kind {
            // A framed function unit: the interpreter finishes the call.
            let meta = self.iconst(self.opts.function_meta as i64);
            let (interp, frame) = (self.interp, self.frame);
            let r = self.call_helper(crate::runtime_calls::frames::jit_frame_resume as *const () as usize, &[interp, frame, meta, index], &[types::I64, types::I64]);
            self.leave_function(r[0], r[1]);
            return None;
        }
        self.b.ins().return_(&[index]);
        staged
    }

    /// Moves the native values an exit writes back into a stack buffer first, and
    /// has the exit load them from there at each use (see [`Tx::use_v`]).
    /// Writing back makes calls (dropping an old value, boxing an int128); a
    /// value still needed after one would otherwise have to sit in a
    /// callee-saved register, or be spilled, all through the hot code. The loads
    /// sit at the uses, not right after the stores, because Cranelift forwards a
    /// stored value to a load with no call in between, which would undo the park.
    fn park_exit_values(&mut self, state: &State, skip: Option<Reg>, staged: u64, staged_globals: &[u32]) {
        let base = self.unit.raw.const_base;
        let parked: Vec<(u32, VarKind)> = (0..state.len() as u32)
            .filter(|&v| skip != Some(v) && !in_mask(staged, v) && !staged_globals.contains(&v))
            .filter(|&v| v < base || self.is_live_at_exit(0, v))
            .filter_map(|v| match state[v as usize] {
                Rep::Int if self.unit.const_reg(v).is_none() => Some((v, VarKind::I64)),
                Rep::Float if self.unit.const_reg(v).is_none() => Some((v, VarKind::F64)),
                Rep::Bool if self.unit.const_reg(v).is_none() => Some((v, VarKind::Bool)),
                Rep::Wide => Some((v, VarKind::Wide)),
                Rep::RangeIter => Some((v, VarKind::RangeNext)),
                Rep::ListIter => Some((v, VarKind::ListIdx)),
                _ => None,
            })
            .collect();
        // A virtual range iterator's object is made from its stop and step too.
        let virtuals: Vec<(u32, VarKind)> = parked
            .iter()
            .filter(|&&(v, k)| k == VarKind::RangeNext && self.virtual_iters.contains(&v))
            .flat_map(|&(v, _)| [(v, VarKind::RangeStop), (v, VarKind::RangeStep)])
            .collect();
        let parked = [parked, virtuals].concat();
        if parked.is_empty() {
            return;
        }
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 16 * parked.len() as u32, 4));
        for (i, &(v, k)) in parked.iter().enumerate() {
            let x = self.use_v(v, k);
            let ty = self.b.func.dfg.value_type(x);
            self.b.ins().stack_store(types::I64, x, slot, 16 * i as i32);
            self.parked.insert((v, k), (slot, 16 * i as i32, ty));
        }
    }

    /// Stages the native int, float and bool frame registers of `state` below
    /// register 64 (`skip` left out) as raw `Value`s, one 16-byte slot per
    /// register, and the positions of its range iterators that have objects
    /// (as an `i64` at offset 8 of their slots), before exit code makes any
    /// call; with a `stage` (a loop unit's exit: the handoff area, whose caller
    /// writes back) also its int128s (as `i128`s) and its list iterators'
    /// indexes (at offset 8). Returns the buffer and the sets' bit masks.
    /// Without a stage the buffer is a stack slot, and the exit writes it back
    /// with one call of `slots::jit_write_back_frame`. Either replaces a tag
    /// check, a drop call and two stores per scalar register, and a call per
    /// iterator, which keeps exit code (most of a loop unit's IR) small. `None`
    /// when there is nothing to stage, or, without a stage, one scalar and no
    /// iterator (its stores are cheaper than the call).
    fn stage_frame_scalars(&mut self, state: &State, skip: Option<Reg>, stage: Option<ir::Value>) -> Option<StagedFrame> {
        let base = self.unit.raw.const_base.min(64);
        let regs: Vec<(u32, Rep)> = (0..base)
            .filter(|&v| skip != Some(v) && self.unit.const_reg(v).is_none())
            .filter_map(|v| match state[v as usize] {
                rep @ (Rep::Int | Rep::Float | Rep::Bool) => Some((v, rep)),
                Rep::RangeIter if !self.virtual_iters.contains(&v) => Some((v, Rep::RangeIter)),
                // Only the caller converts a staged int128 (one call each
                // otherwise), and syncs a list iterator.
                Rep::Wide if stage.is_some() => Some((v, Rep::Wide)),
                Rep::ListIter if stage.is_some() => Some((v, Rep::ListIter)),
                _ => None,
            })
            .collect();
        let iters = regs.iter().filter(|&&(_, rep)| rep == Rep::RangeIter).count();
        // Staging for the caller costs no call, so even one scalar is worth it.
        let fewest = if stage.is_some() { 1 } else { 2 };
        if regs.len() < fewest && iters == 0 {
            return None;
        }
        let top = regs.last().map_or(0, |&(v, _)| v) + 1;
        let buf = self.stage_buf(stage, 16 * top, crate::handoff::FRAME_OFFSET);
        let mut staged = StagedFrame { buf, values: 0, ranges: 0, wides: 0, lists: 0 };
        for (v, rep) in regs {
            let at = 16 * v as i32;
            match rep {
                Rep::RangeIter => {
                    let n = self.use_v(v, VarKind::RangeNext);
                    self.stage_word(buf, at + 8, n);
                    staged.ranges |= 1 << v;
                }
                Rep::Wide => {
                    let w = self.use_v(v, VarKind::Wide);
                    self.stage_word(buf, at, w);
                    staged.wides |= 1 << v;
                }
                Rep::ListIter => {
                    let i = self.use_v(v, VarKind::ListIdx);
                    self.stage_word(buf, at + 8, i);
                    staged.lists |= 1 << v;
                }
                _ => {
                    self.stage_scalar(buf, at, v, rep);
                    staged.values |= 1 << v;
                }
            }
        }
        Some(staged)
    }

    /// Stages the native int, float and bool promoted globals of `state` that the
    /// loop stores to (module slots below 64) as raw `Value`s in a buffer
    /// indexed by module slot, like [`Tx::stage_frame_scalars`] (and the int128
    /// ones, when staging for the caller). `slots::jit_write_back_regs` on the
    /// module's slots then stores them all, dropping what they replace, in one
    /// call instead of a tag check, a drop call and two stores per global.
    fn stage_promoted_scalars(&mut self, state: &State, stage: Option<ir::Value>) -> Option<StagedGlobals> {
        let base = self.unit.raw.const_base;
        let picked: Vec<(u32, u32, Rep)> = (0..self.unit.promoted.len() as u32)
            .map(|i| (base + i, self.unit.promoted[i as usize].slot))
            .filter(|&(v, slot)| slot < 64 && self.is_live_at_exit(0, v))
            .filter_map(|(v, slot)| match state[v as usize] {
                rep @ (Rep::Int | Rep::Float | Rep::Bool) => Some((v, slot, rep)),
                Rep::Wide if stage.is_some() => Some((v, slot, Rep::Wide)),
                _ => None,
            })
            .collect();
        let top = picked.iter().map(|&(_, slot, _)| slot).max()? + 1;
        let buf = self.stage_buf(stage, 16 * top, crate::handoff::GLOBALS_OFFSET);
        let mut staged = StagedGlobals { buf, values: 0, wides: 0, pseudos: picked.iter().map(|&(v, ..)| v).collect() };
        for &(v, slot, rep) in &picked {
            if rep == Rep::Wide {
                let w = self.use_v(v, VarKind::Wide);
                self.stage_word(buf, 16 * slot as i32, w);
                staged.wides |= 1 << slot;
            } else {
                self.stage_scalar(buf, 16 * slot as i32, v, rep);
                staged.values |= 1 << slot;
            }
        }
        Some(staged)
    }

    /// Stages a sum reduction's native accumulator in the handoff area at
    /// `base` (a raw `Value`, or an `i128`); returns its pseudo-register and
    /// what was staged ([`crate::handoff::ACC_VALUE`] or `ACC_WIDE`).
    fn stage_accumulator(&mut self, state: &State, base: ir::Value) -> Option<(u32, i64)> {
        if !matches!(self.unit.kind, UnitKind::SumReduction { .. }) {
            return None;
        }
        let v = self.unit.raw.const_base + self.unit.promoted.len() as u32;
        let buf = StageBuf::Exit(base, crate::handoff::ACC_OFFSET);
        let kind = match state.get(v as usize).copied()? {
            rep @ (Rep::Int | Rep::Float | Rep::Bool) => {
                self.stage_scalar(buf, 0, v, rep);
                crate::handoff::ACC_VALUE
            }
            Rep::Wide => {
                let w = self.use_v(v, VarKind::Wide);
                self.stage_word(buf, 0, w);
                crate::handoff::ACC_WIDE
            }
            _ => return None,
        };
        Some((v, kind))
    }

    /// Stores `x` (an `i64` or an `i128`) at byte `at` of a staging buffer.
    fn stage_word(&mut self, buf: StageBuf, at: i32, x: ir::Value) {
        // Not `aligned`: the stage's slots are 8-byte aligned, an i128 wants 16.
        let flags = MemFlagsData::new().with_notrap();
        match buf {
            StageBuf::Slot(slot) => self.b.ins().stack_store(types::I64, x, slot, at),
            StageBuf::Exit(base, offset) => self.b.ins().store(flags, x, base, offset + at),
        };
    }

    /// A staging buffer of `size` bytes: the part of the JIT's handoff area (at
    /// `stage`) at byte `offset`, or else a new stack slot (see [`StageBuf`]).
    fn stage_buf(&mut self, stage: Option<ir::Value>, size: u32, offset: i32) -> StageBuf {
        match stage {
            Some(base) => StageBuf::Exit(base, offset),
            None => StageBuf::Slot(self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, size, 4))),
        }
    }

    /// A staging buffer's address.
    fn stage_addr(&mut self, buf: StageBuf) -> ir::Value {
        match buf {
            StageBuf::Slot(slot) => self.b.ins().stack_addr(types::I64, slot, 0),
            StageBuf::Exit(base, offset) => self.b.ins().iadd_imm_s(base, offset as i64),
        }
    }

    /// Stores native int, float or bool register `v` as a raw `Value` at byte
    /// `at` of a staging buffer (the stage's stores address it from its base).
    fn stage_scalar(&mut self, buf: StageBuf, at: i32, v: u32, rep: Rep) {
        match buf {
            StageBuf::Slot(slot) => {
                let addr = self.b.ins().stack_addr(types::I64, slot, at);
                self.store_native_unchecked(addr, v, rep);
            }
            StageBuf::Exit(base, offset) => {
                let (tag, payload) = self.raw_scalar(v, rep);
                let t = self.b.ins().iconst(types::I8, tag as i64);
                self.b.ins().store(self.mf, t, base, offset + at);
                if rep == Rep::Bool {
                    let b = self.b.ins().ireduce(types::I8, payload);
                    self.b.ins().store(self.mf, b, base, offset + at + pyjit_runtime::value::tags::BOOL_OFFSET);
                } else {
                    self.b.ins().store(self.mf, payload, base, offset + at + pyjit_runtime::value::tags::PAYLOAD_OFFSET);
                }
            }
        }
    }

    /// Whether `v` must be written back when leaving to `pc`.
    fn is_live_at_exit(&self, pc: Pc, v: u32) -> bool {
        let base = self.unit.raw.const_base;
        if v < base {
            return self.unit.liveness.is_live(pc, v);
        }
        let i = (v - base) as usize;
        match self.unit.promoted.get(i) {
            Some(p) => p.stored,
            None => true, // the accumulator
        }
    }

    /// The block for the edge to `target` in `state`: the target's block, a block
    /// that converts representations first, or an exit.
    pub fn edge(&mut self, target: Pc, state: &State, pending: &mut Vec<PendingEdge>) -> Block {
        if !self.unit.contains(target) {
            return self.exit_block(target, ExitKind::Leave, "leaves the unit", state, None);
        }
        let Some(tstate) = self.analysis.at(self.unit.start, target).cloned() else {
            return self.exit_block(target, ExitKind::Leave, "unreachable", state, None);
        };
        if self.deferred_advance.iter().any(|d| d.header == target) {
            self.advance_bypassed = true;
        }
        // An edge out of a deferred loop's body (`break`) advances its position.
        let leaves_body = self.deferred_advance.iter().any(|d| target < d.header || target >= d.exit);
        let tblock = self.block_for(target);
        if leaves_body || self.needs_moves(state, &tstate, target) {
            let block = self.b.create_block();
            pending.push(PendingEdge { block, target, state: state.clone() });
            block
        } else {
            tblock
        }
    }

    /// Whether register `v` in `rep` is a virtual range iterator (it has no
    /// object; see [`virtual_range_iters`]).
    pub fn is_virtual_iter(&self, v: u32, rep: Rep) -> bool {
        rep == Rep::RangeIter && self.virtual_iters.contains(&v)
    }

    /// Whether an edge from `from` to `to` (at `target`) needs conversion code.
    pub fn needs_moves(&self, from: &State, to: &State, target: Pc) -> bool {
        from.iter().zip(to).enumerate().any(|(v, (a, b))| self.needs_move(v as u32, *a, *b, target))
    }

    /// Whether going from `a` to `b` for `v` on an edge to `target` needs code: a
    /// live value changing representation, or a range iterator whose position must
    /// reach its (possibly shared) object.
    fn needs_move(&self, v: u32, a: Rep, b: Rep, target: Pc) -> bool {
        if a == b || (!a.is_native() && b == crate::rep::ANY) {
            return false;
        }
        (a.is_native_iter() && !self.is_virtual_iter(v, a)) || self.is_live_at_exit(target, v)
    }

    /// Fills the conversion blocks of edges created by `edge`.
    pub fn fill_edges(&mut self, pending: Vec<PendingEdge>) -> Result<(), String> {
        for p in pending {
            self.b.switch_to_block(p.block);
            let tstate = self.analysis.at(self.unit.start, p.target).cloned().ok_or("edge to unreachable")?;
            for v in 0..tstate.len() as u32 {
                let (a, t) = (p.state[v as usize], tstate[v as usize]);
                if !self.needs_move(v, a, t, p.target) {
                    continue;
                }
                match (a, t) {
                    (Rep::Int, Rep::Wide) => {
                        let x = self.use_v(v, VarKind::I64);
                        let w = self.b.ins().sextend(types::I128, x);
                        let var = self.var(v, VarKind::Wide);
                        self.b.def_var(var, w);
                    }
                    (Rep::Boxed(_), Rep::Boxed(None)) => {}
                    (a, Rep::Boxed(None)) if a.is_native() => self.write_home(v, a),
                    (a, t) => return Err(format!("no conversion from {:?} to {:?} for register {}", a, t, v)),
                }
            }
            // Last: after this definition `use_v` would add the step again.
            let leaving: Vec<DeferredAdvance> = self.deferred_advance.iter().filter(|d| p.target < d.header || p.target >= d.exit).copied().collect();
            for d in leaving {
                let next = self.use_v(d.iter, VarKind::RangeNext);
                let var = self.var(d.iter, VarKind::RangeNext);
                self.b.def_var(var, next);
            }
            let tb = self.block_for(p.target);
            self.b.ins().jump(tb, &[]);
            self.flush_exits();
        }
        Ok(())
    }

    pub fn block_for(&mut self, pc: Pc) -> Block {
        if let Some(b) = self.blocks.get(&pc) {
            return *b;
        }
        let b = self.b.create_block();
        self.blocks.insert(pc, b);
        b
    }

    /// Jumps to `target` from the current block in `state` (terminates it).
    pub fn jump_to(&mut self, target: Pc, state: &State) -> Result<(), String> {
        let mut pending = Vec::new();
        let blk = self.edge(target, state, &mut pending);
        self.b.ins().jump(blk, &[]);
        self.flush_exits();
        self.fill_edges(pending)
    }

    /// Branches on `cond` (nonzero: `then_pc`) in `state`.
    pub fn branch(&mut self, cond: ir::Value, then_pc: Pc, else_pc: Pc, state: &State) -> Result<(), String> {
        let (then_pc, else_pc) = (self.thread_back_edge(then_pc), self.thread_back_edge(else_pc));
        let mut pending = Vec::new();
        let t = self.edge(then_pc, state, &mut pending);
        let e = self.edge(else_pc, state, &mut pending);
        self.b.ins().brif(cond, t, &[], e, &[]);
        self.flush_exits();
        self.fill_edges(pending)
    }

    /// Where a branch to `pc` can go directly: past a `JumpBackward` that emits no
    /// code (its loop polls at the header, as a native list loop does) to the
    /// loop header, saving a jump per iteration where a comprehension's filter
    /// branches to the back-edge.
    fn thread_back_edge(&self, pc: Pc) -> Pc {
        match self.unit.raw.instrs.get(pc as usize) {
            Some(pyjit_compiler::bytecode::Instr::JumpBackward { target, .. }) if self.list_loop_headers.contains(target) => *target,
            _ => pc,
        }
    }

    /// Calls a helper by address with the platform's C calling convention.
    ///
    /// In a function unit, first stores the unit's call depth into
    /// `Interp::depth` (unless this block did since its last native call): the
    /// runtime (and the interpreter it may run) reads the counter there, and
    /// native calls leave it stale.
    pub fn call_helper(&mut self, addr: usize, args: &[ir::Value], rets: &[ir::Type]) -> Vec<ir::Value> {
        if let Some(d) = self.call_depth {
            let here = self.b.current_block();
            if self.depth_stored_in != here {
                self.store_interp_depth(d);
                self.depth_stored_in = here;
            }
        }
        let mut sig = Signature::new(self.opts.call_conv);
        for a in args {
            let ty = self.b.func.dfg.value_type(*a);
            sig.params.push(AbiParam::new(ty));
        }
        for r in rets {
            sig.returns.push(AbiParam::new(*r));
        }
        let sigref = self.b.import_signature(sig);
        let callee = self.iconst(addr as i64);
        let call = self.b.ins().call_indirect(sigref, callee, args);
        self.b.inst_results(call).to_vec()
    }

    /// Loads the interpreter's call-depth counter, `Interp::depth`.
    pub fn load_interp_depth(&mut self) -> ir::Value {
        self.b.ins().load(types::I64, self.mf_depth, self.interp, std::mem::offset_of!(pyjit_runtime::interp::Interp, depth) as i32)
    }

    /// Stores `depth` into the interpreter's call-depth counter.
    pub fn store_interp_depth(&mut self, depth: ir::Value) {
        self.b.ins().store(self.mf_depth, depth, self.interp, std::mem::offset_of!(pyjit_runtime::interp::Interp, depth) as i32);
    }
}

/// Exit code waiting to be emitted (after the branch to it ends the current block).
pub(crate) enum PendingExit {
    /// Passes an exit's index (and its extra value's tag and payload) to shared
    /// spill code.
    Stub { block: Block, index: u32, shared: Block, extra: Option<(ir::Value, ir::Value)> },
    /// Spill code shared by the exits with one spill signature (its parameters:
    /// the exit index, then the tag and payload of the value for register
    /// `extra`).
    Shared { block: Block, state: State, extra: Option<Reg> },
    /// A frameless unit's exit: passes its index, the registers' tags and their
    /// payloads to the unit's exit hub.
    HubStub { block: Block, index: u32, hub: Block, state: State, extra: Option<(Reg, ir::Value, ir::Value)> },
    /// The exit hub of a frameless unit (see [`Tx::exit_hub`]).
    Hub { block: Block },
}

/// The first instructions of basic blocks in the unit (the entry is one).
fn leaders(unit: &UnitInput, entry_pc: Pc) -> Vec<Pc> {
    let mut set = std::collections::BTreeSet::new();
    set.insert(unit.start);
    set.insert(entry_pc);
    for pc in unit.start..=unit.end {
        let succ = crate::operands::successors(unit.raw, pc);
        if succ != [pc + 1] {
            for s in succ {
                set.insert(s);
            }
            set.insert(pc + 1);
        }
    }
    set.into_iter().filter(|p| unit.contains(*p)).collect()
}

/// The instructions with exactly one way in (one edge from one instruction of
/// the unit; not the unit's start or entry, no exception handler), mapped to
/// the instruction that edge comes from: what is known about registers there
/// carries over.
fn sole_predecessors(unit: &UnitInput, entry_pc: Pc) -> HashMap<Pc, Pc> {
    let mut preds: HashMap<Pc, Vec<Pc>> = HashMap::default();
    for pc in unit.start..=unit.end {
        for s in crate::operands::successors(unit.raw, pc) {
            preds.entry(s).or_default().push(pc);
        }
    }
    let handlers: HashSet<Pc> = unit.raw.exception_table.iter().map(|e| e.handler).collect();
    (unit.start + 1..=unit.end)
        .filter(|&pc| pc != entry_pc && !handlers.contains(&pc))
        .filter_map(|pc| match preds.get(&pc).map(Vec::as_slice) {
            Some(&[p]) => Some((pc, p)),
            _ => None,
        })
        .collect()
}

/// Range iterators the unit may keep virtual, an allocation removed as in PyPy's
/// virtuals (Bolz et al., "Allocation removal by partial evaluation in a tracing
/// JIT", PEPM 2011): the iterator registers of `range()` loops created inside
/// the unit, which nothing but their `ForIter` and `ReleaseIter` reads while
/// they hold the iterator. No Python code can see such an iterator, so it needs
/// no object while native code runs; an exit that leaves it live makes one from
/// the native position, stop and step. Iterators the unit is entered with may
/// be shared (`for x in it`), so they keep their objects.
fn virtual_range_iters(unit: &UnitInput, analysis: &Analysis, entry: &State) -> HashSet<Reg> {
    use pyjit_compiler::bytecode::Instr;
    let mut created = HashSet::default();
    for pc in unit.start..=unit.end {
        let Some(state) = analysis.at(unit.start, pc) else { continue };
        if let Action::Native(crate::decide::Op::RangeIter { getiter_dst, .. }) = decide(unit, pc, state).action {
            created.insert(getiter_dst);
        }
    }
    created.retain(|&r| entry.get(r as usize) != Some(&Rep::RangeIter));
    // Any other instruction that reads one of them while it holds the iterator
    // (the register may hold other values at other times) needs the object.
    for pc in unit.start..=unit.end {
        let Some(state) = analysis.at(unit.start, pc) else { continue };
        let instr = &unit.raw.instrs[pc as usize];
        if matches!(*instr, Instr::ForIter { .. } | Instr::ReleaseIter { .. }) {
            continue;
        }
        for r in crate::operands::reads(instr) {
            if state.get(r as usize) == Some(&Rep::RangeIter) {
                created.remove(&r);
            }
        }
    }
    created
}

/// The native signature of a unit.
pub fn signature(unit: &UnitInput, call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.push(AbiParam::new(types::I64)); // interp
    match &unit.kind {
        UnitKind::Function { params } => {
            sig.params.push(AbiParam::new(types::I64)); // function
            sig.params.push(AbiParam::new(types::I64)); // the caller's call depth
            for p in params {
                sig.params.push(AbiParam::new(param_type(*p)));
            }
            sig.returns.push(AbiParam::new(types::I64));
            sig.returns.push(AbiParam::new(types::I64));
        }
        _ => {
            sig.params.push(AbiParam::new(types::I64)); // frame
            sig.params.push(AbiParam::new(types::I64)); // registers
            sig.params.push(AbiParam::new(types::I64)); // accumulator
            sig.returns.push(AbiParam::new(types::I64));
        }
    }
    sig
}

/// The native type an unboxed parameter is passed in.
pub fn param_type(r: Rep) -> ir::Type {
    match r {
        Rep::Float => types::F64,
        Rep::Bool => types::I8,
        _ => types::I64,
    }
}

/// Translates the unit into a Cranelift function.
///
/// `ranges` are what is speculated about the range iterators in the entry frame
/// (loop units): the unit guards it at entry and specializes its range loops.
pub fn translate(unit: &UnitInput, analysis: &Analysis, consts: &[Value], entry_pc: Pc, opts: Options, ranges: &[crate::unit::RangeSpeculation]) -> Result<Translated, String> {
    let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), signature(unit, opts.call_conv));
    let mut fctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut func, &mut fctx);
    let width = unit.width();
    let mut tx = Tx {
        b,
        unit,
        analysis,
        consts,
        opts,
        interp: ir::Value::from_u32(0),
        frame: ir::Value::from_u32(0),
        regs: ir::Value::from_u32(0),
        acc: ir::Value::from_u32(0),
        fun: ir::Value::from_u32(0),
        call_depth: None,
        depth_stored_in: None,
        entry_guards: Vec::new(),
        in_entry_guards: false,
        entry_checked: None,
        vars: HashMap::default(),
        blocks: HashMap::default(),
        exits: Vec::new(),
        exit_cache: HashMap::default(),
        exit_shared: Vec::new(),
        shared_staged: HashMap::default(),
        state: vec![crate::rep::ANY; width],
        deopt_buf: None,
        scratch: ir::StackSlot::from_u32(0),
        pending_exits: Vec::new(),
        mf: MemFlagsData::trusted(),
        mf_plain: MemFlagsData::new(),
        mf_depth: MemFlagsData::trusted(),
        range_steps: ranges.iter().map(|r| (r.reg, r.step)).collect(),
        small_ranges: ranges.iter().filter(|r| r.small).map(|r| r.reg).collect(),
        reg_ranges: HashMap::default(),
        ranged_now: None,
        sole_pred: sole_predecessors(unit, entry_pc),
        edge_ranges: HashMap::default(),
        params_slot: None,
        saved_params: SavedParams::default(),
        entry_reads: None,
        entry_reads_done: false,
        parked: HashMap::default(),
        exit_hub: None,
        list_loop_headers: Default::default(),
        chunked_loops: HashMap::default(),
        deferred_advance: Vec::new(),
        advance_bypassed: false,
        entry_pc,
        virtual_iters: Default::default(),
    };
    let depth_region = tx.b.func.dfg.alias_regions.insert(ir::AliasRegionData { user_id: DEPTH_REGION, description: "interpreter call depth".into() });
    tx.mf_depth = tx.mf_depth.with_alias_region(Some(depth_region));
    tx.scratch = tx.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 16, 4));
    let entry = tx.b.create_block();
    tx.b.append_block_params_for_function_params(entry);
    tx.b.switch_to_block(entry);
    let params = tx.b.block_params(entry).to_vec();
    tx.interp = params[0];
    let entry_state = analysis.at(unit.start, entry_pc).cloned().ok_or("entry unreachable")?;
    tx.virtual_iters = virtual_range_iters(unit, analysis, &entry_state);
    match &unit.kind {
        UnitKind::Function { params: reps } if unit.frameless => {
            tx.fun = params[1];
            if unit.closed.get() && tx.opts.self_call.is_some() {
                // Function objects are aligned: bit 0 is free for the flag.
                tx.entry_checked = Some(tx.b.ins().band_imm_s(params[1], 1));
                tx.fun = tx.b.ins().band_imm_s(params[1], -2);
            }
            let n = unit.raw.const_base as usize;
            tx.deopt_buf = Some(tx.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, (16 * n.max(1)) as u32, 4)));
            tx.enter_function(reps, params[2], &params[3..])?;
        }
        UnitKind::Function { params: reps } => {
            tx.fun = params[1];
            tx.enter_framed_function(reps, params[2], &params[3..])?;
        }
        _ => {
            tx.frame = params[1];
            tx.regs = params[2];
            tx.acc = params[3];
            tx.save_unit_params();
            tx.load_entry(entry_pc, &entry_state)?;
        }
    }
    // Entered at a back-edge (a generator suspended at its loop's end), go
    // straight to the loop header: a back-edge only polls and jumps, and entering
    // through it would make Cranelift lay the back-edge's block out above the
    // loop body, with a taken jump to it every iteration.
    let first_pc = match unit.raw.instrs[entry_pc as usize] {
        pyjit_compiler::bytecode::Instr::JumpBackward { target, .. } if unit.contains(target) => target,
        _ => entry_pc,
    };
    tx.entry_pc = first_pc;
    tx.jump_to(first_pc, &entry_state)?;
    tx.translate_body(entry_pc)?;
    if tx.advance_bypassed {
        return Err("a range loop's header is reached other than by its back-edge".into());
    }
    tx.b.seal_all_blocks();
    let mut exits = std::mem::take(&mut tx.exits);
    for &(index, shared) in &tx.exit_shared {
        if let Some(staged) = tx.shared_staged.get(&shared) {
            exits[index as usize].staged = *staged;
        }
    }
    let entry_guards = std::mem::take(&mut tx.entry_guards);
    let saved_params = std::mem::take(&mut tx.saved_params);
    let params_slot = tx.params_slot;
    let entry_reads = tx.entry_reads.take().unwrap_or_default();
    tx.b.finalize(opts.frontend);
    // Exit code that calls the runtime reloads all of a loop unit's saved
    // pointer parameters; most such exits need one or two.
    crate::dead_loads::drop_dead_loads(&mut func);
    if let Some(slot) = params_slot {
        save_params_at_entry(&mut func, &saved_params, slot);
    }
    Ok(Translated { func, exits, entry_guards, entry_reads })
}

/// Stores a loop unit's pointer parameters into `slot` at the start of its
/// entry block, if an exit still reloads one of them (the reloads left after
/// `drop_dead_loads`).
fn save_params_at_entry(func: &mut ir::Function, saved: &SavedParams, slot: ir::StackSlot) {
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    let (Some(params), Some(entry)) = (saved.params, func.layout.entry_block()) else { return };
    if !saved.reloads.iter().any(|&i| func.layout.inst_block(i).is_some()) {
        return;
    }
    let mut pos = FuncCursor::new(func).at_first_insertion_point(entry);
    for (i, v) in params.into_iter().enumerate() {
        pos.ins().stack_store(types::I64, v, slot, 8 * i as i32);
    }
}

impl Tx<'_, '_> {
    fn translate_body(&mut self, entry_pc: Pc) -> Result<(), String> {
        let leaders = leaders(self.unit, entry_pc);
        let mut open = false;
        for pc in self.unit.start..=self.unit.end {
            self.deferred_advance.retain(|d| pc < d.exit);
            let Some(state_in) = self.analysis.at(self.unit.start, pc).cloned() else {
                if open {
                    return Err(format!("fell through into unreachable pc {}", pc));
                }
                continue;
            };
            if leaders.contains(&pc) || !open {
                if open {
                    let st = self.state.clone();
                    self.jump_to(pc, &st)?;
                }
                let blk = self.block_for(pc);
                self.b.switch_to_block(blk);
                self.state = state_in;
                self.ranges_on_entry(pc);
            }
            let d = decide(self.unit, pc, &self.state);
            self.ranged_now = None;
            open = self.translate_instr(pc, &d)?;
            for w in crate::operands::writes(&self.unit.raw.instrs[pc as usize]) {
                if self.ranged_now != Some(w) {
                    self.reg_ranges.remove(&w);
                }
            }
        }
        if open {
            let st = self.state.clone();
            self.jump_to(self.unit.end + 1, &st)?;
        }
        Ok(())
    }

    /// Sets `reg_ranges` for the block starting at `pc`: the bounds its sole
    /// predecessor left on the edge into it, the ones just reached when that
    /// predecessor falls into it, or none.
    fn ranges_on_entry(&mut self, pc: Pc) {
        match self.sole_pred.get(&pc).copied() {
            Some(p) => match self.edge_ranges.remove(&(p, pc)) {
                Some(ranges) => self.reg_ranges = ranges,
                None if p + 1 == pc => {}
                None => self.reg_ranges.clear(),
            },
            None => self.reg_ranges.clear(),
        }
    }

    /// Emits one instruction; returns whether control falls through to the next
    /// instruction in the current block.
    fn translate_instr(&mut self, pc: Pc, d: &Decision) -> Result<bool, String> {
        let before = self.state.clone();
        for (r, rep) in &d.unbox {
            self.unbox(*r, *rep, pc, &before)?;
        }
        match &d.action {
            Action::Exit => {
                let st = self.state.clone();
                let blk = self.exit_block(pc, ExitKind::Leave, "instruction runs in the interpreter", &st, None);
                self.b.ins().jump(blk, &[]);
                self.flush_exits();
                Ok(false)
            }
            Action::Generic => {
                self.generic(pc)?;
                Ok(true)
            }
            Action::Native(op) => self.native(pc, op),
        }
    }
}
