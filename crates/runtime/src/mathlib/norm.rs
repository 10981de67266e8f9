//! Euclidean norms: `math.hypot` and `math.dist`. Mirrors `vector_norm`,
//! `math_hypot` and `math_dist_impl` in CPython 3.11's Modules/mathmodule.c,
//! operation for operation, so results are bit-identical.

use crate::exc_kind::{ExcKind, RawError, RawResult};

/// sqrt(sum(x**2 for x in vec)) with scaling, Veltkamp-Dekker splitting,
/// compensated summation and a differential correction of the square root.
///
/// `vec` holds absolute values; `max` is the largest of them (inf if any is
/// infinite, 0.0 if `vec` is empty). Mirrors `vector_norm`.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    if max_e >= -1023 {
        let scale = libm::scalbn(1.0, -max_e);
        let mut frac2 = 0.0f64;
        let mut frac3 = 0.0f64;
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;

            let x = hi * hi;
            let oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;

            let x = 2.0 * hi * lo;
            let oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;

            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;

        let x = -hi * hi;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;

        let x = -2.0 * hi * lo;
        let oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;

        let x = -lo * lo;
        let oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;

        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // max is subnormal-scaled: ldexp(1.0, -max_e) would overflow, divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// Runs `vector_norm` over already-differenced or raw coordinates, taking absolute values.
fn norm_of<I: Iterator<Item = f64>>(values: I) -> f64 {
    let mut abs_values = Vec::new();
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in values {
        let x = v.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        abs_values.push(x);
    }
    vector_norm(&abs_values, max, found_nan)
}

/// `math.hypot(*coordinates)`: Euclidean norm of any number of floats
/// (0.0 for none). Infinities win over NaNs. Never fails. Mirrors `math_hypot`.
pub fn hypot(coords: &[f64]) -> f64 {
    norm_of(coords.iter().copied())
}

/// `math.dist(p, q)`: Euclidean distance between two points given as
/// equal-length coordinate slices. `ValueError: both points must have the
/// same number of dimensions` when the lengths differ. Mirrors `math_dist_impl`.
pub fn dist(p: &[f64], q: &[f64]) -> RawResult<f64> {
    if p.len() != q.len() {
        return Err(RawError::new(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    Ok(norm_of(p.iter().zip(q.iter()).map(|(px, qx)| px - qx)))
}
