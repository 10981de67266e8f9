//! Tests of the integer and sequence algorithms (`randrange`, `randint`,
//! `_randbelow`, `choice`, `shuffle`, `sample`, `choices`). Every expected
//! value and message was produced by CPython 3.11.7 (`python3`) and
//! hard-coded here; sequences use `range(n)` as the population so CPython's
//! results are exactly the indices.

use num_bigint::{BigInt, BigUint};

use super::tests_support::{big, bits, seeded, Seed};
use super::Random;
use crate::exc_kind::ExcKind;

/// Asserts an error of `kind` with exact message `msg`.
fn assert_err<T: std::fmt::Debug>(r: crate::exc_kind::RawResult<T>, kind: ExcKind, msg: &str) {
    let e = r.unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (kind, msg));
}

#[test]
fn alg_seed_0() {
    // Expected values produced by CPython 3.11.7: r = random.Random(0), same call sequence.
    let mut r = seeded(Seed::Int("0"));
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "6");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "6");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "4");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "8");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "10");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "9");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "15");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "23");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "44");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "30");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "19");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-92");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "49");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "139109141237965358711594976883");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "949374075050023004062815166826");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "5721212930748269353");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "12617276543794194196");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "432508404");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "1864753826");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "3921352636");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "2048741382");
    assert_eq!(r.randrange(&big("1"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("7"), None, Some(&big("1"))).unwrap().to_string(), "0");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "7");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "-10");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "-8");
    assert_eq!(r.randint(&big("0"), &big("1099511627776")).unwrap().to_string(), "733870765866");
    assert_eq!(r.randbelow(&BigUint::from(1000u32)).unwrap().to_string(), "249");
    assert_eq!(r.randbelow(&"8727963568087712425891397479476727340041449".parse::<BigUint>().unwrap()).unwrap().to_string(), "702298728969624458231905742504395434854778");
    assert_eq!(r.choice_index(1).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(2).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(7).unwrap().to_string(), "1");
    assert_eq!(r.choice_index(100).unwrap().to_string(), "18");
    assert_eq!(r.choice_index(1000).unwrap().to_string(), "822");
    assert_eq!(format!("{:?}", r.shuffle_indices(0)), "[]");
    assert_eq!(format!("{:?}", r.shuffle_indices(1)), "[0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(2)), "[0, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(10)), "[6, 8, 7, 2, 0, 3, 4, 5, 9, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(30)), "[29, 11, 5, 8, 1, 24, 16, 15, 23, 20, 0, 13, 28, 21, 4, 7, 26, 12, 2, 14, 9, 18, 25, 19, 6, 27, 10, 17, 3, 22]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 3).unwrap()), "[8, 6, 4]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 10).unwrap()), "[8, 3, 9, 5, 4, 7, 2, 1, 6, 0]");
    assert_eq!(format!("{:?}", r.sample_indices(30, 6).unwrap()), "[2, 10, 19, 3, 15, 18]");
    assert_eq!(format!("{:?}", r.sample_indices(100, 10).unwrap()), "[80, 42, 24, 31, 2, 93, 34, 14, 90, 28]");
    assert_eq!(format!("{:?}", r.sample_indices(1000, 5).unwrap()), "[380, 813, 174, 340, 436]");
    assert_eq!(format!("{:?}", r.sample_indices(50, 49).unwrap()), "[3, 6, 9, 44, 14, 2, 36, 40, 34, 38, 4, 1, 7, 12, 37, 25, 5, 23, 35, 42, 19, 0, 48, 33, 22, 49, 15, 27, 30, 28, 17, 13, 24, 8, 46, 29, 21, 10, 39, 26, 41, 32, 20, 11, 45, 31, 47, 16, 18]");
    assert_eq!(format!("{:?}", r.sample_indices(1000000000, 7).unwrap()), "[214056651, 279315953, 384995823, 971090637, 785547698, 504890752, 900146288]");
    assert_eq!(format!("{:?}", r.sample_indices(21, 1).unwrap()), "[18]");
    assert_eq!(format!("{:?}", r.sample_indices(22, 1).unwrap()), "[5]");
    assert_eq!(format!("{:?}", r.sample_indices(200, 60).unwrap()), "[178, 172, 52, 196, 14, 173, 40, 41, 87, 135, 64, 30, 152, 113, 170, 44, 3, 120, 174, 104, 145, 130, 79, 166, 91, 99, 168, 189, 39, 143, 183, 117, 20, 85, 11, 139, 71, 34, 61, 123, 90, 156, 73, 175, 151, 33, 177, 181, 106, 167, 0, 49, 176, 193, 161, 57, 114, 96, 155, 8]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(4, &[big("3"), big("0"), big("2"), big("5")], 6).unwrap()), "[3, 3, 0, 0, 2, 3]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(5, &[big("1"), big("1"), big("1"), big("1"), big("1")], 5).unwrap()), "[2, 1, 3, 4, 0]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(2, &[big("1000000"), big("1")], 4).unwrap()), "[0, 0, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(5, None, None, 10).unwrap()), "[1, 2, 4, 4, 4, 0, 4, 3, 0, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(1000, None, None, 5).unwrap()), "[986, 401, 678, 316, 213]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, -2).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[1.0, 2.0, 3.0, 4.0]), None, 8).unwrap()), "[3, 0, 3, 2, 0, 1, 3, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, None, Some(&[0.5, 0.5, 2.0, 10.0]), 6).unwrap()), "[3, 3, 2, 3, 3, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[0.0, 0.0, 1.0, 0.0]), None, 4).unwrap()), "[2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(3, Some(&[0.1, 0.2, 0.7]), None, 5).unwrap()), "[1, 2, 2, 2, 2]");
    assert_eq!(bits(r.random()), bits(0.27840981521636055f64));
}

