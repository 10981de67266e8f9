// Expected values were produced by CPython 3.11.7 (`python3`) on x86_64 Linux with
// glibc 2.36 and hard-coded here; each comment shows the Python expression.
use super::*;

#[test]
fn atan2_matches_cpython() {
    check2(
        mathlib::atan2,
        &[
            // math.atan2(0.0, 0.0) -> 0.0
            (0.0, 0.0, V(0.0)),
            // math.atan2(-0.0, 0.0) -> -0.0
            (-0.0, 0.0, V(-0.0)),
            // math.atan2(0.0, -0.0) -> 3.141592653589793
            (0.0, -0.0, V(3.141592653589793)),
            // math.atan2(1.0, 0.0) -> 1.5707963267948966
            (1.0, 0.0, V(1.5707963267948966)),
            // math.atan2(-1.0, 0.0) -> -1.5707963267948966
            (-1.0, 0.0, V(-1.5707963267948966)),
            // math.atan2(0.0, -1.0) -> 3.141592653589793
            (0.0, -1.0, V(3.141592653589793)),
            // math.atan2(-0.0, -1.0) -> -3.141592653589793
            (-0.0, -1.0, V(-3.141592653589793)),
            // math.atan2(-0.0, -3.0) -> -3.141592653589793
            (-0.0, -3.0, V(-3.141592653589793)),
            // math.atan2(inf, 1.0) -> 1.5707963267948966
            (f64::INFINITY, 1.0, V(1.5707963267948966)),
            // math.atan2(1.0, inf) -> 0.0
            (1.0, f64::INFINITY, V(0.0)),
            // math.atan2(inf, inf) -> 0.7853981633974483
            (f64::INFINITY, f64::INFINITY, V(0.7853981633974483)),
            // math.atan2(-inf, inf) -> -0.7853981633974483
            (f64::NEG_INFINITY, f64::INFINITY, V(-0.7853981633974483)),
            // math.atan2(inf, -inf) -> 2.356194490192345
            (f64::INFINITY, f64::NEG_INFINITY, V(2.356194490192345)),
            // math.atan2(-inf, -inf) -> -2.356194490192345
            (f64::NEG_INFINITY, f64::NEG_INFINITY, V(-2.356194490192345)),
            // math.atan2(nan, 0.0) -> nan
            (f64::NAN, 0.0, V(f64::NAN)),
            // math.atan2(1.0, nan) -> nan
            (1.0, f64::NAN, V(f64::NAN)),
            // math.atan2(nan, 1.0) -> nan
            (f64::NAN, 1.0, V(f64::NAN)),
            // math.atan2(-inf, 3.0) -> -1.5707963267948966
            (f64::NEG_INFINITY, 3.0, V(-1.5707963267948966)),
            // math.atan2(-inf, -3.0) -> -1.5707963267948966
            (f64::NEG_INFINITY, -3.0, V(-1.5707963267948966)),
            // math.atan2(-inf, 2.0) -> -1.5707963267948966
            (f64::NEG_INFINITY, 2.0, V(-1.5707963267948966)),
            // math.atan2(-inf, -2.0) -> -1.5707963267948966
            (f64::NEG_INFINITY, -2.0, V(-1.5707963267948966)),
            // math.atan2(-2.0, 0.5) -> -1.3258176636680326
            (-2.0, 0.5, V(-1.3258176636680326)),
            // math.atan2(-2.0, 3.0) -> -0.5880026035475675
            (-2.0, 3.0, V(-0.5880026035475675)),
            // math.atan2(10.0, 400.0) -> 0.02499479361892016
            (10.0, 400.0, V(0.02499479361892016)),
            // math.atan2(1e+308, 10.0) -> 1.5707963267948966
            (1e+308, 10.0, V(1.5707963267948966)),
            // math.atan2(-8.0, 0.3333333333333333) -> -1.5291537476963082
            (-8.0, 0.3333333333333333, V(-1.5291537476963082)),
            // math.atan2(2.0, -1075.0) -> 3.1397321906200713
            (2.0, -1075.0, V(3.1397321906200713)),
            // math.atan2(0.5, -inf) -> 3.141592653589793
            (0.5, f64::NEG_INFINITY, V(3.141592653589793)),
            // math.atan2(0.5, inf) -> 0.0
            (0.5, f64::INFINITY, V(0.0)),
            // math.atan2(-1.0, inf) -> -0.0
            (-1.0, f64::INFINITY, V(-0.0)),
            // math.atan2(5.0, 2.0) -> 1.1902899496825317
            (5.0, 2.0, V(1.1902899496825317)),
            // math.atan2(5.5, -2.0) -> 1.9195673303788037
            (5.5, -2.0, V(1.9195673303788037)),
            // math.atan2(-7.0, 2.0) -> -1.2924966677897853
            (-7.0, 2.0, V(-1.2924966677897853)),
            // math.atan2(6.0, 4.0) -> 0.982793723247329
            (6.0, 4.0, V(0.982793723247329)),
            // math.atan2(2.0, 4.0) -> 0.4636476090008061
            (2.0, 4.0, V(0.4636476090008061)),
            // math.atan2(-3.0, 2.0) -> -0.982793723247329
            (-3.0, 2.0, V(-0.982793723247329)),
            // math.atan2(1e-320, 3e-320) -> 0.3217505543966422
            (1e-320, 3e-320, V(0.3217505543966422)),
            // math.atan2(5e-324, 1.0) -> 5e-324
            (5e-324, 1.0, V(5e-324)),
            // math.atan2(4.7841573962462505, 19.667832311716737) -> 0.2386136465837562
            (
                4.7841573962462505,
                19.667832311716737,
                V(0.2386136465837562),
            ),
            // math.atan2(2.7908614155553515, -6.0565592549825595) -> 2.7097939778643085
            (
                2.7908614155553515,
                -6.0565592549825595,
                V(2.7097939778643085),
            ),
            // math.atan2(18.139760971799348, 10.84739358364505) -> 1.0318561628285101
            (18.139760971799348, 10.84739358364505, V(1.0318561628285101)),
            // math.atan2(17.198049981695497, 0.7918370324297967) -> 1.5247865635808513
            (
                17.198049981695497,
                0.7918370324297967,
                V(1.5247865635808513),
            ),
            // math.atan2(-7.737762740810151, 4.8663508287518695) -> -1.0093907784731884
            (
                -7.737762740810151,
                4.8663508287518695,
                V(-1.0093907784731884),
            ),
            // math.atan2(15.30216813653557, 6.493323390620983) -> 1.1694847625720102
            (15.30216813653557, 6.493323390620983, V(1.1694847625720102)),
            // math.atan2(14.991801837615967, -0.11051097429030321) -> 1.5781676203796442
            (
                14.991801837615967,
                -0.11051097429030321,
                V(1.5781676203796442),
            ),
            // math.atan2(16.62243714621762, 7.891973890944737) -> 1.1275288224850541
            (16.62243714621762, 7.891973890944737, V(1.1275288224850541)),
        ],
    );
}

