//! Methods of built-in types, dispatched by receiver type and method name.
//! Each type's methods live in their own file with a `NAMES` table.

mod dict;
mod dunder;
mod list;
mod misc;
mod set;
mod str;
mod str_format;

use crate::error::{attribute_error, PyResult};
use crate::interp::Interp;
use crate::object::KwArgs;
use crate::value::Value;

pub use dict::fromkeys as dict_fromkeys;
pub use list::extend_incrementally as list_extend;
pub use str::maketrans as str_maketrans;

/// The method names of the built-in type `type_name` (for `dir()`).
pub fn method_names(type_name: &str) -> Vec<&'static str> {
    let table: &[&str] = match type_name {
        "str" => str::NAMES,
        "list" => list::NAMES,
        "dict" => dict::NAMES,
        "set" => set::NAMES,
        "frozenset" => set::FROZEN_NAMES,
        "tuple" => misc::TUPLE_NAMES,
        "int" | "bool" => misc::INT_NAMES,
        "float" => misc::FLOAT_NAMES,
        _ => &[],
    };
    table.to_vec()
}

/// Whether the built-in type named `type_name` has a method `name`.
pub fn has_method(type_name: &str, name: &str) -> bool {
    let table: &[&str] = match type_name {
        "str" => str::NAMES,
        "list" => list::NAMES,
        "dict" => dict::NAMES,
        "set" => set::NAMES,
        "frozenset" => set::FROZEN_NAMES,
        "tuple" => misc::TUPLE_NAMES,
        "int" | "bool" => misc::INT_NAMES,
        "float" => misc::FLOAT_NAMES,
        "generator" => misc::GENERATOR_NAMES,
        "property" => misc::PROPERTY_NAMES,
        "range" => misc::RANGE_NAMES,
        "slice" => misc::SLICE_NAMES,
        _ => &[],
    };
    table.contains(&name) || dunder::has(type_name, name)
}

/// `recv.name(*args, **kwargs)` for a built-in receiver.
pub fn call_method(interp: &mut Interp, recv: &Value, name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if let Some(r) = misc::call_special_native(interp, recv, name, args, kwargs)? {
        return Ok(r);
    }
    if name.starts_with("__") && name.ends_with("__") && dunder::has(&interp.type_name(recv), name) {
        return dunder::call(interp, recv, name, args);
    }
    match recv {
        Value::Str(s) if str::NAMES.contains(&name) => str::call(interp, s, name, args, kwargs),
        Value::List(l) if list::NAMES.contains(&name) => list::call(interp, recv, l, name, args, kwargs),
        Value::Dict(d) if dict::NAMES.contains(&name) => dict::call(interp, d, name, args, kwargs),
        Value::Set(s) if set::NAMES.contains(&name) && (!s.frozen || set::FROZEN_NAMES.contains(&name)) => set::call(interp, recv, s, name, args, kwargs),
        _ => match misc::call(interp, recv, name, args, kwargs)? {
            Some(v) => Ok(v),
            None => Err(attribute_error(format!("'{}' object has no attribute '{}'", interp.type_name(recv), name))),
        },
    }
}