#[test]
fn alg_seed_42() {
    // Expected values produced by CPython 3.11.7: r = random.Random(42), same call sequence.
    let mut r = seeded(Seed::Int("42"));
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "1");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "4");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "3");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "3");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "5");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "14");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "4");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "2");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "37");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "-5");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "91");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "67");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "19");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "47696837769247781517542795800");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "849010543332298701246886166950");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "10052396067678980236");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "12878398801393446596");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "1461364854");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "667779376");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "1445662585");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "398340369");
    assert_eq!(r.randrange(&big("1"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("7"), None, Some(&big("1"))).unwrap().to_string(), "2");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "1");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "9");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "-2");
    assert_eq!(r.randint(&big("0"), &big("1099511627776")).unwrap().to_string(), "97955870079");
    assert_eq!(r.randbelow(&BigUint::from(1000u32)).unwrap().to_string(), "747");
    assert_eq!(r.randbelow(&"8727963568087712425891397479476727340041449".parse::<BigUint>().unwrap()).unwrap().to_string(), "4032639271675983175673694804057219413215662");
    assert_eq!(r.choice_index(1).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(2).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(7).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(100).unwrap().to_string(), "84");
    assert_eq!(r.choice_index(1000).unwrap().to_string(), "233");
    assert_eq!(format!("{:?}", r.shuffle_indices(0)), "[]");
    assert_eq!(format!("{:?}", r.shuffle_indices(1)), "[0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(2)), "[0, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(10)), "[4, 7, 0, 5, 6, 2, 8, 9, 3, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(30)), "[13, 12, 15, 9, 25, 18, 1, 0, 16, 3, 26, 29, 10, 4, 28, 14, 24, 7, 17, 5, 23, 19, 2, 20, 27, 22, 8, 21, 6, 11]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 3).unwrap()), "[3, 5, 9]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 10).unwrap()), "[7, 6, 9, 1, 2, 8, 4, 5, 3, 0]");
    assert_eq!(format!("{:?}", r.sample_indices(30, 6).unwrap()), "[28, 18, 12, 11, 7, 4]");
    assert_eq!(format!("{:?}", r.sample_indices(100, 10).unwrap()), "[65, 63, 11, 96, 6, 14, 19, 80, 20, 87]");
    assert_eq!(format!("{:?}", r.sample_indices(1000, 5).unwrap()), "[432, 610, 65, 394, 390]");
    assert_eq!(format!("{:?}", r.sample_indices(50, 49).unwrap()), "[38, 29, 33, 16, 35, 0, 43, 7, 34, 17, 21, 42, 18, 27, 10, 48, 44, 46, 11, 32, 41, 3, 36, 20, 9, 26, 30, 19, 6, 4, 31, 5, 40, 23, 47, 25, 37, 49, 15, 1, 13, 24, 28, 22, 45, 8, 39, 12, 14]");
    assert_eq!(format!("{:?}", r.sample_indices(1000000000, 7).unwrap()), "[876198296, 74316370, 816690353, 571988889, 822308461, 135034324, 137859287]");
    assert_eq!(format!("{:?}", r.sample_indices(21, 1).unwrap()), "[15]");
    assert_eq!(format!("{:?}", r.sample_indices(22, 1).unwrap()), "[17]");
    assert_eq!(format!("{:?}", r.sample_indices(200, 60).unwrap()), "[42, 67, 135, 155, 108, 54, 138, 186, 176, 51, 182, 79, 102, 171, 166, 95, 112, 132, 115, 30, 63, 57, 16, 86, 5, 150, 141, 58, 174, 56, 1, 18, 161, 15, 172, 17, 8, 84, 168, 131, 60, 71, 124, 194, 193, 33, 146, 147, 121, 62, 151, 104, 48, 24, 153, 110, 90, 195, 105, 119]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(4, &[big("3"), big("0"), big("2"), big("5")], 6).unwrap()), "[0, 0, 3, 2, 3, 0]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(5, &[big("1"), big("1"), big("1"), big("1"), big("1")], 5).unwrap()), "[0, 1, 4, 2, 3]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(2, &[big("1000000"), big("1")], 4).unwrap()), "[0, 0, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(5, None, None, 10).unwrap()), "[2, 4, 0, 4, 4, 0, 3, 2, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(1000, None, None, 5).unwrap()), "[753, 236, 406, 481, 864]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, -2).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[1.0, 2.0, 3.0, 4.0]), None, 8).unwrap()), "[3, 1, 0, 2, 3, 3, 1, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, None, Some(&[0.5, 0.5, 2.0, 10.0]), 6).unwrap()), "[3, 3, 3, 3, 2, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[0.0, 0.0, 1.0, 0.0]), None, 4).unwrap()), "[2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(3, Some(&[0.1, 0.2, 0.7]), None, 5).unwrap()), "[0, 2, 2, 2, 0]");
    assert_eq!(bits(r.random()), bits(0.5078284969934185f64));
}

