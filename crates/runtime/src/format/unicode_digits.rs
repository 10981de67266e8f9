//! Decimal value of Unicode decimal digits (category Nd), as used by the
//! format-spec parser for widths and precisions.

/// First code point ("zero") of every run of ten consecutive Unicode decimal
/// digits in the Unicode 14.0 database used by CPython 3.11 (generated with
/// `unicodedata.decimal(ch) == 0`; every run is contiguous 0..9).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Returns the decimal value (0..=9) of `c` if it is a Unicode decimal digit,
/// else `None`.  Mirrors `Py_UNICODE_TODECIMAL` (Objects/unicodectype.c).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    // DECIMAL_ZEROS is sorted: find the last zero <= cp.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let v = cp - zero;
    if v < 10 {
        Some(v)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::decimal_value;

    #[test]
    fn digits() {
        assert_eq!(decimal_value('0'), Some(0));
        assert_eq!(decimal_value('9'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('/'), None);
        assert_eq!(decimal_value('\u{663}'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two is not Nd
    }
}
