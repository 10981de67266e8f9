//! Jump threading of a join's compare against a constant.
//!
//! A self-call inlined by `self_inline` returns through a jump to the call's
//! join block, passing its result's tag and payload. Where the copy (or the
//! base case) returned natively, the tag is a constant (5, an int); where it
//! made the call, it is the callee's. The join then branches on `tag == 5`.
//! On the constant edges the branch is decided, but Cranelift keeps the join:
//! its `remove_constant_phis` folds only parameters that are the same constant
//! on every edge, so each native return pays a constant move, a compare and a
//! branch, and the tag's phi keeps a register (or a stack slot) busy.
//!
//! Threading sends those edges straight to the branch's target. The values
//! the join passed on become parameters of the target, and the compared
//! parameter is the constant there (on the join's edge too: the compare was
//! true).

use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, InstBuilder};
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::EntityRef;

/// Threads every edge that passes a constant to a join block which only
/// compares that parameter with the same constant for equality and branches
/// (see the module doc). The join's `then` target must have no parameters and
/// no other predecessor, and no block reachable from it but not dominated by
/// it may use the join's parameters. Returns how many edges it threaded.
pub fn thread_constant_compares(func: &mut ir::Function) -> usize {
    func.dfg.resolve_all_aliases();
    // One analysis serves every join: threading one join neither takes a block
    // out of another target's dominance nor makes more blocks reachable from
    // it (the new edges come from the threaded join's predecessors, which sit
    // wherever the join did), so the other plans and their checks still hold.
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let plans: Vec<Plan> = func.layout.blocks().filter_map(|b| plan(func, &cfg, b)).collect();
    if plans.is_empty() {
        return 0;
    }
    let users = Users::of_joins(func, &plans);
    plans.into_iter().map(|p| apply(func, &domtree, &users, p)).sum()
}

/// The instructions that use the values threading rewrites or checks: each
/// join's parameters and the result of its compare (an instruction once per
/// value it uses). Only those: a list for every value of a self-inlined unit
/// cost more allocations than the rest of the pass.
struct Users {
    /// Index into `lists` by value number; `u32::MAX` for a value not tracked.
    slot: Vec<u32>,
    lists: Vec<Vec<ir::Inst>>,
}

impl Users {
    fn of_joins(func: &ir::Function, plans: &[Plan]) -> Users {
        let mut slot = vec![u32::MAX; func.dfg.num_values()];
        let mut tracked = 0;
        for plan in plans {
            let last = func.layout.last_inst(plan.join).expect("a join ends in its branch");
            let cond = func.dfg.inst_args(last).first().copied();
            for &v in func.dfg.block_params(plan.join).iter().chain(cond.iter()) {
                if slot[v.index()] == u32::MAX {
                    slot[v.index()] = tracked;
                    tracked += 1;
                }
            }
        }
        let mut lists = vec![Vec::new(); tracked as usize];
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                for v in func.dfg.inst_values(inst) {
                    let Some(list) = lists.get_mut(slot[v.index()] as usize) else { continue };
                    if list.last() != Some(&inst) {
                        list.push(inst);
                    }
                }
            }
        }
        Users { slot, lists }
    }

    /// The instructions using `v`, a value tracked by [`Users::of_joins`].
    fn of(&self, v: ir::Value) -> &[ir::Inst] {
        self.lists.get(self.slot[v.index()] as usize).map_or(&[], |l| l.as_slice())
    }
}

/// A join to thread: the parameter compared, the constant, the target and the
/// edges (branch instruction, index among its destinations) passing the constant.
struct Plan {
    join: ir::Block,
    param: usize,
    constant: i64,
    target: ir::Block,
    edges: Vec<(ir::Inst, usize)>,
}

