//! pyjit's JIT tier: its interface to the interpreter.
//!
//! The Cranelift translation (hot loops entered by OSR, compiled functions, guards and
//! deoptimization back into the interpreter frame) is built on this interface by the
//! JIT tier work; until then every unit stays in the interpreter. What the interpreter
//! already provides for it (see `pyjit_runtime::object::Code`): a call counter per code
//! object, a back-edge counter per loop header (`CodeObject::loops`), and a
//! type-feedback mask per arithmetic/compare/subscript/attribute/call instruction.

/// How aggressively the JIT compiles; set from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JitMode {
    /// `--no-jit`: everything runs in the interpreter.
    Off,
    /// Compile a loop after `loop_threshold` back-edges and a function after
    /// `call_threshold` calls (`--jit-threshold=N` sets both; 1 = at the first
    /// opportunity).
    On { loop_threshold: u32, call_threshold: u32 },
    /// Like `On` with threshold 1, and every guard also fails on a deterministic
    /// schedule so every deoptimization path runs (`--jit-stress`).
    Stress,
}

impl Default for JitMode {
    fn default() -> Self {
        JitMode::On { loop_threshold: DEFAULT_LOOP_THRESHOLD, call_threshold: DEFAULT_CALL_THRESHOLD }
    }
}

/// Back-edges after which a loop is hot.
pub const DEFAULT_LOOP_THRESHOLD: u32 = 1000;
/// Calls after which a function is hot.
pub const DEFAULT_CALL_THRESHOLD: u32 = 1000;

impl JitMode {
    /// Whether a unit whose counter reached `count` should be compiled now.
    pub fn is_hot(self, count: u32, is_loop: bool) -> bool {
        match self {
            JitMode::Off => false,
            JitMode::Stress => count >= 1,
            JitMode::On { loop_threshold, call_threshold } => count >= if is_loop { loop_threshold } else { call_threshold },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_decide_hotness() {
        assert!(!JitMode::Off.is_hot(u32::MAX, true));
        assert!(JitMode::Stress.is_hot(1, false));
        let m = JitMode::On { loop_threshold: 10, call_threshold: 3 };
        assert!(!m.is_hot(9, true));
        assert!(m.is_hot(10, true));
        assert!(m.is_hot(3, false));
        assert_eq!(JitMode::default(), JitMode::On { loop_threshold: 1000, call_threshold: 1000 });
    }
}
