//! pyjit's JIT tier: hot loops and functions are compiled to native code through
//! Cranelift, specialized for the types the interpreter saw, entered by on-stack
//! replacement (loops) or called directly (functions), and deoptimized back into the
//! interpreter's frame whenever a guarded assumption fails.
//!
//! Pipeline for one unit: [`liveness`] and [`infer`] (representation analysis, on
//! the per-instruction decisions of [`decide`]) → [`translate`] (Cranelift IR) →
//! [`code_cache`] (machine code; a recursive function unit's self-calls are first
//! inlined one level deep by [`self_inline`], and a loop unit's code is placed by
//! [`branch_align`]). The interpreter calls a function unit through
//! [`direct_entry`] (or a compiled trampoline). [`tier`] is the policy the interpreter talks to
//! (`pyjit_runtime::interp::Tier`); [`runtime_calls`] are the functions native code
//! calls back into.

pub mod accumulators;
pub mod block_merge;
pub mod branch_align;
pub mod code_cache;
pub mod cold_remat;
pub mod compile;
pub mod dead_loads;
pub mod decide;
pub mod direct_entry;
pub mod handoff;
pub mod explain;
pub mod infer;
pub mod jump_threading;
pub mod known;
pub mod liveness;
pub mod mode;
pub mod operands;
pub mod probe;
pub mod reduce;
pub mod rep;
pub mod runtime_calls;
pub mod self_inline;
pub mod summary;
#[cfg(test)]
mod test_ir;
pub mod tier;
pub mod trace;
pub mod translate;
pub mod unit;

pub use mode::{JitMode, DEFAULT_CALL_THRESHOLD, DEFAULT_LOOP_THRESHOLD};
pub use tier::Jit;
pub use trace::Trace;

use std::sync::atomic::Ordering;

/// Sets the interpreter's fuel for `mode` (before any code object is created) and
/// returns the tier to install in the interpreter, or `None` for `--no-jit`.
pub fn tier_for(mode: JitMode, trace: Trace) -> Result<Option<std::rc::Rc<Jit>>, String> {
    pyjit_runtime::object::code::LOOP_FUEL.store(mode.loop_fuel(), Ordering::Relaxed);
    pyjit_runtime::object::code::CALL_FUEL.store(mode.call_fuel(), Ordering::Relaxed);
    if mode == JitMode::Off {
        return Ok(None);
    }
    Ok(Some(std::rc::Rc::new(Jit::new(mode, trace)?)))
}
