//! The `math` module, on `crate::mathlib` (ports of CPython's `Modules/mathmodule.c`).

use crate::builtins::args::{check_count, take_kwargs};
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::mathlib::{self as m, LogArg};
use crate::object::{KwArgs, Module, NativeFn};
use crate::value::Value;
use num_bigint::BigInt;
use pyjit_compiler::bytecode::BinOp;
use std::rc::Rc;

/// A float argument (`TypeError: must be real number, not str`).
pub fn to_f64(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    Ok(match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => crate::numeric::bigint_to_f64(b)?,
        Value::Instance(_) => {
            if let Some(r) = interp.call_special(v, "__float__", &[])? {
                return to_f64(interp, &r);
            }
            if let Some(b) = crate::interp::attr::instance_base(v) {
                return to_f64(interp, &b);
            }
            if let Some(r) = interp.call_special(v, "__index__", &[])? {
                return to_f64(interp, &r);
            }
            return Err(type_error(format!("must be real number, not {}", interp.type_name(v))));
        }
        _ => return Err(type_error(format!("must be real number, not {}", interp.type_name(v)))),
    })
}

/// An int argument (`TypeError: 'float' object cannot be interpreted as an integer`).
pub fn to_bigint(interp: &mut Interp, v: &Value) -> PyResult<BigInt> {
    Ok(match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => BigInt::clone(b),
        Value::Instance(_) => match interp.call_special(v, "__index__", &[])? {
            Some(r) => return to_bigint(interp, &r),
            None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(v)))),
        },
        _ => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(v)))),
    })
}

macro_rules! unary {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                check_count(stringify!($name), args, 1, 1)?;
                let x = to_f64(interp, &args[0])?;
                Ok(Value::Float(m::$name(x)?))
            }
        )*
    };
}

unary!(sqrt, exp, exp2, expm1, log1p, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, fabs, erf, erfc, gamma, lgamma, cbrt);

macro_rules! binary {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                check_count(stringify!($name), args, 2, 2)?;
                let x = to_f64(interp, &args[0])?;
                let y = to_f64(interp, &args[1])?;
                Ok(Value::Float(m::$name(x, y)?))
            }
        )*
    };
}

binary!(atan2, fmod, copysign, remainder, pow);

fn log_arg(interp: &mut Interp, v: &Value) -> PyResult<(Option<BigInt>, f64)> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok((Some(to_bigint(interp, v)?), 0.0)),
        _ => Ok((None, to_f64(interp, v)?)),
    }
}

fn log_like(interp: &mut Interp, args: &[Value], name: &str, f: fn(LogArg) -> crate::exc_kind::RawResult<f64>) -> PyResult<Value> {
    check_count(name, args, 1, 1)?;
    let (b, x) = log_arg(interp, &args[0])?;
    let r = match &b {
        Some(b) => f(LogArg::Int(b))?,
        None => f(LogArg::Float(x))?,
    };
    Ok(Value::Float(r))
}

fn log(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("log", args, 1, 2)?;
    if args.len() == 1 {
        return log_like(interp, args, "log", m::log);
    }
    let (bx, x) = log_arg(interp, &args[0])?;
    let (bb, base) = log_arg(interp, &args[1])?;
    let xa = match &bx {
        Some(b) => LogArg::Int(b),
        None => LogArg::Float(x),
    };
    let ba = match &bb {
        Some(b) => LogArg::Int(b),
        None => LogArg::Float(base),
    };
    Ok(Value::Float(m::log_base(xa, ba)?))
}

fn log2(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    log_like(interp, args, "log2", m::log2)
}

fn log10(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    log_like(interp, args, "log10", m::log10)
}

fn int_result(interp: &mut Interp, args: &[Value], name: &str, f: fn(f64) -> crate::exc_kind::RawResult<BigInt>, hook: &str) -> PyResult<Value> {
    check_count(name, args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v @ Value::Instance(_) => match interp.call_special(v, hook, &[])? {
            Some(r) => Ok(r),
            None => {
                let x = to_f64(interp, v)?;
                Ok(Value::from_bigint(f(x)?))
            }
        },
        v => {
            let x = to_f64(interp, v)?;
            Ok(Value::from_bigint(f(x)?))
        }
    }
}

fn floor(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_result(interp, args, "floor", m::floor, "__floor__")
}
fn ceil(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_result(interp, args, "ceil", m::ceil, "__ceil__")
}
fn trunc(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_result(interp, args, "trunc", m::trunc, "__trunc__")
}

fn factorial(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("factorial", args, 1, 1)?;
    let n = to_bigint(interp, &args[0])?;
    Ok(Value::from_bigint(m::factorial(&n)?))
}

fn isqrt(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("isqrt", args, 1, 1)?;
    let n = to_bigint(interp, &args[0])?;
    Ok(Value::from_bigint(m::isqrt(&n)?))
}

fn ints(interp: &mut Interp, args: &[Value]) -> PyResult<Vec<BigInt>> {
    args.iter().map(|a| to_bigint(interp, a)).collect()
}

fn gcd(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = ints(interp, args)?;
    Ok(Value::from_bigint(m::gcd(&v)))
}

fn lcm(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = ints(interp, args)?;
    Ok(Value::from_bigint(m::lcm(&v)))
}

fn comb(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("comb", args, 2, 2)?;
    let v = ints(interp, args)?;
    Ok(Value::from_bigint(m::comb(&v[0], &v[1])?))
}

