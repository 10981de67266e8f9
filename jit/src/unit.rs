//! Compiled units and what the runtime needs to know about their exits.

use crate::rep::Rep;
use pyjit_compiler::bytecode::{Pc, Reg};
use pyjit_runtime::interp::{Frame, Interp};
use pyjit_runtime::object::{Code, Function};
use pyjit_runtime::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Why control leaves native code at an exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExitKind {
    /// The unit is done (its loop ended, or it reached an instruction the
    /// interpreter runs): not a failure.
    Leave,
    /// A guard failed: a speculation did not hold (deoptimization).
    Deopt,
    /// An exception was raised at the exit's pc (pending in `Interp::native_pending`).
    Raised,
    /// The frame's values did not match what the unit was compiled for.
    EntryMismatch,
}

/// The reason of the entry guard on a speculated range step: a loop unit meeting
/// it is recompiled without that speculation.
pub const RANGE_STEP_MISMATCH: &str = "a range iterator with another step";

/// The reason of the entry guard on a range iterator speculated small (items in
/// `0..SMALL_RANGE_END`): met, the loop unit is recompiled without speculating
/// on its range iterators, as for [`RANGE_STEP_MISMATCH`].
pub const RANGE_BOUND_MISMATCH: &str = "a range iterator past 2**31";

/// Range loops of a loop unit whose iterator counts up from 0 or more to at most
/// this are compiled knowing their items are in `0..SMALL_RANGE_END`, so
/// arithmetic on the item needs no overflow check when its result provably fits
/// 64 bits (`i * i`, `2 * i + 1`). 2**31: squares fit, and a larger `range`
/// in a loop is rare.
pub const SMALL_RANGE_END: i64 = 1 << 31;

/// What a loop unit speculates about a range iterator of its entry frame
/// (guarded wherever the iterator's state is loaded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeSpeculation {
    /// The frame register holding the iterator.
    pub reg: u32,
    pub step: i64,
    /// Its position is at least 0 and its stop at most [`SMALL_RANGE_END`]
    /// (with a positive step).
    pub small: bool,
}

/// One exit of a unit: where the interpreter resumes and why.
#[derive(Clone, Debug)]
pub struct Exit {
    pub pc: Pc,
    pub kind: ExitKind,
    pub reason: &'static str,
    /// Registers holding a unit constant at this exit (filled in when the frame is
    /// rebuilt; native code stores nothing for them).
    pub consts: Vec<(Reg, u32)>,
    /// A loop unit's exit: what it leaves in the handoff for the caller to
    /// write back (see `crate::handoff`).
    pub staged: crate::handoff::Staged,
}

/// Counters for `--trace-jit=summary` and for the recompile/blacklist policy.
#[derive(Default, Debug)]
pub struct UnitStats {
    pub entries: Cell<u64>,
    pub deopts: Cell<u64>,
    pub exits: Cell<u64>,
    /// Those of `exits` that carried an exception the Python code raised.
    pub raised: Cell<u64>,
    /// Deoptimizations caused by the stress schedule (not counted against the unit).
    pub stress_deopts: Cell<u64>,
}

impl UnitStats {
    /// Exits that left native code with work left to do (not deoptimizations,
    /// not exceptions): a unit that mostly does so is not worth running natively.
    /// A raised exception is the program's doing and would leave a recompiled
    /// unit the same way: a recursion meeting `RecursionError` leaves through
    /// every compiled frame.
    pub fn left_early(&self) -> u64 {
        self.exits.get() - self.raised.get()
    }
}

/// Native signature of a loop unit: `(interp, frame, frame registers, accumulator
/// home or null) -> exit index`.
pub type LoopEntry = unsafe extern "C" fn(*mut Interp, *mut Frame, *mut Value, *mut Value) -> u64;

/// Native signature of a function unit's boxed-argument trampoline:
/// `(interp, function, arguments, result) -> 0 ran / 2 arguments do not match`.
pub type Trampoline = unsafe extern "C" fn(*mut Interp, *const Function, *const Value, *mut crate::runtime_calls::RawValue) -> u32;

/// A compiled loop (or sum reduction) of a code object.
pub struct LoopUnit {
    pub entry: LoopEntry,
    pub exits: Vec<Exit>,
    /// Constants the code embeds the addresses of.
    pub consts: Box<[Value]>,
    pub stats: UnitStats,
    pub name: String,
    pub code_bytes: usize,
    /// Source line of each instruction of the code (for trace lines).
    pub code_lines: Rc<[u32]>,
    /// What [`crate::tier::Jit::run_loop`] reads for the unit before running
    /// it (see `crate::handoff`).
    pub entry_reads: Vec<crate::handoff::EntryRead>,
}

/// What a compiled function unit's deoptimization exits need at run time; native
/// code holds its address.
pub struct FunctionMeta {
    pub code: Rc<Code>,
    pub exits: RefCell<Vec<Exit>>,
    pub consts: RefCell<Box<[Value]>>,
    pub stats: UnitStats,
    pub name: String,
    /// `(line, what)` of the instructions the unit leaves to the interpreter.
    pub interpreted: RefCell<Vec<(u32, String)>>,
}

/// A compiled function, specialized for unboxed parameters.
pub struct FunctionUnit {
    pub params: Vec<Rep>,
    pub ret: Rep,
    /// Holds the native body while the unit is valid (null once invalidated);
    /// compiled callers call through it.
    pub entry: Rc<Cell<*const u8>>,
    /// The compiled entry from the interpreter (boxed arguments), for units with
    /// a float parameter or more than `direct_entry::MAX_PARAMS` parameters;
    /// `None` for the others, which the interpreter enters through
    /// [`crate::direct_entry::call`].
    pub trampoline: Cell<Option<Trampoline>>,
    pub meta: Box<FunctionMeta>,
    pub code_bytes: Cell<usize>,
}
