//! Heap object types, one file per type.

mod class;
pub mod code;
pub mod layout;
mod dict;
mod function;
mod generator;
mod module;
mod scalars;
mod sequence;
mod set;

pub use class::{Class, Descriptor, Instance, ExcData, TracebackEntry};
pub use code::{Code, JitRequest};
pub use dict::PyDict;
pub use function::{BoundMethod, BuiltinFunction, Function, KwArgs, MethodFunc, NativeFn};
pub use generator::{has_pending_finalization, next_pending_finalization, Generator, GeneratorState, IterState, PyIterator, ViewKind};
pub use module::Module;
pub use scalars::{int_from_i128, str_hash, PyCell, PyRange, PySlice, PyStr};
pub use sequence::{PyList, PyTuple, LIST_INTS, LIST_VALUES};
pub use set::PySet;
