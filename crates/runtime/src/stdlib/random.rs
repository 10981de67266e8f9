//! The `random` module: CPython's Mersenne Twister and `Lib/random.py` algorithms
//! (`crate::randomlib`), on one generator shared by the whole interpreter.

use super::math::{to_bigint, to_f64};
use crate::builtins::args::{check_count, take_kwargs};
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{KwArgs, Module, NativeFn};
use crate::value::Value;
use std::rc::Rc;

fn random(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("random", args, 0, 0)?;
    Ok(Value::Float(interp.random.random()))
}

fn seed(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    check_count("seed", args, 0, 2)?;
    let kw = take_kwargs("seed", kwargs, &["a", "version"])?;
    let a = args.first().cloned().or(kw[0].clone()).unwrap_or(Value::None);
    match &a {
        Value::None => interp.random.seed_entropy(),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let b = to_bigint(interp, &a)?;
            interp.random.seed_int(&b);
        }
        Value::Str(s) => interp.random.seed_str(s.as_str()),
        Value::Float(_) => {
            let h = interp.hash(&a)?;
            interp.random.seed_hash(h);
        }
        _ => return Err(type_error(crate::randomlib::SEED_TYPE_ERROR)),
    }
    interp.random.gauss_next = None;
    Ok(Value::None)
}

fn getrandbits(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("getrandbits", args, 1, 1)?;
    let k = interp.to_index(&args[0])?;
    let r = interp.random.getrandbits(k)?;
    Ok(Value::from_bigint(num_bigint::BigInt::from(r)))
}

/// `random.getstate()`: `(3, (624 state words..., index), gauss_next)`, as
/// `Random.getstate` (Lib/random.py) and `random_getstate` (Modules/_randommodule.c).
fn getstate(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("getstate", args, 0, 0)?;
    let st = interp.random.getstate();
    let internal = Value::tuple(st.internal.iter().map(|&w| Value::Int(w as i64)).collect());
    let gauss = st.gauss_next.map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![Value::Int(st.version), internal, gauss]))
}

/// `random.setstate(state)` for a state from `getstate()` (versions 2 and 3), with
/// the errors of `Random.setstate` (Lib/random.py) and `random_setstate`.
fn setstate(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("setstate", args, 1, 1)?;
    let version = interp.get_item(&args[0], &Value::Int(0))?;
    let version = match version {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => to_bigint(interp, &version)?,
        other => {
            let shown = interp.to_str(&other)?;
            return Err(crate::error::value_error(format!("state with version {} passed to Random.setstate() of version 3", shown)));
        }
    };
    let parts = interp.unpack(&args[0], 3)?;
    let Value::Tuple(internal) = &parts[1] else {
        return Err(type_error("state vector must be a tuple"));
    };
    let mut words = Vec::with_capacity(internal.items.len());
    for w in &internal.items {
        words.push(to_bigint(interp, w)?);
    }
    let gauss_next = match &parts[2] {
        Value::None => None,
        other => Some(to_f64(interp, other)?),
    };
    interp.random.setstate(&version, &words, gauss_next)?;
    Ok(Value::None)
}

fn randrange(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("randrange", args, 1, 3)?;
    let start = to_bigint(interp, &args[0])?;
    let stop = match args.get(1) {
        Some(v) => Some(to_bigint(interp, v)?),
        None => None,
    };
    let step = match args.get(2) {
        Some(v) => Some(to_bigint(interp, v)?),
        None => None,
    };
    Ok(Value::from_bigint(interp.random.randrange(&start, stop.as_ref(), step.as_ref())?))
}

fn randint(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("randint", args, 2, 2)?;
    let a = to_bigint(interp, &args[0])?;
    let b = to_bigint(interp, &args[1])?;
    Ok(Value::from_bigint(interp.random.randint(&a, &b)?))
}

fn uniform(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("uniform", args, 2, 2)?;
    let (a, b) = (to_f64(interp, &args[0])?, to_f64(interp, &args[1])?);
    Ok(Value::Float(interp.random.uniform(a, b)))
}

fn two_floats(interp: &mut Interp, args: &[Value], name: &str, d: (f64, f64)) -> PyResult<(f64, f64)> {
    check_count(name, args, 0, 2)?;
    let a = match args.first() {
        Some(v) => to_f64(interp, v)?,
        None => d.0,
    };
    let b = match args.get(1) {
        Some(v) => to_f64(interp, v)?,
        None => d.1,
    };
    Ok((a, b))
}

