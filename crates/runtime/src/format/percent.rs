//! printf-style `str % args`.

use super::ascii::ascii_escape;
use super::check_size;
use super::percent_args::{PercentArgs, PercentNumber, PercentValue};
use super::percent_number::{percent_char, percent_float, percent_long};
use crate::exc_kind::{ExcKind, RawError, RawResult};
use num_traits::ToPrimitive;

/// Conversion flags (`F_LJUST`, `F_SIGN`, `F_BLANK`, `F_ALT`, `F_ZERO`).
#[derive(Default)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// One parsed `%` conversion (CPython's `struct unicode_format_arg_t`).
struct Arg {
    ch: char,
    flags: Flags,
    /// -1 when absent.
    width: i64,
    /// -1 when absent.
    prec: i64,
    /// Numeric conversion: a sign / prefix may be moved in front of padding.
    sign: bool,
}

/// Formatter state (CPython's `struct unicode_formatter_t`).
struct Ctx<'a, 'b> {
    fmt: Vec<char>,
    pos: usize,
    /// Set once a read past the end was attempted (CPython's `fmtcnt < 0`).
    exhausted: bool,
    args: &'b PercentArgs<'a>,
    looked_up: Option<Box<dyn PercentValue + 'a>>,
    arglen: i64,
    argidx: i64,
}

fn type_error(msg: &str) -> RawError {
    RawError::new(ExcKind::TypeError, msg)
}

fn value_error(msg: &str) -> RawError {
    RawError::new(ExcKind::ValueError, msg)
}

impl<'a, 'b> Ctx<'a, 'b> {
    /// CPython's `if (--ctx->fmtcnt >= 0) { ch = READ; fmtpos++; }`.
    fn read(&mut self) -> Option<char> {
        if self.exhausted {
            return None;
        }
        match self.fmt.get(self.pos) {
            Some(&c) => {
                self.pos += 1;
                Some(c)
            }
            None => {
                self.exhausted = true;
                None
            }
        }
    }

    fn has_dict(&self) -> bool {
        matches!(self.args, PercentArgs::Mapping { .. })
    }

    /// Mirrors `unicode_format_getnextarg`.
    fn next_arg(&mut self) -> RawResult<&dyn PercentValue> {
        let idx = self.argidx;
        if idx >= self.arglen {
            return Err(type_error("not enough arguments for format string"));
        }
        self.argidx += 1;
        if self.arglen < 0 {
            if let Some(b) = &self.looked_up {
                return Ok(b.as_ref());
            }
            return Ok(match self.args {
                PercentArgs::Single(v) => *v,
                PercentArgs::Mapping { whole, .. } => *whole,
                PercentArgs::Tuple(_) => return Err(type_error("not enough arguments for format string")),
            });
        }
        match self.args {
            PercentArgs::Tuple(items) => items
                .get(idx as usize)
                .copied()
                .ok_or_else(|| type_error("not enough arguments for format string")),
            _ => Err(type_error("not enough arguments for format string")),
        }
    }

    /// A `*` width or precision argument: must be an int.
    fn star_arg(&mut self, what: &str) -> RawResult<i64> {
        let v = self.next_arg()?;
        match v.as_number() {
            Some(PercentNumber::Int(i)) => {
                let limit = if what == "width" { i64::MAX } else { i32::MAX as i64 };
                let c_type = if what == "width" { "ssize_t" } else { "int" };
                i.to_i64()
                    .filter(|x| *x <= limit && *x >= -limit - 1)
                    .ok_or_else(|| {
                        RawError::new(
                            ExcKind::OverflowError,
                            format!("Python int too large to convert to C {}", c_type),
                        )
                    })
            }
            _ => Err(type_error("* wants int")),
        }
    }

