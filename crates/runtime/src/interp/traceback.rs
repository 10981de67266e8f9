//! Printing an uncaught exception the way CPython's `traceback` module does:
//! chained causes/contexts first, then `Traceback (most recent call last):`, one
//! `File "...", line N, in name` entry per frame with its source line, and the
//! `Type: message` line.

use super::Interp;
use crate::object::TracebackEntry;
use crate::value::Value;
use pyjit_compiler::bytecode::{Anchor, Position};

fn line_start_offset(src: &str, line: u32) -> Option<usize> {
    if line == 0 {
        return None;
    }
    if line == 1 {
        return Some(0);
    }
    src.match_indices('\n').nth(line as usize - 2).map(|(i, _)| i + 1)
}

/// Character column of byte `offset` within the line starting at `line_start`.
fn char_col(src: &str, line_start: usize, offset: usize) -> usize {
    src.get(line_start..offset.min(src.len())).map_or(0, |s| s.chars().count())
}

/// The `~~~^^^~~~` line for `pos`, or `None` when CPython elides it (the range
/// covers the whole line and has no secondary range).
fn carets(src: &str, line_start: usize, text: &str, stripped_chars: usize, stripped_len: usize, pos: Position) -> Option<String> {
    if pos.end <= pos.start {
        return None;
    }
    let (start, end) = (pos.start as usize, pos.end as usize);
    if start < line_start || start > line_start + text.len() {
        return None;
    }
    let line_end = line_start + text.len();
    let single_line = end <= line_end;
    let start_col = char_col(src, line_start, start);
    let end_col = if single_line { char_col(src, line_start, end) } else { stripped_chars + stripped_len };
    if end_col <= start_col {
        return None;
    }
    // Secondary range, relative to the primary start (`_extract_caret_anchors_from_line_segment`).
    let anchors = if single_line { anchor_range(src, start, end, pos.anchor) } else { None };
    let spans_line = end_col - start_col >= stripped_len;
    let has_secondary = anchors.is_some_and(|(l, r)| r > l);
    if spans_line && !has_secondary {
        return None;
    }
    let mut out = " ".repeat(start_col.saturating_sub(stripped_chars));
    match anchors {
        Some((l, r)) => {
            let width = end_col - start_col;
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(end_col - start_col)),
    }
    Some(out)
}

/// `(left_end, right_start)` in characters from the start of the segment.
fn anchor_range(src: &str, start: usize, end: usize, anchor: Anchor) -> Option<(usize, usize)> {
    let seg = src.get(start..end)?;
    let chars: Vec<char> = seg.chars().collect();
    let col = |off: u32| src.get(start..off as usize).map(|s| s.chars().count());
    match anchor {
        Anchor::None => None,
        Anchor::BinOp { left_end, right_start } => {
            let (le, rs) = (col(left_end)?, col(right_start)?);
            let op: String = chars.get(le..rs)?.iter().collect();
            let op_offset = op.chars().count() - op.trim_start().chars().count();
            let mut left = le + op_offset;
            let mut right = left + 1;
            let op_chars: Vec<char> = op.chars().collect();
            if op_offset + 1 < op_chars.len() && !op_chars[op_offset + 1].is_whitespace() {
                right += 1;
            }
            while left < chars.len() && (chars[left].is_whitespace() || chars[left] == ')' || chars[left] == '#') {
                left += 1;
                right += 1;
            }
            Some((left, right.min(chars.len())))
        }
        Anchor::Subscript { value_end, slice_end } => {
            let mut left = col(value_end)?;
            let mut right = col(slice_end)? + 1;
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right.min(chars.len())))
        }
    }
}

impl Interp {
    /// The final `Type: message` line of an exception.
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc);
        let name = if matches!(cls.module.as_ref(), "builtins" | "__main__") { cls.qualname.to_string() } else { format!("{}.{}", cls.module, cls.qualname) };
        let msg = match self.to_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let hint = self.suggestion_for(exc).map(|s| format!(". Did you mean: '{}'?", s)).unwrap_or_default();
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}{}", name, msg, hint)
        }
    }

    /// The "Did you mean" hint of a NameError or AttributeError (`None` otherwise).
    fn suggestion_for(&mut self, exc: &Value) -> Option<String> {
        let Value::Instance(inst) = exc else { return None };
        let data = inst.exc.as_ref()?;
        if let Some(s) = data.suggestion.borrow().clone() {
            return Some(s);
        }
        if inst.class.builtin != "AttributeError" {
            return None;
        }
        let name = inst.get_attr("name")?;
        let obj = inst.get_attr("obj")?;
        let dir = self.builtins.get("dir")?;
        let names = self.call(&dir, &[obj], &[]).ok()?;
        let names: Vec<String> = self.collect(&names).ok()?.iter().filter_map(|v| v.as_str().map(|s| s.to_string())).collect();
        super::suggestions::suggest(name.as_str()?, names.iter().map(|s| s.as_str()))
    }

    /// The source line of an entry, stripped, and the caret line CPython 3.11 prints
    /// under it (`traceback.c`'s `print_error_location_carets`).
    fn source_lines(&self, e: &TracebackEntry) -> Option<(String, Option<String>)> {
        let src = self.sources.get(e.filename.as_ref())?;
        let line_start = line_start_offset(src, e.line)?;
        let text = src[line_start..].split('\n').next()?.trim_end_matches('\r');
        let stripped = text.trim_start();
        if stripped.trim_end().is_empty() {
            return None;
        }
        let stripped_chars = text.chars().count() - stripped.chars().count();
        let shown = stripped.trim_end();
        let carets = carets(src, line_start, text, stripped_chars, shown.chars().count(), e.pos);
        Some((shown.to_string(), carets))
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
                if let Some((src, carets)) = self.source_lines(e) {
                    out.push_str(&format!("    {}\n", src));
                    if let Some(c) = carets {
                        out.push_str(&format!("    {}\n", c));
                    }
                }
            }
            flush_repeat(out, repeat);
        }
        let line = self.exception_line(exc);
        out.push_str(&line);
        out.push('\n');
    }
}
