//! Text formatting of numbers and strings, byte-identical to CPython 3.11.
//!
//! * [`float_repr`] — `repr(float)` / `str(float)` (mirrors `float_repr` in
//!   Objects/floatobject.c).
//! * [`FormatSpec`] / [`parse_format_spec`] — the format-spec mini-language
//!   (mirrors `parse_internal_render_format_spec` in Python/formatter_unicode.c).
//! * [`format_int`], [`format_float`], [`format_str`] — `int.__format__`,
//!   `float.__format__`, `str.__format__` on an already parsed spec;
//!   [`apply_int_format`], [`apply_float_format`], [`apply_str_format`] take the
//!   spec text instead.
//! * [`percent_format`] — printf-style `str % args` (mirrors `PyUnicode_Format`
//!   in Objects/unicodeobject.c), with values supplied through [`PercentValue`].
//!
//! Strings are handled as sequences of Unicode code points (`char`): widths,
//! precisions and error indices count code points, never bytes.

mod ascii;
mod double_to_string;
mod dtoa_digits;
mod float_repr;
mod format_float;
mod format_int;
mod format_str;
mod grouping;
mod int_digits;
mod int_to_float;
mod number_layout;
mod percent;
mod percent_args;
mod percent_number;
#[cfg(test)]
mod percent_tests;
mod spec;
mod unicode_digits;

pub use ascii::ascii_escape;
pub use double_to_string::{double_to_string, DtsFlags};
pub use float_repr::float_repr;
pub use format_float::{apply_float_format, format_float};
pub use format_int::{apply_int_format, format_int};
pub use format_str::{apply_str_format, format_str};
pub use int_digits::INT_MAX_STR_DIGITS;
pub use int_to_float::int_to_float;
pub use percent::percent_format;
pub use percent_args::{MappingLookup, PercentArgs, PercentNumber, PercentValue};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign, SpecTarget};

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// Largest number of code points any single formatting operation may produce.
///
/// CPython tries to allocate whatever a width or precision asks for and raises
/// `MemoryError` when it cannot; this runtime raises `MemoryError` (empty message,
/// like `PyErr_NoMemory`) as soon as a requested width/precision exceeds this
/// bound (2**28 code points), instead of attempting a huge allocation.
pub const MAX_OUTPUT_CHARS: usize = 1 << 28;

/// Returns `Ok(())` when `n` code points may be produced, else the
/// `MemoryError` CPython's `PyErr_NoMemory` would raise (empty message).
pub(crate) fn check_size(n: usize) -> RawResult<()> {
    if n > MAX_OUTPUT_CHARS {
        Err(RawError::new(ExcKind::MemoryError, ""))
    } else {
        Ok(())
    }
}
