//! The code cache: one Cranelift JIT module per process holding every compiled
//! unit's machine code.

use cranelift_codegen::ir;
use cranelift_codegen::CompiledCode;
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::Configurable;
use cranelift_jit::{JITBuilder, JITModule};
pub use cranelift_module::FuncId;
use cranelift_module::Module;

/// Machine code produced for one function.
pub struct Compiled {
    pub code: *const u8,
    pub code_bytes: usize,
    /// Cranelift IR instructions in the function's layout after optimization
    /// (the ones compiled; removed ones no longer count).
    pub ir_insts: usize,
    /// The optimized IR as text (when asked for).
    pub ir_text: Option<String>,
    /// The machine code's disassembly (when asked for).
    pub asm_text: Option<String>,
}

/// How a unit's code is entered, which decides how it is compiled and placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A loop unit, entered once and running its loops: compiled without
    /// Cranelift's optimizer (about 40% of a loop's compile time; the translator
    /// already emits what it would fold, and its rematerialization of `i + 1`
    /// cost loops a `mov` and a `jmp` per iteration), and placed so its loop
    /// branches avoid 32-byte boundaries ([`crate::branch_align`]).
    Loop,
    /// A function unit or a call trampoline, entered at every call: compiled
    /// with the optimizer (a self-inlined copy repeats the caller's guards and
    /// loads, which its GVN and redundant-load elimination remove), its entry
    /// aligned.
    Function,
}

/// The process's JIT module.
pub struct CodeCache {
    /// Holds the code; its own ISA compiles with Cranelift's optimizer
    /// (`opt_level=speed`).
    module: JITModule,
    /// The host ISA without Cranelift's optimizer (`opt_level=none`).
    quick_isa: cranelift_codegen::isa::OwnedTargetIsa,
    /// `PYJIT_CL_OPT=speed|none`: every unit with or without the optimizer
    /// (for measurements), whatever its [`CodeKind`].
    optimize_override: Option<bool>,
    ctx: cranelift_codegen::Context,
    /// The register allocator's buffers, reused across units.
    regalloc_ctx: regalloc2::Ctx,
    pub call_conv: CallConv,
    pub frontend: cranelift_codegen::isa::TargetFrontendConfig,
}

/// The Cranelift flags units are compiled with: `optimize` runs Cranelift's
/// e-graph optimizer (GVN, LICM, constant folding, redundant-load elimination).
pub fn flag_builder(verify: bool, optimize: bool) -> cranelift_codegen::settings::Builder {
    let mut flags = cranelift_codegen::settings::builder();
    // Errors here would mean a misspelled flag: a bug, reported at compile time.
    let _ = flags.set("opt_level", if optimize { "speed" } else { "none" });
    if let Ok(ra) = std::env::var("PYJIT_CL_RA") {
        let _ = flags.set("regalloc_algorithm", &ra);
    }
    let _ = flags.set("enable_verifier", if verify { "true" } else { "false" });
    let _ = flags.set("use_colocated_libcalls", "false");
    let _ = flags.set("is_pic", "false");
    // Block offsets and edges, for `branch_align`.
    let _ = flags.set("machine_code_cfg_info", "true");
    flags
}

impl CodeCache {
    /// A code cache for the host machine; `verify` runs Cranelift's IR verifier on
    /// every function.
    pub fn new(verify: bool) -> Result<CodeCache, String> {
        let host_isa = |optimize| {
            let builder = cranelift_native::builder().map_err(|e| format!("unsupported host: {}", e))?;
            builder.finish(cranelift_codegen::settings::Flags::new(flag_builder(verify, optimize))).map_err(|e| e.to_string())
        };
        let isa = host_isa(true)?;
        let quick_isa = host_isa(false)?;
        let call_conv = isa.default_call_conv();
        let frontend = isa.frontend_config();
        let builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        let module = JITModule::new(builder);
        let ctx = module.make_context();
        let optimize_override = match std::env::var("PYJIT_CL_OPT").as_deref() {
            Ok("speed") => Some(true),
            Ok("none") => Some(false),
            _ => None,
        };
        Ok(CodeCache { module, quick_isa, optimize_override, ctx, regalloc_ctx: regalloc2::Ctx::default(), call_conv, frontend })
    }

    /// Compiles `func` to machine code in the cache, as code of `kind`.
    pub fn compile(&mut self, func: ir::Function, kind: CodeKind, want_ir: bool, want_asm: bool) -> Result<Compiled, String> {
        let id = self.declare(&func.signature)?;
        self.define(id, func, kind, &[], want_ir, want_asm)
    }

    /// Reserves a function in the cache (so code can call it before it exists).
    pub fn declare(&mut self, sig: &ir::Signature) -> Result<FuncId, String> {
        self.module.declare_anonymous_function(sig).map_err(|e| e.to_string())
    }

