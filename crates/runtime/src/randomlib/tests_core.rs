//! Core generator tests: seeding, `random()`, `getrandbits`, `randbytes`,
//! state. Every expected value was produced by CPython 3.11.7 (`python3`)
//! and hard-coded here.

use num_bigint::{BigInt, BigUint};

use super::tests_support::{big, bits, seeded, Seed};
use super::Random;
use crate::exc_kind::ExcKind;

#[test]
fn core_seed_0() {
    // Expected values produced by CPython 3.11.7: r = random.Random(0), same call sequence.
    let mut r = seeded(Seed::Int("0"));
    assert_eq!(bits(r.random()), bits(0.8444218515250481f64));
    assert_eq!(bits(r.random()), bits(0.7579544029403025f64));
    assert_eq!(bits(r.random()), bits(0.420571580830845f64));
    assert_eq!(bits(r.random()), bits(0.25891675029296335f64));
    assert_eq!(bits(r.random()), bits(0.5112747213686085f64));
    assert_eq!(r.getrandbits(0).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(1).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(5).unwrap().to_string(), "29");
    assert_eq!(r.getrandbits(31).unwrap().to_string(), "1683194652");
    assert_eq!(r.getrandbits(32).unwrap().to_string(), "3564191072");
    assert_eq!(r.getrandbits(33).unwrap().to_string(), "5597685513");
    assert_eq!(r.getrandbits(63).unwrap().to_string(), "3302422582397125124");
    assert_eq!(r.getrandbits(64).unwrap().to_string(), "16448235973081859711");
    assert_eq!(r.getrandbits(65).unwrap().to_string(), "22476301193788921363");
    assert_eq!(r.getrandbits(100).unwrap().to_string(), "961809751768947625573344571674");
    assert_eq!(r.getrandbits(257).unwrap().to_string(), "229590872751958174990728874732442146995218158980866708473686796946876131628068");
    assert_eq!(format!("{:?}", r.randbytes(0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.randbytes(5).unwrap()), "[158, 101, 106, 207, 154]");
    assert_eq!(format!("{:?}", r.randbytes(13).unwrap()), "[11, 89, 244, 230, 41, 67, 159, 37, 217, 212, 101, 79, 25]");
    assert_eq!(bits(r.random()), bits(0.7298317482601286f64));
    assert_eq!(bits(r.random()), bits(0.8988382879679935f64));
}

#[test]
fn core_seed_42() {
    // Expected values produced by CPython 3.11.7: r = random.Random(42), same call sequence.
    let mut r = seeded(Seed::Int("42"));
    assert_eq!(bits(r.random()), bits(0.6394267984578837f64));
    assert_eq!(bits(r.random()), bits(0.025010755222666936f64));
    assert_eq!(bits(r.random()), bits(0.27502931836911926f64));
    assert_eq!(bits(r.random()), bits(0.22321073814882275f64));
    assert_eq!(bits(r.random()), bits(0.7364712141640124f64));
    assert_eq!(r.getrandbits(0).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(1).unwrap().to_string(), "1");
    assert_eq!(r.getrandbits(5).unwrap().to_string(), "23");
    assert_eq!(r.getrandbits(31).unwrap().to_string(), "1915941032");
    assert_eq!(r.getrandbits(32).unwrap().to_string(), "2342331444");
    assert_eq!(r.getrandbits(33).unwrap().to_string(), "4668366722");
    assert_eq!(r.getrandbits(63).unwrap().to_string(), "293143515607798169");
    assert_eq!(r.getrandbits(64).unwrap().to_string(), "1728372192399379054");
    assert_eq!(r.getrandbits(65).unwrap().to_string(), "22738580064611903627");
    assert_eq!(r.getrandbits(100).unwrap().to_string(), "282150902593418900781370566212");
    assert_eq!(r.getrandbits(257).unwrap().to_string(), "68232304747477181592112526506188754052094382664892656683058249079403756457905");
    assert_eq!(format!("{:?}", r.randbytes(0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.randbytes(5).unwrap()), "[139, 213, 54, 207, 222]");
    assert_eq!(format!("{:?}", r.randbytes(13).unwrap()), "[31, 231, 169, 1, 11, 51, 65, 194, 189, 43, 74, 206, 40]");
    assert_eq!(bits(r.random()), bits(0.6981393949882269f64));
    assert_eq!(bits(r.random()), bits(0.3402505165179919f64));
}

#[test]
fn core_seed_12345() {
    // Expected values produced by CPython 3.11.7: r = random.Random(12345), same call sequence.
    let mut r = seeded(Seed::Int("12345"));
    assert_eq!(bits(r.random()), bits(0.41661987254534116f64));
    assert_eq!(bits(r.random()), bits(0.010169169457068361f64));
    assert_eq!(bits(r.random()), bits(0.8252065092537432f64));
    assert_eq!(bits(r.random()), bits(0.2986398551995928f64));
    assert_eq!(bits(r.random()), bits(0.3684116894884757f64));
    assert_eq!(r.getrandbits(0).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(1).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(5).unwrap().to_string(), "8");
    assert_eq!(r.getrandbits(31).unwrap().to_string(), "1215493282");
    assert_eq!(r.getrandbits(32).unwrap().to_string(), "1873586768");
    assert_eq!(r.getrandbits(33).unwrap().to_string(), "694443915");
    assert_eq!(r.getrandbits(63).unwrap().to_string(), "8062835143448982612");
    assert_eq!(r.getrandbits(64).unwrap().to_string(), "4816260449376201035");
    assert_eq!(r.getrandbits(65).unwrap().to_string(), "11570069662165393444");
    assert_eq!(r.getrandbits(100).unwrap().to_string(), "410941349683581499423917402636");
    assert_eq!(r.getrandbits(257).unwrap().to_string(), "163512255111821495550923335441673111735867281030480299434923278454361664474490");
    assert_eq!(format!("{:?}", r.randbytes(0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.randbytes(5).unwrap()), "[154, 232, 1, 129, 42]");
    assert_eq!(format!("{:?}", r.randbytes(13).unwrap()), "[69, 232, 236, 37, 65, 175, 169, 52, 13, 59, 14, 184, 19]");
    assert_eq!(bits(r.random()), bits(0.18997137872182035f64));
    assert_eq!(bits(r.random()), bits(0.34156042577355217f64));
}

#[test]
fn core_seed_1180591620717411303424() {
    // Expected values produced by CPython 3.11.7: r = random.Random(1180591620717411303424), same call sequence.
    let mut r = seeded(Seed::Int("1180591620717411303424"));
    assert_eq!(bits(r.random()), bits(0.2327882718301838f64));
    assert_eq!(bits(r.random()), bits(0.4150663501741646f64));
    assert_eq!(bits(r.random()), bits(0.10762663043437715f64));
    assert_eq!(bits(r.random()), bits(0.7502607928809621f64));
    assert_eq!(bits(r.random()), bits(0.655653903099609f64));
    assert_eq!(r.getrandbits(0).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(1).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(5).unwrap().to_string(), "5");
    assert_eq!(r.getrandbits(31).unwrap().to_string(), "253225869");
    assert_eq!(r.getrandbits(32).unwrap().to_string(), "2243363784");
    assert_eq!(r.getrandbits(33).unwrap().to_string(), "7173693676");
    assert_eq!(r.getrandbits(63).unwrap().to_string(), "5175295920150001272");
    assert_eq!(r.getrandbits(64).unwrap().to_string(), "13936413931243544190");
    assert_eq!(r.getrandbits(65).unwrap().to_string(), "5269209363319676280");
    assert_eq!(r.getrandbits(100).unwrap().to_string(), "518482505169623690457310933394");
    assert_eq!(r.getrandbits(257).unwrap().to_string(), "138634496702252481488367410357719368778402770699143987992859040362582814681261");
    assert_eq!(format!("{:?}", r.randbytes(0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.randbytes(5).unwrap()), "[107, 252, 67, 225, 159]");
    assert_eq!(format!("{:?}", r.randbytes(13).unwrap()), "[149, 238, 140, 86, 207, 218, 109, 147, 118, 196, 56, 85, 161]");
    assert_eq!(bits(r.random()), bits(0.036648924218336876f64));
    assert_eq!(bits(r.random()), bits(0.7135280648465724f64));
}

#[test]
fn core_seed_neg7() {
    // Expected values produced by CPython 3.11.7: r = random.Random(-7), same call sequence.
    let mut r = seeded(Seed::Int("-7"));
    assert_eq!(bits(r.random()), bits(0.32383276483316237f64));
    assert_eq!(bits(r.random()), bits(0.15084917392450192f64));
    assert_eq!(bits(r.random()), bits(0.6509344730398537f64));
    assert_eq!(bits(r.random()), bits(0.07243628666754276f64));
    assert_eq!(bits(r.random()), bits(0.5358820043066892f64));
    assert_eq!(r.getrandbits(0).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(1).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(5).unwrap().to_string(), "18");
    assert_eq!(r.getrandbits(31).unwrap().to_string(), "124551738");
    assert_eq!(r.getrandbits(32).unwrap().to_string(), "3907149204");
    assert_eq!(r.getrandbits(33).unwrap().to_string(), "2179419893");
    assert_eq!(r.getrandbits(63).unwrap().to_string(), "792723338049442008");
    assert_eq!(r.getrandbits(64).unwrap().to_string(), "7713914763314685786");
    assert_eq!(r.getrandbits(65).unwrap().to_string(), "4439448776366754703");
    assert_eq!(r.getrandbits(100).unwrap().to_string(), "1034649329392934979972942098126");
    assert_eq!(r.getrandbits(257).unwrap().to_string(), "109737198640971732723528383286386263308897653267303666331827748841913747346127");
    assert_eq!(format!("{:?}", r.randbytes(0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.randbytes(5).unwrap()), "[207, 4, 189, 147, 149]");
    assert_eq!(format!("{:?}", r.randbytes(13).unwrap()), "[20, 218, 140, 101, 156, 226, 177, 12, 204, 218, 235, 249, 56]");
    assert_eq!(bits(r.random()), bits(0.04658268061775628f64));
    assert_eq!(bits(r.random()), bits(0.8584684590486795f64));
}

#[test]
fn core_seed_str_hello() {
    // Expected values produced by CPython 3.11.7: r = random.Random('hello'), same call sequence.
    let mut r = seeded(Seed::Str("hello"));
    assert_eq!(bits(r.random()), bits(0.3537754404730722f64));
    assert_eq!(bits(r.random()), bits(0.6631985810268619f64));
    assert_eq!(bits(r.random()), bits(0.5476053663383964f64));
    assert_eq!(bits(r.random()), bits(0.1308558535179697f64));
    assert_eq!(bits(r.random()), bits(0.051086691965999353f64));
    assert_eq!(r.getrandbits(0).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(1).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(5).unwrap().to_string(), "21");
    assert_eq!(r.getrandbits(31).unwrap().to_string(), "1938604018");
    assert_eq!(r.getrandbits(32).unwrap().to_string(), "2762379647");
    assert_eq!(r.getrandbits(33).unwrap().to_string(), "688517015");
    assert_eq!(r.getrandbits(63).unwrap().to_string(), "8266806520153603072");
    assert_eq!(r.getrandbits(64).unwrap().to_string(), "14964010632708664127");
    assert_eq!(r.getrandbits(65).unwrap().to_string(), "9904060221683163717");
    assert_eq!(r.getrandbits(100).unwrap().to_string(), "170112614455570227405173621842");
    assert_eq!(r.getrandbits(257).unwrap().to_string(), "217419287470124415426323129350763009211416949700487391903344748731144550429271");
    assert_eq!(format!("{:?}", r.randbytes(0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.randbytes(5).unwrap()), "[9, 51, 18, 64, 45]");
    assert_eq!(format!("{:?}", r.randbytes(13).unwrap()), "[182, 22, 137, 4, 196, 38, 68, 22, 137, 103, 128, 226, 75]");
    assert_eq!(bits(r.random()), bits(0.2551373252747423f64));
    assert_eq!(bits(r.random()), bits(0.5637104133219883f64));
}

#[test]
fn core_seed_str_empty() {
    // Expected values produced by CPython 3.11.7: r = random.Random(''), same call sequence.
    let mut r = seeded(Seed::Str(""));
    assert_eq!(bits(r.random()), bits(0.9602256525641875f64));
    assert_eq!(bits(r.random()), bits(0.595411957851699f64));
    assert_eq!(bits(r.random()), bits(0.3880117152955401f64));
    assert_eq!(bits(r.random()), bits(0.7335810344878906f64));
    assert_eq!(bits(r.random()), bits(0.22083284598771158f64));
    assert_eq!(r.getrandbits(0).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(1).unwrap().to_string(), "0");
    assert_eq!(r.getrandbits(5).unwrap().to_string(), "24");
    assert_eq!(r.getrandbits(31).unwrap().to_string(), "1338538360");
    assert_eq!(r.getrandbits(32).unwrap().to_string(), "31197009");
    assert_eq!(r.getrandbits(33).unwrap().to_string(), "8452725170");
    assert_eq!(r.getrandbits(63).unwrap().to_string(), "3010826210972794849");
    assert_eq!(r.getrandbits(64).unwrap().to_string(), "15893434327600009884");
    assert_eq!(r.getrandbits(65).unwrap().to_string(), "8480950406958225492");
    assert_eq!(r.getrandbits(100).unwrap().to_string(), "223433892600048222646683787858");
    assert_eq!(r.getrandbits(257).unwrap().to_string(), "106581634318130454695127741613396032148685534273562524255624269238561759301813");
    assert_eq!(format!("{:?}", r.randbytes(0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.randbytes(5).unwrap()), "[180, 180, 105, 53, 62]");
    assert_eq!(format!("{:?}", r.randbytes(13).unwrap()), "[68, 255, 153, 44, 220, 95, 143, 224, 81, 111, 68, 237, 207]");
    assert_eq!(bits(r.random()), bits(0.8262484768365054f64));
    assert_eq!(bits(r.random()), bits(0.24344967599177425f64));
}

#[test]
fn seed_42_first_random_matches_cpython() {
    // CPython 3.11: random.seed(42); random.random() -> 0.6394267984578837
    let mut r = Random::from_int(&BigInt::from(42));
    assert_eq!(r.random(), 0.6394267984578837);
}

#[test]
fn seed_variants_match_cpython() {
    // Values from CPython 3.11.7.
    let mut r = Random::default();
    r.seed_bytes(b"hello");
    assert_eq!(bits(r.random()), bits(0.3537754404730722));
    r.seed_bytes(&[0x00, 0xff]); // bytearray(b"\x00\xff")
    assert_eq!(bits(r.random()), bits(0.09579186693672392));
    r.seed_str("h\u{e9}llo \u{1f600}");
    assert_eq!(bits(r.random()), bits(0.18515051922644166));
    r.seed_hash(1152921504606846977); // seed(1.5): hash(1.5)
    assert_eq!(bits(r.random()), bits(0.551763726942059));
    r.seed_hash(-1152921504606846977); // seed(-1.5): hash(-1.5)
    assert_eq!(bits(r.random()), bits(0.7101153317194698));
    r.seed_v1_codepoints(&['a' as u32, 'b' as u32]); // seed("ab", version=1)
    assert_eq!(bits(r.random()), bits(0.29580960992087335));
    r.seed_v1_codepoints(&['h' as u32, 0xe9, 0x1f600]); // seed("hé😀", version=1)
    assert_eq!(bits(r.random()), bits(0.8691237465577474));
    r.seed_v1_codepoints(&[0xe9, 0xff]); // seed(b"\xe9\xff", version=1)
    assert_eq!(bits(r.random()), bits(0.8687826594988869));
    r.seed_int(&big("4294967296"));
    assert_eq!(bits(r.random()), bits(0.11299430095636409));
    r.seed_int(&big("4294967295"));
    assert_eq!(bits(r.random()), bits(0.6353574441341173));
    r.seed_int(&-(BigInt::from(1) << 100u32));
    assert_eq!(bits(r.random()), bits(0.7586581712996778));
    r.seed_int(&BigInt::from(1)); // seed(True)
    assert_eq!(bits(r.random()), bits(0.13436424411240122));
}

#[test]
fn entropy_seed_produces_distinct_streams() {
    let mut a = Random::default();
    let mut b = Random::default();
    a.seed_entropy();
    b.seed_entropy();
    assert_ne!(a.getrandbits(128).unwrap(), b.getrandbits(128).unwrap());
    let x = a.random();
    assert!((0.0..1.0).contains(&x));
}

#[test]
fn getrandbits_errors() {
    // Messages from CPython 3.11.
    let mut r = Random::default();
    let e = r.getrandbits(-1).unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::ValueError, "number of bits must be non-negative"));
    let e = r.getrandbits(1i64 << 31).unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::OverflowError, "Python int too large to convert to C int"));
    let e = r.randbytes(-1).unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (ExcKind::ValueError, "number of bits must be non-negative"));
    assert_eq!(r.getrandbits(0).unwrap(), BigUint::from(0u32));
}

#[test]
fn getstate_matches_cpython() {
    // CPython 3.11: s = random.Random(42).getstate()
    // s[0] == 3, s[1][:4] == (2147483648, 3564348608, 1266698288, 4212342371),
    // s[1][-2:] == (3831079317, 624), s[2] is None; after one random():
    // s[1][:2] == (2468570525, 44967195), s[1][-1] == 2.
    let mut r = Random::from_int(&BigInt::from(42));
    let s = r.getstate();
    assert_eq!(s.version, 3);
    assert_eq!(s.internal.len(), 625);
    assert_eq!(&s.internal[..4], &[2147483648, 3564348608, 1266698288, 4212342371]);
    assert_eq!(&s.internal[623..], &[3831079317, 624]);
    assert_eq!(s.gauss_next, None);
    r.random();
    let s = r.getstate();
    assert_eq!(&s.internal[..2], &[2468570525, 44967195]);
    assert_eq!(s.internal[624], 2);
}

#[test]
fn setstate_roundtrip_and_gauss_next() {
    // CPython 3.11: r = Random(5); r.gauss(); s = r.getstate()
    // s[2] == -1.1481606807908016; r.gauss() == s[2]; r.random() == 0.7951935655656966
    let mut r = Random::from_int(&BigInt::from(5));
    r.gauss(0.0, 1.0).unwrap();
    let s = r.getstate();
    assert_eq!(s.gauss_next.map(bits), Some(bits(-1.1481606807908016)));
    let mut other = Random::default();
    let internal: Vec<BigInt> = s.internal.iter().map(|&w| BigInt::from(w)).collect();
    other.setstate(&BigInt::from(3), &internal, s.gauss_next).unwrap();
    assert_eq!(other, r);
    assert_eq!(bits(other.gauss(0.0, 1.0).unwrap()), bits(-1.1481606807908016));
    assert_eq!(bits(other.random()), bits(0.7951935655656966));
    // Reseeding clears gauss_next: Random(5); gauss(); seed(5); gauss() -> -1.1788417512306717
    other.seed_int(&BigInt::from(5));
    assert_eq!(bits(other.gauss(0.0, 1.0).unwrap()), bits(-1.1788417512306717));
}

#[test]
fn setstate_version_2_and_errors() {
    // CPython 3.11: r.setstate((2, (-1,)*624 + (624,), None)); r.random() -> 0.4630094130561456
    let mut r = Random::default();
    let mut v2: Vec<BigInt> = vec![BigInt::from(-1); 624];
    v2.push(BigInt::from(624));
    r.setstate(&BigInt::from(2), &v2, Some(1.5)).unwrap();
    assert_eq!(bits(r.random()), bits(0.4630094130561456));
    assert_eq!(r.gauss(0.0, 1.0).unwrap(), 1.5);
    let check = |r: &mut Random, ver: i64, words: Vec<BigInt>, kind: ExcKind, msg: &str| {
        let e = r.setstate(&BigInt::from(ver), &words, None).unwrap_err();
        assert_eq!((e.kind, e.msg.as_str()), (kind, msg));
    };
    let mk = |w: BigInt, idx: BigInt, n: usize| {
        let mut v = vec![w; n];
        v.push(idx);
        v
    };
    // Messages from CPython 3.11 (see module docs).
    check(&mut r, 3, mk(big("0"), big("625"), 624), ExcKind::ValueError, "invalid state");
    check(&mut r, 3, mk(big("0"), big("-1"), 624), ExcKind::ValueError, "invalid state");
    check(&mut r, 3, mk(big("0"), big("624"), 623), ExcKind::ValueError, "state vector is the wrong size");
    check(&mut r, 3, mk(big("-1"), big("624"), 624), ExcKind::OverflowError, "can't convert negative value to unsigned int");
    check(&mut r, 3, mk(big("18446744073709551616"), big("624"), 624), ExcKind::OverflowError, "Python int too large to convert to C unsigned long");
    check(&mut r, 3, mk(big("1"), big("18446744073709551616"), 624), ExcKind::OverflowError, "Python int too large to convert to C long");
    check(&mut r, 4, mk(big("1"), big("624"), 624), ExcKind::ValueError, "state with version 4 passed to Random.setstate() of version 3");
    // Words above 2**32 are truncated, as CPython does (no error).
    r.setstate(&BigInt::from(3), &mk(big("8589934592"), big("624"), 624), None).unwrap();
}
