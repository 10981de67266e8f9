//! Deoptimization round trip, per deopt: a guard in a compiled loop fails, the
//! native code writes its registers back into the interpreter's frame and returns
//! the exit, the interpreter resumes at the failing instruction and runs the rest of
//! that iteration, and at the loop's back-edge (fuel 0 after an exit) the tier enters
//! the same compiled unit again by on-stack replacement.
//!
//! Why a differential, and why the stress schedule: a *real* guard failure counts
//! against its unit (`jit/src/tier.rs`: after `DEOPTS_BEFORE_RECOMPILE` = 8 deopts the
//! loop is discarded and recompiled for the wider types the interpreter saw, which
//! then no longer deopt; after `MAX_RECOMPILES` it is blacklisted), so a script gets
//! at most 7 real deopts per compiled unit, each unit costing a millisecond-scale
//! compilation. Instead the JIT runs in `--jit-stress` mode, where every guard also
//! fails when the global `STRESS_COUNTER` (decremented by every guard evaluation in
//! compiled code) reaches 0; `note_exit` re-arms it to `STRESS_PERIOD` (97) and does
//! not count the failure against the unit, so the unit is never recompiled or
//! blacklisted. The exit path is the same as for a type-guard failure.
//!
//! `deopt/round_trip` alternates two runs of the same compiled loop (`work(xs, N)`,
//! one loop unit, no function unit): one with the counter armed (a deopt every 97
//! guard evaluations), one with the counter pinned at `u32::MAX` (the same code,
//! counter decrements included, no deopt). It reports `time(with) - time(without)`
//! per run, with throughput = deopts per run (counted through `pyjit_jit::probe`
//! and checked to be the same every run), so `time / elements` is the added cost
//! of one deopt: exit + frame write-back + interpreting the rest of the iteration
//! (instead of running it natively) + re-entry. `deopt_parts/*` are the two runs
//! on their own (throughput: loop iterations).
//!
//! Run: `cargo bench --bench deopt`.

mod common;

use common::{call, global, interp_for, run_module};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyjit_jit::mode::STRESS_PERIOD;
use pyjit_jit::tier::STRESS_COUNTER;
use pyjit_jit::{probe, JitMode};
use pyjit_runtime::interp::Interp;
use pyjit_runtime::Value;
use std::hint::black_box;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

const SOURCE: &str = "\
def work(xs, n, *_):
    s = 0
    for i in range(n):
        s += xs[i & 1023]
    return s


xs = list(range(1024))
";

/// Loop iterations per run.
const N: i64 = 50_000;

/// One run of `work(xs, N)` with the stress counter armed (`true`) or pinned.
fn run(interp: &mut Interp, work: &Value, xs: &Value, deopts: bool) -> Value {
    STRESS_COUNTER.store(if deopts { STRESS_PERIOD } else { u32::MAX }, Ordering::Relaxed);
    call(interp, work, &[xs.clone(), Value::Int(N)])
}

fn deopt(c: &mut Criterion) {
    let (mut interp, jit) = interp_for(JitMode::Stress, "deopt.py");
    let jit = jit.expect("JIT on");
    run_module(&mut interp, SOURCE, "deopt.py");
    let (work, xs) = (global(&interp, "work"), global(&interp, "xs"));
    let expect: i64 = (0..N).map(|i| i & 1023).sum();
    // Warm up: compiles the loop unit.
    for deopts in [true, false] {
        assert!(matches!(run(&mut interp, &work, &xs, deopts), Value::Int(v) if v == expect));
    }
    assert_eq!((probe::loop_units_compiled(&jit), probe::function_units_compiled(&jit)), (1, 0), "one loop unit, no function unit");
    let per_run = |interp: &mut Interp, deopts: bool| {
        let before = probe::loop_exit_totals(&jit);
        run(interp, &work, &xs, deopts);
        let after = probe::loop_exit_totals(&jit);
        assert_eq!(after.deopts, 0, "a real guard failed");
        after.stress_deopts - before.stress_deopts
    };
    let deopts = per_run(&mut interp, true);
    assert!(deopts > 0);
    assert_eq!(per_run(&mut interp, true), deopts, "deopts per run must not vary");
    assert_eq!(per_run(&mut interp, false), 0, "the pinned counter must not fail guards");
    assert_eq!(probe::loop_units_compiled(&jit), 1, "the unit was recompiled");
    eprintln!("deopt: {} deopts per run of {} iterations", deopts, N);

    let mut group = c.benchmark_group("deopt");
    group.sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::Elements(deopts));
    group.bench_function("round_trip", |b| {
        b.iter_custom(|iters| {
            let (mut with, mut without) = (Duration::ZERO, Duration::ZERO);
            for _ in 0..iters {
                STRESS_COUNTER.store(STRESS_PERIOD, Ordering::Relaxed);
                let t = Instant::now();
                black_box(call(&mut interp, &work, &[xs.clone(), Value::Int(N)]));
                with += t.elapsed();
                STRESS_COUNTER.store(u32::MAX, Ordering::Relaxed);
                let t = Instant::now();
                black_box(call(&mut interp, &work, &[xs.clone(), Value::Int(N)]));
                without += t.elapsed();
            }
            with.saturating_sub(without)
        })
    });
    group.finish();

    let mut group = c.benchmark_group("deopt_parts");
    group.sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("loop_with_deopts", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                STRESS_COUNTER.store(STRESS_PERIOD, Ordering::Relaxed);
                let t = Instant::now();
                black_box(call(&mut interp, &work, &[xs.clone(), Value::Int(N)]));
                total += t.elapsed();
            }
            total
        })
    });
    group.bench_function("loop_without_deopts", |b| {
        b.iter_custom(|iters| {
            STRESS_COUNTER.store(u32::MAX, Ordering::Relaxed);
            let t = Instant::now();
            for _ in 0..iters {
                black_box(call(&mut interp, &work, &[xs.clone(), Value::Int(N)]));
            }
            t.elapsed()
        })
    });
    group.finish();
    assert_eq!(probe::loop_exit_totals(&jit).deopts, 0, "a real guard failed during the measurement");
    assert_eq!(probe::loop_units_compiled(&jit), 1, "the unit was recompiled during the measurement");
    STRESS_COUNTER.store(STRESS_PERIOD, Ordering::Relaxed);
}

criterion_group!(benches, deopt);
criterion_main!(benches);
