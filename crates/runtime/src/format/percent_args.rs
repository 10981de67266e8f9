//! The values and argument shapes `str % args` works on.

use crate::exc_kind::RawResult;
use num_bigint::BigInt;

/// A value seen as a number by the numeric conversions of `%`-formatting.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentNumber {
    /// An `int` (or `bool`, or an object whose `__index__` gave this value).
    Int(BigInt),
    /// A `float` (or an object whose `__float__` gave this value).
    Float(f64),
}

/// What `str % args` needs to know about one argument value.
///
/// The interpreter implements this for its objects; every method mirrors a
/// CPython protocol used by `PyUnicode_Format`.
pub trait PercentValue {
    /// `str(self)` (for `%s`); errors propagate unchanged.
    fn py_str(&self) -> RawResult<String>;
    /// `repr(self)` (for `%r` and `%a`); errors propagate unchanged.
    fn py_repr(&self) -> RawResult<String>;
    /// `type(self).__name__`, used in `TypeError` messages.
    fn type_name(&self) -> String;
    /// `Some(Int)` for ints and bools, `Some(Float)` for floats, `None` for
    /// anything that is not a real number (str, None, complex, ...).
    fn as_number(&self) -> Option<PercentNumber> {
        None
    }
    /// `Some(text)` when the value is a `str` (used by `%c`), else `None`.
    fn as_str(&self) -> Option<String> {
        None
    }
}

/// Looks a `%(key)s` key up in the mapping; the error (usually `KeyError`)
/// propagates unchanged.  Mirrors `PyObject_GetItem(mapping, key)`.
pub type MappingLookup<'a> = dyn Fn(&str) -> RawResult<Box<dyn PercentValue + 'a>> + 'a;

/// The right-hand operand of `str % args`.
pub enum PercentArgs<'a> {
    /// A single non-tuple, non-mapping object.
    Single(&'a dyn PercentValue),
    /// A tuple of arguments.
    Tuple(Vec<&'a dyn PercentValue>),
    /// An object for which `PyMapping_Check` holds and that is neither a tuple
    /// nor a str (dict, list, any class with `__getitem__`): `whole` is used
    /// as the single positional argument, `lookup` serves `%(key)` specs.
    Mapping {
        /// The mapping object itself (consumed by a plain `%s`).
        whole: &'a dyn PercentValue,
        /// `mapping[key]` for `%(key)` specs.
        lookup: &'a MappingLookup<'a>,
    },
}
