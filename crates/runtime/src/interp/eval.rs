//! The dispatch loop: executes a frame's bytecode until it returns, yields or raises.
//!
//! Hot instructions have inline fast paths for unboxed ints and floats (with overflow
//! checks that fall back to exact big-int arithmetic) and record type feedback; every
//! other case goes to the general operation in `ops`, `attr`, `call`, ...

use super::feedback::{record_binary, record_mask, record_result, record_unary, FF, FI, II, LI};
use super::frame::{Frame, FrameExit};
use super::Interp;
use crate::error::{PyErr, PyResult};
use crate::object::*;
use crate::value::Value;
use pyjit_compiler::bytecode::{BinOp, CmpOp, Instr, NO_REG};
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// How a frame is (re)entered.
pub enum Resume {
    Start,
    Send(Value),
    Throw(PyErr),
    /// The instruction at `frame.pc` raised this exception (native code handing a
    /// frame back to the interpreter mid-exception).
    Raise(PyErr),
}

/// Lists every field of `Frame`: fails to compile when a field is added, which
/// `push_frame` (which writes a frame field by field) must then initialize.
#[allow(dead_code)]
fn frame_fields_guard(f: Frame) {
    let Frame { code: _, regs: _, pc: _, globals: _, namespace: _, handler_base: _, yield_dst: _, in_yield_from: _, sent: _ } = f;
}

/// `Vec::push`, inlined (the standard one is not inlined into the dispatch loop,
/// and passes the value through a temporary).
#[inline(always)]
fn push_fast<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve(1);
    }
    let len = v.len();
    // SAFETY: the capacity exceeds `len` (ensured above), so the slot at `len` is
    // allocated and unused; it is initialized before `set_len` includes it.
    unsafe {
        std::ptr::write(v.as_mut_ptr().add(len), x);
        v.set_len(len + 1);
    }
}

/// Pushes a new frame on the inlined-call stack, whose result goes to the caller's
/// register `dst`.
#[inline(always)]
fn push_frame(stack: &mut Vec<(Frame, u32)>, code: Rc<Code>, regs: Vec<Value>, globals: Rc<Module>, handler_base: usize, dst: u32) {
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    let len = stack.len();
    // SAFETY: the slot at `len` is allocated (capacity ensured above) and holds no
    // value. Every field of the frame and the destination register are written
    // exactly once (`frame_fields_guard` fails to compile if `Frame` gains a field)
    // before `set_len` makes the slot part of the vector. The frame is written
    // field by field in place, rather than built in a temporary and copied, because
    // the copy would read in 16-byte pieces what was just written in 8-byte ones
    // (store-forwarding stalls on every call).
    unsafe {
        let slot = stack.as_mut_ptr().add(len);
        let f = std::ptr::addr_of_mut!((*slot).0);
        std::ptr::addr_of_mut!((*f).code).write(code);
        std::ptr::addr_of_mut!((*f).regs).write(regs);
        std::ptr::addr_of_mut!((*f).pc).write(0);
        std::ptr::addr_of_mut!((*f).globals).write(globals);
        std::ptr::addr_of_mut!((*f).namespace).write(None);
        std::ptr::addr_of_mut!((*f).handler_base).write(handler_base);
        std::ptr::addr_of_mut!((*f).yield_dst).write(u32::MAX);
        std::ptr::addr_of_mut!((*f).in_yield_from).write(false);
        Value::write_none(std::ptr::addr_of_mut!((*f).sent));
        std::ptr::addr_of_mut!((*slot).1).write(dst);
        stack.set_len(len + 1);
    }
}

/// How a frame stopped running, its value handed over separately (see
/// `Interp::run_frame_into`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ExitKind {
    Return,
    Yield,
}

/// An exception leaving the inner loop; `reraise` skips adding a traceback entry.
pub(crate) struct Unwind {
    pub err: PyErr,
    pub reraise: bool,
}

impl From<PyErr> for Unwind {
    fn from(err: PyErr) -> Self {
        Unwind { err, reraise: false }
    }
}

#[inline(always)]
fn reg(r: u32) -> usize {
    r as usize
}

/// Stores `v` into register `r`, skipping the out-of-line drop when the old value
/// is an unboxed scalar (the common case in numeric loops).
#[inline(always)]
fn put(regs: &mut [Value], r: u32, v: Value) {
    let slot = &mut regs[r as usize];
    match slot {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Undefined => {
            // SAFETY: the old value owns no heap data, so overwriting it without
            // running its destructor leaks nothing.
            unsafe { std::ptr::write(slot, v) }
        }
        _ => *slot = v,
    }
}

/// Stores a scalar into register `r` with one 16-byte write (see
/// `value::store_scalar_words`), dropping the old value first if it is a heap value.
#[inline(always)]
fn put_int(regs: &mut [Value], r: u32, i: i64) {
    let slot = &mut regs[r as usize];
    if !slot.is_scalar() {
        *slot = Value::Undefined;
    }
    // SAFETY: the slot is a valid register holding a scalar, which owns nothing.
    unsafe { Value::write_int(slot, i) }
}

#[inline(always)]
fn put_float(regs: &mut [Value], r: u32, f: f64) {
    let slot = &mut regs[r as usize];
    if !slot.is_scalar() {
        *slot = Value::Undefined;
    }
    // SAFETY: as in `put_int`.
    unsafe { Value::write_float(slot, f) }
}

#[inline(always)]
fn put_bool(regs: &mut [Value], r: u32, b: bool) {
    let slot = &mut regs[r as usize];
    if !slot.is_scalar() {
        *slot = Value::Undefined;
    }
    // SAFETY: as in `put_int`.
    unsafe { Value::write_bool(slot, b) }
}

/// Register `dst` = a clone of register `src`, copied as one 16-byte word.
#[inline(always)]
fn copy_reg(regs: &mut [Value], dst: u32, src: u32) {
    let (d, s) = (dst as usize, src as usize);
    if d == s {
        let _ = &regs[d];
        return;
    }
    if !regs[d].is_scalar() {
        regs[d] = Value::Undefined;
    }
    let _ = &regs[s];
    let p = regs.as_mut_ptr();
    // SAFETY: both indices are in bounds (checked just above) and distinct; the
    // destination holds a scalar, which `clone_into` may overwrite.
    unsafe { (*p.add(s)).clone_into(p.add(d)) }
}

/// The operands of a binary instruction when both are ints or both floats, read
/// into plain scalars (so fast paths compute in registers, not through `Value`
/// temporaries).
#[derive(Clone, Copy)]
enum Num {
    Ints(i64, i64),
    Floats(f64, f64),
    Int(i64),
    Float(f64),
    Other,
}

impl Num {
    #[inline(always)]
    fn of(a: &Value, b: &Value) -> Num {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Num::Ints(*x, *y),
            (Value::Float(x), Value::Float(y)) => Num::Floats(*x, *y),
            _ => Num::Other,
        }
    }
}

/// Records a known type tag in a feedback slot.
#[inline(always)]
fn record_tag(code: &Code, slot: u32, tag: u32) {
    if let Some(c) = code.feedback.get(slot as usize) {
        c.set(c.get() | tag);
    }
}

