//! Rematerialization in cold blocks: a cold block (a deoptimization exit)
//! recomputes the cheap values it uses instead of reading them from the hot
//! code.
//!
//! An exit writes the interpreter's registers back, among them values the hot
//! path computed only to pass on: `fibonacci`'s unit calls itself with `n - 2`,
//! and the exit after that call (its result was not an int) stores `n - 2` as
//! the callee's argument. Read from the hot code, `n - 2` must survive the call
//! in a callee-saved register (a copy before the call, a save and a restore in
//! the prologue and epilogue) for an exit that almost never runs; recomputed in
//! the exit from `n`, which lives on anyway, it dies at the call.
//!
//! Cranelift's e-graph marks such values (an ALU operation with a constant
//! operand) for rematerialization in each block that uses them, but in
//! `fibonacci`'s unit the exits after the calls still read `n - 1`, `n - 2`
//! and `n - 3` from the hot code (its copies in other exits were made), and
//! loop units are compiled without the e-graph. This pass runs after it, just
//! before lowering.

use cranelift_codegen::ir::{self, Opcode};
use rustc_hash::FxHashMap;

/// Gives each cold block its own copy of every cheap value (see
/// [`is_cheap`]) it uses that another block defines before a call, and makes
/// the block use the copy. Returns how many copies it made.
///
/// Only values defined before a call: those the copy keeps from crossing the
/// call. Elsewhere the copy would keep its operand alive instead, which can
/// cost more: a loop's `i + 1` whose `i` dies at the add updates `i`'s
/// register in place, and with `i` kept for the exit it needs a copy per
/// iteration (`count_loop` ran 3 instructions more per iteration).
pub fn rematerialize_in_cold_blocks(func: &mut ir::Function) -> usize {
    let cold: Vec<ir::Block> = func.layout.blocks().filter(|&b| func.layout.is_cold(b)).collect();
    let mut copies = 0;
    let mut local: FxHashMap<ir::Value, ir::Value> = FxHashMap::default();
    let mut wanted = Vec::new();
    for block in cold {
        local.clear();
        let mut next = func.layout.first_inst(block);
        while let Some(inst) = next {
            next = func.layout.next_inst(inst);
            // (`value_def` sees through aliases; the copy replaces the value as
            // the instruction names it.)
            wanted.clear();
            wanted.extend(func.dfg.inst_values(inst).filter(|v| !local.contains_key(v)).filter_map(|v| match func.dfg.value_def(v) {
                ir::ValueDef::Result(def, _) if func.layout.inst_block(def) != Some(block) && is_cheap(func, def) && call_follows(func, def) => Some((v, def)),
                _ => None,
            }));
            for &(v, def) in &wanted {
                if local.contains_key(&v) {
                    continue;
                }
                let copy = func.dfg.clone_inst(def);
                func.layout.insert_inst(copy, inst);
                local.insert(v, func.dfg.first_result(copy));
                copies += 1;
            }
            if !local.is_empty() {
                func.dfg.map_inst_values(inst, |v| local.get(&v).copied().unwrap_or(v));
            }
        }
    }
    copies
}

/// Whether a call follows `inst` in its block.
fn call_follows(func: &ir::Function, inst: ir::Inst) -> bool {
    let mut next = func.layout.next_inst(inst);
    while let Some(i) = next {
        if func.dfg.insts[i].opcode().is_call() {
            return true;
        }
        next = func.layout.next_inst(i);
    }
    false
}

