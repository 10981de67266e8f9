//! Dead-load elimination: removes loads whose value nothing uses.
//!
//! Cranelift keeps every load in its side-effect skeleton, even a `notrap` one
//! nobody reads (its e-graph treats a load as pure only when it is also
//! `readonly` and `can_move`), and lowers it. Ours come from branches dropped
//! after translation: the guards of a closed unit's bindings in inlined copies
//! (see `self_inline`) leave their loads of the binding's slot behind, and a
//! loop unit's exit code reloads all of its saved pointer parameters where most
//! exits need one or two.

use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir;

/// Removes from `func`'s layout every load that cannot trap (`notrap`; a
/// `stack_load` is built as one, from a `stack_addr`) and every pure
/// instruction (a compare, an address computation) whose results nothing uses,
/// then what only they used, and so on: a dead guard's compares, and the loads
/// they read.
/// Returns how many instructions it removed.
pub fn drop_dead_loads(func: &mut ir::Function) -> usize {
    // A use of an alias must count as a use of the value it stands for.
    func.dfg.resolve_all_aliases();
    // Uses of each value, by value number.
    let mut uses = vec![0u32; func.dfg.num_values()];
    let mut dead = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            for v in func.dfg.inst_values(inst) {
                uses[v.index()] += 1;
            }
            if is_untrapping_load(func, inst) || is_pure(func, inst) {
                dead.push(inst);
            }
        }
    }
    dead.retain(|&inst| func.dfg.inst_results(inst).iter().all(|r| uses[r.index()] == 0));
    let mut removed = 0;
    while let Some(inst) = dead.pop() {
        if func.layout.inst_block(inst).is_none() {
            continue;
        }
        let args: Vec<ir::Value> = func.dfg.inst_values(inst).collect();
        func.layout.remove_inst(inst);
        removed += 1;
        for a in args {
            uses[a.index()] -= 1;
            let ir::ValueDef::Result(def, _) = func.dfg.value_def(a) else { continue };
            let unused = func.dfg.inst_results(def).iter().all(|r| uses[r.index()] == 0);
            if unused && func.layout.inst_block(def).is_some() && (is_untrapping_load(func, def) || is_pure(func, def)) {
                dead.push(def);
            }
        }
    }
    removed
}

/// Whether `inst` computes its results from its arguments alone: no memory,
/// no trap, no control flow (Cranelift's own predicate is private).
fn is_pure(func: &ir::Function, inst: ir::Inst) -> bool {
    let op = func.dfg.insts[inst].opcode();
    !(op.is_call() || op.is_branch() || op.is_terminator() || op.can_trap() || op.other_side_effects() || op.can_load() || op.can_store())
}

/// Whether `inst` loads from memory it cannot trap on.
fn is_untrapping_load(func: &ir::Function, inst: ir::Inst) -> bool {
    match func.dfg.insts[inst] {
        ir::InstructionData::Load { flags, .. } => func.dfg.mem_flags[flags].notrap(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ir::{verify, FRONTEND};
    use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// A function `(p: i64) -> i64` whose one block `body` fills from `p`,
    /// returning what `body` returns.
    fn unary(body: impl FnOnce(&mut FunctionBuilder, ir::Value) -> ir::Value) -> ir::Function {
        let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let p = b.block_params(entry)[0];
        let r = body(&mut b, p);
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(FRONTEND);
        func
    }

    /// `f(p) = *(p + 8)`, after comparing a byte of `**p` with 5 (a guard
    /// without its branch: a compare nothing uses, of a chain of two loads),
    /// loading `*p` with no `notrap` flag, and an unused `stack_load`.
    fn with_dead_loads() -> ir::Function {
        unary(|b, p| {
            let slot = b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 8, 3));
            let trusted = MemFlagsData::trusted();
            let inner = b.ins().load(types::I64, trusted, p, 0);
            let addr = b.ins().iadd_imm_s(inner, 16);
            let tag = b.ins().uload8(types::I32, trusted, addr, 0);
            b.ins().icmp_imm_s(ir::condcodes::IntCC::Equal, tag, 5);
            b.ins().load(types::I64, MemFlagsData::new(), p, 0);
            b.ins().stack_store(types::I64, p, slot, 0);
            b.ins().stack_load(types::I64, types::I64, slot, 0);
            b.ins().load(types::I64, trusted, p, 8)
        })
    }

    fn opcodes(func: &ir::Function) -> Vec<ir::Opcode> {
        func.layout.blocks().flat_map(|b| func.layout.block_insts(b)).map(|i| func.dfg.insts[i].opcode()).collect()
    }

    #[test]
    fn dead_guards_and_reloads_go_with_their_loads() {
        let mut func = with_dead_loads();
        let before = opcodes(&func).len();
        let removed = drop_dead_loads(&mut func);
        // The guard (its compare, the byte load, the `+ 16`, `*p`) and the stack
        // reload with its own `stack_addr` go; the load that may trap, the store
        // and the load returned stay.
        use ir::Opcode::*;
        assert_eq!(opcodes(&func), [Load, StackAddr, Store, Load, Return], "{}", func.display());
        assert_eq!(removed, before - 5);
        verify(&func);
    }

    #[test]
    fn a_load_used_through_an_alias_stays() {
        // `f(p) = *p`, returned through an alias of the load (Cranelift's
        // inliner and the frontend leave aliases for the optimizer to resolve).
        let mut values = None;
        let mut func = unary(|b, p| {
            let loaded = b.ins().load(types::I64, MemFlagsData::trusted(), p, 0);
            let placeholder = b.ins().iadd_imm_s(p, 0);
            values = Some((loaded, placeholder));
            placeholder
        });
        let (loaded, alias) = values.unwrap();
        let ir::ValueDef::Result(placeholder, _) = func.dfg.value_def(alias) else { unreachable!() };
        func.layout.remove_inst(placeholder);
        func.dfg.change_to_alias(alias, loaded);
        drop_dead_loads(&mut func);
        use ir::Opcode::*;
        assert_eq!(opcodes(&func), [Load, Return], "{}", func.display());
        verify(&func);
    }
}

