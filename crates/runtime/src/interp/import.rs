//! `import`: the built-in modules implemented natively (`math`, `random`, `time`, `sys`,
//! `functools`, `pyjit`, and `numba` as an alias of `pyjit`).

use super::Interp;
use crate::error::{PyErr, PyResult};
use crate::value::Value;

impl Interp {
    /// Imports `name` (a dotted name imports its first component).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        if let Some(m) = self.modules.get(top) {
            return Ok(m.clone());
        }
        match crate::stdlib::create_module(self, top) {
            Some(m) => {
                let v = Value::Module(m);
                self.modules.insert(top.to_string(), v.clone());
                if name != top {
                    return Err(PyErr::builtin("ModuleNotFoundError", format!("No module named '{}'", name)));
                }
                Ok(v)
            }
            None => Err(PyErr::builtin("ModuleNotFoundError", format!("No module named '{}'", top))),
        }
    }
}