impl Interp {
    /// Runs `frame` from its current pc until it returns or yields.
    pub fn run_frame(&mut self, frame: &mut Frame, resume: Resume) -> PyResult<FrameExit> {
        let mut out = Value::None;
        Ok(match self.run_frame_into(frame, resume, &mut out)? {
            ExitKind::Return => FrameExit::Return(out),
            ExitKind::Yield => FrameExit::Yield(out),
        })
    }

    /// `run_frame`, with the returned or yielded value written to `out`.
    ///
    /// The value is handed over through `out` rather than inside an enum because
    /// `Value`'s layout makes the compiler move enum-wrapped values in pieces that
    /// are then read back whole (store-forwarding stalls at every level).
    pub(crate) fn run_frame_into(&mut self, frame: &mut Frame, resume: Resume, out: &mut Value) -> PyResult<ExitKind> {
        frame.handler_base = self.handling.len();
        let mut pending: Option<Unwind> = None;
        match resume {
            Resume::Start => {}
            Resume::Send(v) => {
                if frame.in_yield_from {
                    frame.sent = v;
                } else if frame.yield_dst != u32::MAX {
                    frame.regs[frame.yield_dst as usize] = v;
                    frame.yield_dst = u32::MAX;
                }
            }
            Resume::Throw(e) => {
                frame.yield_dst = u32::MAX;
                if frame.in_yield_from {
                    frame.in_yield_from = false;
                    // Delegate the throw to the sub-iterator first.
                    match self.yield_from_throw(frame, e) {
                        Ok(Some(v)) => {
                            *out = v;
                            return Ok(ExitKind::Yield);
                        }
                        Ok(None) => {}
                        Err(e) => pending = Some(Unwind { err: e, reraise: false }),
                    }
                } else {
                    frame.pc = frame.pc.saturating_sub(1);
                    pending = Some(Unwind { err: e, reraise: false });
                }
            }
            Resume::Raise(e) => pending = Some(Unwind { err: e, reraise: false }),
        }
        self.run_frame_loop(frame, pending, out)
    }

    /// Resumes a suspended generator frame as `next()` does (sends `None`).
    #[inline]
    pub(crate) fn resume_next_into(&mut self, frame: &mut Frame, out: &mut Value) -> PyResult<ExitKind> {
        frame.handler_base = self.handling.len();
        if frame.in_yield_from {
            frame.sent = Value::None;
        } else if frame.yield_dst != u32::MAX {
            let slot = &mut frame.regs[frame.yield_dst as usize];
            if !slot.is_scalar() {
                *slot = Value::Undefined;
            }
            // SAFETY: the register holds a scalar, which may be overwritten.
            unsafe { Value::write_none(slot) };
            frame.yield_dst = u32::MAX;
        }
        self.run_frame_loop(frame, None, out)
    }

    /// Runs the frame (first handling `pending`), jumping to exception handlers,
    /// until it returns or yields or an exception escapes it.
    #[inline]
    fn run_frame_loop(&mut self, frame: &mut Frame, mut pending: Option<Unwind>, out: &mut Value) -> PyResult<ExitKind> {
        loop {
            let result = match pending.take() {
                Some(u) => Err(u),
                None => self.execute(frame, out),
            };
            let unwind = match result {
                Ok(exit) => return Ok(exit),
                Err(u) => u,
            };
            let err = unwind.err;
            if !unwind.reraise {
                self.record_traceback(frame, &err);
            }
            match frame.code.raw.handler_for(frame.pc as u32) {
                Some(entry) => {
                    self.handling.truncate(frame.handler_base + entry.depth as usize);
                    frame.regs[entry.exc as usize] = err.value();
                    frame.pc = entry.handler as usize;
                }
                None => {
                    self.handling.truncate(frame.handler_base);
                    return Err(err);
                }
            }
        }
    }

    /// Runs `root` with Python-to-Python calls inlined: a call to a plain Python
    /// function pushes the callee's frame on a local stack and keeps dispatching in
    /// this loop (no Rust recursion), as CPython 3.11 does. Exceptions unwind through
    /// the inlined frames here; one escaping into `root` is returned with `root.pc`
    /// at the faulting instruction, for `run_frame` to handle.
    #[inline]
    fn execute(&mut self, root: &mut Frame, out: &mut Value) -> Result<ExitKind, Unwind> {
        let mut stack: Vec<(Frame, u32)> = Vec::new();
        loop {
            match self.dispatch::<false>(root, &mut stack, out) {
                Ok(exit) => return Ok(exit),
                Err(u) => {
                    if stack.is_empty() {
                        return Err(u);
                    }
                    self.unwind_inlined(&mut stack, u)?;
                }
            }
        }
    }

    /// Pops the innermost inlined frame after it returned: its register file goes
    /// back to the pool. Returns the caller's register receiving the result.
    #[inline(always)]
    fn pop_inlined(&mut self, stack: &mut Vec<(Frame, u32)>) -> u32 {
        self.depth -= 1;
        let n = stack.len() - 1;
        // SAFETY: the slot at `n` holds an initialized frame; `set_len(n)` takes it
        // out of the vector, and each of its fields is then read exactly once (and
        // dropped below), which is what dropping it in place would do. The fields
        // are read one by one, at the sizes `push_frame` wrote them, so no read
        // spans two recent stores (a store-forwarding stall, for short calls).
        let (Frame { code, mut regs, pc: _, globals, namespace, handler_base: _, yield_dst: _, in_yield_from: _, sent }, dst) = unsafe {
            stack.set_len(n);
            let slot = stack.as_ptr().add(n);
            let f = std::ptr::addr_of!((*slot).0);
            let frame = Frame {
                code: std::ptr::read(std::ptr::addr_of!((*f).code)),
                regs: std::ptr::read(std::ptr::addr_of!((*f).regs)),
                pc: 0,
                globals: std::ptr::read(std::ptr::addr_of!((*f).globals)),
                namespace: std::ptr::read(std::ptr::addr_of!((*f).namespace)),
                handler_base: 0,
                yield_dst: 0,
                in_yield_from: false,
                sent: std::ptr::read(std::ptr::addr_of!((*f).sent)),
            };
            (frame, std::ptr::read(std::ptr::addr_of!((*slot).1)))
        };
        if !code.plain_frame {
            self.recycle_regs(regs);
        } else if self.frame_pool.len() < 256 && regs.len() == code.template.len() {
            // Unbind every register below `const_base` (releasing heap values) and
            // keep the constants, which are never written, for the next frame of
            // this code (`plain_frame_registers`).
            let cb = code.raw.const_base as usize;
            for v in &mut regs[..cb] {
                if !v.is_scalar() {
                    *v = Value::Undefined;
                } else {
                    // SAFETY: the register holds a scalar, which owns nothing.
                    unsafe { std::ptr::write(v, Value::Undefined) }
                }
            }
            push_fast(&mut self.frame_pool, (regs, code.id));
        } else {
            drop(regs);
        }
        drop(code);
        drop(globals);
        if namespace.is_some() {
            drop(namespace);
        }
        if !sent.is_scalar() {
            drop(sent);
        } else {
            std::mem::forget(sent);
        }
        dst
    }

