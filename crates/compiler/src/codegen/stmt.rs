//! Statements, assignment targets, control flow and exception handling.

use super::expr::{ast_binop, writes_dst_early, ChildBody};
use super::{Block, Unit};
use crate::bytecode::*;
use crate::error::CompileError;
use crate::symtable::{NameScope, ScopeKind};
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashSet;

type R<T> = Result<T, CompileError>;

/// Truthiness of a compile-time constant (`None` if `e` is not constant).
fn const_truth(e: &ast::Expr) -> Option<bool> {
    if let ast::Expr::Constant(c) = e {
        return Some(match &c.value {
            ast::Constant::None => false,
            ast::Constant::Bool(b) => *b,
            ast::Constant::Str(s) => !s.is_empty(),
            ast::Constant::Int(i) => i.bits() != 0,
            ast::Constant::Float(f) => *f != 0.0,
            ast::Constant::Tuple(t) => !t.is_empty(),
            ast::Constant::Bytes(b) => !b.is_empty(),
            ast::Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            ast::Constant::Ellipsis => true,
        });
    }
    None
}

/// Names deleted (`del x`) or bound by `except ... as x` anywhere in a body, outside
/// nested scopes: such locals are never assumed bound.
fn deleted_names(body: &[ast::Stmt], out: &mut HashSet<String>) {
    fn targets(t: &ast::Expr, out: &mut HashSet<String>) {
        match t {
            ast::Expr::Name(n) => {
                out.insert(n.id.to_string());
            }
            ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| targets(e, out)),
            ast::Expr::List(x) => x.elts.iter().for_each(|e| targets(e, out)),
            _ => {}
        }
    }
    for s in body {
        use ast::Stmt as S;
        match s {
            S::Delete(d) => d.targets.iter().for_each(|t| targets(t, out)),
            S::For(f) => {
                deleted_names(&f.body, out);
                deleted_names(&f.orelse, out);
            }
            S::While(w) => {
                deleted_names(&w.body, out);
                deleted_names(&w.orelse, out);
            }
            S::If(i) => {
                deleted_names(&i.body, out);
                deleted_names(&i.orelse, out);
            }
            S::With(w) => deleted_names(&w.body, out),
            S::Try(t) => {
                deleted_names(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.insert(n.to_string());
                    }
                    deleted_names(&h.body, out);
                }
                deleted_names(&t.orelse, out);
                deleted_names(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// Whether a block has annotated assignments (then it gets an `__annotations__` dict).
fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        ast::Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        ast::Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        ast::Stmt::With(w) => has_annotations(&w.body),
        ast::Stmt::Try(t) => has_annotations(&t.body) || has_annotations(&t.orelse) || has_annotations(&t.finalbody),
        _ => false,
    })
}

impl<'a> Unit<'a> {
    /// `SETUP_ANNOTATIONS`: an empty `__annotations__` dict for module and class bodies
    /// that annotate names.
    pub(super) fn setup_annotations(&mut self, body: &'a [ast::Stmt]) {
        if !matches!(self.scope_info().kind, ScopeKind::Module | ScopeKind::Class) || !has_annotations(body) {
            return;
        }
        let d = self.temp();
        self.emit(Instr::BuildDict { dst: d, start: d, n: 0 });
        self.store_name("__annotations__", d);
        self.release(d);
    }