    /// Mirrors `unicode_format_arg_parse`; `self.pos` is just past the `%`.
    fn parse(&mut self, arg: &mut Arg) -> RawResult<()> {
        if self.fmt.get(self.pos) == Some(&'(') {
            let lookup = match self.args {
                PercentArgs::Mapping { lookup, .. } => *lookup,
                _ => return Err(type_error("format requires a mapping")),
            };
            self.pos += 1;
            let keystart = self.pos;
            let mut pcount = 1;
            while pcount > 0 {
                let Some(c) = self.read() else { break };
                arg.ch = c;
                if c == ')' {
                    pcount -= 1;
                } else if c == '(' {
                    pcount += 1;
                }
            }
            if self.exhausted || pcount > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = self.fmt.get(keystart..self.pos.saturating_sub(1)).unwrap_or(&[]).iter().collect();
            self.looked_up = Some(lookup(&key)?);
            self.arglen = -1;
            self.argidx = -2;
        }
        // Flags.
        while let Some(c) = self.read() {
            arg.ch = c;
            match c {
                '-' => arg.flags.ljust = true,
                '+' => arg.flags.sign = true,
                ' ' => arg.flags.blank = true,
                '#' => arg.flags.alt = true,
                '0' => arg.flags.zero = true,
                _ => break,
            }
        }
        // Width.
        if arg.ch == '*' {
            let mut w = self.star_arg("width")?;
            if w < 0 {
                arg.flags.ljust = true;
                w = w.saturating_neg();
            }
            arg.width = w;
            if let Some(c) = self.read() {
                arg.ch = c;
            }
        } else if arg.ch.is_ascii_digit() {
            arg.width = arg.ch as i64 - '0' as i64;
            while let Some(c) = self.read() {
                arg.ch = c;
                if !c.is_ascii_digit() {
                    break;
                }
                let d = c as i64 - '0' as i64;
                if arg.width > (i64::MAX - d) / 10 {
                    return Err(value_error("width too big"));
                }
                arg.width = arg.width * 10 + d;
            }
        }
        // Precision.
        if arg.ch == '.' {
            arg.prec = 0;
            if let Some(c) = self.read() {
                arg.ch = c;
            }
            if arg.ch == '*' {
                arg.prec = self.star_arg("precision")?.max(0);
                if let Some(c) = self.read() {
                    arg.ch = c;
                }
            } else if arg.ch.is_ascii_digit() {
                arg.prec = arg.ch as i64 - '0' as i64;
                while let Some(c) = self.read() {
                    arg.ch = c;
                    if !c.is_ascii_digit() {
                        break;
                    }
                    let d = c as i64 - '0' as i64;
                    if arg.prec > (i32::MAX as i64 - d) / 10 {
                        return Err(value_error("precision too big"));
                    }
                    arg.prec = arg.prec * 10 + d;
                }
            }
        }
        // Length modifiers are ignored.
        if !self.exhausted && matches!(arg.ch, 'h' | 'l' | 'L') {
            if let Some(c) = self.read() {
                arg.ch = c;
            }
        }
        if self.exhausted {
            return Err(value_error("incomplete format"));
        }
        Ok(())
    }

    /// Mirrors `unicode_format_arg_format`: converts the next argument.
    fn convert(&mut self, arg: &mut Arg) -> RawResult<Vec<char>> {
        let index = self.pos.saturating_sub(1);
        let v = self.next_arg()?;
        let text = match arg.ch {
            's' => v.py_str()?,
            'r' => v.py_repr()?,
            'a' => ascii_escape(&v.py_repr()?),
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                arg.sign = true;
                percent_long(v, arg.flags.alt, arg.prec, arg.ch)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                arg.sign = true;
                percent_float(v, arg.flags.alt, arg.prec, arg.ch)?
            }
            'c' => percent_char(v)?.to_string(),
            other => {
                let cp = other as u32;
                let shown = if (31..=126).contains(&cp) { other } else { '?' };
                return Err(value_error(&format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown, cp, index
                )));
            }
        };
        Ok(text.chars().collect())
    }
}

