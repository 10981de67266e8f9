//! Digit grouping with thousands separators and zero padding.

/// Groups `digits` (most significant first) into runs of `group` digits
/// separated by `sep`, left-padding with `'0'` digits (separated too) until
/// the result is at least `min_width` code points long.  `group == 0` means no
/// grouping (only zero padding).  Mirrors `_PyUnicode_InsertThousandsGrouping`
/// in Objects/unicodeobject.c (with a repeating one-entry `grouping`).
pub(crate) fn insert_grouping(digits: &[char], min_width: i64, group: usize, sep: Option<char>) -> Vec<char> {
    let sep_len: i64 = if sep.is_some() { 1 } else { 0 };
    let group = group as i64;
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut digits_pos = digits.len();
    // Built right to left, reversed at the end.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + min_width.min(1 << 20) as usize);
    let mut use_sep = false;
    let fill = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, use_sep: bool, digits_pos: &mut usize| {
        if use_sep {
            if let Some(s) = sep {
                rev.push(s);
            }
        }
        let n_chars = n_chars.max(0) as usize;
        let start = digits_pos.saturating_sub(n_chars);
        if let Some(run) = digits.get(start..*digits_pos) {
            rev.extend(run.iter().rev());
        }
        *digits_pos = start;
        for _ in 0..n_zeros.max(0) {
            rev.push('0');
        }
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            fill(&mut rev, n_chars, n_zeros, use_sep, &mut digits_pos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        fill(&mut rev, n_chars, n_zeros, use_sep, &mut digits_pos);
    }
    rev.reverse();
    rev
}

#[cfg(test)]
mod tests {
    use super::insert_grouping;

    fn g(d: &str, min_width: i64, group: usize, sep: Option<char>) -> String {
        let digits: Vec<char> = d.chars().collect();
        insert_grouping(&digits, min_width, group, sep).into_iter().collect()
    }

    #[test]
    fn grouping() {
        // Expected values come from CPython 3.11 format(1234, '08,') etc.
        assert_eq!(g("1234", 0, 3, Some(',')), "1,234");
        assert_eq!(g("1234567", 0, 3, Some(',')), "1,234,567");
        assert_eq!(g("1234", 7, 3, Some(',')), "001,234");
        assert_eq!(g("1234", 8, 3, Some(',')), "0,001,234");
        assert_eq!(g("1234", 10, 3, Some(',')), "00,001,234");
        assert_eq!(g("ff", 7, 4, Some('_')), "00_00ff");
        assert_eq!(g("12", 5, 0, None), "00012");
        assert_eq!(g("123", 0, 3, Some(',')), "123");
    }
}