fn plan(func: &ir::Function, cfg: &ControlFlowGraph, join: ir::Block) -> Option<Plan> {
    let last = func.layout.last_inst(join)?;
    let ir::InstructionData::Brif { arg: cond, blocks, .. } = func.dfg.insts[last] else { return None };
    // The join holds constants, one compare and the branch.
    let mut compare = None;
    for inst in func.layout.block_insts(join) {
        match func.dfg.insts[inst] {
            _ if inst == last => {}
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, .. } => {}
            ir::InstructionData::IntCompare { cond: ir::condcodes::IntCC::Equal, args, .. } if compare.is_none() => compare = Some((inst, args)),
            _ => return None,
        }
    }
    let (cmp, [a, b]) = compare?;
    if func.dfg.first_result(cmp) != cond {
        return None;
    }
    let params = func.dfg.block_params(join);
    let (param, constant) = match (params.iter().position(|&p| p == a), iconst_value(func, b)) {
        (Some(i), Some(k)) => (i, k),
        _ => match (params.iter().position(|&p| p == b), iconst_value(func, a)) {
            (Some(i), Some(k)) => (i, k),
            _ => return None,
        },
    };
    let target = blocks[0].block(&func.dfg.value_lists);
    let target_preds = cfg.pred_iter(target).count();
    if target == join || blocks[0].len(&func.dfg.value_lists) != 0 || !func.dfg.block_params(target).is_empty() || target_preds != 1 || Some(target) == func.layout.entry_block() {
        return None;
    }
    let mut edges = Vec::new();
    for pred in cfg.pred_iter(join) {
        let dests = func.dfg.insts[pred.inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables);
        for (i, call) in dests.iter().enumerate() {
            if call.block(&func.dfg.value_lists) != join {
                continue;
            }
            let arg = call.args(&func.dfg.value_lists).nth(param).and_then(|a| a.as_value());
            if arg.and_then(|v| iconst_value(func, v)) == Some(constant) && matches!(func.dfg.insts[pred.inst], ir::InstructionData::Jump { .. } | ir::InstructionData::Brif { .. }) {
                edges.push((pred.inst, i));
            }
        }
    }
    (!edges.is_empty()).then_some(Plan { join, param, constant, target, edges })
}

/// The constant `v` holds, when an `iconst` defines it.
fn iconst_value(func: &ir::Function, v: ir::Value) -> Option<i64> {
    let ir::ValueDef::Result(inst, _) = func.dfg.value_def(v) else { return None };
    match func.dfg.insts[inst] {
        ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(imm.bits()),
        _ => None,
    }
}

/// Threads `plan`'s edges; 0 (and nothing changed) when a use of the join's
/// parameters would lose its dominating definition.
fn apply(func: &mut ir::Function, domtree: &DominatorTree, users: &Users, plan: Plan) -> usize {
    let Plan { join, param, constant, target, edges } = plan;
    let params = func.dfg.block_params(join).to_vec();
    let reachable = reachable_from(func, target);
    let last = func.layout.last_inst(join).expect("the join ends in its branch");
    let ir::InstructionData::Brif { arg: cond, .. } = func.dfg.insts[last] else { return 0 };
    let outside = |inst: &&ir::Inst| func.layout.inst_block(**inst) != Some(join);
    // The compare's result must have no use past the join.
    if users.of(cond).iter().any(|i| outside(&i)) {
        return 0;
    }
    // Uses of the join's parameters past the join, by instruction; each must be
    // dominated by the target or out of its reach.
    let mut rewrites = Vec::new();
    let mut used = vec![false; params.len()];
    for (i, p) in params.iter().enumerate() {
        for &inst in users.of(*p).iter().filter(outside) {
            let Some(block) = func.layout.inst_block(inst) else { continue };
            if domtree.block_dominates(target, block) {
                rewrites.push(inst);
                used[i] = true;
            } else if reachable[block.index()] {
                return 0;
            }
        }
    }
    // The join's constants move to the entry block, which dominates every use.
    let entry = func.layout.entry_block().expect("a function with blocks has an entry");
    let join_consts: Vec<ir::Inst> = func.layout.block_insts(join).filter(|&i| func.dfg.insts[i].opcode() == ir::Opcode::Iconst).collect();
    for inst in join_consts {
        func.layout.remove_inst(inst);
        let first = func.layout.first_inst(entry).expect("the entry block ends in a branch");
        func.layout.insert_inst(inst, first);
    }
    // The compared parameter is the constant past the target, and the others
    // become the target's parameters.
    let ty = func.dfg.value_type(params[param]);
    let known = FuncCursor::new(func).at_first_insertion_point(target).ins().iconst(ty, constant);
    let mut renamed = vec![None; params.len()];
    renamed[param] = Some(known);
    for (i, &p) in params.iter().enumerate() {
        if i == param || !used[i] {
            continue;
        }
        let ty = func.dfg.value_type(p);
        renamed[i] = Some(func.dfg.append_block_param(target, ty));
        let dfg = &mut func.dfg;
        dfg.insts[last].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[0].append_argument(p, &mut dfg.value_lists);
    }
    for inst in rewrites {
        func.dfg.map_inst_values(inst, |v| params.iter().position(|&p| p == v).and_then(|i| renamed[i]).unwrap_or(v));
    }
    // Each constant edge jumps to the target with what it passed the join.
    for &(branch, dest) in &edges {
        let dfg = &mut func.dfg;
        let call = dfg.insts[branch].branch_destination(&dfg.jump_tables, &dfg.exception_tables)[dest];
        let passed: Vec<ir::BlockArg> = call.args(&dfg.value_lists).collect();
        let args: Vec<ir::BlockArg> = (0..params.len()).filter(|&i| i != param && used[i]).map(|i| passed[i]).collect();
        let new = ir::BlockCall::new(target, args, &mut dfg.value_lists);
        dfg.insts[branch].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[dest] = new;
    }
    edges.len()
}

