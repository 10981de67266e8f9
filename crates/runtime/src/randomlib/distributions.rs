//! Real-valued distributions of Lib/random.py (3.11), on floats, consuming
//! `random()` exactly as CPython and raising the same errors.
//!
//! Parameters are Python floats (ints converted by the caller); results are
//! floats. Where CPython itself loops forever (NaN parameters to
//! `vonmisesvariate`/`gammavariate`), so do these functions.

use std::f64::consts::{E, PI};

use super::generator::Random;
use super::pyfloat;
use crate::exc_kind::{ExcKind, RawError, RawResult};

/// `TWOPI = 2.0 * pi` of Lib/random.py.
const TWOPI: f64 = 2.0 * PI;

/// `NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0)` of Lib/random.py.
fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// `LOG4 = log(4.0)` of Lib/random.py.
fn log4() -> f64 {
    4.0f64.ln()
}

/// `SG_MAGICCONST = 1.0 + log(4.5)` of Lib/random.py.
fn sg_magicconst() -> f64 {
    1.0 + 4.5f64.ln()
}

impl Random {
    /// `uniform(a, b)` = `a + (b - a) * random()`.
    /// Mirrors `Random.uniform` in Lib/random.py.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`; `mode = None` means the midpoint.
    /// Mirrors `Random.triangular` in Lib/random.py: returns `low` when
    /// `mode` is given and `high == low`.
    /// Errors: `ValueError("math domain error")` from `sqrt` of a negative.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> RawResult<f64> {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => match pyfloat::div(m - low, high - low) {
                Ok(c) => c,
                Err(_) => return Ok(low),
            },
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        Ok(low + (high - low) * pyfloat::sqrt(u * c)?)
    }

    /// `normalvariate(mu, sigma)` (Kinderman–Monahan).
    /// Mirrors `Random.normalvariate` in Lib/random.py.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> RawResult<f64> {
        let magic = nv_magicconst();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = pyfloat::div(magic * (u1 - 0.5), u2)?;
            let zz = z * z / 4.0;
            if zz <= -pyfloat::log(u2)? {
                return Ok(mu + z * sigma);
            }
        }
    }

    /// `gauss(mu, sigma)` (Box–Muller with the cached `gauss_next`).
    /// Mirrors `Random.gauss` in Lib/random.py (3.11).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> RawResult<f64> {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = pyfloat::sqrt(-2.0 * pyfloat::log(1.0 - self.random())?)?;
                let z = pyfloat::cos(x2pi)? * g2rad;
                self.gauss_next = Some(pyfloat::sin(x2pi)? * g2rad);
                z
            }
        };
        Ok(mu + z * sigma)
    }

    /// `lognormvariate(mu, sigma)` = `exp(normalvariate(mu, sigma))`.
    /// Errors: `OverflowError("math range error")`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> RawResult<f64> {
        let n = self.normalvariate(mu, sigma)?;
        pyfloat::exp(n)
    }

    /// `expovariate(lambd)` = `-log(1.0 - random()) / lambd`.
    /// Errors: `ZeroDivisionError("float division by zero")` for `lambd == 0`.
    pub fn expovariate(&mut self, lambd: f64) -> RawResult<f64> {
        let l = pyfloat::log(1.0 - self.random())?;
        pyfloat::div(-l, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`. Mirrors `Random.vonmisesvariate` in
    /// Lib/random.py. Errors: those of float division / `acos` / modulo.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> RawResult<f64> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = pyfloat::div(0.5, kappa)?;
        let r = s + pyfloat::sqrt(1.0 + s * s)?;
        let z = loop {
            let u1 = self.random();
            let z = pyfloat::cos(PI * u1)?;
            let d = pyfloat::div(z, r + z)?;
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * pyfloat::exp(d)? {
                break z;
            }
        };
        let q = pyfloat::div(1.0, r)?;
        let f = pyfloat::div(q + z, 1.0 + q * z)?;
        let u3 = self.random();
        let a = pyfloat::acos(f)?;
        if u3 > 0.5 {
            pyfloat::rem(mu + a, TWOPI)
        } else {
            pyfloat::rem(mu - a, TWOPI)
        }
    }

    /// `gammavariate(alpha, beta)`. Mirrors `Random.gammavariate` in
    /// Lib/random.py (3.11).
    /// Errors: `ValueError("gammavariate: alpha and beta must be > 0.0")`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> RawResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RawError::new(
                ExcKind::ValueError,
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        if alpha > 1.0 {
            let ainv = pyfloat::sqrt(2.0 * alpha - 1.0)?;
            let bbb = alpha - log4();
            let ccc = alpha + ainv;
            let sg = sg_magicconst();
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = pyfloat::div(pyfloat::log(pyfloat::div(u1, 1.0 - u1)?)?, ainv)?;
                let x = alpha * pyfloat::exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg - 4.5 * z >= 0.0 || r >= pyfloat::log(z)? {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-pyfloat::log(1.0 - self.random())? * beta)
        } else {
            let x = loop {
                let u = self.random();
                let b = (E + alpha) / E;
                let p = b * u;
                let x = if p <= 1.0 {
                    pyfloat::pow(p, pyfloat::div(1.0, alpha)?)?
                } else {
                    -pyfloat::log(pyfloat::div(b - p, alpha)?)?
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= pyfloat::pow(x, alpha - 1.0)? {
                        break x;
                    }
                } else if u1 <= pyfloat::exp(-x)? {
                    break x;
                }
            };
            Ok(x * beta)
        }
    }

    /// `betavariate(alpha, beta)`. Mirrors `Random.betavariate` in
    /// Lib/random.py (3.11). Errors: those of `gammavariate`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> RawResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let g = self.gammavariate(beta, 1.0)?;
            return pyfloat::div(y, y + g);
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)` = `(1.0 - random()) ** (-1.0 / alpha)`.
    /// Errors: `ZeroDivisionError` for `alpha == 0`; `OverflowError` on
    /// overflow of the power.
    pub fn paretovariate(&mut self, alpha: f64) -> RawResult<f64> {
        let u = 1.0 - self.random();
        pyfloat::pow(u, pyfloat::div(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)` =
    /// `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
    /// Errors: `ZeroDivisionError` for `beta == 0` or from `0.0 ** negative`;
    /// `OverflowError` on overflow of the power.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> RawResult<f64> {
        let u = 1.0 - self.random();
        let l = -pyfloat::log(u)?;
        Ok(alpha * pyfloat::pow(l, pyfloat::div(1.0, beta)?)?)
    }
}
