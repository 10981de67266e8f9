//! Functions compiled code calls (`extern "C"`, by address): everything native code
//! does not do inline, from boxing a big int to running one instruction through the
//! interpreter. Each states the contract native code relies on. Slot arguments point
//! at `Value`s in frame registers or other homes; they are valid for the call.

pub mod frames;
pub mod generic;
pub mod numbers;
pub mod ranges;
pub mod raw;
pub mod sequences;
pub mod slots;

pub use raw::RawValue;

/// Status returned by helpers that can raise: the Python exception is left in
/// `Interp::native_pending`.
pub const RAISED: u32 = 1;
/// Status of a helper that succeeded.
pub const OK: u32 = 0;
