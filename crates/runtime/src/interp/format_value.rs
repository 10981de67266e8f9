//! `format()`, f-string replacement fields and `str % args`.

use super::Interp;
use crate::error::{type_error, PyResult};
use crate::exc_kind::RawResult;
use crate::format::{self, PercentArgs, PercentNumber, PercentValue};
use crate::value::Value;
use num_bigint::BigInt;
use pyjit_compiler::bytecode::Conversion;

/// A value prepared for `%`-formatting: its str and repr are computed up front
/// because the formatter cannot call back into the interpreter.
struct Prepared {
    s: String,
    r: String,
    type_name: String,
    number: Option<PercentNumber>,
    text: Option<String>,
}

impl PercentValue for Prepared {
    fn py_str(&self) -> RawResult<String> {
        Ok(self.s.clone())
    }
    fn py_repr(&self) -> RawResult<String> {
        Ok(self.r.clone())
    }
    fn type_name(&self) -> String {
        self.type_name.clone()
    }
    fn as_number(&self) -> Option<PercentNumber> {
        self.number.clone()
    }
    fn as_str(&self) -> Option<String> {
        self.text.clone()
    }
}

impl Interp {
    fn prepare(&mut self, v: &Value) -> PyResult<Prepared> {
        self.prepare_for(v, true)
    }

    /// Prepares `v`; `text` says whether its str/repr may be needed (a `%d` alone
    /// must not call `__repr__`, which may itself use `%d` on the object).
    fn prepare_for(&mut self, v: &Value, text: bool) -> PyResult<Prepared> {
        let mut number_source = crate::interp::attr::instance_base(v).unwrap_or_else(|| v.clone());
        if let Value::Instance(_) = &number_source {
            // `%d` uses `__index__`/`__int__`, `%f` uses `__float__`.
            for m in ["__int__", "__index__", "__float__"] {
                if let Some(r) = self.call_special(v, m, &[])? {
                    number_source = r;
                    break;
                }
            }
        }
        Ok(Prepared {
            s: if text { self.to_str(v)? } else { String::new() },
            r: if text { self.repr(v)? } else { String::new() },
            type_name: self.type_name(v),
            number: match &number_source {
                Value::Int(i) => Some(PercentNumber::Int(BigInt::from(*i))),
                Value::Bool(b) => Some(PercentNumber::Int(BigInt::from(*b as i64))),
                Value::BigInt(b) => Some(PercentNumber::Int(BigInt::clone(b))),
                Value::Float(f) => Some(PercentNumber::Float(*f)),
                _ => None,
            },
            text: v.as_str().map(|s| s.to_string()),
        })
    }

    /// `fmt % args` (`PyUnicode_Format`).
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<Value> {
        let text = uses_text_conversions(fmt);
        let out = match args {
            Value::Tuple(t) => {
                let prepared: Vec<Prepared> = t.items.clone().iter().map(|v| self.prepare_for(v, text)).collect::<PyResult<_>>()?;
                let refs: Vec<&dyn PercentValue> = prepared.iter().map(|p| p as &dyn PercentValue).collect();
                format::percent_format(fmt, &PercentArgs::Tuple(refs))?
            }
            Value::Dict(d) => {
                let whole = self.prepare(args)?;
                let mut entries = Vec::new();
                for (k, v) in d.items() {
                    if let Value::Str(s) = &k {
                        entries.push((s.as_str().to_string(), self.prepare(&v)?));
                    }
                }
                let lookup = |key: &str| -> RawResult<Box<dyn PercentValue + '_>> {
                    match entries.iter().find(|(k, _)| k == key) {
                        Some((_, p)) => Ok(Box::new(Prepared { s: p.s.clone(), r: p.r.clone(), type_name: p.type_name.clone(), number: p.number.clone(), text: p.text.clone() })),
                        None => Err(crate::exc_kind::RawError::new(crate::exc_kind::ExcKind::KeyError, key.to_string())),
                    }
                };
                format::percent_format(fmt, &PercentArgs::Mapping { whole: &whole, lookup: &lookup })?
            }
            other => {
                let p = self.prepare_for(other, text)?;
                format::percent_format(fmt, &PercentArgs::Single(&p))?
            }
        };
        Ok(Value::str(out))
    }

    /// `format(v, spec)` (`PyObject_Format`).
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        Ok(match v {
            Value::Bool(b) if spec.is_empty() => if *b { "True" } else { "False" }.to_string(),
            Value::Int(i) => {
                if spec.is_empty() {
                    return Ok(i.to_string());
                }
                format::apply_int_format(&BigInt::from(*i), spec, "int")?
            }
            Value::Bool(b) => format::apply_int_format(&BigInt::from(*b as i64), spec, "bool")?,
            Value::BigInt(b) => {
                if spec.is_empty() {
                    return self.int_to_string(b);
                }
                format::apply_int_format(b, spec, "int")?
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(format::float_repr(*f));
                }
                format::apply_float_format(*f, spec, "float")?
            }
            Value::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.as_str().to_string());
                }
                format::apply_str_format(s.as_str(), spec, "str")?
            }
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__format__", &[Value::str(spec)])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        _ => Err(type_error("__format__ must return a str")),
                    };
                }
                if let Some(b) = crate::interp::attr::instance_base(v) {
                    if spec.is_empty() {
                        return self.to_str(v);
                    }
                    return self.format(&b, spec);
                }
                if !spec.is_empty() {
                    return Err(type_error(format!("unsupported format string passed to {}.__format__", self.type_name(v))));
                }
                self.to_str(v)?
            }
            _ => {
                if !spec.is_empty() {
                    return Err(type_error(format!("unsupported format string passed to {}.__format__", self.type_name(v))));
                }
                self.to_str(v)?
            }
        })
    }

    /// An f-string replacement field: conversion, then `format`.
    pub fn format_value(&mut self, v: &Value, conv: Conversion, spec: Option<&Value>) -> PyResult<Value> {
        let converted = match conv {
            Conversion::None => v.clone(),
            Conversion::Str => Value::str(self.to_str(v)?),
            Conversion::Repr => Value::str(self.repr(v)?),
            Conversion::Ascii => Value::str(format::ascii_escape(&self.repr(v)?)),
        };
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        if spec.is_empty() {
            if let Value::Str(_) = converted {
                return Ok(converted);
            }
        }
        Ok(Value::str(self.format(&converted, &spec)?))
    }
}

/// Whether a `%`-format string has a `%s`, `%r` or `%a` conversion (which need the
/// arguments' `str`/`repr`).
fn uses_text_conversions(fmt: &str) -> bool {
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        // Skip the mapping key, flags, width, precision and length modifier.
        while let Some(&n) = chars.peek() {
            if n == '(' {
                let mut depth = 0;
                for k in chars.by_ref() {
                    if k == '(' {
                        depth += 1;
                    } else if k == ')' {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                }
            } else if "-+ #0123456789.*hlL".contains(n) {
                chars.next();
            } else {
                break;
            }
        }
        match chars.next() {
            Some('s' | 'r' | 'a') => return true,
            Some(_) | None => {}
        }
    }
    false
}
