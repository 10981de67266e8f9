//! pyjit's compiler: Python source → symbol tables → register bytecode.
//!
//! Entry point: [`compile_source`]. The bytecode format is documented in [`bytecode`].

pub mod bytecode;
pub mod codegen;
pub mod dis;
pub mod error;
pub mod parse;
pub mod source;
pub mod symtable;

pub use bytecode::CodeObject;
pub use error::{CompileError, CompileErrorKind};
use rustpython_parser::ast::Ranged;
use std::rc::Rc;

/// Compiles a single expression (for `eval`): the code returns its value.
///
/// Errors: as `compile_source`.
pub fn compile_expression(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let lines = source::LineIndex::new(source);
    let expr = parse::parse_expression(source.trim_start_matches([' ', '\t']), filename, &lines)?;
    let body = [rustpython_parser::ast::Stmt::Return(rustpython_parser::ast::StmtReturn { range: expr.range(), value: Some(Box::new(expr)) })];
    let table = symtable::build(&body, &|off| lines.line_of(off))?;
    codegen::compile_eval(&body, &table, &lines, filename)
}

/// Compiles the text of a module named `filename` into its code object.
///
/// Errors: a `SyntaxError`/`IndentationError` in CPython's form, or an `Unsupported`
/// error naming a construct pyjit does not implement yet.
pub fn compile_source(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let lines = source::LineIndex::new(source);
    let body = parse::parse_module(source, filename, &lines)?;
    let table = symtable::build(&body, &|off| lines.line_of(off))?;
    codegen::compile_module(&body, &table, &lines, filename)
}