    /// Pushes a callee frame on the inlined-call stack.
    #[inline(always)]
    fn push_inlined(stack: &mut Vec<(Frame, u32)>, callee: Frame, dst: u32) {
        if stack.len() == stack.capacity() {
            stack.reserve(1);
        }
        let len = stack.len();
        // SAFETY: the capacity exceeds `len` (ensured just above), so the slot at `len`
        // is allocated and holds no value; it is initialized by the write before
        // `set_len` makes it part of the vector. (`Vec::push` does the same, but is
        // not inlined into the dispatch loop.)
        unsafe {
            std::ptr::write(stack.as_mut_ptr().add(len), (callee, dst));
            stack.set_len(len + 1);
        }
    }

    /// Executes the one instruction at `pc` of `frame` with the interpreter's general
    /// semantics (a Python function it calls runs to completion), leaving `frame.pc`
    /// at the next instruction. Native code uses this for instructions it has no fast
    /// path for. Control-flow instructions (jumps, `ForIter`, `Return`, `Yield`,
    /// `Raise`) are not for this. On `Err` the instruction raised at `pc`.
    pub fn exec_single(&mut self, frame: &mut Frame, pc: usize) -> PyResult<()> {
        frame.pc = pc;
        let mut stack: Vec<(Frame, u32)> = Vec::new();
        let mut out = Value::None;
        loop {
            match self.dispatch::<true>(frame, &mut stack, &mut out) {
                // Single-step dispatch reports the finished step as `Return` (the
                // instructions given to it never return or yield).
                Ok(_) => return Ok(()),
                Err(u) => {
                    if stack.is_empty() {
                        return Err(u.err);
                    }
                    if let Err(u) = self.unwind_inlined(&mut stack, u) {
                        return Err(u.err);
                    }
                }
            }
        }
    }

    /// Returns a finished frame's register file to the pool.
    pub fn recycle(&mut self, mut frame: Frame) {
        let regs = std::mem::take(&mut frame.regs);
        self.recycle_regs(regs);
    }

    /// Returns a register file to the pool (emptied; heap values are released).
    #[inline(always)]
    pub(crate) fn recycle_regs(&mut self, mut regs: Vec<Value>) {
        if self.reg_pool.len() < 256 {
            crate::value::clear_registers(&mut regs);
            self.reg_pool.push(regs);
        }
    }

    /// Handles an exception raised in the innermost inlined frame: records the
    /// traceback entry and jumps to a handler if the frame has one; otherwise pops
    /// frames until one handles it. `Err` when it reaches the root frame.
    fn unwind_inlined(&mut self, stack: &mut Vec<(Frame, u32)>, mut u: Unwind) -> Result<(), Unwind> {
        loop {
            let Some((frame, _)) = stack.last_mut() else { return Err(u) };
            if !u.reraise {
                self.record_traceback(frame, &u.err);
            }
            if let Some(entry) = frame.code.raw.handler_for(frame.pc as u32) {
                self.handling.truncate(frame.handler_base + entry.depth as usize);
                frame.regs[entry.exc as usize] = u.err.value();
                frame.pc = entry.handler as usize;
                return Ok(());
            }
            self.handling.truncate(frame.handler_base);
            if let Some((callee, _)) = stack.pop() {
                self.depth -= 1;
                self.recycle(callee);
            }
            // The exception now surfaces at the caller's call instruction.
            u = Unwind { err: u.err, reraise: false };
            if stack.is_empty() {
                return Err(u);
            }
        }
    }

    /// Appends the frame's traceback entry and sets the implicit `__context__`.
    fn record_traceback(&mut self, frame: &Frame, err: &PyErr) {
        let raw = &frame.code.raw;
        let line = frame.line_at(frame.pc);
        if let Some(data) = &err.exc.exc {
            let pos = raw.positions.get(frame.pc).copied().unwrap_or_default();
            data.traceback.borrow_mut().push(TracebackEntry { filename: raw.filename.clone(), name: raw.name.clone(), line, pos });
            if let Some(top) = self.handling.last() {
                if !top.is(&err.value()) && data.context.borrow().is_none() {
                    *data.context.borrow_mut() = Some(top.clone());
                }
            }
        }
    }

