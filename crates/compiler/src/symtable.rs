//! Symbol tables: which names of each scope are local, global, cell or free.
//!
//! Mirrors the two passes of CPython's `Python/symtable.c`: a walk records how each
//! scope uses each name, then `analyze` resolves every name top-down, turning a local
//! captured by a nested function into a cell and the capturing name into a free
//! variable. Scopes are keyed by the byte offset where their AST node starts.

use crate::error::CompileError;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

/// Kind of scope, as in CPython's `_Py_block_ty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// A list/set/dict comprehension or generator expression body.
    Comprehension,
}

/// Where a name lives at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    /// A register of the frame.
    Local,
    /// A cell owned by this scope (a local captured by an inner scope).
    Cell,
    /// A cell received from an enclosing scope.
    Free,
    /// Module globals then builtins.
    Global,
    /// A class body's namespace, then globals, then builtins.
    ClassName,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;

/// One scope's symbols after analysis.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    flags: HashMap<String, u8>,
    resolved: HashMap<String, NameScope>,
    /// Names in first-binding order (parameters first).
    pub order: Vec<String>,
    pub params: Vec<String>,
    pub is_generator: bool,
    pub children: Vec<usize>,
    /// Own cells, in register order (`__class__` last for a class body that needs it).
    pub cellvars: Vec<String>,
    /// Free variables received from the closure, in register order after the cells.
    pub freevars: Vec<String>,
    /// Line of the scope's first statement, for errors.
    pub line: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, line: u32) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            children: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            line,
        }
    }

    fn add(&mut self, name: &str, flag: u8) {
        let entry = self.flags.entry(name.to_string()).or_insert_with(|| 0);
        if *entry == 0 {
            self.order.push(name.to_string());
        }
        *entry |= flag;
    }

    /// Where `name` lives in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Class => NameScope::ClassName,
            _ => NameScope::Global,
        }
    }

    /// Names resolved to `scope`, in first-binding order.
    pub fn names_with(&self, scope: NameScope) -> Vec<String> {
        self.order.iter().filter(|n| self.resolved.get(*n) == Some(&scope)).cloned().collect()
    }
}

/// All scopes of one module.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_offset: HashMap<(u32, u8), usize>,
}

impl SymbolTable {
    /// The scope created by the AST node starting at byte `offset` (0 = the module).
    pub fn scope_at(&self, offset: u32, kind: ScopeKind) -> Option<usize> {
        self.by_offset.get(&(offset, kind as u8)).copied()
    }
}

/// Builds and analyzes the symbol table of a module body.
///
/// Errors: `nonlocal` without an enclosing binding, `nonlocal` at module level, a name
/// declared both global and nonlocal, or assigned before its `global` declaration in the
/// way CPython rejects (`name 'x' is assigned to before global declaration`).
pub fn build(body: &[ast::Stmt], line_of: &dyn Fn(u32) -> u32) -> Result<SymbolTable, CompileError> {
    let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module, "<module>", 1)], by_offset: HashMap::new(), stack: vec![0], line_of };
    b.by_offset.insert((0, ScopeKind::Module as u8), 0);
    for s in body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable { scopes: b.scopes, by_offset: b.by_offset };
    analyze(&mut table, 0, &HashSet::new())?;
    Ok(table)
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_offset: HashMap<(u32, u8), usize>,
    stack: Vec<usize>,
    line_of: &'a dyn Fn(u32) -> u32,
}