    pub(super) fn stmts(&mut self, body: &'a [ast::Stmt]) -> R<()> {
        if self.instrs.is_empty() {
            let mut names = HashSet::new();
            deleted_names(body, &mut names);
            for n in names {
                if let Some(r) = self.locals.get(&n) {
                    self.deleted.insert(*r);
                }
            }
        }
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> R<()> {
        use ast::Stmt as S;
        self.set_pos(s, Anchor::None);
        let mark = self.mark();
        match s {
            S::Expr(e) => {
                let t = self.temp();
                self.expr_to(&e.value, t)?;
            }
            S::Assign(a) => self.assign(&a.targets, &a.value)?,
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.assign(std::slice::from_ref(&a.target), v)?;
                }
                // Module and class bodies record `name: annotation` in `__annotations__`
                // (evaluated now, as CPython does without `from __future__ import annotations`).
                if let (true, ast::Expr::Name(n)) = (a.simple && matches!(self.scope_info().kind, ScopeKind::Module | ScopeKind::Class), a.target.as_ref()) {
                    let ann = self.expr(&a.annotation)?;
                    let d = self.temp();
                    self.load_name_to("__annotations__", d);
                    let key = self.const_reg(Constant::Str(std::rc::Rc::from(self.mangle(n.id.as_str()).as_ref())));
                    let fb = self.feedback();
                    self.emit(Instr::StoreSubscript { obj: d, index: key, src: ann, fb });
                }
            }
            S::AugAssign(a) => self.aug_assign(a)?,
            S::If(i) => {
                let jumps = self.jump_if(&i.test, false)?;
                self.release(mark);
                let before = self.assigned.clone();
                self.stmts(&i.body)?;
                if i.orelse.is_empty() {
                    for j in jumps {
                        self.patch_here(j);
                    }
                    self.assigned = before;
                } else {
                    let after_body = std::mem::replace(&mut self.assigned, before);
                    let end = self.emit(Instr::Jump { target: 0 });
                    for j in jumps {
                        self.patch_here(j);
                    }
                    self.stmts(&i.orelse)?;
                    self.assigned = self.assigned.intersection(&after_body).copied().collect();
                    self.patch_here(end);
                }
            }
            S::While(w) => {
                let before = self.assigned.clone();
                let header = self.pc();
                let loop_id = self.new_loop(header);
                let exits = self.jump_if(&w.test, false)?;
                self.release(mark);
                self.blocks.push(Block::Loop { header, breaks: Vec::new(), loop_id });
                self.stmts(&w.body)?;
                let breaks = self.pop_loop();
                self.set_line(s.range().start().to_u32());
                self.emit(Instr::JumpBackward { target: header, loop_id });
                for j in exits {
                    self.patch_here(j);
                }
                self.assigned = before.clone();
                self.stmts(&w.orelse)?;
                for j in breaks {
                    self.patch_here(j);
                }
                self.assigned = before;
            }
            S::For(f) => {
                let before = self.assigned.clone();
                let src = self.expr(&f.iter)?;
                // A temporary iterable is replaced by its iterator, so no other
                // register keeps it alive after the loop.
                let it = if src >= self.temp_base && src < super::CONST_TAG { src } else { self.temp() };
                self.emit(Instr::GetIter { dst: it, src });
                let header = self.pc();
                let loop_id = self.new_loop(header);
                let direct = match f.target.as_ref() {
                    ast::Expr::Name(n) if self.scope_info().lookup(n.id.as_str()) == NameScope::Local => self.locals.get(n.id.as_str()).copied(),
                    _ => None,
                };
                let item = direct.unwrap_or_else(|| self.temp());
                let fb = self.feedback();
                let for_iter = self.emit(Instr::ForIter { dst: item, iter: it, exit: 0, fb });
                if direct.is_some() {
                    if let ast::Expr::Name(n) = f.target.as_ref() {
                        self.store_name(n.id.as_str(), item);
                    }
                } else {
                    self.assign_target(&f.target, item)?;
                }
                self.blocks.push(Block::Loop { header, breaks: Vec::new(), loop_id });
                self.stmts(&f.body)?;
                let breaks = self.pop_loop();
                self.set_line(s.range().start().to_u32());
                self.emit(Instr::JumpBackward { target: header, loop_id });
                self.patch_here(for_iter);
                self.assigned = before.clone();
                self.stmts(&f.orelse)?;
                for j in breaks {
                    self.patch_here(j);
                }
                self.emit(Instr::ReleaseIter { reg: it });
                self.assigned = before;
            }
            S::Break(_) => {
                let Some(idx) = self.innermost_loop() else {
                    return Err(CompileError::syntax("'break' outside loop", self.line, 0));
                };
                self.unwind_to(idx + 1)?;
                let j = self.emit(Instr::Jump { target: 0 });
                if let Some(Block::Loop { breaks, .. }) = self.blocks.get_mut(idx) {
                    breaks.push(j);
                }
            }
            S::Continue(_) => {
                let Some(idx) = self.innermost_loop() else {
                    return Err(CompileError::syntax("'continue' not properly in loop", self.line, 0));
                };
                self.unwind_to(idx + 1)?;
                if let Some(Block::Loop { header, loop_id, .. }) = self.blocks.get(idx) {
                    let (target, loop_id) = (*header, *loop_id);
                    self.emit(Instr::JumpBackward { target, loop_id });
                }
            }
            S::Return(r) => {
                if !matches!(self.scope_info().kind, ScopeKind::Function | ScopeKind::Comprehension) && !self.eval_mode {
                    return Err(CompileError::syntax("'return' outside function", self.line, 0));
                }
                let needs_snapshot = self.blocks.iter().any(|b| !matches!(b, Block::Loop { .. }));
                let v = match &r.value {
                    Some(v) if needs_snapshot => self.expr_temp(v)?,
                    Some(v) => self.expr(v)?,
                    None => self.const_reg(Constant::None),
                };
                self.unwind_to(0)?;
                self.emit(Instr::Return { src: v });
            }
            S::Pass(_) | S::Global(_) | S::Nonlocal(_) => {}
            S::Raise(r) => {
                let exc = match &r.exc {
                    Some(e) => self.expr(e)?,
                    None => NO_REG,
                };
                let cause = match &r.cause {
                    Some(e) => self.expr(e)?,
                    None => NO_REG,
                };
                self.set_line(s.range().start().to_u32());
                self.emit(Instr::Raise { exc, cause });
            }
            S::Try(t) => self.try_stmt(t)?,
            S::Assert(a) => {
                let ok = self.jump_if(&a.test, true)?;
                // CPython reports a failed assert at its test expression.
                self.set_pos(a.test.as_ref(), Anchor::None);
                let t = self.temp();
                let name = self.name("AssertionError");
                self.emit(Instr::LoadBuiltin { dst: t, name });
                if let Some(m) = &a.msg {
                    let base = self.temp();
                    self.expr_to(m, base)?;
                    let fb = self.feedback();
                    self.emit(Instr::Call { dst: t, func: t, base, nargs: 1, fb });
                }
                self.set_pos(a.test.as_ref(), Anchor::None);
                self.emit(Instr::Raise { exc: t, cause: NO_REG });
                for j in ok {
                    self.patch_here(j);
                }
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            S::Import(i) => {
                for alias in &i.names {
                    let t = self.temp();
                    let full = alias.name.as_str();
                    let name = self.name(full);
                    self.emit(Instr::ImportName { dst: t, name });
                    match &alias.asname {
                        Some(asname) => {
                            for part in full.split('.').skip(1) {
                                let n = self.name(part);
                                let fb = self.feedback();
                                self.emit(Instr::LoadAttr { dst: t, obj: t, name: n, fb });
                            }
                            self.store_name(asname.as_str(), t);
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.store_name(top, t);
                        }
                    }
                }
            }
            S::ImportFrom(i) => {
                if i.level.map_or(0, |l| l.to_u32()) > 0 {
                    return Err(CompileError::unsupported("relative import", self.line));
                }
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let m = self.temp();
                let name = self.name(module);
                self.emit(Instr::ImportName { dst: m, name });
                for alias in &i.names {
                    let t = self.temp();
                    let n = self.name(alias.name.as_str());
                    self.emit(Instr::ImportFrom { dst: t, module: m, name: n });
                    self.store_name(alias.asname.as_ref().unwrap_or(&alias.name).as_str(), t);
                }
            }
            S::FunctionDef(f) => {
                let decorators = self.decorators(&f.decorator_list)?;
                let dst = self.temp();
                let offset = f.range.start().to_u32();
                self.make_function(offset, f.name.as_str(), &f.args, ChildBody::Function(&f.body), dst)?;
                self.apply_decorators(&decorators, dst);
                self.store_name(f.name.as_str(), dst);
            }
            S::ClassDef(c) => {
                if !c.keywords.is_empty() {
                    return Err(CompileError::unsupported("class keyword arguments (metaclass=...)", self.line));
                }
                let decorators = self.decorators(&c.decorator_list)?;
                let body = self.temp();
                let offset = c.range.start().to_u32();
                let child = self.compile_child(offset, ScopeKind::Class, c.name.as_str(), None, ChildBody::Class(&c.body))?;
                let code = self.children[child as usize].clone();
                let nfree = code.cellnames.len() as u32 - code.ncells;
                let cells = if nfree == 0 { NO_REG } else { self.temps(nfree) };
                for (i, n) in code.cellnames[code.ncells as usize..].iter().enumerate() {
                    let Some(src) = self.cells.get(n.as_ref()).copied() else {
                        return Err(CompileError::syntax(format!("internal error: free variable '{}' not found", n), self.line, 0));
                    };
                    self.emit(Instr::Move { dst: cells + i as u32, src });
                }
                self.emit(Instr::MakeFunction { dst: body, code: child, defaults: NO_REG, kwdefaults: NO_REG, cells, nfree });
                let nbases = c.bases.len() as u32;
                let bases = self.temps(nbases);
                for (i, b) in c.bases.iter().enumerate() {
                    self.expr_to(b, bases + i as u32)?;
                }
                let dst = self.temp();
                let name = self.name(c.name.as_str());
                self.set_line(offset);
                self.emit(Instr::BuildClass { dst, body, name, bases, nbases });
                self.apply_decorators(&decorators, dst);
                self.store_name(c.name.as_str(), dst);
            }
            S::With(w) => self.with_stmt(&w.items, &w.body)?,
            other => {
                let what = match other {
                    S::AsyncFunctionDef(_) => "async def",
                    S::AsyncFor(_) => "async for",
                    S::AsyncWith(_) => "async with",
                    S::Match(_) => "match statement",
                    S::TryStar(_) => "try/except*",
                    _ => "statement",
                };
                return Err(CompileError::unsupported(what, self.line));
            }
        }
        self.release(mark);
        Ok(())
    }

