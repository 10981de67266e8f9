//! How each bytecode instruction of a unit is compiled, given the representations of
//! its operands and the interpreter's type feedback. The representation analysis
//! (`infer`) and the IR translation (`translate`) both ask [`decide`], so they can
//! never disagree about what an instruction does to register representations.

use crate::known::{identify, Builtin};
use crate::liveness::Liveness;
use crate::rep::{Rep, State, ANY};
use pyjit_compiler::bytecode::{BinOp, CmpOp, CodeObject, Constant, Instr, Pc, Reg, UnaryOp};
use pyjit_runtime::interp::feedback::{TAG_BIGINT, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_LIST, TAG_TUPLE};
use pyjit_runtime::object::{Code, Function, Module};
use pyjit_runtime::value::tags;
use pyjit_runtime::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// What is being compiled.
#[derive(Clone, Debug, PartialEq)]
pub enum UnitKind {
    /// A loop, entered by on-stack replacement at its header from a running frame.
    Loop { loop_id: u32 },
    /// A whole function called with unboxed arguments of these representations,
    /// running without an interpreter frame until it deoptimizes.
    Function { params: Vec<Rep> },
    /// A generator's loop consumed by `sum()`: the `yield` at `yield_pc` adds the
    /// yielded value to the running total instead of suspending.
    SumReduction { loop_id: u32, yield_pc: Pc },
}

/// The numeric domain an operation is compiled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Num {
    Int,
    Wide,
    Float,
}

/// A global promoted to a pseudo-register for the duration of a loop (its home is the
/// module slot).
#[derive(Clone, Debug, PartialEq)]
pub struct Promoted {
    pub name: u32,
    pub slot: u32,
    /// Stored to inside the loop (so leaving the loop writes it back).
    pub stored: bool,
}

/// A compiled function unit another unit can call directly.
#[derive(Clone, Debug)]
pub struct Callee {
    /// The cell holding the callee's native entry (null while it is not callable).
    pub entry: Rc<std::cell::Cell<*const u8>>,
    pub params: Vec<Rep>,
    /// The representation its result is expected in (a mismatch deoptimizes the
    /// caller after the call).
    pub ret: Rep,
}

/// How the fast path of an instruction guards the constant it relies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConstGuard {
    /// Module slot `slot` of the code's globals holds the constant.
    Global { slot: u32 },
    /// The globals do not bind the name (slot `slot` is unbound) and builtins slot
    /// `builtin` holds the constant.
    Builtin { slot: u32, builtin: u32 },
    /// Slot `slot` of the module constant `module` holds the constant.
    ModuleAttr { module: u32, slot: u32 },
}

/// A natively compiled operation.
#[derive(Clone, Debug)]
pub enum Op {
    /// An instruction with no effect (`Nop`).
    Skip,
    Move,
    /// `dst = a op b` in the domain `num` (`Add`...`Pow`, `BinaryOp`, `InplaceOp`).
    Arith { op: BinOp, num: Num },
    /// `dst = a ** exp` for a small constant exponent.
    PowConst { exp: u32, num: Num },
    /// `dst = a op b` (a bool); operands compared in `num`.
    Compare { op: CmpOp, num: Num },
    /// A comparison fused with its branch.
    CompareJump { op: CmpOp, num: Num },
    /// `CompareJump` on boxed operands through the runtime.
    CompareJumpBoxed { op: CmpOp },
    Unary { op: UnaryOp, num: Num },
    /// `not x` / truth of a native scalar.
    Not,
    /// `JumpIfFalse` / `JumpIfTrue` on a native scalar.
    Branch,
    /// `JumpIfFalse` / `JumpIfTrue` on a boxed value, through the runtime.
    BranchBoxed,
    Jump,
    JumpBackward,
    /// `dst = (x is None) != negate` for the non-constant operand `x`.
    IsNone { x: Reg },
    /// `ForIter` on a native range iterator.
    RangeNext,
    /// `ForIter` through the runtime; the item is unboxed to `item` if given.
    ForIterBoxed { item: Option<Rep> },
    /// `range(...)` called and immediately iterated (the `Call` and the `GetIter`
    /// after it): the iterator is made natively.
    RangeIter { nargs: u32, getiter_dst: Reg },
    /// `dst` = a constant, guarded.
    LoadConst { id: u32, guard: ConstGuard },
    /// `dst` = a global holding a native scalar, read and type-guarded.
    LoadGlobalScalar { slot: u32, rep: Rep },
    /// `dst` = promoted global `pseudo`.
    LoadPromoted { pseudo: u32 },
    /// promoted global `pseudo` = `src`.
    StorePromoted { pseudo: u32 },
    /// A call of a recognized built-in with native arguments; `attr` guards a module
    /// attribute looked up by `CallMethod`.
    CallBuiltin { f: Builtin, attr: Option<(ConstGuard, u32)> },
    /// A direct call of a compiled function unit.
    CallUnit { callee: Callee },
    /// `dst = list_or_tuple[index]`; an item of the scalar type `item` (the only
    /// type the interpreter saw this instruction return) is type-guarded and
    /// loaded unboxed.
    SeqGet { item: Option<Rep> },
    /// `list[index] = src`.
    ListSet,
    /// `list.append(x)` (a `CallMethod`, or the `ListAppend` of a comprehension).
    ListAppend,
    /// `len(x)` of a list or tuple.
    SeqLen,
    /// The designated `yield` of a sum reduction: the running total grows.
    ReduceYield { acc: u32, num: Num },
    /// `ReleaseIter` of a native range or list iterator.
    ReleaseNativeIter,
    /// `ForIter` over a native list iterator; the item is type-guarded into `item`
    /// when the feedback saw only one scalar type.
    ListNext { item: Option<Rep> },
    /// `GetIter` of an exact list: a new list iterator with native position.
    ListGetIter,
    /// `CheckBound` of a register known to be bound.
    Nop,
    /// `Return` from a function unit.
    Return,
}

