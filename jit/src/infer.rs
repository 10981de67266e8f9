//! Representation inference: a forward dataflow fixpoint over a unit's instructions
//! that assigns every live register a representation at every instruction, starting
//! from the entry state (for a loop: the types actually in the frame when it got
//! hot). Where paths disagree the join boxes the value (see `Rep::join`).

use crate::decide::{decide, transfer, UnitInput};
use crate::rep::{join_into, State, ANY};
use pyjit_compiler::bytecode::Pc;
use std::collections::BTreeSet;

/// Representations at each instruction of a unit.
pub struct Analysis {
    /// Per instruction `unit.start + i`: the state on entry, `None` if unreachable.
    pub state_in: Vec<Option<State>>,
}

impl Analysis {
    /// The state on entry to `pc` (`None` when unreachable or outside the unit).
    pub fn at(&self, start: Pc, pc: Pc) -> Option<&State> {
        pc.checked_sub(start).and_then(|i| self.state_in.get(i as usize)).and_then(|s| s.as_ref())
    }
}

/// Marks registers that are dead at `pc` as boxed-unknown, so values that are never
/// read again do not widen a join.
pub fn prune(unit: &UnitInput, pc: Pc, state: &mut State) {
    let base = unit.raw.const_base as usize;
    for (r, rep) in state.iter_mut().enumerate().take(base) {
        if !unit.liveness.is_live(pc, r as u32) {
            *rep = ANY;
        }
    }
}

/// Runs the fixpoint from `entry` at `entry_pc`. Fails if it does not converge
/// (which would be a bug in the lattice; the unit is then not compiled).
pub fn infer(unit: &UnitInput, entry_pc: Pc, mut entry: State) -> Result<Analysis, String> {
    let n = (unit.end - unit.start + 1) as usize;
    let mut state_in: Vec<Option<State>> = vec![None; n];
    prune(unit, entry_pc, &mut entry);
    state_in[(entry_pc - unit.start) as usize] = Some(entry);
    let mut work: BTreeSet<Pc> = BTreeSet::new();
    work.insert(entry_pc);
    let mut steps = 0usize;
    while let Some(pc) = work.pop_first() {
        steps += 1;
        if steps > 64 * n + 64 {
            return Err("representation inference did not converge".into());
        }
        let Some(state) = state_in[(pc - unit.start) as usize].clone() else { continue };
        let d = decide(unit, pc, &state);
        for (succ, mut s) in transfer(unit, pc, &state, &d) {
            if !unit.contains(succ) {
                continue;
            }
            prune(unit, succ, &mut s);
            let slot = &mut state_in[(succ - unit.start) as usize];
            let changed = match slot {
                None => {
                    *slot = Some(s);
                    true
                }
                Some(old) => join_into(old, &s),
            };
            if changed {
                work.insert(succ);
            }
        }
    }
    Ok(Analysis { state_in })
}
