//! The general cases, run by the interpreter's own code: one instruction on the
//! frame, truth tests, comparisons and iteration of arbitrary objects. These may run
//! any Python code.

use super::{OK, RAISED};
use pyjit_compiler::bytecode::CmpOp;
use pyjit_runtime::interp::{Frame, Interp};
use pyjit_runtime::object::IterState;
use pyjit_runtime::Value;

/// Executes the instruction at `pc` of `*frame` in the interpreter.
///
/// # Safety
/// `interp` must be the running interpreter and `frame` the frame native code runs
/// in; both valid, and neither otherwise borrowed during the call.
pub unsafe extern "C" fn jit_exec(interp: *mut Interp, frame: *mut Frame, pc: u32) -> u32 {
    // SAFETY: native code passes the interpreter and the frame it runs in; neither is
    // otherwise borrowed while native code runs.
    let (interp, frame) = unsafe { (&mut *interp, &mut *frame) };
    match interp.exec_single(frame, pc as usize) {
        Ok(()) => OK,
        Err(e) => {
            interp.native_pending = Some(e);
            RAISED
        }
    }
}

/// Truth of `*v`: 0 false, 1 true, 2 raised.
///
/// # Safety
/// `interp` as for [`jit_exec`]; `v` must point at a live `Value` (it is cloned
/// before any Python code runs).
pub unsafe extern "C" fn jit_truthy(interp: *mut Interp, v: *const Value) -> u32 {
    // SAFETY: as for `jit_exec`; `v` is a live value (cloned before running code).
    let (interp, v) = unsafe { (&mut *interp, (*v).clone()) };
    match interp.truthy(&v) {
        Ok(b) => b as u32,
        Err(e) => {
            interp.native_pending = Some(e);
            2
        }
    }
}

const CMP_OPS: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

/// The index `jit_compare_truth` takes for `op`.
pub fn cmp_index(op: CmpOp) -> u32 {
    CMP_OPS.iter().position(|o| *o == op).unwrap_or(0) as u32
}

/// Truth of `*a op *b` (`op` from [`cmp_index`]): 0 false, 1 true, 2 raised.
///
/// # Safety
/// As for [`jit_truthy`], for both `a` and `b`.
pub unsafe extern "C" fn jit_compare_truth(interp: *mut Interp, op: u32, a: *const Value, b: *const Value) -> u32 {
    // SAFETY: as for `jit_truthy`.
    let (interp, a, b) = unsafe { (&mut *interp, (*a).clone(), (*b).clone()) };
    let op = CMP_OPS[op as usize % 6];
    let r = interp.compare_op(op, &a, &b).and_then(|v| match v {
        Value::Bool(b) => Ok(b),
        other => interp.truthy(&other),
    });
    match r {
        Ok(b) => b as u32,
        Err(e) => {
            interp.native_pending = Some(e);
            2
        }
    }
}

/// `*dst = next(*iter)`: 1 with an item stored, 0 when exhausted, 2 raised.
///
/// # Safety
/// `interp` as for [`jit_exec`]; `iter` must point at a live `Value` and `dst` at a
/// valid, initialized home slot distinct from `iter` (its old value is dropped), not
/// otherwise borrowed during the call.
pub unsafe extern "C" fn jit_for_iter(interp: *mut Interp, iter: *const Value, dst: *mut Value) -> u32 {
    // Lists (what loops iterate most) without the general protocol: the list is
    // re-read at every step, as CPython's list iterator does.
    // SAFETY: `iter` is a live value and `dst` a home slot distinct from it.
    if let Value::Iterator(it) = unsafe { &*iter } {
        if let Ok(mut st) = it.state.try_borrow_mut() {
            if let IterState::List { list: Value::List(l), index } = &mut *st {
                let item = l.try_get(*index);
                match item {
                    Some(Some(v)) => {
                        *index += 1;
                        drop(st);
                        // SAFETY: as above.
                        unsafe { *dst = v };
                        return 1;
                    }
                    Some(None) => {
                        // Exhausted for good, as the interpreter's list iterator.
                        *st = IterState::Exhausted;
                        return 0;
                    }
                    None => {}
                }
            }
        }
    }
    // SAFETY: as for `jit_exec`; `dst` is a home slot.
    let (interp, it) = unsafe { (&mut *interp, (*iter).clone()) };
    match interp.iter_next(&it) {
        Ok(Some(v)) => {
            // SAFETY: `dst` is valid for the call.
            unsafe { *dst = v };
            1
        }
        Ok(None) => 0,
        Err(e) => {
            interp.native_pending = Some(e);
            2
        }
    }
}