/// What compiled code does at an instruction.
#[derive(Clone, Debug)]
pub enum Action {
    /// Run it through the interpreter's single-step execution, on frame registers.
    Generic,
    /// Leave native code here; the interpreter executes it.
    Exit,
    Native(Op),
}

/// The decision for one instruction: boxed operands to guard and unbox first (a
/// failed guard deoptimizes to this instruction), then the action.
#[derive(Clone, Debug)]
pub struct Decision {
    pub unbox: Vec<(Reg, Rep)>,
    pub action: Action,
}

impl Decision {
    fn exit() -> Decision {
        Decision { unbox: vec![], action: Action::Exit }
    }
    fn generic() -> Decision {
        Decision { unbox: vec![], action: Action::Generic }
    }
    fn native(op: Op) -> Decision {
        Decision { unbox: vec![], action: Action::Native(op) }
    }
}

/// Everything the decisions depend on besides the register state.
pub struct UnitInput<'a> {
    pub code: &'a Rc<Code>,
    pub raw: &'a CodeObject,
    pub kind: UnitKind,
    /// The unit's instructions: `start..=end`.
    pub start: Pc,
    pub end: Pc,
    /// Function units have no frame: boxed registers are impossible and anything
    /// generic deoptimizes.
    pub frameless: bool,
    pub globals: Rc<Module>,
    pub builtins: Rc<Module>,
    pub liveness: &'a Liveness,
    /// Heap constants the unit relies on (kept alive by the unit).
    pub consts: RefCell<Vec<Value>>,
    /// Promoted globals; pseudo-register `const_base + i` is `promoted[i]`.
    pub promoted: Vec<Promoted>,
    /// The reduction accumulator's pseudo-register.
    pub acc: Option<u32>,
    /// Finds the compiled unit of `f` for arguments in these representations.
    pub callee: &'a dyn Fn(&Rc<Function>, &[Rep]) -> Option<Callee>,
    /// The unit runs no code but its own (see `compile::is_closed`): bindings it
    /// relies on cannot change while it runs, so their guards move to its entry.
    pub closed: std::cell::Cell<bool>,
}

impl UnitInput<'_> {
    /// Number of representation slots: frame registers below `const_base`, then
    /// pseudo-registers.
    pub fn width(&self) -> usize {
        self.raw.const_base as usize + self.promoted.len() + self.acc.is_some() as usize
    }

    /// Whether `pc` belongs to the unit.
    pub fn contains(&self, pc: Pc) -> bool {
        pc >= self.start && pc <= self.end
    }

    /// The constant-table index of `v`, adding it if new.
    pub fn intern(&self, v: &Value) -> u32 {
        let mut consts = self.consts.borrow_mut();
        if let Some(i) = consts.iter().position(|c| c.is(v)) {
            return i as u32;
        }
        consts.push(v.clone());
        (consts.len() - 1) as u32
    }

    /// The constant with table index `id`.
    pub fn constant(&self, id: u32) -> Value {
        self.consts.borrow()[id as usize].clone()
    }

    /// The compile-time constant in register `r`, if `r` is a constant register.
    pub fn const_reg(&self, r: Reg) -> Option<&Constant> {
        if r >= self.raw.const_base {
            self.raw.consts.get((r - self.raw.const_base) as usize)
        } else {
            None
        }
    }

    /// The pseudo-register of a promoted global by name index.
    fn promoted_reg(&self, name: u32) -> Option<u32> {
        self.promoted.iter().position(|p| p.name == name).map(|i| self.raw.const_base + i as u32)
    }

    fn feedback(&self, fb: u32) -> u32 {
        self.code.feedback.get(fb as usize).map(|c| c.get()).unwrap_or(0)
    }
}

