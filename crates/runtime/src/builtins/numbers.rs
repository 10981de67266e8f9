//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin`, `chr`, `ord`.

use super::args::{check_count, take_kwargs};
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::Interp;
use crate::numeric::{self, Radix};
use crate::object::*;
use crate::value::Value;
use num_bigint::BigInt;
use pyjit_compiler::bytecode::BinOp;

/// Name and implementation of each function in this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("chr", chr),
    ("ord", ord),
];

fn abs(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(num_traits::Signed::abs(b.as_ref())),
        Value::Float(f) => Value::Float(f.abs()),
        v @ Value::Instance(_) => match interp.call_special(v, "__abs__", &[])? {
            Some(r) => r,
            None if crate::interp::attr::instance_base(v).is_some() => {
                let b = crate::interp::attr::instance_base(v).unwrap_or(Value::None);
                return abs(interp, &[b], _kwargs);
            }
            None => return Err(type_error(format!("bad operand type for abs(): '{}'", interp.type_name(v)))),
        },
        v => return Err(type_error(format!("bad operand type for abs(): '{}'", interp.type_name(v)))),
    })
}

fn round(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kw = take_kwargs("round", kwargs, &["number", "ndigits"])?;
    let number = args.first().cloned().or(kw[0].clone()).ok_or_else(|| type_error("round() missing required argument 'number' (pos 1)"))?;
    let ndigits = args.get(1).cloned().or(kw[1].clone()).unwrap_or(Value::None);
    let nd = match &ndigits {
        Value::None => None,
        Value::BigInt(b) => Some(if num_traits::Signed::is_negative(b.as_ref()) { i64::MIN } else { i64::MAX }),
        other => Some(interp.to_index(other)?),
    };
    Ok(match (&number, nd) {
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => match &number {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => number.clone(),
        },
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Some(n)) => {
            let b = match &number {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(x) => BigInt::from(*x as i64),
                Value::BigInt(b) => BigInt::clone(b),
                _ => BigInt::from(0),
            };
            Value::from_bigint(numeric::round_int_digits(&b, n))
        }
        (Value::Float(f), None) => Value::from_bigint(numeric::round_f64_to_int(*f)?),
        (Value::Float(f), Some(n)) => Value::Float(numeric::round_f64_digits(*f, n)?),
        (Value::Instance(_), _) => {
            let a = if nd.is_some() { vec![ndigits.clone()] } else { vec![] };
            match interp.call_special(&number, "__round__", &a)? {
                Some(r) => r,
                None if crate::interp::attr::instance_base(&number).is_some() => {
                    let b = crate::interp::attr::instance_base(&number).unwrap_or(Value::None);
                    let mut all = vec![b];
                    all.extend(a);
                    return round(interp, &all, &[]);
                }
                None => return Err(type_error(format!("type {} doesn't define __round__ method", interp.type_name(&number)))),
            }
        }
        _ => return Err(type_error(format!("type {} doesn't define __round__ method", interp.type_name(&number)))),
    })
}

fn divmod(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let Some(r) = interp.call_special(a, "__divmod__", &[b.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(r) = interp.call_special(b, "__rdivmod__", &[a.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (a, b) = (&crate::interp::attr::instance_base(a).unwrap_or_else(|| a.clone()), &crate::interp::attr::instance_base(b).unwrap_or_else(|| b.clone()));
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        let fa = to_f64(interp, a, b)?;
        let fb = to_f64(interp, b, a)?;
        let (q, r) = numeric::float_divmod(fa, fb)?;
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let q = interp.binary_op(BinOp::FloorDiv, a, b).map_err(|e| rename(e, "//", "divmod()"))?;
    let r = interp.binary_op(BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

fn rename(e: PyErr, from: &str, to: &str) -> PyErr {
    if e.matches("TypeError") {
        if let Some(Value::Str(s)) = e.args().first() {
            return type_error(s.as_str().replace(&format!("for {}:", from), &format!("for {}:", to)));
        }
    }
    e
}

fn to_f64(interp: &mut Interp, v: &Value, other: &Value) -> PyResult<f64> {
    Ok(match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => numeric::bigint_to_f64(b)?,
        _ => return Err(type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", interp.type_name(v), interp.type_name(other)))),
    })
}

fn as_bigint(v: &Value) -> Option<BigInt> {
    if let Some(b) = crate::interp::attr::instance_base(v) {
        return as_bigint(&b);
    }
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some(BigInt::clone(b)),
        _ => None,
    }
}

fn pow(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kw = take_kwargs("pow", kwargs, &["base", "exp", "mod"])?;
    let base = args.first().cloned().or(kw[0].clone()).ok_or_else(|| type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = args.get(1).cloned().or(kw[1].clone()).ok_or_else(|| type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let modulus = args.get(2).cloned().or(kw[2].clone()).unwrap_or(Value::None);
    if matches!(modulus, Value::None) {
        return interp.binary_op(BinOp::Pow, &base, &exp);
    }
    if let Some(r) = interp.call_special(&base, "__pow__", &[exp.clone(), modulus.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    match (as_bigint(&base), as_bigint(&exp), as_bigint(&modulus)) {
        (Some(b), Some(e), Some(m)) => Ok(Value::from_bigint(numeric::int_pow_mod(&b, &e, &m)?)),
        _ if [&base, &exp, &modulus].iter().all(|v| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))) => {
            Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"))
        }
        _ => Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            interp.type_name(&base),
            interp.type_name(&exp),
            interp.type_name(&modulus)
        ))),
    }
}

fn radix(interp: &mut Interp, args: &[Value], name: &str, r: Radix) -> PyResult<Value> {
    check_count(name, args, 1, 1)?;
    let b = match as_bigint(&args[0]) {
        Some(b) => b,
        None => BigInt::from(interp.to_index(&args[0])?),
    };
    Ok(Value::str(numeric::int_to_radix_string(&b, r, true)))
}

fn hex(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    radix(interp, args, "hex", Radix::Hex)
}
fn oct(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    radix(interp, args, "oct", Radix::Oct)
}
fn bin(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    radix(interp, args, "bin", Radix::Bin)
}

fn chr(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("chr", args, 1, 1)?;
    let i = match &args[0] {
        Value::Float(_) => return Err(type_error("'float' object cannot be interpreted as an integer")),
        Value::BigInt(_) => return Err(PyErr::builtin("OverflowError", "Python int too large to convert to C int")),
        v => interp.to_index(v)?,
    };
    if !(0..=0x10ffff).contains(&i) {
        return Err(PyErr::builtin("ValueError", "chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(PyErr::builtin("ValueError", "surrogate code points are not supported by pyjit")),
    }
}

fn ord(interp: &mut Interp, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    check_count("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len()))),
            }
        }
        other => Err(type_error(format!("ord() expected string of length 1, but {} found", interp.type_name(other)))),
    }
}
