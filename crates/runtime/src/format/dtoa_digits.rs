//! Decimal digit strings of a finite double, as produced by David Gay's
//! `_Py_dg_dtoa` (Python/dtoa.c) in modes 0, 2 and 3.
//!
//! Rust's float formatting is used as the engine: `{:e}` yields the shortest
//! round-tripping digits, and `{:.N}` / `{:.Ne}` round the *exact* binary value
//! half-to-even, exactly like `_Py_dg_dtoa` (e.g. `0.125` to 2 decimals is
//! `0.12`, `2.675` is `2.67`).  Rust limits format precisions to `u16`, so
//! requests beyond the longest exact expansion of any double are clamped (the
//! extra digits would all be zeros, which dtoa strips anyway).

/// Digits and decimal-point position of a non-negative finite double.
///
/// The value is `0.d1d2d3... * 10**decpt`; `digits` holds ASCII digits with no
/// leading or trailing zeros, except that zero itself is `"0"` with
/// `decpt == 1` (dtoa's convention).  `digits` may be empty when a mode-3
/// rounding produced no significant digits (then `decpt == -ndigits`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

/// More significant digits than any double's exact decimal expansion has (767).
const MAX_SIG: usize = 800;
/// More fractional digits than any double's exact decimal expansion has (1074).
const MAX_FRAC: usize = 1100;

fn zero() -> Digits {
    Digits { digits: vec![b'0'], decpt: 1 }
}

/// Splits Rust's `{:e}` output `d[.ddd]e[-]N` into dtoa form.
fn from_exp_form(s: &str) -> Digits {
    let (mant, exp) = match s.split_once('e') {
        Some(parts) => parts,
        None => (s, "0"),
    };
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.iter().all(|&d| d == b'0') {
        return zero();
    }
    Digits { digits, decpt: exp + 1 }
}

/// Mode 0: the shortest digit string that round-trips to `ax` (`ax >= 0`,
/// finite).  Mirrors `_Py_dg_dtoa(ax, 0, 0, ...)`.
///
/// When two shortest candidates are exactly equally close to `ax`, dtoa picks
/// the one with an even last digit (`repr(2.0**50 + 0.25)` ends in `.2`,
/// `repr(2.0**50 + 0.75)` in `.8`), whereas Rust always rounds such ties up;
/// that case is detected from the exact expansion and corrected.
pub(crate) fn shortest(ax: f64) -> Digits {
    if ax == 0.0 {
        return zero();
    }
    let rust = from_exp_form(&format!("{:e}", ax));
    let n = rust.digits.len();
    // Cheap filter: one more digit than Rust's must end in 5 for a tie.
    let probe = format!("{:.*e}", n, ax);
    if !probe.split('e').next().is_some_and(|m| m.ends_with('5')) {
        return rust;
    }
    let exact = from_exp_form(&format!("{:.*e}", MAX_SIG, ax));
    // A tie means the exact value has exactly n + 1 significant digits, the
    // last one a 5, at the same scale as (or just below) Rust's digits.
    if exact.digits.len() != n + 1 || exact.digits.last() != Some(&b'5') {
        return rust;
    }
    let mut head: Vec<u8> = exact.digits[..n].to_vec();
    let mut decpt = exact.decpt;
    let last_odd = head.last().is_some_and(|d| (d - b'0') % 2 == 1);
    if last_odd {
        // Round up, with carry.
        let mut i = head.len();
        loop {
            if i == 0 {
                head.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if head[i] == b'9' {
                head[i] = b'0';
            } else {
                head[i] += 1;
                break;
            }
        }
    }
    while head.len() > 1 && head.last() == Some(&b'0') {
        head.pop();
    }
    let even = Digits { digits: head, decpt };
    if even == rust || !round_trips(&even, ax) {
        return rust;
    }
    even
}

/// Whether the decimal `d` parses back to exactly `ax`.
fn round_trips(d: &Digits, ax: f64) -> bool {
    let text = format!("0.{}e{}", String::from_utf8_lossy(&d.digits), d.decpt);
    text.parse::<f64>().is_ok_and(|v| v == ax)
}

/// Mode 2: `ndigits` (>= 1) significant digits, correctly rounded
/// (half-to-even on the exact value), trailing zeros stripped.
/// Mirrors `_Py_dg_dtoa(ax, 2, ndigits, ...)`.
pub(crate) fn significant(ax: f64, ndigits: usize) -> Digits {
    if ax == 0.0 {
        return zero();
    }
    let n = ndigits.clamp(1, MAX_SIG);
    from_exp_form(&format!("{:.*e}", n - 1, ax))
}

/// Mode 3: correctly rounded to `ndigits` digits after the decimal point,
/// trailing zeros stripped.  Mirrors `_Py_dg_dtoa(ax, 3, ndigits, ...)`.
pub(crate) fn fixed(ax: f64, ndigits: usize) -> Digits {
    if ax == 0.0 {
        return zero();
    }
    let n = ndigits.min(MAX_FRAC);
    let s = format!("{:.*}", n, ax);
    let int_len = s.find('.').unwrap_or(s.len()) as i64;
    let all: Vec<u8> = s.bytes().filter(|b| b.is_ascii_digit()).collect();
    let lead = all.iter().take_while(|&&d| d == b'0').count();
    let mut digits: Vec<u8> = all.get(lead..).map(|d| d.to_vec()).unwrap_or_default();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // dtoa's "no digits" result: decpt = -ndigits.
        return Digits { digits, decpt: -(ndigits.min(i64::MAX as usize) as i64) };
    }
    Digits { digits, decpt: int_len - lead as i64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str, decpt: i64) -> Digits {
        Digits { digits: s.as_bytes().to_vec(), decpt }
    }

    #[test]
    fn shortest_digits() {
        assert_eq!(shortest(0.1), d("1", 0));
        assert_eq!(shortest(1.5e-7), d("15", -6));
        assert_eq!(shortest(123.0), d("123", 3));
        assert_eq!(shortest(0.0), d("0", 1));
        assert_eq!(shortest(5e-324), d("5", -323));
        // Exact ties between two shortest candidates go to the even digit
        // (CPython 3.11: repr(2.0**50 + 0.25) == '1125899906842624.2',
        // repr(2.0**50 + 0.75) == '1125899906842624.8').
        let p = 2f64.powi(50);
        assert_eq!(shortest(p + 0.25), d("11258999068426242", 16));
        assert_eq!(shortest(p + 0.75), d("11258999068426248", 16));
        assert_eq!(shortest(915928690350813.2), d("9159286903508132", 15));
    }

    #[test]
    fn significant_rounds_half_even_on_exact_value() {
        // 0.125 is exact: tie -> even.  2.675 is below the tie.
        assert_eq!(significant(0.125, 2), d("12", 0));
        assert_eq!(significant(2.675, 3), d("267", 1));
        assert_eq!(significant(100.0, 3), d("1", 3));
        assert_eq!(significant(9.99, 2), d("1", 2));
    }

    #[test]
    fn fixed_digits() {
        assert_eq!(fixed(0.05, 2), d("5", -1));
        assert_eq!(fixed(0.001, 2), d("", -2));
        assert_eq!(fixed(0.5, 0), d("", 0));
        assert_eq!(fixed(1.5, 0), d("2", 1));
        assert_eq!(fixed(1e22, 0), d("1", 23));
    }
}
