//! Compile-time errors: syntax errors and constructs pyjit does not support yet.

/// The Python exception class a compile error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    /// A valid construct pyjit does not implement yet (raised as `NotImplementedError`).
    Unsupported,
}

/// A compile error at a 1-based `line` and 1-based `column` (0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub line: u32,
    pub column: u32,
}

impl CompileError {
    /// A `SyntaxError` with CPython's message `msg`.
    pub fn syntax(msg: impl Into<String>, line: u32, column: u32) -> Self {
        CompileError { kind: CompileErrorKind::SyntaxError, msg: msg.into(), line, column }
    }

    /// A construct pyjit does not support yet, named in the message.
    pub fn unsupported(construct: &str, line: u32) -> Self {
        CompileError {
            kind: CompileErrorKind::Unsupported,
            msg: format!("{} is not supported by pyjit yet (line {})", construct, line),
            line,
            column: 0,
        }
    }

    /// The Python class name of the error (`SyntaxError`, ...).
    pub fn class_name(&self) -> &'static str {
        match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::Unsupported => "NotImplementedError",
        }
    }
}