    fn new_loop(&mut self, header: Pc) -> u32 {
        self.loops.push(LoopInfo { header, line: self.line });
        self.loops.len() as u32 - 1
    }

    fn pop_loop(&mut self) -> Vec<Pc> {
        match self.blocks.pop() {
            Some(Block::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    fn decorators(&mut self, list: &'a [ast::Expr]) -> R<Vec<Reg>> {
        let mut regs = Vec::new();
        for d in list {
            regs.push(self.expr_temp(d)?);
        }
        Ok(regs)
    }

    fn apply_decorators(&mut self, decorators: &[Reg], target: Reg) {
        for d in decorators.iter().rev() {
            let fb = self.feedback();
            self.emit(Instr::Call { dst: target, func: *d, base: target, nargs: 1, fb });
        }
    }

    /// Emits the cleanup of every block above `depth` (innermost first), as a
    /// `return`/`break`/`continue` leaving them must.
    fn unwind_to(&mut self, depth: usize) -> R<()> {
        let mut i = self.blocks.len();
        while i > depth {
            i -= 1;
            match &self.blocks[i] {
                Block::Loop { .. } => {}
                Block::Handler => {
                    self.emit(Instr::ExitHandler);
                }
                Block::With { exit, handler_depth } => {
                    let (exit, hd) = (*exit, *handler_depth);
                    let saved = self.handler_stack.split_off(hd);
                    let t = self.temp();
                    self.emit(Instr::WithExit { dst: t, exit, exc: NO_REG });
                    self.handler_stack.extend(saved);
                }
                Block::Finally { body, handler_depth } => {
                    let (body, hd) = (*body, *handler_depth);
                    // The finally body runs outside the try it protects.
                    let saved_handlers = self.handler_stack.split_off(hd);
                    let saved_blocks = self.blocks.split_off(i);
                    let saved_assigned = self.assigned.clone();
                    self.stmts(body)?;
                    self.assigned = saved_assigned;
                    self.blocks.extend(saved_blocks);
                    self.handler_stack.extend(saved_handlers);
                }
            }
        }
        Ok(())
    }

    /// Emits jumps taken when `truth(e) == when`; falls through otherwise.
    fn jump_if(&mut self, e: &'a ast::Expr, when: bool) -> R<Vec<Pc>> {
        if let Some(t) = const_truth(e) {
            return Ok(if t == when { vec![self.emit(Instr::Jump { target: 0 })] } else { Vec::new() });
        }
        match e {
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !when),
            ast::Expr::BoolOp(b) => {
                // `and` jumps out on the first false; `or` on the first true.
                let short = matches!(b.op, ast::BoolOp::Or);
                let mut out = Vec::new();
                if short == when {
                    for v in &b.values {
                        out.extend(self.jump_if(v, when)?);
                    }
                } else {
                    let n = b.values.len();
                    let mut skips = Vec::new();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            skips.extend(self.jump_if(v, short)?);
                        } else {
                            out.extend(self.jump_if(v, when)?);
                        }
                    }
                    for s in skips {
                        self.patch_here(s);
                    }
                }
                Ok(out)
            }
            ast::Expr::Compare(c) if c.ops.len() == 1 && !matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn) => {
                let m = self.mark();
                let a = self.expr(&c.left)?;
                let b = self.expr(&c.comparators[0])?;
                self.release(m);
                let op = match c.ops[0] {
                    ast::CmpOp::Eq => CmpOp::Eq,
                    ast::CmpOp::NotEq => CmpOp::Ne,
                    ast::CmpOp::Lt => CmpOp::Lt,
                    ast::CmpOp::LtE => CmpOp::Le,
                    ast::CmpOp::Gt => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                let fb = self.feedback();
                self.set_pos(e, Anchor::None);
                Ok(vec![self.emit(Instr::CompareJump { op, a, b, when, target: 0, fb })])
            }
            _ => {
                let m = self.mark();
                let c = self.expr(e)?;
                self.release(m);
                Ok(vec![if when { self.emit(Instr::JumpIfTrue { cond: c, target: 0 }) } else { self.emit(Instr::JumpIfFalse { cond: c, target: 0 }) }])
            }
        }
    }

