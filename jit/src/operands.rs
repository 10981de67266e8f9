//! What each bytecode instruction reads, writes and where control goes next: the
//! facts the liveness and representation analyses are built on.

use pyjit_compiler::bytecode::{CodeObject, Instr, Pc, Reg, NO_REG};

fn push(v: &mut Vec<Reg>, r: Reg) {
    if r != NO_REG {
        v.push(r);
    }
}

fn range(v: &mut Vec<Reg>, start: Reg, n: u32) {
    if start != NO_REG {
        v.extend(start..start + n);
    }
}

/// Registers `instr` reads.
pub fn reads(instr: &Instr) -> Vec<Reg> {
    use Instr::*;
    let mut v = Vec::new();
    match instr {
        Move { src, .. } | StoreGlobal { src, .. } | StoreName { src, .. } => push(&mut v, *src),
        LoadDeref { cell, .. } | DeleteDeref { cell } => push(&mut v, *cell),
        StoreDeref { cell, src } => {
            push(&mut v, *cell);
            push(&mut v, *src)
        }
        // `ReleaseIter` consumes the iterator (native code writes its position back).
        MakeCell { reg } | DeleteLocal { reg } | CheckBound { reg } | ReleaseIter { reg } => push(&mut v, *reg),
        Add { a, b, .. } | Sub { a, b, .. } | Mul { a, b, .. } | TrueDiv { a, b, .. } | FloorDiv { a, b, .. } | Mod { a, b, .. } | Pow { a, b, .. }
        | BinaryOp { a, b, .. } | InplaceOp { a, b, .. } | Compare { a, b, .. } | Is { a, b, .. } | CompareJump { a, b, .. } => {
            push(&mut v, *a);
            push(&mut v, *b)
        }
        Contains { item, container, .. } => {
            push(&mut v, *item);
            push(&mut v, *container)
        }
        Unary { src, .. } | GetIter { src, .. } | ListToTuple { src, .. } | Return { src } => push(&mut v, *src),
        JumpIfFalse { cond, .. } | JumpIfTrue { cond, .. } => push(&mut v, *cond),
        ForIter { iter, .. } | YieldFrom { iter, .. } => push(&mut v, *iter),
        BuildList { start, n, .. } | BuildTuple { start, n, .. } | BuildSet { start, n, .. } | BuildString { start, n, .. } => range(&mut v, *start, *n),
        BuildDict { start, n, .. } => range(&mut v, *start, 2 * n),
        BuildSlice { lower, upper, step, .. } => {
            push(&mut v, *lower);
            push(&mut v, *upper);
            push(&mut v, *step)
        }
        FormatValue { src, spec, .. } => {
            push(&mut v, *src);
            push(&mut v, *spec)
        }
        ListAppend { list: a, item: b } | ListExtend { list: a, iterable: b } | SetAdd { set: a, item: b } | SetUpdate { set: a, iterable: b }
        | DictUpdate { dict: a, mapping: b } | DeleteSubscript { obj: a, index: b } => {
            push(&mut v, *a);
            push(&mut v, *b)
        }
        DictSet { dict: a, key: b, value: c } | CallArgsExtend { list: a, iterable: b, func: c } | CallKwargsMerge { dict: a, mapping: b, func: c }
        | StoreSubscript { obj: a, index: b, src: c, .. } => {
            push(&mut v, *a);
            push(&mut v, *b);
            push(&mut v, *c)
        }
        Subscript { obj, index, .. } => {
            push(&mut v, *obj);
            push(&mut v, *index)
        }
        LoadAttr { obj, .. } | DeleteAttr { obj, .. } => push(&mut v, *obj),
        StoreAttr { obj, src, .. } => {
            push(&mut v, *obj);
            push(&mut v, *src)
        }
        Call { func, base, nargs, .. } | CallKw { func, base, nargs, .. } => {
            push(&mut v, *func);
            range(&mut v, *base, *nargs)
        }
        CallMethod { base, nargs, .. } => range(&mut v, *base, nargs + 1),
        CallEx { func, args, kwargs, .. } => {
            push(&mut v, *func);
            push(&mut v, *args);
            push(&mut v, *kwargs)
        }
        MakeFunction { defaults, kwdefaults, cells, nfree, .. } => {
            push(&mut v, *defaults);
            push(&mut v, *kwdefaults);
            range(&mut v, *cells, *nfree)
        }
        BuildClass { body, bases, nbases, .. } => {
            push(&mut v, *body);
            range(&mut v, *bases, *nbases)
        }
        Yield { src, .. } => push(&mut v, *src),
        Raise { exc, cause } => {
            push(&mut v, *exc);
            push(&mut v, *cause)
        }
        Reraise { exc } | EnterHandler { exc } => push(&mut v, *exc),
        CheckExcMatch { exc, typ, .. } => {
            push(&mut v, *exc);
            push(&mut v, *typ)
        }
        UnpackSequence { src, .. } | UnpackEx { src, .. } => push(&mut v, *src),
        ImportFrom { module, .. } => push(&mut v, *module),
        WithEnter { mgr, .. } => push(&mut v, *mgr),
        WithExit { exit, exc, .. } => {
            push(&mut v, *exit);
            push(&mut v, *exc)
        }
        LoadGlobal { .. } | DeleteGlobal { .. } | LoadName { .. } | DeleteName { .. } | LoadBuiltin { .. } | Jump { .. } | JumpBackward { .. }
        | ImportName { .. } | ExitHandler | Nop => {}
    }
    v
}

