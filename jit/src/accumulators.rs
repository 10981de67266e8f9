//! Predicting which int accumulators of a range loop outgrow 64 bits, so its
//! loop unit is compiled with them in 128 bits (`Rep::Wide`) from the start
//! instead of deoptimizing when they overflow and being compiled again.
//!
//! `total += i ** 2` over `range(10**7)` passes 2**63 at `i` ≈ 3·10**6. The
//! prediction bounds each increment by interval arithmetic over the loop body
//! (the range's items, int constants, `+ - *` and small powers), and the total
//! by its value now plus the remaining iterations times that bound. The body is
//! read once in instruction order, each register taking the bounds of its last
//! definition, so a value defined differently on two branches gets one
//! branch's bounds. That is why this is a prediction, not a proof: a wrong one
//! costs only speed. Predicted too small, the loop deoptimizes on the overflow
//! and is compiled again, as without it; predicted too large, it adds in 128
//! bits, which hold every int the 64-bit arithmetic does (and past 128 bits
//! the loop still deoptimizes).

use crate::operands::writes;
use pyjit_compiler::bytecode::{BinOp, CodeObject, Constant, Instr, Pc, Reg};
use pyjit_runtime::object::PyRange;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Where an accumulator lives: a frame register, or a global (by name index).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Home {
    Reg(Reg),
    Global(u32),
}

/// Inclusive bounds of an int.
type Interval = (i128, i128);

/// A range iterator's remaining items, as `(next, stop, step)` of its state.
pub type RangeState = (i64, i64, i64);

/// The accumulators of the loop `header..=end` of `code` that are predicted to
/// leave the 64-bit range before the loop ends.
///
/// `header` must be a `ForIter` over a range iterator in state `range`
/// (otherwise the trip count is unknown and nothing is predicted). `now` gives
/// an accumulator's current value when it is an int that fits 64 bits.
/// Instructions inside the loops nested in `inner` (`(header, end)` pairs) are
/// not counted: their trip counts are unknown, so what they write is unknown.
pub fn predicted_wide(code: &CodeObject, header: Pc, end: Pc, inner: &[(Pc, Pc)], range: RangeState, now: impl Fn(Home) -> Option<i64>) -> Vec<Home> {
    let Some(Instr::ForIter { dst: item, .. }) = code.instrs.get(header as usize) else { return Vec::new() };
    let (next, _, step) = range;
    let trips = remaining(range);
    if trips == 0 {
        return Vec::new();
    }
    let last = next as i128 + step as i128 * (trips - 1);
    let mut walk = Walk { code, known: HashMap::default(), entry_of: HashMap::default(), written: HashSet::default(), stored: HashSet::default(), pending: HashMap::default(), increments: HashMap::default() };
    walk.known.insert(Home::Reg(*item), (last.min(next as i128), last.max(next as i128)));
    walk.written.insert(*item);
    let mut pc = header + 1;
    while pc <= end {
        if let Some(&(_, inner_end)) = inner.iter().find(|(h, _)| *h == pc) {
            for p in pc..=inner_end {
                walk.forget(&code.instrs[p as usize]);
            }
            pc = inner_end + 1;
            continue;
        }
        walk.step(&code.instrs[pc as usize]);
        pc += 1;
    }
    walk.increments
        .into_iter()
        .filter(|(home, bound)| {
            let Some(v) = now(*home) else { return false };
            (v as i128).saturating_abs().saturating_add(bound.saturating_mul(trips)) > i64::MAX as i128
        })
        .map(|(home, _)| home)
        .collect()
}

/// How many items a range iterator in state `range` has left.
fn remaining((next, stop, step): RangeState) -> i128 {
    PyRange { start: next as i128, stop: stop as i128, step: step as i128 }.len()
}

/// The state of one pass over the loop body, in instruction order.
struct Walk<'a> {
    code: &'a CodeObject,
    /// Bounds of registers and globals written so far in this iteration.
    known: HashMap<Home, Interval>,
    /// Registers holding an accumulator's value from the iteration's start.
    entry_of: HashMap<Reg, Home>,
    written: HashSet<Reg>,
    stored: HashSet<u32>,
    /// Registers holding an accumulator plus a bounded increment, not yet
    /// written back: `(accumulator, bound of the increment's magnitude)`.
    pending: HashMap<Reg, (Home, i128)>,
    /// Accumulators and the bound of their growth per iteration.
    increments: HashMap<Home, i128>,
}

