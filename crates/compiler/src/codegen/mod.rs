//! AST → register bytecode. One `Unit` compiles one scope into one `CodeObject`.
//!
//! Registers are allocated as `[locals | cells | temporaries | constants]` (see
//! `bytecode.rs`). While compiling, constant operands are encoded as `CONST_TAG + index`
//! and relocated after the temporaries once their count is known (`Unit::finish`).

mod expr;
mod stmt;

use crate::bytecode::*;
use crate::error::CompileError;
use crate::source::LineIndex;
use crate::symtable::{NameScope, ScopeKind, SymbolTable};
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

const CONST_TAG: u32 = 0x8000_0000;

/// What an enclosing statement needs done when control leaves it by
/// `return`/`break`/`continue`.
enum Block<'a> {
    Loop { header: Pc, breaks: Vec<Pc>, loop_id: u32 },
    /// A `try` body whose `finally` must run on the way out.
    Finally { body: &'a [ast::Stmt], handler_depth: usize },
    /// Inside an `except` clause or finally-on-exception path: `ExitHandler` on the way out.
    Handler,
    /// Inside a `with` body: call `__exit__(None, None, None)` on the way out.
    With { exit: Reg, handler_depth: usize },
}

/// Compiles one scope.
pub(crate) struct Unit<'a> {
    table: &'a SymbolTable,
    scope: usize,
    lines: &'a LineIndex,
    filename: Rc<str>,
    qualname: String,
    kind: CodeKind,
    instrs: Vec<Instr>,
    instr_lines: Vec<u32>,
    instr_positions: Vec<Position>,
    pos: Position,
    instr_handler: Vec<Option<usize>>,
    line: u32,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    kwnames: Vec<Vec<Rc<str>>>,
    consts: Vec<Constant>,
    const_index: HashMap<String, u32>,
    locals: HashMap<String, Reg>,
    varnames: Vec<Rc<str>>,
    cells: HashMap<String, Reg>,
    cellnames: Vec<Rc<str>>,
    temp_base: Reg,
    next_temp: Reg,
    max_temp: Reg,
    children: Vec<Rc<CodeObject>>,
    handlers: Vec<(Option<Pc>, Reg, usize)>,
    handler_stack: Vec<usize>,
    blocks: Vec<Block<'a>>,
    loops: Vec<LoopInfo>,
    nfeedback: u32,
    /// Locals known to be bound at the current point (no `CheckBound` needed).
    assigned: HashSet<Reg>,
    /// Locals that are deleted somewhere, so never assumed bound.
    deleted: HashSet<Reg>,
    doc: Option<Rc<str>>,
    /// `(argcount, posonly, kwonly, *args, **kwargs)` for functions.
    signature: Option<(u32, u32, u32, bool, bool)>,
    first_line: u32,
    /// Name of the innermost enclosing class, for private name mangling.
    private: Option<Rc<str>>,
    /// Compile-time warnings `(line, message)`.
    warnings: Vec<(u32, String)>,
    /// Compiling `eval` code: the module body is one `return <expression>`.
    eval_mode: bool,
}

/// Compiles a parsed module into its code object.
pub fn compile_module(body: &[ast::Stmt], table: &SymbolTable, lines: &LineIndex, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    compile_unit(body, table, lines, filename, false)
}

/// Compiles `eval` code: a module body made of one `return <expression>`.
pub fn compile_eval(body: &[ast::Stmt], table: &SymbolTable, lines: &LineIndex, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    compile_unit(body, table, lines, filename, true)
}

fn compile_unit(body: &[ast::Stmt], table: &SymbolTable, lines: &LineIndex, filename: &str, eval_mode: bool) -> Result<Rc<CodeObject>, CompileError> {
    let mut unit = Unit::new(table, 0, lines, Rc::from(filename), "<module>".to_string(), CodeKind::Module, 1);
    unit.eval_mode = eval_mode;
    unit.doc = docstring(body);
    let body = if unit.doc.is_some() { &body[1..] } else { body };
    if let Some(doc) = unit.doc.clone() {
        let r = unit.const_reg(Constant::Str(doc));
        let name = unit.name("__doc__");
        unit.emit(Instr::StoreGlobal { name, src: r });
    }
    unit.setup_annotations(body);
    unit.stmts(body)?;
    let none = unit.const_reg(Constant::None);
    unit.emit(Instr::Return { src: none });
    Ok(Rc::new(unit.finish("<module>")))
}

