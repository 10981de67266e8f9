//! Python `str` methods with CPython 3.11 semantics over UTF-8 `&str`.
//!
//! Every index, width and count is in code points, and `start`/`end` arguments
//! follow CPython's slice-index rules (`None` = omitted, negative counts from the
//! end, out-of-range values are clamped). Functions returning pieces of their input
//! borrow from it (`&str`); errors are `RawError`s carrying CPython's exact message.
//! Character properties (isalpha, isprintable, casing, ...) use tables generated
//! from CPython 3.11 itself (Unicode 14.0.0), see `ucd/gen_tables.py`.
//!
//! Mirrors Objects/unicodeobject.c and Objects/stringlib/*.h.

mod case;
mod index;
mod pad;
mod predicates;
mod replace;
mod repr;
mod search;
mod split;
mod strip;
pub mod ucd;

#[cfg(test)]
mod tests;

pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use index::{adjust_indices, byte_offset, char_at, char_len, getitem, normalize_slice, slice};
pub use pad::{center, expandtabs, ljust, rjust, zfill};
pub use predicates::{
    isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable,
    isspace, istitle, isupper,
};
pub use replace::{removeprefix, removesuffix, replace};
pub use repr::{ascii_str, repr_str};
pub use search::{count, endswith, find, index, rfind, rindex, startswith};
pub use split::{partition, rpartition, rsplit, split, splitlines};
pub use strip::{lstrip, rstrip, strip};