fn gauss(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (mu, sigma) = two_floats(interp, args, "gauss", (0.0, 1.0))?;
    Ok(Value::Float(interp.random.gauss(mu, sigma)?))
}

fn normalvariate(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (mu, sigma) = two_floats(interp, args, "normalvariate", (0.0, 1.0))?;
    Ok(Value::Float(interp.random.normalvariate(mu, sigma)?))
}

fn expovariate(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("expovariate", args, 1, 1)?;
    let l = to_f64(interp, &args[0])?;
    Ok(Value::Float(interp.random.expovariate(l)?))
}

fn triangular(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("triangular", args, 0, 3)?;
    let low = match args.first() {
        Some(v) => to_f64(interp, v)?,
        None => 0.0,
    };
    let high = match args.get(1) {
        Some(v) => to_f64(interp, v)?,
        None => 1.0,
    };
    let mode = match args.get(2) {
        Some(Value::None) | None => None,
        Some(v) => Some(to_f64(interp, v)?),
    };
    Ok(Value::Float(interp.random.triangular(low, high, mode)?))
}

fn sequence(interp: &mut Interp, v: &Value, what: &str) -> PyResult<Vec<Value>> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => interp.collect(v),
        Value::Set(_) | Value::Dict(_) if what == "sample" => Err(type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")),
        other => Err(type_error(format!("object of type '{}' has no len()", interp.type_name(other)))),
    }
}

fn choice(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("choice", args, 1, 1)?;
    let items = sequence(interp, &args[0], "choice")?;
    let i = interp.random.choice_index(items.len())?;
    Ok(items[i].clone())
}

fn shuffle(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("shuffle", args, 1, 1)?;
    match &args[0] {
        Value::List(l) => {
            let mut items = l.to_vec();
            interp.random.shuffle(&mut items);
            *l.items_mut() = items;
            Ok(Value::None)
        }
        other => Err(type_error(format!("'{}' object does not support item assignment", interp.type_name(other)))),
    }
}

fn sample(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kw = take_kwargs("sample", kwargs, &["k", "counts"])?;
    let pop = args.first().ok_or_else(|| type_error("Random.sample() missing 1 required positional argument: 'population'"))?;
    let k = args.get(1).cloned().or(kw[0].clone()).ok_or_else(|| type_error("Random.sample() missing 1 required positional argument: 'k'"))?;
    let items = sequence(interp, pop, "sample")?;
    let k = interp.to_index(&k)?;
    let idx = interp.random.sample_indices(items.len() as u64, k)?;
    Ok(Value::list(idx.into_iter().map(|i| items[i as usize].clone()).collect()))
}

fn choices(interp: &mut Interp, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    check_count("choices", args, 1, 2)?;
    let kw = take_kwargs("choices", kwargs, &["weights", "cum_weights", "k"])?;
    let items = sequence(interp, &args[0], "choices")?;
    let weights = match args.get(1).cloned().or(kw[0].clone()) {
        None | Some(Value::None) => None,
        Some(w) => {
            let ws = interp.collect(&w)?;
            Some(ws.iter().map(|x| to_f64(interp, x)).collect::<PyResult<Vec<f64>>>()?)
        }
    };
    let cum = match kw[1].clone() {
        None | Some(Value::None) => None,
        Some(w) => {
            let ws = interp.collect(&w)?;
            Some(ws.iter().map(|x| to_f64(interp, x)).collect::<PyResult<Vec<f64>>>()?)
        }
    };
    let k = match &kw[2] {
        Some(v) => interp.to_index(v)?,
        None => 1,
    };
    let idx = interp.random.choices_indices(items.len(), weights.as_deref(), cum.as_deref(), k)?;
    Ok(Value::list(idx.into_iter().map(|i| items[i].clone()).collect()))
}

/// Every function of the module.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("random", random),
    ("seed", seed),
    ("getrandbits", getrandbits),
    ("getstate", getstate),
    ("setstate", setstate),
    ("randrange", randrange),
    ("randint", randint),
    ("uniform", uniform),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("expovariate", expovariate),
    ("triangular", triangular),
    ("choice", choice),
    ("shuffle", shuffle),
    ("sample", sample),
    ("choices", choices),
];

/// Creates the module.
pub fn create() -> Rc<Module> {
    super::module_with("random", FUNCTIONS)
}
