//! Generator protocol: resuming suspended frames (`gen_send_ex` in CPython's
//! `Objects/genobject.c`), `yield from` delegation, `send`/`throw`/`close`.

use super::eval::{ExitKind, Resume};
use super::Interp;
use crate::error::{type_error, PyErr, PyResult};
use crate::object::*;
use crate::value::Value;
use pyjit_compiler::bytecode::Instr;
use std::rc::Rc;

/// Outcome of resuming a generator or sub-iterator.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

impl Interp {
    /// Resumes `g` with `resume`.
    pub fn gen_resume(&mut self, g: &Rc<Generator>, resume: Resume) -> PyResult<SendResult> {
        let mut out = Value::None;
        Ok(match self.gen_resume_into(g, resume, &mut out)? {
            ExitKind::Yield => SendResult::Yielded(out),
            ExitKind::Return => SendResult::Returned(out),
        })
    }

    /// `next(g)`: resumes `g` sending `None`; the yielded (or returned) value is
    /// written to `out`.
    #[inline]
    pub(crate) fn gen_next_into(&mut self, g: &Rc<Generator>, out: &mut Value) -> PyResult<ExitKind> {
        // The common case, a started generator suspended at a yield; everything
        // else goes through `gen_resume_into`.
        let mut frame = {
            let mut state = g.state.borrow_mut();
            if !g.started.get() || !matches!(*state, GeneratorState::Suspended(_)) {
                drop(state);
                return self.gen_resume_into(g, Resume::Send(Value::None), out);
            }
            match std::mem::replace(&mut *state, GeneratorState::Running) {
                GeneratorState::Suspended(frame) => frame,
                _ => unreachable!("checked just above"),
            }
        };
        if let Err(e) = self.enter_call() {
            *g.state.borrow_mut() = GeneratorState::Suspended(frame);
            return Err(e);
        }
        let r = self.resume_next_into(&mut frame, out);
        self.depth -= 1;
        self.gen_suspend_or_finish(g, frame, r)
    }

    /// `gen_resume`, with the yielded or returned value written to `out`.
    pub(crate) fn gen_resume_into(&mut self, g: &Rc<Generator>, resume: Resume, out: &mut Value) -> PyResult<ExitKind> {
        let state = std::mem::replace(&mut *g.state.borrow_mut(), GeneratorState::Running);
        match state {
            GeneratorState::Running => Err(PyErr::builtin("ValueError", "generator already executing")),
            GeneratorState::Finished => {
                *g.state.borrow_mut() = GeneratorState::Finished;
                match resume {
                    Resume::Throw(e) => Err(e),
                    _ => {
                        *out = Value::None;
                        Ok(ExitKind::Return)
                    }
                }
            }
            GeneratorState::Suspended(mut frame) => {
                if !g.started.get() {
                    if let Resume::Send(v) = &resume {
                        if !matches!(v, Value::None) {
                            *g.state.borrow_mut() = GeneratorState::Suspended(frame);
                            return Err(type_error("can't send non-None value to a just-started generator"));
                        }
                    }
                    if let Resume::Throw(e) = resume {
                        *g.state.borrow_mut() = GeneratorState::Finished;
                        return Err(e);
                    }
                }
                g.started.set(true);
                if let Err(e) = self.enter_call() {
                    *g.state.borrow_mut() = GeneratorState::Suspended(frame);
                    return Err(e);
                }
                let r = self.run_frame_into(&mut frame, resume, out);
                self.depth -= 1;
                self.gen_suspend_or_finish(g, frame, r)
            }
        }
    }

