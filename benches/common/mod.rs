//! Helpers shared by the benchmarks: embedding an interpreter the way the `pyjit`
//! command line does (`crates/cli/src/lib.rs`, `run()`), calling Python functions
//! from Rust, and silencing the programs' standard output.

#![allow(dead_code)]

use pyjit_jit::{Jit, JitMode, Trace};
use pyjit_runtime::interp::{Interp, Options};
use pyjit_runtime::Value;
use std::io::Write;
use std::os::fd::AsRawFd;
use std::rc::Rc;

/// A fresh interpreter for `mode`, with its JIT tier installed (none for
/// `JitMode::Off`). Sets the process-wide interpreter fuel for `mode` first, as the
/// command line does: it must run before any code object of this interpreter exists.
/// `stack_limit` stays 0 (no native-stack check): the command line's floor is that of
/// its own 1 GiB stack, and these programs recurse only a few levels.
pub fn interp_for(mode: JitMode, argv0: &str) -> (Interp, Option<Rc<Jit>>) {
    let jit = pyjit_jit::tier_for(mode, Trace::default()).expect("Cranelift supports this machine");
    let mut interp = Interp::new(vec![argv0.to_string()], Options { no_jit: mode == JitMode::Off });
    if let Some(j) = &jit {
        interp.tier = Some(j.clone());
    }
    (interp, jit)
}

/// Compiles `source` and runs it as `__main__` (defining its functions).
pub fn run_module(interp: &mut Interp, source: &str, filename: &str) {
    let code = pyjit_compiler::compile_source(source, filename).expect("benchmark source compiles");
    interp.sources.insert(filename.to_string(), source.to_string());
    if interp.run_main(code).is_err() {
        panic!("{} raised an exception", filename);
    }
    interp.flush_stdout();
}

/// The global `name` of `__main__`.
pub fn global(interp: &Interp, name: &str) -> Value {
    interp.main.get(name).unwrap_or_else(|| panic!("no global {}", name))
}

/// Calls the Python callable `f` with positional `args` from Rust.
pub fn call(interp: &mut Interp, f: &Value, args: &[Value]) -> Value {
    match interp.call(f, args, &[]) {
        Ok(v) => v,
        Err(_) => panic!("the benchmark function raised an exception"),
    }
}

/// While alive, file descriptor 1 (standard output) points at `/dev/null`. The
/// interpreter writes `print` output to a `BufWriter` over the process's stdout,
/// which cannot be swapped for a sink, so the benchmarks redirect the descriptor;
/// flush the interpreter's buffer before dropping this.
pub struct Silenced {
    saved: i32,
    _null: std::fs::File,
}

impl Silenced {
    pub fn stdout() -> Silenced {
        let _ = std::io::stdout().flush();
        let null = std::fs::OpenOptions::new().write(true).open("/dev/null").expect("/dev/null");
        // SAFETY: plain descriptor calls on descriptors this process owns.
        let saved = unsafe { libc::dup(1) };
        assert!(saved >= 0, "dup(1) failed");
        // SAFETY: as above.
        let ok = unsafe { libc::dup2(null.as_raw_fd(), 1) };
        assert!(ok >= 0, "dup2 failed");
        Silenced { saved, _null: null }
    }
}

impl Drop for Silenced {
    fn drop(&mut self) {
        let _ = std::io::stdout().flush();
        // SAFETY: restores the descriptor saved in `stdout()`.
        unsafe {
            libc::dup2(self.saved, 1);
            libc::close(self.saved);
        }
    }
}
