//! Compile latency per kernel: the time the JIT spends compiling the units of each
//! kernel in `perf/kernels/` (analysis, translation to Cranelift IR, Cranelift code
//! generation, installing the machine code), as the JIT itself measures it.
//!
//! Each iteration embeds a fresh interpreter and JIT exactly as `pyjit` does
//! (`tier_for`, `Interp::new`, tier installed, `run_main`, `shutdown`, `finish`) in
//! the `--jit-threshold=1` mode, so every loop and function the kernel reaches is
//! compiled at its first back-edge or call, and runs the kernel at a small size
//! (the size constant in the source is replaced: see `KERNELS`). The iteration's
//! duration handed to criterion is the compile time only, not the run: the sum of
//! the per-unit durations the JIT records (`pyjit_jit::probe`), with a callee that
//! was compiled *during* its caller's compilation counted once (its time is inside
//! the caller's). A thin `Tier` wrapper (`Clocked`) tells nested from sequential
//! compilations: every compilation the JIT finishes within one call into the tier,
//! before control passes back to the interpreter, belongs to one outermost
//! compilation, whose duration is the last one recorded. Failed compilations are
//! not recorded by the JIT and are not in the figure.
//!
//! Wall time per iteration is larger than the reported time (interpreter set-up and
//! the kernel's run are excluded), so the measurement windows are short. The
//! kernels' `print` output goes to `/dev/null` (file descriptor 1 is redirected
//! around each run; the interpreter's stdout cannot be swapped for a sink).
//!
//! Run: `cargo bench --bench compile_latency` (one kernel: `... -- nbody`).

mod common;

