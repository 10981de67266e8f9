"""pyjit's decorators for CPython: the same names and arguments as pyjit's
built-in `pyjit` module, doing nothing, so a script written for pyjit
(`from pyjit import jit, njit`) also runs unchanged under CPython:

    PYTHONPATH=python python3 script.py

Under pyjit the built-in module is used instead (it compiles decorated functions
at their first call; see the README).
"""

__all__ = ["jit", "njit", "JitError"]


class JitError(Exception):
    """Raised by pyjit (never by this shim) when a function decorated with
    `@njit` / `@jit(nopython=True)` cannot be compiled to native code."""


_OPTIONS = ("nopython", "cache", "fastmath", "nogil", "parallel", "boundscheck",
            "error_model", "forceobj", "looplift", "inline", "debug", "locals")


def _check(name, options):
    for key in options:
        if key not in _OPTIONS:
            raise TypeError(name + "() got an unexpected keyword argument '" + key + "'")


def jit(signature_or_function=None, **options):
    """`@jit`, `@jit()`, `@jit(nopython=True, ...)`, `@jit("f8(f8)")`: returns the
    function unchanged."""
    _check("jit", options)
    if callable(signature_or_function):
        return signature_or_function
    return lambda fn: fn


def njit(signature_or_function=None, **options):
    """`@njit`, `@njit(...)`: returns the function unchanged."""
    _check("njit", options)
    return jit(signature_or_function)
