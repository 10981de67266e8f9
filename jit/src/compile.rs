//! Compiling units: choosing the entry representations (from the frame a loop got
//! hot in, or a call's arguments), promoting globals, running the analysis and the
//! translation, and installing the machine code.

use crate::accumulators::{predicted_wide, Home};
use crate::code_cache::CodeKind;
use crate::decide::{decide, Action, Op, Promoted, UnitInput, UnitKind};
use crate::infer::{infer, Analysis};
use crate::rep::{Rep, State, ANY};
use crate::tier::{code_jit, function_name, unit_end, Jit};
use crate::unit::{FunctionMeta, FunctionUnit, LoopEntry, LoopUnit, RangeSpeculation, Trampoline, UnitStats, SMALL_RANGE_END};
use cranelift_codegen::ir::{self, condcodes::IntCC, types, AbiParam, InstBuilder, Signature};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use num_traits::ToPrimitive;
use pyjit_compiler::bytecode::{Instr, Pc};
use pyjit_runtime::interp::feedback::{TAG_BOOL, TAG_FLOAT, TAG_INT};
use pyjit_runtime::interp::{Frame, Interp};
use pyjit_runtime::object::{Function, IterState, Module};
use pyjit_runtime::value::tags;
use pyjit_runtime::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Instant;

/// The entry representation of a value found in a frame register.
pub fn entry_rep(unit: &UnitInput, v: &Value) -> Rep {
    match v {
        Value::BigInt(b) if b.to_i128().is_some() => Rep::Wide,
        Value::Iterator(it) if matches!(&*it.state.borrow(), IterState::Range { .. }) => Rep::RangeIter,
        Value::Iterator(it) if matches!(&*it.state.borrow(), IterState::List { list: Value::List(_), .. }) && pyjit_runtime::object::layout::list_layout().is_some() => Rep::ListIter,
        Value::Function(_) | Value::Builtin(_) | Value::Class(_) | Value::Module(_) => Rep::Const(unit.intern(v)),
        other => Rep::of_value(other),
    }
}

/// Whether the analysed unit only runs code it compiled itself (no interpreter
/// fallbacks, no calls that may run arbitrary Python code), so globals it uses can
/// live in native variables until it exits. With `before_promotion`, global stores
/// and loads may still be generic (promotion is what makes them native).
///
/// A function unit's direct calls of itself (`self_entry`, its entry cell) keep
/// it closed: by induction nothing they run can rebind a global either, until
/// a binding the unit checks at its entry has changed. (A callee that
/// deoptimizes finishes in the interpreter on native ints or the big ints their
/// overflow makes, which run no Python code, and calls through the same global.)
fn is_closed(unit: &UnitInput, a: &Analysis, before_promotion: bool, self_entry: Option<&Rc<Cell<*const u8>>>) -> bool {
    (unit.start..=unit.end).all(|pc| match a.at(unit.start, pc) {
        None => true,
        Some(s) => match decide(unit, pc, s).action {
            Action::Generic => before_promotion && matches!(unit.raw.instrs[pc as usize], Instr::StoreGlobal { .. } | Instr::LoadGlobal { .. }),
            Action::Native(Op::CallUnit { callee }) => self_entry.is_some_and(|e| Rc::ptr_eq(e, &callee.entry)),
            Action::Native(Op::BranchBoxed | Op::CompareJumpBoxed { .. } | Op::ForIterBoxed { .. }) => false,
            _ => true,
        },
    })
}

/// Whether every promoted global stays a native scalar throughout.
fn promotion_holds(unit: &UnitInput, a: &Analysis) -> bool {
    let base = unit.raw.const_base as usize;
    (unit.start..=unit.end).all(|pc| match a.at(unit.start, pc) {
        None => true,
        Some(s) => (0..unit.promoted.len()).all(|i| s[base + i].is_scalar()),
    })
}

/// Whether a reduction's running total stays native throughout.
fn acc_holds(unit: &UnitInput, a: &Analysis) -> bool {
    let Some(acc) = unit.acc else { return false };
    (unit.start..=unit.end).all(|pc| a.at(unit.start, pc).is_none_or(|s| s[acc as usize].is_scalar()))
}

