//! Plain-language names for what stays in the interpreter, for `@njit` errors and
//! the trace ("line 7: a call of `print`").

use crate::decide::{decide, Action, UnitInput};
use crate::infer::Analysis;
use pyjit_compiler::bytecode::{BinOp, CodeObject, Instr, Pc, Reg};

/// The name a register was loaded from by the nearest earlier `LoadGlobal` or
/// `LoadBuiltin` into it (for naming a called function).
fn loaded_name(raw: &CodeObject, pc: Pc, reg: Reg) -> Option<String> {
    for p in (0..pc).rev() {
        match &raw.instrs[p as usize] {
            Instr::LoadGlobal { dst, name } | Instr::LoadBuiltin { dst, name } if *dst == reg => return Some(raw.names[*name as usize].to_string()),
            i if crate::operands::writes(i).contains(&reg) => return None,
            _ => {}
        }
    }
    None
}

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Pow => "**",
        other => other.symbol(),
    }
}

/// What the instruction at `pc` does, in words.
pub fn describe(raw: &CodeObject, pc: Pc) -> String {
    use Instr::*;
    let name = |i: &u32| raw.names[*i as usize].to_string();
    match &raw.instrs[pc as usize] {
        Call { func, .. } => match loaded_name(raw, pc, *func) {
            Some(n) => format!("a call of `{}`", n),
            None => "a call of a function value".into(),
        },
        CallKw { .. } => "a call with keyword arguments".into(),
        CallEx { .. } => "a call with unpacked arguments".into(),
        CallMethod { name: n, .. } => format!("the method call `.{}()`", name(n)),
        LoadAttr { name: n, .. } => format!("the attribute `.{}`", name(n)),
        StoreAttr { name: n, .. } => format!("setting the attribute `.{}`", name(n)),
        LoadGlobal { name: n, .. } => format!("the global `{}` (of a type compiled code does not handle)", name(n)),
        StoreGlobal { name: n, .. } => format!("assigning the global `{}`", name(n)),
        BuildList { .. } => "building a list".into(),
        BuildTuple { .. } => "building a tuple".into(),
        BuildDict { .. } | DictSet { .. } => "building a dict".into(),
        BuildSet { .. } | SetAdd { .. } => "building a set".into(),
        BuildString { .. } | FormatValue { .. } => "string formatting".into(),
        Subscript { .. } => "indexing something other than a list or tuple by an int".into(),
        StoreSubscript { .. } => "item assignment to something other than a list by an int".into(),
        Add { .. } => "`+` on these operand types".into(),
        Sub { .. } => "`-` on these operand types".into(),
        Mul { .. } => "`*` on these operand types".into(),
        TrueDiv { .. } => "`/` on these operand types".into(),
        FloorDiv { .. } => "`//` on these operand types".into(),
        Mod { .. } => "`%` on these operand types".into(),
        Pow { .. } => "`**` on these operand types".into(),
        BinaryOp { op, .. } | InplaceOp { op, .. } => format!("`{}` on these operand types", op_symbol(*op)),
        Compare { op, .. } | CompareJump { op, .. } => format!("the comparison `{}` on these operand types", op.symbol()),
        Contains { .. } => "`in`".into(),
        Unary { .. } => "a unary operator on this operand type".into(),
        GetIter { .. } | ForIter { .. } => "iterating over this kind of object".into(),
        MakeFunction { .. } => "defining a function".into(),
        BuildClass { .. } => "defining a class".into(),
        Yield { .. } | YieldFrom { .. } => "`yield`".into(),
        ImportName { .. } | ImportFrom { .. } => "`import`".into(),
        LoadDeref { .. } | StoreDeref { .. } | MakeCell { .. } => "a closure variable".into(),
        WithEnter { .. } | WithExit { .. } => "a `with` statement".into(),
        UnpackSequence { .. } | UnpackEx { .. } => "unpacking".into(),
        EnterHandler { .. } | CheckExcMatch { .. } | ExitHandler => "an exception handler".into(),
        other => {
            let text = format!("{:?}", other);
            format!("the `{}` instruction", text.split([' ', '{']).next().unwrap_or("?"))
        }
    }
}

/// `(line, what)` of every reachable instruction the unit leaves to the interpreter
/// (raising an exception is not counted: it ends in the interpreter by design).
pub fn interpreted(unit: &UnitInput, a: &Analysis) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for pc in unit.start..=unit.end {
        let Some(s) = a.at(unit.start, pc) else { continue };
        let instr = &unit.raw.instrs[pc as usize];
        if matches!(instr, Instr::Raise { .. } | Instr::Reraise { .. }) {
            continue;
        }
        if matches!(decide(unit, pc, s).action, Action::Generic | Action::Exit) {
            out.push((unit.raw.lines.get(pc as usize).copied().unwrap_or(0), describe(unit.raw, pc)));
        }
    }
    out
}
