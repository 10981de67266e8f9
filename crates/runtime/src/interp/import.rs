//! `import`: the built-in modules implemented natively (`math`, `random`, `time`, `sys`,
//! `functools`, `pyjit`, and `numba` as an alias of `pyjit`).

use super::Interp;
use crate::error::{PyErr, PyResult};
use crate::object::{Code, Module};
use crate::value::Value;
use std::rc::Rc;

impl Interp {
    /// Imports `name` (a dotted name imports its first component). A module is native
    /// (`crate::stdlib`), Python shipped in the binary, or both (the Python part runs
    /// in the native module's namespace).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        if let Some(m) = self.modules.get(top) {
            return Ok(m.clone());
        }
        let python = crate::stdlib::python_modules::source(top);
        let module = match crate::stdlib::create_module(self, top) {
            Some(m) => m,
            None if python.is_some() => {
                let m = Rc::new(Module::new(top));
                m.set("__name__", Value::str(top));
                m
            }
            None => return Err(PyErr::builtin("ModuleNotFoundError", format!("No module named '{}'", top))),
        };
        let v = Value::Module(module.clone());
        self.modules.insert(top.to_string(), v.clone());
        if let Some(src) = python {
            if let Err(e) = self.run_module_source(&module, top, src) {
                self.modules.remove(top);
                return Err(e);
            }
        }
        if name != top {
            return Err(PyErr::builtin("ModuleNotFoundError", format!("No module named '{}'", name)));
        }
        Ok(v)
    }

    /// Compiles and runs embedded module source in `module`'s namespace.
    fn run_module_source(&mut self, module: &Rc<Module>, name: &str, src: &str) -> PyResult<()> {
        let filename = format!("<pyjit {}>", name);
        let raw = pyjit_compiler::compile_source(src, &filename).map_err(|e| PyErr::builtin("ImportError", format!("pyjit's {} module failed to compile: {}", name, e.msg)))?;
        let code = Code::new(raw);
        let mut frame = super::Frame::new(code, Vec::new(), module.clone(), &[]);
        self.enter_call()?;
        let r = self.run_frame(&mut frame, super::Resume::Start);
        self.depth -= 1;
        r.map(|_| ())
    }
}