/// Pads a converted value.  Mirrors `unicode_format_arg_output`.
fn output(out: &mut String, arg: &mut Arg, text: &[char]) -> RawResult<()> {
    let fill = if arg.sign && arg.flags.zero { '0' } else { ' ' };
    let mut len = text.len() as i64;
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = None;
    if arg.sign {
        match text.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ => {
                if arg.flags.sign {
                    signchar = Some('+');
                } else if arg.flags.blank {
                    signchar = Some(' ');
                }
            }
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    check_size(arg.width.max(0) as usize)?;
    if let Some(s) = signchar {
        if fill != ' ' {
            out.push(s);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let has_prefix = arg.flags.alt && matches!(arg.ch, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.extend(text.get(pindex..pindex + 2).unwrap_or(&[]).iter());
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && !arg.flags.ljust {
        out.extend(std::iter::repeat_n(fill, (arg.width - len) as usize));
        arg.width = len;
    }
    if fill == ' ' {
        if let Some(s) = signchar {
            out.push(s);
        }
        if has_prefix {
            out.extend(text.get(pindex..pindex + 2).unwrap_or(&[]).iter());
            pindex += 2;
        }
    }
    let end = (pindex + len.max(0) as usize).min(text.len());
    out.extend(text.get(pindex..end).unwrap_or(&[]).iter());
    if arg.width > len {
        out.extend(std::iter::repeat_n(' ', (arg.width - len) as usize));
    }
    Ok(())
}

/// Computes `fmt % args` exactly like CPython 3.11's `PyUnicode_Format`.
///
/// Supports `%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%`, flags
/// `- + space # 0`, width and precision (digits or `*`), ignored `h l L`
/// modifiers and `%(key)` lookups.  Errors, with CPython's text:
/// `TypeError`: `not enough arguments for format string`, `not all arguments
/// converted during string formatting`, `format requires a mapping`,
/// `* wants int`, `%d format: a real number is required, not str`, `%x
/// format: an integer is required, not float`, `must be real number, not
/// str`, `%c requires int or char`; `ValueError`: `incomplete format`,
/// `incomplete format key`, `unsupported format character 'y' (0x79) at index
/// 3`, `width too big`, `precision too big`; `OverflowError` from numeric
/// conversions; errors of `py_str`/`py_repr`/`lookup` propagate.  Indices
/// count code points.
pub fn percent_format(fmt: &str, args: &PercentArgs<'_>) -> RawResult<String> {
    let (arglen, argidx) = match args {
        PercentArgs::Tuple(items) => (items.len() as i64, 0),
        _ => (-1, -2),
    };
    let mut ctx = Ctx { fmt: fmt.chars().collect(), pos: 0, exhausted: false, args, looked_up: None, arglen, argidx };
    let mut out = String::with_capacity(fmt.len());
    while let Some(&c) = ctx.fmt.get(ctx.pos) {
        if c != '%' {
            let start = ctx.pos;
            while ctx.fmt.get(ctx.pos).is_some_and(|&c| c != '%') {
                ctx.pos += 1;
            }
            out.extend(ctx.fmt[start..ctx.pos].iter());
            continue;
        }
        ctx.pos += 1;
        // unicode_format_arg
        let first = ctx.fmt.get(ctx.pos).copied().unwrap_or('\0');
        if first == '%' {
            ctx.pos += 1;
            out.push('%');
            continue;
        }
        let mut arg = Arg { ch: first, flags: Flags::default(), width: -1, prec: -1, sign: false };
        ctx.parse(&mut arg)?;
        let text = ctx.convert(&mut arg)?;
        output(&mut out, &mut arg, &text)?;
        if ctx.has_dict() && ctx.argidx < ctx.arglen {
            return Err(type_error("not all arguments converted during string formatting"));
        }
    }
    if ctx.argidx < ctx.arglen && !ctx.has_dict() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
