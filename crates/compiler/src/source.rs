//! Source text helpers: byte offset → line/column, and source decoding.

/// Maps byte offsets of one source text to 1-based line numbers and columns.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `source`.
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line containing byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The 1-based (line, column) of byte `offset`; the column counts characters
    /// from the start of the line, as CPython's caret does.
    pub fn position(&self, source: &str, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.starts[(line - 1) as usize] as usize;
        let end = (offset as usize).min(source.len());
        let col = source.get(start..end).map_or(0, |s| s.chars().count()) as u32 + 1;
        (line, col)
    }
}

/// The text of 1-based `line` of `source` without its newline, if it exists.
pub fn line_text(source: &str, line: u32) -> Option<&str> {
    source.lines().nth(line.checked_sub(1)? as usize)
}
