"""pyjit's decorators, written in Python for pyjit (the module is also importable
as `numba`, so Numba scripts for scalar loops run unmodified).

`@jit`, `@jit()`, `@jit(nopython=True)`, `@njit`, `@njit(...)` and a leading
signature string are accepted. The function is compiled at its first call for the
argument types of that call (a call with other types compiles another version).
With `nopython=True` (or `@njit`), a function pyjit cannot compile to native code
entirely raises `JitError` at its first call, naming the construct and its line.
Numba's other options (`cache`, `fastmath`, `nogil`, `parallel`, `boundscheck`,
`error_model`, ...) are accepted and change nothing: pyjit always keeps Python's
semantics (exact ints, bounds-checked indexing, Python's errors).
"""

import _pyjit_native


class JitError(Exception):
    """A function decorated for nopython compilation uses something pyjit cannot
    compile to native code."""


_OPTIONS = ("nopython", "cache", "fastmath", "nogil", "parallel", "boundscheck",
            "error_model", "forceobj", "looplift", "inline", "debug", "locals")


def _check(name, options):
    for key in options:
        if key not in _OPTIONS:
            raise TypeError(name + "() got an unexpected keyword argument '" + key + "'")


def _decorate(fn, nopython):
    _pyjit_native._request(fn, nopython, JitError)
    return fn


def jit(signature_or_function=None, **options):
    _check("jit", options)
    nopython = bool(options.get("nopython", False))
    if callable(signature_or_function):
        return _decorate(signature_or_function, nopython)

    def decorator(fn):
        return _decorate(fn, nopython)
    return decorator


def njit(signature_or_function=None, **options):
    _check("njit", options)
    options["nopython"] = True
    return jit(signature_or_function, **options)
