//! Calling: the generic call protocol, argument binding with CPython's error messages
//! (`Python/ceval.c`'s `initialize_locals`), Python-function frames, and recursion limits.

use super::eval::Resume;
use super::frame::{Frame, FrameExit};
use super::Interp;
use crate::error::{type_error, PyErr, PyResult};
use crate::object::*;
use crate::value::Value;
use pyjit_compiler::bytecode::{CodeKind, NO_REG};
use std::rc::Rc;

/// Bytes of native stack kept free above the stack's floor (see
/// [`Interp::set_stack_floor`]): RecursionError comes first.
const STACK_MARGIN: usize = 256 * 1024;

fn approx_stack_pointer() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
            format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1])
        }
    }
}

impl Interp {
    /// Accounts for one more Python-level call; RecursionError past the limit or when
    /// the native stack is nearly exhausted.
    #[inline(always)]
    pub fn enter_call(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit || approx_stack_pointer() < self.stack_limit {
            self.depth -= 1;
            return Err(PyErr::builtin("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Guards a recursive walk of nested data (comparison, repr) like CPython's
    /// `Py_EnterRecursiveCall`: `RecursionError: maximum recursion depth exceeded{what}`.
    /// The caller decrements `depth` when done.
    pub fn enter_recursive(&mut self, what: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit || approx_stack_pointer() < self.stack_limit {
            self.depth -= 1;
            return Err(PyErr::builtin("RecursionError", format!("maximum recursion depth exceeded{}", what)));
        }
        Ok(())
    }

    /// RecursionError if the native stack is nearly exhausted (for recursive walks
    /// CPython does not count toward the recursion limit, such as hashing).
    pub fn check_native_stack(&self) -> PyResult<()> {
        if approx_stack_pointer() < self.stack_limit {
            return Err(PyErr::builtin("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Checks the native stack from now on: a call must start above `floor`
    /// (the lowest address of the stack the program runs on) plus a margin of
    /// 256 KiB for the call's own work.
    pub fn set_stack_floor(&mut self, floor: usize) {
        self.stack_limit = floor.saturating_add(STACK_MARGIN);
    }

    /// `f(*args, **kwargs)` for any callable.
    pub fn call(&mut self, f: &Value, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        match f {
            Value::Function(fun) => self.call_function(fun, args, kwargs),
            Value::Builtin(b) => (b.func)(self, args, kwargs),
            Value::BoundMethod(m) => match &m.func {
                MethodFunc::Python(func) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(m.receiver.clone());
                    all.extend_from_slice(args);
                    self.call(func, &all, kwargs)
                }
                MethodFunc::Native(name) => {
                    if m.receiver.is_undefined() {
                        let Some((recv, rest)) = args.split_first() else {
                            return Err(type_error(format!("unbound method {}() needs an argument", name)));
                        };
                        let recv = crate::interp::attr::instance_base(recv).unwrap_or_else(|| recv.clone());
                        crate::builtins::methods::call_method(self, &recv, name, rest, kwargs)
                    } else {
                        crate::builtins::methods::call_method(self, &m.receiver, name, args, kwargs)
                    }
                }
            },
            Value::Class(cls) => self.instantiate(cls, args, kwargs),
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(c) => {
                    let mut all = vec![f.clone()];
                    all.extend_from_slice(args);
                    self.call(&c, &all, kwargs)
                }
                None => Err(type_error(format!("'{}' object is not callable", inst.class.name))),
            },
            Value::Descriptor(d) => match &**d {
                Descriptor::StaticMethod(g) => {
                    let g = g.clone();
                    self.call(&g, args, kwargs)
                }
                _ => Err(type_error(format!("'{}' object is not callable", self.type_name(f)))),
            },
            _ => Err(type_error(format!("'{}' object is not callable", self.type_name(f)))),
        }
    }

    /// Calls a Python function with arguments that bind directly to its first
    /// registers (`Function::simple_call` holds).
    #[inline]
    pub fn call_simple(&mut self, fun: &Rc<Function>, args: &[Value]) -> PyResult<Value> {
        let regs = self.arg_registers(fun, args);
        self.run_function(fun, regs)
    }

    /// A frame for running `fun` from its first instruction with its parameter
    /// registers unbound (compiled code stores the arguments), from the pool.
    pub fn blank_frame(&mut self, fun: &Function) -> Frame {
        let mut regs = self.reg_pool.pop().unwrap_or_default();
        regs.reserve(fun.code.template.len());
        Frame::new(fun.code.clone(), regs, fun.globals.clone(), &fun.closure)
    }

    /// A pooled register vector holding `args`, with room for `fun`'s frame.
    #[inline]
    fn arg_registers(&mut self, fun: &Function, args: &[Value]) -> Vec<Value> {
        let mut regs = self.reg_pool.pop().unwrap_or_default();
        regs.reserve(fun.code.template.len());
        if args.iter().all(Value::is_scalar) {
            // SAFETY: scalars own no heap data, so a bitwise copy is a valid clone;
            // capacity for them was reserved above.
            unsafe {
                std::ptr::copy_nonoverlapping(args.as_ptr(), regs.as_mut_ptr(), args.len());
                regs.set_len(args.len());
            }
        } else {
            regs.extend_from_slice(args);
        }
        regs
    }

    /// A new frame for calling `fun` with `args` bound directly to its first
    /// registers (`Function::simple_call` holds), to run in the current dispatch
    /// loop (its handled-exception base is the current depth of `handling`). The
    /// dispatch loop builds frames of plain functions (`Code::plain_frame`) itself,
    /// from `plain_frame_registers`.
    pub(crate) fn new_frame(&mut self, fun: &Rc<Function>, args: &[Value]) -> Frame {
        let code = &fun.code;
        code.calls.set(code.calls.get().wrapping_add(1));
        let regs = self.arg_registers(fun, args);
        let mut frame = Frame::new(code.clone(), regs, fun.globals.clone(), &fun.closure);
        frame.handler_base = self.handling.len();
        frame
    }

    /// The register file of a new frame of `code` (`Code::plain_frame`), as
    /// `Frame::new` fills it: the template (unbound locals, constants) with the
    /// arguments in the first registers.
    #[inline(always)]
    pub(crate) fn plain_frame_registers(&mut self, code: &Code, args: &[Value]) -> Vec<Value> {
        let template = &code.template[..];
        let nargs = args.len().min(code.raw.const_base as usize);
        let (mut regs, id) = self.frame_pool.pop().unwrap_or_default();
        if id != code.id || regs.len() != template.len() {
            // Someone else's registers: start from the template.
            crate::value::clear_registers(&mut regs);
            regs.reserve(template.len());
            if code.template_is_scalar {
                // SAFETY: `regs` is empty with capacity for `template.len()` values; the
                // template holds only scalars, so a bitwise copy is a valid clone, and
                // every slot is initialized before `set_len`.
                unsafe {
                    std::ptr::copy_nonoverlapping(template.as_ptr(), regs.as_mut_ptr(), template.len());
                    regs.set_len(template.len());
                }
            } else {
                regs.extend_from_slice(template);
            }
        }
        // Registers below `const_base` are unbound (scalars) here, as in the template;
        // the arguments go to the first ones.
        let p = regs.as_mut_ptr();
        for (i, a) in args[..nargs].iter().enumerate() {
            // SAFETY: `i < nargs <= const_base <= regs.len()`, and the register holds
            // `Undefined`, which may be overwritten without being dropped.
            unsafe { a.clone_into(p.add(i)) };
        }
        regs
    }

    /// Calls a Python function with any arguments.
    pub fn call_function(&mut self, fun: &Rc<Function>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        if kwargs.is_empty() && fun.simple_call(args.len()) {
            if fun.code.raw.kind == CodeKind::Function {
                let fuel = fun.code.call_fuel.get();
                if fuel != 0 {
                    fun.code.call_fuel.set(fuel - 1);
                } else if let Some(tier) = self.tier.clone() {
                    if let Some(r) = tier.hot_call(self, fun, args) {
                        return r;
                    }
                }
            }
            return self.call_simple(fun, args);
        }
        let regs = self.bind_args(fun, args, kwargs)?;
        self.run_function(fun, regs)
    }

    fn run_function(&mut self, fun: &Rc<Function>, regs: Vec<Value>) -> PyResult<Value> {
        let code = fun.code.clone();
        code.calls.set(code.calls.get().wrapping_add(1));
        let mut frame = Frame::new(code.clone(), regs, fun.globals.clone(), &fun.closure);
        if code.raw.kind == CodeKind::Generator {
            return Ok(Value::Generator(Rc::new(Generator {
                state: std::cell::RefCell::new(GeneratorState::Suspended(Box::new(frame))),
                name: fun.name.borrow().clone(),
                qualname: fun.qualname.borrow().clone(),
                started: std::cell::Cell::new(false),
            })));
        }
        self.enter_call()?;
        let result = self.run_frame(&mut frame, Resume::Start);
        self.depth -= 1;
        let mut regs = std::mem::take(&mut frame.regs);
        if self.reg_pool.len() < 256 {
            crate::value::clear_registers(&mut regs);
            self.reg_pool.push(regs);
        } else {
            drop(regs);
        }
        if has_pending_finalization() {
            self.finalize_dropped_generators();
        }
        match result? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(PyErr::builtin("SystemError", "yield in a non-generator frame")),
        }
    }

    /// Binds positional and keyword arguments to parameter registers.
    fn bind_args(&mut self, fun: &Function, args: &[Value], kwargs: &KwArgs) -> PyResult<Vec<Value>> {
        let code = &fun.code.raw;
        let qual = fun.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let mut regs = vec![Value::Undefined; code.nparams() as usize];
        let ndefaults = fun.defaults.len();
        if args.len() > argcount && !code.has_varargs {
            let given_kw = kwargs.iter().filter(|(k, _)| code.varnames[argcount..argcount + kwonly].iter().any(|n| n == k)).count();
            let takes = if ndefaults > 0 { format!("from {} to {}", argcount - ndefaults, argcount) } else { argcount.to_string() };
            let plural = if argcount == 1 && ndefaults == 0 { "" } else { "s" };
            let kwpart = if given_kw > 0 { format!(" positional argument{} (and {} keyword-only argument{})", if args.len() == 1 { "" } else { "s" }, given_kw, if given_kw == 1 { "" } else { "s" }) } else { String::new() };
            let was = if args.len() == 1 { "was" } else { "were" };
            if given_kw > 0 {
                return Err(type_error(format!("{}() takes {} positional argument{} but {}{} were given", qual, takes, plural, args.len(), kwpart)));
            }
            return Err(type_error(format!("{}() takes {} positional argument{} but {} {} given", qual, takes, plural, args.len(), was)));
        }
        let npos = args.len().min(argcount);
        regs[..npos].clone_from_slice(&args[..npos]);
        let mut slot = argcount + kwonly;
        if code.has_varargs {
            regs[slot] = Value::tuple(args.get(argcount..).map(|s| s.to_vec()).unwrap_or_default());
            slot += 1;
        }
        let kwdict = if code.has_varkw {
            let d = Rc::new(PyDict::new());
            regs[slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_passed = Vec::new();
        for (k, v) in kwargs {
            let idx = code.varnames[..argcount + kwonly].iter().position(|n| n == k);
            match idx {
                Some(i) if i >= posonly => {
                    if !regs[i].is_undefined() {
                        return Err(type_error(format!("{}() got multiple values for argument '{}'", qual, k)));
                    }
                    regs[i] = v.clone();
                }
                other => match &kwdict {
                    Some(d) => self.dict_set(d, Value::str(k.as_ref()), v.clone())?,
                    None => {
                        if other.is_some() {
                            posonly_passed.push(k.to_string());
                            continue;
                        }
                        return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", qual, k)));
                    }
                },
            }
        }
        if !posonly_passed.is_empty() {
            return Err(type_error(format!("{}() got some positional-only arguments passed as keyword arguments: '{}'", qual, posonly_passed.join(", "))));
        }
        let mut missing = Vec::new();
        for i in 0..argcount {
            if regs[i].is_undefined() {
                let first_default = argcount - ndefaults;
                if i >= first_default {
                    regs[i] = fun.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        for i in argcount..argcount + kwonly {
            if regs[i].is_undefined() {
                let name = code.varnames[i].clone();
                let d = match &fun.kwdefaults {
                    Some(kd) => self.dict_get(kd, &Value::str(name.as_ref()))?,
                    None => None,
                };
                match d {
                    Some(v) => regs[i] = v,
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(regs)
    }

    /// Builds a function object for `MakeFunction`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn make_function(&mut self, code: &Rc<Code>, frame: &Frame, child: u32, defaults: u32, kwdefaults: u32, cells: u32, nfree: u32) -> PyResult<Value> {
        let Some(child_code) = code.children.get(child as usize).cloned() else {
            return Err(PyErr::builtin("SystemError", "bad code index"));
        };
        let defaults = if defaults == NO_REG {
            Vec::new()
        } else {
            match &frame.regs[defaults as usize] {
                Value::Tuple(t) => t.items.clone(),
                _ => Vec::new(),
            }
        };
        let kwdefaults = if kwdefaults == NO_REG {
            None
        } else {
            match &frame.regs[kwdefaults as usize] {
                Value::Dict(d) => Some(d.clone()),
                _ => None,
            }
        };
        let mut closure = Vec::with_capacity(nfree as usize);
        for i in 0..nfree as usize {
            match &frame.regs[cells as usize + i] {
                Value::Cell(c) => closure.push(c.clone()),
                _ => closure.push(Rc::new(PyCell::new(Value::Undefined))),
            }
        }
        let raw = &child_code.raw;
        let doc = raw.doc.as_ref().map(|d| Value::str(d.as_ref())).unwrap_or(Value::None);
        Ok(Value::Function(Rc::new(Function {
            name: std::cell::RefCell::new(raw.name.clone()),
            qualname: std::cell::RefCell::new(raw.qualname.clone()),
            code: child_code,
            globals: frame.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            attrs: std::cell::RefCell::new(Vec::new()),
            doc: std::cell::RefCell::new(doc),
        })))
    }

    /// Converts a `**kwargs` dict to keyword arguments (`TypeError` for non-str keys).
    pub(crate) fn kwargs_from_dict(&mut self, v: &Value) -> PyResult<Vec<(Rc<str>, Value)>> {
        match v {
            Value::Dict(d) => d
                .items()
                .into_iter()
                .map(|(k, v)| match k {
                    Value::Str(s) => Ok((Rc::from(s.as_str()), v)),
                    _ => Err(type_error("keywords must be strings")),
                })
                .collect(),
            other => Err(type_error(format!("argument after ** must be a mapping, not {}", self.type_name(other)))),
        }
    }
}
