//! Placing a unit's code so that the branches of its loops do not cross or end on
//! a 32-byte boundary.
//!
//! On Intel cores since Skylake, with the microcode fix for the "jump conditional
//! code" erratum (Intel, "Mitigations for Jump Conditional Code Erratum", 2019), a
//! jump that crosses or ends on a 32-byte boundary cannot be cached in the decoded
//! instruction cache, so a tight loop with one runs from the legacy decoders: the
//! same 6 instructions of `count_loop` took 7.5 or 11 ms depending on where the
//! code landed. Cranelift does not align loops or branches, so the code cache
//! shifts each unit's start (padding before its entry) by the amount that leaves
//! the fewest loop branches on a boundary. Assemblers do the same per branch
//! (`-mbranches-within-32B-boundaries`).

/// The boundary the erratum is about, in bytes.
pub const WINDOW: usize = 32;

/// How many bytes to put before `code` (placed at a [`WINDOW`]-aligned address)
/// so that the fewest branches inside its loops cross or end on a window
/// boundary, innermost loops first (compared loop by loop, shortest first);
/// a multiple of `step` (the alignment the code's constant pool needs) in
/// `0..WINDOW`, the smallest of equals.
///
/// `bb_starts` and `bb_edges` are Cranelift's block layout (`CompiledCode`'s
/// fields, with `machine_code_cfg_info` on): block start offsets, and `(from,
/// to)` start offsets of each control-flow edge. A loop is the span from a
/// back-edge's target to the end of its source block. Branches are found as the
/// x64 backend emits block terminators: a `jcc rel32` (6 bytes), a `jmp rel32` (5
/// bytes), or the two in that order. A byte pattern misread as a branch only
/// makes the choice worse, never the code wrong.
pub fn padding(code: &[u8], bb_starts: &[u32], bb_edges: &[(u32, u32)], step: usize) -> usize {
    let mut starts: Vec<usize> = bb_starts.iter().map(|&s| s as usize).filter(|&s| s < code.len()).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| starts.get(starts.partition_point(|&s| s <= start)).copied().unwrap_or(code.len());
    let mut loops: Vec<(usize, usize)> = bb_edges
        .iter()
        .filter(|(from, to)| to <= from)
        .map(|&(from, to)| (to as usize, end_of(from as usize)))
        .collect();
    // Innermost (shortest) loops first: they run the most.
    loops.sort_by_key(|&(lo, hi)| (hi - lo, lo));
    loops.dedup();
    let pads: Vec<usize> = (0..WINDOW).step_by(step.clamp(1, WINDOW)).collect();
    // `on_edge[i][k]`: branches on a boundary at padding `pads[k]` among the
    // terminators of the blocks before `starts[i]`. A loop's count is then a
    // difference of two rows: a back-edge from cold code (a slow path
    // rejoining the hot code) makes a loop of most of the unit, and counting
    // every branch of each such loop for every padding was 7% of a loop
    // unit's compile.
    let mut on_edge = vec![vec![0u32; pads.len()]; starts.len() + 1];
    for (i, &s) in starts.iter().enumerate() {
        let branches = terminators(code, s, end_of(s));
        for (k, &pad) in pads.iter().enumerate() {
            on_edge[i + 1][k] = on_edge[i][k] + branches.iter().filter(|&&(at, len)| on_boundary(at + pad, len)).count() as u32;
        }
    }
    let counts = |k: usize| -> Vec<u32> {
        let row = |at: usize| &on_edge[starts.partition_point(|&s| s < at)];
        loops.iter().map(|&(lo, hi)| row(hi)[k] - row(lo)[k]).collect()
    };
    (0..pads.len()).min_by_key(|&k| counts(k)).map_or(0, |k| pads[k])
}

fn on_boundary(at: usize, len: usize) -> bool {
    at / WINDOW != (at + len - 1) / WINDOW || (at + len).is_multiple_of(WINDOW)
}

/// The branches ending the block `code[start..end]`, as `(offset, length)`.
fn terminators(code: &[u8], start: usize, end: usize) -> Vec<(usize, usize)> {
    let is_jcc = |at: usize| at >= start && at + 6 <= end && code[at] == 0x0F && code[at + 1] & 0xF0 == 0x80;
    let is_jmp = |at: usize| at >= start && at + 5 <= end && code[at] == 0xE9;
    let mut found = Vec::new();
    if end >= 5 && is_jmp(end - 5) {
        found.push((end - 5, 5));
        if end >= 11 && is_jcc(end - 11) {
            found.push((end - 11, 6));
        }
    } else if end >= 6 && is_jcc(end - 6) {
        found.push((end - 6, 6));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundary_rule() {
        assert!(!on_boundary(0, 6));
        assert!(on_boundary(26, 6)); // ends on 32
        assert!(on_boundary(28, 6)); // crosses 32
        assert!(!on_boundary(32, 6));
        assert!(!on_boundary(20, 6));
    }

    /// `count_loop`'s loop as Cranelift laid it out (offsets 0x9f..0xc3, a
    /// `jg` exit and a `jl` back-edge): unpadded, the `jl` crosses 0xc0.
    #[test]
    fn moves_a_crossing_back_edge() {
        let mut code = vec![0x90u8; 0x100];
        let put = |code: &mut Vec<u8>, at: usize, bytes: &[u8]| code[at..at + bytes.len()].copy_from_slice(bytes);
        put(&mut code, 0xa6, &[0x0f, 0x8f, 0xa5, 0, 0, 0]); // jg (ends block 0x9f)
        put(&mut code, 0xbd, &[0x0f, 0x8c, 0xdc, 0xff, 0xff, 0xff]); // jl 0x9f (ends block 0xac)
        let starts = [0x00, 0x9f, 0xac, 0xc3];
        let edges = [(0x00, 0x9f), (0x9f, 0xac), (0xac, 0x9f), (0xac, 0xc3)];
        assert!(on_boundary(0xbd, 6));
        let pad = padding(&code, &starts, &edges, 1);
        assert!(!on_boundary(0xbd + pad, 6) && !on_boundary(0xa6 + pad, 6));
        assert_eq!(pad, 3, "the smallest padding that clears both");
        // Constants that need 8-byte alignment allow 0, 8, 16 and 24 only.
        let pad = padding(&code, &starts, &edges, 8);
        assert_eq!(pad, 8);
    }

    #[test]
    fn no_loop_no_padding() {
        let code = [0x0f, 0x84, 0, 0, 0, 0, 0xc3];
        assert_eq!(padding(&code, &[0, 6], &[(0, 6)], 1), 0);
    }
}