/// The representation of register `r` in `state` (constant registers are their
/// constant's representation).
pub fn rep_of(unit: &UnitInput, state: &State, r: Reg) -> Rep {
    match unit.const_reg(r) {
        Some(Constant::Int(_)) => Rep::Int,
        Some(Constant::Float(_)) => Rep::Float,
        Some(Constant::Bool(_)) => Rep::Bool,
        Some(Constant::None) => Rep::Boxed(Some(tags::NONE)),
        Some(Constant::Str(_)) => Rep::Boxed(Some(tags::STR)),
        Some(Constant::Tuple(_)) => Rep::Boxed(Some(tags::TUPLE)),
        Some(_) => ANY,
        None => state.get(r as usize).copied().unwrap_or(ANY),
    }
}

/// The native representation a boxed operand can be unboxed to, from the feedback
/// mask of the types seen there.
fn unbox_target(mask: u32) -> Option<Rep> {
    match mask {
        TAG_INT => Some(Rep::Int),
        TAG_FLOAT => Some(Rep::Float),
        TAG_BOOL => Some(Rep::Bool),
        m if m != 0 && m & !(TAG_INT | TAG_BIGINT) == 0 => Some(Rep::Wide),
        TAG_LIST => Some(Rep::Boxed(Some(tags::LIST))),
        TAG_TUPLE => Some(Rep::Boxed(Some(tags::TUPLE))),
        _ => None,
    }
}

/// Operand representations after unboxing boxed operands as the feedback suggests;
/// the unboxing guards are appended to `unbox`.
fn operand(unit: &UnitInput, state: &State, r: Reg, mask: u32, unbox: &mut Vec<(Reg, Rep)>) -> Rep {
    let rep = rep_of(unit, state, r);
    if rep == ANY && unit.const_reg(r).is_none() {
        if let Some(t) = unbox_target(mask) {
            if !unbox.iter().any(|(u, _)| *u == r) {
                unbox.push((r, t));
            }
            return t;
        }
    }
    rep
}

fn is_intlike(r: Rep) -> bool {
    matches!(r, Rep::Int | Rep::Bool)
}

/// The domain of a binary arithmetic operation on these operands.
fn arith_num(op: BinOp, a: Rep, b: Rep, wide_hint: bool) -> Option<Num> {
    use BinOp::*;
    let bitwise = matches!(op, BitAnd | BitOr | BitXor | LShift | RShift);
    match (a, b) {
        // bool & bool is a bool: left to the interpreter.
        (Rep::Bool, Rep::Bool) if bitwise => None,
        (x, y) if is_intlike(x) && is_intlike(y) => match op {
            Add | Sub | Mul if wide_hint => Some(Num::Wide),
            // Int true division is exact only for ints a double holds exactly; the
            // Int domain guards that (and produces a float).
            Add | Sub | Mul | FloorDiv | Mod | BitAnd | BitOr | BitXor | LShift | RShift | TrueDiv => Some(Num::Int),
            _ => None,
        },
        (Rep::Wide, y) | (y, Rep::Wide) if is_intlike(y) || y == Rep::Wide => match op {
            Add | Sub => Some(Num::Wide),
            _ => None,
        },
        (Rep::Float, y) | (y, Rep::Float) if is_intlike(y) || y == Rep::Float => match op {
            Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow => Some(Num::Float),
            _ => None,
        },
        _ => None,
    }
}

/// The domain of a comparison of these operands.
fn compare_num(a: Rep, b: Rep) -> Option<Num> {
    match (a, b) {
        (x, y) if is_intlike(x) && is_intlike(y) => Some(Num::Int),
        (Rep::Wide, y) | (y, Rep::Wide) if is_intlike(y) || y == Rep::Wide => Some(Num::Wide),
        (Rep::Float, y) | (y, Rep::Float) if is_intlike(y) || y == Rep::Float => Some(Num::Float),
        _ => None,
    }
}

fn num_rep(n: Num) -> Rep {
    match n {
        Num::Int => Rep::Int,
        Num::Wide => Rep::Wide,
        Num::Float => Rep::Float,
    }
}