    /// Compiles `func` as the function `id` reserved by [`CodeCache::declare`],
    /// as code of `kind`; `entry_guards` are the branches of the guards a closed
    /// unit checks once at its entry (its inlined copies skip them).
    pub fn define(&mut self, id: FuncId, func: ir::Function, kind: CodeKind, entry_guards: &[ir::Inst], want_ir: bool, want_asm: bool) -> Result<Compiled, String> {
        self.ctx.func = func;
        let t0 = std::time::Instant::now();
        if std::env::var_os("PYJIT_NO_INLINE").is_none() {
            // On failure the function is left as it was and compiles uninlined.
            let _ = crate::self_inline::inline_self_calls(&mut self.ctx, id.as_u32(), entry_guards);
        }
        let r = self.define_placed(id, kind);
        let t1 = t0.elapsed();
        let (pad, compiled) = match r {
            Ok(r) => r,
            Err(msg) => {
                self.module.clear_context(&mut self.ctx);
                return Err(msg);
            }
        };
        let code_bytes = compiled.code_info().total_size as usize;
        let func = &self.ctx.func;
        let ir_insts = func.layout.blocks().map(|b| func.layout.block_insts(b).count()).sum();
        let ir_text = want_ir.then(|| self.ctx.func.display().to_string());
        let asm_text = if want_asm {
            let cs = self.module.isa().to_capstone().map_err(|e| e.to_string())?;
            Some(compiled.disassemble(Some(&self.ctx.func.params), &cs).unwrap_or_else(|e| e.to_string()))
        } else {
            None
        };
        self.module.clear_context(&mut self.ctx);
        self.module.finalize_definitions().map_err(|e| e.to_string())?;
        if std::env::var_os("PYJIT_COMPILE_TIMES").is_some() {
            eprintln!("[jit] cranelift define {:.3} ms, finalize {:.3} ms", t1.as_secs_f64() * 1e3, (t0.elapsed() - t1).as_secs_f64() * 1e3);

        }
        // SAFETY: the code was placed `pad` bytes into its allocation.
        let code = unsafe { self.module.get_finalized_function(id).add(pad) };
        Ok(Compiled { code, code_bytes, ir_insts, ir_text, asm_text })
    }

    /// Compiles the context's function as code of `kind` and places it as `id`
    /// at a 32-byte boundary, a loop unit's after the padding
    /// [`crate::branch_align::padding`] picks; returns the padding's length and
    /// the compiled code. (`JITModule::define_function` compiles with the
    /// module's own ISA and places without padding.)
    fn define_placed(&mut self, id: FuncId, kind: CodeKind) -> Result<(usize, CompiledCode), String> {
        let optimize = self.optimize_override.unwrap_or(kind == CodeKind::Function);
        let isa = &*self.quick_isa;
        // The passes `Context::compile` runs before lowering (CFG, dominator tree,
        // unreachable code, constant block parameters, aliases), plus the e-graph
        // when optimizing: with the module's ISA, whose `opt_level` is `speed` (it
        // changes nothing else). The e-graph runs before `cold_remat`, whose
        // copies its GVN would merge back.
        if optimize {
            self.ctx.optimize(self.module.isa(), &mut Default::default()).map_err(|e| format!("{:?}", e))?;
        } else {
            // Of those passes, a loop unit gets the ones lowering needs. Its IR
            // has no aliases left (`drop_dead_loads`, the last pass of
            // `translate`, resolves them), and removing constant block parameters would
            // make new ones to resolve: the two passes were 6% of `count_loop`'s
            // compile (0.733M -> 0.705M instructions), for one `mov` more where
            // a range loop's chunk ends.
            self.ctx.compute_cfg();
            self.ctx.compute_domtree();
            self.ctx.eliminate_unreachable_code(isa).map_err(|e| format!("{:?}", e))?;
        }
        crate::cold_remat::rematerialize_in_cold_blocks(&mut self.ctx.func);
        self.ctx.verify_if(isa).map_err(|e| format!("{:?}", e))?;
        // Lowered here rather than by `Context::compile`, which would run those
        // passes again (3.5% of `fibonacci`'s compile). `cold_remat` adds no block
        // or edge, so the dominator tree `optimize` left is still the function's.
        let stencil = isa.compile_function(&self.ctx.func, &self.ctx.domtree, &mut self.regalloc_ctx, false, &mut Default::default()).map_err(|e| format!("{:?}", e))?;
        let compiled = stencil.apply_params(&self.ctx.func.params);
        let min_align = (isa.function_alignment().minimum as u64).max(isa.symbol_alignment());
        let code = compiled.code_buffer();
        // Padding keeps the constant pool (addressed relative to the code) at
        // the alignment it was laid out for.
        let pad = match kind {
            CodeKind::Loop => crate::branch_align::padding(code, &compiled.bb_starts, &compiled.bb_edges, compiled.buffer.alignment as usize),
            CodeKind::Function => 0,
        };
        let alignment = (compiled.buffer.alignment as u64).max(min_align).max(crate::branch_align::WINDOW as u64);
        let mut bytes = vec![0x90; pad];
        bytes.extend_from_slice(code);
        let relocs: Vec<_> = compiled
            .buffer
            .relocs()
            .iter()
            .map(|r| {
                let mut m = cranelift_module::ModuleReloc::from_mach_reloc(r, &self.ctx.func, id);
                m.offset += pad as u32;
                m
            })
            .collect();
        self.module.define_function_bytes(id, alignment, &bytes, &relocs).map_err(|e| e.to_string())?;
        Ok((pad, compiled))
    }
}