#[test]
fn fmod_matches_cpython() {
    check2(
        mathlib::fmod,
        &[
            // math.fmod(0.0, 0.0) -> ValueError: math domain error
            (0.0, 0.0, E(ValueError, "math domain error")),
            // math.fmod(-0.0, 0.0) -> ValueError: math domain error
            (-0.0, 0.0, E(ValueError, "math domain error")),
            // math.fmod(0.0, -0.0) -> ValueError: math domain error
            (0.0, -0.0, E(ValueError, "math domain error")),
            // math.fmod(1.0, 0.0) -> ValueError: math domain error
            (1.0, 0.0, E(ValueError, "math domain error")),
            // math.fmod(-1.0, 0.0) -> ValueError: math domain error
            (-1.0, 0.0, E(ValueError, "math domain error")),
            // math.fmod(0.0, -1.0) -> 0.0
            (0.0, -1.0, V(0.0)),
            // math.fmod(-0.0, -1.0) -> -0.0
            (-0.0, -1.0, V(-0.0)),
            // math.fmod(-0.0, -3.0) -> -0.0
            (-0.0, -3.0, V(-0.0)),
            // math.fmod(inf, 1.0) -> ValueError: math domain error
            (f64::INFINITY, 1.0, E(ValueError, "math domain error")),
            // math.fmod(1.0, inf) -> 1.0
            (1.0, f64::INFINITY, V(1.0)),
            // math.fmod(inf, inf) -> ValueError: math domain error
            (
                f64::INFINITY,
                f64::INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.fmod(-inf, inf) -> ValueError: math domain error
            (
                f64::NEG_INFINITY,
                f64::INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.fmod(inf, -inf) -> ValueError: math domain error
            (
                f64::INFINITY,
                f64::NEG_INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.fmod(-inf, -inf) -> ValueError: math domain error
            (
                f64::NEG_INFINITY,
                f64::NEG_INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.fmod(nan, 0.0) -> nan
            (f64::NAN, 0.0, V(f64::NAN)),
            // math.fmod(1.0, nan) -> nan
            (1.0, f64::NAN, V(f64::NAN)),
            // math.fmod(nan, 1.0) -> nan
            (f64::NAN, 1.0, V(f64::NAN)),
            // math.fmod(-inf, 3.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, 3.0, E(ValueError, "math domain error")),
            // math.fmod(-inf, -3.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, -3.0, E(ValueError, "math domain error")),
            // math.fmod(-inf, 2.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, 2.0, E(ValueError, "math domain error")),
            // math.fmod(-inf, -2.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, -2.0, E(ValueError, "math domain error")),
            // math.fmod(-2.0, 0.5) -> -0.0
            (-2.0, 0.5, V(-0.0)),
            // math.fmod(-2.0, 3.0) -> -2.0
            (-2.0, 3.0, V(-2.0)),
            // math.fmod(10.0, 400.0) -> 10.0
            (10.0, 400.0, V(10.0)),
            // math.fmod(1e+308, 10.0) -> 6.0
            (1e+308, 10.0, V(6.0)),
            // math.fmod(-8.0, 0.3333333333333333) -> -4.440892098500626e-16
            (-8.0, 0.3333333333333333, V(-4.440892098500626e-16)),
            // math.fmod(2.0, -1075.0) -> 2.0
            (2.0, -1075.0, V(2.0)),
            // math.fmod(0.5, -inf) -> 0.5
            (0.5, f64::NEG_INFINITY, V(0.5)),
            // math.fmod(0.5, inf) -> 0.5
            (0.5, f64::INFINITY, V(0.5)),
            // math.fmod(-1.0, inf) -> -1.0
            (-1.0, f64::INFINITY, V(-1.0)),
            // math.fmod(5.0, 2.0) -> 1.0
            (5.0, 2.0, V(1.0)),
            // math.fmod(5.5, -2.0) -> 1.5
            (5.5, -2.0, V(1.5)),
            // math.fmod(-7.0, 2.0) -> -1.0
            (-7.0, 2.0, V(-1.0)),
            // math.fmod(6.0, 4.0) -> 2.0
            (6.0, 4.0, V(2.0)),
            // math.fmod(2.0, 4.0) -> 2.0
            (2.0, 4.0, V(2.0)),
            // math.fmod(-3.0, 2.0) -> -1.0
            (-3.0, 2.0, V(-1.0)),
            // math.fmod(1e-320, 3e-320) -> 1e-320
            (1e-320, 3e-320, V(1e-320)),
            // math.fmod(5e-324, 1.0) -> 5e-324
            (5e-324, 1.0, V(5e-324)),
            // math.fmod(18.15297705774391, 4.760933960758283) -> 3.870175175469061
            (18.15297705774391, 4.760933960758283, V(3.870175175469061)),
            // math.fmod(-1.6620255829190569, 2.3118983147966965) -> -1.6620255829190569
            (
                -1.6620255829190569,
                2.3118983147966965,
                V(-1.6620255829190569),
            ),
            // math.fmod(11.396958275390748, 0.4529494391138158) -> 0.07322229754535314
            (
                11.396958275390748,
                0.4529494391138158,
                V(0.07322229754535314),
            ),
            // math.fmod(-6.3735452641298895, -9.446240420019102) -> -6.3735452641298895
            (
                -6.3735452641298895,
                -9.446240420019102,
                V(-6.3735452641298895),
            ),
            // math.fmod(-18.381325839383372, 2.3175064072277607) -> -2.1587809887890472
            (
                -18.381325839383372,
                2.3175064072277607,
                V(-2.1587809887890472),
            ),
            // math.fmod(-12.24373227921662, 9.588694697947275) -> -2.655037581269344
            (-12.24373227921662, 9.588694697947275, V(-2.655037581269344)),
            // math.fmod(5.242018810495654, 2.248028038309201) -> 0.7459627338772528
            (5.242018810495654, 2.248028038309201, V(0.7459627338772528)),
            // math.fmod(8.510385126098086, -19.90130304892153) -> 8.510385126098086
            (8.510385126098086, -19.90130304892153, V(8.510385126098086)),
        ],
    );
}

#[test]
fn copysign_matches_cpython() {
    check2(
        mathlib::copysign,
        &[
            // math.copysign(0.0, 0.0) -> 0.0
            (0.0, 0.0, V(0.0)),
            // math.copysign(-0.0, 0.0) -> 0.0
            (-0.0, 0.0, V(0.0)),
            // math.copysign(0.0, -0.0) -> -0.0
            (0.0, -0.0, V(-0.0)),
            // math.copysign(1.0, 0.0) -> 1.0
            (1.0, 0.0, V(1.0)),
            // math.copysign(-1.0, 0.0) -> 1.0
            (-1.0, 0.0, V(1.0)),
            // math.copysign(0.0, -1.0) -> -0.0
            (0.0, -1.0, V(-0.0)),
            // math.copysign(-0.0, -1.0) -> -0.0
            (-0.0, -1.0, V(-0.0)),
            // math.copysign(-0.0, -3.0) -> -0.0
            (-0.0, -3.0, V(-0.0)),
            // math.copysign(inf, 1.0) -> inf
            (f64::INFINITY, 1.0, V(f64::INFINITY)),
            // math.copysign(1.0, inf) -> 1.0
            (1.0, f64::INFINITY, V(1.0)),
            // math.copysign(inf, inf) -> inf
            (f64::INFINITY, f64::INFINITY, V(f64::INFINITY)),
            // math.copysign(-inf, inf) -> inf
            (f64::NEG_INFINITY, f64::INFINITY, V(f64::INFINITY)),
            // math.copysign(inf, -inf) -> -inf
            (f64::INFINITY, f64::NEG_INFINITY, V(f64::NEG_INFINITY)),
            // math.copysign(-inf, -inf) -> -inf
            (f64::NEG_INFINITY, f64::NEG_INFINITY, V(f64::NEG_INFINITY)),
            // math.copysign(nan, 0.0) -> nan
            (f64::NAN, 0.0, V(f64::NAN)),
            // math.copysign(1.0, nan) -> 1.0
            (1.0, f64::NAN, V(1.0)),
            // math.copysign(nan, 1.0) -> nan
            (f64::NAN, 1.0, V(f64::NAN)),
            // math.copysign(-inf, 3.0) -> inf
            (f64::NEG_INFINITY, 3.0, V(f64::INFINITY)),
            // math.copysign(-inf, -3.0) -> -inf
            (f64::NEG_INFINITY, -3.0, V(f64::NEG_INFINITY)),
            // math.copysign(-inf, 2.0) -> inf
            (f64::NEG_INFINITY, 2.0, V(f64::INFINITY)),
            // math.copysign(-inf, -2.0) -> -inf
            (f64::NEG_INFINITY, -2.0, V(f64::NEG_INFINITY)),
            // math.copysign(-2.0, 0.5) -> 2.0
            (-2.0, 0.5, V(2.0)),
            // math.copysign(-2.0, 3.0) -> 2.0
            (-2.0, 3.0, V(2.0)),
            // math.copysign(10.0, 400.0) -> 10.0
            (10.0, 400.0, V(10.0)),
            // math.copysign(1e+308, 10.0) -> 1e+308
            (1e+308, 10.0, V(1e+308)),
            // math.copysign(-8.0, 0.3333333333333333) -> 8.0
            (-8.0, 0.3333333333333333, V(8.0)),
            // math.copysign(2.0, -1075.0) -> -2.0
            (2.0, -1075.0, V(-2.0)),
            // math.copysign(0.5, -inf) -> -0.5
            (0.5, f64::NEG_INFINITY, V(-0.5)),
            // math.copysign(0.5, inf) -> 0.5
            (0.5, f64::INFINITY, V(0.5)),
            // math.copysign(-1.0, inf) -> 1.0
            (-1.0, f64::INFINITY, V(1.0)),
            // math.copysign(5.0, 2.0) -> 5.0
            (5.0, 2.0, V(5.0)),
            // math.copysign(5.5, -2.0) -> -5.5
            (5.5, -2.0, V(-5.5)),
            // math.copysign(-7.0, 2.0) -> 7.0
            (-7.0, 2.0, V(7.0)),
            // math.copysign(6.0, 4.0) -> 6.0
            (6.0, 4.0, V(6.0)),
            // math.copysign(2.0, 4.0) -> 2.0
            (2.0, 4.0, V(2.0)),
            // math.copysign(-3.0, 2.0) -> 3.0
            (-3.0, 2.0, V(3.0)),
            // math.copysign(1e-320, 3e-320) -> 1e-320
            (1e-320, 3e-320, V(1e-320)),
            // math.copysign(5e-324, 1.0) -> 5e-324
            (5e-324, 1.0, V(5e-324)),
            // math.copysign(8.435118235378543, 13.169055101579055) -> 8.435118235378543
            (8.435118235378543, 13.169055101579055, V(8.435118235378543)),
            // math.copysign(13.011885809962408, -9.248904780506848) -> -13.011885809962408
            (
                13.011885809962408,
                -9.248904780506848,
                V(-13.011885809962408),
            ),
            // math.copysign(17.34749748637767, -14.048169320723023) -> -17.34749748637767
            (
                17.34749748637767,
                -14.048169320723023,
                V(-17.34749748637767),
            ),
            // math.copysign(16.212201489380462, 2.3860206494732097) -> 16.212201489380462
            (
                16.212201489380462,
                2.3860206494732097,
                V(16.212201489380462),
            ),
            // math.copysign(-7.969888515990542, 13.928869424212998) -> 7.969888515990542
            (-7.969888515990542, 13.928869424212998, V(7.969888515990542)),
            // math.copysign(3.81657057240691, -4.665850800168915) -> -3.81657057240691
            (3.81657057240691, -4.665850800168915, V(-3.81657057240691)),
            // math.copysign(-18.96755712137939, 5.194185619461074) -> 18.96755712137939
            (-18.96755712137939, 5.194185619461074, V(18.96755712137939)),
            // math.copysign(15.787914140457957, 4.610281617723096) -> 15.787914140457957
            (15.787914140457957, 4.610281617723096, V(15.787914140457957)),
        ],
    );
}

#[test]
fn remainder_matches_cpython() {
    check2(
        mathlib::remainder,
        &[
            // math.remainder(0.0, 0.0) -> ValueError: math domain error
            (0.0, 0.0, E(ValueError, "math domain error")),
            // math.remainder(-0.0, 0.0) -> ValueError: math domain error
            (-0.0, 0.0, E(ValueError, "math domain error")),
            // math.remainder(0.0, -0.0) -> ValueError: math domain error
            (0.0, -0.0, E(ValueError, "math domain error")),
            // math.remainder(1.0, 0.0) -> ValueError: math domain error
            (1.0, 0.0, E(ValueError, "math domain error")),
            // math.remainder(-1.0, 0.0) -> ValueError: math domain error
            (-1.0, 0.0, E(ValueError, "math domain error")),
            // math.remainder(0.0, -1.0) -> 0.0
            (0.0, -1.0, V(0.0)),
            // math.remainder(-0.0, -1.0) -> -0.0
            (-0.0, -1.0, V(-0.0)),
            // math.remainder(-0.0, -3.0) -> -0.0
            (-0.0, -3.0, V(-0.0)),
            // math.remainder(inf, 1.0) -> ValueError: math domain error
            (f64::INFINITY, 1.0, E(ValueError, "math domain error")),
            // math.remainder(1.0, inf) -> 1.0
            (1.0, f64::INFINITY, V(1.0)),
            // math.remainder(inf, inf) -> ValueError: math domain error
            (
                f64::INFINITY,
                f64::INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.remainder(-inf, inf) -> ValueError: math domain error
            (
                f64::NEG_INFINITY,
                f64::INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.remainder(inf, -inf) -> ValueError: math domain error
            (
                f64::INFINITY,
                f64::NEG_INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.remainder(-inf, -inf) -> ValueError: math domain error
            (
                f64::NEG_INFINITY,
                f64::NEG_INFINITY,
                E(ValueError, "math domain error"),
            ),
            // math.remainder(nan, 0.0) -> nan
            (f64::NAN, 0.0, V(f64::NAN)),
            // math.remainder(1.0, nan) -> nan
            (1.0, f64::NAN, V(f64::NAN)),
            // math.remainder(nan, 1.0) -> nan
            (f64::NAN, 1.0, V(f64::NAN)),
            // math.remainder(-inf, 3.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, 3.0, E(ValueError, "math domain error")),
            // math.remainder(-inf, -3.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, -3.0, E(ValueError, "math domain error")),
            // math.remainder(-inf, 2.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, 2.0, E(ValueError, "math domain error")),
            // math.remainder(-inf, -2.0) -> ValueError: math domain error
            (f64::NEG_INFINITY, -2.0, E(ValueError, "math domain error")),
            // math.remainder(-2.0, 0.5) -> -0.0
            (-2.0, 0.5, V(-0.0)),
            // math.remainder(-2.0, 3.0) -> 1.0
            (-2.0, 3.0, V(1.0)),
            // math.remainder(10.0, 400.0) -> 10.0
            (10.0, 400.0, V(10.0)),
            // math.remainder(1e+308, 10.0) -> -4.0
            (1e+308, 10.0, V(-4.0)),
            // math.remainder(-8.0, 0.3333333333333333) -> -4.440892098500626e-16
            (-8.0, 0.3333333333333333, V(-4.440892098500626e-16)),
            // math.remainder(2.0, -1075.0) -> 2.0
            (2.0, -1075.0, V(2.0)),
            // math.remainder(0.5, -inf) -> 0.5
            (0.5, f64::NEG_INFINITY, V(0.5)),
            // math.remainder(0.5, inf) -> 0.5
            (0.5, f64::INFINITY, V(0.5)),
            // math.remainder(-1.0, inf) -> -1.0
            (-1.0, f64::INFINITY, V(-1.0)),
            // math.remainder(5.0, 2.0) -> 1.0
            (5.0, 2.0, V(1.0)),
            // math.remainder(5.5, -2.0) -> -0.5
            (5.5, -2.0, V(-0.5)),
            // math.remainder(-7.0, 2.0) -> 1.0
            (-7.0, 2.0, V(1.0)),
            // math.remainder(6.0, 4.0) -> -2.0
            (6.0, 4.0, V(-2.0)),
            // math.remainder(2.0, 4.0) -> 2.0
            (2.0, 4.0, V(2.0)),
            // math.remainder(-3.0, 2.0) -> 1.0
            (-3.0, 2.0, V(1.0)),
            // math.remainder(1e-320, 3e-320) -> 1e-320
            (1e-320, 3e-320, V(1e-320)),
            // math.remainder(5e-324, 1.0) -> 5e-324
            (5e-324, 1.0, V(5e-324)),
            // math.remainder(7.374865481176322, 16.791338849458725) -> 7.374865481176322
            (7.374865481176322, 16.791338849458725, V(7.374865481176322)),
            // math.remainder(-17.971894589482197, 12.534076924575942) -> -5.437817664906255
            (
                -17.971894589482197,
                12.534076924575942,
                V(-5.437817664906255),
            ),
            // math.remainder(-10.800716168069098, -13.631787093250974) -> 2.8310709251818764
            (
                -10.800716168069098,
                -13.631787093250974,
                V(2.8310709251818764),
            ),
            // math.remainder(5.433258505874456, -16.146564288573018) -> 5.433258505874456
            (5.433258505874456, -16.146564288573018, V(5.433258505874456)),
            // math.remainder(-1.0545401823142733, -8.90725968211655) -> -1.0545401823142733
            (
                -1.0545401823142733,
                -8.90725968211655,
                V(-1.0545401823142733),
            ),
            // math.remainder(19.998940031748695, -11.486811079159974) -> -2.9746821265712526
            (
                19.998940031748695,
                -11.486811079159974,
                V(-2.9746821265712526),
            ),
            // math.remainder(-10.591749110346363, 18.027492588412983) -> 7.43574347806662
            (-10.591749110346363, 18.027492588412983, V(7.43574347806662)),
            // math.remainder(4.244541885365297, -11.969059850556718) -> 4.244541885365297
            (4.244541885365297, -11.969059850556718, V(4.244541885365297)),
        ],
    );
}

#[test]
fn pow_matches_cpython() {
    check2(
        mathlib::pow,
        &[
            // math.pow(0.0, 0.0) -> 1.0
            (0.0, 0.0, V(1.0)),
            // math.pow(-0.0, 0.0) -> 1.0
            (-0.0, 0.0, V(1.0)),
            // math.pow(0.0, -0.0) -> 1.0
            (0.0, -0.0, V(1.0)),
            // math.pow(1.0, 0.0) -> 1.0
            (1.0, 0.0, V(1.0)),
            // math.pow(-1.0, 0.0) -> 1.0
            (-1.0, 0.0, V(1.0)),
            // math.pow(0.0, -1.0) -> ValueError: math domain error
            (0.0, -1.0, E(ValueError, "math domain error")),
            // math.pow(-0.0, -1.0) -> ValueError: math domain error
            (-0.0, -1.0, E(ValueError, "math domain error")),
            // math.pow(-0.0, -3.0) -> ValueError: math domain error
            (-0.0, -3.0, E(ValueError, "math domain error")),
            // math.pow(inf, 1.0) -> inf
            (f64::INFINITY, 1.0, V(f64::INFINITY)),
            // math.pow(1.0, inf) -> 1.0
            (1.0, f64::INFINITY, V(1.0)),
            // math.pow(inf, inf) -> inf
            (f64::INFINITY, f64::INFINITY, V(f64::INFINITY)),
            // math.pow(-inf, inf) -> inf
            (f64::NEG_INFINITY, f64::INFINITY, V(f64::INFINITY)),
            // math.pow(inf, -inf) -> 0.0
            (f64::INFINITY, f64::NEG_INFINITY, V(0.0)),
            // math.pow(-inf, -inf) -> 0.0
            (f64::NEG_INFINITY, f64::NEG_INFINITY, V(0.0)),
            // math.pow(nan, 0.0) -> 1.0
            (f64::NAN, 0.0, V(1.0)),
            // math.pow(1.0, nan) -> 1.0
            (1.0, f64::NAN, V(1.0)),
            // math.pow(nan, 1.0) -> nan
            (f64::NAN, 1.0, V(f64::NAN)),
            // math.pow(-inf, 3.0) -> -inf
            (f64::NEG_INFINITY, 3.0, V(f64::NEG_INFINITY)),
            // math.pow(-inf, -3.0) -> -0.0
            (f64::NEG_INFINITY, -3.0, V(-0.0)),
            // math.pow(-inf, 2.0) -> inf
            (f64::NEG_INFINITY, 2.0, V(f64::INFINITY)),
            // math.pow(-inf, -2.0) -> 0.0
            (f64::NEG_INFINITY, -2.0, V(0.0)),
            // math.pow(-2.0, 0.5) -> ValueError: math domain error
            (-2.0, 0.5, E(ValueError, "math domain error")),
            // math.pow(-2.0, 3.0) -> -8.0
            (-2.0, 3.0, V(-8.0)),
            // math.pow(10.0, 400.0) -> OverflowError: math range error
            (10.0, 400.0, E(OverflowError, "math range error")),
            // math.pow(1e+308, 10.0) -> OverflowError: math range error
            (1e+308, 10.0, E(OverflowError, "math range error")),
            // math.pow(-8.0, 0.3333333333333333) -> ValueError: math domain error
            (-8.0, 0.3333333333333333, E(ValueError, "math domain error")),
            // math.pow(2.0, -1075.0) -> 0.0
            (2.0, -1075.0, V(0.0)),
            // math.pow(0.5, -inf) -> inf
            (0.5, f64::NEG_INFINITY, V(f64::INFINITY)),
            // math.pow(0.5, inf) -> 0.0
            (0.5, f64::INFINITY, V(0.0)),
            // math.pow(-1.0, inf) -> 1.0
            (-1.0, f64::INFINITY, V(1.0)),
            // math.pow(5.0, 2.0) -> 25.0
            (5.0, 2.0, V(25.0)),
            // math.pow(5.5, -2.0) -> 0.03305785123966942
            (5.5, -2.0, V(0.03305785123966942)),
            // math.pow(-7.0, 2.0) -> 49.0
            (-7.0, 2.0, V(49.0)),
            // math.pow(6.0, 4.0) -> 1296.0
            (6.0, 4.0, V(1296.0)),
            // math.pow(2.0, 4.0) -> 16.0
            (2.0, 4.0, V(16.0)),
            // math.pow(-3.0, 2.0) -> 9.0
            (-3.0, 2.0, V(9.0)),
            // math.pow(1e-320, 3e-320) -> 1.0
            (1e-320, 3e-320, V(1.0)),
            // math.pow(5e-324, 1.0) -> 5e-324
            (5e-324, 1.0, V(5e-324)),
            // math.pow(6.2567721454735015, 15.944463720583009) -> 4981717500005.583
            (6.2567721454735015, 15.944463720583009, V(4981717500005.583)),
            // math.pow(12.39574779732746, -9.40611552115049) -> 5.2065541668593745e-11
            (
                12.39574779732746,
                -9.40611552115049,
                V(5.2065541668593745e-11),
            ),
            // math.pow(2.954062158003424, -17.62764094021906) -> 5.100487453064518e-09
            (
                2.954062158003424,
                -17.62764094021906,
                V(5.100487453064518e-09),
            ),
            // math.pow(-16.2938402367363, 2.515800187622389) -> ValueError: math domain error
            (
                -16.2938402367363,
                2.515800187622389,
                E(ValueError, "math domain error"),
            ),
            // math.pow(14.702917773080486, -16.986924136945053) -> 1.4770827472728667e-20
            (
                14.702917773080486,
                -16.986924136945053,
                V(1.4770827472728667e-20),
            ),
            // math.pow(-2.871964622384617, 4.335089790108096) -> ValueError: math domain error
            (
                -2.871964622384617,
                4.335089790108096,
                E(ValueError, "math domain error"),
            ),
            // math.pow(-9.696666077122265, -13.244373171637376) -> ValueError: math domain error
            (
                -9.696666077122265,
                -13.244373171637376,
                E(ValueError, "math domain error"),
            ),
            // math.pow(17.412664624944277, -3.995686872661665) -> 1.1012630506873368e-05
            (
                17.412664624944277,
                -3.995686872661665,
                V(1.1012630506873368e-05),
            ),
        ],
    );
}

#[test]
fn nextafter_matches_cpython() {
    check2(
        |x, y| Ok(mathlib::nextafter(x, y)),
        &[
            // math.nextafter(0.0, 0.0) -> 0.0
            (0.0, 0.0, V(0.0)),
            // math.nextafter(-0.0, 0.0) -> 0.0
            (-0.0, 0.0, V(0.0)),
            // math.nextafter(0.0, -0.0) -> -0.0
            (0.0, -0.0, V(-0.0)),
            // math.nextafter(1.0, 0.0) -> 0.9999999999999999
            (1.0, 0.0, V(0.9999999999999999)),
            // math.nextafter(-1.0, 0.0) -> -0.9999999999999999
            (-1.0, 0.0, V(-0.9999999999999999)),
            // math.nextafter(0.0, -1.0) -> -5e-324
            (0.0, -1.0, V(-5e-324)),
            // math.nextafter(-0.0, -1.0) -> -5e-324
            (-0.0, -1.0, V(-5e-324)),
            // math.nextafter(-0.0, -3.0) -> -5e-324
            (-0.0, -3.0, V(-5e-324)),
            // math.nextafter(inf, 1.0) -> 1.7976931348623157e+308
            (f64::INFINITY, 1.0, V(1.7976931348623157e+308)),
            // math.nextafter(1.0, inf) -> 1.0000000000000002
            (1.0, f64::INFINITY, V(1.0000000000000002)),
            // math.nextafter(inf, inf) -> inf
            (f64::INFINITY, f64::INFINITY, V(f64::INFINITY)),
            // math.nextafter(-inf, inf) -> -1.7976931348623157e+308
            (
                f64::NEG_INFINITY,
                f64::INFINITY,
                V(-1.7976931348623157e+308),
            ),
            // math.nextafter(inf, -inf) -> 1.7976931348623157e+308
            (f64::INFINITY, f64::NEG_INFINITY, V(1.7976931348623157e+308)),
            // math.nextafter(-inf, -inf) -> -inf
            (f64::NEG_INFINITY, f64::NEG_INFINITY, V(f64::NEG_INFINITY)),
            // math.nextafter(nan, 0.0) -> nan
            (f64::NAN, 0.0, V(f64::NAN)),
            // math.nextafter(1.0, nan) -> nan
            (1.0, f64::NAN, V(f64::NAN)),
            // math.nextafter(nan, 1.0) -> nan
            (f64::NAN, 1.0, V(f64::NAN)),
            // math.nextafter(-inf, 3.0) -> -1.7976931348623157e+308
            (f64::NEG_INFINITY, 3.0, V(-1.7976931348623157e+308)),
            // math.nextafter(-inf, -3.0) -> -1.7976931348623157e+308
            (f64::NEG_INFINITY, -3.0, V(-1.7976931348623157e+308)),
            // math.nextafter(-inf, 2.0) -> -1.7976931348623157e+308
            (f64::NEG_INFINITY, 2.0, V(-1.7976931348623157e+308)),
            // math.nextafter(-inf, -2.0) -> -1.7976931348623157e+308
            (f64::NEG_INFINITY, -2.0, V(-1.7976931348623157e+308)),
            // math.nextafter(-2.0, 0.5) -> -1.9999999999999998
            (-2.0, 0.5, V(-1.9999999999999998)),
            // math.nextafter(-2.0, 3.0) -> -1.9999999999999998
            (-2.0, 3.0, V(-1.9999999999999998)),
            // math.nextafter(10.0, 400.0) -> 10.000000000000002
            (10.0, 400.0, V(10.000000000000002)),
            // math.nextafter(1e+308, 10.0) -> 9.999999999999998e+307
            (1e+308, 10.0, V(9.999999999999998e+307)),
            // math.nextafter(-8.0, 0.3333333333333333) -> -7.999999999999999
            (-8.0, 0.3333333333333333, V(-7.999999999999999)),
            // math.nextafter(2.0, -1075.0) -> 1.9999999999999998
            (2.0, -1075.0, V(1.9999999999999998)),
            // math.nextafter(0.5, -inf) -> 0.49999999999999994
            (0.5, f64::NEG_INFINITY, V(0.49999999999999994)),
            // math.nextafter(0.5, inf) -> 0.5000000000000001
            (0.5, f64::INFINITY, V(0.5000000000000001)),
            // math.nextafter(-1.0, inf) -> -0.9999999999999999
            (-1.0, f64::INFINITY, V(-0.9999999999999999)),
            // math.nextafter(5.0, 2.0) -> 4.999999999999999
            (5.0, 2.0, V(4.999999999999999)),
            // math.nextafter(5.5, -2.0) -> 5.499999999999999
            (5.5, -2.0, V(5.499999999999999)),
            // math.nextafter(-7.0, 2.0) -> -6.999999999999999
            (-7.0, 2.0, V(-6.999999999999999)),
            // math.nextafter(6.0, 4.0) -> 5.999999999999999
            (6.0, 4.0, V(5.999999999999999)),
            // math.nextafter(2.0, 4.0) -> 2.0000000000000004
            (2.0, 4.0, V(2.0000000000000004)),
            // math.nextafter(-3.0, 2.0) -> -2.9999999999999996
            (-3.0, 2.0, V(-2.9999999999999996)),
            // math.nextafter(1e-320, 3e-320) -> 1.0005e-320
            (1e-320, 3e-320, V(1.0005e-320)),
            // math.nextafter(5e-324, 1.0) -> 1e-323
            (5e-324, 1.0, V(1e-323)),
            // math.nextafter(7.025866171590511, 17.038665146658893) -> 7.025866171590512
            (7.025866171590511, 17.038665146658893, V(7.025866171590512)),
            // math.nextafter(3.2337347103613503, -12.230705495518187) -> 3.23373471036135
            (3.2337347103613503, -12.230705495518187, V(3.23373471036135)),
            // math.nextafter(13.005017324181999, -8.457257676917) -> 13.005017324181997
            (13.005017324181999, -8.457257676917, V(13.005017324181997)),
            // math.nextafter(-6.72541012953841, -15.82567248795607) -> -6.725410129538411
            (-6.72541012953841, -15.82567248795607, V(-6.725410129538411)),
            // math.nextafter(12.609732248344244, 1.6295260754294958) -> 12.609732248344242
            (
                12.609732248344244,
                1.6295260754294958,
                V(12.609732248344242),
            ),
            // math.nextafter(-6.39233589857092, -1.1146303577573349) -> -6.392335898570919
            (
                -6.39233589857092,
                -1.1146303577573349,
                V(-6.392335898570919),
            ),
            // math.nextafter(-14.724838777495597, 6.836777318097308) -> -14.724838777495595
            (
                -14.724838777495597,
                6.836777318097308,
                V(-14.724838777495595),
            ),
            // math.nextafter(-4.77171192426017, -18.986438522216748) -> -4.771711924260171
            (
                -4.77171192426017,
                -18.986438522216748,
                V(-4.771711924260171),
            ),
        ],
    );
}

#[test]
fn log_base_floats_match_cpython() {
    check2(
        |x, b| mathlib::log_base(LogArg::Float(x), LogArg::Float(b)),
        &[
            // math.log(8.0, 2.0) -> 3.0
            (8.0, 2.0, V(3.0)),
            // math.log(100.0, 10.0) -> 2.0
            (100.0, 10.0, V(2.0)),
            // math.log(5.0, 1.0) -> ZeroDivisionError: float division by zero
            (5.0, 1.0, E(ZeroDivisionError, "float division by zero")),
            // math.log(1.0, 1.0) -> ZeroDivisionError: float division by zero
            (1.0, 1.0, E(ZeroDivisionError, "float division by zero")),
            // math.log(0.0, 2.0) -> ValueError: math domain error
            (0.0, 2.0, E(ValueError, "math domain error")),
            // math.log(2.0, 0.0) -> ValueError: math domain error
            (2.0, 0.0, E(ValueError, "math domain error")),
            // math.log(-1.0, 2.0) -> ValueError: math domain error
            (-1.0, 2.0, E(ValueError, "math domain error")),
            // math.log(2.0, -1.0) -> ValueError: math domain error
            (2.0, -1.0, E(ValueError, "math domain error")),
            // math.log(inf, inf) -> nan
            (f64::INFINITY, f64::INFINITY, V(f64::NAN)),
            // math.log(inf, 2.0) -> inf
            (f64::INFINITY, 2.0, V(f64::INFINITY)),
            // math.log(2.0, inf) -> 0.0
            (2.0, f64::INFINITY, V(0.0)),
            // math.log(nan, 2.0) -> nan
            (f64::NAN, 2.0, V(f64::NAN)),
            // math.log(1.0, 0.5) -> -0.0
            (1.0, 0.5, V(-0.0)),
            // math.log(3.0, 7.5) -> 0.5452432585923881
            (3.0, 7.5, V(0.5452432585923881)),
            // math.log(1e-300, 1e+300) -> -1.0
            (1e-300, 1e+300, V(-1.0)),
        ],
    );
}

#[test]
fn log_floats_match_cpython() {
    check1(
        |x| mathlib::log(LogArg::Float(x)),
        &[
            // math.log(0.0) -> ValueError: math domain error
            (0.0, E(ValueError, "math domain error")),
            // math.log(-0.0) -> ValueError: math domain error
            (-0.0, E(ValueError, "math domain error")),
            // math.log(1.0) -> 0.0
            (1.0, V(0.0)),
            // math.log(-1.0) -> ValueError: math domain error
            (-1.0, E(ValueError, "math domain error")),
            // math.log(inf) -> inf
            (f64::INFINITY, V(f64::INFINITY)),
            // math.log(-inf) -> ValueError: math domain error
            (f64::NEG_INFINITY, E(ValueError, "math domain error")),
            // math.log(nan) -> nan
            (f64::NAN, V(f64::NAN)),
            // math.log(0.5) -> -0.6931471805599453
            (0.5, V(-0.6931471805599453)),
            // math.log(-2.5) -> ValueError: math domain error
            (-2.5, E(ValueError, "math domain error")),
            // math.log(2.0) -> 0.6931471805599453
            (2.0, V(0.6931471805599453)),
            // math.log(5e-324) -> -744.4400719213812
            (5e-324, V(-744.4400719213812)),
            // math.log(1e-300) -> -690.7755278982137
            (1e-300, V(-690.7755278982137)),
            // math.log(1.7976931348623157e+308) -> 709.782712893384
            (1.7976931348623157e+308, V(709.782712893384)),
            // math.log(710.0) -> 6.565264970035361
            (710.0, V(6.565264970035361)),
            // math.log(-710.0) -> ValueError: math domain error
            (-710.0, E(ValueError, "math domain error")),
            // math.log(1e-20) -> -46.051701859880914
            (1e-20, V(-46.051701859880914)),
            // math.log(171.5) -> 5.144583266605995
            (171.5, V(5.144583266605995)),
            // math.log(172.0) -> 5.147494476813453
            (172.0, V(5.147494476813453)),
            // math.log(-171.5) -> ValueError: math domain error
            (-171.5, E(ValueError, "math domain error")),
            // math.log(3.0) -> 1.0986122886681098
            (3.0, V(1.0986122886681098)),
            // math.log(0.1) -> -2.3025850929940455
            (0.1, V(-2.3025850929940455)),
            // math.log(1e+16) -> 36.841361487904734
            (1e+16, V(36.841361487904734)),
            // math.log(-9.192128474826864e-20) -> ValueError: math domain error
            (-9.192128474826864e-20, E(ValueError, "math domain error")),
            // math.log(-4.6792792925648286) -> ValueError: math domain error
            (-4.6792792925648286, E(ValueError, "math domain error")),
            // math.log(-190.76679046500394) -> ValueError: math domain error
            (-190.76679046500394, E(ValueError, "math domain error")),
            // math.log(39.68454651738247) -> 3.6809618554240653
            (39.68454651738247, V(3.6809618554240653)),
            // math.log(-75.98126472027016) -> ValueError: math domain error
            (-75.98126472027016, E(ValueError, "math domain error")),
            // math.log(-169.2647142260496) -> ValueError: math domain error
            (-169.2647142260496, E(ValueError, "math domain error")),
        ],
    );
}

#[test]
fn log2_floats_match_cpython() {
    check1(
        |x| mathlib::log2(LogArg::Float(x)),
        &[
            // math.log2(0.0) -> ValueError: math domain error
            (0.0, E(ValueError, "math domain error")),
            // math.log2(-0.0) -> ValueError: math domain error
            (-0.0, E(ValueError, "math domain error")),
            // math.log2(1.0) -> 0.0
            (1.0, V(0.0)),
            // math.log2(-1.0) -> ValueError: math domain error
            (-1.0, E(ValueError, "math domain error")),
            // math.log2(inf) -> inf
            (f64::INFINITY, V(f64::INFINITY)),
            // math.log2(-inf) -> ValueError: math domain error
            (f64::NEG_INFINITY, E(ValueError, "math domain error")),
            // math.log2(nan) -> nan
            (f64::NAN, V(f64::NAN)),
            // math.log2(0.5) -> -1.0
            (0.5, V(-1.0)),
            // math.log2(-2.5) -> ValueError: math domain error
            (-2.5, E(ValueError, "math domain error")),
            // math.log2(2.0) -> 1.0
            (2.0, V(1.0)),
            // math.log2(5e-324) -> -1074.0
            (5e-324, V(-1074.0)),
            // math.log2(1e-300) -> -996.5784284662087
            (1e-300, V(-996.5784284662087)),
            // math.log2(1.7976931348623157e+308) -> 1024.0
            (1.7976931348623157e+308, V(1024.0)),
            // math.log2(710.0) -> 9.471675214392045
            (710.0, V(9.471675214392045)),
            // math.log2(-710.0) -> ValueError: math domain error
            (-710.0, E(ValueError, "math domain error")),
            // math.log2(1e-20) -> -66.43856189774725
            (1e-20, V(-66.43856189774725)),
            // math.log2(171.5) -> 7.422064766172812
            (171.5, V(7.422064766172812)),
            // math.log2(172.0) -> 7.426264754702098
            (172.0, V(7.426264754702098)),
            // math.log2(-171.5) -> ValueError: math domain error
            (-171.5, E(ValueError, "math domain error")),
            // math.log2(3.0) -> 1.584962500721156
            (3.0, V(1.584962500721156)),
            // math.log2(0.1) -> -3.321928094887362
            (0.1, V(-3.321928094887362)),
            // math.log2(1e+16) -> 53.150849518197795
            (1e+16, V(53.150849518197795)),
            // math.log2(7083687.416363386) -> 22.756069120655653
            (7083687.416363386, V(22.756069120655653)),
            // math.log2(145.1294326405859) -> 7.181196321299199
            (145.1294326405859, V(7.181196321299199)),
            // math.log2(17.163161866421518) -> 4.101243451268034
            (17.163161866421518, V(4.101243451268034)),
            // math.log2(85.39679648627481) -> 6.416110045528782
            (85.39679648627481, V(6.416110045528782)),
            // math.log2(13.023778848370881) -> 3.7030762019792007
            (13.023778848370881, V(3.7030762019792007)),
            // math.log2(-8.99131707935112) -> ValueError: math domain error
            (-8.99131707935112, E(ValueError, "math domain error")),
        ],
    );
}

#[test]
fn log10_floats_match_cpython() {
    check1(
        |x| mathlib::log10(LogArg::Float(x)),
        &[
            // math.log10(0.0) -> ValueError: math domain error
            (0.0, E(ValueError, "math domain error")),
            // math.log10(-0.0) -> ValueError: math domain error
            (-0.0, E(ValueError, "math domain error")),
            // math.log10(1.0) -> 0.0
            (1.0, V(0.0)),
            // math.log10(-1.0) -> ValueError: math domain error
            (-1.0, E(ValueError, "math domain error")),
            // math.log10(inf) -> inf
            (f64::INFINITY, V(f64::INFINITY)),
            // math.log10(-inf) -> ValueError: math domain error
            (f64::NEG_INFINITY, E(ValueError, "math domain error")),
            // math.log10(nan) -> nan
            (f64::NAN, V(f64::NAN)),
            // math.log10(0.5) -> -0.3010299956639812
            (0.5, V(-0.3010299956639812)),
            // math.log10(-2.5) -> ValueError: math domain error
            (-2.5, E(ValueError, "math domain error")),
            // math.log10(2.0) -> 0.3010299956639812
            (2.0, V(0.3010299956639812)),
            // math.log10(5e-324) -> -323.3062153431158
            (5e-324, V(-323.3062153431158)),
            // math.log10(1e-300) -> -300.0
            (1e-300, V(-300.0)),
            // math.log10(1.7976931348623157e+308) -> 308.25471555991675
            (1.7976931348623157e+308, V(308.25471555991675)),
            // math.log10(710.0) -> 2.8512583487190755
            (710.0, V(2.8512583487190755)),
            // math.log10(-710.0) -> ValueError: math domain error
            (-710.0, E(ValueError, "math domain error")),
            // math.log10(1e-20) -> -20.0
            (1e-20, V(-20.0)),
            // math.log10(171.5) -> 2.2342641243787895
            (171.5, V(2.2342641243787895)),
            // math.log10(172.0) -> 2.2355284469075487
            (172.0, V(2.2355284469075487)),
            // math.log10(-171.5) -> ValueError: math domain error
            (-171.5, E(ValueError, "math domain error")),
            // math.log10(3.0) -> 0.47712125471966244
            (3.0, V(0.47712125471966244)),
            // math.log10(0.1) -> -1.0
            (0.1, V(-1.0)),
            // math.log10(1e+16) -> 16.0
            (1e+16, V(16.0)),
            // math.log10(-2.230587299645892) -> ValueError: math domain error
            (-2.230587299645892, E(ValueError, "math domain error")),
            // math.log10(38.27128757364321) -> 1.5828730735838341
            (38.27128757364321, V(1.5828730735838341)),
            // math.log10(9.176137614908594) -> 0.9626599180740391
            (9.176137614908594, V(0.9626599180740391)),
            // math.log10(0.025221557882779327) -> -1.598228091474332
            (0.025221557882779327, V(-1.598228091474332)),
            // math.log10(127.35208732414623) -> 2.1050060675244446
            (127.35208732414623, V(2.1050060675244446)),
            // math.log10(0.005798704266306423) -> -2.2366690396888047
            (0.005798704266306423, V(-2.2366690396888047)),
        ],
    );
}

#[test]
fn ulp_matches_cpython() {
    check1(
        |x| Ok(mathlib::ulp(x)),
        &[
            // math.ulp(0.0) -> 5e-324
            (0.0, V(5e-324)),
            // math.ulp(-0.0) -> 5e-324
            (-0.0, V(5e-324)),
            // math.ulp(1.0) -> 2.220446049250313e-16
            (1.0, V(2.220446049250313e-16)),
            // math.ulp(-1.0) -> 2.220446049250313e-16
            (-1.0, V(2.220446049250313e-16)),
            // math.ulp(inf) -> inf
            (f64::INFINITY, V(f64::INFINITY)),
            // math.ulp(-inf) -> inf
            (f64::NEG_INFINITY, V(f64::INFINITY)),
            // math.ulp(nan) -> nan
            (f64::NAN, V(f64::NAN)),
            // math.ulp(0.5) -> 1.1102230246251565e-16
            (0.5, V(1.1102230246251565e-16)),
            // math.ulp(-2.5) -> 4.440892098500626e-16
            (-2.5, V(4.440892098500626e-16)),
            // math.ulp(2.0) -> 4.440892098500626e-16
            (2.0, V(4.440892098500626e-16)),
            // math.ulp(5e-324) -> 5e-324
            (5e-324, V(5e-324)),
            // math.ulp(1e-300) -> 1.6578092e-316
            (1e-300, V(1.6578092e-316)),
            // math.ulp(1.7976931348623157e+308) -> 1.99584030953472e+292
            (1.7976931348623157e+308, V(1.99584030953472e+292)),
            // math.ulp(710.0) -> 1.1368683772161603e-13
            (710.0, V(1.1368683772161603e-13)),
            // math.ulp(-710.0) -> 1.1368683772161603e-13
            (-710.0, V(1.1368683772161603e-13)),
            // math.ulp(1e-20) -> 1.504632769052528e-36
            (1e-20, V(1.504632769052528e-36)),
            // math.ulp(171.5) -> 2.842170943040401e-14
            (171.5, V(2.842170943040401e-14)),
            // math.ulp(172.0) -> 2.842170943040401e-14
            (172.0, V(2.842170943040401e-14)),
            // math.ulp(-171.5) -> 2.842170943040401e-14
            (-171.5, V(2.842170943040401e-14)),
            // math.ulp(3.0) -> 4.440892098500626e-16
            (3.0, V(4.440892098500626e-16)),
            // math.ulp(0.1) -> 1.3877787807814457e-17
            (0.1, V(1.3877787807814457e-17)),
            // math.ulp(1e+16) -> 2.0
            (1e+16, V(2.0)),
            // math.ulp(-85.28844552181857) -> 1.4210854715202004e-14
            (-85.28844552181857, V(1.4210854715202004e-14)),
            // math.ulp(-9.38548644840562) -> 1.7763568394002505e-15
            (-9.38548644840562, V(1.7763568394002505e-15)),
            // math.ulp(-7.868111004279261) -> 8.881784197001252e-16
            (-7.868111004279261, V(8.881784197001252e-16)),
            // math.ulp(3.1370130605598465) -> 4.440892098500626e-16
            (3.1370130605598465, V(4.440892098500626e-16)),
            // math.ulp(-110.08559527994) -> 1.4210854715202004e-14
            (-110.08559527994, V(1.4210854715202004e-14)),
        ],
    );
}

#[test]
fn degrees_matches_cpython() {
    check1(
        |x| Ok(mathlib::degrees(x)),
        &[
            // math.degrees(0.0) -> 0.0
            (0.0, V(0.0)),
            // math.degrees(-0.0) -> -0.0
            (-0.0, V(-0.0)),
            // math.degrees(1.0) -> 57.29577951308232
            (1.0, V(57.29577951308232)),
            // math.degrees(-1.0) -> -57.29577951308232
            (-1.0, V(-57.29577951308232)),
            // math.degrees(inf) -> inf
            (f64::INFINITY, V(f64::INFINITY)),
            // math.degrees(-inf) -> -inf
            (f64::NEG_INFINITY, V(f64::NEG_INFINITY)),
            // math.degrees(nan) -> nan
            (f64::NAN, V(f64::NAN)),
            // math.degrees(0.5) -> 28.64788975654116
            (0.5, V(28.64788975654116)),
            // math.degrees(-2.5) -> -143.2394487827058
            (-2.5, V(-143.2394487827058)),
            // math.degrees(2.0) -> 114.59155902616465
            (2.0, V(114.59155902616465)),
            // math.degrees(5e-324) -> 2.8e-322
            (5e-324, V(2.8e-322)),
            // math.degrees(1e-300) -> 5.729577951308232e-299
            (1e-300, V(5.729577951308232e-299)),
            // math.degrees(1.7976931348623157e+308) -> inf
            (1.7976931348623157e+308, V(f64::INFINITY)),
            // math.degrees(710.0) -> 40680.003454288446
            (710.0, V(40680.003454288446)),
            // math.degrees(-710.0) -> -40680.003454288446
            (-710.0, V(-40680.003454288446)),
            // math.degrees(1e-20) -> 5.729577951308232e-19
            (1e-20, V(5.729577951308232e-19)),
            // math.degrees(171.5) -> 9826.226186493619
            (171.5, V(9826.226186493619)),
            // math.degrees(172.0) -> 9854.87407625016
            (172.0, V(9854.87407625016)),
            // math.degrees(-171.5) -> -9826.226186493619
            (-171.5, V(-9826.226186493619)),
            // math.degrees(3.0) -> 171.88733853924697
            (3.0, V(171.88733853924697)),
            // math.degrees(0.1) -> 5.729577951308233
            (0.1, V(5.729577951308233)),
            // math.degrees(1e+16) -> 5.7295779513082323e+17
            (1e+16, V(5.7295779513082323e+17)),
            // math.degrees(-9.825852556996967) -> -562.9798816337544
            (-9.825852556996967, V(-562.9798816337544)),
            // math.degrees(1.3188760819900676) -> 75.5660331987808
            (1.3188760819900676, V(75.5660331987808)),
            // math.degrees(-6.647592473984103) -> -380.8789926822186
            (-6.647592473984103, V(-380.8789926822186)),
            // math.degrees(119.6573404933751) -> 6855.860598030237
            (119.6573404933751, V(6855.860598030237)),
            // math.degrees(11.986770381759271) -> 686.7913528672249
            (11.986770381759271, V(686.7913528672249)),
        ],
    );
}

#[test]
fn radians_matches_cpython() {
    check1(
        |x| Ok(mathlib::radians(x)),
        &[
            // math.radians(0.0) -> 0.0
            (0.0, V(0.0)),
            // math.radians(-0.0) -> -0.0
            (-0.0, V(-0.0)),
            // math.radians(1.0) -> 0.017453292519943295
            (1.0, V(0.017453292519943295)),
            // math.radians(-1.0) -> -0.017453292519943295
            (-1.0, V(-0.017453292519943295)),
            // math.radians(inf) -> inf
            (f64::INFINITY, V(f64::INFINITY)),
            // math.radians(-inf) -> -inf
            (f64::NEG_INFINITY, V(f64::NEG_INFINITY)),
            // math.radians(nan) -> nan
            (f64::NAN, V(f64::NAN)),
            // math.radians(0.5) -> 0.008726646259971648
            (0.5, V(0.008726646259971648)),
            // math.radians(-2.5) -> -0.04363323129985824
            (-2.5, V(-0.04363323129985824)),
            // math.radians(2.0) -> 0.03490658503988659
            (2.0, V(0.03490658503988659)),
            // math.radians(5e-324) -> 0.0
            (5e-324, V(0.0)),
            // math.radians(1e-300) -> 1.7453292519943295e-302
            (1e-300, V(1.7453292519943295e-302)),
            // math.radians(1.7976931348623157e+308) -> 3.1375664143845866e+306
            (1.7976931348623157e+308, V(3.1375664143845866e+306)),
            // math.radians(710.0) -> 12.39183768915974
            (710.0, V(12.39183768915974)),
            // math.radians(-710.0) -> -12.39183768915974
            (-710.0, V(-12.39183768915974)),
            // math.radians(1e-20) -> 1.7453292519943296e-22
            (1e-20, V(1.7453292519943296e-22)),
            // math.radians(171.5) -> 2.993239667170275
            (171.5, V(2.993239667170275)),
            // math.radians(172.0) -> 3.001966313430247
            (172.0, V(3.001966313430247)),
            // math.radians(-171.5) -> -2.993239667170275
            (-171.5, V(-2.993239667170275)),
            // math.radians(3.0) -> 0.05235987755982989
            (3.0, V(0.05235987755982989)),
            // math.radians(0.1) -> 0.0017453292519943296
            (0.1, V(0.0017453292519943296)),
            // math.radians(1e+16) -> 174532925199432.97
            (1e+16, V(174532925199432.97)),
            // math.radians(-189.4222709738659) -> -3.3060423050988454
            (-189.4222709738659, V(-3.3060423050988454)),
            // math.radians(-1747512963.20409) -> -30499854.929193888
            (-1747512963.20409, V(-30499854.929193888)),
            // math.radians(2.2847236781926604e-12) -> 3.987595068273729e-14
            (2.2847236781926604e-12, V(3.987595068273729e-14)),
            // math.radians(-69.77299422440163) -> -1.2177684781907958
            (-69.77299422440163, V(-1.2177684781907958)),
            // math.radians(2.9937256066433893) -> 0.05225036873719177
            (2.9937256066433893, V(0.05225036873719177)),
        ],
    );
}
