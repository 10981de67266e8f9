//! Inlining a recursive function unit into itself, one level deep, with
//! Cranelift's inliner (`cranelift_codegen::inline`).
//!
//! A unit's direct self-calls (`fibonacci(n - 1)`) become a copy of its own body,
//! so half the Python-level calls cost no native call, and a callee's base case
//! (`if n < 2: return n`) is a branch in the caller. The copy is the same unit's
//! IR: it counts the recursion depth and leaves through the same exits (same exit
//! table, same function object), so running it inline is exactly running the
//! call. Checks are dropped from copies: the native-stack check (a copy runs
//! in its caller's frame, at the stack pointer the caller checked on entry),
//! a closed unit's entry guards on its bindings (nothing the caller ran since
//! it checked them can rebind them), and a closed unit's recursion-limit check
//! (the caller checked at its entry that two more levels fit: the copy's and
//! the base cases inlined into it).
//!
//! The self-calls left in the copies then get the body's base cases inlined
//! (partial inlining, as GCC's `-fpartial-inlining`): the blocks from the entry
//! that reach a `return` without a call, a store or a trap, with every other
//! way out replaced by the real call. `fibonacci(n - 2)` with `n - 2 < 2`
//! (half the native calls of a naive `fibonacci`) is then a few compares in
//! the caller instead of a call, a prologue and an epilogue.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir::{self, ExternalName, InstBuilder, Opcode};
use std::borrow::Cow;

/// Bodies above this many IR instructions are not copied (each self-call site
/// would grow the unit by the whole body).
const MAX_INLINED_INSTS: usize = 1500;

/// Base cases above this many IR instructions are not copied to the call sites
/// left in the copies (they would cost more than the call they can save).
const MAX_BASE_CASE_INSTS: usize = 48;

/// Inlines every direct call of `func` to the code-cache function `self_id`
/// (the function `func` will be compiled as). `entry_guards` are branches of
/// `func` the copies skip: the guards of a closed unit's bindings, which nothing
/// the unit runs can rebind (see `compile::is_closed`), so a copy finds them as
/// its caller checked them, and its recursion-limit check, made at its entry
/// for two more levels (`translate::control::RECURSION_HEADROOM`: copies are
/// one level deep and base cases inlined into them two, never more). Returns
/// whether any was inlined.
///
/// # Errors
/// Cranelift's message when inlining fails; `ctx.func` is then the function as
/// it was, so the caller can compile it without inlining.
pub fn inline_self_calls(ctx: &mut cranelift_codegen::Context, self_id: u32, entry_guards: &[ir::Inst]) -> Result<bool, String> {
    let calls_self = ctx.func.dfg.ext_funcs.values().any(|ext| is_self(&ctx.func, &ext.name, self_id));
    if !calls_self || ctx.func.dfg.num_insts() > MAX_INLINED_INSTS {
        return Ok(false);
    }
    let original = ctx.func.clone();
    let mut body = ctx.func.clone();
    drop_stack_checks(&mut body);
    drop_branches(&mut body, entry_guards);
    // The dropped guards leave their loads of the bindings' slots unused.
    crate::dead_loads::drop_dead_loads(&mut body);
    let base_cases = base_case_body(&body, self_id);
    let mut inlined = ctx.inline(SelfInliner { body, self_id });
    if let (&Ok(copied), Some(base_cases)) = (&inlined, base_cases) {
        inlined = ctx.inline(SelfInliner { body: base_cases, self_id }).map(|_| copied);
    }
    let inlined = inlined.map_err(|e| {
        ctx.func = original;
        format!("{:?}", e)
    })?;
    // Copies that returned natively pass their result's tag as a constant to
    // the join, which compares it.
    crate::jump_threading::thread_constant_compares(&mut ctx.func);
    // The inliner leaves a chain of jumps at each call and each copy's return.
    crate::block_merge::merge_straight_line_blocks(&mut ctx.func);
    Ok(inlined)
}

