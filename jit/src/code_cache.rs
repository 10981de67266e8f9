//! The code cache: one Cranelift JIT module per process holding every compiled
//! unit's machine code.

use cranelift_codegen::ir;
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::Configurable;
use cranelift_jit::{JITBuilder, JITModule};
pub use cranelift_module::FuncId;
use cranelift_module::Module;

/// Machine code produced for one function.
pub struct Compiled {
    pub code: *const u8,
    pub code_bytes: usize,
    /// Cranelift IR instructions after optimization.
    pub ir_insts: usize,
    /// The optimized IR as text (when asked for).
    pub ir_text: Option<String>,
    /// The machine code's disassembly (when asked for).
    pub asm_text: Option<String>,
}

/// The process's JIT module.
pub struct CodeCache {
    module: JITModule,
    ctx: cranelift_codegen::Context,
    pub call_conv: CallConv,
    pub frontend: cranelift_codegen::isa::TargetFrontendConfig,
}

/// The Cranelift flags every unit is compiled with.
pub fn flag_builder(verify: bool) -> cranelift_codegen::settings::Builder {
    let mut flags = cranelift_codegen::settings::builder();
    // Errors here would mean a misspelled flag: a bug, reported at compile time.
    let _ = flags.set("opt_level", &std::env::var("PYJIT_CL_OPT").unwrap_or_else(|_| "speed".into()));
    if let Ok(ra) = std::env::var("PYJIT_CL_RA") {
        let _ = flags.set("regalloc_algorithm", &ra);
    }
    let _ = flags.set("enable_verifier", if verify { "true" } else { "false" });
    let _ = flags.set("use_colocated_libcalls", "false");
    let _ = flags.set("is_pic", "false");
    flags
}

impl CodeCache {
    /// A code cache for the host machine; `verify` runs Cranelift's IR verifier on
    /// every function.
    pub fn new(verify: bool) -> Result<CodeCache, String> {
        let isa_builder = cranelift_native::builder().map_err(|e| format!("unsupported host: {}", e))?;
        let isa = isa_builder.finish(cranelift_codegen::settings::Flags::new(flag_builder(verify))).map_err(|e| e.to_string())?;
        let call_conv = isa.default_call_conv();
        let frontend = isa.frontend_config();
        let builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        let module = JITModule::new(builder);
        let ctx = module.make_context();
        Ok(CodeCache { module, ctx, call_conv, frontend })
    }

    /// Compiles `func` to machine code in the cache.
    pub fn compile(&mut self, func: ir::Function, want_ir: bool, want_asm: bool) -> Result<Compiled, String> {
        let id = self.declare(&func.signature)?;
        self.define(id, func, want_ir, want_asm)
    }

    /// Reserves a function in the cache (so code can call it before it exists).
    pub fn declare(&mut self, sig: &ir::Signature) -> Result<FuncId, String> {
        self.module.declare_anonymous_function(sig).map_err(|e| e.to_string())
    }

    /// Compiles `func` as the function `id` reserved by [`CodeCache::declare`].
    pub fn define(&mut self, id: FuncId, func: ir::Function, want_ir: bool, want_asm: bool) -> Result<Compiled, String> {
        self.ctx.func = func;
        let t0 = std::time::Instant::now();
        if std::env::var_os("PYJIT_NO_INLINE").is_none() {
            // On failure the function is left as it was and compiles uninlined.
            let _ = crate::self_inline::inline_self_calls(&mut self.ctx, id.as_u32());
        }
        let r = self.module.define_function(id, &mut self.ctx);
        let t1 = t0.elapsed();
        if let Err(e) = r {
            let msg = match &e {
                cranelift_module::ModuleError::Compilation(c) => format!("{:?}", c),
                other => other.to_string(),
            };
            self.module.clear_context(&mut self.ctx);
            return Err(msg);
        }
        let code_bytes = self.ctx.compiled_code().map(|c| c.code_info().total_size as usize).unwrap_or(0);
        let ir_insts = self.ctx.func.dfg.num_insts();
        let ir_text = want_ir.then(|| self.ctx.func.display().to_string());
        let asm_text = if want_asm {
            let cs = self.module.isa().to_capstone().map_err(|e| e.to_string())?;
            self.ctx.compiled_code().map(|c| c.disassemble(Some(&self.ctx.func.params), &cs).unwrap_or_else(|e| e.to_string()))
        } else {
            None
        };
        self.module.clear_context(&mut self.ctx);
        self.module.finalize_definitions().map_err(|e| e.to_string())?;
        if std::env::var_os("PYJIT_COMPILE_TIMES").is_some() {
            eprintln!("[jit] cranelift define {:.3} ms, finalize {:.3} ms", t1.as_secs_f64() * 1e3, (t0.elapsed() - t1).as_secs_f64() * 1e3);
        }
        Ok(Compiled { code: self.module.get_finalized_function(id), code_bytes, ir_insts, ir_text, asm_text })
    }
}
