//! `set` and `frozenset` methods (`Objects/setobject.c`).

use crate::builtins::args::check_count;
use crate::error::{key_error, type_error, PyResult};
use crate::interp::Interp;
use crate::object::{KwArgs, PySet};
use crate::value::Value;
use pyjit_compiler::bytecode::{BinOp, CmpOp};
use std::rc::Rc;

pub const NAMES: &[&str] = &[
    "add", "remove", "discard", "pop", "clear", "copy", "update", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
    "isdisjoint", "intersection_update", "difference_update", "symmetric_difference_update",
];
pub const FROZEN_NAMES: &[&str] = &["copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"];

fn as_set(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) => Ok(v.clone()),
        other => {
            let items = interp.collect(other)?;
            interp.new_set(items, false)
        }
    }
}

fn op_all(interp: &mut Interp, recv: &Value, op: BinOp, args: &[Value]) -> PyResult<Value> {
    let mut acc = match recv {
        Value::Set(s) => {
            let t = crate::settable::copy(&s.table.borrow());
            Value::Set(Rc::new(PySet::new(t, s.frozen)))
        }
        _ => recv.clone(),
    };
    for a in args {
        let other = as_set(interp, a)?;
        acc = interp.binary_op(op, &acc, &other)?;
    }
    Ok(acc)
}

pub fn call(interp: &mut Interp, recv: &Value, s: &Rc<PySet>, name: &str, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    match name {
        "add" => {
            check_count("add", args, 1, 1)?;
            interp.set_add(recv, args[0].clone())?;
            Ok(Value::None)
        }
        "remove" | "discard" => {
            check_count(name, args, 1, 1)?;
            let h = interp.hash(&args[0])?;
            let mut table = std::mem::take(&mut *s.table.borrow_mut());
            let r = {
                let mut eq = |a: &Value, b: &Value| interp.eq(a, b);
                table.try_discard(&args[0], h, &mut eq)
            };
            *s.table.borrow_mut() = table;
            if r?.is_none() && name == "remove" {
                return Err(key_error(args[0].clone()));
            }
            Ok(Value::None)
        }
        "pop" => Ok(s.table.borrow_mut().pop()?.1),
        "clear" => {
            s.table.borrow_mut().clear();
            Ok(Value::None)
        }
        "copy" => Ok(Value::Set(Rc::new(PySet::new(crate::settable::copy(&s.table.borrow()), s.frozen)))),
        "update" => {
            for a in args {
                for v in interp.collect(a)? {
                    interp.set_add(recv, v)?;
                }
            }
            Ok(Value::None)
        }
        "union" => op_all(interp, recv, BinOp::BitOr, args),
        "intersection" => op_all(interp, recv, BinOp::BitAnd, args),
        "difference" => op_all(interp, recv, BinOp::Sub, args),
        "symmetric_difference" => {
            check_count(name, args, 1, 1)?;
            op_all(interp, recv, BinOp::BitXor, args)
        }
        "intersection_update" | "difference_update" | "symmetric_difference_update" => {
            let op = match name {
                "intersection_update" => BinOp::BitAnd,
                "difference_update" => BinOp::Sub,
                _ => BinOp::BitXor,
            };
            let r = op_all(interp, recv, op, args)?;
            if let Value::Set(n) = r {
                let t = crate::settable::copy(&n.table.borrow());
                s.table.borrow_mut().replace_body(t);
            }
            Ok(Value::None)
        }
        "issubset" | "issuperset" => {
            check_count(name, args, 1, 1)?;
            let other = as_set(interp, &args[0])?;
            let r = interp.compare_op(if name == "issubset" { CmpOp::Le } else { CmpOp::Ge }, recv, &other)?;
            Ok(r)
        }
        "isdisjoint" => {
            check_count(name, args, 1, 1)?;
            let other = as_set(interp, &args[0])?;
            let r = interp.binary_op(BinOp::BitAnd, recv, &other)?;
            Ok(Value::Bool(!interp.truthy(&r)?))
        }
        _ => Err(type_error(format!("set has no method {}", name))),
    }
}