/// The binary operator an arithmetic instruction performs.
pub fn binary_op_of(instr: &Instr) -> Option<(BinOp, Reg, Reg, Reg, u32)> {
    Some(match *instr {
        Instr::Add { dst, a, b, fb } => (BinOp::Add, dst, a, b, fb),
        Instr::Sub { dst, a, b, fb } => (BinOp::Sub, dst, a, b, fb),
        Instr::Mul { dst, a, b, fb } => (BinOp::Mul, dst, a, b, fb),
        Instr::TrueDiv { dst, a, b, fb } => (BinOp::TrueDiv, dst, a, b, fb),
        Instr::FloorDiv { dst, a, b, fb } => (BinOp::FloorDiv, dst, a, b, fb),
        Instr::Mod { dst, a, b, fb } => (BinOp::Mod, dst, a, b, fb),
        Instr::Pow { dst, a, b, fb } => (BinOp::Pow, dst, a, b, fb),
        Instr::BinaryOp { op, dst, a, b, fb } | Instr::InplaceOp { op, dst, a, b, fb } => (op, dst, a, b, fb),
        _ => return None,
    })
}

/// Decides how the instruction at `pc` is compiled in `state`.
pub fn decide(unit: &UnitInput, pc: Pc, state: &State) -> Decision {
    let d = decide_inner(unit, pc, state);
    if unit.frameless {
        // Without a frame, anything generic becomes a deoptimization point, and
        // boxed operands cannot be held.
        if matches!(d.action, Action::Generic) || d.unbox.iter().any(|(_, r)| !r.is_native()) {
            return Decision::exit();
        }
        let reads_boxed = crate::operands::reads(&unit.raw.instrs[pc as usize]).iter().any(|r| !rep_of(unit, state, *r).is_native());
        if reads_boxed && !matches!(d.action, Action::Native(Op::Return)) {
            return Decision::exit();
        }
    }
    d
}