#[test]
fn alg_seed_12345() {
    // Expected values produced by CPython 3.11.7: r = random.Random(12345), same call sequence.
    let mut r = seeded(Seed::Int("12345"));
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "6");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "4");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "5");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "3");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "7");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "12");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "9");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "9");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "30");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "2");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-65");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "1");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "34");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "410941349683581499423917402636");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "137292080496316679423698357626");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "2732814457672861054");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "1435931999638272781");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "3595189472");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "1383146204");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "1970696522");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "1784466476");
    assert_eq!(r.randrange(&big("1"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("7"), None, Some(&big("1"))).unwrap().to_string(), "5");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "-5");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "8");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "-5");
    assert_eq!(r.randint(&big("0"), &big("1099511627776")).unwrap().to_string(), "215979194959");
    assert_eq!(r.randbelow(&BigUint::from(1000u32)).unwrap().to_string(), "668");
    assert_eq!(r.randbelow(&"8727963568087712425891397479476727340041449".parse::<BigUint>().unwrap()).unwrap().to_string(), "6445860467014785815481647223991454845029594");
    assert_eq!(r.choice_index(1).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(2).unwrap().to_string(), "1");
    assert_eq!(r.choice_index(7).unwrap().to_string(), "1");
    assert_eq!(r.choice_index(100).unwrap().to_string(), "67");
    assert_eq!(r.choice_index(1000).unwrap().to_string(), "610");
    assert_eq!(format!("{:?}", r.shuffle_indices(0)), "[]");
    assert_eq!(format!("{:?}", r.shuffle_indices(1)), "[0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(2)), "[0, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(10)), "[9, 2, 5, 4, 7, 8, 6, 1, 3, 0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(30)), "[3, 20, 23, 29, 8, 18, 25, 13, 2, 6, 27, 22, 21, 14, 15, 24, 19, 12, 26, 10, 17, 11, 7, 28, 0, 9, 5, 1, 4, 16]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 3).unwrap()), "[7, 0, 8]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 10).unwrap()), "[7, 5, 6, 4, 1, 2, 0, 9, 3, 8]");
    assert_eq!(format!("{:?}", r.sample_indices(30, 6).unwrap()), "[15, 5, 10, 7, 6, 28]");
    assert_eq!(format!("{:?}", r.sample_indices(100, 10).unwrap()), "[20, 36, 19, 68, 11, 66, 89, 0, 18, 84]");
    assert_eq!(format!("{:?}", r.sample_indices(1000, 5).unwrap()), "[507, 907, 189, 855, 622]");
    assert_eq!(format!("{:?}", r.sample_indices(50, 49).unwrap()), "[6, 16, 32, 25, 4, 29, 26, 11, 15, 42, 1, 23, 21, 40, 46, 36, 34, 41, 43, 48, 22, 13, 10, 3, 2, 20, 14, 49, 24, 19, 18, 44, 45, 30, 7, 5, 9, 17, 35, 8, 27, 0, 12, 37, 31, 28, 33, 38, 47]");
    assert_eq!(format!("{:?}", r.sample_indices(1000000000, 7).unwrap()), "[675693112, 814784628, 72965046, 167689879, 398591590, 945259952, 760814706]");
    assert_eq!(format!("{:?}", r.sample_indices(21, 1).unwrap()), "[20]");
    assert_eq!(format!("{:?}", r.sample_indices(22, 1).unwrap()), "[1]");
    assert_eq!(format!("{:?}", r.sample_indices(200, 60).unwrap()), "[70, 191, 113, 175, 94, 102, 78, 114, 156, 67, 79, 188, 126, 122, 12, 190, 192, 7, 56, 88, 34, 0, 173, 160, 21, 182, 28, 154, 48, 101, 125, 46, 69, 89, 53, 76, 80, 99, 19, 157, 77, 195, 10, 107, 171, 41, 20, 36, 193, 59, 85, 108, 51, 3, 38, 29, 131, 8, 87, 100]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(4, &[big("3"), big("0"), big("2"), big("5")], 6).unwrap()), "[3, 0, 2, 3, 3, 0]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(5, &[big("1"), big("1"), big("1"), big("1"), big("1")], 5).unwrap()), "[4, 1, 3, 2, 0]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(2, &[big("1000000"), big("1")], 4).unwrap()), "[0, 0, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(5, None, None, 10).unwrap()), "[4, 0, 1, 2, 4, 4, 0, 2, 2, 1]");
    assert_eq!(format!("{:?}", r.choices_indices(1000, None, None, 5).unwrap()), "[762, 899, 457, 439, 371]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, -2).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[1.0, 2.0, 3.0, 4.0]), None, 8).unwrap()), "[0, 2, 3, 2, 2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(4, None, Some(&[0.5, 0.5, 2.0, 10.0]), 6).unwrap()), "[3, 3, 3, 3, 3, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[0.0, 0.0, 1.0, 0.0]), None, 4).unwrap()), "[2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(3, Some(&[0.1, 0.2, 0.7]), None, 5).unwrap()), "[2, 2, 2, 2, 2]");
    assert_eq!(bits(r.random()), bits(0.9030246155121806f64));
}

