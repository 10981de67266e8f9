//! The register-based bytecode: instructions, code objects and their side tables.
//!
//! A frame is a register file laid out as
//! `[parameters and locals | cells and free variables | temporaries | constants]`
//! plus a program counter. Constants are copied into their registers when the frame
//! is created, so no instruction needs a constant-pool operand. This layout is also
//! what the JIT deoptimizes into (see `../shared/DESIGN.md`, invariant 1).

use num_bigint::BigInt;
use std::rc::Rc;

/// A register index into the frame's register file.
pub type Reg = u32;
/// An instruction index (program counter value).
pub type Pc = u32;
/// A type-feedback slot index into the code object's feedback table.
pub type Feedback = u32;

/// A compile-time constant. `Str` holds the exact text; `BigInt` only values that do not
/// fit an `i64`.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(Rc<str>),
    Tuple(Vec<Constant>),
    Ellipsis,
}

/// Binary operators that have no dedicated instruction. Names follow Python's `operator`
/// module; the `Inplace*` forms are the augmented assignments (`x += y`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator's source symbol, as used in CPython's error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
    /// The dunder method implementing the operator (`__add__`).
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::MatMul => "__matmul__",
            BinOp::TrueDiv => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::BitAnd => "__and__",
            BinOp::BitOr => "__or__",
            BinOp::BitXor => "__xor__",
        }
    }
    /// The reflected dunder method (`__radd__`).
    pub fn rdunder(self) -> &'static str {
        match self {
            BinOp::Add => "__radd__",
            BinOp::Sub => "__rsub__",
            BinOp::Mul => "__rmul__",
            BinOp::MatMul => "__rmatmul__",
            BinOp::TrueDiv => "__rtruediv__",
            BinOp::FloorDiv => "__rfloordiv__",
            BinOp::Mod => "__rmod__",
            BinOp::Pow => "__rpow__",
            BinOp::LShift => "__rlshift__",
            BinOp::RShift => "__rrshift__",
            BinOp::BitAnd => "__rand__",
            BinOp::BitOr => "__ror__",
            BinOp::BitXor => "__rxor__",
        }
    }
    /// The in-place dunder method (`__iadd__`).
    pub fn idunder(self) -> &'static str {
        match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::MatMul => "__imatmul__",
            BinOp::TrueDiv => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::Pow => "__ipow__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::BitAnd => "__iand__",
            BinOp::BitOr => "__ior__",
            BinOp::BitXor => "__ixor__",
        }
    }
}