/// The base cases of `body` as a function of the same signature: the blocks
/// reachable from the entry through instructions without effects (see
/// [`is_speculable`]) from which such a path reaches a `return`. Every branch
/// leaving them goes to a new block that makes the real self-call with the
/// entry's arguments and returns its results, so running the base cases and
/// then, when none applies, the call is exactly running the call. `None` when
/// the entry reaches no `return` that way, when the base cases are bigger than
/// [`MAX_BASE_CASE_INSTS`], or when `body` has no self-call to make.
fn base_case_body(body: &ir::Function, self_id: u32) -> Option<ir::Function> {
    let entry = body.layout.entry_block()?;
    let self_ref = body.layout.blocks().flat_map(|b| body.layout.block_insts(b)).find_map(|i| match body.dfg.insts[i] {
        ir::InstructionData::Call { func_ref, .. } if is_self(body, &body.dfg.ext_funcs[func_ref].name, self_id) => Some(func_ref),
        _ => None,
    })?;
    let successors = |b: ir::Block| -> Vec<ir::Block> {
        let Some(last) = body.layout.last_inst(b) else { return Vec::new() };
        body.dfg.insts[last].branch_destination(&body.dfg.jump_tables, &body.dfg.exception_tables).iter().map(|c| c.block(&body.dfg.value_lists)).collect()
    };
    let without_effects = |b: ir::Block| body.layout.block_insts(b).all(|i| is_speculable(body, i));
    // Forward: the blocks reachable from the entry through blocks without effects.
    let mut reached = vec![entry];
    let mut i = 0;
    while i < reached.len() {
        let b = reached[i];
        i += 1;
        if without_effects(b) {
            for s in successors(b) {
                if !reached.contains(&s) {
                    reached.push(s);
                }
            }
        }
    }
    reached.retain(|&b| without_effects(b));
    // Backward: keep those from which one of them reaches a `return`.
    let returns = |b: ir::Block| body.layout.last_inst(b).is_some_and(|i| body.dfg.insts[i].opcode() == Opcode::Return);
    let mut kept: Vec<ir::Block> = reached.iter().copied().filter(|&b| returns(b)).collect();
    loop {
        let before = kept.len();
        for &b in &reached {
            if !kept.contains(&b) && successors(b).iter().any(|s| kept.contains(s)) {
                kept.push(b);
            }
        }
        if kept.len() == before {
            break;
        }
    }
    let insts: usize = kept.iter().map(|&b| body.layout.block_insts(b).count()).sum();
    if !kept.contains(&entry) || insts > MAX_BASE_CASE_INSTS {
        return None;
    }
    let mut f = body.clone();
    // The stack slots belong to the exits left out (Cranelift's inliner would
    // copy every one into each call site's frame).
    let uses_slots = kept.iter().flat_map(|&b| body.layout.block_insts(b)).any(|i| matches!(body.dfg.insts[i], ir::InstructionData::StackAddr { .. } | ir::InstructionData::DynamicStackAddr { .. }));
    if !uses_slots {
        f.sized_stack_slots.clear();
    }
    let call_block = f.dfg.make_block();
    f.layout.append_block(call_block);
    let args = f.dfg.block_params(entry).to_vec();
    let mut cur = FuncCursor::new(&mut f).at_bottom(call_block);
    let call = cur.ins().call(self_ref, &args);
    let results = cur.func.dfg.inst_results(call).to_vec();
    cur.ins().return_(&results);
    let blocks: Vec<ir::Block> = f.layout.blocks().collect();
    for b in blocks {
        if b == call_block {
            continue;
        }
        if !kept.contains(&b) {
            f.layout.remove_block_and_insts(b);
            continue;
        }
        let Some(last) = f.layout.last_inst(b) else { continue };
        let dfg = &mut f.dfg;
        for dest in dfg.insts[last].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables) {
            if !kept.contains(&dest.block(&dfg.value_lists)) {
                *dest = ir::BlockCall::new(call_block, [], &mut dfg.value_lists);
            }
        }
    }
    Some(f)
}