#[test]
fn alg_seed_1180591620717411303424() {
    // Expected values produced by CPython 3.11.7: r = random.Random(1180591620717411303424), same call sequence.
    let mut r = seeded(Seed::Int("1180591620717411303424"));
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "3");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "6");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "7");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "1");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "13");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "6");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "7");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "9");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "2");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "16");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-8");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-41");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "88");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "202537277051259152105485544733");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "235422158309752740589916601147");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "11489548479953632363");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "12314566853108859744");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "1993032328");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "3485732765");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "2181057091");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "3725560197");
    assert_eq!(r.randrange(&big("1"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("7"), None, Some(&big("1"))).unwrap().to_string(), "1");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "9");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "10");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "9");
    assert_eq!(r.randint(&big("0"), &big("1099511627776")).unwrap().to_string(), "358041969545");
    assert_eq!(r.randbelow(&BigUint::from(1000u32)).unwrap().to_string(), "833");
    assert_eq!(r.randbelow(&"8727963568087712425891397479476727340041449".parse::<BigUint>().unwrap()).unwrap().to_string(), "4210262861956593092049149469362656156831904");
    assert_eq!(r.choice_index(1).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(2).unwrap().to_string(), "1");
    assert_eq!(r.choice_index(7).unwrap().to_string(), "3");
    assert_eq!(r.choice_index(100).unwrap().to_string(), "5");
    assert_eq!(r.choice_index(1000).unwrap().to_string(), "668");
    assert_eq!(format!("{:?}", r.shuffle_indices(0)), "[]");
    assert_eq!(format!("{:?}", r.shuffle_indices(1)), "[0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(2)), "[1, 0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(10)), "[9, 2, 4, 8, 0, 7, 5, 6, 3, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(30)), "[17, 19, 3, 27, 7, 28, 29, 24, 23, 4, 26, 14, 8, 2, 1, 5, 20, 11, 15, 12, 9, 10, 21, 25, 16, 0, 6, 13, 18, 22]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 3).unwrap()), "[0, 8, 1]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 10).unwrap()), "[0, 5, 3, 4, 9, 8, 7, 1, 6, 2]");
    assert_eq!(format!("{:?}", r.sample_indices(30, 6).unwrap()), "[5, 0, 4, 14, 26, 22]");
    assert_eq!(format!("{:?}", r.sample_indices(100, 10).unwrap()), "[29, 52, 88, 39, 64, 5, 44, 18, 81, 78]");
    assert_eq!(format!("{:?}", r.sample_indices(1000, 5).unwrap()), "[394, 867, 345, 786, 529]");
    assert_eq!(format!("{:?}", r.sample_indices(50, 49).unwrap()), "[32, 29, 3, 48, 25, 14, 4, 37, 1, 28, 5, 18, 13, 16, 45, 46, 44, 7, 24, 39, 49, 31, 47, 27, 22, 36, 41, 30, 23, 0, 38, 21, 11, 12, 2, 43, 26, 19, 6, 17, 9, 33, 40, 34, 8, 15, 20, 10, 42]");
    assert_eq!(format!("{:?}", r.sample_indices(1000000000, 7).unwrap()), "[154078545, 208780843, 113373564, 441354632, 143622363, 698405244, 957990133]");
    assert_eq!(format!("{:?}", r.sample_indices(21, 1).unwrap()), "[1]");
    assert_eq!(format!("{:?}", r.sample_indices(22, 1).unwrap()), "[12]");
    assert_eq!(format!("{:?}", r.sample_indices(200, 60).unwrap()), "[3, 85, 83, 6, 76, 87, 139, 46, 120, 52, 182, 98, 112, 48, 166, 144, 141, 18, 110, 90, 92, 96, 171, 67, 23, 74, 89, 25, 33, 173, 64, 72, 130, 146, 41, 118, 170, 62, 34, 178, 50, 160, 136, 164, 104, 37, 32, 78, 101, 180, 100, 51, 167, 121, 57, 155, 103, 14, 88, 13]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(4, &[big("3"), big("0"), big("2"), big("5")], 6).unwrap()), "[0, 3, 0, 3, 2, 3]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(5, &[big("1"), big("1"), big("1"), big("1"), big("1")], 5).unwrap()), "[0, 1, 3, 2, 4]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(2, &[big("1000000"), big("1")], 4).unwrap()), "[0, 0, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(5, None, None, 10).unwrap()), "[2, 1, 1, 1, 4, 1, 0, 3, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(1000, None, None, 5).unwrap()), "[336, 547, 402, 276, 159]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, -2).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[1.0, 2.0, 3.0, 4.0]), None, 8).unwrap()), "[3, 0, 2, 2, 1, 3, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(4, None, Some(&[0.5, 0.5, 2.0, 10.0]), 6).unwrap()), "[2, 3, 2, 3, 3, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[0.0, 0.0, 1.0, 0.0]), None, 4).unwrap()), "[2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(3, Some(&[0.1, 0.2, 0.7]), None, 5).unwrap()), "[2, 2, 2, 2, 2]");
    assert_eq!(bits(r.random()), bits(0.4903824620110393f64));
}

