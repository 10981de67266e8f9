//! The JIT tier as the interpreter sees it (`pyjit_runtime::interp::Tier`): when a
//! loop or function runs out of interpreter fuel it is compiled for the types in
//! hand and run natively; exits bring control back in interpreter state. Policy:
//! a unit whose guards keep failing is recompiled with the wider types the
//! interpreter has since seen, and one that keeps failing (or keeps leaving
//! mid-loop) is blacklisted, so no code deoptimizes in a storm.

use crate::code_cache::{CodeCache, CodeKind};
use crate::decide::Callee;
use crate::mode::{JitMode, STRESS_PERIOD};
use crate::rep::Rep;
use crate::runtime_calls::RawValue;
use crate::trace::{unit_name, Trace};
use crate::unit::{ExitKind, FunctionUnit, LoopUnit, UnitStats};
use pyjit_runtime::interp::{Frame, Interp, Tier};
use pyjit_runtime::object::{Code, Function, Generator};
use pyjit_runtime::{PyErr, PyResult, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

/// Guard evaluations left before the next artificial failure (`--jit-stress`);
/// compiled code decrements it.
pub static STRESS_COUNTER: AtomicU32 = AtomicU32::new(STRESS_PERIOD);

/// Real deoptimizations of a unit after which it is recompiled.
const DEOPTS_BEFORE_RECOMPILE: u64 = 8;
/// Recompilations after which a unit is blacklisted.
const MAX_RECOMPILES: u32 = 6;
/// Interpreter fuel given to a unit that was blacklisted or failed to compile.
const BACKOFF_FUEL: u32 = u32::MAX;
/// Calls to retry function compilation after arguments it cannot take.
const RETRY_FUEL: u32 = 10_000;
/// Nested compilation of callees stops at this depth.
const MAX_NESTED_COMPILES: usize = 4;

/// Counts an exit of a unit. A failure caused by the stress schedule (its counter
/// is at zero) rearms the counter and returns true: it says nothing about the code.
pub fn note_exit(stats: &UnitStats, kind: ExitKind) -> bool {
    match kind {
        ExitKind::Deopt | ExitKind::EntryMismatch => {
            if STRESS_COUNTER.load(Ordering::Relaxed) == 0 {
                STRESS_COUNTER.store(STRESS_PERIOD, Ordering::Relaxed);
                stats.stress_deopts.set(stats.stress_deopts.get() + 1);
                return true;
            }
            stats.deopts.set(stats.deopts.get() + 1);
        }
        ExitKind::Leave => stats.exits.set(stats.exits.get() + 1),
        ExitKind::Raised => {
            stats.exits.set(stats.exits.get() + 1);
            stats.raised.set(stats.raised.get() + 1);
        }
    }
    false
}

/// What the JIT keeps per loop of a code object.
#[derive(Default, Clone)]
struct LoopSlot {
    unit: Option<Rc<LoopUnit>>,
    recompiles: u32,
    blacklisted: bool,
    /// The loop met range iterators of different steps: compile it for any step.
    any_step: bool,
    /// The loop met a range iterator past `SMALL_RANGE_END` after being compiled
    /// for small ones: compile it without that speculation.
    large_range: bool,
}

/// The JIT's state for one code object (in `Code::tier_data`).
#[derive(Default)]
pub struct CodeJit {
    loops: RefCell<Vec<LoopSlot>>,
    pub(crate) functions: RefCell<Vec<Rc<FunctionUnit>>>,
    function_attempts: Cell<u32>,
    liveness: RefCell<Option<Rc<crate::liveness::Liveness>>>,
    /// Sum reductions of this generator code, by the running total's entry
    /// representation and the pc they are entered at.
    pub(crate) reductions: RefCell<Vec<((Rep, u32), Rc<LoopUnit>)>>,
    /// Reductions that failed to compile, by the same key.
    pub(crate) reductions_failed: RefCell<Vec<(Rep, u32)>>,
    /// Reductions that met range iterators of different steps, by the same key.
    pub(crate) reductions_any_step: RefCell<Vec<(Rep, u32)>>,
}

/// The JIT's per-code state, created on first use.
pub fn code_jit(code: &Rc<Code>) -> Rc<CodeJit> {
    if let Some(d) = code.tier_data.borrow().as_ref() {
        if let Ok(cj) = d.clone().downcast::<CodeJit>() {
            return cj;
        }
    }
    let cj = Rc::new(CodeJit::default());
    *code.tier_data.borrow_mut() = Some(cj.clone());
    cj
}

impl CodeJit {
    pub(crate) fn liveness(&self, code: &Code) -> Rc<crate::liveness::Liveness> {
        if let Some(l) = self.liveness.borrow().as_ref() {
            return l.clone();
        }
        let l = Rc::new(crate::liveness::Liveness::compute(&code.raw));
        *self.liveness.borrow_mut() = Some(l.clone());
        l
    }
}

/// The JIT tier.
pub struct Jit {
    pub mode: JitMode,
    pub trace: Trace,
    pub(crate) cache: RefCell<CodeCache>,
    /// Codes whose function units are being compiled (callee compilation nests).
    pub(crate) compiling: RefCell<Vec<usize>>,
    /// Every unit compiled, for the summary.
    pub(crate) loops_compiled: RefCell<Vec<Rc<LoopUnit>>>,
    pub(crate) functions_compiled: RefCell<Vec<Rc<FunctionUnit>>>,
    /// Compile times in milliseconds.
    pub(crate) compile_ms: RefCell<Vec<f64>>,
    /// Where the interpreter's random generator keeps its state (for inline
    /// `random.random()`); read from the interpreter before compiling.
    pub(crate) random_parts: Cell<(usize, usize)>,
    /// `--perf-map`: where compiled units are listed for `perf report`
    /// (`/tmp/perf-<pid>.map`).
    pub perf_map: RefCell<Option<std::fs::File>>,
    /// When set, a copy of every function's IR is kept here (tests compile them
    /// for other targets).
    pub capture: RefCell<Option<Vec<cranelift_codegen::ir::Function>>>,
    /// What loop units are handed at entry and leave at their exits for
    /// [`Jit::run_loop`] (see [`crate::handoff`]).
    pub(crate) handoff: crate::handoff::Handoff,
}

impl Jit {
    /// A JIT for `mode`. Fails only if Cranelift does not support this machine.
    pub fn new(mode: JitMode, trace: Trace) -> Result<Jit, String> {
        STRESS_COUNTER.store(STRESS_PERIOD, Ordering::Relaxed);
        crate::trace::start_clock();
        Ok(Jit {
            mode,
            trace,
            cache: RefCell::new(CodeCache::new(mode.stress() || cfg!(debug_assertions))?),
            compiling: RefCell::new(Vec::new()),
            loops_compiled: RefCell::new(Vec::new()),
            functions_compiled: RefCell::new(Vec::new()),
            compile_ms: RefCell::new(Vec::new()),
            random_parts: Cell::new((0, 0)),
            capture: RefCell::new(None),
            perf_map: RefCell::new(None),
            handoff: crate::handoff::Handoff::new(),
        })
    }

    /// Compile-time options for the translator.
    pub(crate) fn translate_options(&self, function_meta: usize) -> crate::translate::Options {
        crate::translate::Options {
            call_conv: self.cache.borrow().call_conv,
            frontend: self.cache.borrow().frontend,
            stress_counter: self.mode.stress().then(|| &STRESS_COUNTER as *const AtomicU32 as usize),
            function_meta,
            random_parts: self.random_parts.get(),
            self_call: None,
            list_layout: pyjit_runtime::object::layout::list_layout(),
            tuple_layout: pyjit_runtime::object::layout::tuple_layout(),
            handoff: self.handoff.addr(),
        }
    }

    /// The compiled unit of `f` for arguments in `args`, compiling it if `f` is hot
    /// (what compiled callers call directly).
    pub(crate) fn callee_for(&self, builtins: &Rc<pyjit_runtime::object::Module>, f: &Rc<Function>, args: &[Rep]) -> Option<Callee> {
        let cj = code_jit(&f.code);
        let found = cj.functions.borrow().iter().find(|u| u.params == args).cloned();
        let unit = match found {
            Some(u) => u,
            None => {
                let hot = f.code.call_fuel.get() == 0 || self.mode.stress();
                if !hot || self.compiling.borrow().len() >= MAX_NESTED_COMPILES || !f.simple_call(args.len()) {
                    return None;
                }
                self.compile_function(builtins, f, args.to_vec()).ok()?
            }
        };
        Some(Callee { entry: unit.entry.clone(), params: unit.params.clone(), ret: unit.ret })
    }

    /// Runs a loop unit on `frame`; returns the exit taken and whether it was a
    /// stress-schedule failure.
    pub(crate) fn run_loop(&self, interp: &mut Interp, frame: &mut Frame, unit: &Rc<LoopUnit>, acc: *mut Value) -> (crate::unit::Exit, bool) {
        unit.stats.entries.set(unit.stats.entries.get() + 1);
        if unit.stats.entries.get() == 1 {
            self.trace.event("enter", &unit.name, format!("at line {} (first entry; later entries are not traced)", unit.code_lines.get(frame.pc).copied().unwrap_or(0)));
        }
        let regs = frame.regs.as_mut_ptr();
        // SAFETY: `regs` is the frame's register file and `acc` a sum's
        // accumulator; the unit's entry reads are homes of its entry state
        // (registers, its module's slots, the accumulator), which hold values.
        let idx = match unsafe { self.handoff.read_entry(regs, acc, &unit.entry_reads) } {
            Ok(()) => {
                // SAFETY: the unit was compiled for this code object; it reads
                // and writes the frame's registers (below `nregs`) and calls
                // helpers with these pointers, which nothing else uses while it
                // runs.
                let idx = unsafe { (unit.entry)(interp as *mut Interp, frame as *mut Frame, regs, acc) };
                if let Some(exit) = unit.exits.get(idx as usize) {
                    // SAFETY: the unit has returned through this exit, which
                    // staged what its `staged` says for these registers and
                    // this accumulator.
                    unsafe { self.handoff.write_back(regs, acc, &exit.staged) };
                }
                idx
            }
            Err(exit) => exit as u64,
        };
        let exit = unit.exits.get(idx as usize).cloned().unwrap_or(crate::unit::Exit { pc: frame.pc as u32, kind: ExitKind::Deopt, reason: "bad exit", consts: vec![], staged: Default::default() });
        let stressed = note_exit(&unit.stats, exit.kind);
        if (self.trace.events || self.trace.json) && exit.kind != ExitKind::Leave {
            let line = unit.code_lines.get(exit.pc as usize).copied().unwrap_or(0);
            self.trace.event(if stressed { "stress" } else { "exit" }, &unit.name, format!("{:?} at line {}: {}", exit.kind, line, exit.reason));
        }
        (exit, stressed)
    }
}

impl Tier for Jit {
    fn hot_loop(&self, interp: &mut Interp, frame: &mut Frame, loop_id: u32) -> PyResult<()> {
        self.note_interp(interp);
        let code = frame.code.clone();
        let cj = code_jit(&code);
        let fuel = &code.loop_counters[loop_id as usize];
        {
            let mut loops = cj.loops.borrow_mut();
            if loops.len() < code.raw.loops.len() {
                loops.resize(code.raw.loops.len(), LoopSlot::default());
            }
        }
        for _attempt in 0..2 {
            let slot = cj.loops.borrow()[loop_id as usize].clone();
            if slot.blacklisted {
                fuel.set(BACKOFF_FUEL);
                return Ok(());
            }
            let unit = match slot.unit {
                Some(u) => u,
                None => match self.compile_loop(interp, frame, loop_id, None, !slot.any_step, !slot.any_step && !slot.large_range) {
                    Ok(u) => {
                        cj.loops.borrow_mut()[loop_id as usize].unit = Some(u.clone());
                        u
                    }
                    Err(e) => {
                        self.trace.event("fail", &self.loop_name(&code, loop_id), &e);
                        self.blacklist_loop(&cj, &code, loop_id, "does not compile");
                        fuel.set(BACKOFF_FUEL);
                        return Ok(());
                    }
                },
            };
            let (exit, stressed) = self.run_loop(interp, frame, &unit, std::ptr::null_mut());
            frame.pc = exit.pc as usize;
            fuel.set(0);
            if stressed {
                return Ok(());
            }
            match exit.kind {
                ExitKind::Raised => {
                    let e = interp.native_pending.take().unwrap_or_else(|| PyErr::builtin("SystemError", "native code raised nothing"));
                    return Err(e);
                }
                ExitKind::EntryMismatch => {
                    if exit.reason == crate::unit::RANGE_STEP_MISMATCH {
                        cj.loops.borrow_mut()[loop_id as usize].any_step = true;
                    }
                    if exit.reason == crate::unit::RANGE_BOUND_MISMATCH {
                        cj.loops.borrow_mut()[loop_id as usize].large_range = true;
                    }
                    if !self.discard_loop(&cj, &code, loop_id) {
                        fuel.set(BACKOFF_FUEL);
                        return Ok(());
                    }
                    // Recompile for the types in the frame now and enter again.
                }
                ExitKind::Deopt => {
                    if unit.stats.deopts.get() >= DEOPTS_BEFORE_RECOMPILE && !self.discard_loop(&cj, &code, loop_id) {
                        fuel.set(BACKOFF_FUEL);
                    }
                    return Ok(());
                }
                ExitKind::Leave => {
                    let inside = exit.pc >= code.raw.loops[loop_id as usize].header && exit.pc <= unit_end(&code, loop_id);
                    if inside {
                        // Leaving mid-loop over and over costs more than it saves.
                        let (side, entries) = (unit.stats.left_early(), unit.stats.entries.get());
                        if side > 256 && side * 2 > entries {
                            self.blacklist_loop(&cj, &code, loop_id, "leaves native code too often");
                            fuel.set(BACKOFF_FUEL);
                        }
                    }
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn hot_call(&self, interp: &mut Interp, fun: &Rc<Function>, args: &[Value]) -> Option<PyResult<Value>> {
        self.note_interp(interp);
        let cj = code_jit(&fun.code);
        // The common case, a unit for these argument types exists, allocates nothing.
        let matches = |params: &[Rep]| params.len() == args.len() && params.iter().zip(args).all(|(p, a)| *p == Rep::of_value(a));
        let existing = cj.functions.borrow().iter().find(|u| matches(&u.params)).cloned();
        let unit = match existing {
            Some(u) => u,
            None => {
                let reps: Vec<Rep> = args.iter().map(Rep::of_value).collect();
                let request = fun.code.jit_request.borrow().clone();
                if cj.function_attempts.get() >= MAX_RECOMPILES && request.is_none() {
                    fun.code.call_fuel.set(BACKOFF_FUEL);
                    return None;
                }
                cj.function_attempts.set(cj.function_attempts.get() + 1);
                let builtins = interp.builtins.clone();
                let compiled = self.compile_function(&builtins, fun, reps);
                if let Some(req) = request.as_ref().filter(|r| r.nopython) {
                    // `@njit`: everything must be native, or the first call fails.
                    let problem = match &compiled {
                        Err(e) => Some(format!("{}", e)),
                        Ok(u) => u.meta.interpreted.borrow().first().map(|(line, what)| format!("line {} uses {}, which has no native version", line, what)),
                    };
                    if let Some(p) = problem {
                        if let Ok(u) = &compiled {
                            cj.functions.borrow_mut().retain(|x| !Rc::ptr_eq(x, u));
                        }
                        let raw = &fun.code.raw;
                        let base = raw.filename.rsplit('/').next().unwrap_or(&raw.filename);
                        let msg = format!("cannot compile '{}' ({}, line {}) to native code in nopython mode: {}", raw.qualname, base, raw.first_line, p);
                        return Some(Err(PyErr::new(&req.error, msg)));
                    }
                }
                match compiled {
                    Ok(u) => u,
                    Err(e) => {
                        self.trace.event("fail", &function_name(&fun.code), &e);
                        fun.code.call_fuel.set(if request.is_some() { 0 } else { RETRY_FUEL });
                        return None;
                    }
                }
            }
        };
        let body = unit.entry.get();
        if body.is_null() {
            return None;
        }
        unit.meta.stats.entries.set(unit.meta.stats.entries.get() + 1);
        let out = match unit.trampoline.get() {
            Some(tramp) => {
                let mut out = RawValue { tag: 0, payload: 0 };
                // SAFETY: the trampoline checks every argument's tag against the
                // unit's parameters before unboxing; `args` outlives the call.
                let status = unsafe { tramp(interp as *mut Interp, Rc::as_ptr(fun), args.as_ptr(), &mut out) };
                if status != 0 {
                    return None;
                }
                out
            }
            None => {
                // SAFETY: a unit without a trampoline is one `direct_entry`
                // supports, and `body` is its live native code; `call` checks
                // every argument's representation before unboxing.
                unsafe { crate::direct_entry::call(interp as *mut Interp, Rc::as_ptr(fun), body, &unit.params, args)? }
            }
        };
        self.check_function_health(&cj, &unit);
        if out.tag == crate::runtime_calls::raw::TAG_RAISED {
            return Some(Err(interp.native_pending.take().unwrap_or_else(|| PyErr::builtin("SystemError", "native code raised nothing"))));
        }
        // SAFETY: a result the compiled code returned (owned).
        Some(Ok(unsafe { out.into_value() }))
    }

    fn reduce_sum(&self, interp: &mut Interp, gen: &Rc<Generator>, acc: Value) -> PyResult<Value> {
        self.note_interp(interp);
        crate::reduce::reduce_sum(self, interp, gen, acc)
    }

    fn finish(&self, _interp: &mut Interp) {
        if self.trace.summary {
            crate::summary::print(self);
        }
    }
}

/// The last pc of loop `loop_id` (its last back-edge).
pub fn unit_end(code: &Code, loop_id: u32) -> u32 {
    code.raw
        .instrs
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, pyjit_compiler::bytecode::Instr::JumpBackward { loop_id: l, .. } if *l == loop_id))
        .map(|(pc, _)| pc as u32)
        .max()
        .unwrap_or(code.raw.loops[loop_id as usize].header)
}

/// `qualname@file:line` of a code object.
pub fn function_name(code: &Code) -> String {
    unit_name(&code.raw.qualname, &code.raw.filename, code.raw.first_line)
}

impl Jit {
    /// Compiles `func` into the code cache as code of `kind` (keeping a copy
    /// when capturing).
    pub(crate) fn install(&self, func: cranelift_codegen::ir::Function, kind: CodeKind) -> Result<crate::code_cache::Compiled, String> {
        let id = self.cache.borrow_mut().declare(&func.signature)?;
        self.install_as(id, func, kind, &[])
    }

    /// Compiles `func` as the reserved function `id`; `entry_guards` are the
    /// branches of the guards it checks once at its entry (see
    /// [`crate::translate::Translated::entry_guards`]).
    pub(crate) fn install_as(&self, id: crate::code_cache::FuncId, func: cranelift_codegen::ir::Function, kind: CodeKind, entry_guards: &[cranelift_codegen::ir::Inst]) -> Result<crate::code_cache::Compiled, String> {
        if let Some(c) = self.capture.borrow_mut().as_mut() {
            c.push(func.clone());
        }
        self.cache.borrow_mut().define(id, func, kind, entry_guards, self.trace.ir, self.trace.asm)
    }

    /// Lists a unit's machine code in the perf map (if `--perf-map`).
    pub(crate) fn map_code(&self, code: *const u8, bytes: usize, name: &str) {
        use std::io::Write;
        if let Some(f) = self.perf_map.borrow_mut().as_mut() {
            let _ = writeln!(f, "{:x} {:x} py::{}", code as usize, bytes, name.replace(' ', "_"));
        }
    }

    /// Starts writing `/tmp/perf-<pid>.map` (the file `perf report` reads to name
    /// JIT-compiled code).
    pub fn enable_perf_map(&self) -> std::io::Result<std::path::PathBuf> {
        let path = std::path::PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()));
        *self.perf_map.borrow_mut() = Some(std::fs::File::create(&path)?);
        Ok(path)
    }

    /// Records the interpreter-owned addresses compiled code embeds.
    fn note_interp(&self, interp: &mut Interp) {
        let (state, index) = interp.random.mt.raw_parts();
        self.random_parts.set((state as usize, index as usize));
    }

    pub(crate) fn loop_name(&self, code: &Code, loop_id: u32) -> String {
        let line = code.raw.loops.get(loop_id as usize).map(|l| l.line).unwrap_or(code.raw.first_line);
        format!("{} (loop)", unit_name(&code.raw.qualname, &code.raw.filename, line))
    }

    /// Drops a loop's unit so the next hot back-edge recompiles it; false (and the
    /// loop is blacklisted) once it was recompiled too often.
    fn discard_loop(&self, cj: &CodeJit, code: &Code, loop_id: u32) -> bool {
        let mut loops = cj.loops.borrow_mut();
        let slot = &mut loops[loop_id as usize];
        slot.unit = None;
        slot.recompiles += 1;
        if slot.recompiles > MAX_RECOMPILES {
            slot.blacklisted = true;
            drop(loops);
            self.trace.event("blacklist", &self.loop_name(code, loop_id), "recompiled too often");
            return false;
        }
        self.trace.event("recompile", &self.loop_name(code, loop_id), format!("(#{})", slot.recompiles));
        true
    }

    fn blacklist_loop(&self, cj: &CodeJit, code: &Code, loop_id: u32, why: &str) {
        let mut loops = cj.loops.borrow_mut();
        loops[loop_id as usize].blacklisted = true;
        loops[loop_id as usize].unit = None;
        drop(loops);
        self.trace.event("blacklist", &self.loop_name(code, loop_id), why);
    }

    /// Invalidates a function unit that deoptimizes or leaves too often (compiled
    /// callers then take their own deoptimization path).
    fn check_function_health(&self, cj: &CodeJit, unit: &Rc<FunctionUnit>) {
        let s = &unit.meta.stats;
        let bad = s.deopts.get() >= DEOPTS_BEFORE_RECOMPILE || (s.left_early() > 256 && s.left_early() * 2 > s.entries.get());
        // Frames of an invalidated unit still on the stack report here as they
        // return: the unit is invalidated (and traced) once.
        if bad && !unit.entry.get().is_null() {
            unit.entry.set(std::ptr::null());
            cj.functions.borrow_mut().retain(|u| !Rc::ptr_eq(u, unit));
            self.trace.event("recompile", &unit.meta.name, "deoptimizes too often");
        }
    }
}
