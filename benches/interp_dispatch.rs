//! Interpreter dispatch cost per bytecode instruction, JIT off (`--no-jit`:
//! `Options { no_jit: true }`, no tier, loop and call fuel never run out).
//!
//! Each benchmark calls one Python function from Rust (`Interp::call`) whose loop
//! body is straight-line register bytecode, and declares the exact number of
//! instructions that call executes as its throughput, so criterion's
//! `thrpt` is instructions per second and `time / elements` is the time per
//! instruction. The counts come from `pyjit --dis` (listings below) and are checked
//! against the compiled code object at start-up, so a change in code generation
//! fails the benchmark instead of skewing it.
//!
//! `arith` (ints only, no calls):
//! ```text
//!  0 Move            s = 0
//!  1 Move            i = 0
//!    -- loop 0 header
//!  2 CompareJump     i < n, else to 7
//!  3 Mul             i * 3
//!  4 Add             s + ...
//!  5 Add             i + 1
//!  6 JumpBackward    to 2
//!  7 Return          s
//! ```
//! per call of `arith(n)`: 2 + 5·n + 1 (the failing test) + 1 = 5·n + 4.
//!
//! `indexed` (range iteration, list subscript, float arithmetic):
//! ```text
//!  0 Move            t = 0.0
//!  1 LoadGlobal      range
//!  2 Move            n
//!  3 Call            range(n)
//!  4 GetIter
//!    -- loop 0 header
//!  5 ForIter         i, else to 11
//!  6 BinaryOp        i & 1023
//!  7 Subscript       xs[...]
//!  8 Mul             ... * 0.5
//!  9 InplaceOp       t += ...
//! 10 JumpBackward    to 5
//! 11 ReleaseIter
//! 12 Return          t
//! ```
//! per call of `indexed(xs, n)`: 5 + 6·n + 1 (the exhausted `ForIter`) + 2 = 6·n + 8.
//!
//! Run: `cargo bench --bench interp_dispatch`.

mod common;

use common::{call, global, interp_for, run_module};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyjit_compiler::bytecode::Instr;
use pyjit_jit::JitMode;
use pyjit_runtime::Value;
use std::time::Duration;

const SOURCE: &str = "\
def arith(n):
    s = 0
    i = 0
    while i < n:
        s = s + i * 3
        i = i + 1
    return s


def indexed(xs, n):
    t = 0.0
    for i in range(n):
        t += xs[i & 1023] * 0.5
    return t


xs = [float(i) for i in range(1024)]
";

/// Loop iterations per call.
const N: i64 = 20_000;

/// Checks the loop layout of function `f` against the listing in the doc comment:
/// `(header pc, back-edge pc, pc after the loop, last pc)`.
fn check_layout(f: &Value, expect: (u32, u32, u32, u32)) {
    let Value::Function(fun) = f else { panic!("not a function") };
    let raw = &fun.code.raw;
    assert_eq!(raw.loops.len(), 1, "{}: one loop expected", raw.qualname);
    let header = raw.loops[0].header;
    let back = raw.instrs.iter().position(|i| matches!(i, Instr::JumpBackward { .. })).expect("back-edge") as u32;
    let exit = match raw.instrs[header as usize] {
        Instr::CompareJump { target, .. } => target,
        Instr::ForIter { exit, .. } => exit,
        ref other => panic!("unexpected loop test {:?}", other),
    };
    // The body between the test and the back-edge must be straight-line code.
    for pc in header + 1..back {
        let i = &raw.instrs[pc as usize];
        assert!(!matches!(i, Instr::CompareJump { .. } | Instr::JumpBackward { .. } | Instr::ForIter { .. }), "{}: branch in the loop body at {}: {:?}", raw.qualname, pc, i);
    }
    let ret = raw.instrs.iter().position(|i| matches!(i, Instr::Return { .. })).expect("return") as u32;
    assert_eq!((header, back, exit, ret), expect, "{}: bytecode changed; recount the instructions (pyjit --dis)", raw.qualname);
}

fn dispatch(c: &mut Criterion) {
    let (mut interp, jit) = interp_for(JitMode::Off, "dispatch.py");
    assert!(jit.is_none());
    run_module(&mut interp, SOURCE, "dispatch.py");
    let arith = global(&interp, "arith");
    let indexed = global(&interp, "indexed");
    let xs = global(&interp, "xs");
    check_layout(&arith, (2, 6, 7, 7));
    check_layout(&indexed, (5, 10, 11, 12));
    // The functions compute what they should (the loops really run N times).
    let expect_arith: i64 = (0..N).map(|i| i * 3).sum();
    assert!(matches!(call(&mut interp, &arith, &[Value::Int(N)]), Value::Int(v) if v == expect_arith));

    let mut group = c.benchmark_group("interp_dispatch");
    group.sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    group.throughput(Throughput::Elements((5 * N + 4) as u64));
    group.bench_function("while_int_arith", |b| b.iter(|| call(&mut interp, &arith, &[Value::Int(N)])));
    group.throughput(Throughput::Elements((6 * N + 8) as u64));
    group.bench_function("for_range_list_float", |b| b.iter(|| call(&mut interp, &indexed, &[xs.clone(), Value::Int(N)])));
    group.finish();
}

criterion_group!(benches, dispatch);
criterion_main!(benches);