#[test]
fn alg_seed_neg7() {
    // Expected values produced by CPython 3.11.7: r = random.Random(-7), same call sequence.
    let mut r = seeded(Seed::Int("-7"));
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "5");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "2");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "6");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "1");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "16");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "11");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "4");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "30");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "-5");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "16");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "88");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "67");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-65");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "98295449821026766746379179163");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "312749186809999235244047307471");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "7317463276519295733");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "4078239883182463692");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "571981485");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "1800188482");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "2322228204");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "2452055640");
    assert_eq!(r.randrange(&big("1"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("7"), None, Some(&big("1"))).unwrap().to_string(), "0");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "8");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "8");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "10");
    assert_eq!(r.randint(&big("0"), &big("1099511627776")).unwrap().to_string(), "816850686149");
    assert_eq!(r.randbelow(&BigUint::from(1000u32)).unwrap().to_string(), "99");
    assert_eq!(r.randbelow(&"8727963568087712425891397479476727340041449".parse::<BigUint>().unwrap()).unwrap().to_string(), "664763507175286930233125628086552849087273");
    assert_eq!(r.choice_index(1).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(2).unwrap().to_string(), "1");
    assert_eq!(r.choice_index(7).unwrap().to_string(), "5");
    assert_eq!(r.choice_index(100).unwrap().to_string(), "68");
    assert_eq!(r.choice_index(1000).unwrap().to_string(), "437");
    assert_eq!(format!("{:?}", r.shuffle_indices(0)), "[]");
    assert_eq!(format!("{:?}", r.shuffle_indices(1)), "[0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(2)), "[0, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(10)), "[6, 3, 0, 4, 8, 1, 2, 5, 9, 7]");
    assert_eq!(format!("{:?}", r.shuffle_indices(30)), "[26, 11, 25, 21, 20, 22, 7, 12, 18, 24, 8, 1, 17, 0, 6, 28, 4, 27, 5, 13, 29, 3, 2, 19, 9, 14, 23, 10, 15, 16]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 3).unwrap()), "[1, 9, 4]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 10).unwrap()), "[7, 1, 0, 5, 6, 2, 3, 8, 4, 9]");
    assert_eq!(format!("{:?}", r.sample_indices(30, 6).unwrap()), "[0, 14, 11, 5, 19, 3]");
    assert_eq!(format!("{:?}", r.sample_indices(100, 10).unwrap()), "[63, 7, 27, 98, 36, 16, 94, 31, 50, 10]");
    assert_eq!(format!("{:?}", r.sample_indices(1000, 5).unwrap()), "[170, 459, 411, 562, 284]");
    assert_eq!(format!("{:?}", r.sample_indices(50, 49).unwrap()), "[8, 27, 35, 17, 45, 26, 22, 24, 14, 9, 5, 11, 40, 41, 36, 0, 31, 38, 16, 37, 34, 4, 13, 46, 32, 19, 18, 10, 28, 33, 42, 1, 47, 12, 20, 6, 44, 23, 7, 43, 48, 29, 3, 49, 15, 25, 39, 30, 21]");
    assert_eq!(format!("{:?}", r.sample_indices(1000000000, 7).unwrap()), "[645025986, 56452631, 109929256, 250482, 608579269, 162419487, 576189932]");
    assert_eq!(format!("{:?}", r.sample_indices(21, 1).unwrap()), "[3]");
    assert_eq!(format!("{:?}", r.sample_indices(22, 1).unwrap()), "[11]");
    assert_eq!(format!("{:?}", r.sample_indices(200, 60).unwrap()), "[157, 6, 18, 53, 199, 96, 38, 162, 64, 88, 154, 93, 121, 31, 29, 124, 119, 122, 123, 79, 21, 36, 26, 87, 67, 182, 41, 132, 5, 52, 135, 92, 37, 139, 198, 169, 76, 23, 66, 172, 188, 42, 91, 57, 136, 138, 128, 84, 156, 49, 61, 102, 58, 51, 160, 126, 195, 7, 142, 71]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(4, &[big("3"), big("0"), big("2"), big("5")], 6).unwrap()), "[3, 2, 2, 3, 3, 0]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(5, &[big("1"), big("1"), big("1"), big("1"), big("1")], 5).unwrap()), "[3, 2, 1, 0, 4]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(2, &[big("1000000"), big("1")], 4).unwrap()), "[0, 0, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(5, None, None, 10).unwrap()), "[1, 2, 4, 3, 0, 4, 1, 3, 4, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(1000, None, None, 5).unwrap()), "[388, 711, 199, 889, 433]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, -2).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[1.0, 2.0, 3.0, 4.0]), None, 8).unwrap()), "[3, 0, 3, 3, 2, 3, 0, 1]");
    assert_eq!(format!("{:?}", r.choices_indices(4, None, Some(&[0.5, 0.5, 2.0, 10.0]), 6).unwrap()), "[3, 0, 3, 3, 3, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[0.0, 0.0, 1.0, 0.0]), None, 4).unwrap()), "[2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(3, Some(&[0.1, 0.2, 0.7]), None, 5).unwrap()), "[2, 0, 2, 2, 1]");
    assert_eq!(bits(r.random()), bits(0.7494962284984052f64));
}

