//! Invariants of the generated tables plus spot checks against CPython 3.11.

use super::*;

/// Binary search needs sorted, disjoint, well-formed ranges.
fn assert_ranges_ok(name: &str, ranges: &[(u32, u32)]) {
    for w in ranges.windows(2) {
        assert!(w[0].0 <= w[0].1 && w[0].1 < w[1].0, "{name}: {:x?} {:x?}", w[0], w[1]);
    }
}

#[test]
fn tables_are_sorted() {
    for (name, t) in [
        ("ALPHA", props::ALPHA),
        ("DECIMAL", props::DECIMAL),
        ("DIGIT", props::DIGIT),
        ("NUMERIC", props::NUMERIC),
        ("PRINTABLE", props::PRINTABLE),
        ("XID_START", ident::XID_START),
        ("XID_CONTINUE", ident::XID_CONTINUE),
        ("UPPER", case::UPPER),
        ("LOWER", case::LOWER),
        ("TITLE", case::TITLE),
        ("CASE_IGNORABLE", case::CASE_IGNORABLE),
        ("HAS_UPPER", case::HAS_UPPER),
        ("HAS_LOWER", case::HAS_LOWER),
    ] {
        assert_ranges_ok(name, t);
    }
    for map in [case::TITLE_MAP, case::FOLD_MAP] {
        assert!(map.windows(2).all(|w| w[0].0 < w[1].0));
    }
}

#[test]
fn spot_checks() {
    // CPython 3.11: '\U0001F600'.isprintable() True, '\U000E0001'.isprintable() False,
    // '\u0378'.isprintable() False (unassigned), '\u01c5'.istitle() True,
    // "A'\u03a3".lower() ends in a final sigma (the apostrophe is case-ignorable),
    // 'ß'.title() == 'Ss', 'ẞ'.casefold() == 'ss'.
    assert!(is_printable('\u{1F600}'));
    assert!(!is_printable('\u{E0001}'));
    assert!(!is_printable('\u{378}'));
    assert!(is_title('\u{1C5}'));
    assert!(is_case_ignorable('\''));
    assert!(is_cased('\u{2B0}') && is_case_ignorable('\u{2B0}'));
    let mut s = String::new();
    push_title(&mut s, 'ß');
    push_fold(&mut s, 'ẞ');
    assert_eq!(s, "Ssss");
}