    /// After running a generator's frame: suspends it again at a yield, or marks it
    /// finished (a `StopIteration` escaping it becomes `RuntimeError`, PEP 479).
    #[inline]
    fn gen_suspend_or_finish(&mut self, g: &Rc<Generator>, frame: Box<super::Frame>, r: PyResult<ExitKind>) -> PyResult<ExitKind> {
        match r {
            Ok(ExitKind::Yield) => {
                *g.state.borrow_mut() = GeneratorState::Suspended(frame);
                Ok(ExitKind::Yield)
            }
            Ok(ExitKind::Return) => {
                *g.state.borrow_mut() = GeneratorState::Finished;
                Ok(ExitKind::Return)
            }
            Err(e) => {
                *g.state.borrow_mut() = GeneratorState::Finished;
                if e.matches("StopIteration") {
                    let r = PyErr::builtin("RuntimeError", "generator raised StopIteration");
                    if let Some(d) = &r.exc.exc {
                        *d.cause.borrow_mut() = Some(e.value());
                        d.suppress_context.set(true);
                    }
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// Sends `value` into a sub-iterator of `yield from`.
    pub fn send_to(&mut self, sub: &Value, value: Value) -> PyResult<SendResult> {
        match sub {
            Value::Generator(g) => self.gen_resume(g, Resume::Send(value)),
            _ if matches!(value, Value::None) => match self.iter_next_with_value(sub)? {
                Ok(v) => Ok(SendResult::Yielded(v)),
                Err(ret) => Ok(SendResult::Returned(ret)),
            },
            _ => {
                let r = self.call_method_regs(&Rc::from("send"), &[sub.clone(), value]);
                match r {
                    Ok(v) => Ok(SendResult::Yielded(v)),
                    Err(e) if e.matches("StopIteration") => Ok(SendResult::Returned(e.args().first().cloned().unwrap_or(Value::None))),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Throws into the sub-iterator of the `yield from` the frame is suspended at.
    /// `Ok(Some(v))`: it yielded `v`; `Ok(None)`: it returned (the frame continues).
    pub(crate) fn yield_from_throw(&mut self, frame: &mut super::Frame, e: PyErr) -> PyResult<Option<Value>> {
        let Some(Instr::YieldFrom { dst, iter }) = frame.code.raw.instrs.get(frame.pc).cloned() else {
            return Err(e);
        };
        let sub = frame.regs[iter as usize].clone();
        match &sub {
            Value::Generator(g) => match self.gen_resume(g, Resume::Throw(e))? {
                SendResult::Yielded(v) => {
                    frame.in_yield_from = true;
                    Ok(Some(v))
                }
                SendResult::Returned(v) => {
                    frame.regs[dst as usize] = v;
                    frame.pc += 1;
                    Ok(None)
                }
            },
            _ => Err(e),
        }
    }

    /// Closes generators that became unreachable while suspended, printing errors
    /// other than GeneratorExit as CPython's `Exception ignored in:` reports.
    pub fn finalize_dropped_generators(&mut self) {
        while let Some((frame, name, qualname)) = next_pending_finalization() {
            let g = Rc::new(Generator { state: std::cell::RefCell::new(GeneratorState::Suspended(frame)), name, qualname, started: std::cell::Cell::new(true) });
            if let Err(e) = self.gen_close(&g) {
                let report = self.format_exception(&e.value());
                self.flush_stdout();
                eprint!("Exception ignored in: <generator object {} at {:#x}>\n{}", g.qualname, Rc::as_ptr(&g) as usize, report);
            }
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<Value> {
        if let GeneratorState::Suspended(_) = &*g.state.borrow() {
        } else {
            return Ok(Value::None);
        }
        if !g.started.get() {
            *g.state.borrow_mut() = GeneratorState::Finished;
            return Ok(Value::None);
        }
        let exit = PyErr::with_args(&super::types().exc("GeneratorExit"), vec![]);
        match self.gen_resume(g, Resume::Throw(exit)) {
            Ok(SendResult::Yielded(_)) => Err(PyErr::builtin("RuntimeError", "generator ignored GeneratorExit")),
            Ok(SendResult::Returned(_)) => Ok(Value::None),
            Err(e) if e.matches("GeneratorExit") || e.matches("StopIteration") => Ok(Value::None),
            Err(e) => Err(e),
        }
    }
}
