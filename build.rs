//! Links the `pyjit` executable position-dependent (non-PIE) on x86-64 Linux:
//! its ~20,000 load-time relocations are then resolved by the linker instead
//! of by `ld.so` at every start, which took about 1 ms off each run (`pyjit -c
//! pass`: 4.0 → 2.9 ms). Debian and Ubuntu build CPython without PIE for the
//! same reason.
//!
//! The x86-64 Linux build goes further (`.cargo/config.toml`): glibc is linked
//! in statically (`crt-static`) and the code is compiled position-dependent
//! (`relocation-model=static`), so rustc links a static non-PIE executable by
//! itself and there is no `ld.so` at all. This script adds `-no-pie` only for
//! a dynamically linked build (another `--target`).
//!
//! The static build also hands the linker (Rust's bundled LLD, the default for
//! this target since Rust 1.90) `link/symbol_order.txt`: the functions start-up,
//! the interpreter and the JIT compiler run, placed first and together in the
//! code, so a fresh process faults in fewer 64 KiB windows of the executable
//! (`pyjit -c pass`: 129 → 98 page faults). `link/gen_symbol_order.py`
//! regenerates the list; names it lists that the binary lacks are skipped.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_crt = features.split(',').any(|f| f == "crt-static");
    if os == "linux" && arch == "x86_64" && !static_crt {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    if os == "linux" && arch == "x86_64" && static_crt {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}/link/symbol_order.txt", dir);
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
        println!("cargo:rerun-if-changed=link/symbol_order.txt");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