    fn assign(&mut self, targets: &'a [ast::Expr], value: &'a ast::Expr) -> R<()> {
        if let [target] = targets {
            if let ast::Expr::Name(n) = target {
                if self.scope_info().lookup(n.id.as_str()) == NameScope::Local && !writes_dst_early(value) {
                    if let Some(r) = self.locals.get(n.id.as_str()).copied() {
                        self.expr_to(value, r)?;
                        if !self.deleted.contains(&r) {
                            self.assigned.insert(r);
                        }
                        return Ok(());
                    }
                }
            }
            // `a, b = b, a`: evaluate every element, then store, without a tuple.
            let elts = |e: &'a ast::Expr| -> &'a [ast::Expr] {
                match e {
                    ast::Expr::Tuple(t) => &t.elts,
                    ast::Expr::List(l) => &l.elts,
                    _ => &[],
                }
            };
            let (t_elts, v_elts) = (elts(target), elts(value));
            let starred = |e: &ast::Expr| matches!(e, ast::Expr::Starred(_));
            if !t_elts.is_empty() && t_elts.len() == v_elts.len() && !t_elts.iter().any(starred) && !v_elts.iter().any(starred) {
                let base = self.temps(v_elts.len() as u32);
                for (i, v) in v_elts.iter().enumerate() {
                    self.expr_to(v, base + i as u32)?;
                }
                for (i, t) in t_elts.iter().enumerate() {
                    self.assign_target(t, base + i as u32)?;
                }
                return Ok(());
            }
        }
        let v = if writes_dst_early(value) { self.expr_temp(value)? } else { self.expr(value)? };
        for t in targets {
            self.assign_target(t, v)?;
        }
        Ok(())
    }

