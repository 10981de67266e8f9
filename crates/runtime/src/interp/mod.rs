//! The interpreter: state shared by all frames, and the entry points that run a module.

pub(crate) mod attr;
mod call;
mod class_build;
mod collections;
mod convert;
mod eval;
mod exceptions;
pub mod feedback;
mod format_value;
mod frame;
mod generator;
mod globals;
mod import;
mod iter;
pub(crate) mod ops;
pub(crate) mod subscript;
mod suggestions;
pub mod tier;
pub mod traceback;
pub mod types;

pub use eval::Resume;
pub use tier::Tier;
pub(crate) use eval::ExitKind;
pub use frame::{Frame, FrameExit};
pub use generator::SendResult;
pub use ops::bigint_add_owned as ops_bigint_add_owned;
pub use types::types;

use crate::error::{PyErr, PyResult};
use crate::object::{has_pending_finalization, Code, Module};
use crate::value::Value;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;

/// Set by the SIGINT handler; polled on loop back-edges (raises `KeyboardInterrupt`).
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Options that change how code runs.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--no-jit`: stay in the interpreter.
    pub no_jit: bool,
}

/// One Python interpreter (one per thread).
pub struct Interp {
    pub builtins: Rc<Module>,
    pub main: Rc<Module>,
    pub modules: HashMap<String, Value>,
    /// Python call depth, checked against `recursion_limit`.
    pub depth: usize,
    pub recursion_limit: usize,
    /// Exceptions currently being handled (innermost last).
    pub handling: Vec<Value>,
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    pub argv: Vec<String>,
    pub max_str_digits: usize,
    pub random: crate::randomlib::Random,
    /// Recycled register files (empty).
    pub(crate) reg_pool: Vec<Vec<Value>>,
    /// Register files of returned plain frames (`Code::plain_frame`) run in the
    /// dispatch loop, with the id of their code: they still hold its constants, and
    /// every register below `const_base` is unbound, so a new frame of the same code
    /// needs only its arguments written.
    pub(crate) frame_pool: Vec<(Vec<Value>, u64)>,
    /// Lowest native stack address a call may start at (RecursionError below
    /// it): the stack's floor plus a margin for the call's own work, set by
    /// [`Interp::set_stack_floor`]; 0 (no check) until then. Compiled code
    /// compares the stack pointer with it directly.
    pub stack_limit: usize,
    pub options: Options,
    /// Source texts by file name, for tracebacks.
    pub sources: HashMap<String, String>,
    /// Containers being repr'd (to print `[...]` for cycles).
    pub(crate) repr_stack: Vec<usize>,
    /// Type name and field names of struct-sequence tuples (`sys.version_info`,
    /// `CacheInfo`), by tuple address.
    pub struct_fields: HashMap<usize, (&'static str, &'static [&'static str])>,
    /// The compiling tier (`None`: interpreter only).
    pub tier: Option<Rc<dyn Tier>>,
    /// An exception raised inside native code, waiting for the native code to hand
    /// control back (native code only returns a status).
    pub native_pending: Option<PyErr>,
}

impl Interp {
    /// A fresh interpreter with the builtins installed and `__main__` created.
    pub fn new(argv: Vec<String>, options: Options) -> Interp {
        let builtins = Rc::new(Module::new("builtins"));
        let main = Rc::new(Module::new("__main__"));
        main.set("__name__", Value::str("__main__"));
        main.set("__doc__", Value::None);
        let mut interp = Interp {
            builtins,
            main,
            modules: HashMap::new(),
            depth: 0,
            recursion_limit: 1000,
            handling: Vec::new(),
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv,
            max_str_digits: crate::numeric::DEFAULT_MAX_STR_DIGITS,
            random: crate::randomlib::Random::from_entropy(),
            reg_pool: Vec::new(),
            frame_pool: Vec::new(),
            stack_limit: 0,
            options,
            sources: HashMap::new(),
            repr_stack: Vec::new(),
            struct_fields: HashMap::new(),
            tier: None,
            native_pending: None,
        };
        crate::builtins::install(&mut interp);
        interp
    }

    /// Runs the module code `raw` as `__main__`.
    pub fn run_main(&mut self, raw: Rc<pyjit_compiler::CodeObject>) -> PyResult<()> {
        let code = Code::new(raw);
        let main = self.main.clone();
        let mut frame = Frame::new(code, Vec::new(), main, &[]);
        // The module frame counts toward the recursion limit, as in CPython.
        self.depth += 1;
        let r = self.run_frame(&mut frame, Resume::Start);
        self.depth -= 1;
        drop(frame);
        if has_pending_finalization() {
            self.finalize_dropped_generators();
        }
        r.map(|_| ())
    }

    /// Interpreter shutdown: clears `__main__`'s globals (as CPython's module
    /// teardown does, so generators still suspended there run their `finally`).
    pub fn shutdown(&mut self) {
        let main = self.main.clone();
        let names: Vec<Rc<str>> = main.items().into_iter().map(|(k, _)| k).collect();
        // `_PyModule_ClearDict`: names with one leading underscore first, then the rest.
        for pass in 0..2 {
            for n in &names {
                let underscore = n.starts_with('_') && !n.starts_with("__");
                if (pass == 0) == underscore && n.as_ref() != "__builtins__" {
                    main.set(n, Value::None);
                }
            }
        }
        if has_pending_finalization() {
            self.finalize_dropped_generators();
        }
    }

    /// Flushes buffered standard output (errors are ignored, as at CPython exit).
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Writes `s` to standard output (buffered).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.stdout.write_all(s.as_bytes()).map_err(|e| PyErr::builtin("OSError", e.to_string()))
    }
}