#[test]
fn alg_seed_str_hello() {
    // Expected values produced by CPython 3.11.7: r = random.Random('hello'), same call sequence.
    let mut r = seeded(Seed::Str("hello"));
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "5");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "8");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "1");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "2");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "5");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "3");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "14");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "8");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "9");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "9");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "-5");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "4");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "25");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-44");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "170112614455570227405173621842");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "13973009545143759328838579148");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "16321158888072423108");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "1718937282675705766");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "3539773717");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "2676125384");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "1963554981");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "1665044685");
    assert_eq!(r.randrange(&big("1"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("7"), None, Some(&big("1"))).unwrap().to_string(), "3");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "8");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "3");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "2");
    assert_eq!(r.randint(&big("0"), &big("1099511627776")).unwrap().to_string(), "195365082017");
    assert_eq!(r.randbelow(&BigUint::from(1000u32)).unwrap().to_string(), "866");
    assert_eq!(r.randbelow(&"8727963568087712425891397479476727340041449".parse::<BigUint>().unwrap()).unwrap().to_string(), "5633451912352165314479509468447558513715387");
    assert_eq!(r.choice_index(1).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(2).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(7).unwrap().to_string(), "6");
    assert_eq!(r.choice_index(100).unwrap().to_string(), "24");
    assert_eq!(r.choice_index(1000).unwrap().to_string(), "327");
    assert_eq!(format!("{:?}", r.shuffle_indices(0)), "[]");
    assert_eq!(format!("{:?}", r.shuffle_indices(1)), "[0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(2)), "[0, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(10)), "[5, 8, 3, 0, 4, 7, 6, 2, 9, 1]");
    assert_eq!(format!("{:?}", r.shuffle_indices(30)), "[12, 7, 18, 9, 3, 13, 14, 17, 21, 2, 5, 26, 28, 11, 10, 29, 25, 1, 4, 23, 15, 0, 27, 6, 8, 22, 16, 19, 20, 24]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 3).unwrap()), "[7, 8, 6]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 10).unwrap()), "[7, 5, 8, 0, 3, 2, 6, 4, 1, 9]");
    assert_eq!(format!("{:?}", r.sample_indices(30, 6).unwrap()), "[21, 11, 0, 4, 2, 29]");
    assert_eq!(format!("{:?}", r.sample_indices(100, 10).unwrap()), "[60, 70, 38, 28, 73, 72, 5, 9, 71, 6]");
    assert_eq!(format!("{:?}", r.sample_indices(1000, 5).unwrap()), "[170, 870, 211, 715, 524]");
    assert_eq!(format!("{:?}", r.sample_indices(50, 49).unwrap()), "[35, 49, 18, 26, 27, 32, 10, 33, 7, 28, 38, 11, 17, 6, 23, 34, 9, 25, 41, 24, 4, 13, 40, 15, 45, 44, 5, 21, 2, 12, 14, 0, 43, 31, 36, 20, 8, 47, 22, 3, 16, 48, 39, 37, 19, 42, 29, 46, 30]");
    assert_eq!(format!("{:?}", r.sample_indices(1000000000, 7).unwrap()), "[649492024, 374102297, 50799696, 640140816, 469299868, 509143698, 456673853]");
    assert_eq!(format!("{:?}", r.sample_indices(21, 1).unwrap()), "[12]");
    assert_eq!(format!("{:?}", r.sample_indices(22, 1).unwrap()), "[17]");
    assert_eq!(format!("{:?}", r.sample_indices(200, 60).unwrap()), "[148, 24, 46, 128, 168, 96, 8, 55, 94, 136, 138, 75, 4, 50, 178, 121, 145, 93, 72, 30, 73, 78, 177, 91, 139, 52, 90, 158, 185, 14, 17, 162, 81, 40, 161, 61, 84, 180, 196, 160, 21, 112, 174, 150, 156, 117, 76, 89, 7, 155, 42, 31, 38, 151, 15, 77, 141, 194, 143, 126]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(4, &[big("3"), big("0"), big("2"), big("5")], 6).unwrap()), "[2, 3, 3, 3, 0, 0]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(5, &[big("1"), big("1"), big("1"), big("1"), big("1")], 5).unwrap()), "[4, 3, 1, 0, 2]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(2, &[big("1000000"), big("1")], 4).unwrap()), "[0, 0, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(5, None, None, 10).unwrap()), "[4, 2, 4, 4, 0, 1, 4, 1, 0, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(1000, None, None, 5).unwrap()), "[71, 934, 679, 325, 598]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, -2).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[1.0, 2.0, 3.0, 4.0]), None, 8).unwrap()), "[1, 2, 3, 2, 1, 1, 2, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, None, Some(&[0.5, 0.5, 2.0, 10.0]), 6).unwrap()), "[3, 3, 3, 3, 3, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[0.0, 0.0, 1.0, 0.0]), None, 4).unwrap()), "[2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(3, Some(&[0.1, 0.2, 0.7]), None, 5).unwrap()), "[2, 2, 2, 2, 2]");
    assert_eq!(bits(r.random()), bits(0.8884310176357803f64));
}