fn decide_inner(unit: &UnitInput, pc: Pc, state: &State) -> Decision {
    let instr = &unit.raw.instrs[pc as usize];
    if let Some((op, _dst, a, b, fb)) = binary_op_of(instr) {
        return decide_binary(unit, state, op, a, b, fb);
    }
    let mut unbox = Vec::new();
    let op = match *instr {
        Instr::Move { src, .. } => match rep_of(unit, state, src) {
            r if r.is_native_iter() => return Decision::generic(),
            _ => Op::Move,
        },
        Instr::Nop => Op::Skip,
        Instr::Compare { op, a, b, fb, .. } | Instr::CompareJump { op, a, b, fb, .. } => {
            let m = unit.feedback(fb);
            let ra = operand(unit, state, a, m & 0xFF, &mut unbox);
            let rb = operand(unit, state, b, (m >> 8) & 0xFF, &mut unbox);
            let jump = matches!(instr, Instr::CompareJump { .. });
            match compare_num(ra, rb) {
                Some(num) if jump => Op::CompareJump { op, num },
                Some(num) => Op::Compare { op, num },
                None if jump && !unit.frameless => return Decision::native(Op::CompareJumpBoxed { op }),
                None if jump => return Decision::exit(),
                None => return Decision::generic(),
            }
        }
        Instr::Unary { op, src, fb, .. } => {
            let r = operand(unit, state, src, unit.feedback(fb) & 0xFF, &mut unbox);
            match (op, r) {
                (UnaryOp::Not, r) if r.is_scalar() => Op::Not,
                (UnaryOp::Neg | UnaryOp::Pos, Rep::Int | Rep::Bool) => Op::Unary { op, num: Num::Int },
                (UnaryOp::Neg | UnaryOp::Pos, Rep::Wide) => Op::Unary { op, num: Num::Wide },
                (UnaryOp::Neg | UnaryOp::Pos, Rep::Float) => Op::Unary { op, num: Num::Float },
                (UnaryOp::Invert, Rep::Int | Rep::Bool) => Op::Unary { op, num: Num::Int },
                _ => return Decision::generic(),
            }
        }
        Instr::Is { a, b, .. } => {
            let none_a = matches!(unit.const_reg(a), Some(Constant::None));
            let none_b = matches!(unit.const_reg(b), Some(Constant::None));
            match (none_a, none_b) {
                (false, true) => Op::IsNone { x: a },
                (true, false) => Op::IsNone { x: b },
                _ => return Decision::generic(),
            }
        }
        Instr::Jump { .. } => Op::Jump,
        Instr::JumpBackward { .. } => Op::JumpBackward,
        Instr::JumpIfFalse { cond, .. } | Instr::JumpIfTrue { cond, .. } => match rep_of(unit, state, cond) {
            r if r.is_scalar() => Op::Branch,
            Rep::Boxed(_) if !unit.frameless => Op::BranchBoxed,
            _ => return Decision::exit(),
        },
        Instr::ForIter { iter, fb, .. } => match rep_of(unit, state, iter) {
            Rep::RangeIter => Op::RangeNext,
            Rep::ListIter => Op::ListNext { item: unbox_target(unit.feedback(fb) & 0xFF).filter(|r| r.is_scalar() && *r != Rep::Wide) },
            Rep::Boxed(_) if !unit.frameless => Op::ForIterBoxed { item: unbox_target(unit.feedback(fb) & 0xFF).filter(|r| r.is_native()) },
            _ => return Decision::exit(),
        },
        Instr::GetIter { src, .. } => match rep_of(unit, state, src) {
            Rep::Boxed(Some(tags::LIST)) if pyjit_runtime::object::layout::list_layout().is_some() && !unit.frameless => Op::ListGetIter,
            _ => return Decision::generic(),
        },
        Instr::LoadGlobal { name, .. } => return decide_load_global(unit, name),
        Instr::StoreGlobal { name, src } => match unit.promoted_reg(name) {
            Some(p) if rep_of(unit, state, src).is_scalar() => Op::StorePromoted { pseudo: p },
            _ => return Decision::generic(),
        },
        Instr::Call { func, base, nargs, .. } => {
            if let Some(d) = range_call(unit, pc, state) {
                return d;
            }
            return decide_call(unit, state, func, base, nargs);
        }
        Instr::CallMethod { name, base, nargs, fb, .. } => return decide_call_method(unit, state, name, base, nargs, fb),
        Instr::ListAppend { list, item } => match rep_of(unit, state, list) {
            Rep::Boxed(Some(tags::LIST)) if storable(rep_of(unit, state, item)) => Op::ListAppend,
            _ => return Decision::generic(),
        },
        Instr::Subscript { obj, index, fb, .. } => {
            let m = unit.feedback(fb);
            let ro = operand(unit, state, obj, m & 0xFF, &mut unbox);
            let ri = operand(unit, state, index, (m >> 8) & 0xFF, &mut unbox);
            match (ro, ri) {
                (Rep::Boxed(Some(tags::LIST | tags::TUPLE)), Rep::Int | Rep::Bool) => Op::SeqGet { item: unbox_target((m >> 16) & 0xFF).filter(|r| matches!(r, Rep::Int | Rep::Float | Rep::Bool)) },
                _ => return Decision::generic(),
            }
        }
        Instr::StoreSubscript { obj, index, fb, .. } => {
            let m = unit.feedback(fb);
            let ro = operand(unit, state, obj, m & 0xFF, &mut unbox);
            let ri = operand(unit, state, index, (m >> 8) & 0xFF, &mut unbox);
            match (ro, ri) {
                (Rep::Boxed(Some(tags::LIST)), Rep::Int | Rep::Bool) if storable(rep_of(unit, state, *src_of(instr))) => Op::ListSet,
                _ => return Decision::generic(),
            }
        }
        Instr::Yield { src, .. } => match unit.kind {
            UnitKind::SumReduction { yield_pc, .. } if yield_pc == pc => {
                let Some(acc) = unit.acc else { return Decision::exit() };
                match rep_of(unit, state, src) {
                    Rep::Int | Rep::Bool | Rep::Wide => Op::ReduceYield { acc, num: Num::Wide },
                    Rep::Float => Op::ReduceYield { acc, num: Num::Float },
                    _ => return Decision::exit(),
                }
            }
            _ => return Decision::exit(),
        },
        Instr::ReleaseIter { reg } => match rep_of(unit, state, reg) {
            r if r.is_native_iter() => Op::ReleaseNativeIter,
            _ => return Decision::generic(),
        },
        Instr::CheckBound { reg } => match rep_of(unit, state, reg) {
            r if r.is_native() => Op::Nop,
            _ => return Decision::generic(),
        },
        Instr::Return { .. } => match unit.kind {
            UnitKind::Function { .. } => Op::Return,
            _ => return Decision::exit(),
        },
        ref other if crate::operands::is_control_flow(other) => return Decision::exit(),
        _ => return Decision::generic(),
    };
    Decision { unbox, action: Action::Native(op) }
}

fn decide_binary(unit: &UnitInput, state: &State, op: BinOp, a: Reg, b: Reg, fb: u32) -> Decision {
    let m = unit.feedback(fb);
    let mut unbox = Vec::new();
    let ra = operand(unit, state, a, m & 0xFF, &mut unbox);
    let rb = operand(unit, state, b, (m >> 8) & 0xFF, &mut unbox);
    let wide_hint = m & (TAG_BIGINT | (TAG_BIGINT << 8)) != 0;
    if op == BinOp::Pow {
        // Small constant exponents are repeated multiplication (as the interpreter's
        // fast path does for squares).
        if let Some(Constant::Int(e)) = unit.const_reg(b) {
            if (0..=16).contains(e) {
                let num = match ra {
                    Rep::Int | Rep::Bool if *e == 2 && wide_hint => Some(Num::Wide),
                    Rep::Int | Rep::Bool => Some(Num::Int),
                    Rep::Float if *e == 2 => Some(Num::Float),
                    _ => None,
                };
                if let Some(num) = num {
                    return Decision { unbox, action: Action::Native(Op::PowConst { exp: *e as u32, num }) };
                }
            }
        }
    }
    match arith_num(op, ra, rb, wide_hint) {
        Some(num) => Decision { unbox, action: Action::Native(Op::Arith { op, num }) },
        None => Decision::generic(),
    }
}

