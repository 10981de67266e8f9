//! `math.gamma` and `math.lgamma`: CPython 3.11's own Lanczos-based
//! implementations (`m_tgamma`, `m_lgamma`, `lanczos_sum`, `m_sinpi` in
//! Modules/mathmodule.c), ported operation for operation so that results are
//! bit-identical given the same platform `exp`, `pow`, `log`, `sin` and `cos`.

// Constants keep every digit of the C sources they mirror.
#![allow(clippy::excessive_precision)]

use super::errors::{check_errno, Errno};
use crate::exc_kind::RawResult;

const PI: f64 = std::f64::consts::PI;
/// log(pi), as in mathmodule.c.
const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

const LANCZOS_NUM_COEFFS: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator x*(x+1)*...*(x+11) as a polynomial.
const LANCZOS_DEN_COEFFS: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// gamma(1) .. gamma(23), exact.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi * x) for finite x, accurate near integers. Mirrors `m_sinpi`.
fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round();
    let r = if n == 0.0 {
        (PI * y).sin()
    } else if n == 1.0 {
        (PI * (y - 0.5)).cos()
    } else if n == 2.0 {
        (PI * (1.0 - y)).sin()
    } else if n == 3.0 {
        -(PI * (y - 1.5)).cos()
    } else {
        (PI * (y - 2.0)).sin()
    };
    1.0f64.copysign(x) * r
}

/// Lanczos' sum L_g(x) for positive x, as a rational function. Mirrors `lanczos_sum`.
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

/// The gamma function with C-style errno reporting. Mirrors `m_tgamma`.
fn m_tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            // x is an integer in 1..=23 here.
            let idx = (x as usize).saturating_sub(1);
            return (
                GAMMA_INTEGRAL.get(idx).copied().unwrap_or(f64::NAN),
                Errno::None,
            );
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        let e = if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        };
        return (r, e);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / m_sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    let e = if r.is_infinite() {
        Errno::Range
    } else {
        Errno::None
    };
    (r, e)
}

/// log|gamma(x)| with C-style errno reporting. Mirrors `m_lgamma`.
fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::None);
        }
        return (f64::INFINITY, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::None);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    let e = if r.is_infinite() {
        Errno::Range
    } else {
        Errno::None
    };
    (r, e)
}

/// `math.gamma(x)`. `ValueError: math domain error` at 0, negative integers
/// and -inf; `OverflowError: math range error` when the result overflows
/// (x > ~171.6). Mirrors `FUNC1A(gamma, m_tgamma)`.
pub fn gamma(x: f64) -> RawResult<f64> {
    let (r, e) = m_tgamma(x);
    check_errno(r, e)
}

/// `math.lgamma(x)` = ln|gamma(x)|. `ValueError: math domain error` at 0 and
/// negative integers; `OverflowError: math range error` on overflow.
/// Mirrors `FUNC1A(lgamma, m_lgamma)`.
pub fn lgamma(x: f64) -> RawResult<f64> {
    let (r, e) = m_lgamma(x);
    check_errno(r, e)
}
