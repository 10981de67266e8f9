//! What the IR-pass unit tests share: the frontend configuration their
//! functions are built with, and the verifier.

use cranelift_codegen::ir;
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};

/// x86-64 System V, as the code cache compiles for.
pub const FRONTEND: TargetFrontendConfig = TargetFrontendConfig { default_call_conv: CallConv::SystemV, pointer_width: target_lexicon::PointerWidth::U64, page_size_align_log2: 12 };

/// Panics with the verifier's message and the function when `func` is not
/// valid IR.
pub fn verify(func: &ir::Function) {
    let flags = cranelift_codegen::settings::Flags::new(cranelift_codegen::settings::builder());
    cranelift_codegen::verify_function(func, &flags).unwrap_or_else(|e| panic!("{}\n{}", e, func.display()));
}
