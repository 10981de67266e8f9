//! Inlining a recursive function unit into itself, one level deep, with
//! Cranelift's inliner (`cranelift_codegen::inline`).
//!
//! A unit's direct self-calls (`fibonacci(n - 1)`) become a copy of its own body,
//! so half the Python-level calls cost no native call, and a callee's base case
//! (`if n < 2: return n`) is a branch in the caller. The copy is the same unit's
//! IR: it counts the recursion depth and leaves through the same exits (same exit
//! table, same function object), so running it inline is exactly running the
//! call. Only its native-stack check is dropped: a copy runs in its caller's
//! frame, at the stack pointer the caller checked on entry.

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
/// Cranelift's message when inlining fails; `ctx.func` is then the function as
/// it was, so the caller can compile it without inlining.
pub fn inline_self_calls(ctx: &mut cranelift_codegen::Context, self_id: u32) -> Result<bool, String> {
    let calls_self = ctx.func.dfg.ext_funcs.values().any(|ext| is_self(&ctx.func, &ext.name, self_id));
    if !calls_self || ctx.func.dfg.num_insts() > MAX_INLINED_INSTS {
        return Ok(false);
    }
    let mut body = ctx.func.clone();
    drop_stack_checks(&mut body);
    let mut inliner = SelfInliner { body, self_id };
    ctx.inline(&mut inliner).map_err(|e| {
        ctx.func = inliner.body;
        format!("{:?}", e)
    })
}

/// Replaces each stack check (see [`stack_check_pass`]) with a jump to where the
/// check passes.
fn drop_stack_checks(func: &mut ir::Function) {
    let checks: Vec<_> = func.layout.blocks().filter_map(|b| func.layout.last_inst(b)).filter_map(|i| stack_check_pass(func, i).map(|pass| (i, pass))).collect();
    for (brif, pass) in checks {
        func.dfg.insts[brif] = ir::InstructionData::Jump { opcode: Opcode::Jump, destination: pass };
    }
}