fn docstring(body: &[ast::Stmt]) -> Option<Rc<str>> {
    if let Some(ast::Stmt::Expr(e)) = body.first() {
        if let ast::Expr::Constant(c) = e.value.as_ref() {
            if let ast::Constant::Str(s) = &c.value {
                return Some(Rc::from(s.as_str()));
            }
        }
    }
    None
}

impl<'a> Unit<'a> {
    fn new(table: &'a SymbolTable, scope: usize, lines: &'a LineIndex, filename: Rc<str>, qualname: String, kind: CodeKind, line: u32) -> Self {
        let sc = &table.scopes[scope];
        let mut unit = Unit {
            table,
            scope,
            lines,
            filename,
            qualname,
            kind,
            instrs: Vec::new(),
            instr_lines: Vec::new(),
            instr_positions: Vec::new(),
            pos: Position::default(),
            instr_handler: Vec::new(),
            line,
            names: Vec::new(),
            name_index: HashMap::new(),
            kwnames: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            locals: HashMap::new(),
            varnames: Vec::new(),
            cells: HashMap::new(),
            cellnames: Vec::new(),
            temp_base: 0,
            next_temp: 0,
            max_temp: 0,
            children: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            blocks: Vec::new(),
            loops: Vec::new(),
            nfeedback: 0,
            assigned: HashSet::new(),
            deleted: HashSet::new(),
            doc: None,
            signature: None,
            first_line: line,
            private: None,
            warnings: Vec::new(),
            eval_mode: false,
        };
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for p in &sc.params {
                let r = unit.varnames.len() as Reg;
                unit.locals.insert(p.clone(), r);
                unit.varnames.push(Rc::from(p.as_str()));
                unit.assigned.insert(r);
            }
            for n in &sc.order {
                if !unit.locals.contains_key(n) && matches!(sc.lookup(n), NameScope::Local | NameScope::Cell) && !sc.cellvars.contains(n) {
                    let r = unit.varnames.len() as Reg;
                    unit.locals.insert(n.clone(), r);
                    unit.varnames.push(Rc::from(n.as_str()));
                }
            }
        }
        let cell_base = unit.varnames.len() as Reg;
        for (i, n) in sc.cellvars.iter().chain(sc.freevars.iter()).enumerate() {
            unit.cells.insert(n.clone(), cell_base + i as Reg);
            unit.cellnames.push(Rc::from(n.as_str()));
        }
        unit.temp_base = cell_base + unit.cellnames.len() as Reg;
        unit.next_temp = unit.temp_base;
        unit.max_temp = unit.temp_base;
        unit
    }

    fn scope_info(&self) -> &'a crate::symtable::Scope {
        &self.table.scopes[self.scope]
    }

    // ---- emission -------------------------------------------------------------

    fn emit(&mut self, i: Instr) -> Pc {
        let pc = self.instrs.len() as Pc;
        self.instrs.push(i);
        self.instr_lines.push(self.line);
        self.instr_positions.push(self.pos);
        self.instr_handler.push(self.handler_stack.last().copied());
        pc
    }

    fn pc(&self) -> Pc {
        self.instrs.len() as Pc
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: Pc, target: Pc) {
        match &mut self.instrs[at as usize] {
            Instr::Jump { target: t } | Instr::JumpIfFalse { target: t, .. } | Instr::JumpIfTrue { target: t, .. } | Instr::CompareJump { target: t, .. } => *t = target,
            Instr::ForIter { exit, .. } => *exit = target,
            other => unreachable!("patching a non-jump {:?}", other),
        }
    }

    fn patch_here(&mut self, at: Pc) {
        let here = self.pc();
        self.patch(at, here);
    }

    fn feedback(&mut self) -> Feedback {
        self.nfeedback += 1;
        self.nfeedback - 1
    }

    fn set_line(&mut self, offset: u32) {
        self.line = self.lines.line_of(offset);
    }

    /// Makes `node` the source range of the instructions emitted next.
    fn set_pos<T: rustpython_parser::ast::Ranged>(&mut self, node: &T, anchor: Anchor) {
        let r = node.range();
        self.pos = Position { start: r.start().to_u32(), end: r.end().to_u32(), anchor };
        self.line = self.lines.line_of(r.start().to_u32());
    }

    // ---- registers ------------------------------------------------------------

    fn temp(&mut self) -> Reg {
        let r = self.next_temp;
        self.next_temp += 1;
        self.max_temp = self.max_temp.max(self.next_temp);
        r
    }

    fn temps(&mut self, n: u32) -> Reg {
        let r = self.next_temp;
        self.next_temp += n;
        self.max_temp = self.max_temp.max(self.next_temp);
        r
    }

    fn mark(&self) -> Reg {
        self.next_temp
    }

    fn release(&mut self, mark: Reg) {
        self.next_temp = mark;
    }

    fn is_local_reg(&self, r: Reg) -> bool {
        r < self.temp_base
    }

    fn const_reg(&mut self, c: Constant) -> Reg {
        let key = format!("{:?}", c);
        if let Some(i) = self.const_index.get(&key) {
            return CONST_TAG + i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_index.insert(key, i);
        CONST_TAG + i
    }

    /// `_Py_Mangle`: inside class `C`, `__spam` becomes `_C__spam` (not dunders,
    /// dotted names, or when the class name is all underscores).
    pub(super) fn mangle<'n>(&self, n: &'n str) -> std::borrow::Cow<'n, str> {
        match &self.private {
            Some(class) if n.starts_with("__") && !n.ends_with("__") && !n.contains('.') => {
                let stripped = class.trim_start_matches('_');
                if stripped.is_empty() {
                    std::borrow::Cow::Borrowed(n)
                } else {
                    std::borrow::Cow::Owned(format!("_{}{}", stripped, n))
                }
            }
            _ => std::borrow::Cow::Borrowed(n),
        }
    }

    fn name(&mut self, n: &str) -> u32 {
        let mangled = self.mangle(n).into_owned();
        let n = mangled.as_str();
        if let Some(i) = self.name_index.get(n) {
            return *i;
        }
        let rc: Rc<str> = Rc::from(n);
        let i = self.names.len() as u32;
        self.names.push(rc.clone());
        self.name_index.insert(rc, i);
        i
    }

    // ---- handlers -------------------------------------------------------------

    /// Starts an exception-handler region; exceptions land in register `exc`.
    fn push_handler(&mut self, exc: Reg) -> usize {
        let depth = self.blocks.iter().filter(|b| matches!(b, Block::Handler)).count();
        self.handlers.push((None, exc, depth));
        let id = self.handlers.len() - 1;
        self.handler_stack.push(id);
        id
    }

    fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    fn bind_handler_here(&mut self, id: usize) {
        self.handlers[id].0 = Some(self.pc());
    }

    /// Builds the code object: relocates constant registers and builds the
    /// exception table from each instruction's innermost handler.
    fn finish(mut self, name: &str) -> CodeObject {
        let const_base = self.max_temp;
        let relocate = |r: &mut Reg| {
            if *r != NO_REG && *r >= CONST_TAG {
                *r = const_base + (*r - CONST_TAG);
            }
        };
        for i in &mut self.instrs {
            i.for_each_reg_mut(relocate);
        }
        let mut table: Vec<ExceptionEntry> = Vec::new();
        for (pc, h) in self.instr_handler.iter().enumerate() {
            let Some(h) = h else { continue };
            let (Some(handler), exc, depth) = self.handlers[*h] else { continue };
            let pc = pc as Pc;
            if let Some(last) = table.last_mut() {
                if last.end == pc && last.handler == handler {
                    last.end = pc + 1;
                    continue;
                }
            }
            table.push(ExceptionEntry { start: pc, end: pc + 1, handler, exc, depth: depth as u32 });
        }
        let sc = self.scope_info();
        let nparams = sc.params.len() as u32;
        let cell_params = sc
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(i, n)| sc.params.iter().position(|p| p == n).map(|p| (i as u32, p as Reg)))
            .collect();
        let (argcount, posonly, kwonly, varargs, varkw) = self.signature.unwrap_or((nparams, 0, 0, false, false));
        let short_name: Rc<str> = Rc::from(name);
        CodeObject {
            kind: self.kind,
            name: short_name,
            qualname: Rc::from(self.qualname.as_str()),
            filename: self.filename.clone(),
            first_line: self.first_line,
            instrs: self.instrs,
            lines: self.instr_lines,
            positions: self.instr_positions,
            names: self.names,
            kwnames: self.kwnames,
            varnames: self.varnames,
            ncells: sc.cellvars.len() as u32,
            cellnames: self.cellnames,
            cell_params,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            has_varargs: varargs,
            has_varkw: varkw,
            nlocals: self.temp_base - sc.cellvars.len() as u32 - sc.freevars.len() as u32,
            cell_base: self.temp_base - (sc.cellvars.len() + sc.freevars.len()) as u32,
            const_base,
            nregs: const_base + self.consts.len() as u32,
            consts: self.consts,
            children: self.children,
            exception_table: table,
            loops: self.loops,
            nfeedback: self.nfeedback,
            doc: self.doc,
            warnings: self.warnings,
        }
    }
}