fn decide_load_global(unit: &UnitInput, name: u32) -> Decision {
    if let Some(p) = unit.promoted_reg(name) {
        return Decision::native(Op::LoadPromoted { pseudo: p });
    }
    let n = &unit.raw.names[name as usize];
    // The slot the interpreter would create on the first load (unbound until the
    // name is assigned).
    let slot = unit.globals.slot_of(n);
    let value = unit.globals.slots.borrow()[slot as usize].clone();
    let (value, guard) = if value.is_undefined() {
        let Some(bslot) = unit.builtins.find_slot(n) else { return Decision::generic() };
        let v = unit.builtins.slots.borrow()[bslot as usize].clone();
        (v, ConstGuard::Builtin { slot, builtin: bslot })
    } else {
        (value, ConstGuard::Global { slot })
    };
    match &value {
        Value::Function(_) | Value::Builtin(_) | Value::Class(_) | Value::Module(_) => Decision::native(Op::LoadConst { id: unit.intern(&value), guard }),
        Value::Int(_) | Value::Float(_) | Value::Bool(_) if matches!(guard, ConstGuard::Global { .. }) => {
            Decision::native(Op::LoadGlobalScalar { slot, rep: Rep::of_value(&value) })
        }
        _ => Decision::generic(),
    }
}

/// `range(args)` at `pc` whose result is iterated right away by the `GetIter` at
/// `pc + 1` (and not used otherwise): the pair becomes one native operation and
/// control continues at `pc + 2`.
fn range_call(unit: &UnitInput, pc: Pc, state: &State) -> Option<Decision> {
    let Instr::Call { dst, func, base, nargs, .. } = unit.raw.instrs[pc as usize] else { return None };
    let Some(Instr::GetIter { dst: it, src }) = unit.raw.instrs.get(pc as usize + 1) else { return None };
    if *src != dst || !unit.contains(pc + 1) || (dst != *it && unit.liveness.is_live(pc + 2, dst)) || unit.frameless {
        return None;
    }
    // The pair is compiled as one instruction: nothing may jump between them.
    let target_of_jump = (unit.start..=unit.end).any(|p| p != pc && crate::operands::successors(unit.raw, p).contains(&(pc + 1)));
    if target_of_jump {
        return None;
    }
    let Rep::Const(id) = rep_of(unit, state, func) else { return None };
    if !matches!(identify(&unit.constant(id)), Some(Builtin::Range)) || !(1..=3).contains(&nargs) {
        return None;
    }
    if (base..base + nargs).all(|r| is_intlike(rep_of(unit, state, r))) {
        return Some(Decision::native(Op::RangeIter { nargs, getiter_dst: *it }));
    }
    None
}

fn decide_call(unit: &UnitInput, state: &State, func: Reg, base: Reg, nargs: u32) -> Decision {
    let Rep::Const(id) = rep_of(unit, state, func) else { return Decision::generic() };
    let f = unit.constant(id);
    let args: Vec<Rep> = (base..base + nargs).map(|r| rep_of(unit, state, r)).collect();
    if let Value::Function(fun) = &f {
        let params: Option<Vec<Rep>> = args.iter().map(|r| param_rep(unit, *r)).collect();
        if let Some(params) = params {
            if !unit.frameless || params.iter().all(|p| p.is_scalar()) {
                if let Some(callee) = (unit.callee)(fun, &params) {
                    if callee.ret.is_scalar() || !unit.frameless {
                        return Decision::native(Op::CallUnit { callee });
                    }
                }
            }
        }
        return Decision::generic();
    }
    match identify(&f) {
        Some(b) if builtin_applies(b, &args) => Decision::native(Op::CallBuiltin { f: b, attr: None }),
        Some(Builtin::Len) if nargs == 1 && matches!(args[0], Rep::Boxed(Some(tags::LIST | tags::TUPLE))) => Decision::native(Op::SeqLen),
        _ => Decision::generic(),
    }
}

