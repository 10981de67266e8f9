//! Errors raised by the runtime's pure helper modules (numeric, format, text, math,
//! random) before they are turned into Python exception objects by the interpreter.
//!
//! Helpers return `RawResult<T>`; the interpreter maps `ExcKind` to the built-in
//! exception class of the same name and `msg` to its message, so `msg` must be
//! exactly CPython 3.11's message text (e.g. "integer division or modulo by zero").

/// The built-in exception class a helper wants raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    TypeError,
    ValueError,
    ZeroDivisionError,
    OverflowError,
    IndexError,
    KeyError,
    MemoryError,
}

/// A Python exception in raw form: its class and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawError {
    pub kind: ExcKind,
    pub msg: String,
}

impl RawError {
    /// Builds a `RawError` of `kind` with message `msg`.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Self {
        RawError { kind, msg: msg.into() }
    }
}

/// Result type of every pure helper.
pub type RawResult<T> = Result<T, RawError>;
