//! Inlining a recursive function unit into itself, one level deep, with
//! Cranelift's inliner (`cranelift_codegen::inline`).
//!
//! A unit's direct self-calls (`fibonacci(n - 1)`) become a copy of its own body,
//! so half the Python-level calls cost no native call, and a callee's base case
//! (`if n < 2: return n`) is a branch in the caller. The copy is the same unit's
//! IR: it counts the recursion depth, checks the stack, and leaves through the
//! same exits (same exit table, same function object), so running it inline is
//! exactly running the call.

use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir::{self, ExternalName, Opcode};
use std::borrow::Cow;

/// Bodies above this many IR instructions are not copied (each self-call site
/// would grow the unit by the whole body).
const MAX_INLINED_INSTS: usize = 1500;

/// Inlines every direct call of `func` to the code-cache function `self_id`
/// (the function `func` will be compiled as). Returns whether any was inlined.
///
/// # Errors
/// Cranelift's message when inlining fails (the caller then compiles the unit
/// without inlining).
pub fn inline_self_calls(ctx: &mut cranelift_codegen::Context, self_id: u32) -> Result<bool, String> {
    let calls_self = ctx.func.dfg.ext_funcs.values().any(|ext| is_self(&ctx.func, &ext.name, self_id));
    if !calls_self || ctx.func.dfg.num_insts() > MAX_INLINED_INSTS {
        return Ok(false);
    }
    let body = ctx.func.clone();
    ctx.inline(SelfInliner { body, self_id }).map_err(|e| format!("{:?}", e))
}

fn is_self(func: &ir::Function, name: &ExternalName, self_id: u32) -> bool {
    match name {
        ExternalName::User(r) => func.params.user_named_funcs().get(*r).is_some_and(|n| n.namespace == 0 && n.index == self_id),
        _ => false,
    }
}

/// Answers Cranelift's inliner: copy `body` into direct self-calls, and do not
/// look at the calls inside the copy (one level only).
struct SelfInliner {
    body: ir::Function,
    self_id: u32,
}

impl Inline for SelfInliner {
    fn inline(&mut self, caller: &ir::Function, _call: ir::Inst, opcode: Opcode, callee: ir::FuncRef, _args: &[ir::Value]) -> InlineCommand<'_> {
        if opcode == Opcode::Call && is_self(caller, &caller.dfg.ext_funcs[callee].name, self.self_id) {
            InlineCommand::Inline { callee: Cow::Borrowed(&self.body), visit_callee: false }
        } else {
            InlineCommand::KeepCall
        }
    }
}
