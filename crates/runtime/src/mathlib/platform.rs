//! The platform C math library functions that CPython's math module calls
//! directly, so results are bit-identical to CPython on the same platform.
//!
//! Most functions are reached through Rust's `f64` methods (which call the
//! system libm on Linux); those without a stable Rust method are declared here.
//! `cbrt` is special: Rust's toolchain links its own correctly rounded `cbrt`
//! ahead of glibc's, so glibc's algorithm is ported instead.

// Constants keep every digit of the C sources they mirror.
#![allow(clippy::excessive_precision)]

extern "C" {
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
}

/// C `asinh(x)` from the platform libm; total on all `f64`.
pub fn asinh(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, defined for every input.
    unsafe { c_asinh(x) }
}

/// C `acosh(x)` from the platform libm; NaN for `x < 1`.
pub fn acosh(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, defined for every input.
    unsafe { c_acosh(x) }
}

/// C `atanh(x)` from the platform libm; ±inf at ±1, NaN outside [-1, 1].
pub fn atanh(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, defined for every input.
    unsafe { c_atanh(x) }
}

/// C `erf(x)` from the platform libm (CPython 3.11 uses it when `HAVE_ERF`).
pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, defined for every input.
    unsafe { c_erf(x) }
}

/// C `erfc(x)` from the platform libm (CPython 3.11 uses it when `HAVE_ERFC`).
pub fn erfc(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, defined for every input.
    unsafe { c_erfc(x) }
}

/// 2^(1/3) and 2^(2/3), as in glibc's sysdeps/ieee754/dbl-64/s_cbrt.c.
const CBRT2: f64 = 1.259_921_049_894_873_164_8;
const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
const CBRT_FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/// Cube root, bit-identical to glibc's `cbrt` (the function CPython calls).
///
/// Mirrors `__cbrt` in glibc's sysdeps/ieee754/dbl-64/s_cbrt.c: reduce to
/// `xm * 2**xe` with `xm` in [0.5, 1), a polynomial guess, one Halley step,
/// then scale by the cube root of the leftover power of two.
pub fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = libm::frexp(x.abs());
    let u = 0.354_895_765_043_919_860
        + ((1.508_191_937_815_848_96
            + ((-2.114_994_941_673_712_87
                + ((2.446_931_225_635_344_30
                    + ((-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    // `xe % 3` is in -2..=2 (C truncating remainder), so the index is in 0..=4.
    let idx = (2 + xe % 3) as usize;
    let factor = CBRT_FACTOR.get(idx).copied().unwrap_or(1.0);
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor;
    libm::scalbn(ym, xe / 3).copysign(x)
}
