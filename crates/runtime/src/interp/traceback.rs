//! Printing an uncaught exception the way CPython's `traceback` module does:
//! chained causes/contexts first, then `Traceback (most recent call last):`, one
//! `File "...", line N, in name` entry per frame with its source line, and the
//! `Type: message` line.

use super::Interp;
use crate::value::Value;

impl Interp {
    /// The final `Type: message` line of an exception.
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc);
        let name = if matches!(cls.module.as_ref(), "builtins" | "__main__") { cls.qualname.to_string() } else { format!("{}.{}", cls.module, cls.qualname) };
        let msg = match self.to_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }

    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let src = self.sources.get(filename)?;
        let text = src.lines().nth(line.checked_sub(1)? as usize)?;
        let t = text.trim();
        if t.is_empty() {
            None
        } else {
            Some(t.to_string())
        }
    }

    /// The full report for an uncaught exception, as CPython prints it to stderr.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_chain(exc, &mut out, 0);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, depth: usize) {
        let Value::Instance(inst) = exc else { return };
        let Some(data) = &inst.exc else { return };
        if depth < 32 {
            let cause = data.cause.borrow().clone();
            let context = data.context.borrow().clone();
            if let Some(c) = cause {
                self.format_chain(&c, out, depth + 1);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if let (Some(c), false) = (context, data.suppress_context.get()) {
                self.format_chain(&c, out, depth + 1);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let entries = data.traceback.borrow().clone();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeat = 0usize;
            let flush_repeat = |out: &mut String, repeat: usize| {
                if repeat > 3 {
                    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", repeat - 3, if repeat - 3 == 1 { "" } else { "s" }));
                }
            };
            for e in entries.iter().rev() {
                let key = (e.filename.to_string(), e.line, e.name.to_string());
                if last.as_ref() == Some(&key) {
                    repeat += 1;
                    if repeat > 3 {
                        continue;
                    }
                } else {
                    flush_repeat(out, repeat);
                    repeat = 1;
                }
                last = Some(key);
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.filename, e.line, e.name));
                if let Some(src) = self.source_line(&e.filename, e.line) {
                    out.push_str(&format!("    {}\n", src));
                }
            }
            flush_repeat(out, repeat);
        }
        let line = self.exception_line(exc);
        out.push_str(&line);
        out.push('\n');
    }
}
