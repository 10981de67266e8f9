//! Arithmetic, comparisons and unary operators on native ints, wide ints and
//! floats, with Python's semantics. Anything the fast path cannot do exactly
//! (overflow past the representation, a zero divisor, an inexact int-to-float
//! conversion) deoptimizes to the instruction, and the interpreter does it.

use super::{Tx, VarKind};
use crate::decide::{binary_op_of, rep_of, Num};
use crate::rep::{Rep, State};
use crate::runtime_calls::numbers;
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types, InstBuilder};
use pyjit_compiler::bytecode::{BinOp, CmpOp, Constant, Instr, Pc, Reg, UnaryOp};

/// An int `+` or `-`, and which operand's register its result replaces (exit
/// code recomputes that operand from the result; see [`Tx::checked_add_sub`]).
#[derive(Clone, Copy)]
pub struct AddSub {
    pub add: bool,
    pub replaces: Option<Side>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// The operand of `dst = a op b` whose register the result replaces.
    pub fn of(dst: Reg, a: Reg, b: Reg) -> Option<Side> {
        if dst == a {
            Some(Side::Left)
        } else if dst == b {
            Some(Side::Right)
        } else {
            None
        }
    }
}

/// Ints of at most this magnitude convert to floats exactly.
const EXACT_FLOAT_INT: i64 = 1 << 53;

