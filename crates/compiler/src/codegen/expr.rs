//! Expressions: each compiles to instructions leaving its value in a register.

use super::{Block, Unit};
use crate::bytecode::*;
use crate::error::CompileError;
use crate::symtable::{NameScope, ScopeKind};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use rustpython_parser::ast::{self, Ranged};
use std::rc::Rc;

type R<T> = Result<T, CompileError>;

/// What a nested code object's body is.
pub(super) enum ChildBody<'a> {
    Function(&'a [ast::Stmt]),
    Lambda(&'a ast::Expr),
    Class(&'a [ast::Stmt]),
    Comprehension { kind: CompKind, elt: &'a ast::Expr, value: Option<&'a ast::Expr>, generators: &'a [ast::Comprehension] },
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Converts a literal to a bytecode constant.
pub(super) fn constant(c: &ast::Constant, line: u32) -> R<Constant> {
    Ok(match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(Rc::from(s.as_str())),
        ast::Constant::Int(i) => int_constant(i),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Tuple(items) => Constant::Tuple(items.iter().map(|c| constant(c, line)).collect::<R<_>>()?),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Bytes(_) => return Err(CompileError::unsupported("bytes literal", line)),
        ast::Constant::Complex { .. } => return Err(CompileError::unsupported("complex literal", line)),
    })
}

fn int_constant(i: &BigInt) -> Constant {
    match i.to_i64() {
        Some(v) => Constant::Int(v),
        None => Constant::BigInt(i.clone()),
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(v) => Some(BigInt::from(*v)),
        Constant::BigInt(v) => Some(v.clone()),
        _ => None,
    }
}

/// Folds `-literal` and small integer arithmetic on literals (`10**7`), as CPython's
/// AST optimizer does; big results are left to run time.
fn fold(e: &ast::Expr, line: u32) -> Option<Constant> {
    match e {
        ast::Expr::Constant(c) => constant(&c.value, line).ok(),
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match fold(&u.operand, line)? {
            Constant::Int(v) => Some(v.checked_neg().map(Constant::Int).unwrap_or_else(|| Constant::BigInt(-BigInt::from(v)))),
            Constant::BigInt(v) => Some(int_constant(&-v)),
            Constant::Float(f) => Some(Constant::Float(-f)),
            _ => None,
        },
        ast::Expr::BinOp(b) => {
            let l = as_int(&fold(&b.left, line)?)?;
            let r = as_int(&fold(&b.right, line)?)?;
            let v = match b.op {
                ast::Operator::Add => l + r,
                ast::Operator::Sub => l - r,
                ast::Operator::Mult => {
                    if l.bits() + r.bits() > 128 {
                        return None;
                    }
                    l * r
                }
                ast::Operator::Pow => {
                    let exp = r.to_u32()?;
                    if l.bits() * exp as u64 > 128 {
                        return None;
                    }
                    num_traits::pow(l, exp as usize)
                }
                _ => return None,
            };
            Some(int_constant(&v))
        }
        _ => None,
    }
}

/// Whether evaluating `e` into a local register would overwrite it before `e` has
/// finished reading its operands (short-circuit and chained comparisons).
pub(super) fn writes_dst_early(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::BoolOp(_) | ast::Expr::NamedExpr(_) => true,
        ast::Expr::Compare(c) => c.ops.len() > 1,
        _ => false,
    }
}

fn contains_walrus(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::NamedExpr(_) => true,
        E::BinOp(b) => contains_walrus(&b.left) || contains_walrus(&b.right),
        E::UnaryOp(u) => contains_walrus(&u.operand),
        E::BoolOp(b) => b.values.iter().any(contains_walrus),
        E::Compare(c) => contains_walrus(&c.left) || c.comparators.iter().any(contains_walrus),
        E::Call(c) => contains_walrus(&c.func) || c.args.iter().any(contains_walrus) || c.keywords.iter().any(|k| contains_walrus(&k.value)),
        E::IfExp(i) => contains_walrus(&i.test) || contains_walrus(&i.body) || contains_walrus(&i.orelse),
        E::Subscript(s) => contains_walrus(&s.value) || contains_walrus(&s.slice),
        E::Attribute(a) => contains_walrus(&a.value),
        E::Tuple(t) => t.elts.iter().any(contains_walrus),
        E::List(t) => t.elts.iter().any(contains_walrus),
        _ => false,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

pub(super) fn ast_binop(op: ast::Operator) -> BinOp {
    binop(op)
}

impl<'a> Unit<'a> {
    /// Compiles `e`, returning the register that holds its value: a local's own
    /// register, a constant register, or a new temporary.
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> R<Reg> {
        let line = self.lines.line_of(e.range().start().to_u32());
        if let Some(c) = fold(e, line) {
            return Ok(self.const_reg(c));
        }
        if let ast::Expr::Name(n) = e {
            if let NameScope::Local = self.scope_info().lookup(n.id.as_str()) {
                if let Some(r) = self.locals.get(n.id.as_str()).copied() {
                    self.check_bound(r);
                    return Ok(r);
                }
            }
        }
        let t = self.temp();
        self.expr_to(e, t)?;
        Ok(t)
    }

    /// Like `expr`, but always into a fresh temporary (a snapshot of the value).
    pub(super) fn expr_temp(&mut self, e: &'a ast::Expr) -> R<Reg> {
        let t = self.temp();
        self.expr_to(e, t)?;
        Ok(t)
    }

    pub(super) fn check_bound(&mut self, r: Reg) {
        if !self.assigned.contains(&r) || self.deleted.contains(&r) {
            self.emit(Instr::CheckBound { reg: r });
            if !self.deleted.contains(&r) {
                self.assigned.insert(r);
            }
        }
    }

    /// Compiles `e` leaving its value in `dst`.
    pub(super) fn expr_to(&mut self, e: &'a ast::Expr, dst: Reg) -> R<()> {
        use ast::Expr as E;
        let saved_line = self.line;
        let saved_pos = self.pos;
        let anchor = match e {
            E::BinOp(b) => Anchor::BinOp { left_end: b.left.range().end().to_u32(), right_start: b.right.range().start().to_u32() },
            E::Subscript(s) => Anchor::Subscript { value_end: s.value.range().end().to_u32(), slice_end: s.slice.range().end().to_u32() },
            _ => Anchor::None,
        };
        self.set_pos(e, anchor);
        let line = self.line;
        if let Some(c) = fold(e, line) {
            let r = self.const_reg(c);
            self.emit(Instr::Move { dst, src: r });
            self.line = saved_line;
            self.pos = saved_pos;
            return Ok(());
        }
        let mark = self.mark();
        match e {
            E::Name(n) => self.load_name_to(n.id.as_str(), dst),
            E::Constant(c) => {
                let k = constant(&c.value, line)?;
                let r = self.const_reg(k);
                self.emit(Instr::Move { dst, src: r });
            }
            E::BinOp(b) => {
                let l = if contains_walrus(&b.right) { self.expr_temp(&b.left)? } else { self.expr(&b.left)? };
                let r = self.expr(&b.right)?;
                self.set_pos(e, anchor);
                let fb = self.feedback();
                let op = binop(b.op);
                self.emit(match op {
                    BinOp::Add => Instr::Add { dst, a: l, b: r, fb },
                    BinOp::Sub => Instr::Sub { dst, a: l, b: r, fb },
                    BinOp::Mul => Instr::Mul { dst, a: l, b: r, fb },
                    BinOp::TrueDiv => Instr::TrueDiv { dst, a: l, b: r, fb },
                    BinOp::FloorDiv => Instr::FloorDiv { dst, a: l, b: r, fb },
                    BinOp::Mod => Instr::Mod { dst, a: l, b: r, fb },
                    BinOp::Pow => Instr::Pow { dst, a: l, b: r, fb },
                    op => Instr::BinaryOp { op, dst, a: l, b: r, fb },
                });
            }
            E::UnaryOp(u) => {
                let src = self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                let fb = self.feedback();
                self.emit(Instr::Unary { op, dst, src, fb });
            }
            E::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i + 1 < b.values.len() {
                        jumps.push(match b.op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalse { cond: dst, target: 0 }),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrue { cond: dst, target: 0 }),
                        });
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            E::Compare(c) => self.compare(c, dst)?,
            E::IfExp(i) => {
                let cond = self.expr(&i.test)?;
                let jf = self.emit(Instr::JumpIfFalse { cond, target: 0 });
                self.release(mark);
                self.expr_to(&i.body, dst)?;
                let je = self.emit(Instr::Jump { target: 0 });
                self.patch_here(jf);
                self.expr_to(&i.orelse, dst)?;
                self.patch_here(je);
            }
            E::NamedExpr(n) => {
                self.expr_to(&n.value, dst)?;
                if let E::Name(name) = n.target.as_ref() {
                    self.store_name_walrus(name.id.as_str(), dst);
                }
            }
            E::Call(c) => self.call(c, dst)?,
            E::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.name(a.attr.as_str());
                let fb = self.feedback();
                self.emit(Instr::LoadAttr { dst, obj, name, fb });
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let index = self.expr(&s.slice)?;
                self.set_pos(e, anchor);
                let fb = self.feedback();
                self.emit(Instr::Subscript { dst, obj, index, fb });
            }
            E::Slice(s) => {
                let part = |u: &mut Self, p: &'a Option<Box<ast::Expr>>| -> R<Reg> {
                    match p {
                        Some(x) => u.expr(x),
                        None => Ok(NO_REG),
                    }
                };
                let lower = part(self, &s.lower)?;
                let upper = part(self, &s.upper)?;
                let step = part(self, &s.step)?;
                self.emit(Instr::BuildSlice { dst, lower, upper, step });
            }
            E::List(l) => self.sequence(&l.elts, dst, SeqKind::List)?,
            E::Tuple(t) => self.sequence(&t.elts, dst, SeqKind::Tuple)?,
            E::Set(s) => self.sequence(&s.elts, dst, SeqKind::Set)?,
            E::Dict(d) => {
                let has_unpack = d.keys.iter().any(|k| k.is_none());
                if !has_unpack {
                    let n = d.keys.len() as u32;
                    let base = self.temps(2 * n);
                    for (i, (k, v)) in d.keys.iter().zip(d.values.iter()).enumerate() {
                        if let Some(k) = k {
                            self.expr_to(k, base + 2 * i as u32)?;
                        }
                        self.expr_to(v, base + 2 * i as u32 + 1)?;
                    }
                    self.emit(Instr::BuildDict { dst, start: base, n });
                } else {
                    let acc = self.temp();
                    self.emit(Instr::BuildDict { dst: acc, start: acc, n: 0 });
                    for (k, v) in d.keys.iter().zip(d.values.iter()) {
                        let m = self.mark();
                        match k {
                            Some(k) => {
                                let kr = self.expr(k)?;
                                let vr = self.expr(v)?;
                                self.emit(Instr::DictSet { dict: acc, key: kr, value: vr });
                            }
                            None => {
                                let vr = self.expr(v)?;
                                self.emit(Instr::DictUpdate { dict: acc, mapping: vr });
                            }
                        }
                        self.release(m);
                    }
                    self.emit(Instr::Move { dst, src: acc });
                }
            }
            E::ListComp(c) => self.comprehension(e, CompKind::List, &c.elt, None, &c.generators, dst)?,
            E::SetComp(c) => self.comprehension(e, CompKind::Set, &c.elt, None, &c.generators, dst)?,
            E::DictComp(c) => self.comprehension(e, CompKind::Dict, &c.key, Some(&c.value), &c.generators, dst)?,
            E::GeneratorExp(c) => self.comprehension(e, CompKind::Generator, &c.elt, None, &c.generators, dst)?,
            E::Lambda(l) => {
                let offset = e.range().start().to_u32();
                self.make_function(offset, "<lambda>", &l.args, ChildBody::Lambda(&l.body), dst)?;
            }
            E::JoinedStr(j) => self.joined_str(&j.values, dst)?,
            E::FormattedValue(f) => self.formatted_value(f, dst)?,
            E::Yield(y) => {
                let src = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.const_reg(Constant::None),
                };
                self.emit(Instr::Yield { dst, src });
            }
            E::YieldFrom(y) => {
                let v = self.expr(&y.value)?;
                let it = self.temp();
                self.emit(Instr::GetIter { dst: it, src: v });
                self.emit(Instr::YieldFrom { dst, iter: it });
            }
            E::Starred(_) => return Err(CompileError::syntax("can't use starred expression here", line, 0)),
            E::Await(_) => return Err(CompileError::unsupported("await", line)),
        }
        self.release(mark);
        self.line = saved_line;
        self.pos = saved_pos;
        Ok(())
    }

    /// CPython's `"is" with a literal` SyntaxWarning (`check_compare`).
    pub(super) fn warn_is_literal(&mut self, c: &ast::ExprCompare) {
        let literal = |e: &ast::Expr| match e {
            ast::Expr::Constant(k) => !matches!(k.value, ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis),
            _ => false,
        };
        let mut left = c.left.as_ref();
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let (is, suggestion) = match op {
                ast::CmpOp::Is => (true, "\"is\" with a literal. Did you mean \"==\"?"),
                ast::CmpOp::IsNot => (true, "\"is not\" with a literal. Did you mean \"!=\"?"),
                _ => (false, ""),
            };
            if is && (literal(left) || literal(right)) {
                let line = self.lines.line_of(c.range.start().to_u32());
                self.warnings.push((line, suggestion.to_string()));
            }
            left = right;
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Reg) -> R<()> {
        self.warn_is_literal(c);
        let mut left = self.expr(&c.left)?;
        let mut jumps = Vec::new();
        let n = c.ops.len();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            // A middle operand is evaluated once and reused by the next comparison.
            let right = if i + 1 < n { self.expr_temp(right)? } else { self.expr(right)? };
            let fb = self.feedback();
            let a = left;
            let b = right;
            self.emit(match op {
                ast::CmpOp::Eq => Instr::Compare { op: CmpOp::Eq, dst, a, b, fb },
                ast::CmpOp::NotEq => Instr::Compare { op: CmpOp::Ne, dst, a, b, fb },
                ast::CmpOp::Lt => Instr::Compare { op: CmpOp::Lt, dst, a, b, fb },
                ast::CmpOp::LtE => Instr::Compare { op: CmpOp::Le, dst, a, b, fb },
                ast::CmpOp::Gt => Instr::Compare { op: CmpOp::Gt, dst, a, b, fb },
                ast::CmpOp::GtE => Instr::Compare { op: CmpOp::Ge, dst, a, b, fb },
                ast::CmpOp::Is => Instr::Is { dst, a, b, negate: false },
                ast::CmpOp::IsNot => Instr::Is { dst, a, b, negate: true },
                ast::CmpOp::In => Instr::Contains { dst, item: a, container: b, negate: false, fb },
                ast::CmpOp::NotIn => Instr::Contains { dst, item: a, container: b, negate: true, fb },
            });
            if i + 1 < n {
                jumps.push(self.emit(Instr::JumpIfFalse { cond: dst, target: 0 }));
            }
            left = right;
        }
        for j in jumps {
            self.patch_here(j);
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> R<()> {
        let simple = !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) && c.keywords.iter().all(|k| k.arg.is_some());
        // Zero-argument super(): pass the __class__ cell and the first argument.
        if let ast::Expr::Name(n) = c.func.as_ref() {
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                if let (Some(cls_cell), Some(first)) = (self.cells.get("__class__").copied(), self.scope_info().params.first().cloned()) {
                    let f = self.expr_temp(&c.func)?;
                    let base = self.temps(2);
                    self.emit(Instr::LoadDeref { dst: base, cell: cls_cell });
                    self.load_name_to(&first, base + 1);
                    let fb = self.feedback();
                    self.emit(Instr::Call { dst, func: f, base, nargs: 2, fb });
                    return Ok(());
                }
            }
        }
        if simple && c.keywords.is_empty() {
            if let ast::Expr::Attribute(a) = c.func.as_ref() {
                let n = c.args.len() as u32;
                let base = self.temps(n + 1);
                self.expr_to(&a.value, base)?;
                for (i, arg) in c.args.iter().enumerate() {
                    self.expr_to(arg, base + 1 + i as u32)?;
                }
                let name = self.name(a.attr.as_str());
                let fb = self.feedback();
                self.set_line(c.range.start().to_u32());
                self.emit(Instr::CallMethod { dst, name, base, nargs: n, fb });
                return Ok(());
            }
        }
        let func = self.expr(&c.func)?;
        let func = if self.is_local_reg(func) && (c.args.iter().any(contains_walrus)) { self.expr_temp(&c.func)? } else { func };
        if simple {
            let npos = c.args.len() as u32;
            let nkw = c.keywords.len() as u32;
            let base = self.temps(npos + nkw);
            for (i, arg) in c.args.iter().enumerate() {
                self.expr_to(arg, base + i as u32)?;
            }
            for (i, k) in c.keywords.iter().enumerate() {
                self.expr_to(&k.value, base + npos + i as u32)?;
            }
            self.set_line(c.range.start().to_u32());
            let fb = self.feedback();
            if nkw == 0 {
                self.emit(Instr::Call { dst, func, base, nargs: npos, fb });
            } else {
                // Keyword names are not mangled, like the parameter names they bind.
                let names = c.keywords.iter().map(|k| Rc::from(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""))).collect();
                self.kwnames.push(names);
                let kw = self.kwnames.len() as u32 - 1;
                self.emit(Instr::CallKw { dst, func, base, nargs: npos + nkw, kw, fb });
            }
            return Ok(());
        }
        let list = self.temp();
        self.emit(Instr::BuildList { dst: list, start: list, n: 0 });
        for arg in &c.args {
            let m = self.mark();
            match arg {
                ast::Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.emit(Instr::CallArgsExtend { list, iterable: v, func });
                }
                other => {
                    let v = self.expr(other)?;
                    self.emit(Instr::ListAppend { list, item: v });
                }
            }
            self.release(m);
        }
        self.emit(Instr::ListToTuple { dst: list, src: list });
        let kwargs = if c.keywords.is_empty() {
            NO_REG
        } else {
            let d = self.temp();
            self.emit(Instr::BuildDict { dst: d, start: d, n: 0 });
            for k in &c.keywords {
                let m = self.mark();
                let v = self.expr(&k.value)?;
                match &k.arg {
                    Some(name) => {
                        let key = self.const_reg(Constant::Str(Rc::from(name.as_str())));
                        self.emit(Instr::DictSet { dict: d, key, value: v });
                    }
                    None => {
                        self.emit(Instr::CallKwargsMerge { dict: d, mapping: v, func });
                    }
                }
                self.release(m);
            }
            d
        };
        self.set_line(c.range.start().to_u32());
        self.emit(Instr::CallEx { dst, func, args: list, kwargs });
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [ast::Expr], dst: Reg, kind: SeqKind) -> R<()> {
        let has_star = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if !has_star {
            let n = elts.len() as u32;
            let base = self.temps(n);
            for (i, e) in elts.iter().enumerate() {
                self.expr_to(e, base + i as u32)?;
            }
            self.emit(match kind {
                SeqKind::List => Instr::BuildList { dst, start: base, n },
                SeqKind::Tuple => Instr::BuildTuple { dst, start: base, n },
                SeqKind::Set => Instr::BuildSet { dst, start: base, n },
            });
            return Ok(());
        }
        let acc = self.temp();
        match kind {
            SeqKind::Set => self.emit(Instr::BuildSet { dst: acc, start: acc, n: 0 }),
            _ => self.emit(Instr::BuildList { dst: acc, start: acc, n: 0 }),
        };
        for e in elts {
            let m = self.mark();
            match (e, kind) {
                (ast::Expr::Starred(s), SeqKind::Set) => {
                    let v = self.expr(&s.value)?;
                    self.emit(Instr::SetUpdate { set: acc, iterable: v });
                }
                (ast::Expr::Starred(s), _) => {
                    let v = self.expr(&s.value)?;
                    self.emit(Instr::ListExtend { list: acc, iterable: v });
                }
                (other, SeqKind::Set) => {
                    let v = self.expr(other)?;
                    self.emit(Instr::SetAdd { set: acc, item: v });
                }
                (other, _) => {
                    let v = self.expr(other)?;
                    self.emit(Instr::ListAppend { list: acc, item: v });
                }
            }
            self.release(m);
        }
        match kind {
            SeqKind::Tuple => self.emit(Instr::ListToTuple { dst, src: acc }),
            _ => self.emit(Instr::Move { dst, src: acc }),
        };
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [ast::Expr], dst: Reg) -> R<()> {
        let n = values.len() as u32;
        let base = self.temps(n);
        for (i, v) in values.iter().enumerate() {
            match v {
                ast::Expr::Constant(c) => {
                    let k = constant(&c.value, self.line)?;
                    let r = self.const_reg(k);
                    self.emit(Instr::Move { dst: base + i as u32, src: r });
                }
                ast::Expr::FormattedValue(f) => self.formatted_value(f, base + i as u32)?,
                other => self.expr_to(other, base + i as u32)?,
            }
        }
        self.emit(Instr::BuildString { dst, start: base, n });
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue, dst: Reg) -> R<()> {
        let src = self.expr(&f.value)?;
        let spec = match &f.format_spec {
            Some(s) => match s.as_ref() {
                ast::Expr::JoinedStr(j) => {
                    let t = self.temp();
                    self.joined_str(&j.values, t)?;
                    t
                }
                other => self.expr(other)?,
            },
            None => NO_REG,
        };
        let conv = match f.conversion {
            ast::ConversionFlag::Str => Conversion::Str,
            ast::ConversionFlag::Repr => Conversion::Repr,
            ast::ConversionFlag::Ascii => Conversion::Ascii,
            _ => Conversion::None,
        };
        self.emit(Instr::FormatValue { dst, src, conv, spec });
        Ok(())
    }

    // ---- names ----------------------------------------------------------------

    pub(super) fn load_name_to(&mut self, name: &str, dst: Reg) {
        match self.scope_info().lookup(name) {
            NameScope::Local => match self.locals.get(name).copied() {
                Some(r) => {
                    self.check_bound(r);
                    if r != dst {
                        self.emit(Instr::Move { dst, src: r });
                    }
                }
                None => {
                    let n = self.name(name);
                    self.emit(Instr::LoadGlobal { dst, name: n });
                }
            },
            NameScope::Cell | NameScope::Free => {
                let cell = self.cells[name];
                self.emit(Instr::LoadDeref { dst, cell });
            }
            NameScope::Global => {
                let n = self.name(name);
                self.emit(Instr::LoadGlobal { dst, name: n });
            }
            NameScope::ClassName => {
                let n = self.name(name);
                self.emit(Instr::LoadName { dst, name: n });
            }
        }
    }

    pub(super) fn store_name(&mut self, name: &str, src: Reg) {
        match self.scope_info().lookup(name) {
            NameScope::Local => {
                let r = self.locals[name];
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
                if !self.deleted.contains(&r) {
                    self.assigned.insert(r);
                }
            }
            NameScope::Cell | NameScope::Free => {
                let cell = self.cells[name];
                self.emit(Instr::StoreDeref { cell, src });
            }
            NameScope::Global => {
                let n = self.name(name);
                self.emit(Instr::StoreGlobal { name: n, src });
            }
            NameScope::ClassName => {
                let n = self.name(name);
                self.emit(Instr::StoreName { name: n, src });
            }
        }
    }

    /// A walrus store: like `store_name`, but never marks the local as definitely bound
    /// (the walrus may sit in a branch that did not run).
    fn store_name_walrus(&mut self, name: &str, src: Reg) {
        let was = self.locals.get(name).map(|r| self.assigned.contains(r));
        self.store_name(name, src);
        if let (Some(false), Some(r)) = (was, self.locals.get(name).copied()) {
            self.assigned.remove(&r);
        }
    }

    // ---- nested code ----------------------------------------------------------

    fn child_qualname(&self, name: &str) -> String {
        match self.scope_info().kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", self.qualname, name),
            _ => format!("{}.<locals>.{}", self.qualname, name),
        }
    }

    /// Compiles a nested scope and returns its index in `children`.
    pub(super) fn compile_child(&mut self, offset: u32, scope_kind: ScopeKind, name: &str, args: Option<&'a ast::Arguments>, body: ChildBody<'a>) -> R<u32> {
        let line = self.lines.line_of(offset);
        let Some(scope) = self.table.scope_at(offset, scope_kind) else {
            return Err(CompileError::syntax(format!("internal error: no scope for {}", name), line, 0));
        };
        let is_gen = self.table.scopes[scope].is_generator;
        let kind = match body {
            ChildBody::Class(_) => CodeKind::Class,
            _ if is_gen => CodeKind::Generator,
            _ => CodeKind::Function,
        };
        let qualname = self.child_qualname(name);
        let mut unit = Unit::new(self.table, scope, self.lines, self.filename.clone(), qualname, kind, line);
        unit.private = match body {
            ChildBody::Class(_) => Some(Rc::from(name)),
            _ => self.private.clone(),
        };
        if let Some(a) = args {
            unit.signature = Some((
                (a.posonlyargs.len() + a.args.len()) as u32,
                a.posonlyargs.len() as u32,
                a.kwonlyargs.len() as u32,
                a.vararg.is_some(),
                a.kwarg.is_some(),
            ));
        }
        match body {
            ChildBody::Function(stmts) => {
                unit.doc = super::docstring(stmts);
                let stmts = if unit.doc.is_some() { &stmts[1..] } else { stmts };
                unit.stmts(stmts)?;
                let none = unit.const_reg(Constant::None);
                unit.emit(Instr::Return { src: none });
            }
            ChildBody::Lambda(e) => {
                let r = unit.expr(e)?;
                unit.emit(Instr::Return { src: r });
            }
            ChildBody::Class(stmts) => {
                let modname = unit.name("__name__");
                let t = unit.temp();
                unit.emit(Instr::LoadGlobal { dst: t, name: modname });
                let module_key = unit.name("__module__");
                unit.emit(Instr::StoreName { name: module_key, src: t });
                let qn = unit.const_reg(Constant::Str(Rc::from(unit.qualname.as_str())));
                let qk = unit.name("__qualname__");
                unit.emit(Instr::StoreName { name: qk, src: qn });
                unit.doc = super::docstring(stmts);
                let stmts = if let Some(d) = unit.doc.clone() {
                    let r = unit.const_reg(Constant::Str(d));
                    let k = unit.name("__doc__");
                    unit.emit(Instr::StoreName { name: k, src: r });
                    &stmts[1..]
                } else {
                    stmts
                };
                unit.setup_annotations(stmts);
                unit.stmts(stmts)?;
                let ret = match unit.cells.get("__class__").copied() {
                    Some(c) => c,
                    None => unit.const_reg(Constant::None),
                };
                unit.emit(Instr::Return { src: ret });
            }
            ChildBody::Comprehension { kind: ck, elt, value, generators } => {
                unit.comprehension_body(ck, elt, value, generators)?;
            }
        }
        let mut code = unit.finish(name);
        self.warnings.append(&mut code.warnings);
        self.children.push(Rc::new(code));
        Ok(self.children.len() as u32 - 1)
    }

    /// Copies the child's free variables into consecutive registers; returns the first.
    fn closure_cells(&mut self, child: u32) -> R<(Reg, u32)> {
        let code = self.children[child as usize].clone();
        let nfree = code.cellnames.len() as u32 - code.ncells;
        if nfree == 0 {
            return Ok((NO_REG, 0));
        }
        let base = self.temps(nfree);
        for (i, n) in code.cellnames[code.ncells as usize..].iter().enumerate() {
            let Some(src) = self.cells.get(n.as_ref()).copied() else {
                return Err(CompileError::syntax(format!("internal error: free variable '{}' not found", n), self.line, 0));
            };
            self.emit(Instr::Move { dst: base + i as u32, src });
        }
        Ok((base, nfree))
    }

    /// Evaluates defaults, compiles the body and emits `MakeFunction` into `dst`.
    pub(super) fn make_function(&mut self, offset: u32, name: &str, args: &'a ast::Arguments, body: ChildBody<'a>, dst: Reg) -> R<()> {
        let mark = self.mark();
        let positional: Vec<&ast::Expr> = args.posonlyargs.iter().chain(args.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        let defaults = if positional.is_empty() {
            NO_REG
        } else {
            let n = positional.len() as u32;
            let base = self.temps(n);
            for (i, d) in positional.iter().enumerate() {
                self.expr_to(d, base + i as u32)?;
            }
            let t = self.temp();
            self.emit(Instr::BuildTuple { dst: t, start: base, n });
            t
        };
        let kw: Vec<(&str, &ast::Expr)> = args.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d))).collect();
        let kwdefaults = if kw.is_empty() {
            NO_REG
        } else {
            let n = kw.len() as u32;
            let base = self.temps(2 * n);
            for (i, (k, d)) in kw.iter().enumerate() {
                let key = self.const_reg(Constant::Str(Rc::from(*k)));
                self.emit(Instr::Move { dst: base + 2 * i as u32, src: key });
                self.expr_to(d, base + 2 * i as u32 + 1)?;
            }
            let t = self.temp();
            self.emit(Instr::BuildDict { dst: t, start: base, n });
            t
        };
        let child = self.compile_child(offset, ScopeKind::Function, name, Some(args), body)?;
        let (cells, nfree) = self.closure_cells(child)?;
        self.emit(Instr::MakeFunction { dst, code: child, defaults, kwdefaults, cells, nfree });
        self.release(mark);
        Ok(())
    }

    fn comprehension(&mut self, e: &'a ast::Expr, kind: CompKind, elt: &'a ast::Expr, value: Option<&'a ast::Expr>, generators: &'a [ast::Comprehension], dst: Reg) -> R<()> {
        let offset = e.range().start().to_u32();
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let Some(first) = generators.first() else {
            return Err(CompileError::syntax("comprehension without a for clause", self.line, 0));
        };
        let f = self.temp();
        let child = self.compile_child(offset, ScopeKind::Comprehension, name, None, ChildBody::Comprehension { kind, elt, value, generators })?;
        let (cells, nfree) = self.closure_cells(child)?;
        self.emit(Instr::MakeFunction { dst: f, code: child, defaults: NO_REG, kwdefaults: NO_REG, cells, nfree });
        let src = self.expr(&first.iter)?;
        let it = self.temp();
        self.emit(Instr::GetIter { dst: it, src });
        let fb = self.feedback();
        self.emit(Instr::Call { dst, func: f, base: it, nargs: 1, fb });
        Ok(())
    }

    fn comprehension_body(&mut self, kind: CompKind, elt: &'a ast::Expr, value: Option<&'a ast::Expr>, generators: &'a [ast::Comprehension]) -> R<()> {
        let result = self.temp();
        match kind {
            CompKind::List => {
                self.emit(Instr::BuildList { dst: result, start: result, n: 0 });
            }
            CompKind::Set => {
                self.emit(Instr::BuildSet { dst: result, start: result, n: 0 });
            }
            CompKind::Dict => {
                self.emit(Instr::BuildDict { dst: result, start: result, n: 0 });
            }
            CompKind::Generator => {}
        }
        let mut loops = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let it = if i == 0 {
                0
            } else {
                let src = self.expr(&g.iter)?;
                let it = self.temp();
                self.emit(Instr::GetIter { dst: it, src });
                it
            };
            let header = self.pc();
            let item = self.temp();
            let fb = self.feedback();
            let for_iter = self.emit(Instr::ForIter { dst: item, iter: it, exit: 0, fb });
            self.assign_target(&g.target, item)?;
            let mut skips = Vec::new();
            for cond in &g.ifs {
                let m = self.mark();
                let c = self.expr(cond)?;
                skips.push(self.emit(Instr::JumpIfFalse { cond: c, target: header }));
                self.release(m);
            }
            loops.push((header, for_iter, skips));
        }
        let m = self.mark();
        match kind {
            CompKind::List => {
                let v = self.expr(elt)?;
                self.emit(Instr::ListAppend { list: result, item: v });
            }
            CompKind::Set => {
                let v = self.expr(elt)?;
                self.emit(Instr::SetAdd { set: result, item: v });
            }
            CompKind::Dict => {
                let k = self.expr(elt)?;
                let v = self.expr(value.expect("dict comprehension has a value"))?;
                self.emit(Instr::DictSet { dict: result, key: k, value: v });
            }
            CompKind::Generator => {
                let v = self.expr(elt)?;
                let sent = self.temp();
                self.emit(Instr::Yield { dst: sent, src: v });
            }
        }
        self.release(m);
        for (header, for_iter, skips) in loops.into_iter().rev() {
            let loop_id = self.loops.len() as u32;
            self.loops.push(LoopInfo { header, line: self.line });
            // A filtered-out item also takes the back-edge (as CPython 3.11's
            // `POP_JUMP_BACKWARD_IF_FALSE` does), so every iteration polls for
            // Ctrl-C and counts toward the loop's hotness.
            for skip in skips {
                self.patch_here(skip);
            }
            self.emit(Instr::JumpBackward { target: header, loop_id });
            self.patch_here(for_iter);
        }
        let ret = if kind == CompKind::Generator { self.const_reg(Constant::None) } else { result };
        self.emit(Instr::Return { src: ret });
        Ok(())
    }

    /// Whether a `break`/`continue`/`return` must run cleanup on the way out.
    pub(super) fn innermost_loop(&self) -> Option<usize> {
        self.blocks.iter().rposition(|b| matches!(b, Block::Loop { .. }))
    }
}

#[derive(Clone, Copy)]
enum SeqKind {
    List,
    Tuple,
    Set,
}
