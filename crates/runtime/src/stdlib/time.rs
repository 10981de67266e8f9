//! The `time` module: clocks and `sleep`.

use crate::builtins::args::check_count;
use crate::error::{value_error, PyResult};
use crate::interp::Interp;
use crate::object::{KwArgs, Module, NativeFn};
use crate::value::Value;
use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn mono_ns() -> i64 {
    origin().elapsed().as_nanos() as i64 + 1_000_000_000
}

fn wall_ns() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)
}

fn cpu_ns() -> i64 {
    let mut ts = libc_timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec into the valid, aligned struct.
    let rc = unsafe { clock_gettime(2, &mut ts) };
    if rc == 0 {
        ts.tv_sec * 1_000_000_000 + ts.tv_nsec
    } else {
        mono_ns()
    }
}

#[repr(C)]
struct libc_timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut libc_timespec) -> i32;
}

fn perf_counter(_i: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("perf_counter", args, 0, 0)?;
    Ok(Value::Float(mono_ns() as f64 / 1e9))
}
fn perf_counter_ns(_i: &mut Interp, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(mono_ns()))
}
fn time(_i: &mut Interp, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(wall_ns() as f64 / 1e9))
}
fn time_ns(_i: &mut Interp, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(wall_ns()))
}
fn process_time(_i: &mut Interp, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(cpu_ns() as f64 / 1e9))
}
fn process_time_ns(_i: &mut Interp, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(cpu_ns()))
}
fn sleep(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("sleep", args, 1, 1)?;
    let s = super::math::to_f64(interp, &args[0])?;
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    interp.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}

/// Every function of the module.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("monotonic", perf_counter),
    ("monotonic_ns", perf_counter_ns),
    ("time", time),
    ("time_ns", time_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("sleep", sleep),
];

/// Creates the module.
pub fn create() -> Rc<Module> {
    origin();
    super::module_with("time", FUNCTIONS)
}
