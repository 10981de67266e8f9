//! Globals, calls, sequences and the interpreter fallback: guarded loads of
//! globals and built-ins, native built-in calls, direct calls of compiled function
//! units, list and tuple access, and single-stepping an instruction in the
//! interpreter when there is no fast path.

use super::{Tx, VarKind};
use crate::decide::{builtin_result, rep_of, ConstGuard, Num, Op};
use crate::known::Builtin;
use crate::rep::{Rep, ANY};
use crate::runtime_calls::{generic, numbers, ranges, sequences, slots};
use crate::unit::ExitKind;
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types, AbiParam, InstBuilder, Signature};
use pyjit_compiler::bytecode::{Instr, Pc, Reg};
use pyjit_runtime::object::Module;
use pyjit_runtime::randomlib::mt19937::MT_N;
use pyjit_runtime::value::tags;

impl Tx<'_, '_> {
    /// Emits a natively compiled operation; returns whether control falls through.
    pub fn native(&mut self, pc: Pc, op: &Op) -> Result<bool, String> {
        let instr = self.unit.raw.instrs[pc as usize].clone();
        match op {
            Op::Skip | Op::Nop => {}
            Op::Move => {
                let Instr::Move { dst, src } = instr else { return Err("not Move".into()) };
                match rep_of(self.unit, &self.state, src) {
                    Rep::Boxed(t) => {
                        let (d, s) = (self.home(dst), self.operand_home(src));
                        self.call_helper(slots::jit_store_clone as *const () as usize, &[d, s], &[]);
                        self.state[dst as usize] = Rep::Boxed(t);
                    }
                    rep => self.copy_native(dst, src, rep),
                }
            }
            Op::Arith { op, num } => self.arith(pc, *op, *num)?,
            Op::PowConst { exp, num } => self.pow_const(pc, *exp, *num)?,
            Op::Compare { op, num } => self.compare(pc, *op, *num)?,
            Op::CompareJump { op, num } => return self.compare_jump(pc, *op, Some(*num)),
            Op::CompareJumpBoxed { op } => return self.compare_jump(pc, *op, None),
            Op::Unary { op, num } => self.unary(pc, *op, *num)?,
            Op::Not => self.not(pc)?,
            Op::Branch => return self.branch_on(pc, false),
            Op::BranchBoxed => return self.branch_on(pc, true),
            Op::Jump => {
                let Instr::Jump { target } = instr else { return Err("not Jump".into()) };
                let st = self.state.clone();
                self.jump_to(target, &st)?;
                return Ok(false);
            }
            Op::JumpBackward => {
                let Instr::JumpBackward { target, .. } = instr else { return Err("not JumpBackward".into()) };
                return self.jump_backward(pc, target);
            }
            Op::IsNone { x } => self.is_none(pc, *x)?,
            Op::RangeNext => return self.range_next(pc),
            Op::ForIterBoxed { item } => return self.for_iter_boxed(pc, *item),
            Op::RangeIter { nargs, getiter_dst } => {
                self.range_iter(pc, *nargs, *getiter_dst)?;
                let st = self.state.clone();
                self.jump_to(pc + 2, &st)?;
                return Ok(false);
            }
            Op::LoadConst { id, guard } => {
                if !self.unit.closed.get() {
                    self.guard_const(pc, *guard, *id, ExitKind::Deopt);
                }
                let dst = *crate::operands::writes(&instr).first().ok_or("no destination")?;
                self.state[dst as usize] = Rep::Const(*id);
            }
            Op::LoadGlobalScalar { slot, rep } => {
                let Instr::LoadGlobal { dst, .. } = instr else { return Err("not LoadGlobal".into()) };
                let addr = self.module_slot(std::rc::Rc::as_ptr(&self.unit.globals) as i64, *slot);
                let st = self.state.clone();
                self.load_guarded(addr, dst, *rep, pc, ExitKind::Deopt, &st);
                self.state[dst as usize] = *rep;
            }
            Op::LoadPromoted { pseudo } => {
                let Instr::LoadGlobal { dst, .. } = instr else { return Err("not LoadGlobal".into()) };
                let rep = self.state[*pseudo as usize];
                self.copy_var(dst, *pseudo, rep);
            }
            Op::StorePromoted { pseudo } => {
                let Instr::StoreGlobal { src, .. } = instr else { return Err("not StoreGlobal".into()) };
                let rep = rep_of(self.unit, &self.state, src);
                // The pseudo-register is not among the instruction's writes.
                self.reg_ranges.remove(pseudo);
                // Through the operand accessors: `src` may be a constant register.
                match rep {
                    Rep::Int => {
                        let x = self.get_int(src);
                        self.set_int(*pseudo, x);
                        if let Some(r) = self.reg_range(src, x) {
                            self.set_range(*pseudo, r);
                        }
                    }
                    Rep::Float => {
                        let x = self.get_float(src);
                        self.set_float(*pseudo, x);
                    }
                    Rep::Wide => {
                        let x = self.get_wide(src);
                        self.set_wide(*pseudo, x);
                    }
                    Rep::Bool => {
                        let x = self.truth(src);
                        self.set_bool(*pseudo, x);
                    }
                    r => return Err(format!("promoted global in {:?}", r)),
                }
            }
            Op::CallBuiltin { f, attr } => self.call_builtin(pc, *f, *attr)?,
            Op::CallUnit { callee } => self.call_unit(pc, callee)?,
            Op::SeqGet { item } => self.seq_get(pc, *item)?,
            Op::ListSet => self.list_set(pc)?,
            Op::ListAppend => self.list_append(pc)?,
            Op::SeqLen => {
                let Instr::Call { dst, base, .. } = instr else { return Err("not Call".into()) };
                let o = self.operand_home(base);
                let n = self.call_helper(sequences::jit_seq_len as *const () as usize, &[o], &[types::I64])[0];
                self.set_int(dst, n);
            }
            Op::ReduceYield { acc, num } => {
                let Instr::Yield { src, .. } = instr else { return Err("not Yield".into()) };
                let st = self.state.clone();
                match num {
                    Num::Float => {
                        let a = self.use_v(*acc, VarKind::F64);
                        let x = self.get_float(src);
                        let r = self.b.ins().fadd(a, x);
                        self.set_float(*acc, r);
                    }
                    _ => {
                        let a = self.use_v(*acc, VarKind::Wide);
                        let x = self.get_wide(src);
                        let op = super::arith::AddSub { add: true, replaces: Some(super::arith::Side::Left) };
                        let r = self.checked_add_sub(op, a, x, pc, "sum overflows 128 bits", &st);
                        self.set_wide(*acc, r);
                    }
                }
                if let Instr::Yield { dst, .. } = instr {
                    self.state[dst as usize] = ANY;
                }
            }
            Op::ReleaseNativeIter => {
                let Instr::ReleaseIter { reg } = instr else { return Err("not ReleaseIter".into()) };
                self.release_native_iter(reg);
            }
            Op::ListNext { item } => return self.list_next(pc, *item),
            Op::ListGetIter => {
                let Instr::GetIter { dst, src } = instr else { return Err("not GetIter".into()) };
                let (s, d) = (self.operand_home(src), self.home(dst));
                let obj = self.call_helper(ranges::jit_list_iter_new as *const () as usize, &[s, d], &[types::I64])[0];
                let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, obj, 0);
                let st = self.state.clone();
                self.guard(ok, pc, "not a list", &st);
                let zero = self.iconst(0);
                let (vo, vi) = (self.var(dst, VarKind::ListObj), self.var(dst, VarKind::ListIdx));
                self.b.def_var(vo, obj);
                self.b.def_var(vi, zero);
                self.state[dst as usize] = Rep::ListIter;
            }
            Op::Return => return self.return_value(pc),
        }
        Ok(true)
    }

    /// The address of slot `slot` of the module at `module` (read through its
    /// `slots_base`, which moves when the module grows).
    pub(crate) fn module_slot(&mut self, module: i64, slot: u32) -> ir::Value {
        let m = self.iconst(module);
        let base = self.b.ins().load(types::I64, self.mf, m, std::mem::offset_of!(Module, slots_base) as i32);
        self.b.ins().iadd_imm_s(base, 16 * slot as i64)
    }

    /// The two conditions for `addr` holding constant `id`: the same tag, the same
    /// object (guarded one compare-and-branch each).
    fn is_const_at(&mut self, addr: ir::Value, id: u32) -> [ir::Value; 2] {
        let (ctag, cpay) = self.const_payload(id);
        let t = self.load_tag(addr);
        let same_tag = self.b.ins().icmp_imm_s(IntCC::Equal, t, ctag as i64);
        let p = self.b.ins().load(types::I64, self.mf, addr, tags::PAYLOAD_OFFSET);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, p, cpay);
        [same_tag, same]
    }

    /// Guards the binding a constant was loaded from (a deoptimization to `pc` when
    /// the global, the built-in or the module attribute was rebound).
    pub fn guard_const(&mut self, pc: Pc, guard: ConstGuard, id: u32, kind: ExitKind) {
        let globals = std::rc::Rc::as_ptr(&self.unit.globals) as i64;
        let oks: Vec<ir::Value> = match guard {
            ConstGuard::Global { slot } => {
                let addr = self.module_slot(globals, slot);
                self.is_const_at(addr, id).to_vec()
            }
            ConstGuard::Builtin { slot, builtin } => {
                let addr = self.module_slot(globals, slot);
                let t = self.load_tag(addr);
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, t, tags::UNDEFINED as i64);
                let baddr = self.module_slot(std::rc::Rc::as_ptr(&self.unit.builtins) as i64, builtin);
                let same = self.is_const_at(baddr, id);
                vec![unbound, same[0], same[1]]
            }
            ConstGuard::ModuleAttr { module, slot } => {
                let m = match &self.consts[module as usize] {
                    pyjit_runtime::Value::Module(m) => std::rc::Rc::as_ptr(m) as i64,
                    _ => 0,
                };
                let addr = self.module_slot(m, slot);
                self.is_const_at(addr, id).to_vec()
            }
        };
        let st = self.state.clone();
        self.guard_all(&oks, pc, kind, "binding changed", &st);
    }

    /// Runs the instruction at `pc` in the interpreter, on frame registers.
    pub fn generic(&mut self, pc: Pc) -> Result<(), String> {
        let instr = self.unit.raw.instrs[pc as usize].clone();
        let reads = crate::operands::reads(&instr);
        // Operands held natively (constants included) must be in the frame.
        self.spill_for_runtime(&reads);
        let pcv = self.iconst(pc as i64);
        let (interp, frame) = (self.interp, self.frame);
        let status = self.call_helper(generic::jit_exec as *const () as usize, &[interp, frame, pcv], &[types::I32])[0];
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, status, 0);
        let st = self.state.clone();
        self.guard_kind(ok, pc, ExitKind::Raised, "raised", &st);
        for w in crate::operands::writes(&instr) {
            if w < self.unit.raw.const_base {
                self.state[w as usize] = ANY;
            }
        }
        self.reload_range_iters();
        Ok(())
    }

    /// A call of a recognized built-in with native arguments.
    fn call_builtin(&mut self, pc: Pc, f: Builtin, attr: Option<(ConstGuard, u32)>) -> Result<(), String> {
        let (dst, args): (Reg, Vec<Reg>) = match self.unit.raw.instrs[pc as usize] {
            Instr::Call { dst, base, nargs, .. } => (dst, (base..base + nargs).collect()),
            Instr::CallMethod { dst, base, nargs, .. } => (dst, (base + 1..base + 1 + nargs).collect()),
            _ => return Err("not a call".into()),
        };
        if let Some((guard, id)) = attr {
            if !self.unit.closed.get() {
                self.guard_const(pc, guard, id, ExitKind::Deopt);
            }
        }
        let reps: Vec<Rep> = args.iter().map(|r| rep_of(self.unit, &self.state, *r)).collect();
        let st = self.state.clone();
        let result = builtin_result(f, &reps);
        match f {
            Builtin::Abs => match reps[0] {
                Rep::Float => {
                    let x = self.get_float(args[0]);
                    let r = self.b.ins().fabs(x);
                    self.set_float(dst, r);
                }
                _ => {
                    let x = self.get_int(args[0]);
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, x, i64::MIN);
                    self.guard(ok, pc, "int overflows 64 bits", &st);
                    let n = self.b.ins().ineg(x);
                    let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
                    let r = self.b.ins().select(neg, n, x);
                    self.set_int(dst, r);
                }
            },
            Builtin::Min | Builtin::Max => {
                // min(a, b) is b only if b < a (so ties and NaNs keep a), as CPython.
                let cc_int = if matches!(f, Builtin::Min) { IntCC::SignedLessThan } else { IntCC::SignedGreaterThan };
                let cc_float = if matches!(f, Builtin::Min) { FloatCC::LessThan } else { FloatCC::GreaterThan };
                match result {
                    Rep::Float => {
                        let (a, b) = (self.get_float(args[0]), self.get_float(args[1]));
                        let take_b = self.b.ins().fcmp(cc_float, b, a);
                        let r = self.b.ins().select(take_b, b, a);
                        self.set_float(dst, r);
                    }
                    Rep::Bool => {
                        let (a, b) = (self.get_int(args[0]), self.get_int(args[1]));
                        let take_b = self.b.ins().icmp(cc_int, b, a);
                        let r = self.b.ins().select(take_b, b, a);
                        let r = self.b.ins().ireduce(types::I8, r);
                        self.set_bool(dst, r);
                    }
                    _ => {
                        let (a, b) = (self.get_int(args[0]), self.get_int(args[1]));
                        let take_b = self.b.ins().icmp(cc_int, b, a);
                        let r = self.b.ins().select(take_b, b, a);
                        self.set_int(dst, r);
                    }
                }
            }
            Builtin::IntOf | Builtin::Floor | Builtin::Ceil => match reps[0] {
                Rep::Float => {
                    let x = self.get_float(args[0]);
                    let x = match f {
                        Builtin::Floor => self.b.ins().floor(x),
                        Builtin::Ceil => self.b.ins().ceil(x),
                        _ => x,
                    };
                    // Only values strictly inside the i64 range (never NaN or an
                    // infinity) convert natively.
                    let lo = self.b.ins().f64const(-9_223_372_036_854_775_808.0);
                    let hi = self.b.ins().f64const(9_223_372_036_854_775_808.0);
                    let above = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
                    let below = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
                    let ok = self.b.ins().band(above, below);
                    self.guard(ok, pc, "float out of int range", &st);
                    let r = self.b.ins().fcvt_to_sint(types::I64, x);
                    self.set_int(dst, r);
                }
                _ => {
                    let x = self.get_int(args[0]);
                    self.set_int(dst, x);
                }
            },
            Builtin::FloatOf => {
                let x = self.get_float(args[0]);
                self.set_float(dst, x);
            }
            Builtin::RandomRandom => {
                let r = self.random_inline();
                self.set_float(dst, r);
            }
            Builtin::Sqrt => {
                let x = self.get_float(args[0]);
                let z = self.b.ins().f64const(0.0);
                let neg = self.b.ins().fcmp(FloatCC::LessThan, x, z);
                let ok = self.b.ins().bxor_imm_u(neg, 1);
                self.guard(ok, pc, "math domain error", &st);
                let r = self.b.ins().sqrt(x);
                self.set_float(dst, r);
            }
            Builtin::MathUnary(_, func) => {
                let x = self.get_float(args[0]);
                let out = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 8, 3));
                let oa = self.b.ins().stack_addr(types::I64, out, 0);
                let fa = self.iconst(func as usize as i64);
                let ok = self.call_helper(numbers::jit_math_unary as *const () as usize, &[fa, x, oa], &[types::I32])[0];
                self.guard(ok, pc, "math error", &st);
                let r = self.b.ins().stack_load(types::I64, types::F64, out, 0);
                self.set_float(dst, r);
            }
            Builtin::MathBinary(_, func) => {
                let x = self.get_float(args[0]);
                let y = self.get_float(args[1]);
                let out = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 8, 3));
                let oa = self.b.ins().stack_addr(types::I64, out, 0);
                let fa = self.iconst(func as usize as i64);
                let ok = self.call_helper(numbers::jit_math_binary as *const () as usize, &[fa, x, y, oa], &[types::I32])[0];
                self.guard(ok, pc, "math error", &st);
                let r = self.b.ins().stack_load(types::I64, types::F64, out, 0);
                self.set_float(dst, r);
            }
            Builtin::Len | Builtin::Range => return Err("built-in handled elsewhere".into()),
        }
        Ok(())
    }

    /// `random.random()` drawn inline from the interpreter's Mersenne Twister (the
    /// same stream): two tempered words while at least two are left, else the
    /// runtime (which twists the state). Mirrors `genrand_res53` of CPython's
    /// `Modules/_randommodule.c`, as `Mt19937::random` does.
    fn random_inline(&mut self) -> ir::Value {
        let (state, index) = self.opts.random_parts;
        let result = self.b.declare_var(types::F64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let ip = self.iconst(index as i64);
        let idx = self.b.ins().load(types::I64, self.mf, ip, 0);
        let enough = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, idx, (MT_N - 2) as i64);
        self.b.ins().brif(enough, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let base = self.iconst(state as i64);
        let off = self.b.ins().ishl_imm_u(idx, 2);
        let addr = self.b.ins().iadd(base, off);
        let mut words = Vec::new();
        for k in 0..2 {
            let mut y = self.b.ins().load(types::I32, self.mf, addr, 4 * k);
            let t = self.b.ins().ushr_imm_u(y, 11);
            y = self.b.ins().bxor(y, t);
            let t = self.b.ins().ishl_imm_u(y, 7);
            let t = self.b.ins().band_imm_u(t, 0x9d2c_5680i64);
            y = self.b.ins().bxor(y, t);
            let t = self.b.ins().ishl_imm_u(y, 15);
            let t = self.b.ins().band_imm_u(t, 0xefc6_0000i64);
            y = self.b.ins().bxor(y, t);
            let t = self.b.ins().ushr_imm_u(y, 18);
            y = self.b.ins().bxor(y, t);
            words.push(y);
        }
        let next = self.b.ins().iadd_imm_s(idx, 2);
        self.b.ins().store(self.mf, next, ip, 0);
        let a = self.b.ins().ushr_imm_u(words[0], 5);
        let bw = self.b.ins().ushr_imm_u(words[1], 6);
        let fa = self.b.ins().fcvt_from_uint(types::F64, a);
        let fb = self.b.ins().fcvt_from_uint(types::F64, bw);
        let scale = self.b.ins().f64const(67_108_864.0);
        let hi = self.b.ins().fmul(fa, scale);
        let sum = self.b.ins().fadd(hi, fb);
        let unit = self.b.ins().f64const(1.0 / 9_007_199_254_740_992.0);
        let r = self.b.ins().fmul(sum, unit);
        self.b.def_var(result, r);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        let interp = self.interp;
        let r = self.call_helper(numbers::jit_random as *const () as usize, &[interp], &[types::F64])[0];
        self.b.def_var(result, r);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// A direct call of a compiled function unit with unboxed arguments.
    fn call_unit(&mut self, pc: Pc, callee: &crate::decide::Callee) -> Result<(), String> {
        let Instr::Call { dst, func, base, nargs, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not Call".into()) };
        let Rep::Const(fid) = rep_of(self.unit, &self.state, func) else { return Err("callee not constant".into()) };
        let fun_ptr = match &self.consts[fid as usize] {
            pyjit_runtime::Value::Function(f) => std::rc::Rc::as_ptr(f) as i64,
            _ => return Err("callee not a function".into()),
        };
        let st = self.state.clone();
        // A unit calling itself jumps straight to its own code; other callees are
        // called through their entry cell (null once invalidated).
        let direct = self.opts.self_call.filter(|(cell, _)| *cell == std::rc::Rc::as_ptr(&callee.entry) as usize).map(|(_, id)| id);
        let entry = if direct.is_none() {
            let cell = self.iconst(std::rc::Rc::as_ptr(&callee.entry) as i64);
            let entry = self.b.ins().load(types::I64, self.mf, cell, 0);
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, entry, 0);
            self.guard(ok, pc, "callee no longer compiled", &st);
            Some(entry)
        } else {
            None
        };
        // The callee's caller depth: this unit's own, or in a loop unit the
        // interpreter's counter, which is put back after the call (the callee
        // may leave its own depth there).
        let (depth, restore) = match self.call_depth {
            Some(d) => (d, None),
            None => {
                let d = self.load_interp_depth();
                (d, Some(d))
            }
        };
        // Calling itself, a closed unit tells the callee its bindings are
        // checked (see `Tx::hoisted_guards`).
        let fun_arg = if direct.is_some() && self.entry_checked.is_some() { fun_ptr | 1 } else { fun_ptr };
        let mut args = vec![self.interp, self.iconst(fun_arg), depth];
        let mut sig = Signature::new(self.opts.call_conv);
        for _ in 0..3 {
            sig.params.push(AbiParam::new(types::I64));
        }
        for (r, p) in (base..base + nargs).zip(&callee.params) {
            let v = match p {
                Rep::Float => self.get_float(r),
                Rep::Bool => self.truth(r),
                Rep::Boxed(_) => self.value_addr(r)?,
                _ => self.get_int(r),
            };
            sig.params.push(AbiParam::new(super::param_type(*p)));
            args.push(v);
        }
        sig.returns.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        if !self.unit.frameless {
            self.sync_range_iters();
        }
        let sigref = self.b.import_signature(sig);
        let call = match (entry, direct) {
            (Some(e), _) => self.b.ins().call_indirect(sigref, e, &args),
            (None, Some(id)) => {
                let name = self.b.func.declare_imported_user_function(ir::UserExternalName { namespace: 0, index: id });
                // Colocated: a call to its own code is always in reach of a rel32.
                let fref = self.b.import_function(ir::ExtFuncData { name: ir::ExternalName::User(name), signature: sigref, colocated: true, patchable: false });
                self.b.ins().call(fref, &args)
            }
            (None, None) => return Err("no callee".into()),
        };
        let r = self.b.inst_results(call).to_vec();
        let (tag, payload) = (r[0], r[1]);
        if let Some(d) = restore {
            self.store_interp_depth(d);
        }
        self.depth_stored_in = None;
        if !self.unit.frameless {
            self.reload_range_iters();
        }
        let expected = match callee.ret {
            Rep::Int => Some(tags::INT),
            Rep::Float => Some(tags::FLOAT),
            Rep::Bool => Some(tags::BOOL),
            _ => None,
        };
        match expected {
            Some(t) => {
                // The expected type continues here; a raised exception leaves at the
                // call; any other result continues in the interpreter after the
                // call, stored in `dst`.
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, tag, t as i64);
                let mut after = self.state.clone();
                after[dst as usize] = ANY;
                let cont = self.b.create_block();
                let other = self.b.create_block();
                self.b.ins().brif(same, cont, &[], other, &[]);
                self.b.switch_to_block(other);
                let raised = self.is_raised(tag);
                let exc = self.exit_block(pc, ExitKind::Raised, "raised", &st, None);
                let deopt = self.exit_block(pc + 1, ExitKind::Deopt, "call result of another type", &after, Some((dst, tag, payload)));
                self.b.ins().brif(raised, exc, &[], deopt, &[]);
                self.flush_exits();
                self.b.switch_to_block(cont);
                match callee.ret {
                    Rep::Float => {
                        let f = self.b.ins().bitcast(types::F64, self.mf_plain, payload);
                        self.set_float(dst, f);
                    }
                    Rep::Bool => {
                        let b = self.b.ins().ireduce(types::I8, payload);
                        self.set_bool(dst, b);
                    }
                    _ => self.set_int(dst, payload),
                }
            }
            None => {
                let raised = self.is_raised(tag);
                let ok = self.b.ins().bxor_imm_u(raised, 1);
                self.guard_kind(ok, pc, ExitKind::Raised, "raised", &st);
                let home = self.home(dst);
                self.call_helper(slots::jit_store_raw as *const () as usize, &[home, tag, payload], &[]);
                self.state[dst as usize] = ANY;
            }
        }
        Ok(())
    }
}
