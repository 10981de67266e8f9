//! Tests for `repr()` / `ascii()` of str; expected values from CPython 3.11.

use crate::text::*;

#[test]
fn quote_choice() {
    // CPython 3.11: repr("it's") == '"it\'s"' etc.
    assert_eq!(repr_str("it's"), r#""it's""#);
    assert_eq!(repr_str("say \"hi\""), r#"'say "hi"'"#);
    assert_eq!(repr_str("both ' and \""), r#"'both \' and "'"#);
    assert_eq!(repr_str(""), "''");
}

#[test]
fn escapes() {
    // CPython 3.11:
    // repr('a\\b\x00\x1f\x7f\x80\xa0\xadé\u0378\u200b\u2028中😀\U000e0001')
    let s = "a\\b\u{0}\u{1f}\u{7f}\u{80}\u{a0}\u{ad}é\u{378}\u{200b}\u{2028}中😀\u{e0001}";
    assert_eq!(
        repr_str(s),
        r"'a\\b\x00\x1f\x7f\x80\xa0\xadé\u0378\u200b\u2028中😀\U000e0001'"
    );
    assert_eq!(repr_str("\t\n\r"), r"'\t\n\r'");
    assert_eq!(repr_str("\u{feff}"), r"'\ufeff'");
    assert_eq!(repr_str("\u{10ffff}"), r"'\U0010ffff'");
}

#[test]
fn ascii_escapes_everything_non_ascii() {
    // CPython 3.11: ascii('é中😀\x80\n') == "'\\xe9\\u4e2d\\U0001f600\\x80\\n'"
    assert_eq!(ascii_str("é中😀\u{80}\n"), r"'\xe9\u4e2d\U0001f600\x80\n'");
    assert_eq!(ascii_str("it's"), r#""it's""#);
}
