//! Merging straight-line blocks: a block that ends in an unconditional `jump`
//! to a block with no other predecessor takes that block's instructions.
//!
//! Cranelift lowers every IR block to a machine block and allocates registers
//! over all of them; it removes a fall-through `jump` only when it emits the
//! code, so a chain of blocks costs lowering and register-allocation work for
//! nothing. Its inliner leaves such chains at every inlined call (the call's
//! block jumps to the copy's entry, each `return` of the copy to the join),
//! and inlined copies of a recursive unit are mostly made of them: 37 of the
//! 99 blocks of `fibonacci`'s unit only jumped to the next one.

use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir;

/// Merges into each block ending in `jump c(args)` the block `c` when that
/// jump is `c`'s only predecessor and `c` is not the entry: `c`'s parameters
/// become aliases of `args` and its instructions move to the end of the
/// block, in place of the jump. Chains merge whole. A merged block keeps its
/// own coldness. Returns how many blocks it merged.
pub fn merge_straight_line_blocks(func: &mut ir::Function) -> usize {
    let Some(entry) = func.layout.entry_block() else { return 0 };
    // Predecessor counts stay right while merging: the blocks `c` branched to
    // keep one edge each from `c`'s instructions, now in another block.
    let cfg = ControlFlowGraph::with_function(func);
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    let mut merged = 0;
    for block in blocks {
        if !func.layout.is_block_inserted(block) {
            continue;
        }
        while let Some(next) = sole_successor(func, &cfg, block, entry) {
            merge(func, block, next);
            merged += 1;
        }
    }
    if merged > 0 {
        func.dfg.resolve_all_aliases();
    }
    merged
}

/// The block `block`'s final `jump` goes to, when that jump is its only
/// predecessor, it is not `block` itself or the entry, and every argument is
/// a plain value.
fn sole_successor(func: &ir::Function, cfg: &ControlFlowGraph, block: ir::Block, entry: ir::Block) -> Option<ir::Block> {
    let last = func.layout.last_inst(block)?;
    let ir::InstructionData::Jump { destination, .. } = func.dfg.insts[last] else { return None };
    let next = destination.block(&func.dfg.value_lists);
    let plain_args = destination.args(&func.dfg.value_lists).all(|a| a.as_value().is_some());
    (next != block && next != entry && plain_args && cfg.pred_iter(next).count() == 1).then_some(next)
}

/// Moves `next`'s instructions to the end of `block` in place of its jump to
/// `next`, whose parameters become aliases of the jump's arguments.
fn merge(func: &mut ir::Function, block: ir::Block, next: ir::Block) {
    let jump = func.layout.last_inst(block).expect("the block ends in its jump to `next`");
    let ir::InstructionData::Jump { destination, .. } = func.dfg.insts[jump] else { unreachable!("checked by sole_successor") };
    let args: Vec<ir::Value> = destination.args(&func.dfg.value_lists).filter_map(|a| a.as_value()).collect();
    let params = func.dfg.detach_block_params(next);
    let params: Vec<ir::Value> = params.as_slice(&func.dfg.value_lists).to_vec();
    for (param, arg) in params.into_iter().zip(args) {
        func.dfg.change_to_alias(param, arg);
    }
    func.layout.remove_inst(jump);
    while let Some(inst) = func.layout.first_inst(next) {
        func.layout.remove_inst(inst);
        func.layout.append_inst(inst, block);
    }
    func.layout.remove_block(next);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ir::{verify, FRONTEND};
    use cranelift_codegen::ir::{types::I64, AbiParam, InstBuilder, Signature};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// `f(x)`: a chain entry → a → b(x + 1) → c, where `c` has a second
    /// predecessor (a `brif` in the entry), so only `a` and `b` merge.
    fn chain() -> ir::Function {
        let mut sig = Signature::new(FRONTEND.default_call_conv);
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let (entry, a, bb, c) = (b.create_block(), b.create_block(), b.create_block(), b.create_block());
        b.append_block_params_for_function_params(entry);
        b.append_block_param(bb, I64);
        b.append_block_param(c, I64);
        b.switch_to_block(entry);
        let x = b.block_params(entry)[0];
        b.ins().brif(x, a, &[], c, &[x.into()]);
        b.switch_to_block(a);
        let one = b.ins().iconst(I64, 1);
        let y = b.ins().iadd(x, one);
        b.ins().jump(bb, &[y.into()]);
        b.switch_to_block(bb);
        let p = b.block_params(bb)[0];
        let z = b.ins().imul(p, p);
        b.ins().jump(c, &[z.into()]);
        b.switch_to_block(c);
        let r = b.block_params(c)[0];
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(FRONTEND);
        func
    }

    #[test]
    fn a_jump_to_a_sole_successor_merges_and_its_parameters_become_the_arguments() {
        let mut func = chain();
        assert_eq!(merge_straight_line_blocks(&mut func), 1);
        verify(&func);
        assert_eq!(func.layout.blocks().count(), 3);
        // The multiply now reads `x + 1` directly, in the block of the add.
        let text = func.display().to_string();
        let mul = text.lines().find(|l| l.contains("imul")).unwrap();
        let add = text.lines().find(|l| l.contains("iadd")).unwrap();
        let add_result = add.trim().split(' ').next().unwrap();
        assert!(mul.ends_with(&format!("imul {}, {}", add_result, add_result)), "{}", text);
    }

    #[test]
    fn a_block_with_two_predecessors_or_the_entry_stays() {
        let mut func = chain();
        merge_straight_line_blocks(&mut func);
        // Nothing is left to merge: `c` has two predecessors.
        assert_eq!(merge_straight_line_blocks(&mut func), 0);
        let text = func.display().to_string();
        assert_eq!(text.matches("jump").count(), 1, "{}", text);
    }
}