/// Registers `instr` writes (on every path out of it; `ForIter` writes `dst` only
/// when it does not jump to its exit, see [`successors`]).
pub fn writes(instr: &Instr) -> Vec<Reg> {
    use Instr::*;
    let mut v = Vec::new();
    match instr {
        Move { dst, .. } | LoadGlobal { dst, .. } | LoadName { dst, .. } | LoadBuiltin { dst, .. } | LoadDeref { dst, .. } | Add { dst, .. }
        | Sub { dst, .. } | Mul { dst, .. } | TrueDiv { dst, .. } | FloorDiv { dst, .. } | Mod { dst, .. } | Pow { dst, .. } | BinaryOp { dst, .. }
        | InplaceOp { dst, .. } | Compare { dst, .. } | Is { dst, .. } | Contains { dst, .. } | Unary { dst, .. } | GetIter { dst, .. }
        | ForIter { dst, .. } | BuildList { dst, .. } | BuildTuple { dst, .. } | BuildSet { dst, .. } | BuildDict { dst, .. } | BuildSlice { dst, .. }
        | BuildString { dst, .. } | FormatValue { dst, .. } | ListToTuple { dst, .. } | Subscript { dst, .. } | LoadAttr { dst, .. } | Call { dst, .. }
        | CallKw { dst, .. } | CallMethod { dst, .. } | CallEx { dst, .. } | MakeFunction { dst, .. } | BuildClass { dst, .. } | Yield { dst, .. }
        | YieldFrom { dst, .. } | CheckExcMatch { dst, .. } | ImportName { dst, .. } | ImportFrom { dst, .. } | WithExit { dst, .. } => push(&mut v, *dst),
        MakeCell { reg } | DeleteLocal { reg } | ReleaseIter { reg } => push(&mut v, *reg),
        UnpackSequence { dst, n, .. } => range(&mut v, *dst, *n),
        UnpackEx { dst, before, after, .. } => range(&mut v, *dst, before + 1 + after),
        WithEnter { dst, exit, .. } => {
            push(&mut v, *dst);
            push(&mut v, *exit)
        }
        _ => {}
    }
    v
}

/// Where control can go after the instruction at `pc` completes normally (exception
/// edges excluded: see [`CodeObject::handler_for`]).
pub fn successors(code: &CodeObject, pc: Pc) -> Vec<Pc> {
    use Instr::*;
    let next = pc + 1;
    match &code.instrs[pc as usize] {
        Jump { target } | JumpBackward { target, .. } => vec![*target],
        JumpIfFalse { target, .. } | JumpIfTrue { target, .. } | CompareJump { target, .. } => vec![next, *target],
        ForIter { exit, .. } => vec![next, *exit],
        // `yield from` stays at its own pc while it delegates.
        YieldFrom { .. } => vec![pc, next],
        Return { .. } | Raise { .. } | Reraise { .. } => vec![],
        _ => vec![next],
    }
}

/// Whether the instruction transfers control (so the interpreter's single-step
/// execution is not for it).
pub fn is_control_flow(instr: &Instr) -> bool {
    use Instr::*;
    matches!(
        instr,
        Jump { .. } | JumpBackward { .. } | JumpIfFalse { .. } | JumpIfTrue { .. } | CompareJump { .. } | ForIter { .. } | Return { .. } | Yield { .. } | YieldFrom { .. } | Raise { .. } | Reraise { .. }
    )
}
