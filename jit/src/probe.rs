//! Read-only views of the JIT's own bookkeeping, for benchmarks and tools that embed
//! the tier (`benches/` reads compile times and exit counters through these). Nothing
//! here changes the JIT's state or its policy.

use crate::tier::Jit;
use crate::unit::UnitStats;

/// How many units (and callee compilations) the JIT has compiled successfully so far:
/// the length of its compile-time record. Failed compilations are not counted.
pub fn compile_count(jit: &Jit) -> usize {
    jit.compile_ms.borrow().len()
}

/// The duration of successful compilation number `index` (0-based, in the order the
/// compilations finished), in milliseconds; `None` past the end.
///
/// Each duration runs from the start of the unit's compilation (analysis) to its
/// machine code being installed (translation, Cranelift, finalization included). A
/// callee compiled while its caller is being compiled finishes first and has its own
/// entry, and its time is also inside the caller's duration.
pub fn compile_ms_at(jit: &Jit, index: usize) -> Option<f64> {
    jit.compile_ms.borrow().get(index).copied()
}

/// Every successful compilation's duration in milliseconds, in the order they
/// finished (a copy; see [`compile_ms_at`] for what a duration covers).
pub fn compile_times_ms(jit: &Jit) -> Vec<f64> {
    jit.compile_ms.borrow().clone()
}

/// How many loop units (loops entered by on-stack replacement and `sum()` reductions)
/// the JIT has compiled so far, recompilations included.
pub fn loop_units_compiled(jit: &Jit) -> usize {
    jit.loops_compiled.borrow().len()
}

/// How many function units the JIT has compiled so far, recompilations included.
pub fn function_units_compiled(jit: &Jit) -> usize {
    jit.functions_compiled.borrow().len()
}

/// Exit counters summed over a set of compiled units (counts of events since each
/// unit was compiled).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExitTotals {
    /// Entries into native code: on-stack-replacement entries of loop units, calls
    /// of function units from the interpreter (calls from other
    /// compiled code are not counted).
    pub entries: u64,
    /// Real deoptimizations (a guard failed); these count toward recompilation and
    /// blacklisting.
    pub deopts: u64,
    /// Deoptimizations forced by the `--jit-stress` schedule (not counted against
    /// the unit).
    pub stress_deopts: u64,
    /// Other exits: the unit finished or left for the interpreter, or raised.
    pub exits: u64,
}

impl ExitTotals {
    fn add(&mut self, s: &UnitStats) {
        self.entries += s.entries.get();
        self.deopts += s.deopts.get();
        self.stress_deopts += s.stress_deopts.get();
        self.exits += s.exits.get();
    }
}

/// Exit counters summed over every loop unit compiled so far (discarded ones too).
pub fn loop_exit_totals(jit: &Jit) -> ExitTotals {
    let mut t = ExitTotals::default();
    for u in jit.loops_compiled.borrow().iter() {
        t.add(&u.stats);
    }
    t
}

/// Exit counters summed over every function unit compiled so far (invalidated ones
/// too).
pub fn function_exit_totals(jit: &Jit) -> ExitTotals {
    let mut t = ExitTotals::default();
    for u in jit.functions_compiled.borrow().iter() {
        t.add(&u.meta.stats);
    }
    t
}
