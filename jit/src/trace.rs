//! `--trace-jit` / `PYJIT_TRACE`: one line per JIT event on stderr, naming units as
//! `function@file:line`.

use std::fmt::Display;
use std::time::Instant;

thread_local! {
    /// When the JIT was created (JSON events carry milliseconds since then).
    static START: Instant = Instant::now();
}

/// Starts the clock JSON events are timed by.
pub fn start_clock() {
    START.with(|_| ());
}

/// Which diagnostics are on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    /// One line per event (hot unit, compile, OSR entry, guard failure, deopt,
    /// recompile, blacklist).
    pub events: bool,
    /// The optimized Cranelift IR of each unit.
    pub ir: bool,
    /// The machine code of each unit, disassembled.
    pub asm: bool,
    /// A table per unit at exit.
    pub summary: bool,
    /// Each event as one JSON object per line (for tools).
    pub json: bool,
}

impl Trace {
    /// Parses a comma-separated list (`events,ir,summary`); an empty spec means
    /// `events`.
    pub fn parse(spec: &str) -> Result<Trace, String> {
        let mut t = Trace::default();
        for part in spec.split(',').map(str::trim) {
            match part {
                "" | "1" | "events" => t.events = true,
                "ir" => t.ir = true,
                "asm" => t.asm = true,
                "summary" => t.summary = true,
                "json" => t.json = true,
                "0" | "off" => {}
                other => return Err(format!("unknown --trace-jit item '{}' (expected events, ir, asm, summary, json)", other)),
            }
        }
        Ok(t)
    }

    /// Whether anything is traced.
    pub fn any(&self) -> bool {
        self.events || self.ir || self.asm || self.summary || self.json
    }

    /// Prints one event line (and/or its JSON form).
    pub fn event(&self, kind: &str, unit: &str, detail: impl Display) {
        if self.events {
            eprintln!("[jit] {:<9} {} {}", kind, unit, detail);
        }
        if self.json {
            let ms = START.with(|s| s.elapsed().as_secs_f64() * 1000.0);
            let v = serde_json::json!({ "event": kind, "unit": unit, "detail": detail.to_string(), "ms": (ms * 1000.0).round() / 1000.0 });
            eprintln!("{}", v);
        }
    }
}

/// `name@file:line` with the file's base name.
pub fn unit_name(qualname: &str, filename: &str, line: u32) -> String {
    let base = filename.rsplit('/').next().unwrap_or(filename);
    format!("{}@{}:{}", qualname, base, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_trace_specs() {
        assert_eq!(Trace::parse("").unwrap(), Trace { events: true, ..Default::default() });
        assert_eq!(Trace::parse("ir,summary").unwrap(), Trace { ir: true, summary: true, ..Default::default() });
        assert_eq!(Trace::parse("json").unwrap(), Trace { json: true, ..Default::default() });
        assert!(Trace::parse("bogus").is_err());
        assert_eq!(unit_name("f", "/a/b/x.py", 3), "f@x.py:3");
    }
}