fn perm(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("perm", args, 1, 2)?;
    let n = to_bigint(interp, &args[0])?;
    let k = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(to_bigint(interp, v)?),
    };
    Ok(Value::from_bigint(m::perm(&n, k.as_ref())?))
}

fn fsum(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("fsum", args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    let mut acc = m::Fsum::new();
    while let Some(v) = interp.iter_next(&it)? {
        let x = to_f64(interp, &v)?;
        acc.add(x)?;
    }
    Ok(Value::Float(acc.finish()?))
}

fn prod(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    check_count("prod", args, 1, 1)?;
    let kw = take_kwargs("prod", kwargs, &["start"])?;
    let mut acc = kw[0].clone().unwrap_or(Value::Int(1));
    let it = interp.get_iter(&args[0])?;
    while let Some(v) = interp.iter_next(&it)? {
        acc = interp.binary_op(BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

fn floats(interp: &mut Interp, v: &Value) -> PyResult<Vec<f64>> {
    let items = interp.collect(v)?;
    items.iter().map(|x| to_f64(interp, x)).collect()
}

fn hypot(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let xs: Vec<f64> = args.iter().map(|a| to_f64(interp, a)).collect::<PyResult<_>>()?;
    Ok(Value::Float(m::hypot(&xs)))
}

fn dist(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("dist", args, 2, 2)?;
    let p = floats(interp, &args[0])?;
    let q = floats(interp, &args[1])?;
    Ok(Value::Float(m::dist(&p, &q)?))
}

fn isclose(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    check_count("isclose", args, 2, 2)?;
    let kw = take_kwargs("isclose", kwargs, &["rel_tol", "abs_tol"])?;
    let a = to_f64(interp, &args[0])?;
    let b = to_f64(interp, &args[1])?;
    let rel = match &kw[0] {
        Some(v) => to_f64(interp, v)?,
        None => m::ISCLOSE_REL_TOL,
    };
    let abs = match &kw[1] {
        Some(v) => to_f64(interp, v)?,
        None => m::ISCLOSE_ABS_TOL,
    };
    Ok(Value::Bool(m::isclose(a, b, rel, abs)?))
}

macro_rules! predicate {
    ($($name:ident),*) => {
        $(
            fn $name(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                check_count(stringify!($name), args, 1, 1)?;
                let x = to_f64(interp, &args[0])?;
                Ok(Value::Bool(m::$name(x)))
            }
        )*
    };
}
predicate!(isfinite, isinf, isnan);

fn degrees(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("degrees", args, 1, 1)?;
    Ok(Value::Float(m::degrees(to_f64(interp, &args[0])?)))
}
fn radians(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("radians", args, 1, 1)?;
    Ok(Value::Float(m::radians(to_f64(interp, &args[0])?)))
}
fn ulp(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("ulp", args, 1, 1)?;
    Ok(Value::Float(m::ulp(to_f64(interp, &args[0])?)))
}
fn nextafter(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("nextafter", args, 2, 2)?;
    let (x, y) = (to_f64(interp, &args[0])?, to_f64(interp, &args[1])?);
    Ok(Value::Float(m::nextafter(x, y)))
}
fn frexp(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("frexp", args, 1, 1)?;
    let (mant, e) = m::frexp(to_f64(interp, &args[0])?);
    Ok(Value::tuple(vec![Value::Float(mant), Value::Int(e as i64)]))
}
fn ldexp(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("ldexp", args, 2, 2)?;
    let x = to_f64(interp, &args[0])?;
    let i = to_bigint(interp, &args[1])?;
    Ok(Value::Float(m::ldexp(x, &i)?))
}
fn modf(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("modf", args, 1, 1)?;
    let (f, i) = m::modf(to_f64(interp, &args[0])?);
    Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
}

/// Every function of the module.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt), ("exp", exp), ("exp2", exp2), ("expm1", expm1), ("log", log), ("log2", log2), ("log10", log10), ("log1p", log1p),
    ("sin", sin), ("cos", cos), ("tan", tan), ("asin", asin), ("acos", acos), ("atan", atan), ("atan2", atan2),
    ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asinh", asinh), ("acosh", acosh), ("atanh", atanh),
    ("fabs", fabs), ("fmod", fmod), ("copysign", copysign), ("remainder", remainder), ("pow", pow),
    ("erf", erf), ("erfc", erfc), ("gamma", gamma), ("lgamma", lgamma), ("cbrt", cbrt),
    ("floor", floor), ("ceil", ceil), ("trunc", trunc), ("factorial", factorial), ("isqrt", isqrt), ("gcd", gcd), ("lcm", lcm),
    ("comb", comb), ("perm", perm), ("fsum", fsum), ("prod", prod), ("hypot", hypot), ("dist", dist), ("isclose", isclose),
    ("isfinite", isfinite), ("isinf", isinf), ("isnan", isnan), ("degrees", degrees), ("radians", radians), ("ulp", ulp),
    ("nextafter", nextafter), ("frexp", frexp), ("ldexp", ldexp), ("modf", modf),
];

/// Creates the module.
pub fn create() -> Rc<Module> {
    let md = super::module_with("math", FUNCTIONS);
    md.set("pi", Value::Float(m::PI));
    md.set("e", Value::Float(m::E));
    md.set("tau", Value::Float(m::TAU));
    md.set("inf", Value::Float(m::INF));
    md.set("nan", Value::Float(m::NAN));
    md
}
