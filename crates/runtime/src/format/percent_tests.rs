//! Unit tests of `percent_format` (expected values come from CPython 3.11).

use super::float_repr::float_repr;
use super::percent::percent_format;
use super::percent_args::{PercentArgs, PercentNumber, PercentValue};
use crate::exc_kind::{ExcKind, RawError, RawResult};
use num_bigint::BigInt;
use num_traits::Pow;

/// A stand-in for interpreter objects.
#[derive(Clone)]
enum V {
    I(i64),
    Big(BigInt),
    F(f64),
    S(&'static str),
    B(bool),
    None,
    Dict,
}

impl PercentValue for V {
    fn py_str(&self) -> RawResult<String> {
        match self {
            V::S(s) => Ok(s.to_string()),
            other => other.py_repr(),
        }
    }
    fn py_repr(&self) -> RawResult<String> {
        Ok(match self {
            V::I(i) => i.to_string(),
            V::Big(b) => b.to_string(),
            V::F(f) => float_repr(*f),
            V::S(s) => format!("'{}'", s),
            V::B(b) => if *b { "True" } else { "False" }.to_string(),
            V::None => "None".to_string(),
            V::Dict => "{'a': 1}".to_string(),
        })
    }
    fn type_name(&self) -> String {
        match self {
            V::I(_) | V::Big(_) => "int",
            V::F(_) => "float",
            V::S(_) => "str",
            V::B(_) => "bool",
            V::None => "NoneType",
            V::Dict => "dict",
        }
        .to_string()
    }
    fn as_number(&self) -> Option<PercentNumber> {
        match self {
            V::I(i) => Some(PercentNumber::Int(BigInt::from(*i))),
            V::Big(b) => Some(PercentNumber::Int(b.clone())),
            V::B(b) => Some(PercentNumber::Int(BigInt::from(*b as u8))),
            V::F(f) => Some(PercentNumber::Float(*f)),
            _ => None,
        }
    }
    fn as_str(&self) -> Option<String> {
        match self {
            V::S(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

fn show(r: RawResult<String>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("{:?}: {}", e.kind, e.msg),
    }
}

fn tup(fmt: &str, vals: &[V]) -> String {
    let refs: Vec<&dyn PercentValue> = vals.iter().map(|v| v as &dyn PercentValue).collect();
    show(percent_format(fmt, &PercentArgs::Tuple(refs)))
}

fn one(fmt: &str, v: V) -> String {
    show(percent_format(fmt, &PercentArgs::Single(&v)))
}

fn dict(fmt: &str) -> String {
    // The mapping {'a': 1, 'b': 'x'}.
    let lookup = |k: &str| -> RawResult<Box<dyn PercentValue>> {
        match k {
            "a" => Ok(Box::new(V::I(1))),
            "b" => Ok(Box::new(V::S("x"))),
            "a(b)c" => Ok(Box::new(V::I(7))),
            _ => Err(RawError::new(ExcKind::KeyError, format!("'{}'", k))),
        }
    };
    let whole = V::Dict;
    show(percent_format(fmt, &PercentArgs::Mapping { whole: &whole, lookup: &lookup }))
}

#[test]
fn conversions() {
    use V::*;
    let cases: Vec<(&str, Vec<V>, &str)> = vec![
        ("%s and %r", vec![S("a"), S("b")], "a and 'b'"),
        ("%a", vec![S("\u{e9}\u{1234}\u{12345}")], "'\\xe9\\u1234\\U00012345'"),
        ("%5s|%-5s|", vec![S("\u{e9}"), S("\u{e9}")], "    \u{e9}|\u{e9}    |"),
        ("%.2s|%5.1s|%.3r", vec![S("abc"), S("abc"), S("abc")], "ab|    a|'ab"),
        ("%05s|%+s|%+5s|", vec![S("a"), S("a"), S("a")], "    a|a|    a|"),
        ("%d %i %u", vec![I(1), I(-2), I(-5)], "1 -2 -5"),
        ("%-05d|%+05d|% d|%0-5d|", vec![I(3), I(3), I(3), I(1)], "3    |+0003| 3|1    |"),
        ("%#o %#X %#08x %#8x", vec![I(8), I(255), I(-255), I(-255)], "0o10 0XFF -0x000ff    -0xff"),
        ("%.5d %.3x %#.3x %#.3o", vec![I(-3), I(5), I(5), I(5)], "-00003 005 0x005 0o005"),
        ("%d %x %o %s", vec![F(3.7), B(true), I(-8), B(true)], "3 1 -10 True"),
        ("% +d|%+ d", vec![I(1), I(1)], "+1|+1"),
        ("%e|%g|%#g|%010.3f|%+.0f|%F", vec![F(1.5), F(1e-5), F(1.0), F(-1.5), F(2.5), F(f64::INFINITY)],
            "1.500000e+00|1e-05|1.00000|-00001.500|+2|INF"),
        ("%010f|%.0e|%#.0e|%#.0f|%e", vec![F(f64::NAN), F(12345.0), F(12345.0), F(1.0), I(0)],
            "0000000nan|1e+04|1.e+04|1.|0.000000e+00"),
        ("%hd %ld %Ld", vec![I(1), I(2), I(3)], "1 2 3"),
        ("%c|%3c|%c|%-3c|", vec![S("\u{e9}"), I(65), I(0x1f600), S("x")], "\u{e9}|  A|\u{1f600}|x  |"),
        ("%*d|%*d|%.*f|%*.*f|%0*d", vec![I(5), I(1), I(-5), I(1), I(-3), F(1.5), I(8), I(2), F(5.43216), I(5), I(42)],
            "    1|1    |2|    5.43|00042"),
        ("%%|%s%%", vec![I(1)], "%|1%"),
        ("%s", vec![None], "None"),
        ("%d", vec![F(1e300)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        ("%i", vec![Big(BigInt::from(1u8) << 70usize)], "1180591620717411303424"),
        ("x", vec![], "x"),
    ];
    for (fmt, vals, want) in cases {
        assert_eq!(tup(fmt, &vals), want, "{fmt:?}");
    }
}

#[test]
fn errors() {
    use V::*;
    let cases: Vec<(&str, Vec<V>, &str)> = vec![
        ("%s %s", vec![I(1)], "TypeError: not enough arguments for format string"),
        ("%s", vec![I(1), I(2)], "TypeError: not all arguments converted during string formatting"),
        ("%d", vec![S("a")], "TypeError: %d format: a real number is required, not str"),
        ("%x", vec![F(1.5)], "TypeError: %x format: an integer is required, not float"),
        ("%f", vec![S("a")], "TypeError: must be real number, not str"),
        ("%f", vec![Big(BigInt::from(1u8) << 2000usize)], "OverflowError: int too large to convert to float"),
        ("%c", vec![S("ab")], "TypeError: %c requires int or char"),
        ("%c", vec![F(1.5)], "TypeError: %c requires int or char"),
        ("%c", vec![I(-1)], "OverflowError: %c arg not in range(0x110000)"),
        ("%c", vec![I(0x110000)], "OverflowError: %c arg not in range(0x110000)"),
        ("%d", vec![F(f64::INFINITY)], "OverflowError: cannot convert float infinity to integer"),
        ("%d", vec![F(f64::NAN)], "ValueError: cannot convert float NaN to integer"),
        ("abc%y", vec![I(1)], "ValueError: unsupported format character 'y' (0x79) at index 4"),
        ("abc%y", vec![], "TypeError: not enough arguments for format string"),
        ("%5%", vec![I(1)], "ValueError: unsupported format character '%' (0x25) at index 2"),
        ("%5%", vec![], "TypeError: not enough arguments for format string"),
        ("a%\u{1}", vec![I(1)], "ValueError: unsupported format character '?' (0x1) at index 2"),
        ("a%\u{e9}", vec![I(1)], "ValueError: unsupported format character '?' (0xe9) at index 2"),
        ("\u{e9}\u{e9}%z", vec![I(1)], "ValueError: unsupported format character 'z' (0x7a) at index 3"),
        ("%", vec![], "ValueError: incomplete format"),
        ("%5", vec![I(1)], "ValueError: incomplete format"),
        ("%.", vec![I(1)], "ValueError: incomplete format"),
        ("%l", vec![I(1)], "ValueError: incomplete format"),
        ("%s%", vec![I(1)], "ValueError: incomplete format"),
        ("%*d", vec![S("a"), I(1)], "TypeError: * wants int"),
        ("%*d", vec![F(1.0), I(1)], "TypeError: * wants int"),
        ("%*s", vec![Big(BigInt::from(1u8) << 70usize), S("a")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("%.*s", vec![Big(BigInt::from(1u8) << 40usize), S("a")], "OverflowError: Python int too large to convert to C int"),
        ("%99999999999999999999d", vec![I(1)], "ValueError: width too big"),
        ("%.9999999999d", vec![I(1)], "ValueError: precision too big"),
        ("%(a)s", vec![I(1)], "TypeError: format requires a mapping"),
        ("%d", vec![Big(BigInt::from(10u8).pow(4300u32))],
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("%*d", vec![I(1 << 40), I(1)], "MemoryError: "),
        ("%.*f", vec![I(1 << 30), F(1.0)], "MemoryError: "),
    ];
    for (fmt, vals, want) in cases {
        assert_eq!(tup(fmt, &vals), want, "{fmt:?}");
    }
}

#[test]
fn single_and_mapping() {
    assert_eq!(one("%s!", V::I(5)), "5!");
    assert_eq!(one("x", V::I(1)), "TypeError: not all arguments converted during string formatting");
    assert_eq!(one("%s %s", V::I(1)), "TypeError: not enough arguments for format string");
    assert_eq!(one("%(a)s", V::I(1)), "TypeError: format requires a mapping");
    assert_eq!(dict("%(a)s-%(b)s"), "1-x");
    assert_eq!(dict("%(a)05d|%(b)-3s|"), "00001|x  |");
    assert_eq!(dict("%(a(b)c)d"), "7");
    assert_eq!(dict("hello"), "hello");
    assert_eq!(dict("%s"), "{'a': 1}");
    assert_eq!(dict("%s %(a)s"), "{'a': 1} 1");
    assert_eq!(dict("%s %s"), "TypeError: not enough arguments for format string");
    assert_eq!(dict("%(a)s %s"), "TypeError: not enough arguments for format string");
    assert_eq!(dict("%(a)*d"), "TypeError: not enough arguments for format string");
    assert_eq!(dict("%(a"), "ValueError: incomplete format key");
    assert_eq!(dict("%(a)"), "ValueError: incomplete format");
    assert_eq!(dict("%(zz)s"), "KeyError: 'zz'");
    assert_eq!(dict("%(a)%"), "ValueError: unsupported format character '%' (0x25) at index 4");
}
