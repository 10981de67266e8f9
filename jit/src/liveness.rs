//! Register liveness over a whole code object (backward dataflow), so compiled code
//! writes back to the interpreter frame only what the interpreter may still read.
//! Exception edges count: a register a handler reads is live throughout its `try`.
//! Constant registers (never written) are left out.

use crate::operands::{reads, successors, writes};
use fixedbitset::FixedBitSet;
use pyjit_compiler::bytecode::{CodeObject, Instr, Pc};

/// Live-in register sets, per instruction.
pub struct Liveness {
    live_in: Vec<FixedBitSet>,
}

impl Liveness {
    /// Computes liveness for every instruction of `code`.
    pub fn compute(code: &CodeObject) -> Liveness {
        let n = code.instrs.len();
        let width = code.const_base as usize;
        let mut live_in = vec![FixedBitSet::with_capacity(width); n];
        let facts: Vec<(Vec<u32>, Vec<u32>, Vec<Pc>)> = (0..n as Pc).map(|pc| (reads(&code.instrs[pc as usize]), writes(&code.instrs[pc as usize]), successors(code, pc))).collect();
        // Reused for every instruction: the live-out set, and the live-ins
        // reached on edges where the instruction's writes do not happen.
        let mut out = FixedBitSet::with_capacity(width);
        let mut kept = FixedBitSet::with_capacity(width);
        let mut changed = true;
        while changed {
            changed = false;
            for pc in (0..n).rev() {
                let (rd, wr, succ) = &facts[pc];
                out.clear();
                kept.clear();
                // `ForIter` writes its target only on the edge into the loop body.
                let exit_edge = match &code.instrs[pc] {
                    Instr::ForIter { exit, .. } => Some(*exit),
                    _ => None,
                };
                for &s in succ {
                    let Some(l) = live_in.get(s as usize) else { continue };
                    if exit_edge != Some(s) || s == pc as Pc + 1 {
                        out.union_with(l);
                    } else {
                        kept.union_with(l);
                    }
                }
                for &w in wr {
                    if (w as usize) < width {
                        out.set(w as usize, false);
                    }
                }
                out.union_with(&kept);
                if let Some(h) = code.handler_for(pc as Pc) {
                    if let Some(l) = live_in.get(h.handler as usize) {
                        kept.clear();
                        kept.union_with(l);
                        if (h.exc as usize) < width {
                            kept.set(h.exc as usize, false);
                        }
                        out.union_with(&kept);
                    }
                }
                for &r in rd {
                    if (r as usize) < width {
                        out.insert(r as usize);
                    }
                }
                if out != live_in[pc] {
                    live_in[pc].clear();
                    live_in[pc].union_with(&out);
                    changed = true;
                }
            }
        }
        Liveness { live_in }
    }

    /// Whether register `reg` may be read before it is written, from `pc` on.
    /// Constant registers and out-of-range pcs count as live.
    pub fn is_live(&self, pc: Pc, reg: u32) -> bool {
        match self.live_in.get(pc as usize) {
            Some(set) => reg as usize >= set.len() || set.contains(reg as usize),
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyjit_compiler::bytecode::CodeObject;

    /// The same fixpoint written per edge, allocating freely: each
    /// successor's live-in without the instruction's writes (except on a
    /// `ForIter`'s exit edge), the handler's without its exception register,
    /// then the reads.
    fn reference(code: &CodeObject) -> Vec<FixedBitSet> {
        let n = code.instrs.len();
        let width = code.const_base as usize;
        let mut live_in = vec![FixedBitSet::with_capacity(width); n];
        let mut changed = true;
        while changed {
            changed = false;
            for pc in (0..n).rev() {
                let instr = &code.instrs[pc];
                let mut out = FixedBitSet::with_capacity(width);
                let exit_edge = match instr {
                    Instr::ForIter { exit, .. } => Some(*exit),
                    _ => None,
                };
                for s in successors(code, pc as Pc) {
                    let Some(l) = live_in.get(s as usize) else { continue };
                    let mut l = l.clone();
                    if exit_edge != Some(s) || s == pc as Pc + 1 {
                        writes(instr).iter().filter(|&&w| (w as usize) < width).for_each(|&w| l.set(w as usize, false));
                    }
                    out.union_with(&l);
                }
                if let Some(h) = code.handler_for(pc as Pc) {
                    let mut l = live_in[h.handler as usize].clone();
                    if (h.exc as usize) < width {
                        l.set(h.exc as usize, false);
                    }
                    out.union_with(&l);
                }
                reads(instr).iter().filter(|&&r| (r as usize) < width).for_each(|&r| out.insert(r as usize));
                if out != live_in[pc] {
                    live_in[pc] = out;
                    changed = true;
                }
            }
        }
        live_in
    }

    fn all_code(code: &std::rc::Rc<CodeObject>, out: &mut Vec<std::rc::Rc<CodeObject>>) {
        out.push(code.clone());
        for c in &code.children {
            all_code(c, out);
        }
    }

    #[test]
    fn matches_the_per_edge_fixpoint() {
        let source = "\
def f(n, xs):
    total = 0
    it = iter(xs)
    for i in range(n):
        if i % 3 == 0:
            continue
        try:
            total += next(it)
        except StopIteration as e:
            total -= 1
            break
        while total > 100:
            total //= 2
    else:
        total = -total
    return total, [x * 2 for x in xs if x], sum(y for y in xs)

k = 0
for a in range(3):
    for b in range(a):
        k += a * b
print(f(10, [1, 2, 3]), k)
";
        let module = pyjit_compiler::compile_source(source, "liveness_test.py").expect("compiles");
        let mut codes = Vec::new();
        all_code(&module, &mut codes);
        assert!(codes.len() >= 4);
        for code in codes {
            let fast = Liveness::compute(&code);
            let slow = reference(&code);
            for (pc, want) in slow.iter().enumerate() {
                for r in 0..code.const_base {
                    assert_eq!(fast.is_live(pc as Pc, r), want.contains(r as usize), "{} pc {} r{}", code.qualname, pc, r);
                }
            }
            // Something is live somewhere (the check above is not vacuous).
            assert!(slow.iter().any(|s| s.count_ones(..) > 0), "{}", code.qualname);
        }
    }
}
