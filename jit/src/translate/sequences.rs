//! Lists and tuples without calls, on the layout probed at start-up
//! (`pyjit_runtime::object::layout`): indexing with CPython's negative-index rule,
//! item assignment and `append` of scalars. Out-of-range indexes deoptimize (the
//! interpreter raises the `IndexError`); heap items and full buffers go through
//! the helpers in `runtime_calls::sequences`.
//!
//! A list is in one of two storages (`PyList`'s strategies): `Value`s, or unboxed
//! ints. `append` and list iteration read the strategy word and branch, because
//! any call (or the loop body itself) may switch a list from ints to values;
//! indexing uses `Value` storage only (see `list_item_addr`).

use super::Tx;
use crate::decide::rep_of;
use crate::rep::{Rep, ANY};
use crate::runtime_calls::{sequences, slots};
use crate::unit::ExitKind;
use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder};
use pyjit_compiler::bytecode::{Constant, Instr, Pc, Reg};
use pyjit_runtime::object::layout::{ListLayout, SeqLayout};
use pyjit_runtime::object::LIST_INTS;
use pyjit_runtime::value::tags;

impl Tx<'_, '_> {
    /// The address of the object a boxed operand refers to.
    fn object_addr(&mut self, r: Reg) -> ir::Value {
        let home = self.operand_home(r);
        let p = self.b.ins().load(types::I64, self.mf, home, tags::PAYLOAD_OFFSET);
        self.b.ins().iadd_imm_s(p, tags::RC_VALUE_OFFSET as i64)
    }

