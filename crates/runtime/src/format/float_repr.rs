//! `repr(float)` / `str(float)`.

use super::double_to_string::{double_to_string, DtsFlags};

/// Returns `repr(x)` exactly as CPython 3.11 prints it: the shortest digits
/// that round-trip, in positional notation when the decimal exponent is in
/// `-4 ..= 15` (`123456789012345.0`, `0.0001`, `1.0`, `-0.0`) and scientific
/// notation otherwise (`1e+16`, `1e-05`, `1.5e-07`, `1e+300`); `inf`, `-inf`,
/// `nan`.  Never fails.  Mirrors `float_repr` in Objects/floatobject.c
/// (`PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL)`).
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags { add_dot_0: true, ..DtsFlags::default() };
    // 'r' never allocates more than a few dozen characters, so this cannot fail.
    double_to_string(x, 'r', 0, flags).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn matches_cpython() {
        // Expected values come from CPython 3.11 repr().
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (1e300, "1e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (0.0001, "0.0001"),
            (0.00001234, "1.234e-05"),
            (-2.5, "-2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (123.456, "123.456"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }
}
