//! Function units and their frames: rebuilding the interpreter frame of a frameless
//! unit from the values native code hands over, the heap frames of framed units,
//! finishing a call in the interpreter, and the recursion limit.

use super::raw::RawValue;
use crate::unit::{ExitKind, FunctionMeta};
use pyjit_runtime::interp::{Frame, FrameExit, Interp, Resume};
use pyjit_runtime::object::Function;
use pyjit_runtime::{PyErr, Value};

/// Deoptimizes a function unit at exit `exit`: `buf` holds one `Value` per frame
/// register below `const_base` (`Undefined` where native code had nothing live).
/// Builds the frame, runs the rest of the call in the interpreter and returns its
/// result (or [`RawValue::RAISED`]).
///
/// # Safety
/// `interp` must be the running interpreter, not otherwise borrowed during the
/// call; `fun` a live function (kept alive by the caller); `meta` the metadata of
/// `fun`'s function unit (owned by the unit, which outlives its code); and `buf` must
/// point at `meta.code.raw.const_base` initialized `Value`s whose ownership passes to
/// this function (each is read exactly once here; the caller must not use or drop
/// them afterwards).
pub unsafe extern "C" fn jit_fn_resume(interp: *mut Interp, fun: *const Function, meta: *const FunctionMeta, exit: u32, buf: *mut Value) -> RawValue {
    // SAFETY: native code passes the unit's metadata (owned by the unit, which
    // outlives its code) and a buffer of `const_base` initialized values that it
    // gives up (each is read exactly once here).
    let n = unsafe { &*meta }.code.raw.const_base as usize;
    let regs = (0..n).map(|i| unsafe { std::ptr::read(buf.add(i)) }).collect();
    // SAFETY: as the contract says.
    unsafe { resume_function(interp, fun, meta, exit, regs) }
}

/// [`jit_fn_resume`] from an exit hub's packed buffer: for the `n = const_base`
/// registers, `n.div_ceil(8)` words of tags (register `r`'s in byte `r % 8` of
/// word `r / 8`), then `n` payload words. Each `(tag, payload)` pair is the raw
/// `Value` exit code would have stored (a bool's byte is the payload's low byte),
/// so a hub stores one word per register instead of building each `Value`.
///
/// # Safety
/// As for [`jit_fn_resume`], with each pair a valid raw `Value` whose ownership
/// passes to this function.
pub unsafe extern "C" fn jit_fn_resume_packed(interp: *mut Interp, fun: *const Function, meta: *const FunctionMeta, exit: u32, buf: *const u64) -> RawValue {
    // SAFETY: `meta` as for `jit_fn_resume`; `buf` holds the words described above.
    let n = unsafe { &*meta }.code.raw.const_base as usize;
    let (tags, payloads) = unsafe { (std::slice::from_raw_parts(buf, n.div_ceil(8)), std::slice::from_raw_parts(buf.add(n.div_ceil(8)), n)) };
    let regs = (0..n)
        .map(|r| {
            let tag = (tags[r / 8] >> (8 * (r % 8))) & 0xff;
            let image: [u64; 2] = [tag | (payloads[r] & 0xff) << (8 * pyjit_runtime::value::tags::BOOL_OFFSET), payloads[r]];
            // SAFETY: the pair is a valid raw `Value` (the contract), laid out as
            // `store_raw_unowned` stores one.
            unsafe { std::mem::transmute::<[u64; 2], Value>(image) }
        })
        .collect();
    // SAFETY: as the contract says.
    unsafe { resume_function(interp, fun, meta, exit, regs) }
}

/// Builds the frame of a deoptimized function unit from its registers below
/// `const_base` and the exit's constants, and finishes the call in the
/// interpreter.
///
/// # Safety
/// As for [`jit_fn_resume`] (`interp`, `fun`, `meta`).
unsafe fn resume_function(interp: *mut Interp, fun: *const Function, meta: *const FunctionMeta, exit: u32, mut regs: Vec<Value>) -> RawValue {
    // SAFETY: native code passes the running interpreter, the function being run
    // (kept alive by its caller) and the unit's metadata.
    let (interp, fun, meta) = unsafe { (&mut *interp, &*fun, &*meta) };
    let Some(x) = meta.exits.borrow().get(exit as usize).cloned() else {
        drop(regs);
        interp.native_pending = Some(PyErr::builtin("SystemError", "bad native exit"));
        return RawValue::RAISED;
    };
    crate::tier::note_exit(&meta.stats, x.kind);
    regs.reserve(meta.code.template.len().saturating_sub(regs.len()));
    for (r, id) in &x.consts {
        if let Some(c) = meta.consts.borrow().get(*id as usize) {
            regs[*r as usize] = c.clone();
        }
    }
    let mut frame = Frame::new(meta.code.clone(), regs, fun.globals.clone(), &fun.closure);
    frame.pc = x.pc as usize;
    finish_in_interpreter(interp, frame, x.kind)
}

