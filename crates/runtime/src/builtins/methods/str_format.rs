//! `str.format` and `str.format_map`: the template parser and field lookup of
//! CPython 3.11's `Objects/stringlib/unicode_format.h` (`MarkupIterator_next`,
//! `parse_field`, `field_name_split`, `FieldNameIterator_next`, `build_string`),
//! with its error messages and the order in which it finds them.

use crate::error::{index_error, key_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::KwArgs;
use crate::value::Value;
use std::rc::Rc;

/// How deep format specs may nest fields (`'{:{}}'` is one level; CPython's
/// `build_string` is entered with 2).
const MAX_RECURSION: u32 = 2;

/// Automatic (`{}`) versus manual (`{0}`) field numbering, shared by a template and
/// the specs nested in it (CPython's `AutoNumber`).
#[derive(Default)]
struct AutoNumber {
    /// `None` until the first numeric or empty field name; then whether it was empty.
    automatic: Option<bool>,
    next: usize,
}

/// One replacement field of a template, as `parse_field` splits it.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    /// The spec contains `{` (it is itself a template).
    spec_needs_expanding: bool,
}

/// `template.format(*args, **kwargs)`.
pub fn format_method(interp: &mut Interp, template: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<String> {
    build_string(interp, template, args, kwargs, MAX_RECURSION, &mut AutoNumber::default())
}

fn build_string(interp: &mut Interp, template: &str, args: &[Value], kwargs: &KwArgs, depth: u32, auto: &mut AutoNumber) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        // Literal text up to the first '{' or '}'.
        let c = chars[i];
        i += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let at_end = i >= chars.len();
        if c == '}' && (at_end || chars[i] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if chars[i] == c {
            // `{{` or `}}`: an escaped brace.
            out.push(c);
            i += 1;
            continue;
        }
        let field = parse_field(&chars, &mut i)?;
        let value = get_field_object(interp, &field.name, args, kwargs, auto)?;
        let value = match field.conversion {
            None => value,
            Some('r') => Value::str(interp.repr(&value)?),
            Some('s') => Value::str(interp.to_str(&value)?),
            Some('a') => Value::str(crate::format::ascii_escape(&interp.repr(&value)?)),
            Some(other) => return Err(value_error(format!("Unknown conversion specifier {}", other))),
        };
        let spec = if field.spec_needs_expanding { build_string(interp, &field.spec, args, kwargs, depth - 1, auto)? } else { field.spec };
        out.push_str(&interp.format(&value, &spec)?);
    }
    Ok(out)
}

/// Parses the field after a `{` at `chars[*i]` up to and including its closing `}`.
fn parse_field(chars: &[char], i: &mut usize) -> PyResult<Field> {
    let name_start = *i;
    let mut c = '\0';
    // The field name ends at ':', '!' or '}'; brackets may hide those.
    while *i < chars.len() {
        c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') && *i > name_start { *i - 1 } else { *i };
    let name: String = chars[name_start..name_end].iter().collect();
    let mut field = Field { name, conversion: None, spec: String::new(), spec_needs_expanding: false };
    if c != '!' && c != ':' {
        if c != '}' || name_end == *i {
            return Err(value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == '!' {
        let Some(&conv) = chars.get(*i) else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        *i += 1;
        field.conversion = Some(conv);
        if let Some(&next) = chars.get(*i) {
            *i += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    // The spec runs to the '}' that balances the field's '{'.
    let spec_start = *i;
    let mut count = 1;
    while *i < chars.len() {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => {
                field.spec_needs_expanding = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = chars[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// A field name made only of ASCII digits as an index (`get_integer`); `None` for
/// any other name, which is then a keyword or a string key.
fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>().map(Some).map_err(|_| value_error("Too many decimal digits in format string"))
}

/// Looks up the object a field name names: an argument by position or keyword, then
/// each `.attr` and `[key]` in turn (`get_field_object`).
fn get_field_object(interp: &mut Interp, name: &str, args: &[Value], kwargs: &KwArgs, auto: &mut AutoNumber) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        let automatic = *auto.automatic.get_or_insert(empty);
        if automatic && !empty {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        if !automatic && empty {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut value = match index {
        Some(n) => args.get(n).cloned().ok_or_else(|| index_error(format!("Replacement index {} out of range for positional args tuple", n)))?,
        None => kwargs.iter().find(|(k, _)| k.as_ref() == first).map(|(_, v)| v.clone()).ok_or_else(|| key_error(Value::str(first)))?,
    };
    while let Some(c) = rest.chars().next() {
        let after = &rest[1..];
        let (part, next) = match c {
            '.' => {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
            '[' => {
                let end = after.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
                (&after[..end], &after[end + 1..])
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        };
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        value = if c == '.' {
            interp.get_attr(&value, &Rc::from(part))?
        } else {
            let key = match get_integer(part)? {
                Some(n) => Value::Int(n as i64),
                None => Value::str(part),
            };
            interp.get_item(&value, &key)?
        };
        rest = next;
    }
    Ok(value)
}
