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
        let mut changed = true;
        while changed {
            changed = false;
            for pc in (0..n).rev() {
                let (rd, wr, succ) = &facts[pc];
                let mut out = FixedBitSet::with_capacity(width);
                // `ForIter` writes its target only on the edge into the loop body.
                let exit_edge = match &code.instrs[pc] {
                    Instr::ForIter { exit, .. } => Some(*exit),
                    _ => None,
                };
                for &s in succ {
                    let Some(l) = live_in.get(s as usize) else { continue };
                    let mut l = l.clone();
                    if exit_edge != Some(s) || s == pc as Pc + 1 {
                        for &w in wr {
                            if (w as usize) < width {
                                l.set(w as usize, false);
                            }
                        }
                    }
                    out.union_with(&l);
                }
                if let Some(h) = code.handler_for(pc as Pc) {
                    if let Some(l) = live_in.get(h.handler as usize) {
                        let mut l = l.clone();
                        if (h.exc as usize) < width {
                            l.set(h.exc as usize, false);
                        }
                        out.union_with(&l);
                    }
                }
                for &r in rd {
                    if (r as usize) < width {
                        out.insert(r as usize);
                    }
                }
                if out != live_in[pc] {
                    live_in[pc] = out;
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