/// The int accumulators of loop `header..=end` of `code` (a `for` over the range
/// iterator `frame` holds) predicted to outgrow 64 bits before it ends (see
/// [`crate::accumulators`]).
fn predicted_wide_accumulators(code: &pyjit_runtime::object::Code, header: Pc, end: Pc, frame: &Frame) -> Vec<Home> {
    let raw = &code.raw;
    let Some(&Instr::ForIter { iter, .. }) = raw.instrs.get(header as usize) else { return Vec::new() };
    let range = match frame.regs.get(iter as usize) {
        Some(Value::Iterator(it)) => match &*it.state.borrow() {
            IterState::Range { next, stop, step } => (*next, *stop, *step),
            _ => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let inner: Vec<(Pc, Pc)> = (0..raw.loops.len() as u32).map(|id| (raw.loops[id as usize].header, unit_end(code, id))).filter(|&(h, _)| h > header && h <= end).collect();
    let now = |home: Home| -> Option<i64> {
        let v = match home {
            Home::Reg(r) => frame.regs.get(r as usize)?.clone(),
            Home::Global(name) => {
                let slot = frame.globals.find_slot(&raw.names[name as usize])?;
                frame.globals.slots.borrow().get(slot as usize)?.clone()
            }
        };
        match v {
            Value::Int(i) => Some(i),
            _ => None,
        }
    };
    predicted_wide(raw, header, end, &inner, range, now)
}

/// Globals a loop reads or writes that hold numbers now (promotion candidates).
fn promotable_globals(unit: &UnitInput) -> Vec<(Promoted, Rep)> {
    let mut out: Vec<(Promoted, Rep)> = Vec::new();
    for pc in unit.start..=unit.end {
        let (name, stored) = match unit.raw.instrs[pc as usize] {
            Instr::LoadGlobal { name, .. } => (name, false),
            Instr::StoreGlobal { name, .. } => (name, true),
            _ => continue,
        };
        if let Some((p, _)) = out.iter_mut().find(|(p, _)| p.name == name) {
            p.stored |= stored;
            continue;
        }
        let Some(slot) = unit.globals.find_slot(&unit.raw.names[name as usize]) else { continue };
        let v = unit.globals.slots.borrow()[slot as usize].clone();
        let rep = match &v {
            Value::Int(_) => Rep::Int,
            Value::Float(_) => Rep::Float,
            Value::Bool(_) => Rep::Bool,
            Value::BigInt(b) if b.to_i128().is_some() => Rep::Wide,
            _ => continue,
        };
        out.push((Promoted { name, slot, stored }, rep));
    }
    out
}

impl Jit {
    /// Compiles loop `loop_id` of `frame`'s code for the values now in the frame:
    /// a loop unit, or with `acc` (the running total's entry representation) the
    /// sum reduction of a generator's loop. With `speculate_steps` the steps of
    /// the frame's range iterators are assumed (and guarded at entry), and with
    /// `speculate_small` also whether they count up within `0..SMALL_RANGE_END`.
    pub(crate) fn compile_loop(&self, interp: &mut Interp, frame: &Frame, loop_id: u32, acc: Option<Rep>, speculate_steps: bool, speculate_small: bool) -> Result<Rc<LoopUnit>, String> {
        // A bug in the compiler must cost speed, not the program.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.compile_loop_inner(interp, frame, loop_id, acc, speculate_steps, speculate_small))).unwrap_or_else(|_| Err("internal compiler error (the program continues in the interpreter)".into()))
    }

    fn compile_loop_inner(&self, interp: &mut Interp, frame: &Frame, loop_id: u32, acc: Option<Rep>, speculate_steps: bool, speculate_small: bool) -> Result<Rc<LoopUnit>, String> {
        let code = frame.code.clone();
        let raw = code.raw.clone();
        let name = match acc {
            None => self.loop_name(&code, loop_id),
            Some(_) => format!("{} (sum)", crate::trace::unit_name(&raw.qualname, &raw.filename, raw.loops.get(loop_id as usize).map_or(raw.first_line, |l| l.line))),
        };
        self.trace.event("hot", &name, match acc {
            None => format!("after {} iterations", crate::mode::JitMode::loop_fuel(self.mode).saturating_add(1)),
            Some(_) => "consumed by sum()".to_string(),
        });
        // The compile time starts after the trace line: writing it is not
        // compiling (through a pipe read as it came, it was about 0.27 ms of
        // a 0.91 ms median; see perf/compile_times.py).
        let started = Instant::now();
        let header = raw.loops.get(loop_id as usize).ok_or("no such loop")?.header;
        let end = unit_end(&code, loop_id);
        // OSR enters at the header; a reduction wherever its generator is suspended.
        let entry_pc = frame.pc as Pc;
        if entry_pc < header || entry_pc > end {
            return Err("the frame is not in the loop".into());
        }
        let yields: Vec<Pc> = (header..=end).filter(|pc| matches!(raw.instrs[*pc as usize], Instr::Yield { .. } | Instr::YieldFrom { .. })).collect();
        let kind = match (acc, yields.as_slice()) {
            (None, []) => UnitKind::Loop { loop_id },
            (None, _) => return Err("the loop yields (it would leave native code every iteration)".into()),
            (Some(_), [y]) if matches!(raw.instrs[*y as usize], Instr::Yield { .. }) => {
                let Instr::Yield { dst, .. } = raw.instrs[*y as usize] else { unreachable!() };
                if code_jit(&code).liveness(&code).is_live(y + 1, dst) {
                    return Err("the generator uses what its yield receives".into());
                }
                UnitKind::SumReduction { loop_id, yield_pc: *y }
            }
            (Some(_), _) => return Err("not a loop with a single yield".into()),
        };
        let liveness = code_jit(&code).liveness(&code);
        let builtins = interp.builtins.clone();
        let callee = |f: &Rc<Function>, args: &[Rep]| self.callee_for(&builtins, f, args);
        let nacc = acc.is_some() as u32;
        let make_unit = |promoted: Vec<Promoted>| UnitInput {
            code: &code,
            raw: &raw,
            kind: kind.clone(),
            start: header,
            end,
            frameless: false,
            globals: frame.globals.clone(),
            builtins: builtins.clone(),
            liveness: &liveness,
            consts: RefCell::new(Vec::new()),
            acc: (nacc == 1).then_some(raw.const_base + promoted.len() as u32),
            promoted,
            callee: &callee,
            closed: Cell::new(false),
        };
        // Range iterators stay native only in the registers loops iterate them
        // through, and only when no other such register holds the same object (the
        // native positions of two registers could not agree).
        let loop_iters: Vec<u32> = (header..=end).filter_map(|pc| match raw.instrs[pc as usize] { Instr::ForIter { iter, .. } => Some(iter), _ => None }).collect();
        let native_iter = |r: usize| -> bool {
            let p = frame.regs[r].ptr();
            loop_iters.contains(&(r as u32)) && loop_iters.iter().filter(|&&q| frame.regs[q as usize].ptr() == p).count() == 1
        };
        // Int accumulators this loop will take past 64 bits start in 128.
        let wide = if acc.is_none() { predicted_wide_accumulators(&code, header, end, frame) } else { Vec::new() };
        let entry_state = |unit: &UnitInput, extra: &[Rep]| -> State {
            let mut s: State = (0..raw.const_base as usize)
                .map(|r| match (liveness.is_live(entry_pc, r as u32), entry_rep(unit, &frame.regs[r])) {
                    (false, _) => ANY,
                    (true, rep) if rep.is_native_iter() && !native_iter(r) => Rep::Boxed(Some(pyjit_runtime::value::tags::ITERATOR)),
                    (true, Rep::Int) if wide.contains(&Home::Reg(r as u32)) => Rep::Wide,
                    (true, rep) => rep,
                })
                .collect();
            s.extend_from_slice(extra);
            s.extend(acc);
            s
        };
        // First without promoted globals; if the loop is closed, again with them.
        let mut unit = make_unit(Vec::new());
        let mut analysis = infer(&unit, entry_pc, entry_state(&unit, &[]))?;
        if acc.is_some() && !acc_holds(&unit, &analysis) {
            return Err("the running total changes representation".into());
        }
        if acc.is_none() && is_closed(&unit, &analysis, true, None) {
            let candidates = promotable_globals(&unit).into_iter().map(|(p, rep)| match rep {
                Rep::Int if wide.contains(&Home::Global(p.name)) => (p, Rep::Wide),
                _ => (p, rep),
            });
            let candidates: Vec<(Promoted, Rep)> = candidates.collect();
            if !candidates.is_empty() {
                let (promoted, reps): (Vec<Promoted>, Vec<Rep>) = candidates.into_iter().unzip();
                let promoted_unit = make_unit(promoted);
                let entry = entry_state(&promoted_unit, &reps);
                if let Ok(a) = infer(&promoted_unit, entry_pc, entry) {
                    if is_closed(&promoted_unit, &a, false, None) && promotion_holds(&promoted_unit, &a) {
                        unit = promoted_unit;
                        analysis = a;
                    }
                }
            }
        }
        unit.closed.set(is_closed(&unit, &analysis, false, None));
        let consts: Box<[Value]> = unit.consts.borrow().clone().into_boxed_slice();
        let analysed = started.elapsed().as_secs_f64() * 1000.0;
        // The steps of the frame's native range iterators are speculated on, and
        // whether they count up within `0..SMALL_RANGE_END`.
        let entry = analysis.at(header, entry_pc).ok_or("entry unreachable")?;
        let range_specs: Vec<RangeSpeculation> = (0..raw.const_base)
            .filter(|&r| speculate_steps && entry[r as usize] == Rep::RangeIter)
            .filter_map(|r| match &frame.regs[r as usize] {
                Value::Iterator(it) => match &*it.state.borrow() {
                    IterState::Range { next, stop, step } => Some(RangeSpeculation { reg: r, step: *step, small: speculate_small && *step > 0 && *next >= 0 && *stop <= SMALL_RANGE_END }),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let translated = crate::translate::translate(&unit, &analysis, &consts, entry_pc, self.translate_options(0), &range_specs)?;
        let translated_ms = started.elapsed().as_secs_f64() * 1000.0;
        let compiled = self.install(translated.func, CodeKind::Loop)?;
        if std::env::var_os("PYJIT_COMPILE_TIMES").is_some() {
            eprintln!("[jit] times: analysis {:.3} ms, translation {:.3} ms, cranelift {:.3} ms", analysed, translated_ms - analysed, started.elapsed().as_secs_f64() * 1000.0 - translated_ms);
        }
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        self.compile_ms.borrow_mut().push(ms);
        self.trace.event("compile", &name, format!("{}; {} IR insts, {} bytes, {:.2} ms{}", describe_state(&unit, analysis.at(header, entry_pc)), compiled.ir_insts, compiled.code_bytes, ms, describe_generic(&unit, &analysis)));
        if let Some(ir) = &compiled.ir_text {
            eprintln!("[jit] IR of {}:\n{}", name, ir);
        }
        if let Some(asm) = &compiled.asm_text {
            eprintln!("[jit] machine code of {}:\n{}", name, asm);
        }
        self.map_code(compiled.code, compiled.code_bytes, &name);
        // SAFETY: the code was compiled with the loop-unit signature (`LoopEntry`).
        let entry: LoopEntry = unsafe { std::mem::transmute::<*const u8, LoopEntry>(compiled.code) };
        let lines: Rc<[u32]> = raw.lines.clone().into();
        let u = Rc::new(LoopUnit {
            entry,
            exits: translated.exits,
            consts,
            stats: UnitStats::default(),
            name,
            code_bytes: compiled.code_bytes,
            code_lines: lines,
            entry_reads: translated.entry_reads,
        });
        self.loops_compiled.borrow_mut().push(u.clone());
        Ok(u)
    }

    /// Compiles `f` as a function unit for unboxed arguments in `params` and
    /// registers it with its code object.
    pub(crate) fn compile_function(&self, builtins: &Rc<Module>, f: &Rc<Function>, params: Vec<Rep>) -> Result<Rc<FunctionUnit>, String> {
        let code = f.code.clone();
        let raw = code.raw.clone();
        if raw.kind != pyjit_compiler::bytecode::CodeKind::Function || !raw.cell_params.is_empty() || raw.has_varargs || raw.has_varkw || raw.kwonlyargcount > 0 {
            return Err("not a plain function".into());
        }
        if params.len() != raw.argcount as usize || params.iter().any(|p| !matches!(p, Rep::Int | Rep::Float | Rep::Bool | Rep::Boxed(_))) {
            return Err("unsupported parameters".into());
        }
        let key = Rc::as_ptr(&code) as usize;
        if self.compiling.borrow().contains(&key) {
            return Err("already being compiled".into());
        }
        let name = function_name(&code);
        self.trace.event("hot", &name, format!("called with ({})", params.iter().map(|p| format!("{:?}", p)).collect::<Vec<_>>().join(", ")));
        // As for loops, the compile time starts after the trace line.
        let started = Instant::now();
        let ret = match code.return_types.get() {
            TAG_INT => Rep::Int,
            TAG_FLOAT => Rep::Float,
            TAG_BOOL => Rep::Bool,
            // Not called yet (a `@jit` function) or polymorphic: guess from the code.
            _ => self.guess_return(builtins, f, &params),
        };
        let r = self.compile_function_as(builtins, f, params.clone(), ret, &name, started);
        match r {
            Err(_) if ret != ANY => self.compile_function_as(builtins, f, params, ANY, &name, started),
            r => r,
        }
    }

    /// The native representation the function's `return`s agree on, judged by
    /// analysing it without compiled callees (recursive calls then give no type,
    /// so the base cases decide); `ANY` if none.
    fn guess_return(&self, builtins: &Rc<Module>, f: &Rc<Function>, params: &[Rep]) -> Rep {
        let code = f.code.clone();
        let raw = code.raw.clone();
        let liveness = code_jit(&code).liveness(&code);
        let no_callee = |_: &Rc<Function>, _: &[Rep]| None;
        let unit = UnitInput {
            code: &code,
            raw: &raw,
            kind: UnitKind::Function { params: params.to_vec() },
            start: 0,
            end: raw.instrs.len() as Pc - 1,
            frameless: false,
            globals: f.globals.clone(),
            builtins: builtins.clone(),
            liveness: &liveness,
            consts: RefCell::new(Vec::new()),
            promoted: Vec::new(),
            acc: None,
            callee: &no_callee,
            closed: Cell::new(false),
        };
        let mut entry: State = vec![ANY; unit.width()];
        entry[..params.len()].copy_from_slice(params);
        let Ok(a) = infer(&unit, 0, entry) else { return ANY };
        let mut guess = None;
        for pc in 0..raw.instrs.len() as Pc {
            if let (Instr::Return { src }, Some(s)) = (&raw.instrs[pc as usize], a.at(0, pc)) {
                let r = crate::decide::rep_of(&unit, s, *src);
                if r.is_scalar() && r != Rep::Wide {
                    match guess {
                        None => guess = Some(r),
                        Some(g) if g != r => return ANY,
                        _ => {}
                    }
                }
            }
        }
        guess.unwrap_or(ANY)
    }

    fn compile_function_as(&self, builtins: &Rc<Module>, f: &Rc<Function>, params: Vec<Rep>, ret: Rep, name: &str, started: Instant) -> Result<Rc<FunctionUnit>, String> {
        let code = f.code.clone();
        let key = Rc::as_ptr(&code) as usize;
        let name = name.to_string();
        let meta = Box::new(FunctionMeta { code: code.clone(), exits: RefCell::new(Vec::new()), consts: RefCell::new(Vec::new().into_boxed_slice()), stats: UnitStats::default(), name: name.clone(), interpreted: RefCell::new(Vec::new()) });
        let unit = Rc::new(FunctionUnit { params: params.clone(), ret, entry: Rc::new(Cell::new(std::ptr::null())), trampoline: Cell::new(None), meta, code_bytes: Cell::new(0) });
        let cj = code_jit(&code);
        cj.functions.borrow_mut().push(unit.clone());
        self.compiling.borrow_mut().push(key);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.compile_function_body(builtins, f, &unit, started)))
            .unwrap_or_else(|_| Err("internal compiler error (the program continues in the interpreter)".into()));
        self.compiling.borrow_mut().retain(|k| *k != key);
        if let Err(e) = r {
            cj.functions.borrow_mut().retain(|u| !Rc::ptr_eq(u, &unit));
            return Err(e);
        }
        self.functions_compiled.borrow_mut().push(unit.clone());
        Ok(unit)
    }

    fn compile_function_body(&self, builtins: &Rc<Module>, f: &Rc<Function>, unit_rc: &Rc<FunctionUnit>, started: Instant) -> Result<(), String> {
        let code = f.code.clone();
        let raw = code.raw.clone();
        let liveness = code_jit(&code).liveness(&code);
        let callee = |g: &Rc<Function>, args: &[Rep]| self.callee_for(builtins, g, args);
        // Frameless when it can run entirely on unboxed values (a frame costs an
        // allocation per call); otherwise it gets a frame for its boxed registers.
        let frameless = unit_rc.ret.is_scalar() && unit_rc.params.iter().all(|p| p.is_scalar()) && raw.loops.is_empty() && raw.cellnames.is_empty();
        let unit = UnitInput {
            code: &code,
            raw: &raw,
            kind: UnitKind::Function { params: unit_rc.params.clone() },
            start: 0,
            end: raw.instrs.len() as Pc - 1,
            frameless,
            globals: f.globals.clone(),
            builtins: builtins.clone(),
            liveness: &liveness,
            consts: RefCell::new(Vec::new()),
            promoted: Vec::new(),
            acc: None,
            callee: &callee,
            closed: Cell::new(false),
        };
        let mut entry: State = vec![ANY; unit.width()];
        for (i, p) in unit_rc.params.iter().enumerate() {
            entry[i] = *p;
        }
        let mut analysis = infer(&unit, 0, entry.clone())?;
        let leaves = |unit: &UnitInput, a: &Analysis| {
            (0..raw.instrs.len() as Pc).any(|pc| a.at(0, pc).is_some_and(|s| matches!(decide(unit, pc, s).action, Action::Exit) && !matches!(raw.instrs[pc as usize], Instr::Raise { .. } | Instr::Reraise { .. })))
        };
        let unit = if frameless && leaves(&unit, &analysis) {
            // It would deoptimize on its common paths: give it a frame instead.
            let framed = UnitInput { frameless: false, consts: RefCell::new(Vec::new()), ..unit };
            analysis = infer(&framed, 0, entry)?;
            framed
        } else {
            unit
        };
        unit.closed.set(is_closed(&unit, &analysis, false, Some(&unit_rc.entry)));
        *unit_rc.meta.interpreted.borrow_mut() = crate::explain::interpreted(&unit, &analysis);
        // The result representation callers were promised must be what it returns.
        for pc in 0..raw.instrs.len() as Pc {
            if let (Instr::Return { src }, Some(s)) = (&raw.instrs[pc as usize], analysis.at(0, pc)) {
                if unit.frameless && matches!(decide(&unit, pc, s).action, Action::Native(Op::Return)) && crate::decide::rep_of(&unit, s, *src) != unit_rc.ret {
                    return Err(format!("returns {:?}, not {:?}", crate::decide::rep_of(&unit, s, *src), unit_rc.ret));
                }
            }
        }
        let consts: Box<[Value]> = unit.consts.borrow().clone().into_boxed_slice();
        *unit_rc.meta.consts.borrow_mut() = consts;
        let consts_ref = unit_rc.meta.consts.borrow();
        let meta_addr = &*unit_rc.meta as *const FunctionMeta as usize;
        let call_conv = self.cache.borrow().call_conv;
        let id = self.cache.borrow_mut().declare(&crate::translate::signature(&unit, call_conv))?;
        let mut opts = self.translate_options(meta_addr);
        opts.self_call = Some((Rc::as_ptr(&unit_rc.entry) as usize, id.as_u32()));
        let translated = crate::translate::translate(&unit, &analysis, &consts_ref, 0, opts, &[])?;
        drop(consts_ref);
        let translated_ms = started.elapsed().as_secs_f64() * 1000.0;
        let compiled = self.install_as(id, translated.func, CodeKind::Function, &translated.entry_guards)?;
        if std::env::var_os("PYJIT_COMPILE_TIMES").is_some() {
            eprintln!("[jit] times: analysis and translation done at {:.3} ms, cranelift {:.3} ms", translated_ms, started.elapsed().as_secs_f64() * 1000.0 - translated_ms);
        }
        *unit_rc.meta.exits.borrow_mut() = translated.exits;
        // Units the interpreter can enter with a plain Rust call need no trampoline.
        let tramp = if crate::direct_entry::supports(&unit_rc.params) {
            None
        } else {
            let tramp_fn = trampoline(&unit_rc.params, compiled.code, self.cache.borrow().call_conv, self.cache.borrow().frontend);
            Some(self.install(tramp_fn, CodeKind::Function)?)
        };
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        self.compile_ms.borrow_mut().push(ms);
        self.trace.event("compile", &unit_rc.meta.name, format!("params ({}) -> {:?}; {} IR insts, {} bytes, {:.2} ms", unit_rc.params.iter().map(|p| format!("{:?}", p)).collect::<Vec<_>>().join(", "), unit_rc.ret, compiled.ir_insts, compiled.code_bytes, ms));
        if let Some(ir) = &compiled.ir_text {
            eprintln!("[jit] IR of {}:\n{}", unit_rc.meta.name, ir);
        }
        if let Some(asm) = &compiled.asm_text {
            eprintln!("[jit] machine code of {}:\n{}", unit_rc.meta.name, asm);
        }
        unit_rc.code_bytes.set(compiled.code_bytes + tramp.as_ref().map_or(0, |t| t.code_bytes));
        self.map_code(compiled.code, compiled.code_bytes, &unit_rc.meta.name);
        if let Some(tramp) = &tramp {
            self.map_code(tramp.code, tramp.code_bytes, &format!("{} (entry)", unit_rc.meta.name));
            // SAFETY: compiled with the trampoline signature (`Trampoline`).
            unit_rc.trampoline.set(Some(unsafe { std::mem::transmute::<*const u8, Trampoline>(tramp.code) }));
        }
        unit_rc.entry.set(compiled.code);
        Ok(())
    }
}

/// A trampoline from the interpreter's calling convention (boxed arguments) to a
/// function unit's body: checks each argument's tag, unboxes, calls, stores the
/// result. Returns 0 after the call, 2 when an argument does not match. Only
/// units [`crate::direct_entry`] cannot call get one.
fn trampoline(params: &[Rep], body: *const u8, call_conv: cranelift_codegen::isa::CallConv, frontend: cranelift_codegen::isa::TargetFrontendConfig) -> ir::Function {
    let mut sig = Signature::new(call_conv);
    for _ in 0..4 {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I32));
    let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 1), sig);
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let (interp, fun, args, out) = (p[0], p[1], p[2], p[3]);
    let mismatch = b.create_block();
    let flags = cranelift_codegen::ir::MemFlagsData::trusted();
    // The body takes the interpreter's call depth in a register and may leave
    // its own in `Interp::depth`: put the interpreter's back after the call.
    let depth_offset = std::mem::offset_of!(Interp, depth) as i32;
    let depth = b.ins().load(types::I64, flags, interp, depth_offset);
    let mut vals = vec![interp, fun, depth];
    let mut body_sig = Signature::new(call_conv);
    for _ in 0..3 {
        body_sig.params.push(AbiParam::new(types::I64));
    }
    for (i, rep) in params.iter().enumerate() {
        let off = 16 * i as i32;
        let tag = b.ins().uload8(types::I32, flags, args, off);
        let (want, ty, at) = match rep {
            Rep::Float => (Some(tags::FLOAT), types::F64, tags::PAYLOAD_OFFSET),
            Rep::Bool => (Some(tags::BOOL), types::I8, tags::BOOL_OFFSET),
            Rep::Boxed(t) => (*t, types::I64, 0),
            _ => (Some(tags::INT), types::I64, tags::PAYLOAD_OFFSET),
        };
        if let Some(want) = want {
            let ok = b.ins().icmp_imm_s(IntCC::Equal, tag, want as i64);
            let next = b.create_block();
            b.ins().brif(ok, next, &[], mismatch, &[]);
            b.switch_to_block(next);
        }
        // Boxed parameters are passed by address.
        let v = if matches!(rep, Rep::Boxed(_)) { b.ins().iadd_imm_s(args, off as i64) } else { b.ins().load(ty, flags, args, off + at) };
        vals.push(v);
        body_sig.params.push(AbiParam::new(ty));
    }
    body_sig.returns.push(AbiParam::new(types::I64));
    body_sig.returns.push(AbiParam::new(types::I64));
    let sigref = b.import_signature(body_sig);
    let target = b.ins().iconst(types::I64, body as i64);
    let call = b.ins().call_indirect(sigref, target, &vals);
    let r = b.inst_results(call).to_vec();
    b.ins().store(flags, depth, interp, depth_offset);
    b.ins().store(flags, r[0], out, 0);
    b.ins().store(flags, r[1], out, 8);
    let zero = b.ins().iconst(types::I32, 0);
    b.ins().return_(&[zero]);
    b.switch_to_block(mismatch);
    let two = b.ins().iconst(types::I32, 2);
    b.ins().return_(&[two]);
    b.seal_all_blocks();
    b.finalize(frontend);
    func
}