/// Whether running `inst` and dropping its results is the same as not running
/// it: no call, no store, no trap, nothing else observable; a block ending in a
/// `jump`, a `brif` or a `return`.
fn is_speculable(func: &ir::Function, inst: ir::Inst) -> bool {
    let data = &func.dfg.insts[inst];
    let op = data.opcode();
    if op.is_terminator() {
        return matches!(op, Opcode::Jump | Opcode::Brif | Opcode::Return);
    }
    if op.is_call() || op.can_store() || op.other_side_effects() {
        return false;
    }
    if op.can_load() {
        return matches!(data, ir::InstructionData::Load { flags, .. } if func.dfg.mem_flags[*flags].notrap());
    }
    !op.can_trap()
}

/// Replaces each stack check (see [`stack_check_pass`]) with a jump to where the
/// check passes.
fn drop_stack_checks(func: &mut ir::Function) {
    let checks: Vec<_> = func.layout.blocks().filter_map(|b| func.layout.last_inst(b)).filter(|&i| stack_check_pass(func, i).is_some()).collect();
    drop_branches(func, &checks);
}

/// Replaces each of `branches` (a `brif`) with a jump to its `then` target.
fn drop_branches(func: &mut ir::Function, branches: &[ir::Inst]) {
    for &inst in branches {
        if let ir::InstructionData::Brif { blocks, .. } = func.dfg.insts[inst] {
            func.dfg.insts[inst] = ir::InstructionData::Jump { opcode: Opcode::Jump, destination: blocks[0] };
        }
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
    use crate::test_ir::{verify, FRONTEND};
    use cranelift_codegen::ir::{condcodes::IntCC, types, AbiParam, InstBuilder, Signature, UserExternalName};
    use cranelift_codegen::isa::CallConv;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    const SELF_ID: u32 = 7;

    /// `(i64 × params) -> i64`.
    fn i64_signature(params: usize) -> Signature {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.extend((0..params).map(|_| AbiParam::new(types::I64)));
        sig.returns.push(AbiParam::new(types::I64));
        sig
    }

    /// Imports code-cache function `index` (of signature `sig`) into `b`'s function.
    fn callee(b: &mut FunctionBuilder, sig: ir::SigRef, index: u32) -> ir::FuncRef {
        let name = b.func.declare_imported_user_function(UserExternalName { namespace: 0, index });
        b.import_function(ir::ExtFuncData { name: ExternalName::User(name), signature: sig, colocated: true, patchable: false })
    }

    /// `f(n) = n if n < 2 else f(n - 1) + f(n - 2)`, calling itself as code-cache
    /// function `SELF_ID` (and, with `other`, once more as another function),
    /// after a check of the stack pointer (returning 0 when it fails).
    fn fib_ir(other: bool) -> ir::Function {
        let sig = i64_signature(1);
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
        let me = callee(&mut b, sigref, SELF_ID);
        let n1 = b.ins().iadd_imm_s(n, -1);
        let c1 = b.ins().call(me, &[n1]);
        let n2 = b.ins().iadd_imm_s(n, -2);
        let c2 = b.ins().call(me, &[n2]);
        let (r1, r2) = (b.inst_results(c1)[0], b.inst_results(c2)[0]);
        let mut r = b.ins().iadd(r1, r2);
        if other {
            let them = callee(&mut b, sigref, SELF_ID + 1);
            let c3 = b.ins().call(them, &[r]);
            r = b.inst_results(c3)[0];
        }
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(FRONTEND);
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
        assert!(inline_self_calls(&mut ctx, SELF_ID, &[]).unwrap());
        // Each of the two self-calls became a copy of the body with its own two
        // self-calls (not inlined again); the call to another function stays, once
        // in the caller and once in each copy.
        assert_eq!(calls(&ctx.func), (4, 3));
        // The copies run in the caller's frame: only the caller checks the stack.
        assert_eq!(stack_checks(&ctx.func), 1);
        // `n < 2` is tested by the body, by each copy, and before each of the four
        // calls left (the base case copied there, without the other call).
        assert_eq!(compares_with(&ctx.func, 2), 1 + 2 + 4);
        verify(&ctx.func);
    }

    /// `f(p, n) = n if n < 1 else f(p, n - 1)`, calling itself as `SELF_ID`; with
    /// `store`, the base case first stores `n` at `p`. Also returns the branch of
    /// an entry guard: `f` returns 0 at once when `p == 0`.
    fn countdown_ir(store: bool) -> (ir::Function, ir::Inst) {
        let sig = i64_signature(2);
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig.clone());
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let (entry, base, rec) = (b.create_block(), b.create_block(), b.create_block());
        let (guarded, unguarded) = (b.create_block(), b.create_block());
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (p, n) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let ok = b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
        let guard = b.ins().brif(ok, guarded, &[], unguarded, &[]);
        b.switch_to_block(unguarded);
        b.ins().return_(&[p]);
        b.switch_to_block(guarded);
        let small = b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 1);
        b.ins().brif(small, base, &[], rec, &[]);
        b.switch_to_block(base);
        if store {
            b.ins().store(ir::MemFlagsData::trusted(), n, p, 0);
        }
        b.ins().return_(&[n]);
        b.switch_to_block(rec);
        let sigref = b.import_signature(sig);
        let me = callee(&mut b, sigref, SELF_ID);
        let n1 = b.ins().iadd_imm_s(n, -1);
        let c = b.ins().call(me, &[p, n1]);
        let r = b.inst_results(c)[0];
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(FRONTEND);
        (func, guard)
    }

    #[test]
    fn base_cases_with_effects_are_not_copied_to_calls() {
        // Without the store: the body, the copy, and the base case before the
        // call left in the copy.
        let mut ctx = cranelift_codegen::Context::for_function(countdown_ir(false).0);
        assert!(inline_self_calls(&mut ctx, SELF_ID, &[]).unwrap());
        assert_eq!((calls(&ctx.func).0, compares_with(&ctx.func, 1)), (1, 3));
        verify(&ctx.func);
        // A store in the base case: running it and then calling would store twice.
        let mut ctx = cranelift_codegen::Context::for_function(countdown_ir(true).0);
        assert!(inline_self_calls(&mut ctx, SELF_ID, &[]).unwrap());
        assert_eq!((calls(&ctx.func).0, compares_with(&ctx.func, 1)), (1, 2));
        verify(&ctx.func);
    }

    #[test]
    fn copies_skip_the_entry_guards() {
        // The guard (`p != 0`) is in the body, the copy and the copied base case...
        let (func, guard) = countdown_ir(false);
        let mut ctx = cranelift_codegen::Context::for_function(func.clone());
        inline_self_calls(&mut ctx, SELF_ID, &[]).unwrap();
        assert_eq!(compares_with(&ctx.func, 0), 3);
        // ...unless it is an entry guard: then only the body checks it.
        let mut ctx = cranelift_codegen::Context::for_function(func);
        inline_self_calls(&mut ctx, SELF_ID, &[guard]).unwrap();
        assert_eq!((compares_with(&ctx.func, 0), compares_with(&ctx.func, 1)), (1, 3));
        verify(&ctx.func);
    }

    /// Branches in `func` on a comparison of a value with the constant `k`.
    fn compares_with(func: &ir::Function, k: i64) -> usize {
        let def = |v: ir::Value| match func.dfg.value_def(v) {
            ir::ValueDef::Result(i, _) => Some(&func.dfg.insts[i]),
            _ => None,
        };
        let is_k = |v: ir::Value| matches!(def(v), Some(ir::InstructionData::UnaryImm { imm, .. }) if imm.bits() == k);
        let on_compare = |c: ir::Value| matches!(def(c), Some(ir::InstructionData::IntCompare { args, .. }) if is_k(args[1]));
        func.layout.blocks().flat_map(|b| func.layout.block_insts(b)).filter(|&i| matches!(func.dfg.insts[i], ir::InstructionData::Brif { arg, .. } if on_compare(arg))).count()
    }

    #[test]
    fn functions_without_self_calls_or_too_big_are_left_alone() {
        let mut ctx = cranelift_codegen::Context::for_function(fib_ir(false));
        assert!(!inline_self_calls(&mut ctx, SELF_ID + 100, &[]).unwrap());
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
        assert!(!inline_self_calls(&mut ctx, SELF_ID, &[]).unwrap());
        assert_eq!(calls(&ctx.func), (2, 0));
    }
}