/// When `inst` is a branch on a comparison of the stack pointer
/// (`get_stack_pointer`), its `then` target: where the check passes.
fn stack_check_pass(func: &ir::Function, inst: ir::Inst) -> Option<ir::BlockCall> {
    let ir::InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[inst] else { return None };
    let ir::ValueDef::Result(cmp, _) = func.dfg.value_def(arg) else { return None };
    let ir::InstructionData::IntCompare { args, .. } = func.dfg.insts[cmp] else { return None };
    let reads_sp = |v: ir::Value| matches!(func.dfg.value_def(v), ir::ValueDef::Result(i, _) if func.dfg.insts[i].opcode() == Opcode::GetStackPointer);
    args.iter().any(|&v| reads_sp(v)).then_some(blocks[0])
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

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{condcodes::IntCC, types, AbiParam, InstBuilder, Signature, UserExternalName};
    use cranelift_codegen::isa::CallConv;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    const SELF_ID: u32 = 7;

    /// `f(n) = n if n < 2 else f(n - 1) + f(n - 2)`, calling itself as code-cache
    /// function `SELF_ID` (and, with `other`, once more as another function),
    /// after a check of the stack pointer (returning 0 when it fails).
    fn fib_ir(other: bool) -> ir::Function {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig.clone());
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let (entry, base, rec) = (b.create_block(), b.create_block(), b.create_block());
        let (room, no_room) = (b.create_block(), b.create_block());
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let n = b.block_params(entry)[0];
        let sp = b.ins().get_stack_pointer(types::I64);
        let enough = b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, sp, 0x1000);
        b.ins().brif(enough, room, &[], no_room, &[]);
        b.switch_to_block(no_room);
        let zero = b.ins().iconst(types::I64, 0);
        b.ins().return_(&[zero]);
        b.switch_to_block(room);
        let small = b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 2);
        b.ins().brif(small, base, &[], rec, &[]);
        b.switch_to_block(base);
        b.ins().return_(&[n]);
        b.switch_to_block(rec);
        let sigref = b.import_signature(sig);
        let callee = |b: &mut FunctionBuilder, index| {
            let name = b.func.declare_imported_user_function(UserExternalName { namespace: 0, index });
            b.import_function(ir::ExtFuncData { name: ExternalName::User(name), signature: sigref, colocated: true, patchable: false })
        };
        let me = callee(&mut b, SELF_ID);
        let n1 = b.ins().iadd_imm_s(n, -1);
        let c1 = b.ins().call(me, &[n1]);
        let n2 = b.ins().iadd_imm_s(n, -2);
        let c2 = b.ins().call(me, &[n2]);
        let (r1, r2) = (b.inst_results(c1)[0], b.inst_results(c2)[0]);
        let mut r = b.ins().iadd(r1, r2);
        if other {
            let them = callee(&mut b, SELF_ID + 1);
            let c3 = b.ins().call(them, &[r]);
            r = b.inst_results(c3)[0];
        }
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(cranelift_codegen::isa::TargetFrontendConfig { default_call_conv: CallConv::SystemV, pointer_width: target_lexicon::PointerWidth::U64, page_size_align_log2: 12 });
        func
    }

    /// Branches on a comparison of the stack pointer in `func`.
    fn stack_checks(func: &ir::Function) -> usize {
        func.layout.blocks().filter_map(|b| func.layout.last_inst(b)).filter(|&i| stack_check_pass(func, i).is_some()).count()
    }

    /// Direct calls in `func`, split into calls to `SELF_ID` and to anything else.
    fn calls(func: &ir::Function) -> (usize, usize) {
        let mut out = (0, 0);
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                if let ir::InstructionData::Call { func_ref, .. } = func.dfg.insts[inst] {
                    if is_self(func, &func.dfg.ext_funcs[func_ref].name, SELF_ID) {
                        out.0 += 1;
                    } else {
                        out.1 += 1;
                    }
                }
            }
        }
        out
    }

    #[test]
    fn self_calls_are_inlined_one_level() {
        let mut ctx = cranelift_codegen::Context::for_function(fib_ir(true));
        assert_eq!(calls(&ctx.func), (2, 1));
        assert!(inline_self_calls(&mut ctx, SELF_ID).unwrap());
        // Each of the two self-calls became a copy of the body with its own two
        // self-calls (not inlined again); the call to another function stays, once
        // in the caller and once in each copy.
        assert_eq!(calls(&ctx.func), (4, 3));
        // The copies run in the caller's frame: only the caller checks the stack.
        assert_eq!(stack_checks(&ctx.func), 1);
        let flags = cranelift_codegen::settings::Flags::new(cranelift_codegen::settings::builder());
        cranelift_codegen::verifier::verify_function(&ctx.func, &flags).unwrap();
    }

    #[test]
    fn functions_without_self_calls_or_too_big_are_left_alone() {
        let mut ctx = cranelift_codegen::Context::for_function(fib_ir(false));
        assert!(!inline_self_calls(&mut ctx, SELF_ID + 100).unwrap());
        assert_eq!(calls(&ctx.func), (2, 0));
        assert_eq!(stack_checks(&ctx.func), 1);
        // Pad the body past the limit with dead arithmetic.
        let block = ctx.func.layout.entry_block().unwrap();
        let first = ctx.func.layout.first_inst(block).unwrap();
        use cranelift_codegen::cursor::{Cursor, FuncCursor};
        let mut cur = FuncCursor::new(&mut ctx.func).at_inst(first);
        for _ in 0..MAX_INLINED_INSTS {
            cur.ins().iconst(types::I64, 1);
        }
        assert!(!inline_self_calls(&mut ctx, SELF_ID).unwrap());
        assert_eq!(calls(&ctx.func), (2, 0));
    }
}
