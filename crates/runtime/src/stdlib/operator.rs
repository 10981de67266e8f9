//! The `operator` module: the operators as functions, and `itemgetter`,
//! `attrgetter`, `methodcaller`.

use crate::builtins::args::check_count;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{BoundMethod, KwArgs, MethodFunc, Module, NativeFn};
use crate::value::Value;
use pyjit_compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

macro_rules! binary {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                check_count(stringify!($name), args, 2, 2)?;
                interp.binary_op($op, &args[0], &args[1])
            }
        )*
    };
}
binary!(add => BinOp::Add, sub => BinOp::Sub, mul => BinOp::Mul, truediv => BinOp::TrueDiv, floordiv => BinOp::FloorDiv,
    mod_ => BinOp::Mod, pow => BinOp::Pow, and_ => BinOp::BitAnd, or_ => BinOp::BitOr, xor => BinOp::BitXor,
    lshift => BinOp::LShift, rshift => BinOp::RShift, matmul => BinOp::MatMul);

macro_rules! inplace {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                check_count(stringify!($name), args, 2, 2)?;
                interp.inplace_op($op, &args[0], &args[1])
            }
        )*
    };
}
inplace!(iadd => BinOp::Add, isub => BinOp::Sub, imul => BinOp::Mul);

macro_rules! compare {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                check_count(stringify!($name), args, 2, 2)?;
                interp.compare_op($op, &args[0], &args[1])
            }
        )*
    };
}
compare!(eq => CmpOp::Eq, ne => CmpOp::Ne, lt => CmpOp::Lt, le => CmpOp::Le, gt => CmpOp::Gt, ge => CmpOp::Ge);

macro_rules! unary {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                check_count(stringify!($name), args, 1, 1)?;
                interp.unary_op($op, &args[0])
            }
        )*
    };
}
unary!(neg => UnaryOp::Neg, pos => UnaryOp::Pos, invert => UnaryOp::Invert, not_ => UnaryOp::Not);

fn truth(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("truth", args, 1, 1)?;
    Ok(Value::Bool(interp.truthy(&args[0])?))
}
fn is_(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("is_", args, 2, 2)?;
    Ok(Value::Bool(args[0].is(&args[1])))
}
fn is_not(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("is_not", args, 2, 2)?;
    Ok(Value::Bool(!args[0].is(&args[1])))
}
fn abs(interp: &mut Interp, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let f = interp.builtins.get("abs").unwrap_or(Value::None);
    interp.call(&f, args, kw)
}
fn index(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("index", args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        other => Ok(Value::Int(interp.to_index(other)?)),
    }
}
fn contains(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("contains", args, 2, 2)?;
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}
fn getitem(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("getitem", args, 2, 2)?;
    interp.get_item(&args[0], &args[1])
}
fn setitem(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("setitem", args, 3, 3)?;
    interp.set_item(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}
fn delitem(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("delitem", args, 2, 2)?;
    interp.del_item(&args[0], &args[1])?;
    Ok(Value::None)
}
fn concat(interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_count("concat", args, 2, 2)?;
    if !matches!(args[0], Value::List(_) | Value::Tuple(_) | Value::Str(_)) {
        return Err(type_error(format!("'{}' object can't be concatenated", interp.type_name(&args[0]))));
    }
    interp.binary_op(BinOp::Add, &args[0], &args[1])
}

fn bound(receiver: Value, name: &str) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod { receiver, func: MethodFunc::Native(Rc::from(name)) }))
}

fn itemgetter(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(bound(Value::tuple(args.to_vec()), "__itemgetter_call__"))
}
fn attrgetter(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    for a in args {
        if !matches!(a, Value::Str(_)) {
            return Err(type_error("attribute name must be a string"));
        }
    }
    Ok(bound(Value::tuple(args.to_vec()), "__attrgetter_call__"))
}
fn methodcaller(_interp: &mut Interp, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if !matches!(args.first(), Some(Value::Str(_))) {
        return Err(type_error("method name must be a string"));
    }
    Ok(bound(Value::tuple(args.to_vec()), "__methodcaller_call__"))
}

/// The call of an `itemgetter`/`attrgetter`/`methodcaller` whose arguments are `spec`.
pub fn call_getter(interp: &mut Interp, kind: &str, spec: &Value, args: &[Value]) -> PyResult<Value> {
    check_count(kind, args, 1, 1)?;
    let Value::Tuple(t) = spec else { return Ok(Value::None) };
    let obj = &args[0];
    let one = |interp: &mut Interp, key: &Value| -> PyResult<Value> {
        match kind {
            "itemgetter" => interp.get_item(obj, key),
            _ => {
                let mut v = obj.clone();
                for part in key.as_str().unwrap_or("").split('.') {
                    v = interp.get_attr(&v, &Rc::from(part))?;
                }
                Ok(v)
            }
        }
    };
    if kind == "methodcaller" {
        let name: Rc<str> = Rc::from(t.items[0].as_str().unwrap_or(""));
        let mut all = vec![obj.clone()];
        all.extend(t.items[1..].iter().cloned());
        return interp.call_method_regs(&name, &all);
    }
    if t.items.len() == 1 {
        return one(interp, &t.items[0]);
    }
    let mut out = Vec::new();
    for k in t.items.clone() {
        out.push(one(interp, &k)?);
    }
    Ok(Value::tuple(out))
}

/// Every function of the module.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("add", add), ("sub", sub), ("mul", mul), ("truediv", truediv), ("floordiv", floordiv), ("mod", mod_), ("pow", pow),
    ("and_", and_), ("or_", or_), ("xor", xor), ("lshift", lshift), ("rshift", rshift), ("matmul", matmul),
    ("iadd", iadd), ("isub", isub), ("imul", imul),
    ("eq", eq), ("ne", ne), ("lt", lt), ("le", le), ("gt", gt), ("ge", ge),
    ("neg", neg), ("pos", pos), ("invert", invert), ("inv", invert), ("not_", not_), ("truth", truth), ("is_", is_), ("is_not", is_not),
    ("abs", abs), ("index", index), ("contains", contains), ("getitem", getitem), ("setitem", setitem), ("delitem", delitem),
    ("concat", concat), ("itemgetter", itemgetter), ("attrgetter", attrgetter), ("methodcaller", methodcaller),
];

/// Creates the module.
pub fn create() -> Rc<Module> {
    super::module_with("operator", FUNCTIONS)
}
