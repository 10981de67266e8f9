//! `i64` fast paths for Python int arithmetic.
//!
//! Every function returns `None` when the result does not fit in an `i64` *or*
//! when the operation needs the slow path for any other reason (division by
//! zero, negative exponent, negative shift count). The caller then retries with
//! the BigInt functions of [`super::int_ops`], which produce the exact result or
//! CPython's error. Mirrors the single-digit fast paths of Objects/longobject.c.

/// `a + b`, or `None` on overflow. Mirrors `long_add`.
#[inline]
pub fn i64_add(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

/// `a - b`, or `None` on overflow. Mirrors `long_sub`.
#[inline]
pub fn i64_sub(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

/// `a * b`, or `None` on overflow. Mirrors `long_mul`.
#[inline]
pub fn i64_mul(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

/// `-a`, or `None` for `-(i64::MIN)`. Mirrors `long_neg`.
#[inline]
pub fn i64_neg(a: i64) -> Option<i64> {
    a.checked_neg()
}

/// `abs(a)`, or `None` for `abs(i64::MIN)`. Mirrors `long_abs`.
#[inline]
pub fn i64_abs(a: i64) -> Option<i64> {
    a.checked_abs()
}

/// `a // b` with Python floor semantics (`-7 // 2 == -4`); `None` when
/// `b == 0` (slow path raises) or on overflow (`i64::MIN // -1`).
/// Mirrors `fast_floor_div`.
#[inline]
pub fn i64_floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` with Python semantics (result has the sign of `b`: `-7 % 2 == 1`,
/// `7 % -2 == -1`); `None` when `b == 0`. Mirrors `fast_mod`.
#[inline]
pub fn i64_mod(a: i64, b: i64) -> Option<i64> {
    if b == -1 {
        return Some(0);
    }
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `divmod(a, b)` as `(a // b, a % b)`; `None` when `b == 0` or on overflow.
/// Mirrors `l_divmod`.
#[inline]
pub fn i64_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    Some((i64_floordiv(a, b)?, i64_mod(a, b)?))
}

/// `base ** exp` for `exp >= 0`; `None` when `exp < 0` (the result is a float,
/// see [`super::int_ops::int_pow`]) or on overflow. Mirrors `long_pow`.
#[inline]
pub fn i64_pow(base: i64, exp: i64) -> Option<i64> {
    if exp < 0 {
        return None;
    }
    match base {
        0 => return Some(if exp == 0 { 1 } else { 0 }),
        1 => return Some(1),
        -1 => return Some(if exp & 1 == 0 { 1 } else { -1 }),
        _ => {}
    }
    if exp >= 64 {
        return None; // |base| >= 2 so |result| >= 2**64
    }
    base.checked_pow(exp as u32)
}

/// `a << n`; `None` when `n < 0` (slow path raises `ValueError`) or when the
/// result does not fit. Mirrors `long_lshift`.
#[inline]
pub fn i64_lshift(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    if a == 0 {
        return Some(0);
    }
    if n >= 63 {
        return if n == 63 && a == -1 { Some(i64::MIN) } else { None };
    }
    let r = a << n;
    if (r >> n) == a {
        Some(r)
    } else {
        None
    }
}

/// `a >> n` (arithmetic, rounds toward negative infinity: `-5 >> 1 == -3`);
/// `None` only when `n < 0` (slow path raises). Mirrors `long_rshift`.
#[inline]
pub fn i64_rshift(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    Some(if n >= 64 { a >> 63 } else { a >> n })
}

/// `~a == -a - 1`; never overflows. Mirrors `long_invert`.
#[inline]
pub fn i64_invert(a: i64) -> i64 {
    !a
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values come from CPython 3.11.
    #[test]
    fn floor_semantics() {
        assert_eq!(i64_floordiv(-7, 2), Some(-4));
        assert_eq!(i64_floordiv(7, -2), Some(-4));
        assert_eq!(i64_floordiv(-7, -2), Some(3));
        assert_eq!(i64_mod(-7, 2), Some(1));
        assert_eq!(i64_mod(7, -2), Some(-1));
        assert_eq!(i64_mod(-7, -2), Some(-1));
        assert_eq!(i64_divmod(-7, 2), Some((-4, 1)));
        assert_eq!(i64_divmod(7, -2), Some((-4, -1)));
        assert_eq!(i64_floordiv(1, 0), None);
        assert_eq!(i64_mod(1, 0), None);
        assert_eq!(i64_floordiv(i64::MIN, -1), None);
        assert_eq!(i64_mod(i64::MIN, -1), Some(0));
    }

    #[test]
    fn overflow_and_pow() {
        assert_eq!(i64_add(i64::MAX, 1), None);
        assert_eq!(i64_mul(1 << 62, 2), None);
        assert_eq!(i64_neg(i64::MIN), None);
        assert_eq!(i64_pow(-2, 63), Some(i64::MIN));
        assert_eq!(i64_pow(2, 63), None);
        assert_eq!(i64_pow(-3, 3), Some(-27));
        assert_eq!(i64_pow(0, 0), Some(1));
        assert_eq!(i64_pow(-1, 1 << 62), Some(1));
        assert_eq!(i64_pow(2, -1), None);
        assert_eq!(i64_pow(3, 39), Some(4052555153018976267));
        assert_eq!(i64_pow(3, 40), None);
    }

    #[test]
    fn shifts() {
        assert_eq!(i64_lshift(-1, 63), Some(i64::MIN));
        assert_eq!(i64_lshift(1, 63), None);
        assert_eq!(i64_lshift(3, 62), None);
        assert_eq!(i64_lshift(3, 61), Some(3 << 61));
        assert_eq!(i64_lshift(1, -1), None);
        assert_eq!(i64_lshift(0, 1000), Some(0));
        assert_eq!(i64_rshift(-5, 1), Some(-3));
        assert_eq!(i64_rshift(-1, 100), Some(-1));
        assert_eq!(i64_rshift(5, 100), Some(0));
        assert_eq!(i64_rshift(1, -1), None);
        assert_eq!(i64_invert(5), -6);
        assert_eq!(i64_invert(-6), 5);
    }
}
