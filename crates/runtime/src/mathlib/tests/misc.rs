// Expected values were produced by CPython 3.11.7 (`python3`) and hard-coded here.
use super::*;

#[test]
fn constants_match_cpython() {
    // repr(math.pi), repr(math.e), repr(math.tau) in CPython 3.11.
    assert_eq!(format!("{:?}", mathlib::PI), "3.141592653589793");
    assert_eq!(format!("{:?}", mathlib::E), "2.718281828459045");
    assert_eq!(format!("{:?}", mathlib::TAU), "6.283185307179586");
    assert!(mathlib::INF.is_infinite() && mathlib::INF > 0.0);
    assert!(mathlib::NAN.is_nan() && mathlib::NAN.is_sign_positive());
}

#[test]
fn isclose_matches_cpython() {
    let d = (mathlib::ISCLOSE_REL_TOL, mathlib::ISCLOSE_ABS_TOL);
    let cases: &[(f64, f64, f64, f64, bool)] = &[
        // math.isclose(1.0, 1.0 + 1e-10) -> True
        (1.0, 1.0 + 1e-10, d.0, d.1, true),
        // math.isclose(1.0, 1.0 + 1e-8) -> False
        (1.0, 1.0 + 1e-8, d.0, d.1, false),
        // math.isclose(0.0, 1e-12) -> False
        (0.0, 1e-12, d.0, d.1, false),
        // math.isclose(0.0, 1e-12, abs_tol=1e-11) -> True
        (0.0, 1e-12, d.0, 1e-11, true),
        // math.isclose(inf, inf) -> True; math.isclose(inf, -inf) -> False
        (f64::INFINITY, f64::INFINITY, d.0, d.1, true),
        (f64::INFINITY, f64::NEG_INFINITY, d.0, d.1, false),
        // math.isclose(inf, 1e308, rel_tol=1.0) -> False
        (f64::INFINITY, 1e308, 1.0, d.1, false),
        // math.isclose(nan, nan) -> False
        (f64::NAN, f64::NAN, d.0, d.1, false),
        // math.isclose(100.0, 95.0, rel_tol=0.05) -> True
        (100.0, 95.0, 0.05, d.1, true),
        // math.isclose(100.0, 94.0, rel_tol=0.05) -> False
        (100.0, 94.0, 0.05, d.1, false),
    ];
    for (a, b, rel, abs, want) in cases {
        assert_eq!(
            mathlib::isclose(*a, *b, *rel, *abs),
            Ok(*want),
            "isclose({a}, {b}, {rel}, {abs})"
        );
    }
    // math.isclose(1, 1, rel_tol=-1) -> ValueError: tolerances must be non-negative
    let err = mathlib::isclose(1.0, 1.0, -1.0, 0.0).expect_err("negative tolerance");
    assert_eq!(
        (err.kind, err.msg.as_str()),
        (ValueError, "tolerances must be non-negative")
    );
    let err = mathlib::isclose(1.0, 2.0, 0.0, -1e-300).expect_err("negative tolerance");
    assert_eq!(err.msg, "tolerances must be non-negative");
}

#[test]
fn classification_matches_cpython() {
    // math.isfinite / isinf / isnan on 1.0, inf, -inf, nan.
    assert!(
        mathlib::isfinite(1.0) && !mathlib::isfinite(f64::INFINITY) && !mathlib::isfinite(f64::NAN)
    );
    assert!(
        mathlib::isinf(f64::NEG_INFINITY) && !mathlib::isinf(f64::NAN) && !mathlib::isinf(1e308)
    );
    assert!(mathlib::isnan(f64::NAN) && !mathlib::isnan(f64::INFINITY));
}

#[test]
fn fsum_incremental_stops_at_overflow() {
    // math.fsum([1e308, 1e308, 1.0]) -> OverflowError: intermediate overflow in fsum,
    // raised while adding the second item.
    let mut acc = mathlib::Fsum::new();
    assert_eq!(acc.add(1e308), Ok(()));
    let err = acc.add(1e308).expect_err("overflow");
    assert_eq!(
        (err.kind, err.msg.as_str()),
        (OverflowError, "intermediate overflow in fsum")
    );
    // math.fsum(iter([0.1, 0.2, 0.3])) -> 0.6
    assert_eq!(mathlib::fsum([0.1, 0.2, 0.3]), Ok(0.6));
}

#[test]
fn float_to_bigint_is_exact() {
    // int(2.0**100) == 1267650600228229401496703205376 in CPython 3.11.
    let v = mathlib::float_to_bigint(2f64.powi(100)).expect("finite");
    assert_eq!(v.to_string(), "1267650600228229401496703205376");
    // int(-2.0**63) == -9223372036854775808
    let v = mathlib::float_to_bigint(-((1u64 << 63) as f64)).expect("finite");
    assert_eq!(v.to_string(), "-9223372036854775808");
}