/// The instructions the unit runs through the interpreter, for the trace (`[]`
/// when everything is native).
fn describe_generic(unit: &UnitInput, a: &Analysis) -> String {
    let mut names: Vec<String> = Vec::new();
    for pc in unit.start..=unit.end {
        let Some(s) = a.at(unit.start, pc) else { continue };
        if let Action::Generic = decide(unit, pc, s).action {
            let text = format!("{:?}", unit.raw.instrs[pc as usize]);
            let op = text.split([' ', '{']).next().unwrap_or("?").to_string();
            names.push(format!("{}@{}", op, unit.raw.lines.get(pc as usize).copied().unwrap_or(0)));
        }
    }
    if names.is_empty() {
        String::new()
    } else {
        format!("; interpreted: {}", names.join(" "))
    }
}

/// The types chosen for the live variables at the unit's entry, for the trace.
fn describe_state(unit: &UnitInput, s: Option<&State>) -> String {
    let Some(s) = s else { return String::new() };
    let mut parts = Vec::new();
    for (v, rep) in s.iter().enumerate() {
        if *rep == ANY {
            continue;
        }
        let base = unit.raw.const_base as usize;
        let name = if v < base {
            match unit.raw.varnames.get(v) {
                Some(n) => n.to_string(),
                None => format!("r{}", v),
            }
        } else if let Some(p) = unit.promoted.get(v - base) {
            format!("global {}", unit.raw.names[p.name as usize])
        } else {
            "sum".to_string()
        };
        let r = match rep {
            Rep::Int => "int".to_string(),
            Rep::Wide => "int128".to_string(),
            Rep::Float => "float".to_string(),
            Rep::Bool => "bool".to_string(),
            Rep::RangeIter => "range iterator".to_string(),
            Rep::ListIter => "list iterator".to_string(),
            Rep::Const(_) => "constant".to_string(),
            Rep::Boxed(_) => "object".to_string(),
        };
        parts.push(format!("{}: {}", name, r));
    }
    parts.join(", ")
}