impl Walk<'_> {
    fn bounds(&self, r: Reg) -> Option<Interval> {
        if r >= self.code.const_base {
            return match self.code.consts.get((r - self.code.const_base) as usize) {
                Some(Constant::Int(k)) => Some((*k as i128, *k as i128)),
                _ => None,
            };
        }
        self.known.get(&Home::Reg(r)).copied()
    }

    /// The accumulator whose iteration-start value `r` holds.
    fn origin(&self, r: Reg) -> Option<Home> {
        match self.entry_of.get(&r) {
            Some(h) => Some(*h),
            None if r < self.code.const_base && !self.written.contains(&r) => Some(Home::Reg(r)),
            None => None,
        }
    }

    /// Everything `instr` writes becomes unknown.
    fn forget(&mut self, instr: &Instr) {
        for r in writes(instr) {
            self.set(r, None);
        }
        if let Instr::StoreGlobal { name, .. } = instr {
            self.stored.insert(*name);
            self.known.remove(&Home::Global(*name));
        }
    }

    fn set(&mut self, r: Reg, bounds: Option<Interval>) {
        self.written.insert(r);
        self.entry_of.remove(&r);
        self.pending.remove(&r);
        match bounds {
            Some(b) => self.known.insert(Home::Reg(r), b),
            None => self.known.remove(&Home::Reg(r)),
        };
    }

    fn step(&mut self, instr: &Instr) {
        match *instr {
            Instr::Move { dst, src } => {
                let (b, o, p) = (self.bounds(src), self.origin(src), self.pending.get(&src).copied());
                self.set(dst, b);
                if let Some(o) = o {
                    self.entry_of.insert(dst, o);
                }
                if let Some(p) = p {
                    self.pending.insert(dst, p);
                }
            }
            Instr::LoadGlobal { dst, name } => {
                let b = self.known.get(&Home::Global(name)).copied();
                self.set(dst, b);
                if !self.stored.contains(&name) {
                    self.entry_of.insert(dst, Home::Global(name));
                }
            }
            Instr::StoreGlobal { name, src } => {
                if let Some((Home::Global(g), bound)) = self.pending.get(&src).copied() {
                    if g == name && !self.stored.contains(&name) {
                        self.add_increment(Home::Global(g), bound);
                    }
                }
                self.stored.insert(name);
                match self.bounds(src) {
                    Some(b) => self.known.insert(Home::Global(name), b),
                    None => self.known.remove(&Home::Global(name)),
                };
            }
            Instr::Pow { dst, a, b, .. } => {
                let r = match (self.bounds(a), self.bounds(b)) {
                    (Some(x), Some((k, k2))) if k == k2 && (0..=8).contains(&k) => Some(pow(x, k as u32)),
                    _ => None,
                };
                self.set(dst, r);
            }
            Instr::Add { dst, a, b, .. } => self.arith(BinOp::Add, dst, a, b),
            Instr::Sub { dst, a, b, .. } => self.arith(BinOp::Sub, dst, a, b),
            Instr::Mul { dst, a, b, .. } => self.arith(BinOp::Mul, dst, a, b),
            Instr::BinaryOp { op, dst, a, b, .. } | Instr::InplaceOp { op, dst, a, b, .. } => self.arith(op, dst, a, b),
            _ => self.forget(instr),
        }
    }

    fn arith(&mut self, op: BinOp, dst: Reg, a: Reg, b: Reg) {
        let (x, y) = (self.bounds(a), self.bounds(b));
        // `acc + e`, `e + acc` or `acc - e` with `e` bounded.
        let growth = match (op, self.origin(a), self.origin(b)) {
            (BinOp::Add | BinOp::Sub, Some(h), _) if y.is_some() => y.map(|y| (h, magnitude(y))),
            (BinOp::Add, _, Some(h)) if x.is_some() => x.map(|x| (h, magnitude(x))),
            _ => None,
        };
        let r = match (op, x, y) {
            (BinOp::Add, Some(x), Some(y)) => Some((x.0.saturating_add(y.0), x.1.saturating_add(y.1))),
            (BinOp::Sub, Some(x), Some(y)) => Some((x.0.saturating_sub(y.1), x.1.saturating_sub(y.0))),
            (BinOp::Mul, Some(x), Some(y)) => Some(mul(x, y)),
            _ => None,
        };
        self.set(dst, r);
        if let Some((h, bound)) = growth {
            if h == Home::Reg(dst) {
                self.add_increment(h, bound);
            } else if matches!(h, Home::Global(_)) {
                self.pending.insert(dst, (h, bound));
            }
        }
    }

    fn add_increment(&mut self, home: Home, bound: i128) {
        let total = self.increments.entry(home).or_insert(0);
        *total = total.saturating_add(bound);
    }
}

