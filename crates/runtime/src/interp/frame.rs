//! Interpreter frames: a register file plus a program counter. This is the state the
//! JIT deoptimizes into (DESIGN.md, invariant 1).

use crate::object::{Code, Module, PyDict};
use crate::value::Value;
use std::rc::Rc;

/// One activation of a code object.
pub struct Frame {
    pub code: Rc<Code>,
    /// `[locals | cells | temporaries | constants]`, see `CodeObject`.
    pub regs: Vec<Value>,
    /// Index of the next instruction to execute.
    pub pc: usize,
    pub globals: Rc<Module>,
    /// The namespace of a class body being executed.
    pub namespace: Option<Rc<PyDict>>,
    /// Depth of the interpreter's handled-exception stack when this frame started
    /// (or resumed).
    pub handler_base: usize,
    /// Register receiving the value sent into a suspended `yield` (`u32::MAX` if the
    /// frame is suspended in `yield from` or not suspended).
    pub yield_dst: u32,
    /// Suspended inside `yield from` (the value sent on resume goes to `sent`).
    pub in_yield_from: bool,
    /// The value sent into a `yield from` on resume.
    pub sent: Value,
}

/// How a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

impl Frame {
    /// A new frame for `code` with registers from `regs` (already holding the
    /// arguments in the parameter registers); fills cells and constants.
    pub fn new(code: Rc<Code>, mut regs: Vec<Value>, globals: Rc<Module>, closure: &[Rc<crate::object::PyCell>]) -> Frame {
        let raw = &code.raw;
        let nargs = regs.len().min(code.template.len());
        let rest = &code.template[nargs..];
        if code.template_is_scalar {
            regs.reserve(rest.len());
            // SAFETY: the template holds only scalars (no heap references), so a bitwise
            // copy is a valid clone; the capacity was reserved just above.
            unsafe {
                std::ptr::copy_nonoverlapping(rest.as_ptr(), regs.as_mut_ptr().add(regs.len()), rest.len());
                regs.set_len(regs.len() + rest.len());
            }
        } else {
            regs.extend_from_slice(rest);
        }
        let cell_base = raw.cell_base as usize;
        for i in 0..raw.ncells as usize {
            regs[cell_base + i] = Value::Cell(Rc::new(crate::object::PyCell::new(Value::Undefined)));
        }
        if raw.ncells == 0 && closure.is_empty() {
            return Frame { code, regs, pc: 0, globals, namespace: None, handler_base: 0, yield_dst: u32::MAX, in_yield_from: false, sent: Value::None };
        }
        for (cell, param) in &raw.cell_params {
            let v = std::mem::replace(&mut regs[*param as usize], Value::Undefined);
            if let Value::Cell(c) = &regs[cell_base + *cell as usize] {
                *c.value.borrow_mut() = v;
            }
        }
        for (i, c) in closure.iter().enumerate() {
            regs[cell_base + raw.ncells as usize + i] = Value::Cell(c.clone());
        }
        Frame { code, regs, pc: 0, globals, namespace: None, handler_base: 0, yield_dst: u32::MAX, in_yield_from: false, sent: Value::None }
    }

    /// The source line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.code.raw.lines.get(pc).copied().unwrap_or(self.code.raw.first_line)
    }
}