/// Rich comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// Source symbol, as in CPython's `'<' not supported between ...` message.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The dunder method (`__lt__`).
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator with swapped operands (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

/// `!s`, `!r`, `!a` conversions of an f-string replacement field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// A register operand that may be absent (`NO_REG`).
pub const NO_REG: Reg = u32::MAX;

/// One bytecode instruction. Register operands are named `dst` (written) and
/// `a`, `b`, `src`, ... (read). `fb` is the instruction's type-feedback slot.
#[derive(Debug, Clone, PartialEq)]
pub enum Instr {
    /// `dst = src`.
    Move { dst: Reg, src: Reg },
    /// `dst = globals[names[name]]`, falling back to builtins; NameError if unbound.
    LoadGlobal { dst: Reg, name: u32 },
    /// `globals[names[name]] = src`.
    StoreGlobal { name: u32, src: Reg },
    /// `del globals[names[name]]`.
    DeleteGlobal { name: u32 },
    /// Class-body name lookup: namespace, then globals, then builtins.
    LoadName { dst: Reg, name: u32 },
    /// Class-body store into the namespace.
    StoreName { name: u32, src: Reg },
    /// Class-body delete from the namespace.
    DeleteName { name: u32 },
    /// `dst = builtins[names[name]]` (used for `AssertionError`, never shadowed).
    LoadBuiltin { dst: Reg, name: u32 },
    /// `dst = cell(reg).value`; NameError/UnboundLocalError if empty.
    LoadDeref { dst: Reg, cell: Reg },
    /// `cell(reg).value = src`.
    StoreDeref { cell: Reg, src: Reg },
    /// Empties the cell in `cell`.
    DeleteDeref { cell: Reg },
    /// Replaces the value in `reg` by a new cell holding it (CPython's MAKE_CELL).
    MakeCell { reg: Reg },
    /// Unbinds the local `reg` (`del x`); UnboundLocalError if already unbound.
    DeleteLocal { reg: Reg },
    /// Raises UnboundLocalError if the local `reg` is unbound.
    CheckBound { reg: Reg },

    /// `dst = a + b`.
    Add { dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// `dst = a - b`.
    Sub { dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// `dst = a * b`.
    Mul { dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// `dst = a / b`.
    TrueDiv { dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// `dst = a // b`.
    FloorDiv { dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// `dst = a % b` (also str %-formatting).
    Mod { dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// `dst = a ** b`.
    Pow { dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// Any other binary operator (`<<`, `>>`, `&`, `|`, `^`, `@`).
    BinaryOp { op: BinOp, dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// Augmented assignment `a op= b`, result in `dst` (usually `a`'s own register).
    InplaceOp { op: BinOp, dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// Rich comparison `dst = a op b`.
    Compare { op: CmpOp, dst: Reg, a: Reg, b: Reg, fb: Feedback },
    /// `dst = (a is b) != negate`.
    Is { dst: Reg, a: Reg, b: Reg, negate: bool },
    /// `dst = (item in container) != negate`.
    Contains { dst: Reg, item: Reg, container: Reg, negate: bool, fb: Feedback },
    /// `dst = op src`.
    Unary { op: UnaryOp, dst: Reg, src: Reg, fb: Feedback },

    /// `pc = target`.
    Jump { target: Pc },
    /// A loop back-edge to the header at `target`; counts iterations of loop `loop_id`.
    JumpBackward { target: Pc, loop_id: u32 },
    /// `if not truth(cond): pc = target`.
    JumpIfFalse { cond: Reg, target: Pc },
    /// `if truth(cond): pc = target`.
    JumpIfTrue { cond: Reg, target: Pc },
    /// `if (a op b) == when: pc = target` — a comparison fused with its branch.
    CompareJump { op: CmpOp, a: Reg, b: Reg, when: bool, target: Pc, fb: Feedback },

    /// `dst = iter(src)`.
    GetIter { dst: Reg, src: Reg },
    /// Drops the finished loop's iterator in `reg` (so an abandoned generator is
    /// finalized at once, as in CPython).
    ReleaseIter { reg: Reg },
    /// `dst = next(iter)`, or `pc = exit` when the iterator is exhausted.
    ForIter { dst: Reg, iter: Reg, exit: Pc, fb: Feedback },

    /// `dst = [regs[start..start+n]]`.
    BuildList { dst: Reg, start: Reg, n: u32 },
    /// `dst = (regs[start..start+n])`.
    BuildTuple { dst: Reg, start: Reg, n: u32 },
    /// `dst = {regs[start..start+n]}`.
    BuildSet { dst: Reg, start: Reg, n: u32 },
    /// `dst = {k0: v0, ...}` from `n` key/value register pairs starting at `start`.
    BuildDict { dst: Reg, start: Reg, n: u32 },
    /// `dst = slice(start, stop, step)` (`NO_REG` = None).
    BuildSlice { dst: Reg, lower: Reg, upper: Reg, step: Reg },
    /// `dst = ''.join(regs[start..start+n])` (each already a str), for f-strings.
    BuildString { dst: Reg, start: Reg, n: u32 },
    /// `dst = format(conv(src), spec)`; `spec` is `NO_REG` for no spec.
    FormatValue { dst: Reg, src: Reg, conv: Conversion, spec: Reg },
    /// `list.append(item)` (comprehensions and list displays).
    ListAppend { list: Reg, item: Reg },
    /// `list.extend(iterable)` (`[*a, *b]`).
    ListExtend { list: Reg, iterable: Reg },
    /// `set.add(item)`.
    SetAdd { set: Reg, item: Reg },
    /// `set.update(iterable)`.
    SetUpdate { set: Reg, iterable: Reg },
    /// `dict[key] = value` (comprehensions and displays).
    DictSet { dict: Reg, key: Reg, value: Reg },
    /// `dict.update(mapping)` (`{**a}`); TypeError if not a mapping.
    DictUpdate { dict: Reg, mapping: Reg },
    /// Adds the items of `iterable` to the call arguments being built in `list` for
    /// calling `func` (`f(*args)`), with CPython's error naming `func`.
    CallArgsExtend { list: Reg, iterable: Reg, func: Reg },
    /// Adds `mapping`'s items to the keyword arguments in `dict` for calling `func`
    /// (`f(**kwargs)`); a repeated keyword is a TypeError naming `func`.
    CallKwargsMerge { dict: Reg, mapping: Reg, func: Reg },
    /// `dst = tuple(list)`.
    ListToTuple { dst: Reg, src: Reg },

    /// `dst = obj[index]`.
    Subscript { dst: Reg, obj: Reg, index: Reg, fb: Feedback },
    /// `obj[index] = src`.
    StoreSubscript { obj: Reg, index: Reg, src: Reg, fb: Feedback },
    /// `del obj[index]`.
    DeleteSubscript { obj: Reg, index: Reg },
    /// `dst = obj.names[name]`.
    LoadAttr { dst: Reg, obj: Reg, name: u32, fb: Feedback },
    /// `obj.names[name] = src`.
    StoreAttr { obj: Reg, name: u32, src: Reg },
    /// `del obj.names[name]`.
    DeleteAttr { obj: Reg, name: u32 },

    /// `dst = func(regs[base..base+nargs])`.
    Call { dst: Reg, func: Reg, base: Reg, nargs: u32, fb: Feedback },
    /// Like `Call`, the last `kwnames[kw].len()` arguments being keyword arguments.
    CallKw { dst: Reg, func: Reg, base: Reg, nargs: u32, kw: u32, fb: Feedback },
    /// `dst = regs[base].names[name](regs[base+1..base+1+nargs])`, without a bound method.
    CallMethod { dst: Reg, name: u32, base: Reg, nargs: u32, fb: Feedback },
    /// `dst = func(*args, **kwargs)`; `args` holds a tuple, `kwargs` a dict or `NO_REG`.
    CallEx { dst: Reg, func: Reg, args: Reg, kwargs: Reg },
    /// `dst = function(children[code])` with positional defaults (a tuple or `NO_REG`),
    /// keyword-only defaults (a dict or `NO_REG`) and `nfree` closure cells starting at
    /// `cells` (copied from this frame's cell registers).
    MakeFunction { dst: Reg, code: u32, defaults: Reg, kwdefaults: Reg, cells: Reg, nfree: u32 },
    /// Runs the class body function `body` in a fresh namespace and builds the class
    /// `names[name]` with bases `regs[bases..bases+nbases]`.
    BuildClass { dst: Reg, body: Reg, name: u32, bases: Reg, nbases: u32 },
    /// Returns `src` to the caller.
    Return { src: Reg },
    /// Suspends a generator yielding `src`; on resume `dst` receives the sent value.
    Yield { dst: Reg, src: Reg },
    /// `dst = yield from iter`: delegates until the sub-iterator returns.
    YieldFrom { dst: Reg, iter: Reg },

    /// `raise exc from cause` (`NO_REG` for absent parts; both absent = bare re-raise of
    /// the exception being handled).
    Raise { exc: Reg, cause: Reg },
    /// Re-raises the exception held in `exc` keeping its traceback.
    Reraise { exc: Reg },
    /// `dst = exception exc matches type(s) typ` (`except typ:`).
    CheckExcMatch { dst: Reg, exc: Reg, typ: Reg },
    /// Marks `exc` as the exception being handled (for `__context__` and bare `raise`).
    EnterHandler { exc: Reg },
    /// Ends the innermost `EnterHandler`.
    ExitHandler,

    /// Unpacks `src` into exactly `n` registers starting at `dst`.
    UnpackSequence { dst: Reg, src: Reg, n: u32 },
    /// `a, *b, c = src`: `before` registers, then a list, then `after` registers.
    UnpackEx { dst: Reg, src: Reg, before: u32, after: u32 },
    /// `dst = import names[name]` (the top-level module).
    ImportName { dst: Reg, name: u32 },
    /// `dst = module.names[name]` for `from module import name`.
    ImportFrom { dst: Reg, module: Reg, name: u32 },
    /// `with`: `exit = type(mgr).__exit__` bound to mgr, `dst = mgr.__enter__()`.
    WithEnter { dst: Reg, exit: Reg, mgr: Reg },
    /// Calls `exit(type, exc, tb)` for the exception in `exc` (or `(None, None, None)` when
    /// `exc` is `NO_REG`); `dst` = whether the exception is suppressed.
    WithExit { dst: Reg, exit: Reg, exc: Reg },
    /// Does nothing.
    Nop,
}

/// An exception-table entry: an exception raised at a pc in `start..end` jumps to
/// `handler` with the exception stored in register `exc`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptionEntry {
    pub start: Pc,
    pub end: Pc,
    pub handler: Pc,
    pub exc: Reg,
    /// Number of `EnterHandler`s of this frame active at the `try`; the handled-exception
    /// stack is cut back to it when the handler is entered.
    pub depth: u32,
}

/// The source range of an instruction, as byte offsets into the module's source,
/// for CPython 3.11's traceback carets. `anchor` marks the operator of a binary
/// operation (`left_end..right_start`) or the brackets of a subscript
/// (`value_end..slice_end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub start: u32,
    pub end: u32,
    pub anchor: Anchor,
}

/// Which secondary range a traceback underlines with `^` (the rest gets `~`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Anchor {
    #[default]
    None,
    BinOp { left_end: u32, right_start: u32 },
    Subscript { value_end: u32, slice_end: u32 },
}

/// A loop header marker: the back-edge counter `loop_id` belongs to the loop whose
/// header (the target of its `JumpBackward`) is `header`, on source line `line`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopInfo {
    pub header: Pc,
    pub line: u32,
}

/// What kind of code a code object holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Generator,
    Class,
}

/// Compiled code for one scope (module, function, lambda, comprehension or class body).
///
/// Register layout: `0..nparams` parameters (positional, then keyword-only, then
/// `*args`, then `**kwargs`), up to `nlocals` other locals, `cell_base..` cells (own
/// cells first, then free variables received from the closure), temporaries, then
/// `const_base..nregs` constants.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    pub kind: CodeKind,
    /// The function's `__name__` (`<module>`, `<lambda>`, `<listcomp>` ...).
    pub name: Rc<str>,
    /// The dotted `__qualname__`.
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    /// Source range of each instruction (same length as `instrs`).
    pub positions: Vec<Position>,
    /// Names used by global/attribute/import instructions.
    pub names: Vec<Rc<str>>,
    /// Keyword-name lists of `CallKw` instructions.
    pub kwnames: Vec<Vec<Rc<str>>>,
    /// Local variable names, indexed by register (parameters first).
    pub varnames: Vec<Rc<str>>,
    /// Names of own cells then free variables, indexed from `cell_base`.
    pub cellnames: Vec<Rc<str>>,
    /// Number of own cells (the rest of `cellnames` are free variables).
    pub ncells: u32,
    /// For each own cell that is also a parameter, the parameter's register.
    pub cell_params: Vec<(u32, Reg)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub nlocals: u32,
    pub cell_base: Reg,
    pub const_base: Reg,
    pub consts: Vec<Constant>,
    pub nregs: u32,
    /// Nested code objects referenced by `MakeFunction`.
    pub children: Vec<Rc<CodeObject>>,
    pub exception_table: Vec<ExceptionEntry>,
    pub loops: Vec<LoopInfo>,
    /// Number of type-feedback slots used by instructions.
    pub nfeedback: u32,
    /// The docstring, if the body starts with a string literal.
    pub doc: Option<Rc<str>>,
    /// Compile-time warnings `(line, message)` of this code and its children, in
    /// source order (only filled in on the module's code object).
    pub warnings: Vec<(u32, String)>,
}

impl CodeObject {
    /// Number of parameter registers (`argcount + kwonlyargcount + *args + **kwargs`).
    pub fn nparams(&self) -> u32 {
        self.argcount + self.kwonlyargcount + self.has_varargs as u32 + self.has_varkw as u32
    }

    /// The exception-table entry covering `pc`, innermost first.
    pub fn handler_for(&self, pc: Pc) -> Option<&ExceptionEntry> {
        self.exception_table.iter().find(|e| e.start <= pc && pc < e.end)
    }
}

impl Instr {
    /// Calls `f` on every register operand (read or written), including `NO_REG`
    /// placeholders, and the implicit ranges' first registers (`base`, `start`, ...).
    pub fn for_each_reg_mut(&mut self, mut f: impl FnMut(&mut Reg)) {
        use Instr::*;
        match self {
            Move { dst, src } => { f(dst); f(src) }
            LoadGlobal { dst, .. } | LoadName { dst, .. } | LoadBuiltin { dst, .. } => f(dst),
            StoreGlobal { src, .. } | StoreName { src, .. } => f(src),
            DeleteGlobal { .. } | DeleteName { .. } | Jump { .. } | JumpBackward { .. } | ExitHandler | Nop => {}
            LoadDeref { dst, cell } => { f(dst); f(cell) }
            StoreDeref { cell, src } => { f(cell); f(src) }
            DeleteDeref { cell } => f(cell),
            MakeCell { reg } | DeleteLocal { reg } | CheckBound { reg } | ReleaseIter { reg } => f(reg),
            Add { dst, a, b, .. } | Sub { dst, a, b, .. } | Mul { dst, a, b, .. } | TrueDiv { dst, a, b, .. }
            | FloorDiv { dst, a, b, .. } | Mod { dst, a, b, .. } | Pow { dst, a, b, .. }
            | BinaryOp { dst, a, b, .. } | InplaceOp { dst, a, b, .. } | Compare { dst, a, b, .. }
            | Is { dst, a, b, .. } => { f(dst); f(a); f(b) }
            Contains { dst, item, container, .. } => { f(dst); f(item); f(container) }
            Unary { dst, src, .. } => { f(dst); f(src) }
            JumpIfFalse { cond, .. } | JumpIfTrue { cond, .. } => f(cond),
            CompareJump { a, b, .. } => {
                f(a);
                f(b)
            }
            GetIter { dst, src } => { f(dst); f(src) }
            ForIter { dst, iter, .. } => { f(dst); f(iter) }
            BuildList { dst, start, .. } | BuildTuple { dst, start, .. } | BuildSet { dst, start, .. }
            | BuildDict { dst, start, .. } | BuildString { dst, start, .. } => { f(dst); f(start) }
            BuildSlice { dst, lower, upper, step } => { f(dst); f(lower); f(upper); f(step) }
            FormatValue { dst, src, spec, .. } => { f(dst); f(src); f(spec) }
            ListAppend { list, item } => { f(list); f(item) }
            ListExtend { list, iterable } => { f(list); f(iterable) }
            SetAdd { set, item } => { f(set); f(item) }
            SetUpdate { set, iterable } => { f(set); f(iterable) }
            DictSet { dict, key, value } => { f(dict); f(key); f(value) }
            DictUpdate { dict, mapping } => { f(dict); f(mapping) }
            CallArgsExtend { list, iterable, func } => { f(list); f(iterable); f(func) }
            CallKwargsMerge { dict, mapping, func } => { f(dict); f(mapping); f(func) }
            ListToTuple { dst, src } => { f(dst); f(src) }
            Subscript { dst, obj, index, .. } => { f(dst); f(obj); f(index) }
            StoreSubscript { obj, index, src, .. } => { f(obj); f(index); f(src) }
            DeleteSubscript { obj, index } => { f(obj); f(index) }
            LoadAttr { dst, obj, .. } => { f(dst); f(obj) }
            StoreAttr { obj, src, .. } => { f(obj); f(src) }
            DeleteAttr { obj, .. } => f(obj),
            Call { dst, func, base, .. } | CallKw { dst, func, base, .. } => { f(dst); f(func); f(base) }
            CallMethod { dst, base, .. } => { f(dst); f(base) }
            CallEx { dst, func, args, kwargs } => { f(dst); f(func); f(args); f(kwargs) }
            MakeFunction { dst, defaults, kwdefaults, cells, .. } => { f(dst); f(defaults); f(kwdefaults); f(cells) }
            BuildClass { dst, body, bases, .. } => { f(dst); f(body); f(bases) }
            Return { src } => f(src),
            Yield { dst, src } => { f(dst); f(src) }
            YieldFrom { dst, iter } => { f(dst); f(iter) }
            Raise { exc, cause } => { f(exc); f(cause) }
            Reraise { exc } | EnterHandler { exc } => f(exc),
            CheckExcMatch { dst, exc, typ } => { f(dst); f(exc); f(typ) }
            UnpackSequence { dst, src, .. } | UnpackEx { dst, src, .. } => { f(dst); f(src) }
            ImportName { dst, .. } => f(dst),
            ImportFrom { dst, module, .. } => { f(dst); f(module) }
            WithEnter { dst, exit, mgr } => { f(dst); f(exit); f(mgr) }
            WithExit { dst, exit, exc } => { f(dst); f(exit); f(exc) }
        }
    }
}