/// How an argument in representation `r` is passed to a function unit: unboxed
/// scalars as they are, anything in a home (or a constant) by address as a boxed
/// parameter of its type.
pub fn param_rep(unit: &UnitInput, r: Rep) -> Option<Rep> {
    match r {
        Rep::Int | Rep::Float | Rep::Bool => Some(r),
        Rep::Boxed(t) => Some(Rep::Boxed(t)),
        Rep::Const(id) => Some(Rep::Boxed(Some(crate::rep::tag_of(&unit.constant(id))))),
        _ => None,
    }
}

/// Whether the native version of `b` handles arguments of these representations.
fn builtin_applies(b: Builtin, args: &[Rep]) -> bool {
    let num = |r: &Rep| matches!(r, Rep::Int | Rep::Float | Rep::Bool);
    match (b, args) {
        (Builtin::Abs, [Rep::Int | Rep::Float]) => true,
        (Builtin::Min | Builtin::Max, [a, b]) => (is_intlike(*a) && is_intlike(*b) && *a == *b) || (*a == Rep::Float && *b == Rep::Float),
        (Builtin::IntOf, [Rep::Int | Rep::Float | Rep::Bool]) => true,
        (Builtin::FloatOf, [Rep::Int | Rep::Float | Rep::Bool]) => true,
        (Builtin::RandomRandom, []) => true,
        (Builtin::Sqrt | Builtin::MathUnary(..), [r]) => num(r),
        (Builtin::Floor | Builtin::Ceil, [Rep::Float | Rep::Int]) => true,
        (Builtin::MathBinary(..), [a, b]) => num(a) && num(b),
        _ => false,
    }
}

/// Whether a value in this representation can be handed to a helper by address.
fn storable(r: Rep) -> bool {
    matches!(r, Rep::Int | Rep::Float | Rep::Bool | Rep::Boxed(_) | Rep::Const(_))
}

fn src_of(instr: &Instr) -> &Reg {
    match instr {
        Instr::StoreSubscript { src, .. } => src,
        _ => &pyjit_compiler::bytecode::NO_REG,
    }
}

/// The representation a native built-in call returns.
pub fn builtin_result(b: Builtin, args: &[Rep]) -> Rep {
    match b {
        Builtin::Abs | Builtin::Min | Builtin::Max => match args[0] {
            Rep::Bool => Rep::Bool,
            r => r,
        },
        Builtin::IntOf | Builtin::Len | Builtin::Floor | Builtin::Ceil => Rep::Int,
        _ => Rep::Float,
    }
}

fn decide_call_method(unit: &UnitInput, state: &State, name: u32, base: Reg, nargs: u32, fb: u32) -> Decision {
    let n = &unit.raw.names[name as usize];
    let mut unbox = Vec::new();
    let recv = operand(unit, state, base, unit.feedback(fb) & 0xFF, &mut unbox);
    match recv {
        Rep::Const(mid) => {
            let Value::Module(m) = unit.constant(mid) else { return Decision::generic() };
            let Some(slot) = m.find_slot(n) else { return Decision::generic() };
            let v = m.slots.borrow()[slot as usize].clone();
            let args: Vec<Rep> = (base + 1..base + 1 + nargs).map(|r| rep_of(unit, state, r)).collect();
            match identify(&v) {
                Some(b) if builtin_applies(b, &args) => {
                    let id = unit.intern(&v);
                    Decision::native(Op::CallBuiltin { f: b, attr: Some((ConstGuard::ModuleAttr { module: mid, slot }, id)) })
                }
                _ => Decision::generic(),
            }
        }
        Rep::Boxed(Some(tags::LIST)) if n.as_ref() == "append" && nargs == 1 && storable(rep_of(unit, state, base + 1)) => Decision { unbox, action: Action::Native(Op::ListAppend) },
        _ => Decision::generic(),
    }
}

