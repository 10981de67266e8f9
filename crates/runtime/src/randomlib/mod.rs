//! CPython 3.11's `random` module, bit-exact: the MT19937 generator of
//! `Modules/_randommodule.c` and the pure-Python algorithms of
//! `Lib/random.py`, expressed over indices so the interpreter can apply them
//! to any sequence.
//!
//! `Random::from_int(&42.into()).random()` is `0.6394267984578837`, and
//! every method consumes the generator exactly as CPython does, so whole
//! sequences of results match.
//!
//! Layout: [`mt19937`] (core generator), [`generator`] (the `Random` struct
//! and seeding), [`state`] (`getstate`/`setstate`), [`algorithms`]
//! (`_randbelow`, `randrange`, `randint`), [`sequences`] (`choice`,
//! `shuffle`, `sample`, `choices` as indices), [`distributions`] (`uniform`,
//! `gauss`, and the other real-valued distributions), [`pyfloat`] (Python
//! float semantics those distributions need).

pub mod algorithms;
pub mod distributions;
pub mod generator;
pub mod mt19937;
pub mod pyfloat;
pub mod sequences;
pub mod state;

pub use generator::{Random, SEED_TYPE_ERROR};
pub use mt19937::{Mt19937, MT_N};
pub use state::{RandomState, STATE_VERSION};

#[cfg(test)]
mod tests_support;
#[cfg(test)]
mod tests_core;
#[cfg(test)]
mod tests_algorithms;
#[cfg(test)]
mod tests_distributions;
