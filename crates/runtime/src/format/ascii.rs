//! `ascii()`-style escaping of non-ASCII characters.

/// Replaces every non-ASCII code point of `s` with `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (lower-case hex), leaving ASCII untouched.  Applied to a
/// `repr()` this gives `ascii()`.  Mirrors `PyObject_ASCII` in
/// Objects/object.c (the `backslashreplace` error handler).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{:02x}", cp));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{:04x}", cp));
        } else {
            out.push_str(&format!("\\U{:08x}", cp));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ascii_escape;

    #[test]
    fn escapes() {
        // CPython 3.11: ascii('\xe9\u1234\U00012345') == "'\\xe9\\u1234\\U00012345'"
        assert_eq!(ascii_escape("'\u{e9}\u{1234}\u{12345}'"), "'\\xe9\\u1234\\U00012345'");
        assert_eq!(ascii_escape("abc"), "abc");
    }
}
