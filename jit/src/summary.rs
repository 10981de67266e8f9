//! `--trace-jit=summary`: a table of every compiled unit at exit.

use crate::tier::Jit;

/// Prints the summary table to stderr.
pub fn print(jit: &Jit) {
    eprintln!("[jit] summary: {:<48} {:>10} {:>8} {:>8} {:>8} {:>8}", "unit", "entries", "exits", "deopts", "stress", "bytes");
    for u in jit.loops_compiled.borrow().iter() {
        let s = &u.stats;
        eprintln!("[jit] summary: {:<48} {:>10} {:>8} {:>8} {:>8} {:>8}", u.name, s.entries.get(), s.exits.get(), s.deopts.get(), s.stress_deopts.get(), u.code_bytes);
    }
    for u in jit.functions_compiled.borrow().iter() {
        let s = &u.meta.stats;
        eprintln!("[jit] summary: {:<48} {:>10} {:>8} {:>8} {:>8} {:>8}", u.meta.name, s.entries.get(), s.exits.get(), s.deopts.get(), s.stress_deopts.get(), u.code_bytes.get());
    }
    let ms = jit.compile_ms.borrow();
    if !ms.is_empty() {
        let mut sorted = ms.clone();
        sorted.sort_by(|a, b| a.total_cmp(b));
        eprintln!("[jit] summary: {} compilations, median {:.3} ms, total {:.3} ms", sorted.len(), sorted[sorted.len() / 2], sorted.iter().sum::<f64>());
    }
}