/// Whether `inst` is an integer operation with one constant operand, as the
/// e-graph's `remat` rules pick: one instruction, and its other operand is
/// the only value the copy keeps alive.
fn is_cheap(func: &ir::Function, inst: ir::Inst) -> bool {
    let ir::InstructionData::Binary { opcode, args } = func.dfg.insts[inst] else { return false };
    let is_const = |v: ir::Value| matches!(func.dfg.value_def(v), ir::ValueDef::Result(d, _) if func.dfg.insts[d].opcode() == Opcode::Iconst);
    matches!(opcode, Opcode::Iadd | Opcode::Isub | Opcode::Band | Opcode::Bor | Opcode::Bxor) && (is_const(args[0]) || is_const(args[1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ir::{verify, FRONTEND};
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    use cranelift_codegen::ir::{types::I64, AbiParam, InstBuilder, Signature};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// `f(n)`: calls `g(n - 2)` (with `call`; else takes `n` as the result);
    /// when the result is 0, a cold exit returns `n - 2` and `n * 2`, else the
    /// hot path returns the result.
    fn exit_after_call(call: bool) -> ir::Function {
        let mut sig = Signature::new(FRONTEND.default_call_conv);
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let (entry, hot, exit) = (b.create_block(), b.create_block(), b.create_block());
        b.append_block_params_for_function_params(entry);
        b.append_block_param(exit, I64);
        b.append_block_param(exit, I64);
        b.set_cold_block(exit);
        b.switch_to_block(entry);
        let n = b.block_params(entry)[0];
        let two = b.ins().iconst(I64, 2);
        let m = b.ins().isub(n, two);
        let doubled = b.ins().imul(n, two);
        let mut g = Signature::new(FRONTEND.default_call_conv);
        g.params.push(AbiParam::new(I64));
        g.returns.push(AbiParam::new(I64));
        let g = b.import_signature(g);
        let name = b.func.declare_imported_user_function(ir::UserExternalName { namespace: 0, index: 1 });
        let g = b.import_function(ir::ExtFuncData { name: ir::ExternalName::User(name), signature: g, colocated: true, patchable: false });
        let r = if call {
            let call = b.ins().call(g, &[m]);
            b.inst_results(call)[0]
        } else {
            n
        };
        b.ins().brif(r, hot, &[], exit, &[m.into(), doubled.into()]);
        b.switch_to_block(hot);
        b.ins().return_(&[r, r]);
        b.switch_to_block(exit);
        let (p, q) = (b.block_params(exit)[0], b.block_params(exit)[1]);
        let m2 = b.ins().isub(p, two);
        b.ins().return_(&[m2, q]);
        b.seal_all_blocks();
        b.finalize(FRONTEND);
        func
    }

    /// `exit_after_call(call)` with the exit's arguments passed through a cold
    /// block `relay` (as a translated exit receives them); the function and
    /// `relay`.
    fn relayed(call: bool) -> (ir::Function, ir::Block) {
        let mut func = exit_after_call(call);
        let entry = func.layout.entry_block().unwrap();
        let branch = func.layout.last_inst(entry).unwrap();
        let exit = func.layout.blocks().last().unwrap();
        let ir::InstructionData::Brif { blocks, .. } = func.dfg.insts[branch] else { panic!() };
        let args: Vec<ir::BlockArg> = blocks[1].args(&func.dfg.value_lists).collect();
        let relay = func.dfg.make_block();
        func.layout.insert_block(relay, exit);
        func.layout.set_cold(relay);
        let mut cur = FuncCursor::new(&mut func).at_bottom(relay);
        cur.ins().jump(exit, &args);
        let dfg = &mut func.dfg;
        dfg.insts[branch].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[1] = ir::BlockCall::new(relay, [], &mut dfg.value_lists);
        verify(&func);
        (func, relay)
    }

    #[test]
    fn a_cold_block_recomputes_what_it_passes_on_and_the_hot_value_dies_at_the_call() {
        // The exit's arguments are passed by the branch in the entry (not cold):
        // nothing to copy there; the exit's own use of a block parameter is not
        // a cheap definition either.
        let mut func = exit_after_call(true);
        assert_eq!(rematerialize_in_cold_blocks(&mut func), 0);
        // Passed through a cold block, `n - 2` is recomputed there; `n * 2`
        // (not one instruction with a constant) is left alone.
        let (mut func, relay) = relayed(true);
        let entry = func.layout.entry_block().unwrap();
        assert_eq!(rematerialize_in_cold_blocks(&mut func), 1);
        verify(&func);
        let jump = func.layout.last_inst(relay).unwrap();
        let passed: Vec<ir::Value> = func.dfg.inst_values(jump).collect();
        let ir::ValueDef::Result(copy, _) = func.dfg.value_def(passed[0]) else { panic!() };
        assert_eq!(func.layout.inst_block(copy), Some(relay));
        assert_eq!(func.dfg.insts[copy].opcode(), Opcode::Isub);
        let ir::ValueDef::Result(mul, _) = func.dfg.value_def(passed[1]) else { panic!() };
        assert_eq!(func.layout.inst_block(mul), Some(entry));
    }

    #[test]
    fn without_a_call_to_cross_nothing_is_copied() {
        let (mut func, _) = relayed(false);
        assert_eq!(rematerialize_in_cold_blocks(&mut func), 0);
    }
}
