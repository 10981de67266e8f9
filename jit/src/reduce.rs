//! `sum()` over a generator: the generator's loop compiled with its `yield` turned
//! into an addition to the running total (a reduction unit), run on the generator's
//! own frame from wherever it is suspended. Whatever the unit does not finish (a
//! deoptimization, an exception, the end of the loop) continues through the
//! ordinary generator protocol from the frame's pc, so `sum` gets exactly the
//! interpreter's result.

use crate::rep::Rep;
use crate::tier::{code_jit, Jit};
use crate::unit::ExitKind;
use num_traits::ToPrimitive;
use pyjit_compiler::bytecode::{BinOp, CodeKind};
use pyjit_runtime::interp::{Interp, Resume, SendResult};
use pyjit_runtime::object::{Generator, GeneratorState};
use pyjit_runtime::{PyErr, PyResult, Value};
use std::rc::Rc;

/// The running total's native representation, if it has one.
fn acc_rep(acc: &Value) -> Option<Rep> {
    match acc {
        Value::Int(_) | Value::Bool(_) => Some(Rep::Wide),
        Value::BigInt(b) if b.to_i128().is_some() => Some(Rep::Wide),
        Value::Float(_) => Some(Rep::Float),
        _ => None,
    }
}

/// The loop of a suspended generator's frame, if the frame is inside one (not in a
/// `yield from`).
fn suspended_loop(gen: &Generator) -> Option<(Rc<pyjit_runtime::object::Code>, u32, u32)> {
    match &*gen.state.borrow() {
        GeneratorState::Suspended(f) if f.code.raw.kind == CodeKind::Generator && !f.in_yield_from => {
            let pc = f.pc as u32;
            let id = (0..f.code.raw.loops.len() as u32).find(|&id| f.code.raw.loops[id as usize].header <= pc && pc <= crate::tier::unit_end(&f.code, id))?;
            Some((f.code.clone(), id, pc))
        }
        _ => None,
    }
}

/// See the module documentation; returns the new running total. A generator code
/// that has no reduction yet first yields as many items through the interpreter as
/// a loop runs before it is hot.
pub fn reduce_sum(jit: &Jit, interp: &mut Interp, gen: &Rc<Generator>, mut acc: Value) -> PyResult<Value> {
    if let Some((code, _, _)) = suspended_loop(gen) {
        if code_jit(&code).reductions.borrow().is_empty() {
            for _ in 0..jit.mode.loop_fuel() {
                match interp.gen_resume(gen, Resume::Send(Value::None))? {
                    SendResult::Yielded(v) => acc = interp.binary_op(BinOp::Add, &acc, &v)?,
                    SendResult::Returned(_) => return Ok(acc),
                }
            }
        }
    }
    for _attempt in 0..2 {
        let Some(rep) = acc_rep(&acc) else { return Ok(acc) };
        let Some((code, loop_id, pc)) = suspended_loop(gen) else { return Ok(acc) };
        let cj = code_jit(&code);
        if cj.reductions_failed.borrow().contains(&(rep, pc)) {
            if rep != Rep::Wide {
                return Ok(acc);
            }
            // An int total with float items: one item through the generic protocol
            // makes the total a float, then the float reduction takes over.
            match interp.gen_resume(gen, Resume::Send(Value::None))? {
                SendResult::Yielded(v) => acc = interp.binary_op(BinOp::Add, &acc, &v)?,
                SendResult::Returned(_) => return Ok(acc),
            }
            continue;
        }
        return run(jit, interp, gen, acc, rep, loop_id, pc);
    }
    Ok(acc)
}

fn run(jit: &Jit, interp: &mut Interp, gen: &Rc<Generator>, mut acc: Value, rep: Rep, loop_id: u32, pc: u32) -> PyResult<Value> {
    let GeneratorState::Suspended(mut frame) = std::mem::replace(&mut *gen.state.borrow_mut(), GeneratorState::Running) else {
        return Ok(acc);
    };
    let code = frame.code.clone();
    let cj = code_jit(&code);
    let existing = cj.reductions.borrow().iter().find(|(k, _)| *k == (rep, pc)).map(|(_, u)| u.clone());
    // A reduction that met another step or a large range speculates on neither.
    let speculate = !cj.reductions_any_step.borrow().contains(&(rep, pc));
    let unit = match existing {
        Some(u) => u,
        None => match jit.compile_loop(interp, &frame, loop_id, Some(rep), speculate, speculate) {
            Ok(u) => {
                cj.reductions.borrow_mut().push(((rep, pc), u.clone()));
                u
            }
            Err(e) => {
                jit.trace.event("fail", &crate::tier::function_name(&code), &e);
                cj.reductions_failed.borrow_mut().push((rep, pc));
                *gen.state.borrow_mut() = GeneratorState::Suspended(frame);
                return Ok(acc);
            }
        },
    };
    gen.started.set(true);
    if let Err(e) = interp.enter_call() {
        *gen.state.borrow_mut() = GeneratorState::Suspended(frame);
        return Err(e);
    }
    let (exit, _) = jit.run_loop(interp, &mut frame, &unit, &mut acc as *mut Value);
    interp.depth -= 1;
    frame.pc = exit.pc as usize;
    // Resuming must not store the value `sum` sends into a register.
    frame.yield_dst = u32::MAX;
    *gen.state.borrow_mut() = GeneratorState::Suspended(frame);
    if exit.kind == ExitKind::EntryMismatch && (exit.reason == crate::unit::RANGE_STEP_MISMATCH || exit.reason == crate::unit::RANGE_BOUND_MISMATCH) {
        // The next sum over this generator code compiles for any step.
        cj.reductions.borrow_mut().retain(|(k, _)| *k != (rep, pc));
        cj.reductions_any_step.borrow_mut().push((rep, pc));
    }
    if exit.kind == ExitKind::Raised {
        let err = interp.native_pending.take().unwrap_or_else(|| PyErr::builtin("SystemError", "native code raised nothing"));
        // Unwind through the generator frame as the interpreter would have; a
        // handler there may catch it and yield again.
        return match interp.gen_resume(gen, Resume::Raise(err))? {
            SendResult::Yielded(v) => interp.binary_op(BinOp::Add, &acc, &v),
            SendResult::Returned(_) => Ok(acc),
        };
    }
    Ok(acc)
}