/// The state after the instruction at `pc` on each edge, given the decision:
/// `(successor pc, state)` pairs; successors outside the unit are included (they
/// are exits).
pub fn transfer(unit: &UnitInput, pc: Pc, state: &State, d: &Decision) -> Vec<(Pc, State)> {
    let instr = &unit.raw.instrs[pc as usize];
    let mut s = state.clone();
    for (r, rep) in &d.unbox {
        s[*r as usize] = *rep;
    }
    let succ = crate::operands::successors(unit.raw, pc);
    let set = |s: &mut State, r: Reg, rep: Rep| {
        if (r as usize) < s.len() && r < unit.raw.const_base {
            s[r as usize] = rep;
        }
    };
    match &d.action {
        Action::Exit => return vec![],
        Action::Generic => {
            for w in crate::operands::writes(instr) {
                set(&mut s, w, ANY);
            }
        }
        Action::Native(op) => match op {
            Op::Skip | Op::Nop | Op::Jump | Op::JumpBackward | Op::Branch | Op::BranchBoxed | Op::CompareJump { .. } | Op::CompareJumpBoxed { .. } | Op::ListSet => {}
            Op::ListAppend => {
                if let Instr::CallMethod { dst, .. } = *instr {
                    set(&mut s, dst, Rep::Boxed(Some(tags::NONE)));
                }
            }
            Op::Return => return vec![],
            Op::Move => {
                if let Instr::Move { dst, src } = *instr {
                    let r = match rep_of(unit, &s, src) {
                        Rep::Boxed(t) => Rep::Boxed(t),
                        r => r,
                    };
                    set(&mut s, dst, r);
                }
            }
            Op::Arith { op, num } => {
                if let Some((_, dst, ..)) = binary_op_of(instr) {
                    let r = if *op == BinOp::TrueDiv { Rep::Float } else { num_rep(*num) };
                    set(&mut s, dst, r);
                }
            }
            Op::PowConst { num, .. } => {
                if let Some((_, dst, ..)) = binary_op_of(instr) {
                    set(&mut s, dst, num_rep(*num));
                }
            }
            Op::Compare { .. } | Op::Not | Op::IsNone { .. } => {
                if let Some(dst) = crate::operands::writes(instr).first() {
                    set(&mut s, *dst, Rep::Bool);
                }
            }
            Op::Unary { num, .. } => {
                if let Instr::Unary { dst, .. } = instr {
                    set(&mut s, *dst, num_rep(*num));
                }
            }
            Op::RangeNext | Op::ForIterBoxed { .. } | Op::ListNext { .. } => {
                let Instr::ForIter { dst, exit, .. } = *instr else { return vec![] };
                let item = match op {
                    Op::RangeNext => Rep::Int,
                    Op::ForIterBoxed { item } | Op::ListNext { item } => item.unwrap_or(ANY),
                    _ => ANY,
                };
                let mut body = s.clone();
                set(&mut body, dst, item);
                return vec![(pc + 1, body), (exit, s)];
            }
            Op::RangeIter { getiter_dst, .. } => {
                if let Instr::Call { dst, .. } = instr {
                    set(&mut s, *dst, ANY);
                }
                set(&mut s, *getiter_dst, Rep::RangeIter);
                return vec![(pc + 2, s)];
            }
            Op::LoadConst { id, .. } => {
                if let Some(dst) = crate::operands::writes(instr).first() {
                    set(&mut s, *dst, Rep::Const(*id));
                }
            }
            Op::LoadGlobalScalar { rep, .. } => {
                if let Some(dst) = crate::operands::writes(instr).first() {
                    set(&mut s, *dst, *rep);
                }
            }
            Op::LoadPromoted { pseudo } => {
                if let Some(dst) = crate::operands::writes(instr).first() {
                    let r = s[*pseudo as usize];
                    set(&mut s, *dst, r);
                }
            }
            Op::StorePromoted { pseudo } => {
                if let Instr::StoreGlobal { src, .. } = *instr {
                    s[*pseudo as usize] = rep_of(unit, &s, src);
                }
            }
            Op::CallBuiltin { f, .. } => {
                let (dst, args): (Reg, Vec<Rep>) = match *instr {
                    Instr::Call { dst, base, nargs, .. } => (dst, (base..base + nargs).map(|r| rep_of(unit, &s, r)).collect()),
                    Instr::CallMethod { dst, base, nargs, .. } => (dst, (base + 1..base + 1 + nargs).map(|r| rep_of(unit, &s, r)).collect()),
                    _ => return vec![],
                };
                let r = builtin_result(*f, &args);
                set(&mut s, dst, r);
            }
            Op::CallUnit { callee } => {
                if let Instr::Call { dst, .. } = *instr {
                    set(&mut s, dst, callee.ret);
                }
            }
            Op::ListGetIter => {
                if let Instr::GetIter { dst, .. } = *instr {
                    set(&mut s, dst, Rep::ListIter);
                }
            }
            Op::SeqGet { item } => {
                if let Instr::Subscript { dst, .. } = *instr {
                    set(&mut s, dst, item.unwrap_or(ANY));
                }
            }
            Op::SeqLen => {
                if let Instr::Call { dst, .. } = *instr {
                    set(&mut s, dst, Rep::Int);
                }
            }
            Op::ReduceYield { acc, num } => {
                s[*acc as usize] = num_rep(*num);
                if let Instr::Yield { dst, .. } = *instr {
                    // `sum` sends nothing back: the yield expression is None.
                    set(&mut s, dst, ANY);
                }
            }
            Op::ReleaseNativeIter => {
                if let Instr::ReleaseIter { reg } = *instr {
                    set(&mut s, reg, ANY);
                }
            }
        },
    }
    succ.into_iter().map(|p| (p, s.clone())).collect()
}
