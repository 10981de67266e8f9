//! The executable's code layout (static x86-64 build): the functions
//! `link/symbol_order.txt` lists, those start-up, the interpreter and the JIT
//! compiler run, sit together in the code, as `build.rs` asks the linker. Reads
//! the symbol table with binutils' `nm` (installed with the C toolchain that links
//! every Rust program here).
#![cfg(all(target_os = "linux", target_arch = "x86_64", target_feature = "crt-static"))]

use std::collections::{HashMap, HashSet};
use std::process::Command;

/// `name -> [(address, size)]` of the executable's function symbols.
fn function_symbols() -> HashMap<String, Vec<(u64, u64)>> {
    let out = Command::new("nm").args(["-S", "--defined-only", env!("CARGO_BIN_EXE_pyjit")]).output().expect("nm runs");
    assert!(out.status.success(), "nm failed: {}", String::from_utf8_lossy(&out.stderr));
    let mut symbols: HashMap<String, Vec<(u64, u64)>> = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        // "<address> <size> <type> <name>"; symbols without a size are skipped.
        let fields: Vec<&str> = line.split_whitespace().collect();
        if let [addr, size, kind, name] = fields[..] {
            if matches!(kind, "t" | "T" | "w" | "W") {
                let (Ok(a), Ok(s)) = (u64::from_str_radix(addr, 16), u64::from_str_radix(size, 16)) else { continue };
                symbols.entry(name.to_string()).or_default().push((a, s));
            }
        }
    }
    symbols
}

fn listed_functions() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/link/symbol_order.txt");
    let text = std::fs::read_to_string(path).expect("link/symbol_order.txt exists");
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}

/// A mangled name without its legacy-mangling hash (`17h<16 hex digits>E`), which
/// depends on the crate's build: the list holds a function under the hash of
/// `cargo build` and of `cargo test` when they differ.
fn without_hash(name: &str) -> &str {
    match name.len().checked_sub(20) {
        Some(i) if name.is_char_boundary(i) && name[i..].starts_with("17h") && name.ends_with('E') => &name[..i],
        _ => name,
    }
}

#[test]
fn hashes_are_removed_from_legacy_mangled_names_only() {
    assert_eq!(without_hash("_ZN4core3fmt5write17h0123456789abcdefE"), "_ZN4core3fmt5write");
    assert_eq!(without_hash("memmove"), "memmove");
}

#[test]
fn listed_functions_are_in_the_binary_and_laid_out_together() {
    let symbols = function_symbols();
    let listed = listed_functions();
    assert!(listed.len() > 500, "link/symbol_order.txt lists only {} functions", listed.len());
    let unique: HashSet<&String> = listed.iter().collect();
    let present: Vec<(u64, u64)> = unique.iter().filter_map(|n| symbols.get(*n)).flatten().copied().collect();
    let functions: HashSet<&str> = unique.iter().map(|n| without_hash(n)).collect();
    let found: HashSet<&str> = unique.iter().filter(|n| symbols.contains_key(**n)).map(|n| without_hash(n)).collect();
    // After a dependency or toolchain change most names stop matching, and the
    // linker silently orders nothing.
    assert!(found.len() * 10 >= functions.len() * 8, "only {} of the {} functions in link/symbol_order.txt are in the binary: run `python3 link/gen_symbol_order.py`", found.len(), functions.len());
    let start = present.iter().map(|&(a, _)| a).min().unwrap();
    let end = present.iter().map(|&(a, s)| a + s).max().unwrap();
    let size: u64 = present.iter().map(|&(_, s)| s).sum();
    // Together: their span is their size plus alignment padding. In plain link
    // order they are spread over most of the 7 MiB of code.
    assert!(end - start <= size + size / 4 + (64 << 10), "the listed functions ({} KiB) span {} KiB of code: the linker did not order them", size >> 10, (end - start) >> 10);
}