use common::{interp_for, run_module, Silenced};
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use pyjit_jit::{probe, Jit, JitMode};
use pyjit_runtime::interp::{Frame, Interp, Tier};
use pyjit_runtime::object::{Function, Generator};
use pyjit_runtime::{PyResult, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

/// Kernel name (file stem in `perf/kernels/`), then the code text setting its size
/// and the small size it is replaced with (each must occur exactly once).
const KERNELS: &[(&str, &[(&str, &str)])] = &[
    ("sum_squares", &[("for i in range(10**7):", "for i in range(1000):")]),
    ("count_loop", &[("for _ in range(10**7):", "for _ in range(1000):")]),
    ("monte_carlo_pi", &[("n = 10**7", "n = 1000")]),
    ("fibonacci", &[("print(fibonacci(30))", "print(fibonacci(12))")]),
    ("genexpr_sum", &[("for x in range(10**7))", "for x in range(1000))")]),
    ("listcomp_filter", &[("for i in range(10**6)]", "for i in range(1000)]")]),
    ("nbody", &[("main(200000)", "main(50)")]),
    ("spectral_norm", &[("spectral_norm(400))", "spectral_norm(16))")]),
    ("mandelbrot", &[("print(mandelbrot(500))", "print(mandelbrot(16))")]),
    ("collatz", &[("longest(250000)", "longest(200)")]),
    ("fannkuch_redux", &[("\nn = 9\n", "\nn = 5\n")]),
    ("matmul", &[("main(250)", "main(8)")]),
    ("nqueens", &[("print(nqueens(12))", "print(nqueens(5))")]),
    ("sieve", &[("print(sieve(10000000))", "print(sieve(1000))")]),
    ("mem_list_ints", &[("xs = list(range(10**6))", "xs = list(range(1000))"), ("for i in range(10**6)]", "for i in range(1000)]")]),
];

/// Book-keeping of one call into the tier.
#[derive(Default)]
struct Call {
    /// Loop units compiled when the call started.
    loops_start: usize,
    /// Compile-record positions where a nested tier call started or ended (a
    /// compilation cannot span one).
    breaks: Vec<usize>,
    /// Compile-record ranges of nested tier calls (they account for their own).
    children: Vec<(usize, usize)>,
    /// Loop units compiled inside nested tier calls.
    child_loops: usize,
}

/// The JIT, with the compile time of outermost compilations added up.
struct Clocked {
    jit: Rc<Jit>,
    calls: RefCell<Vec<Call>>,
    /// Milliseconds spent compiling, nested compilations counted once.
    total_ms: Cell<f64>,
    /// Tier calls that compiled more loop units than they had separate
    /// compilations (two outermost compilations back to back could not be told
    /// apart; the figure then misses one of them).
    ambiguous: Cell<u32>,
}

impl Clocked {
    fn new(jit: Rc<Jit>) -> Clocked {
        Clocked { jit, calls: RefCell::new(Vec::new()), total_ms: Cell::new(0.0), ambiguous: Cell::new(0) }
    }

    fn around<R>(&self, loop_call: bool, f: impl FnOnce() -> R) -> R {
        let start = probe::compile_count(&self.jit);
        let loops_start = probe::loop_units_compiled(&self.jit);
        if let Some(parent) = self.calls.borrow_mut().last_mut() {
            parent.breaks.push(start);
        }
        self.calls.borrow_mut().push(Call { loops_start, ..Call::default() });
        let r = f();
        let end = probe::compile_count(&self.jit);
        let loops_end = probe::loop_units_compiled(&self.jit);
        let call = self.calls.borrow_mut().pop().expect("tier call stack");
        // Split this call's own compilations into runs not interrupted by nested
        // tier calls; the last of each run is the outermost compilation.
        let mut runs = 0;
        let mut last: Option<usize> = None;
        let mut total = self.total_ms.get();
        for i in start..end {
            let nested = call.children.iter().any(|&(a, b)| a <= i && i < b);
            if nested || call.breaks.contains(&i) {
                if let Some(l) = last.take() {
                    total += probe::compile_ms_at(&self.jit, l).unwrap_or(0.0);
                    runs += 1;
                }
            }
            if !nested {
                last = Some(i);
            }
        }
        if let Some(l) = last {
            total += probe::compile_ms_at(&self.jit, l).unwrap_or(0.0);
            runs += 1;
        }
        self.total_ms.set(total);
        let own_loops = loops_end - call.loops_start - call.child_loops;
        if loop_call && own_loops > runs {
            self.ambiguous.set(self.ambiguous.get() + 1);
        }
        if let Some(parent) = self.calls.borrow_mut().last_mut() {
            parent.children.push((start, end));
            parent.breaks.push(end);
            parent.child_loops += loops_end - loops_start;
        }
        r
    }
}

impl Tier for Clocked {
    fn hot_loop(&self, interp: &mut Interp, frame: &mut Frame, loop_id: u32) -> PyResult<()> {
        self.around(true, || self.jit.hot_loop(interp, frame, loop_id))
    }

    fn hot_call(&self, interp: &mut Interp, fun: &Rc<Function>, args: &[Value]) -> Option<PyResult<Value>> {
        self.around(false, || self.jit.hot_call(interp, fun, args))
    }

    fn reduce_sum(&self, interp: &mut Interp, gen: &Rc<Generator>, acc: Value) -> PyResult<Value> {
        self.around(true, || self.jit.reduce_sum(interp, gen, acc))
    }

    fn finish(&self, interp: &mut Interp) {
        self.jit.finish(interp)
    }
}

/// What one run of a kernel compiled.
struct Compiled {
    /// Compile time with nested compilations counted once.
    ms: f64,
    /// Plain sum of the per-unit durations (`--trace-jit=summary`'s total).
    summed_ms: f64,
    compilations: usize,
    loops: usize,
    functions: usize,
    ambiguous: u32,
}

/// Runs `source` once in a fresh interpreter and JIT at threshold 1.
fn compile_once(path: &str, source: &str) -> Compiled {
    let (mut interp, jit) = interp_for(JitMode::On { loop_threshold: 1, call_threshold: 1 }, path);
    let jit = jit.expect("JIT on");
    let clocked = Rc::new(Clocked::new(jit.clone()));
    interp.tier = Some(clocked.clone());
    {
        let _quiet = Silenced::stdout();
        run_module(&mut interp, source, path);
        interp.shutdown();
        interp.flush_stdout();
    }
    if let Some(t) = interp.tier.clone() {
        t.finish(&mut interp);
    }
    let times = probe::compile_times_ms(&jit);
    Compiled {
        ms: clocked.total_ms.get(),
        summed_ms: times.iter().sum(),
        compilations: times.len(),
        loops: probe::loop_units_compiled(&jit),
        functions: probe::function_units_compiled(&jit),
        ambiguous: clocked.ambiguous.get(),
    }
}

fn kernel_source(name: &str, subs: &[(&str, &str)]) -> (String, String) {
    let path = format!("{}/perf/kernels/{}.py", env!("CARGO_MANIFEST_DIR"), name);
    let mut source = std::fs::read_to_string(&path).expect("kernel source");
    for (from, to) in subs {
        assert_eq!(source.matches(from).count(), 1, "{}: expected `{}` exactly once", name, from);
        source = source.replace(from, to);
    }
    (path, source)
}

fn compile_latency(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile_latency");
    group.sampling_mode(SamplingMode::Flat).sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_millis(800));
    for (name, subs) in KERNELS {
        let (path, source) = kernel_source(name, subs);
        let first = compile_once(&path, &source);
        assert!(first.compilations > 0, "{}: the JIT compiled nothing", name);
        eprintln!(
            "compile_latency/{}: {} compilations ({} loop units, {} function units); this run: {:.3} ms, nested counted once ({:.3} ms summed per unit){}",
            name,
            first.compilations,
            first.loops,
            first.functions,
            first.ms,
            first.summed_ms,
            if first.ambiguous > 0 { " [some back-to-back compilations could not be separated]" } else { "" }
        );
        group.bench_function(*name, |b| {
            b.iter_custom(|iters| {
                let mut total = 0.0;
                for _ in 0..iters {
                    total += compile_once(&path, &source).ms;
                }
                Duration::from_secs_f64(total / 1000.0)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, compile_latency);
criterion_main!(benches);