    /// `(j, inside)`: item `i`'s index into the buffer of `layout` at `obj` after
    /// Python's negative index rule, and whether it is in range.
    fn wrapped_index(&mut self, obj: ir::Value, layout: SeqLayout, i: ir::Value) -> (ir::Value, ir::Value) {
        let len = self.b.ins().load(types::I64, self.mf, obj, layout.len as i32);
        if let Some(k) = self.int_const(i).filter(|k| *k >= 0) {
            // `b[0]`: no wrapping to compute (units are compiled without
            // Cranelift's constant folding).
            let inside = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, len, k);
            return (i, inside);
        }
        let wrapped = self.b.ins().iadd(i, len);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let j = self.b.ins().select(neg, wrapped, i);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, j, len);
        (j, inside)
    }

    /// The address of item `i` of the `Value` buffer at `obj`; an index out of
    /// range deoptimizes to `pc`.
    fn item_addr(&mut self, obj: ir::Value, layout: SeqLayout, i: ir::Value, pc: Pc) -> ir::Value {
        let (j, inside) = self.wrapped_index(obj, layout, i);
        let st = self.state.clone();
        self.guard(inside, pc, "index out of range", &st);
        self.buffer_slot(obj, layout, j, 4)
    }

    /// `data + j << shift` of the buffer of `layout` at `obj`.
    pub(crate) fn buffer_slot(&mut self, obj: ir::Value, layout: SeqLayout, j: ir::Value, shift: i64) -> ir::Value {
        let data = self.b.ins().load(types::I64, self.mf, obj, layout.data as i32);
        if let Some(k) = self.int_const(j) {
            return self.b.ins().iadd_imm_s(data, k.wrapping_shl(shift as u32));
        }
        let off = self.b.ins().ishl_imm_u(j, shift);
        self.b.ins().iadd(data, off)
    }

    /// Branches on the storage of the list at `obj`: returns the blocks for int
    /// storage and for `Value` storage (neither is the current block afterwards).
    pub(crate) fn branch_on_list_storage(&mut self, obj: ir::Value, layout: ListLayout) -> (ir::Block, ir::Block) {
        let strategy = self.b.ins().load(types::I64, self.mf, obj, layout.strategy as i32);
        let is_ints = self.b.ins().icmp_imm_s(IntCC::Equal, strategy, LIST_INTS as i64);
        let (ints, values) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(is_ints, ints, &[], values, &[]);
        (ints, values)
    }

    /// A fresh stack `Value` holding the int `x`, for code that reads items by address.
    pub(crate) fn boxed_int_on_stack(&mut self, x: ir::Value) -> ir::Value {
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 16, 4));
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        self.store_int_value(addr, x);
        addr
    }

    /// The address of item `i` of the list at `obj` in its `Value` storage.
    ///
    /// Compiled code indexes only `Value` storage, at no cost on the hot path: a
    /// list in int storage has an empty `Value` storage, so its index check fails,
    /// and only then (cold) is the list switched to `Value` storage and the check
    /// retried. An index really out of range deoptimizes to `pc`.
    fn list_item_addr(&mut self, obj: ir::Value, layout: ListLayout, i: ir::Value, pc: Pc) -> ir::Value {
        let (retry, hot, cold) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().jump(retry, &[]);
        self.b.switch_to_block(retry);
        let (j, inside) = self.wrapped_index(obj, layout.values, i);
        self.b.ins().brif(inside, hot, &[], cold, &[]);
        self.b.set_cold_block(cold);
        self.b.switch_to_block(cold);
        let switched = self.call_helper(sequences::jit_list_generalize as *const () as usize, &[obj], &[types::I32])[0];
        let st = self.state.clone();
        let exit = self.exit_block(pc, ExitKind::Deopt, "index out of range", &st, None);
        self.b.ins().brif(switched, retry, &[], exit, &[]);
        self.flush_exits();
        self.b.switch_to_block(hot);
        if self.opts.stress_counter.is_some() {
            // `--jit-stress` fails this check on its schedule like any guard.
            let yes = self.b.ins().iconst(types::I8, 1);
            self.guard(yes, pc, "index out of range", &st);
        }
        self.buffer_slot(obj, layout.values, j, 4)
    }

    /// Stores the int `x` as the whole `Value` at `addr` (whose old value is a
    /// scalar or already dropped).
    pub(crate) fn store_int_value(&mut self, addr: ir::Value, x: ir::Value) {
        let tag = self.iconst(tags::INT as i64);
        self.b.ins().store(self.mf, tag, addr, 0);
        self.b.ins().store(self.mf, x, addr, tags::PAYLOAD_OFFSET);
    }

    /// `(tag, payload)` of an operand that is a native scalar or a scalar constant.
    fn scalar_raw(&mut self, r: Reg) -> Option<(u8, ir::Value)> {
        match self.unit.const_reg(r) {
            Some(Constant::Int(k)) => return Some((tags::INT, self.iconst(*k))),
            Some(Constant::Float(f)) => return Some((tags::FLOAT, self.iconst(f.to_bits() as i64))),
            Some(Constant::Bool(b)) => return Some((tags::BOOL, self.iconst(*b as i64))),
            Some(_) => return None,
            None => {}
        }
        match rep_of(self.unit, &self.state, r) {
            rep @ (Rep::Int | Rep::Float | Rep::Bool) => Some(self.raw_scalar(r, rep)),
            _ => None,
        }
    }

    /// Stores a scalar `(tag, payload)` at `addr` (whose old value is a scalar, or
    /// one the caller drops).
    fn store_scalar_at(&mut self, addr: ir::Value, tag: u8, payload: ir::Value) {
        self.store_tag(addr, tag);
        if tag == tags::BOOL {
            let b = self.b.ins().ireduce(types::I8, payload);
            self.b.ins().store(self.mf, b, addr, tags::BOOL_OFFSET);
        } else {
            self.b.ins().store(self.mf, payload, addr, tags::PAYLOAD_OFFSET);
        }
    }

    /// `dst = seq[index]` for a list or tuple operand; an `item` representation
    /// loads the item unboxed behind a type guard (a failure deoptimizes to the
    /// subscript, which has no side effects).
    pub fn seq_get(&mut self, pc: Pc, item: Option<Rep>) -> Result<(), String> {
        let Instr::Subscript { dst, obj, index, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not Subscript".into()) };
        let list = match rep_of(self.unit, &self.state, obj) {
            Rep::Boxed(Some(tags::LIST)) => Some(self.opts.list_layout),
            _ => None,
        };
        let layout = match list {
            Some(l) => l.map(|l| l.values),
            None => self.opts.tuple_layout,
        };
        let i = self.get_int(index);
        let Some(layout) = layout else {
            let (o, d) = (self.operand_home(obj), self.home(dst));
            let ok = self.call_helper(sequences::jit_seq_get as *const () as usize, &[o, i, d], &[types::I32])[0];
            let st = self.state.clone();
            self.guard(ok, pc, "index out of range", &st);
            self.state[dst as usize] = ANY;
            return Ok(());
        };
        let o = self.object_addr(obj);
        let e = match list {
            Some(Some(l)) => self.list_item_addr(o, l, i, pc),
            _ => self.item_addr(o, layout, i, pc),
        };
        if let Some(rep) = item {
            let st = self.state.clone();
            self.load_guarded(e, dst, rep, pc, ExitKind::Deopt, &st);
            self.state[dst as usize] = rep;
            return Ok(());
        }
        let tag = self.load_tag(e);
        let scalar = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, tag, tags::MAX_SCALAR as i64);
        let copy = self.b.create_block();
        let clone = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(scalar, copy, &[], clone, &[]);
        self.b.switch_to_block(copy);
        // Read the item before the destination's old value goes (it may be the
        // sequence itself).
        let w0 = self.b.ins().load(types::I64, self.mf, e, 0);
        let w1 = self.b.ins().load(types::I64, self.mf, e, 8);
        let d = self.home(dst);
        self.drop_if_heap(d);
        self.b.ins().store(self.mf, w0, d, 0);
        self.b.ins().store(self.mf, w1, d, 8);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(clone);
        let d = self.home(dst);
        self.call_helper(slots::jit_store_clone as *const () as usize, &[d, e], &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.state[dst as usize] = ANY;
        Ok(())
    }

    /// `list[index] = src`. Native for a scalar source (a boxed one is checked at
    /// run time); a heap source goes through the helper.
    pub fn list_set(&mut self, pc: Pc) -> Result<(), String> {
        let Instr::StoreSubscript { obj, index, src, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not StoreSubscript".into()) };
        let i = self.get_int(index);
        let Some(layout) = self.opts.list_layout else {
            return self.list_set_by_helper(obj, i, src, pc);
        };
        let (slow, done) = (self.b.create_block(), self.b.create_block());
        // `Ok((tag, payload))` of a native scalar, `Err((address, tag))` of a boxed one.
        let source = match self.scalar_raw(src) {
            Some(raw) => Ok(raw),
            None => {
                let v = self.value_addr(src)?;
                let t = self.load_tag(v);
                let scalar = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, t, tags::MAX_SCALAR as i64);
                let go = self.b.create_block();
                self.b.ins().brif(scalar, go, &[], slow, &[]);
                self.b.switch_to_block(go);
                Err((v, t))
            }
        };
        let o = self.object_addr(obj);
        let e = self.list_item_addr(o, layout, i, pc);
        // The old item is dropped after the store, as CPython's `list_ass_item`
        // does: dropping may run code that changes the list.
        let old = self.b.ins().load(types::I64, self.mf, e, 0);
        let old_payload = self.b.ins().load(types::I64, self.mf, e, 8);
        match source {
            Ok((tag, payload)) => self.store_scalar_at(e, tag, payload),
            Err((v, _)) => {
                let w0 = self.b.ins().load(types::I64, self.mf, v, 0);
                let w1 = self.b.ins().load(types::I64, self.mf, v, 8);
                self.b.ins().store(self.mf, w0, e, 0);
                self.b.ins().store(self.mf, w1, e, 8);
            }
        }
        let tag = self.b.ins().band_imm_u(old, 0xff);
        let heap = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, tag, tags::MAX_SCALAR as i64);
        let drop_old = self.b.create_block();
        self.b.ins().brif(heap, drop_old, &[], done, &[]);
        self.b.set_cold_block(drop_old);
        self.b.switch_to_block(drop_old);
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 16, 4));
        let tmp = self.b.ins().stack_addr(types::I64, slot, 0);
        self.b.ins().store(self.mf, old, tmp, 0);
        self.b.ins().store(self.mf, old_payload, tmp, 8);
        self.call_helper(slots::jit_drop_slot as *const () as usize, &[tmp], &[]);
        self.b.ins().jump(done, &[]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.list_set_by_helper(obj, i, src, pc)?;
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// `list[i] = src` through `jit_list_set` (an index out of range deoptimizes).
    fn list_set_by_helper(&mut self, obj: Reg, i: ir::Value, src: Reg, pc: Pc) -> Result<(), String> {
        let v = self.value_addr(src)?;
        let o = self.operand_home(obj);
        let ok = self.call_helper(sequences::jit_list_set as *const () as usize, &[o, i, v], &[types::I32])[0];
        let st = self.state.clone();
        self.guard(ok, pc, "index out of range", &st);
        Ok(())
    }

    /// `list.append(item)` (a method call or a comprehension's `ListAppend`).
    pub fn list_append(&mut self, pc: Pc) -> Result<(), String> {
        let (list, item, dst) = match self.unit.raw.instrs[pc as usize] {
            Instr::CallMethod { dst, base, .. } => (base, base + 1, Some(dst)),
            Instr::ListAppend { list, item } => (list, item, None),
            _ => return Err("not an append".into()),
        };
        let raw = self.scalar_raw(item);
        match (self.opts.list_layout, raw) {
            (Some(layout), Some((tag, payload))) => {
                let o = self.object_addr(list);
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let (ints, values) = self.branch_on_list_storage(o, layout);
                // Int storage takes an int in place; any other item switches the
                // list to `Value` storage in the helper.
                self.b.switch_to_block(ints);
                if tag == tags::INT {
                    let e = self.room_for_one(o, layout.ints, 3, slow);
                    self.b.ins().store(self.mf, payload, e, 0);
                    self.b.ins().jump(done, &[]);
                } else {
                    self.b.ins().jump(slow, &[]);
                }
                self.b.switch_to_block(values);
                let e = self.room_for_one(o, layout.values, 4, slow);
                self.store_scalar_at(e, tag, payload);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(slow);
                let v = self.value_addr(item)?;
                let h = self.operand_home(list);
                self.call_helper(sequences::jit_list_append as *const () as usize, &[h, v], &[types::I32]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            _ => {
                // The operand is known to be a list: the append cannot fail (and a
                // check after it would repeat it on deoptimization).
                let v = self.value_addr(item)?;
                let h = self.operand_home(list);
                self.call_helper(sequences::jit_list_append as *const () as usize, &[h, v], &[types::I32]);
            }
        }
        self.append_result(dst);
        Ok(())
    }

    /// The address past the last item of the buffer of `layout` at `obj`, with the
    /// length already counting the new item; a full buffer jumps to `full` instead.
    fn room_for_one(&mut self, obj: ir::Value, layout: SeqLayout, shift: i64, full: ir::Block) -> ir::Value {
        let len = self.b.ins().load(types::I64, self.mf, obj, layout.len as i32);
        let cap = self.b.ins().load(types::I64, self.mf, obj, layout.cap as i32);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        let fast = self.b.create_block();
        self.b.ins().brif(room, fast, &[], full, &[]);
        self.b.switch_to_block(fast);
        let e = self.buffer_slot(obj, layout, len, shift);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(self.mf, len1, obj, layout.len as i32);
        e
    }

    /// `dst = None`, the result of a method-call `append`.
    fn append_result(&mut self, dst: Option<Reg>) {
        if let Some(dst) = dst {
            // `append` returns None.
            let d = self.home(dst);
            self.call_helper(slots::jit_drop_slot as *const () as usize, &[d], &[]);
            self.store_tag(d, tags::NONE);
            self.state[dst as usize] = Rep::Boxed(Some(tags::NONE));
        }
    }
}
