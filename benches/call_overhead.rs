//! Call overhead into compiled code, per call, in both directions:
//!
//! - `interp_to_native`: an interpreted loop calls `f(x): return x + 1`, which the
//!   JIT compiled (a function unit). JIT mode: functions compile at their first call,
//!   loops never (loop threshold `u32::MAX`). Each call goes from the interpreter's
//!   `Call` instruction through the tier (`Tier::hot_call`: unit lookup, boxed-argument
//!   trampoline) into native code and back.
//! - `native_to_native`: the same loop compiled (a loop unit entered by on-stack
//!   replacement; JIT threshold 1), calling the compiled `f` directly from native code.
//!   The loop's first iteration still runs in the interpreter before the loop gets
//!   hot, so 1 of the `N` calls per run goes through the tier (checked at start-up:
//!   `f`'s trampoline is entered exactly once per run).
//!
//! Each is paired with a baseline: the same loop with `f`'s body written inline
//! (`s += i + 1`), run in the same mode, so the cost of the call itself is
//! `time(call) - time(inline)`. Throughput is `N` calls per run, so criterion's
//! `time / elements` is the time per loop iteration (per call).
//!
//! The driver functions take `*_` so they are never compiled as function units
//! themselves (a function with `*args` is not a plain call); their loops are what
//! the two modes run interpreted or native. They are called from Rust
//! (`Interp::call`), once per criterion iteration.
//!
//! Run: `cargo bench --bench call_overhead`.

mod common;

use common::{call, global, interp_for, run_module};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyjit_jit::{probe, JitMode};
use pyjit_runtime::Value;
use std::time::Duration;

const SOURCE: &str = "\
def f(x):
    return x + 1


def drive(n, *_):
    s = 0
    for i in range(n):
        s += f(i)
    return s


def drive_inline(n, *_):
    s = 0
    for i in range(n):
        s += i + 1
    return s
";

/// Calls (loop iterations) per run.
const N: i64 = 10_000;

fn calls(c: &mut Criterion) {
    let expect = Value::Int(N * (N + 1) / 2);
    let same = |v: &Value| matches!((v, &expect), (Value::Int(a), Value::Int(b)) if a == b);

    // Interpreted caller, compiled callee. This interpreter's code objects must exist
    // before the next `tier_for` changes the process-wide fuel.
    let (mut interp_a, jit_a) = interp_for(JitMode::On { loop_threshold: u32::MAX, call_threshold: 1 }, "calls.py");
    let jit_a = jit_a.expect("JIT on");
    run_module(&mut interp_a, SOURCE, "calls.py");
    let (drive_a, inline_a) = (global(&interp_a, "drive"), global(&interp_a, "drive_inline"));
    assert!(same(&call(&mut interp_a, &drive_a, &[Value::Int(N)])));
    assert!(same(&call(&mut interp_a, &inline_a, &[Value::Int(N)])));
    assert_eq!((probe::function_units_compiled(&jit_a), probe::loop_units_compiled(&jit_a)), (1, 0), "interp_to_native: only f may be compiled");
    let before = probe::function_exit_totals(&jit_a);
    call(&mut interp_a, &drive_a, &[Value::Int(N)]);
    let after = probe::function_exit_totals(&jit_a);
    assert_eq!(after.entries - before.entries, N as u64, "interp_to_native: every call must enter f's native code");
    assert_eq!(after.deopts + after.stress_deopts, 0);

    // Compiled caller, compiled callee.
    let (mut interp_b, jit_b) = interp_for(JitMode::On { loop_threshold: 1, call_threshold: 1 }, "calls.py");
    let jit_b = jit_b.expect("JIT on");
    run_module(&mut interp_b, SOURCE, "calls.py");
    let (drive_b, inline_b) = (global(&interp_b, "drive"), global(&interp_b, "drive_inline"));
    assert!(same(&call(&mut interp_b, &drive_b, &[Value::Int(N)])));
    assert!(same(&call(&mut interp_b, &inline_b, &[Value::Int(N)])));
    assert_eq!((probe::function_units_compiled(&jit_b), probe::loop_units_compiled(&jit_b)), (1, 2), "native_to_native: f and both loops compiled");
    let (fb, lb) = (probe::function_exit_totals(&jit_b), probe::loop_exit_totals(&jit_b));
    call(&mut interp_b, &drive_b, &[Value::Int(N)]);
    let (fa, la) = (probe::function_exit_totals(&jit_b), probe::loop_exit_totals(&jit_b));
    assert_eq!(fa.entries - fb.entries, 1, "native_to_native: f is entered from the interpreter once (the first, interpreted iteration)");
    assert_eq!(la.entries - lb.entries, 1, "native_to_native: the loop is entered once per run");
    assert_eq!(fa.deopts + fa.stress_deopts + la.deopts + la.stress_deopts, 0);

    let mut group = c.benchmark_group("call_overhead");
    group.sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("interp_to_native", |b| b.iter(|| call(&mut interp_a, &drive_a, &[Value::Int(N)])));
    group.bench_function("interp_inline_baseline", |b| b.iter(|| call(&mut interp_a, &inline_a, &[Value::Int(N)])));
    group.bench_function("native_to_native", |b| b.iter(|| call(&mut interp_b, &drive_b, &[Value::Int(N)])));
    group.bench_function("native_inline_baseline", |b| b.iter(|| call(&mut interp_b, &inline_b, &[Value::Int(N)])));
    group.finish();
}

criterion_group!(benches, calls);
criterion_main!(benches);