impl Tx<'_, '_> {
    /// Guards that the int `x` converts to a float exactly.
    fn guard_exact_float(&mut self, x: ir::Value, pc: Pc) {
        let shifted = self.b.ins().iadd_imm_s(x, EXACT_FLOAT_INT);
        let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, shifted, 2 * EXACT_FLOAT_INT);
        let st = self.state.clone();
        self.guard(ok, pc, "int too large for an exact float", &st);
    }

    fn float_operand(&mut self, r: Reg, pc: Pc, exact: bool) -> ir::Value {
        if exact && matches!(rep_of(self.unit, &self.state, r), Rep::Int | Rep::Bool) {
            let i = self.get_int(r);
            self.guard_exact_float(i, pc);
            return self.b.ins().fcvt_from_sint(types::F64, i);
        }
        self.get_float(r)
    }

    fn float_helper(&mut self, f: usize, x: ir::Value, y: ir::Value, pc: Pc, why: &'static str) -> ir::Value {
        let out = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 8, 3));
        let oa = self.b.ins().stack_addr(types::I64, out, 0);
        let ok = self.call_helper(f, &[x, y, oa], &[types::I32])[0];
        let st = self.state.clone();
        self.guard(ok, pc, why, &st);
        self.b.ins().stack_load(types::I64, types::F64, out, 0)
    }

    /// `dst = a op b` in `num`.
    pub fn arith(&mut self, pc: Pc, op: BinOp, num: Num) -> Result<(), String> {
        let (_, dst, a, b, _) = binary_op_of(&self.unit.raw.instrs[pc as usize]).ok_or("not arithmetic")?;
        let st = self.state.clone();
        match num {
            Num::Int => {
                let x = self.get_int(a);
                let y = self.get_int(b);
                if op == BinOp::TrueDiv {
                    let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                    self.guard(nz, pc, "division by zero", &st);
                    self.guard_exact_float(x, pc);
                    self.guard_exact_float(y, pc);
                    let fx = self.b.ins().fcvt_from_sint(types::F64, x);
                    let fy = self.b.ins().fcvt_from_sint(types::F64, y);
                    let r = self.b.ins().fdiv(fx, fy);
                    self.set_float(dst, r);
                    return Ok(());
                }
                if let Some(range) = self.result_range(op, self.reg_range(a, x), self.reg_range(b, y)) {
                    // Every result fits: no overflow check.
                    let r = match op {
                        BinOp::Add => self.b.ins().iadd(x, y),
                        BinOp::Sub => self.b.ins().isub(x, y),
                        _ => self.b.ins().imul(x, y),
                    };
                    self.set_int(dst, r);
                    self.set_range(dst, range);
                    return Ok(());
                }
                let r = self.int_binary(op, x, y, pc, Side::of(dst, a, b))?;
                self.set_int(dst, r);
            }
            Num::Wide => {
                let r = match op {
                    BinOp::Mul => {
                        // Both operands fit 64 bits: the product always fits 128.
                        let x = self.get_wide(a);
                        let y = self.get_wide(b);
                        self.b.ins().imul(x, y)
                    }
                    BinOp::Add | BinOp::Sub => {
                        let x = self.get_wide(a);
                        let y = self.get_wide(b);
                        let op = AddSub { add: op == BinOp::Add, replaces: Side::of(dst, a, b) };
                        self.checked_add_sub(op, x, y, pc, "int overflows 128 bits", &st)
                    }
                    _ => return Err("wide op".into()),
                };
                self.set_wide(dst, r);
            }
            Num::Float => {
                let x = self.get_float(a);
                let y = self.get_float(b);
                let r = match op {
                    BinOp::Add => self.b.ins().fadd(x, y),
                    BinOp::Sub => self.b.ins().fsub(x, y),
                    BinOp::Mul => self.b.ins().fmul(x, y),
                    BinOp::TrueDiv => {
                        let z = self.b.ins().f64const(0.0);
                        let nz = self.b.ins().fcmp(FloatCC::NotEqual, y, z);
                        self.guard(nz, pc, "division by zero", &st);
                        self.b.ins().fdiv(x, y)
                    }
                    BinOp::FloorDiv => self.float_helper(numbers::jit_float_floordiv as *const () as usize, x, y, pc, "float floor division error"),
                    BinOp::Mod => self.float_helper(numbers::jit_float_mod as *const () as usize, x, y, pc, "float modulo error"),
                    BinOp::Pow => self.float_helper(numbers::jit_float_pow as *const () as usize, x, y, pc, "float power error"),
                    _ => return Err("float op".into()),
                };
                self.set_float(dst, r);
            }
        }
        Ok(())
    }

    fn int_binary(&mut self, op: BinOp, x: ir::Value, y: ir::Value, pc: Pc, replaces: Option<Side>) -> Result<ir::Value, String> {
        if let (BinOp::FloorDiv | BinOp::Mod, Some(k)) = (op, self.power_of_two(y)) {
            // Python's `//` and `%` round toward negative infinity, which for a
            // divisor 2**k is exactly an arithmetic shift and a mask of the
            // two's-complement bits: `-7 // 4 == -7 >> 2 == -2`, `-7 % 4 == -7 & 3 == 1`.
            return Ok(if op == BinOp::FloorDiv {
                self.b.ins().sshr_imm_u(x, k as i64)
            } else {
                self.b.ins().band_imm_u(x, ((1u64 << k) - 1) as i64)
            });
        }
        let st = self.state.clone();
        let nonzero_const = self.int_const(y).filter(|&c| c != 0 && c != i64::MIN);
        Ok(match (op, nonzero_const) {
            (BinOp::Add | BinOp::Sub, Some(c)) => {
                // A nonzero constant moves the result one way only, so `x` is
                // compared with the last value that does not overflow: one
                // compare-and-branch instead of the overflow flag's `seto; test;
                // jne`.
                let delta = if op == BinOp::Add { c } else { -c };
                let (cc, bound) = if delta > 0 { (IntCC::SignedLessThanOrEqual, i64::MAX - delta) } else { (IntCC::SignedGreaterThanOrEqual, i64::MIN - delta) };
                let ok = self.b.ins().icmp_imm_s(cc, x, bound);
                self.guard(ok, pc, "int overflows 64 bits", &st);
                if op == BinOp::Add { self.b.ins().iadd(x, y) } else { self.b.ins().isub(x, y) }
            }
            (BinOp::Add | BinOp::Sub, _) => self.checked_add_sub(AddSub { add: op == BinOp::Add, replaces }, x, y, pc, "int overflows 64 bits", &st),
            (BinOp::Mul, _) => {
                let (r, of) = self.b.ins().smul_overflow(x, y);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
                self.guard(ok, pc, "int overflows 64 bits", &st);
                r
            }
            (BinOp::FloorDiv | BinOp::Mod, _) => {
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                self.guard(nz, pc, "division by zero", &st);
                let xmin = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                let yneg1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let both = self.b.ins().band(xmin, yneg1);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, both, 0);
                self.guard(ok, pc, "int overflows 64 bits", &st);
                let q = self.b.ins().sdiv(x, y);
                let rem = self.b.ins().srem(x, y);
                // Python rounds toward negative infinity: fix up when the remainder
                // is nonzero and has the other sign than the divisor.
                let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                let sx = self.b.ins().bxor(rem, y);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                let fix = self.b.ins().band(rnz, differ);
                if op == BinOp::FloorDiv {
                    let q1 = self.b.ins().iadd_imm_s(q, -1);
                    self.b.ins().select(fix, q1, q)
                } else {
                    let r1 = self.b.ins().iadd(rem, y);
                    self.b.ins().select(fix, r1, rem)
                }
            }
            (BinOp::BitAnd, _) => self.b.ins().band(x, y),
            (BinOp::BitOr, _) => self.b.ins().bor(x, y),
            (BinOp::BitXor, _) => self.b.ins().bxor(x, y),
            (BinOp::LShift, _) => {
                let in_range = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, 64);
                self.guard(in_range, pc, "shift count out of range", &st);
                let r = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(r, y);
                let ok = self.b.ins().icmp(IntCC::Equal, back, x);
                self.guard(ok, pc, "int overflows 64 bits", &st);
                r
            }
            (BinOp::RShift, _) => {
                let nonneg = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, y, 0);
                self.guard(nonneg, pc, "negative shift count", &st);
                let c63 = self.iconst(63);
                let n = self.b.ins().umin(y, c63);
                self.b.ins().sshr(x, n)
            }
            _ => return Err(format!("int op {:?}", op)),
        })
    }

    /// Bounds (inclusive) known for the int in register `r`, whose value is
    /// `v`: a constant's, or those in `reg_ranges`.
    pub(crate) fn reg_range(&self, r: Reg, v: ir::Value) -> Option<(i64, i64)> {
        match self.int_const(v) {
            Some(c) => Some((c, c)),
            None if self.state[r as usize] == Rep::Int => self.reg_ranges.get(&r).copied(),
            None => None,
        }
    }

    /// Records bounds for the int just stored in `r` (see `Tx::reg_ranges`).
    pub(crate) fn set_range(&mut self, r: u32, range: (i64, i64)) {
        self.reg_ranges.insert(r, range);
        self.ranged_now = Some(r);
    }

    /// Records the bounds ints `a` and `b` have on the edge from `pc` to `to`,
    /// along which `a op b` holds (see `Tx::edge_ranges`).
    pub(crate) fn narrow_on_edge(&mut self, pc: Pc, to: Pc, op: CmpOp, a: Reg, b: Reg) {
        let mut ranges = self.reg_ranges.clone();
        let full = (i64::MIN, i64::MAX);
        let known = |r: Reg| match self.unit.const_reg(r) {
            Some(Constant::Int(k)) => Some((*k, *k)),
            Some(Constant::Bool(b)) => Some((*b as i64, *b as i64)),
            Some(_) => None,
            None if self.state.get(r as usize) == Some(&Rep::Int) => self.reg_ranges.get(&r).copied(),
            None => None,
        };
        let (ra, rb) = (known(a).unwrap_or(full), known(b).unwrap_or(full));
        // An edge no value can take keeps the bounds before the compare.
        if let Some((na, nb)) = narrow(op, ra, rb) {
            for (r, n) in [(a, na), (b, nb)] {
                if self.unit.const_reg(r).is_none() && self.state.get(r as usize) == Some(&Rep::Int) && n != full {
                    ranges.insert(r, n);
                }
            }
        }
        self.edge_ranges.insert((pc, to), ranges);
    }

    /// The bounds of `x op y` (`+`, `-` or `*`) for operands within bounds `x`
    /// and `y`, when every result fits 64 bits, so the operation cannot overflow.
    fn result_range(&self, op: BinOp, x: Option<(i64, i64)>, y: Option<(i64, i64)>) -> Option<(i64, i64)> {
        let (a0, a1) = x?;
        let (b0, b1) = y?;
        let (a0, a1, b0, b1) = (a0 as i128, a1 as i128, b0 as i128, b1 as i128);
        let (lo, hi) = match op {
            BinOp::Add => (a0 + b0, a1 + b1),
            BinOp::Sub => (a0 - b1, a1 - b0),
            BinOp::Mul => {
                let p = [a0 * b0, a0 * b1, a1 * b0, a1 * b1];
                (p.iter().copied().min()?, p.iter().copied().max()?)
            }
            _ => return None,
        };
        Some((i64::try_from(lo).ok()?, i64::try_from(hi).ok()?))
    }

    /// `k` when `v` is the constant `2**k` (a positive power of two).
    fn power_of_two(&self, v: ir::Value) -> Option<u32> {
        let c = self.int_const(v)?;
        (c > 0 && c & (c - 1) == 0).then(|| c.trailing_zeros())
    }

    /// The value of `v` if it is an `iconst`.
    pub(crate) fn int_const(&self, v: ir::Value) -> Option<i64> {
        let ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else { return None };
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    /// `x + y` or `x - y` (64 or 128 bits) with an overflow guard (a failure
    /// deoptimizes to `pc` in `state`; x64 lowers the 128-bit check to `add;
    /// adc; seto`). When the result replaces an operand's register (`total +=
    /// x`), the exit recomputes that operand from the wrapped result (`r - y`,
    /// exact in wrapping arithmetic) instead of keeping it: the old and new
    /// values would otherwise both be live at the guard, and the loop would end
    /// with moves back into the operand's registers.
    pub fn checked_add_sub(&mut self, op: AddSub, x: ir::Value, y: ir::Value, pc: Pc, reason: &'static str, state: &State) -> ir::Value {
        let (r, of) = if op.add { self.b.ins().sadd_overflow(x, y) } else { self.b.ins().ssub_overflow(x, y) };
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
        let Some(side) = op.replaces else {
            self.guard(ok, pc, reason, state);
            return r;
        };
        self.guard_restoring(ok, pc, reason, state, |tx| {
            let (gone, old) = match (op.add, side) {
                (true, Side::Left) => (x, tx.b.ins().isub(r, y)),
                (true, Side::Right) => (y, tx.b.ins().isub(r, x)),
                (false, Side::Left) => (x, tx.b.ins().iadd(r, y)),
                (false, Side::Right) => (y, tx.b.ins().isub(x, r)),
            };
            tx.redefine_holders(state, gone, old);
        });
        r
    }

    /// On an exit path: every int or int128 register of `state` whose value is
    /// `gone` (the register itself, and copies such as a promoted global's)
    /// gets `value` instead, the same number recomputed.
    fn redefine_holders(&mut self, state: &State, gone: ir::Value, value: ir::Value) {
        // A 64-bit operand widened for 128-bit arithmetic is held narrow.
        let narrow = match self.b.func.dfg.value_def(gone) {
            ir::ValueDef::Result(inst, _) if self.b.func.dfg.insts[inst].opcode() == ir::Opcode::Sextend => Some(self.b.func.dfg.inst_args(inst)[0]),
            _ if self.b.func.dfg.value_type(gone) == types::I64 => Some(gone),
            _ => None,
        };
        let wide = self.b.func.dfg.value_type(value) == types::I128;
        // Constant registers are `Rep::Const`; registers from `const_base` up
        // with a native representation are promoted globals or the running total.
        for v in 0..state.len() as u32 {
            match state[v as usize] {
                Rep::Wide if self.use_v(v, VarKind::Wide) == gone => {
                    let w = if wide { value } else { self.b.ins().sextend(types::I128, value) };
                    let var = self.var(v, VarKind::Wide);
                    self.b.def_var(var, w);
                }
                Rep::Int if Some(self.use_v(v, VarKind::I64)) == narrow => {
                    let n = if wide { self.b.ins().ireduce(types::I64, value) } else { value };
                    let var = self.var(v, VarKind::I64);
                    self.b.def_var(var, n);
                }
                _ => {}
            }
        }
    }

    /// `dst = a ** exp` for a small constant exponent.
    pub fn pow_const(&mut self, pc: Pc, exp: u32, num: Num) -> Result<(), String> {
        let (_, dst, a, _, _) = binary_op_of(&self.unit.raw.instrs[pc as usize]).ok_or("not arithmetic")?;
        let st = self.state.clone();
        match num {
            Num::Int => {
                let x = self.get_int(a);
                let xr = self.reg_range(a, x);
                let mut acc = if exp == 0 { self.iconst(1) } else { x };
                let mut acc_range = if exp == 0 { Some((1, 1)) } else { xr };
                for _ in 1..exp {
                    acc_range = self.result_range(BinOp::Mul, acc_range, xr);
                    if acc_range.is_some() {
                        acc = self.b.ins().imul(acc, x);
                        continue;
                    }
                    let (r, of) = self.b.ins().smul_overflow(acc, x);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
                    self.guard(ok, pc, "int overflows 64 bits", &st);
                    acc = r;
                }
                self.set_int(dst, acc);
                if let Some(range) = acc_range {
                    self.set_range(dst, range);
                }
            }
            Num::Wide => {
                let x = self.get_wide(a);
                let r = self.b.ins().imul(x, x);
                self.set_wide(dst, r);
            }
            Num::Float => {
                // x * x, as the interpreter's fast path. An overflow to infinity
                // from a finite x is an OverflowError the interpreter raises; any
                // non-finite square (rare) is simply left to the interpreter.
                let x = self.get_float(a);
                let r = self.b.ins().fmul(x, x);
                let inf = self.b.ins().f64const(f64::INFINITY);
                let ar = self.b.ins().fabs(r);
                let ok = self.b.ins().fcmp(FloatCC::LessThan, ar, inf);
                self.guard(ok, pc, "float overflow", &st);
                self.set_float(dst, r);
            }
        }
        Ok(())
    }

    /// The truth of `a op b` in `num`, as an `i8`.
    pub fn compare_value(&mut self, pc: Pc, op: CmpOp, num: Num, a: Reg, b: Reg) -> ir::Value {
        match num {
            Num::Int => {
                let x = self.get_int(a);
                let y = self.get_int(b);
                self.b.ins().icmp(int_cc(op), x, y)
            }
            Num::Wide => {
                let x = self.get_wide(a);
                let y = self.get_wide(b);
                self.b.ins().icmp(int_cc(op), x, y)
            }
            Num::Float => {
                let x = self.float_operand(a, pc, true);
                let y = self.float_operand(b, pc, true);
                self.b.ins().fcmp(float_cc(op), x, y)
            }
        }
    }

    /// `dst = a op b` as a bool.
    pub fn compare(&mut self, pc: Pc, op: CmpOp, num: Num) -> Result<(), String> {
        let Instr::Compare { dst, a, b, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not a compare".into()) };
        let c = self.compare_value(pc, op, num, a, b);
        self.set_bool(dst, c);
        Ok(())
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary(&mut self, pc: Pc, op: UnaryOp, num: Num) -> Result<(), String> {
        let Instr::Unary { dst, src, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not unary".into()) };
        let st = self.state.clone();
        match (op, num) {
            (UnaryOp::Neg, Num::Int) => {
                let x = self.get_int(src);
                let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, x, i64::MIN);
                self.guard(ok, pc, "int overflows 64 bits", &st);
                let r = self.b.ins().ineg(x);
                self.set_int(dst, r);
            }
            (UnaryOp::Pos, Num::Int) => {
                let x = self.get_int(src);
                self.set_int(dst, x);
            }
            (UnaryOp::Invert, Num::Int) => {
                let x = self.get_int(src);
                let r = self.b.ins().bnot(x);
                self.set_int(dst, r);
            }
            (UnaryOp::Neg, Num::Wide) => {
                let x = self.get_wide(src);
                let (_, hi) = self.b.ins().isplit(x);
                let (lo, _) = self.b.ins().isplit(x);
                let hi_min = self.b.ins().icmp_imm_s(IntCC::Equal, hi, i64::MIN);
                let lo_zero = self.b.ins().icmp_imm_s(IntCC::Equal, lo, 0);
                let is_min = self.b.ins().band(hi_min, lo_zero);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, is_min, 0);
                self.guard(ok, pc, "int overflows 128 bits", &st);
                let r = self.b.ins().ineg(x);
                self.set_wide(dst, r);
            }
            (UnaryOp::Pos, Num::Wide) => {
                let x = self.get_wide(src);
                self.set_wide(dst, x);
            }
            (UnaryOp::Neg, Num::Float) => {
                let x = self.get_float(src);
                let r = self.b.ins().fneg(x);
                self.set_float(dst, r);
            }
            (UnaryOp::Pos, Num::Float) => {
                let x = self.get_float(src);
                self.set_float(dst, x);
            }
            _ => return Err(format!("unary {:?} on {:?}", op, num)),
        }
        Ok(())
    }

    /// `dst = not src` for a native scalar.
    pub fn not(&mut self, pc: Pc) -> Result<(), String> {
        let Instr::Unary { dst, src, .. } = self.unit.raw.instrs[pc as usize] else { return Err("not unary".into()) };
        let t = self.truth(src);
        let r = self.b.ins().bxor_imm_u(t, 1);
        self.set_bool(dst, r);
        Ok(())
    }
}

pub fn int_cc(op: CmpOp) -> IntCC {
    match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Eq => IntCC::Equal,
        CmpOp::Ne => IntCC::NotEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

/// IEEE comparisons as C and CPython do them (`!=` is true for NaN, the rest false).
pub fn float_cc(op: CmpOp) -> FloatCC {
    match op {
        CmpOp::Lt => FloatCC::LessThan,
        CmpOp::Le => FloatCC::LessThanOrEqual,
        CmpOp::Eq => FloatCC::Equal,
        CmpOp::Ne => FloatCC::NotEqual,
        CmpOp::Gt => FloatCC::GreaterThan,
        CmpOp::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// Bounds (inclusive) of ints `a` and `b`, within bounds `ra` and `rb`, given
/// that `a op b` holds; `None` when no values satisfy it.
fn narrow(op: CmpOp, ra: (i64, i64), rb: (i64, i64)) -> Option<((i64, i64), (i64, i64))> {
    let (a0, a1, b0, b1) = (ra.0 as i128, ra.1 as i128, rb.0 as i128, rb.1 as i128);
    let ((a0, a1), (b0, b1)) = match op {
        CmpOp::Lt => ((a0, a1.min(b1 - 1)), (b0.max(a0 + 1), b1)),
        CmpOp::Le => ((a0, a1.min(b1)), (b0.max(a0), b1)),
        CmpOp::Gt | CmpOp::Ge => {
            let (nb, na) = narrow(if op == CmpOp::Gt { CmpOp::Lt } else { CmpOp::Le }, rb, ra)?;
            return Some((na, nb));
        }
        CmpOp::Eq => ((a0.max(b0), a1.min(b1)), (a0.max(b0), a1.min(b1))),
        // Only a constant's value can be cut off an end of the other's range.
        CmpOp::Ne => {
            let cut = |(lo, hi): (i128, i128), c: Option<i128>| match c {
                Some(c) if c == lo => (lo + 1, hi),
                Some(c) if c == hi => (lo, hi - 1),
                _ => (lo, hi),
            };
            (cut((a0, a1), (b0 == b1).then_some(b0)), cut((b0, b1), (a0 == a1).then_some(a0)))
        }
    };
    if a0 > a1 || b0 > b1 {
        return None;
    }
    // Within the operands' own bounds, so each fits 64 bits.
    Some(((a0 as i64, a1 as i64), (b0 as i64, b1 as i64)))
}

/// The comparison that holds exactly when `op` does not, for ints.
pub(crate) fn negation(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
    }
}