#[test]
fn alg_seed_str_empty() {
    // Expected values produced by CPython 3.11.7: r = random.Random(''), same call sequence.
    let mut r = seeded(Seed::Str(""));
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "7");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "9");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "3");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "6");
    assert_eq!(r.randrange(&big("10"), None, None).unwrap().to_string(), "3");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "16");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "8");
    assert_eq!(r.randrange(&big("3"), Some(&big("17")), None).unwrap().to_string(), "15");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "-5");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "30");
    assert_eq!(r.randrange(&big("-5"), Some(&big("50")), Some(&big("7"))).unwrap().to_string(), "30");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "82");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-74");
    assert_eq!(r.randrange(&big("100"), Some(&big("-100")), Some(&big("-3"))).unwrap().to_string(), "-47");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "223433892600048222646683787858");
    assert_eq!(r.randrange(&big("0"), Some(&big("1000000000000000000000000000000")), None).unwrap().to_string(), "823376942124004785834501869749");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "5829563036119273783");
    assert_eq!(r.randrange(&big("18446744073709551616"), None, None).unwrap().to_string(), "4490853926766088946");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "3547006920");
    assert_eq!(r.randrange(&big("4294967296"), None, None).unwrap().to_string(), "64917420");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "1569742833");
    assert_eq!(r.randrange(&big("4294967297"), None, None).unwrap().to_string(), "3804369986");
    assert_eq!(r.randrange(&big("1"), None, None).unwrap().to_string(), "0");
    assert_eq!(r.randrange(&big("7"), None, Some(&big("1"))).unwrap().to_string(), "1");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "-9");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "-3");
    assert_eq!(r.randint(&big("-10"), &big("10")).unwrap().to_string(), "10");
    assert_eq!(r.randint(&big("0"), &big("1099511627776")).unwrap().to_string(), "699971574746");
    assert_eq!(r.randbelow(&BigUint::from(1000u32)).unwrap().to_string(), "418");
    assert_eq!(r.randbelow(&"8727963568087712425891397479476727340041449".parse::<BigUint>().unwrap()).unwrap().to_string(), "587587012248123004074261143065673486622223");
    assert_eq!(r.choice_index(1).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(2).unwrap().to_string(), "0");
    assert_eq!(r.choice_index(7).unwrap().to_string(), "5");
    assert_eq!(r.choice_index(100).unwrap().to_string(), "43");
    assert_eq!(r.choice_index(1000).unwrap().to_string(), "762");
    assert_eq!(format!("{:?}", r.shuffle_indices(0)), "[]");
    assert_eq!(format!("{:?}", r.shuffle_indices(1)), "[0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(2)), "[1, 0]");
    assert_eq!(format!("{:?}", r.shuffle_indices(10)), "[7, 4, 6, 9, 8, 1, 2, 0, 5, 3]");
    assert_eq!(format!("{:?}", r.shuffle_indices(30)), "[25, 11, 1, 27, 7, 3, 6, 5, 13, 19, 20, 29, 9, 8, 26, 23, 22, 17, 2, 10, 21, 28, 15, 16, 24, 0, 14, 18, 4, 12]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 3).unwrap()), "[8, 6, 2]");
    assert_eq!(format!("{:?}", r.sample_indices(10, 10).unwrap()), "[3, 0, 8, 1, 9, 5, 7, 4, 2, 6]");
    assert_eq!(format!("{:?}", r.sample_indices(30, 6).unwrap()), "[21, 2, 25, 0, 22, 24]");
    assert_eq!(format!("{:?}", r.sample_indices(100, 10).unwrap()), "[14, 50, 22, 96, 39, 59, 15, 97, 88, 37]");
    assert_eq!(format!("{:?}", r.sample_indices(1000, 5).unwrap()), "[228, 439, 204, 332, 577]");
    assert_eq!(format!("{:?}", r.sample_indices(50, 49).unwrap()), "[32, 19, 35, 44, 9, 2, 25, 48, 43, 10, 31, 7, 14, 47, 6, 34, 30, 37, 18, 23, 29, 24, 11, 45, 28, 22, 16, 42, 20, 39, 3, 13, 49, 27, 26, 40, 1, 15, 33, 46, 41, 38, 8, 0, 21, 36, 4, 5, 12]");
    assert_eq!(format!("{:?}", r.sample_indices(1000000000, 7).unwrap()), "[26443825, 783928532, 174467746, 553263128, 594206257, 620663152, 630413532]");
    assert_eq!(format!("{:?}", r.sample_indices(21, 1).unwrap()), "[16]");
    assert_eq!(format!("{:?}", r.sample_indices(22, 1).unwrap()), "[19]");
    assert_eq!(format!("{:?}", r.sample_indices(200, 60).unwrap()), "[40, 135, 191, 184, 65, 142, 144, 167, 133, 124, 41, 16, 83, 50, 17, 78, 36, 44, 170, 7, 67, 9, 151, 185, 198, 113, 81, 192, 160, 38, 72, 69, 22, 92, 157, 8, 183, 31, 195, 0, 28, 61, 34, 27, 100, 51, 86, 62, 32, 114, 58, 45, 178, 64, 152, 15, 87, 105, 149, 118]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(4, &[big("3"), big("0"), big("2"), big("5")], 6).unwrap()), "[3, 3, 0, 2, 0, 3]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(5, &[big("1"), big("1"), big("1"), big("1"), big("1")], 5).unwrap()), "[2, 4, 0, 1, 3]");
    assert_eq!(format!("{:?}", r.sample_counts_indices(2, &[big("1000000"), big("1")], 4).unwrap()), "[0, 0, 0, 0]");
    assert_eq!(format!("{:?}", r.choices_indices(5, None, None, 10).unwrap()), "[2, 4, 0, 1, 4, 3, 0, 1, 1, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(1000, None, None, 5).unwrap()), "[166, 82, 19, 536, 504]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, 0).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(3, None, None, -2).unwrap()), "[]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[1.0, 2.0, 3.0, 4.0]), None, 8).unwrap()), "[0, 2, 3, 1, 3, 3, 1, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(4, None, Some(&[0.5, 0.5, 2.0, 10.0]), 6).unwrap()), "[3, 3, 3, 3, 3, 3]");
    assert_eq!(format!("{:?}", r.choices_indices(4, Some(&[0.0, 0.0, 1.0, 0.0]), None, 4).unwrap()), "[2, 2, 2, 2]");
    assert_eq!(format!("{:?}", r.choices_indices(3, Some(&[0.1, 0.2, 0.7]), None, 5).unwrap()), "[2, 1, 2, 0, 1]");
    assert_eq!(bits(r.random()), bits(0.9683265309575125f64));
}

#[test]
fn randrange_errors() {
    // Messages from CPython 3.11.
    let mut r = Random::default();
    let b = |s: &str| big(s);
    assert_err(r.randrange(&b("5"), Some(&b("5")), None), ExcKind::ValueError, "empty range for randrange() (5, 5, 0)");
    assert_err(r.randrange(&b("10"), Some(&b("1")), None), ExcKind::ValueError, "empty range for randrange() (10, 1, -9)");
    assert_err(r.randrange(&b("0"), None, None), ExcKind::ValueError, "empty range for randrange()");
    assert_err(r.randrange(&b("-3"), None, None), ExcKind::ValueError, "empty range for randrange()");
    assert_err(r.randrange(&b("5"), None, Some(&b("2"))), ExcKind::TypeError, "Missing a non-None stop argument");
    assert_err(r.randrange(&b("1"), Some(&b("10")), Some(&b("0"))), ExcKind::ValueError, "zero step for randrange()");
    assert_err(r.randrange(&b("10"), Some(&b("1")), Some(&b("2"))), ExcKind::ValueError, "empty range for randrange()");
    assert_err(r.randrange(&b("1"), Some(&b("10")), Some(&b("-2"))), ExcKind::ValueError, "empty range for randrange()");
    assert_err(r.randint(&b("5"), &b("4")), ExcKind::ValueError, "empty range for randrange() (5, 5, 0)");
    assert_err(r.randbelow(&BigUint::from(0u32)), ExcKind::ValueError, "empty range for randrange()");
    // Errors consume nothing: still the seed-0 stream (CPython: Random(0).random()).
    assert_eq!(bits(r.random()), bits(0.8444218515250481));
}

