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
    if loops.is_empty() {
        return 0;
    }
    let pads: Vec<usize> = (0..WINDOW).step_by(step.clamp(1, WINDOW)).collect();
    let width = pads.len();
    // `on_edge[i * width + k]`: branches on a boundary at padding `pads[k]`
    // among the terminators of the blocks before `starts[i]`. A loop's count is
    // then a difference of two rows: a back-edge from cold code (a slow path
    // rejoining the hot code) makes a loop of most of the unit, and counting
    // every branch of each such loop for every padding was 7% of a loop
    // unit's compile.
    let mut on_edge = vec![0u32; (starts.len() + 1) * width];
    for (i, &s) in starts.iter().enumerate() {
        let branches = terminators(code, s, end_of(s));
        for (k, &pad) in pads.iter().enumerate() {
            let here = branches.iter().flatten().filter(|&&(at, len)| on_boundary(at + pad, len)).count() as u32;
            on_edge[(i + 1) * width + k] = on_edge[i * width + k] + here;
        }
    }
    // Each loop as the rows its count is the difference of.
    let row = |at: usize| starts.partition_point(|&s| s < at) * width;
    let spans: Vec<(usize, usize)> = loops.iter().map(|&(lo, hi)| (row(lo), row(hi))).collect();
    let count = |k: usize, &(lo, hi): &(usize, usize)| on_edge[hi + k] - on_edge[lo + k];
    // The padding whose per-loop counts are lexicographically least, the
    // first (smallest) of equals, compared loop by loop in place: collecting
    // each padding's counts into a vector to compare was 5% of
    // `listcomp_filter`'s compile.
    let mut best = 0;
    for k in 1..width {
        if spans.iter().map(|span| count(k, span).cmp(&count(best, span))).find(|o| o.is_ne()) == Some(std::cmp::Ordering::Less) {
            best = k;
        }
    }
    pads[best]
}

fn on_boundary(at: usize, len: usize) -> bool {
    at / WINDOW != (at + len - 1) / WINDOW || (at + len).is_multiple_of(WINDOW)
}

/// The branches ending the block `code[start..end]`, as `(offset, length)`:
/// none, a `jcc` or a `jmp`, or a `jmp` and the `jcc` before it.
fn terminators(code: &[u8], start: usize, end: usize) -> [Option<(usize, usize)>; 2] {
    let is_jcc = |at: usize| at >= start && at + 6 <= end && code[at] == 0x0F && code[at + 1] & 0xF0 == 0x80;
    let is_jmp = |at: usize| at >= start && at + 5 <= end && code[at] == 0xE9;
    if end >= 5 && is_jmp(end - 5) {
        [Some((end - 5, 5)), (end >= 11 && is_jcc(end - 11)).then_some((end - 11, 6))]
    } else if end >= 6 && is_jcc(end - 6) {
        [Some((end - 6, 6)), None]
    } else {
        [None, None]
    }
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

    /// The padding the doc comment describes, counted loop by loop and
    /// padding by padding without prefix rows.
    fn padding_by_definition(code: &[u8], bb_starts: &[u32], bb_edges: &[(u32, u32)], step: usize) -> usize {
        let mut starts: Vec<usize> = bb_starts.iter().map(|&s| s as usize).filter(|&s| s < code.len()).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| starts.iter().copied().find(|&s| s > start).unwrap_or(code.len());
        let mut loops: Vec<(usize, usize)> = bb_edges.iter().filter(|(f, t)| t <= f).map(|&(f, t)| (t as usize, end_of(f as usize))).collect();
        loops.sort_by_key(|&(lo, hi)| (hi - lo, lo));
        loops.dedup();
        let branches: Vec<(usize, usize)> = starts.iter().flat_map(|&s| terminators(code, s, end_of(s))).flatten().collect();
        let counts = |pad: usize| -> Vec<usize> { loops.iter().map(|&(lo, hi)| branches.iter().filter(|&&(at, len)| lo <= at && at < hi && on_boundary(at + pad, len)).count()).collect() };
        (0..WINDOW).step_by(step).min_by_key(|&pad| counts(pad)).unwrap_or(0)
    }

    /// Pseudo-random layouts: blocks of 4 to 40 bytes ending in nothing, a
    /// `jcc`, a `jmp` or both, with forward edges and back-edges.
    #[test]
    fn matches_counting_each_loop_directly() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for case in 0..300 {
            let mut code = Vec::new();
            let mut starts = Vec::new();
            for _ in 0..2 + next(30) {
                starts.push(code.len() as u32);
                code.extend(std::iter::repeat_n(0x90u8, 4 + next(28)));
                match next(4) {
                    0 => {}
                    1 => code.extend([0x0f, 0x85, 0, 0, 0, 0]),
                    2 => code.extend([0xe9, 0, 0, 0, 0]),
                    _ => code.extend([0x0f, 0x8c, 0, 0, 0, 0, 0xe9, 0, 0, 0, 0]),
                }
            }
            let edges: Vec<(u32, u32)> = (0..next(3 * starts.len() as u64)).map(|_| (starts[next(starts.len() as u64)], starts[next(starts.len() as u64)])).collect();
            for step in [1, 4, 8, 16] {
                assert_eq!(padding(&code, &starts, &edges, step), padding_by_definition(&code, &starts, &edges, step), "case {}, step {}", case, step);
            }
        }
    }

    #[test]
    fn no_loop_no_padding() {
        let code = [0x0f, 0x84, 0, 0, 0, 0, 0xc3];
        assert_eq!(padding(&code, &[0, 6], &[(0, 6)], 1), 0);
    }
}
