//! Standard-library modules (or parts of them) written in Python and embedded in the
//! binary: they run through pyjit's own compiler and interpreter on first import.

/// The Python source for module `name`, if pyjit ships one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "itertools" => include_str!("py/itertools.py"),
        "contextlib" => include_str!("py/contextlib.py"),
        "typing" => include_str!("py/typing.py"),
        "collections" => include_str!("py/collections.py"),
        "functools" => include_str!("py/functools_extra.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "abc" => include_str!("py/abc.py"),
        "enum" => include_str!("py/enum.py"),
        "pyjit" | "numba" => include_str!("py/pyjit.py"),
        _ => return None,
    })
}