    /// The dispatch loop. Runs the innermost frame (the top of `stack`, or `root`
    /// when it is empty); calls to plain Python functions push the callee on `stack`
    /// and returns pop it, without leaving this loop. Returns when `root` returns or
    /// yields, or with an exception raised in the innermost frame, whose `pc` is
    /// then the faulting instruction. With `SINGLE`, returns `Return` as soon as
    /// `root` has executed one instruction.
    fn dispatch<const SINGLE: bool>(&mut self, root: &mut Frame, stack: &mut Vec<(Frame, u32)>, out: &mut Value) -> Result<ExitKind, Unwind> {
        let first_pc = root.pc;
        'frames: loop {
            let at_root = stack.is_empty();
            let frame: &mut Frame = match stack.last_mut() {
                Some((f, _)) => f,
                None => &mut *root,
            };
            let code: &Rc<Code> = &frame.code;
            let raw = &*code.raw;
            let instrs = &raw.instrs[..];
            let mut pc = frame.pc;
            macro_rules! t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            frame.pc = pc;
                            return Err(Unwind { err: e, reraise: false });
                        }
                    }
                };
            }
            loop {
                if SINGLE && at_root && pc != first_pc {
                    frame.pc = pc;
                    return Ok(ExitKind::Return);
                }
                let instr = &instrs[pc];
                match instr {
                    Instr::Move { dst, src } => copy_reg(&mut frame.regs, *dst, *src),
                    Instr::Add { dst, a, b, fb } => {
                        match Num::of(&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            Num::Ints(x, y) if x.checked_add(y).is_some() => {
                                record_mask(code, *fb, II);
                                put_int(&mut frame.regs, *dst, x + y)
                            }
                            Num::Floats(x, y) => {
                                record_mask(code, *fb, FF);
                                put_float(&mut frame.regs, *dst, x + y)
                            }
                            _ => {
                                let (x, y) = (&frame.regs[reg(*a)], &frame.regs[reg(*b)]);
                                record_binary(&code, *fb, x, y);
                                let r = t!(self.binary_op(BinOp::Add, x, y));
                                put(&mut frame.regs, *dst, r);
                            }
                        }
                    }
                    Instr::Sub { dst, a, b, fb } => {
                        match Num::of(&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            Num::Ints(x, y) if x.checked_sub(y).is_some() => {
                                record_mask(code, *fb, II);
                                put_int(&mut frame.regs, *dst, x - y)
                            }
                            Num::Floats(x, y) => {
                                record_mask(code, *fb, FF);
                                put_float(&mut frame.regs, *dst, x - y)
                            }
                            _ => {
                                let (x, y) = (&frame.regs[reg(*a)], &frame.regs[reg(*b)]);
                                record_binary(&code, *fb, x, y);
                                let r = t!(self.binary_op(BinOp::Sub, x, y));
                                put(&mut frame.regs, *dst, r);
                            }
                        }
                    }
                    Instr::Mul { dst, a, b, fb } => {
                        match Num::of(&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            Num::Ints(x, y) if x.checked_mul(y).is_some() => {
                                record_mask(code, *fb, II);
                                put_int(&mut frame.regs, *dst, x * y)
                            }
                            Num::Floats(x, y) => {
                                record_mask(code, *fb, FF);
                                put_float(&mut frame.regs, *dst, x * y)
                            }
                            _ => {
                                let (x, y) = (&frame.regs[reg(*a)], &frame.regs[reg(*b)]);
                                record_binary(&code, *fb, x, y);
                                let r = t!(self.binary_op(BinOp::Mul, x, y));
                                put(&mut frame.regs, *dst, r);
                            }
                        }
                    }
                    Instr::Pow { dst, a, b, fb } => {
                        let r = match (&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            (Value::Int(x), Value::Int(2)) if x.checked_mul(*x).is_some() => {
                                record_mask(code, *fb, II);
                                Value::Int(x * x)
                            }
                            (Value::Float(x), Value::Int(2)) if (x * x).is_finite() || !x.is_finite() => {
                                record_mask(code, *fb, FI);
                                Value::Float(x * x)
                            }
                            (x, y) => {
                                record_binary(&code, *fb, x, y);
                                t!(self.binary_op(BinOp::Pow, x, y))
                            }
                        };
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::TrueDiv { dst, a, b, fb } => {
                        let r = match (&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            (Value::Float(x), Value::Float(y)) if *y != 0.0 => {
                                record_mask(code, *fb, FF);
                                Value::Float(x / y)
                            }
                            (x, y) => {
                                record_binary(&code, *fb, x, y);
                                t!(self.binary_op(BinOp::TrueDiv, x, y))
                            }
                        };
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::FloorDiv { dst, a, b, fb } => {
                        let r = match (&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            (Value::Int(x), Value::Int(y)) if *y > 0 && *x >= 0 => {
                                record_mask(code, *fb, II);
                                Value::Int(x / y)
                            }
                            (x, y) => {
                                record_binary(&code, *fb, x, y);
                                t!(self.binary_op(BinOp::FloorDiv, x, y))
                            }
                        };
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::Mod { dst, a, b, fb } => {
                        let r = match (&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            (Value::Int(x), Value::Int(y)) if *y > 0 && *x >= 0 => {
                                record_mask(code, *fb, II);
                                Value::Int(x % y)
                            }
                            (x, y) => {
                                record_binary(&code, *fb, x, y);
                                t!(self.binary_op(BinOp::Mod, x, y))
                            }
                        };
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::BinaryOp { op, dst, a, b, fb } => {
                        let (x, y) = (&frame.regs[reg(*a)], &frame.regs[reg(*b)]);
                        record_binary(&code, *fb, x, y);
                        let r = t!(self.binary_op(*op, x, y));
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::InplaceOp { op, dst, a, b, fb } => {
                        let fast = match (op, Num::of(&frame.regs[reg(*a)], &frame.regs[reg(*b)])) {
                            (BinOp::Add, Num::Ints(x, y)) => x.checked_add(y).map(Num::Int),
                            (BinOp::Sub, Num::Ints(x, y)) => x.checked_sub(y).map(Num::Int),
                            (BinOp::Mul, Num::Ints(x, y)) => x.checked_mul(y).map(Num::Int),
                            (BinOp::Add, Num::Floats(x, y)) => Some(Num::Float(x + y)),
                            (BinOp::Sub, Num::Floats(x, y)) => Some(Num::Float(x - y)),
                            (BinOp::Mul, Num::Floats(x, y)) => Some(Num::Float(x * y)),
                            _ => None,
                        };
                        match fast {
                            Some(Num::Int(i)) => {
                                record_mask(code, *fb, II);
                                put_int(&mut frame.regs, *dst, i)
                            }
                            Some(Num::Float(f)) => {
                                record_mask(code, *fb, FF);
                                put_float(&mut frame.regs, *dst, f)
                            }
                            _ => {
                                let (x, y) = (&frame.regs[reg(*a)], &frame.regs[reg(*b)]);
                                record_binary(&code, *fb, x, y);
                                if *op == BinOp::Add && a == dst {
                                    // An accumulator held only by this register grows in place.
                                    if let (Value::BigInt(_), Value::Int(_) | Value::BigInt(_)) = (x, y) {
                                        let y = y.clone();
                                        let acc = std::mem::replace(&mut frame.regs[reg(*a)], Value::Undefined);
                                        put(&mut frame.regs, *dst, super::ops::bigint_add_owned(acc, &y));
                                        pc += 1;
                                        continue;
                                    }
                                }
                                let r = t!(self.inplace_op(*op, x, y));
                                put(&mut frame.regs, *dst, r);
                            }
                        }
                    }
                    Instr::Compare { op, dst, a, b, fb } => match Num::of(&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                        Num::Ints(x, y) => {
                            record_mask(code, *fb, II);
                            put_bool(&mut frame.regs, *dst, cmp_ord(*op, x.cmp(&y)))
                        }
                        Num::Floats(x, y) => {
                            record_mask(code, *fb, FF);
                            put_bool(&mut frame.regs, *dst, cmp_f64(*op, x, y))
                        }
                        _ => {
                            let (x, y) = (&frame.regs[reg(*a)], &frame.regs[reg(*b)]);
                            record_binary(&code, *fb, x, y);
                            let r = t!(self.compare_op(*op, x, y));
                            put(&mut frame.regs, *dst, r);
                        }
                    },
                    Instr::Is { dst, a, b, negate } => {
                        let r = frame.regs[reg(*a)].is(&frame.regs[reg(*b)]) != *negate;
                        put(&mut frame.regs, *dst, Value::Bool(r));
                    }
                    Instr::Contains { dst, item, container, negate, fb } => {
                        let (i, c) = (&frame.regs[reg(*item)], &frame.regs[reg(*container)]);
                        record_binary(&code, *fb, i, c);
                        let r = t!(self.contains(c, i)) != *negate;
                        put(&mut frame.regs, *dst, Value::Bool(r));
                    }
                    Instr::Unary { op, dst, src, fb } => {
                        let v = &frame.regs[reg(*src)];
                        record_unary(&code, *fb, v);
                        let r = t!(self.unary_op(*op, v));
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::Jump { target } => {
                        pc = *target as usize;
                        continue;
                    }
                    Instr::JumpBackward { target, loop_id } => {
                        if super::INTERRUPTED.load(Ordering::Relaxed) {
                            super::INTERRUPTED.store(false, Ordering::Relaxed);
                            t!(Err(PyErr::with_args(&super::types().exc("KeyboardInterrupt"), vec![])));
                        }
                        let (target, loop_id) = (*target as usize, *loop_id);
                        let fuel = &code.loop_counters[loop_id as usize];
                        match fuel.get() {
                            0 => {
                                // Hot: the tier may run the loop natively from its
                                // header; the interpreter then resumes at `frame.pc`.
                                frame.pc = target;
                                match self.tier.clone() {
                                    Some(tier) => {
                                        if let Err(e) = tier.hot_loop(self, frame, loop_id) {
                                            return Err(Unwind { err: e, reraise: false });
                                        }
                                    }
                                    None => code.loop_counters[loop_id as usize].set(u32::MAX),
                                }
                                continue 'frames;
                            }
                            n => fuel.set(n - 1),
                        }
                        pc = target;
                        continue;
                    }
                    Instr::JumpIfFalse { cond, target } => {
                        let truth = match &frame.regs[reg(*cond)] {
                            Value::Bool(b) => *b,
                            Value::Int(i) => *i != 0,
                            Value::None => false,
                            v => t!(self.truthy(v)),
                        };
                        if !truth {
                            pc = *target as usize;
                            continue;
                        }
                    }
                    Instr::CompareJump { op, a, b, when, target, fb } => {
                        let r = match (&frame.regs[reg(*a)], &frame.regs[reg(*b)]) {
                            (Value::Int(x), Value::Int(y)) => {
                                record_mask(code, *fb, II);
                                cmp_ord(*op, x.cmp(y))
                            }
                            (Value::Float(x), Value::Float(y)) => {
                                record_mask(code, *fb, FF);
                                cmp_f64(*op, *x, *y)
                            }
                            (x, y) => {
                                record_binary(&code, *fb, x, y);
                                let v = t!(self.compare_op(*op, x, y));
                                match v {
                                    Value::Bool(b) => b,
                                    other => t!(self.truthy(&other)),
                                }
                            }
                        };
                        if r == *when {
                            pc = *target as usize;
                            continue;
                        }
                    }
                    Instr::JumpIfTrue { cond, target } => {
                        let truth = match &frame.regs[reg(*cond)] {
                            Value::Bool(b) => *b,
                            Value::Int(i) => *i != 0,
                            Value::None => false,
                            v => t!(self.truthy(v)),
                        };
                        if truth {
                            pc = *target as usize;
                            continue;
                        }
                    }
                    Instr::GetIter { dst, src } => {
                        let it = t!(self.get_iter(&frame.regs[reg(*src)]));
                        put(&mut frame.regs, *dst, it);
                    }
                    Instr::ForIter { dst, iter, exit, fb } => {
                        // A range iterator: its next int is written straight to `dst`.
                        if let Some(n) = super::iter::next_range(&frame.regs[reg(*iter)]) {
                            match n {
                                Some(i) => {
                                    record_tag(code, *fb, super::feedback::TAG_INT);
                                    put_int(&mut frame.regs, *dst, i);
                                    pc += 1;
                                }
                                None => pc = *exit as usize,
                            }
                            continue;
                        }
                        // A generator: resumed with its value handed over through `v`.
                        if let Value::Generator(g) = &frame.regs[reg(*iter)] {
                            let g = g.clone();
                            let mut v = Value::None;
                            match t!(self.gen_next_into(&g, &mut v)) {
                                ExitKind::Yield => {
                                    record_unary(code, *fb, &v);
                                    put(&mut frame.regs, *dst, v);
                                    pc += 1;
                                }
                                ExitKind::Return => pc = *exit as usize,
                            }
                            continue;
                        }
                        let next = match super::iter::next_fast(&frame.regs[reg(*iter)]) {
                            Some(n) => n,
                            None => {
                                let it = frame.regs[reg(*iter)].clone();
                                t!(self.iter_next(&it))
                            }
                        };
                        match next {
                            Some(v) => {
                                record_unary(&code, *fb, &v);
                                put(&mut frame.regs, *dst, v);
                            }
                            None => {
                                pc = *exit as usize;
                                continue;
                            }
                        }
                    }
                    Instr::LoadGlobal { dst, name } => {
                        // The cached slot, bound in the module: the value goes straight to
                        // the register (not through a `PyResult` temporary).
                        if super::globals::load_cached_global(code, &frame.globals, *name, &mut frame.regs, *dst) {
                            pc += 1;
                            continue;
                        }
                        let v = match self.load_global(&code, &frame.globals, *name) {
                            Ok(v) => v,
                            Err(e) => {
                                self.attach_name_suggestion(&e, frame, &raw.names[*name as usize]);
                                t!(Err(e))
                            }
                        };
                        put(&mut frame.regs, *dst, v);
                    }
                    Instr::StoreGlobal { name, src } => {
                        let slot = self.global_slot(&code, &frame.globals, *name);
                        let v = frame.regs[reg(*src)].clone();
                        let old = std::mem::replace(&mut frame.globals.slots.borrow_mut()[slot], v);
                        if matches!(old, Value::Generator(_)) {
                            drop(old);
                            if has_pending_finalization() {
                                self.finalize_dropped_generators();
                            }
                        }
                    }
                    Instr::DeleteGlobal { name } => {
                        let n = &raw.names[*name as usize];
                        if !frame.globals.delete(n) {
                            t!(Err(PyErr::builtin("NameError", format!("name '{}' is not defined", n))));
                        }
                        if has_pending_finalization() {
                            self.finalize_dropped_generators();
                        }
                    }
                    Instr::LoadName { dst, name } => {
                        let n = raw.names[*name as usize].clone();
                        let v = match &frame.namespace {
                            Some(ns) => t!(self.dict_get_str(ns, &n)),
                            None => None,
                        };
                        let v = match v {
                            Some(v) => v,
                            None => t!(self.load_global(&code, &frame.globals, *name)),
                        };
                        put(&mut frame.regs, *dst, v);
                    }
                    Instr::StoreName { name, src } => {
                        let n = raw.names[*name as usize].clone();
                        let v = frame.regs[reg(*src)].clone();
                        match frame.namespace.clone() {
                            Some(ns) => t!(self.dict_set(&ns, Value::str(n.as_ref()), v)),
                            None => frame.globals.set(&n, v),
                        }
                    }
                    Instr::DeleteName { name } => {
                        let n = raw.names[*name as usize].clone();
                        if let Some(ns) = frame.namespace.clone() {
                            let removed = t!(self.dict_remove(&ns, &Value::str(n.as_ref())));
                            if removed.is_none() {
                                t!(Err(PyErr::builtin("NameError", format!("name '{}' is not defined", n))));
                            }
                        }
                    }
                    Instr::LoadBuiltin { dst, name } => {
                        let n = &raw.names[*name as usize];
                        let v = t!(self.builtins.get(n).ok_or_else(|| PyErr::builtin("NameError", format!("name '{}' is not defined", n))));
                        put(&mut frame.regs, *dst, v);
                    }
                    Instr::LoadDeref { dst, cell } => {
                        let v = match &frame.regs[reg(*cell)] {
                            Value::Cell(c) => c.value.borrow().clone(),
                            _ => Value::Undefined,
                        };
                        if v.is_undefined() {
                            t!(Err(self.unbound_cell_error(raw, *cell)));
                        }
                        put(&mut frame.regs, *dst, v);
                    }
                    Instr::StoreDeref { cell, src } => {
                        let v = frame.regs[reg(*src)].clone();
                        if let Value::Cell(c) = &frame.regs[reg(*cell)] {
                            *c.value.borrow_mut() = v;
                        }
                    }
                    Instr::DeleteDeref { cell } => {
                        let was = match &frame.regs[reg(*cell)] {
                            Value::Cell(c) => std::mem::replace(&mut *c.value.borrow_mut(), Value::Undefined),
                            _ => Value::Undefined,
                        };
                        if was.is_undefined() {
                            t!(Err(self.unbound_cell_error(raw, *cell)));
                        }
                    }
                    Instr::MakeCell { reg: r } => {
                        let v = std::mem::replace(&mut frame.regs[reg(*r)], Value::Undefined);
                        frame.regs[reg(*r)] = Value::Cell(Rc::new(PyCell::new(v)));
                    }
                    Instr::CheckBound { reg: r } => {
                        if frame.regs[reg(*r)].is_undefined() {
                            t!(Err(unbound_local(&raw.varnames[reg(*r)])));
                        }
                    }
                    Instr::DeleteLocal { reg: r } => {
                        if frame.regs[reg(*r)].is_undefined() {
                            t!(Err(unbound_local(&raw.varnames[reg(*r)])));
                        }
                        frame.regs[reg(*r)] = Value::Undefined;
                        if has_pending_finalization() {
                            self.finalize_dropped_generators();
                        }
                    }
                    Instr::ReleaseIter { reg: r } => {
                        frame.regs[reg(*r)] = Value::Undefined;
                        if has_pending_finalization() {
                            self.finalize_dropped_generators();
                        }
                    }
                    Instr::BuildList { dst, start, n } => {
                        let items = frame.regs[reg(*start)..reg(*start) + *n as usize].to_vec();
                        put(&mut frame.regs, *dst, Value::list(items));
                    }
                    Instr::BuildTuple { dst, start, n } => {
                        let items = frame.regs[reg(*start)..reg(*start) + *n as usize].to_vec();
                        put(&mut frame.regs, *dst, Value::tuple(items));
                    }
                    Instr::BuildSet { dst, start, n } => {
                        let items = frame.regs[reg(*start)..reg(*start) + *n as usize].to_vec();
                        let s = t!(self.new_set(items, false));
                        put(&mut frame.regs, *dst, s);
                    }
                    Instr::BuildDict { dst, start, n } => {
                        let d = Rc::new(PyDict::new());
                        for i in 0..*n as usize {
                            let k = frame.regs[reg(*start) + 2 * i].clone();
                            let v = frame.regs[reg(*start) + 2 * i + 1].clone();
                            t!(self.dict_set(&d, k, v));
                        }
                        put(&mut frame.regs, *dst, Value::Dict(d));
                    }
                    Instr::BuildSlice { dst, lower, upper, step } => {
                        let get = |r: u32| if r == NO_REG { Value::None } else { frame.regs[reg(r)].clone() };
                        let s = PySlice { start: get(*lower), stop: get(*upper), step: get(*step) };
                        put(&mut frame.regs, *dst, Value::Slice(Rc::new(s)));
                    }
                    Instr::BuildString { dst, start, n } => {
                        let mut s = String::new();
                        for v in &frame.regs[reg(*start)..reg(*start) + *n as usize] {
                            if let Value::Str(p) = v {
                                s.push_str(p.as_str());
                            }
                        }
                        put(&mut frame.regs, *dst, Value::str(s));
                    }
                    Instr::FormatValue { dst, src, conv, spec } => {
                        let v = frame.regs[reg(*src)].clone();
                        let spec = if *spec == NO_REG { None } else { Some(frame.regs[reg(*spec)].clone()) };
                        let s = t!(self.format_value(&v, *conv, spec.as_ref()));
                        put(&mut frame.regs, *dst, s);
                    }
                    Instr::ListAppend { list, item } => {
                        let v = frame.regs[reg(*item)].clone();
                        if let Value::List(l) = &frame.regs[reg(*list)] {
                            l.push(v);
                        }
                    }
                    Instr::ListExtend { list, iterable } => {
                        let items = t!(self.collect(&frame.regs[reg(*iterable)]));
                        if let Value::List(l) = &frame.regs[reg(*list)] {
                            l.items_mut().extend(items);
                        }
                    }
                    Instr::SetAdd { set, item } => {
                        let (s, v) = (frame.regs[reg(*set)].clone(), frame.regs[reg(*item)].clone());
                        t!(self.set_add(&s, v));
                    }
                    Instr::SetUpdate { set, iterable } => {
                        let items = t!(self.collect(&frame.regs[reg(*iterable)]));
                        let s = frame.regs[reg(*set)].clone();
                        for v in items {
                            t!(self.set_add(&s, v));
                        }
                    }
                    Instr::DictSet { dict, key, value } => {
                        let (k, v) = (frame.regs[reg(*key)].clone(), frame.regs[reg(*value)].clone());
                        if let Value::Dict(d) = frame.regs[reg(*dict)].clone() {
                            t!(self.dict_set(&d, k, v));
                        }
                    }
                    Instr::CallArgsExtend { list, iterable, func } => {
                        let src = frame.regs[reg(*iterable)].clone();
                        if !self.is_iterable_value(&src) {
                            let fname = self.function_str(&frame.regs[reg(*func)]);
                            t!(Err(crate::error::type_error(format!("{} argument after * must be an iterable, not {}", fname, self.type_name(&src)))));
                        }
                        let items = t!(self.collect(&src));
                        if let Value::List(l) = &frame.regs[reg(*list)] {
                            l.items_mut().extend(items);
                        }
                    }
                    Instr::CallKwargsMerge { dict, mapping, func } => {
                        let m = frame.regs[reg(*mapping)].clone();
                        let fname = self.function_str(&frame.regs[reg(*func)]);
                        let items = match &m {
                            Value::Dict(d) => d.items(),
                            Value::Instance(i) if i.class.lookup("keys").is_some() => {
                                let keys = t!(self.call_method_regs(&Rc::from("keys"), &[m.clone()]));
                                let mut pairs = Vec::new();
                                for k in t!(self.collect(&keys)) {
                                    let v = t!(self.get_item(&m, &k));
                                    pairs.push((k, v));
                                }
                                pairs
                            }
                            other => t!(Err(crate::error::type_error(format!("{} argument after ** must be a mapping, not {}", fname, self.type_name(other))))),
                        };
                        if let Value::Dict(d) = frame.regs[reg(*dict)].clone() {
                            for (k, v) in items {
                                if !matches!(k, Value::Str(_)) {
                                    t!(Err(crate::error::type_error(format!("{} keywords must be strings", fname))));
                                }
                                if t!(self.dict_get(&d, &k)).is_some() {
                                    let key = k.as_str().unwrap_or("").to_string();
                                    t!(Err(crate::error::type_error(format!("{} got multiple values for keyword argument '{}'", fname, key))));
                                }
                                t!(self.dict_set(&d, k, v));
                            }
                        }
                    }
                    Instr::DictUpdate { dict, mapping } => {
                        let m = frame.regs[reg(*mapping)].clone();
                        if let Value::Dict(d) = frame.regs[reg(*dict)].clone() {
                            t!(self.dict_update_from(&d, &m));
                        }
                    }
                    Instr::ListToTuple { dst, src } => {
                        let items = match &frame.regs[reg(*src)] {
                            Value::List(l) => l.to_vec(),
                            _ => Vec::new(),
                        };
                        put(&mut frame.regs, *dst, Value::tuple(items));
                    }
                    Instr::Subscript { dst, obj, index, fb } => {
                        let (o, i) = (&frame.regs[reg(*obj)], &frame.regs[reg(*index)]);
                        let fast = match (o, i) {
                            (Value::List(l), Value::Int(i)) => {
                                record_mask(code, *fb, LI);
                                l.get_wrapped(*i)
                            }
                            _ => None,
                        };
                        let r = match fast {
                            Some(v) => v,
                            None => {
                                record_binary(&code, *fb, o, i);
                                t!(self.get_item(o, i))
                            }
                        };
                        record_result(&code, *fb, &r);
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::StoreSubscript { obj, index, src, fb } => {
                        let (o, i, v) = (&frame.regs[reg(*obj)], &frame.regs[reg(*index)], frame.regs[reg(*src)].clone());
                        record_binary(&code, *fb, o, i);
                        t!(self.set_item(o, i, v));
                    }
                    Instr::DeleteSubscript { obj, index } => {
                        let (o, i) = (&frame.regs[reg(*obj)], &frame.regs[reg(*index)]);
                        t!(self.del_item(o, i));
                    }
                    Instr::LoadAttr { dst, obj, name, fb } => {
                        let o = &frame.regs[reg(*obj)];
                        record_unary(&code, *fb, o);
                        let r = t!(self.get_attr(o, &raw.names[*name as usize]));
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::StoreAttr { obj, name, src } => {
                        let (o, v) = (&frame.regs[reg(*obj)], frame.regs[reg(*src)].clone());
                        t!(self.set_attr(o, &raw.names[*name as usize], v));
                    }
                    Instr::DeleteAttr { obj, name } => {
                        let o = &frame.regs[reg(*obj)];
                        t!(self.del_attr(o, &raw.names[*name as usize]));
                    }
                    Instr::Call { dst, func, base, nargs, fb } => {
                        let f = &frame.regs[reg(*func)];
                        let args = &frame.regs[reg(*base)..reg(*base) + *nargs as usize];
                        if !matches!(f, Value::Function(_)) {
                            record_unary(code, *fb, f);
                        }
                        let r = match f {
                            Value::Builtin(b) => t!((b.func)(self, args, &[])),
                            Value::Function(fun) if fun.code.fast_argc as usize == args.len() => {
                                record_tag(code, *fb, super::feedback::TAG_OTHER);
                                let fuel = fun.code.call_fuel.get();
                                if fuel != 0 {
                                    fun.code.call_fuel.set(fuel - 1);
                                } else if let Some(tier) = self.tier.clone() {
                                    // Hot: the tier may run the call natively.
                                    let fun = fun.clone();
                                    if let Some(r) = tier.hot_call(self, &fun, args) {
                                        let r = t!(r);
                                        put(&mut frame.regs, *dst, r);
                                        pc += 1;
                                        continue;
                                    }
                                }
                                let dst = *dst;
                                // The callee runs in this loop: the native stack does not
                                // grow, only the recursion limit applies.
                                if self.depth >= self.recursion_limit {
                                    t!(Err(PyErr::builtin("RecursionError", "maximum recursion depth exceeded")));
                                }
                                self.depth += 1;
                                if fun.code.plain_frame {
                                    let code = fun.code.clone();
                                    code.calls.set(code.calls.get().wrapping_add(1));
                                    let globals = fun.globals.clone();
                                    let regs = self.plain_frame_registers(&code, args);
                                    frame.pc = pc;
                                    push_frame(stack, code, regs, globals, self.handling.len(), dst);
                                } else {
                                    let callee = self.new_frame(fun, args);
                                    frame.pc = pc;
                                    Self::push_inlined(stack, callee, dst);
                                }
                                continue 'frames;
                            }
                            _ => {
                                if matches!(f, Value::Function(_)) {
                                    record_tag(code, *fb, super::feedback::TAG_OTHER);
                                }
                                let f = f.clone();
                                t!(self.call(&f, args, &[]))
                            }
                        };
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::CallKw { dst, func, base, nargs, kw, fb } => {
                        let names = &raw.kwnames[*kw as usize];
                        let f = frame.regs[reg(*func)].clone();
                        record_unary(&code, *fb, &f);
                        let all = &frame.regs[reg(*base)..reg(*base) + *nargs as usize];
                        let npos = all.len() - names.len();
                        let kwargs: Vec<(Rc<str>, Value)> = names.iter().cloned().zip(all[npos..].iter().cloned()).collect();
                        let r = t!(self.call(&f, &all[..npos], &kwargs));
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::CallMethod { dst, name, base, nargs, fb } => {
                        let recv = &frame.regs[reg(*base)];
                        record_unary(&code, *fb, recv);
                        let name = &raw.names[*name as usize];
                        if let Value::Module(m) = recv {
                            // Inline cache: module address -> attribute slot.
                            if let Some(f) = module_attr_cached(&code, *fb, m, name) {
                                let args = &frame.regs[reg(*base) + 1..reg(*base) + 1 + *nargs as usize];
                                let r = match &f {
                                    Value::Builtin(b) => t!((b.func)(self, args, &[])),
                                    other => t!(self.call(other, args, &[])),
                                };
                                put(&mut frame.regs, *dst, r);
                                pc += 1;
                                continue;
                            }
                        }
                        let with_self = &frame.regs[reg(*base)..reg(*base) + 1 + *nargs as usize];
                        let r = t!(self.call_method_regs(name, with_self));
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::CallEx { dst, func, args, kwargs } => {
                        let f = frame.regs[reg(*func)].clone();
                        let pos = match &frame.regs[reg(*args)] {
                            Value::Tuple(t) => t.items.clone(),
                            _ => Vec::new(),
                        };
                        let kw = if *kwargs == NO_REG { Vec::new() } else { t!(self.kwargs_from_dict(&frame.regs[reg(*kwargs)])) };
                        let r = t!(self.call(&f, &pos, &kw));
                        put(&mut frame.regs, *dst, r);
                    }
                    Instr::MakeFunction { dst, code: child, defaults, kwdefaults, cells, nfree } => {
                        let f = t!(self.make_function(&code, frame, *child, *defaults, *kwdefaults, *cells, *nfree));
                        put(&mut frame.regs, *dst, f);
                    }
                    Instr::BuildClass { dst, body, name, bases, nbases } => {
                        let body_fn = frame.regs[reg(*body)].clone();
                        let bases = frame.regs[reg(*bases)..reg(*bases) + *nbases as usize].to_vec();
                        let cls = t!(self.build_class(&body_fn, &raw.names[*name as usize], bases));
                        put(&mut frame.regs, *dst, cls);
                    }
                    Instr::Return { src } => {
                        // Constants must stay in their registers for the next use of the
                        // frame; anything else is moved out.
                        let v = if *src < raw.const_base { std::mem::replace(&mut frame.regs[reg(*src)], Value::Undefined) } else { frame.regs[reg(*src)].clone() };
                        code.return_types.set(code.return_types.get() | super::feedback::tag(&v));
                        frame.pc = pc;
                        if stack.is_empty() {
                            *out = v;
                            return Ok(ExitKind::Return);
                        }
                        let dst = self.pop_inlined(stack);
                        if has_pending_finalization() {
                            self.finalize_dropped_generators();
                        }
                        let parent = match stack.last_mut() {
                            Some((f, _)) => f,
                            None => &mut *root,
                        };
                        put(&mut parent.regs, dst, v);
                        parent.pc += 1;
                        continue 'frames;
                    }
                    Instr::Yield { dst, src } => {
                        // A temporary can be moved out; locals and constants must stay.
                        let first_temp = raw.cell_base + raw.cellnames.len() as u32;
                        let v = if *src >= first_temp && *src < raw.const_base { std::mem::replace(&mut frame.regs[reg(*src)], Value::Undefined) } else { frame.regs[reg(*src)].clone() };
                        frame.pc = pc + 1;
                        frame.yield_dst = *dst;
                        *out = v;
                        return Ok(ExitKind::Yield);
                    }
                    Instr::YieldFrom { dst, iter } => {
                        let sent = std::mem::replace(&mut frame.sent, Value::None);
                        frame.in_yield_from = false;
                        let sub = frame.regs[reg(*iter)].clone();
                        match t!(self.send_to(&sub, sent)) {
                            super::generator::SendResult::Yielded(v) => {
                                frame.pc = pc;
                                frame.in_yield_from = true;
                                *out = v;
                                return Ok(ExitKind::Yield);
                            }
                            super::generator::SendResult::Returned(v) => frame.regs[reg(*dst)] = v,
                        }
                    }
                    Instr::Raise { exc, cause } => {
                        frame.pc = pc;
                        if *exc == NO_REG {
                            let err = match self.handling.last() {
                                Some(Value::Instance(i)) => PyErr { exc: i.clone() },
                                _ => PyErr::builtin("RuntimeError", "No active exception to reraise"),
                            };
                            return Err(Unwind { err, reraise: true });
                        }
                        let e = t!(self.make_exception(&frame.regs[reg(*exc)]));
                        if *cause != NO_REG {
                            let c = &frame.regs[reg(*cause)];
                            let cause_val = match c {
                                Value::None => None,
                                Value::Instance(i) if i.class.is_exception => Some(c.clone()),
                                Value::Class(k) if k.is_exception => Some(t!(self.make_exception(c)).value()),
                                _ => t!(Err(crate::error::type_error("exception causes must derive from BaseException"))),
                            };
                            if let Some(d) = &e.exc.exc {
                                *d.cause.borrow_mut() = cause_val;
                                d.suppress_context.set(true);
                            }
                        }
                        return Err(Unwind { err: e, reraise: false });
                    }
                    Instr::Reraise { exc } => {
                        frame.pc = pc;
                        let err = match &frame.regs[reg(*exc)] {
                            Value::Instance(i) => PyErr { exc: i.clone() },
                            _ => PyErr::builtin("SystemError", "reraise of a non-exception"),
                        };
                        return Err(Unwind { err, reraise: true });
                    }
                    Instr::CheckExcMatch { dst, exc, typ } => {
                        let m = t!(self.exception_matches(&frame.regs[reg(*exc)], &frame.regs[reg(*typ)]));
                        put(&mut frame.regs, *dst, Value::Bool(m));
                    }
                    Instr::EnterHandler { exc } => {
                        self.handling.push(frame.regs[reg(*exc)].clone());
                    }
                    Instr::ExitHandler => {
                        self.handling.pop();
                    }
                    Instr::UnpackSequence { dst, src, n } => {
                        let items = t!(self.unpack(&frame.regs[reg(*src)], *n as usize));
                        for (i, v) in items.into_iter().enumerate() {
                            frame.regs[reg(*dst) + i] = v;
                        }
                    }
                    Instr::UnpackEx { dst, src, before, after } => {
                        let items = t!(self.unpack_ex(&frame.regs[reg(*src)], *before as usize, *after as usize));
                        for (i, v) in items.into_iter().enumerate() {
                            frame.regs[reg(*dst) + i] = v;
                        }
                    }
                    Instr::ImportName { dst, name } => {
                        let m = t!(self.import_module(&raw.names[*name as usize]));
                        put(&mut frame.regs, *dst, m);
                    }
                    Instr::ImportFrom { dst, module, name } => {
                        let m = frame.regs[reg(*module)].clone();
                        let n = &raw.names[*name as usize];
                        let v = match self.get_attr(&m, n) {
                            Ok(v) => v,
                            Err(_) => {
                                let mname = match &m {
                                    Value::Module(md) => md.name.to_string(),
                                    _ => "?".into(),
                                };
                                t!(Err(PyErr::builtin("ImportError", format!("cannot import name '{}' from '{}' (unknown location)", n, mname))))
                            }
                        };
                        put(&mut frame.regs, *dst, v);
                    }
                    Instr::WithEnter { dst, exit, mgr } => {
                        let m = frame.regs[reg(*mgr)].clone();
                        let (enter_result, exit_fn) = t!(self.with_enter(&m));
                        frame.regs[reg(*exit)] = exit_fn;
                        put(&mut frame.regs, *dst, enter_result);
                    }
                    Instr::WithExit { dst, exit, exc } => {
                        let f = frame.regs[reg(*exit)].clone();
                        let e = if *exc == NO_REG { None } else { Some(frame.regs[reg(*exc)].clone()) };
                        let r = t!(self.with_exit(&f, e));
                        put(&mut frame.regs, *dst, Value::Bool(r));
                    }
                    Instr::Nop => {}
                }
                pc += 1;
            }
        }
    }

    /// Records `e.name` and the "Did you mean" hint for a NameError, from the names
    /// CPython would consider: bound locals, then globals, then builtins.
    fn attach_name_suggestion(&self, e: &PyErr, frame: &Frame, name: &Rc<str>) {
        let Some(data) = &e.exc.exc else { return };
        e.exc.set_attr(Rc::from("name"), Value::str(name.as_ref()));
        let raw = &frame.code.raw;
        let locals: Vec<&str> = raw.varnames.iter().enumerate().filter(|(i, _)| !frame.regs[*i].is_undefined()).map(|(_, n)| n.as_ref()).collect();
        let globals = frame.globals.items();
        let builtins = self.builtins.items();
        let s = super::suggestions::suggest(name, locals.iter().copied())
            .or_else(|| super::suggestions::suggest(name, globals.iter().map(|(k, _)| k.as_ref())))
            .or_else(|| super::suggestions::suggest(name, builtins.iter().map(|(k, _)| k.as_ref())));
        *data.suggestion.borrow_mut() = s;
    }

    fn unbound_cell_error(&self, raw: &pyjit_compiler::CodeObject, cell: u32) -> PyErr {
        let i = (cell - raw.cell_base) as usize;
        let name = raw.cellnames.get(i).map(|s| s.to_string()).unwrap_or_default();
        if (i as u32) < raw.ncells {
            unbound_local(&name)
        } else {
            PyErr::builtin("NameError", format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name))
        }
    }
}

fn unbound_local(name: &str) -> PyErr {
    PyErr::builtin("UnboundLocalError", format!("cannot access local variable '{}' where it is not associated with a value", name))
}

/// The value of `m.name` through the call site's inline cache (`None` if unbound).
#[inline]
fn module_attr_cached(code: &Code, fb: u32, m: &Rc<Module>, name: &Rc<str>) -> Option<Value> {
    let cell = code.attr_cache.get(fb as usize)?;
    let addr = Rc::as_ptr(m) as usize;
    let (cached, slot) = cell.get();
    let slot = if cached == addr {
        slot
    } else {
        let s = m.find_slot(name)?;
        cell.set((addr, s));
        s
    };
    let v = m.slots.borrow().get(slot as usize)?.clone();
    if v.is_undefined() {
        None
    } else {
        Some(v)
    }
}

/// Applies a comparison operator to an ordering.
#[inline]
pub fn cmp_ord(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// IEEE comparison of two floats (every comparison with nan is false but `!=`).
#[inline]
pub fn cmp_f64(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}
