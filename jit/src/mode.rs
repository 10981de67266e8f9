//! How aggressively the JIT compiles, as chosen on the command line.

/// Back-edges after which a loop is hot (`--jit-threshold` overrides).
pub const DEFAULT_LOOP_THRESHOLD: u32 = 1000;
/// Calls after which a function is hot (`--jit-threshold` overrides).
pub const DEFAULT_CALL_THRESHOLD: u32 = 1000;
/// In `--jit-stress` mode, one guard evaluation in this many fails artificially.
pub const STRESS_PERIOD: u32 = 97;

/// The compilation policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JitMode {
    /// `--no-jit`: everything runs in the interpreter.
    Off,
    /// Compile a loop after `loop_threshold` back-edges and a function after
    /// `call_threshold` calls (`--jit-threshold=N` sets both; 1 = at the first
    /// opportunity).
    On { loop_threshold: u32, call_threshold: u32 },
    /// Threshold 1, and every guard also fails once every [`STRESS_PERIOD`]
    /// evaluations, so every deoptimization path runs (`--jit-stress`).
    Stress,
}

impl Default for JitMode {
    fn default() -> Self {
        JitMode::On { loop_threshold: DEFAULT_LOOP_THRESHOLD, call_threshold: DEFAULT_CALL_THRESHOLD }
    }
}

impl JitMode {
    /// Interpreter back-edges before a loop is offered to the JIT (`u32::MAX`: never).
    /// The interpreter counts fuel down to 0, so threshold `n` is fuel `n - 1`.
    pub fn loop_fuel(self) -> u32 {
        match self {
            JitMode::Off => u32::MAX,
            JitMode::Stress => 0,
            JitMode::On { loop_threshold, .. } => loop_threshold.saturating_sub(1),
        }
    }

    /// Interpreter calls before a function is offered to the JIT (`u32::MAX`: never).
    pub fn call_fuel(self) -> u32 {
        match self {
            JitMode::Off => u32::MAX,
            JitMode::Stress => 0,
            JitMode::On { call_threshold, .. } => call_threshold.saturating_sub(1),
        }
    }

    /// Whether guards also fail on the stress schedule.
    pub fn stress(self) -> bool {
        self == JitMode::Stress
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_become_interpreter_fuel() {
        assert_eq!(JitMode::Off.loop_fuel(), u32::MAX);
        assert_eq!(JitMode::Stress.call_fuel(), 0);
        let m = JitMode::On { loop_threshold: 10, call_threshold: 1 };
        assert_eq!((m.loop_fuel(), m.call_fuel()), (9, 0));
        assert_eq!(JitMode::default(), JitMode::On { loop_threshold: 1000, call_threshold: 1000 });
        assert!(JitMode::Stress.stress() && !m.stress());
    }
}