impl Builder<'_> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().expect("scope stack is never empty");
        &mut self.scopes[i]
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, offset: u32) -> usize {
        let line = (self.line_of)(offset);
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, line));
        let parent = *self.stack.last().expect("scope stack is never empty");
        self.scopes[parent].children.push(idx);
        self.by_offset.insert((offset, kind as u8), idx);
        self.stack.push(idx);
        idx
    }

    fn bind(&mut self, name: &str) {
        self.cur().add(name, DEF_LOCAL);
    }

    fn use_name(&mut self, name: &str) {
        self.cur().add(name, USE);
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) {
        let add = |b: &mut Self, a: &ast::Arg| {
            b.cur().add(a.arg.as_str(), DEF_PARAM);
            b.cur().params.push(a.arg.to_string());
        };
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            add(self, &a.def);
        }
        for a in &args.kwonlyargs {
            add(self, &a.def);
        }
        if let Some(a) = &args.vararg {
            add(self, a);
        }
        if let Some(a) = &args.kwarg {
            add(self, a);
        }
    }

    fn defaults(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args.posonlyargs.iter().chain(args.args.iter()).chain(args.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.defaults(&f.args)?;
                self.bind(f.name.as_str());
                self.push_scope(ScopeKind::Function, f.name.as_str(), f.range.start().to_u32());
                self.params(&f.args);
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            S::AsyncFunctionDef(f) => {
                return Err(CompileError::unsupported("async def", (self.line_of)(f.range.start().to_u32())));
            }
            S::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(c.name.as_str());
                self.push_scope(ScopeKind::Class, c.name.as_str(), c.range.start().to_u32());
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            S::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            S::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            S::AugAssign(a) => {
                self.expr(&a.value)?;
                if let ast::Expr::Name(n) = a.target.as_ref() {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target)?;
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let ast::Expr::Name(n) = a.target.as_ref() {
                    // A bare annotation makes the name local without binding it.
                    self.bind(n.id.as_str());
                }
            }
            S::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            S::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            S::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            S::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            S::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            S::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            S::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            S::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound);
                }
            }
            S::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return Err(CompileError::unsupported("from ... import *", (self.line_of)(i.range.start().to_u32())));
                    }
                    self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
            }
            S::Global(g) => {
                for n in &g.names {
                    let line = (self.line_of)(g.range.start().to_u32());
                    let cur = self.cur();
                    if let Some(f) = cur.flags.get(n.as_str()) {
                        if f & (DEF_LOCAL | USE) != 0 && f & DEF_GLOBAL == 0 {
                            let what = if f & DEF_LOCAL != 0 { "assigned to" } else { "used" };
                            return Err(CompileError::syntax(format!("name '{}' is {} before global declaration", n, what), line, 0));
                        }
                        if f & DEF_PARAM != 0 {
                            return Err(CompileError::syntax(format!("name '{}' is parameter and global", n), line, 0));
                        }
                    }
                    cur.add(n.as_str(), DEF_GLOBAL);
                }
            }
            S::Nonlocal(g) => {
                let line = (self.line_of)(g.range.start().to_u32());
                if self.cur().kind == ScopeKind::Module {
                    return Err(CompileError::syntax("nonlocal declaration not allowed at module level", line, 0));
                }
                for n in &g.names {
                    let cur = self.cur();
                    if let Some(f) = cur.flags.get(n.as_str()) {
                        if f & (DEF_LOCAL | USE) != 0 && f & DEF_NONLOCAL == 0 {
                            let what = if f & DEF_LOCAL != 0 { "assigned to" } else { "used" };
                            return Err(CompileError::syntax(format!("name '{}' is {} before nonlocal declaration", n, what), line, 0));
                        }
                        if f & DEF_PARAM != 0 {
                            return Err(CompileError::syntax(format!("name '{}' is parameter and nonlocal", n), line, 0));
                        }
                    }
                    cur.add(n.as_str(), DEF_NONLOCAL);
                }
            }
            S::Expr(e) => self.expr(&e.value)?,
            S::Pass(_) | S::Break(_) | S::Continue(_) => {}
            S::AsyncWith(x) => return Err(CompileError::unsupported("async with", (self.line_of)(x.range.start().to_u32()))),
            S::AsyncFor(x) => return Err(CompileError::unsupported("async for", (self.line_of)(x.range.start().to_u32()))),
            S::Match(x) => return Err(CompileError::unsupported("match statement", (self.line_of)(x.range.start().to_u32()))),
            S::TryStar(x) => return Err(CompileError::unsupported("try/except*", (self.line_of)(x.range.start().to_u32()))),
            S::TypeAlias(x) => return Err(CompileError::unsupported("type alias statement", (self.line_of)(x.range.start().to_u32()))),
        }
        Ok(())
    }

    fn target(&mut self, t: &ast::Expr) -> Result<(), CompileError> {
        match t {
            ast::Expr::Name(n) => {
                self.bind(n.id.as_str());
                Ok(())
            }
            ast::Expr::Tuple(x) => x.elts.iter().try_for_each(|e| self.target(e)),
            ast::Expr::List(x) => x.elts.iter().try_for_each(|e| self.target(e)),
            ast::Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(&mut self, offset: u32, name: &str, generators: &[ast::Comprehension], elts: &[&ast::Expr]) -> Result<(), CompileError> {
        let Some(first) = generators.first() else { return Ok(()) };
        self.expr(&first.iter)?;
        self.push_scope(ScopeKind::Comprehension, name, offset);
        self.cur().add(".0", DEF_PARAM);
        self.cur().params.push(".0".to_string());
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.stack.pop();
                return Err(CompileError::unsupported("async comprehension", (self.line_of)(offset)));
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        Ok(())
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match e {
            E::BoolOp(x) => x.values.iter().try_for_each(|v| self.expr(v))?,
            E::NamedExpr(x) => {
                self.expr(&x.value)?;
                if let E::Name(n) = x.target.as_ref() {
                    // PEP 572: a walrus in a comprehension binds in the enclosing function
                    // (a global when that is the module or the name is declared global).
                    let mut depth = self.stack.len() - 1;
                    while depth > 0 && self.scopes[self.stack[depth]].kind == ScopeKind::Comprehension {
                        depth -= 1;
                    }
                    let owner = self.stack[depth];
                    let owner_global = self.scopes[owner].kind == ScopeKind::Module || self.scopes[owner].flags.get(n.id.as_str()).is_some_and(|f| f & DEF_GLOBAL != 0);
                    for d in depth + 1..self.stack.len() {
                        let flag = if owner_global { DEF_GLOBAL } else { DEF_NONLOCAL };
                        self.scopes[self.stack[d]].add(n.id.as_str(), flag);
                    }
                    self.scopes[owner].add(n.id.as_str(), DEF_LOCAL);
                }
            }
            E::BinOp(x) => {
                self.expr(&x.left)?;
                self.expr(&x.right)?;
            }
            E::UnaryOp(x) => self.expr(&x.operand)?,
            E::Lambda(x) => {
                self.defaults(&x.args)?;
                self.push_scope(ScopeKind::Function, "<lambda>", x.range.start().to_u32());
                self.params(&x.args);
                self.expr(&x.body)?;
                self.stack.pop();
            }
            E::IfExp(x) => {
                self.expr(&x.test)?;
                self.expr(&x.body)?;
                self.expr(&x.orelse)?;
            }
            E::Dict(x) => {
                for k in x.keys.iter().flatten() {
                    self.expr(k)?;
                }
                x.values.iter().try_for_each(|v| self.expr(v))?;
            }
            E::Set(x) => x.elts.iter().try_for_each(|v| self.expr(v))?,
            E::ListComp(x) => self.comprehension(x.range.start().to_u32(), "<listcomp>", &x.generators, &[&x.elt])?,
            E::SetComp(x) => self.comprehension(x.range.start().to_u32(), "<setcomp>", &x.generators, &[&x.elt])?,
            E::DictComp(x) => self.comprehension(x.range.start().to_u32(), "<dictcomp>", &x.generators, &[&x.key, &x.value])?,
            E::GeneratorExp(x) => self.comprehension(x.range.start().to_u32(), "<genexpr>", &x.generators, &[&x.elt])?,
            E::Await(x) => return Err(CompileError::unsupported("await", (self.line_of)(x.range.start().to_u32()))),
            E::Yield(x) => {
                self.mark_generator(x.range.start().to_u32())?;
                if let Some(v) = &x.value {
                    self.expr(v)?;
                }
            }
            E::YieldFrom(x) => {
                self.mark_generator(x.range.start().to_u32())?;
                self.expr(&x.value)?;
            }
            E::Compare(x) => {
                self.expr(&x.left)?;
                x.comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            E::Call(x) => {
                self.expr(&x.func)?;
                if let E::Name(n) = x.func.as_ref() {
                    if n.id.as_str() == "super" && x.args.is_empty() && self.cur().kind == ScopeKind::Function {
                        // Zero-argument super() reads the implicit __class__ cell and the
                        // first argument, as in CPython.
                        self.use_name("__class__");
                        if let Some(first) = self.cur().params.first().cloned() {
                            self.use_name(&first);
                        }
                    }
                }
                x.args.iter().try_for_each(|v| self.expr(v))?;
                x.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            E::FormattedValue(x) => {
                self.expr(&x.value)?;
                if let Some(s) = &x.format_spec {
                    self.expr(s)?;
                }
            }
            E::JoinedStr(x) => x.values.iter().try_for_each(|v| self.expr(v))?,
            E::Constant(_) => {}
            E::Attribute(x) => self.expr(&x.value)?,
            E::Subscript(x) => {
                self.expr(&x.value)?;
                self.expr(&x.slice)?;
            }
            E::Starred(x) => self.expr(&x.value)?,
            E::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str()),
                _ => self.bind(n.id.as_str()),
            },
            E::List(x) => x.elts.iter().try_for_each(|v| self.expr(v))?,
            E::Tuple(x) => x.elts.iter().try_for_each(|v| self.expr(v))?,
            E::Slice(x) => {
                for p in [&x.lower, &x.upper, &x.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, offset: u32) -> Result<(), CompileError> {
        let cur = self.cur();
        match cur.kind {
            ScopeKind::Function => {
                cur.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension if cur.name == "<genexpr>" => Ok(()),
            _ => Err(CompileError::syntax("'yield' outside function", (self.line_of)(offset), 0)),
        }
    }
}

/// Resolves every name of scope `idx`; returns the free names it needs from outside.
/// `enclosing` holds the names bound in enclosing function scopes.
fn analyze(table: &mut SymbolTable, idx: usize, enclosing: &HashSet<String>) -> Result<HashSet<String>, CompileError> {
    let kind = table.scopes[idx].kind;
    let mut free = HashSet::new();
    let mut resolved = HashMap::new();
    for name in table.scopes[idx].order.clone() {
        let f = table.scopes[idx].flags[&name];
        let scope = if f & DEF_GLOBAL != 0 {
            NameScope::Global
        } else if f & DEF_NONLOCAL != 0 {
            if !enclosing.contains(&name) {
                return Err(CompileError::syntax(format!("no binding for nonlocal '{}' found", name), table.scopes[idx].line, 0));
            }
            free.insert(name.clone());
            NameScope::Free
        } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
            match kind {
                ScopeKind::Module => NameScope::Global,
                ScopeKind::Class => NameScope::ClassName,
                _ => NameScope::Local,
            }
        } else if enclosing.contains(&name) && kind != ScopeKind::Module {
            free.insert(name.clone());
            NameScope::Free
        } else {
            match kind {
                ScopeKind::Class => NameScope::ClassName,
                _ => NameScope::Global,
            }
        };
        resolved.insert(name, scope);
    }
    let mut inner_bound = enclosing.clone();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for (n, s) in &resolved {
                if matches!(s, NameScope::Local) {
                    inner_bound.insert(n.clone());
                }
            }
        }
        ScopeKind::Class => {
            inner_bound.insert("__class__".to_string());
        }
        ScopeKind::Module => {}
    }
    let mut passthrough = Vec::new();
    let mut class_cell = false;
    for child in table.scopes[idx].children.clone() {
        let mut names: Vec<String> = analyze(table, child, &inner_bound)?.into_iter().collect();
        names.sort();
        for name in names {
            match resolved.get(&name).copied() {
                Some(NameScope::Local) => {
                    resolved.insert(name, NameScope::Cell);
                }
                Some(NameScope::Cell) | Some(NameScope::Free) => {}
                _ if kind == ScopeKind::Class && name == "__class__" => class_cell = true,
                _ => {
                    // Passes through this scope to an enclosing function.
                    if !table.scopes[idx].flags.contains_key(&name) {
                        table.scopes[idx].order.push(name.clone());
                        table.scopes[idx].flags.insert(name.clone(), 0);
                    }
                    if kind == ScopeKind::Class {
                        // The class body holds the cell for its methods but its own
                        // uses of the name still go through the namespace.
                        if !passthrough.contains(&name) {
                            passthrough.push(name.clone());
                        }
                    } else {
                        resolved.insert(name.clone(), NameScope::Free);
                    }
                    free.insert(name);
                }
            }
        }
    }
    let scope = &mut table.scopes[idx];
    scope.cellvars = scope.order.iter().filter(|n| resolved.get(*n) == Some(&NameScope::Cell)).cloned().collect();
    if class_cell {
        scope.cellvars.push("__class__".to_string());
    }
    scope.freevars = scope.order.iter().filter(|n| resolved.get(*n) == Some(&NameScope::Free)).cloned().collect();
    scope.freevars.extend(passthrough);
    table.scopes[idx].resolved = resolved;
    Ok(free)
}

/// The byte offset where an AST node starts (used as a scope key).
pub fn offset_of<T: Ranged>(node: &T) -> u32 {
    node.range().start().to_u32()
}