#[test]
fn sequence_errors() {
    // Messages from CPython 3.11.
    let mut r = Random::default();
    assert_err(r.choice_index(0), ExcKind::IndexError, "Cannot choose from an empty sequence");
    assert_err(r.sample_indices(3, 4), ExcKind::ValueError, "Sample larger than population or is negative");
    assert_err(r.sample_indices(3, -1), ExcKind::ValueError, "Sample larger than population or is negative");
    assert_err(r.sample_indices(u64::MAX, 1), ExcKind::OverflowError, "Python int too large to convert to C ssize_t");
    assert_err(r.sample_counts_indices(2, &[big("1")], 1), ExcKind::ValueError, "The number of counts does not match the population");
    assert_err(r.sample_counts_indices(0, &[], 1), ExcKind::IndexError, "pop from empty list");
    assert_err(r.sample_counts_indices(1, &[big("0")], 1), ExcKind::ValueError, "Total of counts must be greater than zero");
    assert_err(r.sample_counts_indices(1, &[big("-1")], 1), ExcKind::ValueError, "Total of counts must be greater than zero");
    assert_err(r.sample_counts_indices(2, &[big("1"), big("18446744073709551616")], 1), ExcKind::OverflowError, "Python int too large to convert to C ssize_t");
    assert_err(r.choices_indices(1, Some(&[1.0]), Some(&[1.0]), 1), ExcKind::TypeError, "Cannot specify both weights and cumulative weights");
    assert_err(r.choices_indices(2, Some(&[1.0]), None, 1), ExcKind::ValueError, "The number of weights does not match the population");
    assert_err(r.choices_indices(2, Some(&[0.0, 0.0]), None, 1), ExcKind::ValueError, "Total of weights must be greater than zero");
    assert_err(r.choices_indices(2, Some(&[1.0, f64::INFINITY]), None, 1), ExcKind::ValueError, "Total of weights must be finite");
    assert_err(r.choices_indices(2, Some(&[1.0, f64::NAN]), None, 1), ExcKind::ValueError, "Total of weights must be finite");
    assert_err(r.choices_indices(2, Some(&[1.0, f64::NEG_INFINITY]), None, 1), ExcKind::ValueError, "Total of weights must be greater than zero");
    assert_err(r.choices_indices(0, Some(&[]), None, 1), ExcKind::IndexError, "list index out of range");
    // None of the above consumed randomness (CPython: Random(0).random()).
    assert_eq!(bits(r.random()), bits(0.8444218515250481));
    // choices([], k=3) draws once, then fails indexing population[0].
    let mut r = Random::default();
    assert_err(r.choices_indices(0, None, None, 3), ExcKind::IndexError, "list index out of range");
    // CPython: r = Random(0); r.random(); r.random() -> 0.7579544029403025
    assert_eq!(bits(r.random()), bits(0.7579544029403025));
}

#[test]
fn shuffle_generic_slice_matches_indices() {
    // CPython 3.11: l = list('abcdefgh'); Random(42).shuffle(l); ''.join(l) -> 'deghcfab'
    let mut r = seeded(Seed::Int("42"));
    let mut v: Vec<char> = "abcdefgh".chars().collect();
    r.shuffle(&mut v);
    let s: String = v.into_iter().collect();
    assert_eq!(s, "deghcfab");
    let mut r = seeded(Seed::Int("42"));
    let idx = r.shuffle_indices(8);
    let s2: String = idx.iter().map(|&i| (b'a' + i as u8) as char).collect();
    assert_eq!(s2, "deghcfab");
}

#[test]
fn big_randrange_uses_full_width() {
    // CPython 3.11: Random(7).randrange(-10**40, 10**40, 3)
    let mut r = seeded(Seed::Int("7"));
    let lo = -BigInt::from(10u32).pow(40);
    let hi = BigInt::from(10u32).pow(40);
    let v = r.randrange(&lo, Some(&hi), Some(&BigInt::from(3))).unwrap();
    assert_eq!(v.to_string(), "-6390405105170314094008411188701742923920");
}

#[test]
fn huge_widths_match_cpython() {
    // CPython 3.11: r = Random(42); r.getrandbits(100000) % (10**9+7) -> 448216320; r.random() -> 0.06574810526736607
    let m = BigUint::from(1_000_000_007u32);
    let mut r = seeded(Seed::Int("42"));
    assert_eq!((r.getrandbits(100_000).unwrap() % &m).to_string(), "448216320");
    assert_eq!(bits(r.random()), bits(0.06574810526736607));
    // CPython 3.11: r = Random(12345); r.randrange(10**500) % (10**9+7) -> 167398034; r.random() -> 0.9787984541856568
    let mut r = seeded(Seed::Int("12345"));
    let n = BigInt::from(10u32).pow(500);
    let v = r.randrange(&n, None, None).unwrap();
    assert_eq!((v % BigInt::from(1_000_000_007u32)).to_string(), "167398034");
    assert_eq!(bits(r.random()), bits(0.9787984541856568));
    // CPython 3.11: r = Random('hello'); r.sample(range(10**18), 3); r.random() -> 0.1308558535179697
    let mut r = seeded(Seed::Str("hello"));
    let s = r.sample_indices(1_000_000_000_000_000_000, 3).unwrap();
    assert_eq!(s, vec![971330602384033517, 874201949833486799, 127452310752189853]);
    assert_eq!(bits(r.random()), bits(0.1308558535179697));
}
