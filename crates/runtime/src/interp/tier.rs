//! The interface between the interpreter and a compiling tier (the Cranelift JIT in
//! `jit/`). The interpreter counts down per-loop and per-function fuel
//! (`Code::loop_counters`, `Code::call_fuel`); when it runs out it asks the tier, which
//! may run the code natively and hands control back in interpreter state: a frame
//! (registers plus pc) is always what native code deoptimizes into.

use super::{Frame, Interp};
use crate::error::PyResult;
use crate::object::{Function, Generator};
use crate::value::Value;
use std::rc::Rc;

/// A compiling tier, installed in `Interp::tier`.
pub trait Tier {
    /// Loop `loop_id` of `frame`'s code ran out of fuel at its back-edge; `frame.pc` is
    /// the loop header. The tier may run the loop natively (on-stack replacement);
    /// on `Ok` the interpreter resumes at `frame.pc`. `Err` is an exception raised at
    /// `frame.pc` (the interpreter records the traceback entry and finds the handler).
    /// The tier refills the loop's fuel as it sees fit.
    fn hot_loop(&self, interp: &mut Interp, frame: &mut Frame, loop_id: u32) -> PyResult<()>;

    /// `fun` (a plain function: `Function::simple_call(args.len())` holds) ran out of
    /// call fuel. `Some(result)` when the tier ran the call natively; `None` to let
    /// the interpreter run it.
    fn hot_call(&self, interp: &mut Interp, fun: &Rc<Function>, args: &[Value]) -> Option<PyResult<Value>>;

    /// `sum(gen, start)` is about to consume the generator `gen`, with `acc` the
    /// running total. The tier may consume some or all of the generator natively;
    /// it returns the new running total and leaves `gen` in a state the ordinary
    /// iteration protocol continues from.
    fn reduce_sum(&self, interp: &mut Interp, gen: &Rc<Generator>, acc: Value) -> PyResult<Value>;

    /// The program is about to exit (for end-of-run reports).
    fn finish(&self, interp: &mut Interp);
}