    /// Stores the value in `src` into an assignment target.
    pub(super) fn assign_target(&mut self, target: &'a ast::Expr, src: Reg) -> R<()> {
        use ast::Expr as E;
        let m = self.mark();
        match target {
            E::Name(n) => self.store_name(n.id.as_str(), src),
            E::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.name(a.attr.as_str());
                self.set_line(target.range().start().to_u32());
                self.emit(Instr::StoreAttr { obj, name, src });
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let index = self.expr(&s.slice)?;
                let fb = self.feedback();
                self.set_line(target.range().start().to_u32());
                self.emit(Instr::StoreSubscript { obj, index, src, fb });
            }
            E::Tuple(_) | E::List(_) => {
                let elts = match target {
                    E::Tuple(t) => &t.elts,
                    E::List(l) => &l.elts,
                    _ => unreachable!(),
                };
                let n = elts.len() as u32;
                let base = self.temps(n);
                match elts.iter().position(|e| matches!(e, E::Starred(_))) {
                    None => {
                        self.emit(Instr::UnpackSequence { dst: base, src, n });
                    }
                    Some(star) => {
                        if elts.iter().filter(|e| matches!(e, E::Starred(_))).count() > 1 {
                            return Err(CompileError::syntax("multiple starred expressions in assignment", self.line, 0));
                        }
                        self.emit(Instr::UnpackEx { dst: base, src, before: star as u32, after: n - star as u32 - 1 });
                    }
                }
                for (i, e) in elts.iter().enumerate() {
                    let e = if let E::Starred(s) = e { s.value.as_ref() } else { e };
                    self.assign_target(e, base + i as u32)?;
                }
            }
            E::Starred(_) => return Err(CompileError::syntax("starred assignment target must be in a list or tuple", self.line, 0)),
            _ => return Err(CompileError::syntax("cannot assign to expression", self.line, 0)),
        }
        self.release(m);
        Ok(())
    }

    fn delete_target(&mut self, target: &'a ast::Expr) -> R<()> {
        use ast::Expr as E;
        match target {
            E::Name(n) => self.delete_name(n.id.as_str()),
            E::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.name(a.attr.as_str());
                self.emit(Instr::DeleteAttr { obj, name });
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let index = self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscript { obj, index });
            }
            E::Tuple(t) => t.elts.iter().try_for_each(|e| self.delete_target(e))?,
            E::List(t) => t.elts.iter().try_for_each(|e| self.delete_target(e))?,
            _ => return Err(CompileError::syntax("cannot delete expression", self.line, 0)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R<()> {
        use ast::Expr as E;
        let op = ast_binop(a.op);
        match a.target.as_ref() {
            E::Name(n) => {
                let name = n.id.as_str();
                if self.scope_info().lookup(name) == NameScope::Local {
                    let r = self.locals[name];
                    let saved = self.pos;
                    self.set_pos(a.target.as_ref(), Anchor::None);
                    self.check_bound(r);
                    self.pos = saved;
                    let v = self.expr(&a.value)?;
                    let fb = self.feedback();
                    self.set_line(a.range.start().to_u32());
                    self.emit(Instr::InplaceOp { op, dst: r, a: r, b: v, fb });
                } else {
                    let t = self.temp();
                    self.load_name_to(name, t);
                    let v = self.expr(&a.value)?;
                    let fb = self.feedback();
                    self.set_line(a.range.start().to_u32());
                    self.emit(Instr::InplaceOp { op, dst: t, a: t, b: v, fb });
                    self.store_name(name, t);
                }
            }
            E::Attribute(at) => {
                let obj = self.expr(&at.value)?;
                let name = self.name(at.attr.as_str());
                let t = self.temp();
                let fb = self.feedback();
                self.emit(Instr::LoadAttr { dst: t, obj, name, fb });
                let v = self.expr(&a.value)?;
                let fb = self.feedback();
                self.emit(Instr::InplaceOp { op, dst: t, a: t, b: v, fb });
                self.emit(Instr::StoreAttr { obj, name, src: t });
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let index = self.expr(&s.slice)?;
                let t = self.temp();
                let fb = self.feedback();
                self.emit(Instr::Subscript { dst: t, obj, index, fb });
                let v = self.expr(&a.value)?;
                let fb = self.feedback();
                self.emit(Instr::InplaceOp { op, dst: t, a: t, b: v, fb });
                let fb = self.feedback();
                self.emit(Instr::StoreSubscript { obj, index, src: t, fb });
            }
            _ => return Err(CompileError::syntax("'expression' is an illegal expression for augmented assignment", self.line, 0)),
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> R<()> {
        if t.finalbody.is_empty() {
            return self.try_except(&t.body, &t.handlers, &t.orelse);
        }
        let before = self.assigned.clone();
        let exc = self.temp();
        let h = self.push_handler(exc);
        let depth = self.handler_stack.len() - 1;
        self.blocks.push(Block::Finally { body: &t.finalbody, handler_depth: depth });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse)?;
        }
        self.blocks.pop();
        self.pop_handler();
        self.assigned = before.clone();
        self.stmts(&t.finalbody)?;
        let end = self.emit(Instr::Jump { target: 0 });
        self.bind_handler_here(h);
        self.assigned = before.clone();
        self.emit(Instr::EnterHandler { exc });
        self.blocks.push(Block::Handler);
        self.stmts(&t.finalbody)?;
        self.blocks.pop();
        self.emit(Instr::ExitHandler);
        self.emit(Instr::Reraise { exc });
        self.patch_here(end);
        self.assigned = before;
        Ok(())
    }

    fn try_except(&mut self, body: &'a [ast::Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [ast::Stmt]) -> R<()> {
        let before = self.assigned.clone();
        let exc = self.temp();
        let h = self.push_handler(exc);
        self.stmts(body)?;
        self.pop_handler();
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump { target: 0 })];
        self.bind_handler_here(h);
        self.emit(Instr::EnterHandler { exc });
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(hd) = handler;
            self.set_line(hd.range.start().to_u32());
            self.assigned = before.clone();
            let m = self.mark();
            let next = match &hd.type_ {
                Some(ty) => {
                    let t = self.expr(ty)?;
                    let matched = self.temp();
                    self.emit(Instr::CheckExcMatch { dst: matched, exc, typ: t });
                    Some(self.emit(Instr::JumpIfFalse { cond: matched, target: 0 }))
                }
                None => None,
            };
            self.release(m);
            if let Some(n) = &hd.name {
                self.store_name(n.as_str(), exc);
            }
            self.blocks.push(Block::Handler);
            self.stmts(&hd.body)?;
            self.blocks.pop();
            self.emit(Instr::ExitHandler);
            if let Some(n) = &hd.name {
                let none = self.const_reg(Constant::None);
                self.store_name(n.as_str(), none);
                self.delete_name(n.as_str());
            }
            ends.push(self.emit(Instr::Jump { target: 0 }));
            if let Some(j) = next {
                self.patch_here(j);
            }
        }
        self.emit(Instr::Reraise { exc });
        for j in ends {
            self.patch_here(j);
        }
        self.assigned = before;
        Ok(())
    }

    /// `del name` (also the implicit deletion of an `except ... as name` target).
    fn delete_name(&mut self, name: &str) {
        match self.scope_info().lookup(name) {
            NameScope::Local => {
                let reg = self.locals[name];
                self.emit(Instr::DeleteLocal { reg });
                self.assigned.remove(&reg);
            }
            NameScope::Cell | NameScope::Free => {
                let cell = self.cells[name];
                self.emit(Instr::DeleteDeref { cell });
            }
            NameScope::Global => {
                let n = self.name(name);
                self.emit(Instr::DeleteGlobal { name: n });
            }
            NameScope::ClassName => {
                let n = self.name(name);
                self.emit(Instr::DeleteName { name: n });
            }
        }
    }

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt]) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.expr(&item.context_expr)?;
        let exit = self.temp();
        let value = self.temp();
        self.emit(Instr::WithEnter { dst: value, exit, mgr });
        if let Some(v) = &item.optional_vars {
            self.assign_target(v, value)?;
        }
        let exc = self.temp();
        let h = self.push_handler(exc);
        let depth = self.handler_stack.len() - 1;
        self.blocks.push(Block::With { exit, handler_depth: depth });
        self.with_stmt(rest, body)?;
        self.blocks.pop();
        self.pop_handler();
        let t = self.temp();
        self.emit(Instr::WithExit { dst: t, exit, exc: NO_REG });
        let end = self.emit(Instr::Jump { target: 0 });
        self.bind_handler_here(h);
        self.emit(Instr::EnterHandler { exc });
        self.emit(Instr::WithExit { dst: t, exit, exc });
        let suppressed = self.emit(Instr::JumpIfTrue { cond: t, target: 0 });
        self.emit(Instr::Reraise { exc });
        self.patch_here(suppressed);
        self.emit(Instr::ExitHandler);
        self.patch_here(end);
        Ok(())
    }
}
