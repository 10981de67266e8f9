//! Lists and tuples without calls, on the layout probed at start-up
//! (`pyjit_runtime::object::layout`): indexing with CPython's negative-index rule,
//! item assignment and `append` of scalars. Out-of-range indexes deoptimize (the
//! interpreter raises the `IndexError`); heap items and full buffers go through
//! the helpers in `runtime_calls::sequences`.

use super::Tx;
use crate::decide::rep_of;
use crate::rep::{Rep, ANY};
use crate::runtime_calls::{sequences, slots};
use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder};
use pyjit_compiler::bytecode::{Constant, Instr, Pc, Reg};
use pyjit_runtime::object::layout::SeqLayout;
use pyjit_runtime::value::tags;

impl Tx<'_, '_> {
    /// The address of the object a boxed operand refers to.
    fn object_addr(&mut self, r: Reg) -> ir::Value {
        let home = self.operand_home(r);
        let p = self.b.ins().load(types::I64, self.mf, home, tags::PAYLOAD_OFFSET);
        self.b.ins().iadd_imm_s(p, tags::RC_VALUE_OFFSET as i64)
    }

    /// The address of item `i` of the sequence at `obj`, after Python's negative
    /// index rule; an index out of range deoptimizes to `pc`.
    fn item_addr(&mut self, obj: ir::Value, layout: SeqLayout, i: ir::Value, pc: Pc) -> ir::Value {
        let len = self.b.ins().load(types::I64, self.mf, obj, layout.len as i32);
        let wrapped = self.b.ins().iadd(i, len);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let j = self.b.ins().select(neg, wrapped, i);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, j, len);
        let st = self.state.clone();
        self.guard(inside, pc, "index out of range", &st);
        let data = self.b.ins().load(types::I64, self.mf, obj, layout.data as i32);
        let off = self.b.ins().ishl_imm_u(j, 4);
        self.b.ins().iadd(data, off)
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

    /// Stores a scalar `(tag, payload)` at `addr` (whose old value is a scalar).
    fn store_scalar_at(&mut self, addr: ir::Value, tag: u8, payload: ir::Value) {
        self.store_tag(addr, tag);
        if tag == tags::BOOL {
            let b = self.b.ins().ireduce(types::I8, payload);
            self.b.ins().store(self.mf, b, addr, tags::BOOL_OFFSET);
        } else {
            self.b.ins().store(self.mf, payload, addr, tags::PAYLOAD_OFFSET);
        }
    }

    /// `dst = seq[index]` for a list or tuple operand.
    pub fn seq_get(&mut self, pc: Pc) -> Result<(), String> {
        let Instr::Subscript { dst, obj, index, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not Subscript".into()) };
        let layout = match rep_of(self.unit, &self.state, obj) {
            Rep::Boxed(Some(tags::LIST)) => self.opts.list_layout,
            _ => self.opts.tuple_layout,
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
        let e = self.item_addr(o, layout, i, pc);
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

    /// `list[index] = src`.
    pub fn list_set(&mut self, pc: Pc) -> Result<(), String> {
        let Instr::StoreSubscript { obj, index, src, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not StoreSubscript".into()) };
        let i = self.get_int(index);
        let raw = self.scalar_raw(src);
        let (Some(layout), Some((tag, payload))) = (self.opts.list_layout, raw) else {
            let v = self.value_addr(src)?;
            let o = self.operand_home(obj);
            let ok = self.call_helper(sequences::jit_list_set as *const () as usize, &[o, i, v], &[types::I32])[0];
            let st = self.state.clone();
            self.guard(ok, pc, "index out of range", &st);
            return Ok(());
        };
        let o = self.object_addr(obj);
        let e = self.item_addr(o, layout, i, pc);
        // A heap item being replaced is dropped by the runtime.
        self.drop_if_heap(e);
        self.store_scalar_at(e, tag, payload);
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
                let len = self.b.ins().load(types::I64, self.mf, o, layout.len as i32);
                let cap = self.b.ins().load(types::I64, self.mf, o, layout.cap as i32);
                let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(room, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let data = self.b.ins().load(types::I64, self.mf, o, layout.data as i32);
                let off = self.b.ins().ishl_imm_u(len, 4);
                let e = self.b.ins().iadd(data, off);
                self.store_scalar_at(e, tag, payload);
                let len1 = self.b.ins().iadd_imm_s(len, 1);
                self.b.ins().store(self.mf, len1, o, layout.len as i32);
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
        if let Some(dst) = dst {
            // `append` returns None.
            let d = self.home(dst);
            self.call_helper(slots::jit_drop_slot as *const () as usize, &[d], &[]);
            self.store_tag(d, tags::NONE);
            self.state[dst as usize] = Rep::Boxed(Some(tags::NONE));
        }
        Ok(())
    }
}
