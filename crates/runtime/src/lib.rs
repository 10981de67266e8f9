//! pyjit's runtime: values and objects, the bytecode interpreter, builtins and the
//! native standard-library modules.
//!
//! Entry point: [`interp::Interp`] (`Interp::new`, then `run_main` with a code object
//! from `pyjit_compiler::compile_source`).

pub mod builtins;
pub mod error;
pub mod exc_kind;
pub mod format;
pub mod interp;
pub mod mathlib;
pub mod numeric;
pub mod object;
pub mod randomlib;
pub mod settable;
pub mod stdlib;
pub mod text;
pub mod value;

pub use error::{PyErr, PyResult};
pub use value::Value;