/// The blocks reachable from `from` (itself included).
fn reachable_from(func: &ir::Function, from: ir::Block) -> Vec<bool> {
    let mut seen = vec![false; func.dfg.num_blocks()];
    let mut stack = vec![from];
    seen[from.index()] = true;
    while let Some(b) = stack.pop() {
        let Some(last) = func.layout.last_inst(b) else { continue };
        for call in func.dfg.insts[last].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
            let s = call.block(&func.dfg.value_lists);
            if !seen[s.index()] {
                seen[s.index()] = true;
                stack.push(s);
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ir::{verify, FRONTEND};
    use cranelift_codegen::ir::condcodes::IntCC;
    use cranelift_codegen::ir::{types, AbiParam};
    use cranelift_codegen::isa::CallConv;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// `f(n)`: `(5, n)` when `n < 2`, else `g(n - 1)` (a tag and a payload);
    /// then, at the join, `(5, payload + 1)` when the tag is 5, else the pair
    /// as it came. With `shared_tail`, both sides of the join's branch end in
    /// one block that returns the join's payload.
    fn join_on_tag(shared_tail: bool) -> ir::Function {
        let mut sig = ir::Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.extend([AbiParam::new(types::I64), AbiParam::new(types::I64)]);
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig.clone());
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let sigref = b.import_signature(sig);
        let name = b.func.declare_imported_user_function(ir::UserExternalName::new(0, 1));
        let callee = b.import_function(ir::ExtFuncData { name: ir::ExternalName::user(name), signature: sigref, colocated: true, patchable: false });
        let [entry, base, call, join, int, other, tail] = [(); 7].map(|_| b.create_block());
        b.append_block_params_for_function_params(entry);
        let (t, p) = (b.append_block_param(join, types::I64), b.append_block_param(join, types::I64));
        b.switch_to_block(entry);
        let n = b.block_params(entry)[0];
        let small = b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 2);
        b.ins().brif(small, base, &[], call, &[]);
        b.switch_to_block(base);
        let five = b.ins().iconst(types::I64, 5);
        b.ins().jump(join, &[five.into(), n.into()]);
        b.switch_to_block(call);
        let m = b.ins().iadd_imm_s(n, -1);
        let c = b.ins().call(callee, &[m]);
        let r = b.inst_results(c).to_vec();
        b.ins().jump(join, &[r[0].into(), r[1].into()]);
        b.switch_to_block(join);
        let is_int = b.ins().icmp_imm_s(IntCC::Equal, t, 5);
        b.ins().brif(is_int, int, &[], other, &[]);
        b.switch_to_block(int);
        let q = b.ins().iadd_imm_s(p, 1);
        if shared_tail {
            b.ins().jump(tail, &[]);
        } else {
            b.ins().return_(&[t, q]);
        }
        b.switch_to_block(other);
        if shared_tail {
            b.ins().jump(tail, &[]);
        } else {
            b.ins().return_(&[t, p]);
        }
        b.switch_to_block(tail);
        b.ins().return_(&[t, p]);
        b.seal_all_blocks();
        b.finalize(FRONTEND);
        func
    }

    #[test]
    fn the_constant_edge_skips_the_compare() {
        let mut func = join_on_tag(false);
        assert_eq!(thread_constant_compares(&mut func), 1, "{}", func.display());
        verify(&func);
        let blocks: Vec<ir::Block> = func.layout.blocks().collect();
        let (base, join, int) = (blocks[1], blocks[3], blocks[4]);
        // The base case jumps to the int side with its payload, the only
        // parameter the int side uses; the join passes its own.
        let dests = |b: ir::Block| -> Vec<(ir::Block, usize)> {
            let last = func.layout.last_inst(b).unwrap();
            func.dfg.insts[last].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables).iter().map(|c| (c.block(&func.dfg.value_lists), c.len(&func.dfg.value_lists))).collect()
        };
        assert_eq!(dests(base), [(int, 1)], "{}", func.display());
        assert_eq!(dests(join)[0], (int, 1), "{}", func.display());
        // The int side returns the constant tag, not the join's parameter.
        let ret = func.layout.last_inst(int).unwrap();
        let tag = func.dfg.inst_args(ret)[0];
        assert_eq!(iconst_value(&func, tag), Some(5), "{}", func.display());
    }

    #[test]
    fn a_use_both_sides_reach_is_left_alone() {
        let mut func = join_on_tag(true);
        let before = func.display().to_string();
        assert_eq!(thread_constant_compares(&mut func), 0, "{}", func.display());
        assert_eq!(func.display().to_string(), before);
    }
}
