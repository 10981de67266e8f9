//! The translation is target-independent: every unit compiled while running the
//! benchmark kernels is also compiled for aarch64 (Cranelift's verifier on), even
//! though that code cannot run on this machine.

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::settings::Flags;
use pyjit_jit::{Jit, JitMode, Trace};
use pyjit_runtime::interp::{Interp, Options};
use std::path::Path;
use std::rc::Rc;
use std::str::FromStr;

/// Runs `path` with the JIT compiling at the first opportunity; returns the IR of
/// every function it compiled.
fn compiled_units(path: &Path) -> Vec<cranelift_codegen::ir::Function> {
    let mode = JitMode::On { loop_threshold: 1, call_threshold: 1 };
    let jit: Rc<Jit> = pyjit_jit::tier_for(mode, Trace::default()).expect("JIT").expect("JIT on");
    *jit.capture.borrow_mut() = Some(Vec::new());
    let source = std::fs::read_to_string(path).expect("kernel source");
    let name = path.to_string_lossy().to_string();
    let code = pyjit_compiler::compile_source(&source, &name).expect("kernel compiles");
    let mut interp = Interp::new(vec![name], Options::default());
    interp.tier = Some(jit.clone());
    interp.run_main(code).unwrap_or_else(|_| panic!("{} raised", path.display()));
    interp.flush_stdout();
    let funcs = jit.capture.borrow_mut().take().unwrap_or_default();
    funcs
}

#[test]
fn every_kernel_compiles_for_aarch64() {
    let triple = target_lexicon::Triple::from_str("aarch64-unknown-linux-gnu").expect("triple");
    let isa = cranelift_codegen::isa::lookup(triple).expect("aarch64 backend").finish(Flags::new(pyjit_jit::code_cache::flag_builder(true, true))).expect("aarch64 isa");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut kernels: Vec<_> = std::fs::read_dir(&dir).expect("tests/programs").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("kernel_"))).collect();
    kernels.sort();
    assert!(kernels.len() >= 6, "kernels found: {:?}", kernels);
    let mut total = 0;
    for k in &kernels {
        let funcs = compiled_units(k);
        assert!(!funcs.is_empty(), "{}: nothing was compiled", k.display());
        for f in funcs {
            let mut ctx = cranelift_codegen::Context::for_function(f);
            let code = ctx.compile(&*isa, &mut ControlPlane::default()).unwrap_or_else(|e| panic!("{}: aarch64 compilation failed: {:?}", k.display(), e.inner));
            assert!(code.code_info().total_size > 0);
            total += 1;
        }
    }
    assert!(total >= kernels.len());
}
