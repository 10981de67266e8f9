//! Recognizing the built-in callables compiled code has fast paths for, by identity
//! (the Rust function behind a `BuiltinFunction`, or the built-in class), so a
//! user function that merely has the same name is never mistaken for one.

use pyjit_runtime::exc_kind::RawResult;
use pyjit_runtime::mathlib as m;
use pyjit_runtime::object::NativeFn;
use pyjit_runtime::Value;

/// A float function of one float argument, with CPython's `math` errors.
pub type MathUnary = fn(f64) -> RawResult<f64>;
/// A float function of two float arguments, with CPython's `math` errors.
pub type MathBinary = fn(f64, f64) -> RawResult<f64>;

/// A built-in callable with a native fast path.
#[derive(Clone, Copy, Debug)]
pub enum Builtin {
    Abs,
    Min,
    Max,
    Len,
    /// The `int` class as a conversion.
    IntOf,
    /// The `float` class as a conversion.
    FloatOf,
    /// The `range` class.
    Range,
    RandomRandom,
    /// `math.sqrt`, compiled to the machine's square root.
    Sqrt,
    /// `math.floor` / `math.ceil` (int results).
    Floor,
    Ceil,
    MathUnary(&'static str, MathUnary),
    MathBinary(&'static str, MathBinary),
}

const MATH_UNARY: &[(&str, MathUnary)] = &[
    ("exp", m::exp),
    ("sin", m::sin),
    ("cos", m::cos),
    ("tan", m::tan),
    ("asin", m::asin),
    ("acos", m::acos),
    ("atan", m::atan),
    ("sinh", m::sinh),
    ("cosh", m::cosh),
    ("tanh", m::tanh),
    ("fabs", m::fabs),
    ("expm1", m::expm1),
    ("log1p", m::log1p),
    ("cbrt", m::cbrt),
    ("exp2", m::exp2),
];

const MATH_BINARY: &[(&str, MathBinary)] = &[("atan2", m::atan2), ("fmod", m::fmod), ("copysign", m::copysign), ("pow", m::pow)];

fn same_fn(a: NativeFn, b: Option<NativeFn>) -> bool {
    b.is_some_and(|b| a as usize == b as usize)
}

fn module_fn(table: &[(&str, NativeFn)], name: &str) -> Option<NativeFn> {
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The fast path for `v`, if it is one of the recognized built-ins.
pub fn identify(v: &Value) -> Option<Builtin> {
    match v {
        Value::Class(c) if !c.user_defined => match (c.builtin, c.name.as_ref()) {
            ("int", "int") => Some(Builtin::IntOf),
            ("float", "float") => Some(Builtin::FloatOf),
            ("range", "range") => Some(Builtin::Range),
            _ => None,
        },
        Value::Builtin(b) => {
            let name = b.name.as_ref();
            let builtin = |n: &str| same_fn(b.func, pyjit_runtime::builtins::builtin_function(n));
            let math = |n: &str| same_fn(b.func, module_fn(pyjit_runtime::stdlib::math::FUNCTIONS, n));
            match name {
                "abs" if builtin("abs") => Some(Builtin::Abs),
                "min" if builtin("min") => Some(Builtin::Min),
                "max" if builtin("max") => Some(Builtin::Max),
                "len" if builtin("len") => Some(Builtin::Len),
                "random" if same_fn(b.func, module_fn(pyjit_runtime::stdlib::random::FUNCTIONS, "random")) => Some(Builtin::RandomRandom),
                "sqrt" if math("sqrt") => Some(Builtin::Sqrt),
                "floor" if math("floor") => Some(Builtin::Floor),
                "ceil" if math("ceil") => Some(Builtin::Ceil),
                _ => {
                    if let Some((n, f)) = MATH_UNARY.iter().find(|(n, _)| *n == name) {
                        if math(n) {
                            return Some(Builtin::MathUnary(n, *f));
                        }
                    }
                    if let Some((n, f)) = MATH_BINARY.iter().find(|(n, _)| *n == name) {
                        if math(n) {
                            return Some(Builtin::MathBinary(n, *f));
                        }
                    }
                    None
                }
            }
        }
        _ => None,
    }
}