/// Runs the rest of a deoptimized call in the interpreter from `frame.pc` (raising
/// the pending exception first for a `Raised` exit), gives the frame back, and
/// returns the call's result (or [`RawValue::RAISED`] with the error pending).
fn finish_in_interpreter(interp: &mut Interp, mut frame: Frame, kind: ExitKind) -> RawValue {
    let resume = match kind {
        ExitKind::Raised => match interp.native_pending.take() {
            Some(e) => Resume::Raise(e),
            None => Resume::Raise(PyErr::builtin("SystemError", "native code raised nothing")),
        },
        _ => Resume::Start,
    };
    let r = interp.run_frame(&mut frame, resume);
    interp.recycle(frame);
    // As the interpreter does: generators the frame dropped are closed at a return,
    // not while an exception propagates.
    if r.is_ok() && pyjit_runtime::object::has_pending_finalization() {
        interp.finalize_dropped_generators();
    }
    match r {
        Ok(FrameExit::Return(v)) => RawValue::from_value(v),
        Ok(FrameExit::Yield(_)) => {
            interp.native_pending = Some(PyErr::builtin("SystemError", "yield in a compiled function"));
            RawValue::RAISED
        }
        Err(e) => {
            interp.native_pending = Some(e);
            RawValue::RAISED
        }
    }
}

/// Raises `RecursionError` for a compiled call past the recursion limit (or the
/// native stack's reserve), as the interpreter's `enter_call` does.
///
/// # Safety
/// `interp` must be the running interpreter, not otherwise borrowed during the
/// call.
pub unsafe extern "C" fn jit_recursion_error(interp: *mut Interp) -> RawValue {
    // SAFETY: native code passes the running interpreter.
    let interp = unsafe { &mut *interp };
    interp.native_pending = Some(PyErr::builtin("RecursionError", "maximum recursion depth exceeded"));
    RawValue::RAISED
}

/// A new frame for the function unit of `fun` (its registers unbound but for the
/// constants), owned by native code until `jit_frame_free` or `jit_frame_resume`.
///
/// # Safety
/// `interp` must be the running interpreter, not otherwise borrowed during the
/// call, and `fun` a live function. The caller owns the returned frame and must give
/// it back exactly once, through `jit_frame_free` or `jit_frame_resume`.
pub unsafe extern "C" fn jit_frame_new(interp: *mut Interp, fun: *const Function) -> *mut Frame {
    // SAFETY: native code passes the running interpreter and a live function.
    let (interp, fun) = unsafe { (&mut *interp, &*fun) };
    Box::into_raw(Box::new(interp.blank_frame(fun)))
}

/// The register file of a frame from `jit_frame_new`.
///
/// # Safety
/// `frame` must come from [`jit_frame_new`] and still be owned by the caller (not
/// yet given to `jit_frame_free` or `jit_frame_resume`).
pub unsafe extern "C" fn jit_frame_regs(frame: *mut Frame) -> *mut Value {
    // SAFETY: `frame` came from `jit_frame_new` and is still owned by native code.
    unsafe { (*frame).regs.as_mut_ptr() }
}

/// Gives back a frame from `jit_frame_new` after its function returned natively.
///
/// # Safety
/// `interp` must be the running interpreter, not otherwise borrowed during the
/// call; `frame` must come from [`jit_frame_new`] and still be owned by the caller.
/// Ownership of the frame comes back here: the caller must not use it afterwards.
pub unsafe extern "C" fn jit_frame_free(interp: *mut Interp, frame: *mut Frame) {
    // SAFETY: as for `jit_frame_regs`; ownership comes back here exactly once.
    let (interp, frame) = unsafe { (&mut *interp, Box::from_raw(frame)) };
    interp.recycle(*frame);
    if pyjit_runtime::object::has_pending_finalization() {
        interp.finalize_dropped_generators();
    }
}

/// Deoptimizes a framed function unit at exit `exit`: native code has written its
/// live values into the frame; the interpreter runs the rest of the call from the
/// exit's pc. Takes the frame; returns the call's result (or `RAISED`).
///
/// # Safety
/// As for [`jit_frame_free`] (`frame` is taken and must not be used afterwards);
/// `meta` must be the metadata of the frame's function unit, as for
/// [`jit_fn_resume`].
pub unsafe extern "C" fn jit_frame_resume(interp: *mut Interp, frame: *mut Frame, meta: *const FunctionMeta, exit: u32) -> RawValue {
    // SAFETY: as for `jit_frame_free`; `meta` as for `jit_fn_resume`.
    let (interp, mut frame, meta) = unsafe { (&mut *interp, Box::from_raw(frame), &*meta) };
    let Some(x) = meta.exits.borrow().get(exit as usize).cloned() else {
        interp.recycle(*frame);
        interp.native_pending = Some(PyErr::builtin("SystemError", "bad native exit"));
        return RawValue::RAISED;
    };
    crate::tier::note_exit(&meta.stats, x.kind);
    frame.pc = x.pc as usize;
    finish_in_interpreter(interp, *frame, x.kind)
}
