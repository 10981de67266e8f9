//! Tests of `crate::mathlib` against values printed by CPython 3.11.
//! The table files are generated from `python3` output and hard-coded; floats
//! are compared bit for bit (any NaN matches any NaN).

// CPython's printed values are kept verbatim, even when they equal std constants.
#![allow(clippy::approx_constant, clippy::excessive_precision)]

use num_bigint::BigInt;

use crate::exc_kind::ExcKind::{self, *};
use crate::exc_kind::RawResult;
use crate::mathlib;
use crate::mathlib::LogArg;

mod decompose;
mod float1;
mod float2;
mod ints;
mod logs_int;
mod misc;
mod norms;

/// An expected outcome: a float, an int (decimal text) or an exception.
#[derive(Debug)]
enum Exp {
    V(f64),
    I(&'static str),
    E(ExcKind, &'static str),
}
use Exp::{E, I, V};

/// Bitwise float equality, except that all NaNs are equal.
fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

fn check_one(what: &str, got: RawResult<f64>, want: &Exp) {
    match (want, &got) {
        (V(w), Ok(g)) if same(*g, *w) => {}
        (E(k, m), Err(e)) if e.kind == *k && e.msg == *m => {}
        _ => panic!("{what}: got {got:?}, want {want:?}"),
    }
}

fn check_int(what: &str, got: RawResult<BigInt>, want: &Exp) {
    match (want, &got) {
        (I(w), Ok(g)) if g.to_string() == *w => {}
        (E(k, m), Err(e)) if e.kind == *k && e.msg == *m => {}
        _ => panic!("{what}: got {got:?}, want {want:?}"),
    }
}

fn check1(f: impl Fn(f64) -> RawResult<f64>, cases: &[(f64, Exp)]) {
    for (x, want) in cases {
        check_one(&format!("f({x:?})"), f(*x), want);
    }
}

fn check2(f: impl Fn(f64, f64) -> RawResult<f64>, cases: &[(f64, f64, Exp)]) {
    for (x, y, want) in cases {
        check_one(&format!("f({x:?}, {y:?})"), f(*x, *y), want);
    }
}

fn check_int1(f: impl Fn(f64) -> RawResult<BigInt>, cases: &[(f64, Exp)]) {
    for (x, want) in cases {
        check_int(&format!("f({x:?})"), f(*x), want);
    }
}

fn check_log_int(f: impl Fn(LogArg<'_>) -> RawResult<f64>, cases: &[(&str, Exp)]) {
    for (n, want) in cases {
        let n: BigInt = n.parse().expect("test literal");
        check_one(&format!("f({n})"), f(LogArg::Int(&n)), want);
    }
}

fn check_int_args(f: impl Fn(&[BigInt]) -> RawResult<BigInt>, cases: &[(&[&str], Exp)]) {
    for (args, want) in cases {
        let args: Vec<BigInt> = args
            .iter()
            .map(|a| a.parse().expect("test literal"))
            .collect();
        check_int(&format!("f({args:?})"), f(&args), want);
    }
}