fn magnitude(x: Interval) -> i128 {
    x.0.saturating_abs().max(x.1.saturating_abs())
}

fn mul(x: Interval, y: Interval) -> Interval {
    let p = [x.0.saturating_mul(y.0), x.0.saturating_mul(y.1), x.1.saturating_mul(y.0), x.1.saturating_mul(y.1)];
    (*p.iter().min().unwrap_or(&0), *p.iter().max().unwrap_or(&0))
}

fn pow(x: Interval, k: u32) -> Interval {
    let p = |v: i128| v.checked_pow(k).unwrap_or(if v < 0 && k % 2 == 1 { i128::MIN } else { i128::MAX });
    if k % 2 == 1 || x.0 >= 0 {
        (p(x.0), p(x.1))
    } else if x.1 <= 0 {
        (p(x.1), p(x.0))
    } else {
        (0, p(x.0).max(p(x.1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first loop of `src`'s first function (or the module), its body's
    /// bounds and inner loops.
    fn loop_of(src: &str) -> (std::rc::Rc<CodeObject>, Pc, Pc, Vec<(Pc, Pc)>) {
        let module = pyjit_compiler::compile_source(src, "<test>").expect("compiles");
        let code = module.children.first().cloned().unwrap_or(module);
        let end_of = |id: u32| code.instrs.iter().enumerate().filter(|(_, i)| matches!(i, Instr::JumpBackward { loop_id, .. } if *loop_id == id)).map(|(pc, _)| pc as Pc).max().unwrap();
        let loops: Vec<(Pc, Pc)> = code.loops.iter().enumerate().map(|(id, l)| (l.header, end_of(id as u32))).collect();
        let (header, end) = loops[0];
        let inner = loops[1..].to_vec();
        (code, header, end, inner)
    }

    fn predict(src: &str, range: RangeState, now: i64) -> Vec<Home> {
        let (code, header, end, inner) = loop_of(src);
        predicted_wide(&code, header, end, &inner, range, |_| Some(now))
    }

    #[test]
    fn sum_of_squares_over_ten_million_is_wide() {
        let local = "def f(n):\n    total = 0\n    for i in range(n):\n        total += i ** 2\n    return total\n";
        assert_eq!(predict(local, (1000, 10_000_000, 1), 0).len(), 1);
        // 10**5 squares sum to about 3.3e14: 64 bits hold them.
        assert!(predict(local, (1000, 100_000, 1), 0).is_empty());
        // Already near the top of the range: a few more steps overflow.
        assert_eq!(predict(local, (1000, 1010, 1), i64::MAX - 5), vec![Home::Reg(1)]);
    }

    #[test]
    fn module_level_global_accumulator() {
        let module = "total = 0\nfor i in range(10**7):\n    total += i ** 2\n";
        let wide = predict(module, (1000, 10_000_000, 1), 0);
        assert!(matches!(wide.as_slice(), [Home::Global(_)]), "{:?}", wide);
        // `total = total + i * i` is the same accumulator.
        let spelled = "total = 0\nfor i in range(10**7):\n    total = total + i * i\n";
        assert_eq!(predict(spelled, (1000, 10_000_000, 1), 0).len(), 1);
    }

    #[test]
    fn unbounded_or_reset_values_are_not_predicted() {
        // The increment comes from a call: unknown.
        let call = "def f(n, g):\n    t = 0\n    for i in range(n):\n        t += g(i)\n    return t\n";
        assert!(predict(call, (0, 10_000_000, 1), 0).is_empty());
        // Increments inside an inner loop run an unknown number of times.
        let nested = "def f(n):\n    t = 0\n    for i in range(n):\n        for j in range(i):\n            t += j * j\n    return t\n";
        assert!(predict(nested, (0, 10_000_000, 1), 0).is_empty());
        // A plain counter over the range stays far below 2**63.
        let count = "def f(n):\n    c = 0\n    for i in range(n):\n        c += 1\n    return c\n";
        assert!(predict(count, (0, 10_000_000, 1), 0).is_empty());
    }

    #[test]
    fn trip_counts_follow_range_len() {
        assert_eq!(remaining((0, 10, 1)), 10);
        assert_eq!(remaining((0, 10, 3)), 4);
        assert_eq!(remaining((10, 0, -3)), 4);
        assert_eq!(remaining((5, 5, 1)), 0);
        assert_eq!(remaining((5, 0, 1)), 0);
    }
}
