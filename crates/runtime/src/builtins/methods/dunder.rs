//! Special methods of built-in values called explicitly (`(10).__add__(5)`,
//! `[1, 2].__len__()`, `(2.5).__trunc__()`), mapped onto the interpreter's operators.

use crate::builtins::args::check_count;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::value::Value;
use pyjit_compiler::bytecode::{BinOp, CmpOp, UnaryOp};


const BINARY: &[(&str, BinOp, bool)] = &[
    ("__add__", BinOp::Add, false),
    ("__sub__", BinOp::Sub, false),
    ("__mul__", BinOp::Mul, false),
    ("__truediv__", BinOp::TrueDiv, false),
    ("__floordiv__", BinOp::FloorDiv, false),
    ("__mod__", BinOp::Mod, false),
    ("__pow__", BinOp::Pow, false),
    ("__lshift__", BinOp::LShift, false),
    ("__rshift__", BinOp::RShift, false),
    ("__and__", BinOp::BitAnd, false),
    ("__or__", BinOp::BitOr, false),
    ("__xor__", BinOp::BitXor, false),
    ("__radd__", BinOp::Add, true),
    ("__rsub__", BinOp::Sub, true),
    ("__rmul__", BinOp::Mul, true),
    ("__rtruediv__", BinOp::TrueDiv, true),
    ("__rfloordiv__", BinOp::FloorDiv, true),
    ("__rmod__", BinOp::Mod, true),
    ("__rpow__", BinOp::Pow, true),
];

const COMPARE: &[(&str, CmpOp)] = &[("__eq__", CmpOp::Eq), ("__ne__", CmpOp::Ne), ("__lt__", CmpOp::Lt), ("__le__", CmpOp::Le), ("__gt__", CmpOp::Gt), ("__ge__", CmpOp::Ge)];

const COMMON: &[&str] = &["__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__format__"];
const NUMBER: &[&str] = &[
    "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__",
    "__rmod__", "__rpow__", "__lt__", "__le__", "__gt__", "__ge__", "__neg__", "__pos__", "__abs__", "__bool__", "__int__", "__float__", "__trunc__", "__floor__",
    "__ceil__", "__round__",
];
const INT_ONLY: &[&str] = &["__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__invert__", "__index__"];
const CONTAINER: &[&str] = &["__len__", "__iter__", "__contains__", "__getitem__", "__lt__", "__le__", "__gt__", "__ge__"];
const SEQUENCE: &[&str] = &["__add__", "__mul__", "__rmul__"];
const MUTABLE: &[&str] = &["__setitem__", "__delitem__"];

/// Whether a built-in value of type `type_name` has the special method `name`.
pub fn has(type_name: &str, name: &str) -> bool {
    if COMMON.contains(&name) {
        return true;
    }
    match type_name {
        "int" | "bool" => NUMBER.contains(&name) || INT_ONLY.contains(&name),
        "float" => NUMBER.contains(&name),
        "str" | "tuple" => CONTAINER.contains(&name) || SEQUENCE.contains(&name),
        "list" => CONTAINER.contains(&name) || SEQUENCE.contains(&name) || MUTABLE.contains(&name),
        "dict" => CONTAINER.contains(&name) || MUTABLE.contains(&name),
        "set" | "frozenset" | "range" => CONTAINER.contains(&name),
        _ => false,
    }
}

fn not_implemented_on_type_error(r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if e.matches("TypeError") => Ok(Value::NotImplemented),
        other => other,
    }
}

/// Calls the special method `name` of a built-in `recv`.
pub fn call(interp: &mut Interp, recv: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    if let Some((_, op, reflected)) = BINARY.iter().find(|(n, _, _)| *n == name) {
        check_count(name, args, 1, 1)?;
        let r = if *reflected { interp.binary_op(*op, &args[0], recv) } else { interp.binary_op(*op, recv, &args[0]) };
        return not_implemented_on_type_error(r);
    }
    if let Some((_, op)) = COMPARE.iter().find(|(n, _)| *n == name) {
        check_count(name, args, 1, 1)?;
        return not_implemented_on_type_error(interp.compare_op(*op, recv, &args[0]));
    }
    let noargs = |n: &str| check_count(n, args, 0, 0);
    match name {
        "__neg__" | "__pos__" | "__invert__" => {
            noargs(name)?;
            let op = match name {
                "__neg__" => UnaryOp::Neg,
                "__pos__" => UnaryOp::Pos,
                _ => UnaryOp::Invert,
            };
            interp.unary_op(op, recv)
        }
        "__abs__" | "__round__" | "__int__" | "__float__" | "__trunc__" | "__floor__" | "__ceil__" | "__index__" => {
            let (module_fn, module): (&str, &str) = match name {
                "__abs__" => ("abs", "builtins"),
                "__round__" => ("round", "builtins"),
                "__int__" | "__index__" => ("int", "builtins"),
                "__float__" => ("float", "builtins"),
                "__trunc__" => ("trunc", "math"),
                "__floor__" => ("floor", "math"),
                _ => ("ceil", "math"),
            };
            let f = if module == "builtins" {
                interp.builtins.get(module_fn)
            } else {
                match interp.import_module(module)? {
                    Value::Module(m) => m.get(module_fn),
                    _ => None,
                }
            };
            let f = f.ok_or_else(|| PyErr::builtin("SystemError", "missing builtin"))?;
            let mut all = vec![recv.clone()];
            all.extend_from_slice(args);
            interp.call(&f, &all, &[])
        }
        "__bool__" => Ok(Value::Bool(interp.truthy(recv)?)),
        "__hash__" => Ok(Value::Int(interp.hash(recv)?)),
        "__repr__" => Ok(Value::str(interp.repr(recv)?)),
        "__str__" => Ok(Value::str(interp.to_str(recv)?)),
        "__format__" => {
            check_count(name, args, 1, 1)?;
            let spec = args[0].as_str().unwrap_or("").to_string();
            Ok(Value::str(interp.format(recv, &spec)?))
        }
        "__len__" => Ok(Value::Int(crate::builtins::functions_len(interp, recv)? as i64)),
        "__iter__" => interp.get_iter(recv),
        "__contains__" => {
            check_count(name, args, 1, 1)?;
            Ok(Value::Bool(interp.contains(recv, &args[0])?))
        }
        "__getitem__" => {
            check_count(name, args, 1, 1)?;
            interp.get_item(recv, &args[0])
        }
        "__setitem__" => {
            check_count(name, args, 2, 2)?;
            interp.set_item(recv, &args[0], args[1].clone())?;
            Ok(Value::None)
        }
        "__delitem__" => {
            check_count(name, args, 1, 1)?;
            interp.del_item(recv, &args[0])?;
            Ok(Value::None)
        }
        _ => Err(crate::error::attribute_error(format!("'{}' object has no attribute '{}'", interp.type_name(recv), name))),
    }
}

