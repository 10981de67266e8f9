//! Parsing with `rustpython-parser`, turning its errors into CPython's `SyntaxError`s.

use crate::error::{CompileError, CompileErrorKind};
use crate::source::LineIndex;
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{ast, Mode, ParseErrorType, Tok};

/// Parses `source` as a single expression (`eval` mode).
pub fn parse_expression(source: &str, filename: &str, lines: &LineIndex) -> Result<ast::Expr, CompileError> {
    match rustpython_parser::parse(source, Mode::Expression, filename) {
        Ok(ast::Mod::Expression(e)) => Ok(*e.body),
        Ok(_) => Err(CompileError::syntax("invalid syntax", 1, 0)),
        Err(e) => {
            let offset = e.offset.to_u32();
            let (line, col) = lines.position(source, offset);
            Err(convert(source, &e.error, line, col, lines))
        }
    }
}

/// Parses `source` as a module body.
///
/// Errors mirror CPython 3.11's most common messages (`invalid syntax`, `expected ':'`,
/// `unexpected indent`, `expected an indented block after 'if' statement on line N`,
/// `'(' was never closed`, ...); rarer ones fall back to `invalid syntax`.
pub fn parse_module(source: &str, filename: &str, lines: &LineIndex) -> Result<Vec<ast::Stmt>, CompileError> {
    match rustpython_parser::parse(source, Mode::Module, filename) {
        Ok(ast::Mod::Module(m)) => Ok(m.body),
        Ok(_) => Ok(Vec::new()),
        Err(e) => {
            let offset = e.offset.to_u32();
            let (line, col) = lines.position(source, offset);
            Err(convert(source, &e.error, line, col, lines))
        }
    }
}

fn unclosed_bracket(source: &str, lines: &LineIndex) -> Option<(char, u32, u32)> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut chars = source.char_indices().peekable();
    let mut in_str: Option<(char, bool)> = None;
    while let Some((i, c)) = chars.next() {
        if let Some((q, triple)) = in_str {
            if c == '\\' {
                chars.next();
            } else if c == q {
                if !triple {
                    in_str = None;
                } else if source[i..].starts_with(&q.to_string().repeat(3)) {
                    chars.next();
                    chars.next();
                    in_str = None;
                }
            } else if c == '\n' && !triple {
                in_str = None;
            }
            continue;
        }
        match c {
            '#' => {
                while let Some((_, c)) = chars.peek() {
                    if *c == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '\'' | '"' => {
                let triple = source[i..].starts_with(&c.to_string().repeat(3));
                if triple {
                    chars.next();
                    chars.next();
                }
                in_str = Some((c, triple));
            }
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    let (c, i) = stack.first().copied()?;
    let (line, col) = lines.position(source, i as u32);
    Some((c, line, col))
}

fn block_opener(source: &str, line: u32) -> Option<(String, u32)> {
    // The statement that needed an indented block: the closest earlier line ending in ':'.
    let mut l = line.saturating_sub(1);
    while l >= 1 {
        let text = crate::source::line_text(source, l)?.trim();
        if text.ends_with(':') {
            let word = text.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let what = match word {
                "if" => "'if' statement".to_string(),
                "elif" => "'elif' statement".to_string(),
                "else" => "'else' statement".to_string(),
                "for" => "'for' statement".to_string(),
                "while" => "'while' statement".to_string(),
                "try" => "'try' statement".to_string(),
                "except" => "'except' statement".to_string(),
                "finally" => "'finally' statement".to_string(),
                "with" => "'with' statement".to_string(),
                "def" => {
                    let name = text[3..].trim().split('(').next().unwrap_or("").trim().to_string();
                    format!("function definition")
                        + &if name.is_empty() { String::new() } else { String::new() }
                }
                "class" => "class definition".to_string(),
                _ => return None,
            };
            return Some((what, l));
        }
        if !text.is_empty() {
            return None;
        }
        l -= 1;
    }
    None
}

/// Scans for the lexical errors CPython reports before parsing: unterminated strings
/// and unmatched or mismatched brackets.
fn lexical_scan(source: &str, lines: &LineIndex) -> Option<CompileError> {
    let b = source.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    let at = |i: usize| lines.position(source, i as u32);
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                // Skip string prefixes were consumed as identifier bytes before.
                let triple = b.len() >= i + 3 && b[i + 1] == c && b[i + 2] == c;
                let start = i;
                i += if triple { 3 } else { 1 };
                let mut closed = false;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if b.len() >= i + 3 && b[i] == c && b[i + 1] == c && b[i + 2] == c {
                            i += 3;
                            closed = true;
                            break;
                        }
                    } else if b[i] == c {
                        i += 1;
                        closed = true;
                        break;
                    } else if b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                if !closed {
                    let (l, col) = at(start);
                    let detected = if triple { lines.line_of(b.len().saturating_sub(1) as u32) } else { l };
                    let what = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
                    return Some(CompileError::syntax(format!("{} (detected at line {})", what, detected), l, col));
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' => {
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => {
                        let (l, col) = at(i);
                        return Some(CompileError::syntax(format!("unmatched '{}'", c as char), l, col));
                    }
                    Some((open, pos)) if open != want => {
                        let (l, col) = at(i);
                        let (ol, _) = at(pos);
                        let suffix = if ol != l { format!(" on line {}", ol) } else { String::new() };
                        return Some(CompileError::syntax(
                            format!("closing parenthesis '{}' does not match opening parenthesis '{}'{}", c as char, open as char, suffix),
                            l,
                            col,
                        ));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `expected ':'` for a compound statement header missing its colon.
fn missing_colon(source: &str, line: u32) -> Option<CompileError> {
    let text = crate::source::line_text(source, line)?;
    let t = text.trim();
    let first = t.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    let compound = matches!(first, "if" | "elif" | "else" | "while" | "for" | "def" | "class" | "try" | "except" | "finally" | "with");
    if compound && !t.ends_with(':') {
        let col = text.trim_end().chars().count() as u32 + 1;
        return Some(CompileError::syntax("expected ':'", line, col));
    }
    None
}

/// CPython's messages for malformed number literals on `line` (the tokenizer's
/// `verify_end_of_number` and friends).
fn number_literal_error(source: &str, line: u32) -> Option<CompileError> {
    let text = crate::source::line_text(source, line)?;
    let b: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let prev_ident = i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_' || b[i - 1] == '.');
        if c == '"' || c == '\'' {
            // Skip a string literal on this line.
            let q = c;
            i += 1;
            while i < b.len() && b[i] != q {
                i += if b[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            continue;
        }
        if !c.is_ascii_digit() || prev_ident {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_' || b[i] == '.') {
            i += 1;
        }
        let tok: String = b[start..i].iter().collect();
        let col = start as u32 + 1;
        let err = |m: String| Some(CompileError::syntax(m, line, col));
        let lower = tok.to_ascii_lowercase();
        let radix = |prefix: &str, name: &str, valid: fn(char) -> bool| -> Option<String> {
            let body = &tok[prefix.len()..];
            if let Some(bad) = body.chars().find(|c| c.is_ascii_digit() && !valid(*c)) {
                return Some(format!("invalid digit '{}' in {} literal", bad, name));
            }
            if body.trim_start_matches('_').is_empty() || body.contains("__") || body.ends_with('_') || body.chars().any(|c| c != '_' && !valid(c)) {
                return Some(format!("invalid {} literal", name));
            }
            None
        };
        if lower.starts_with("0x") {
            if let Some(m) = radix("0x", "hexadecimal", |c| c.is_ascii_hexdigit()) {
                return err(m);
            }
        } else if lower.starts_with("0o") {
            if let Some(m) = radix("0o", "octal", |c| ('0'..='7').contains(&c)) {
                return err(m);
            }
        } else if lower.starts_with("0b") {
            if let Some(m) = radix("0b", "binary", |c| c == '0' || c == '1') {
                return err(m);
            }
        } else {
            let digits_only = tok.chars().all(|c| c.is_ascii_digit() || c == '_');
            if digits_only && tok.len() > 1 && tok.starts_with('0') && tok.chars().any(|c| ('1'..='9').contains(&c)) {
                return err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into());
            }
            if tok.contains("__") || tok.ends_with('_') || tok.contains("_.") || tok.contains("._") || lower.ends_with('e') {
                return err("invalid decimal literal".into());
            }
        }
    }
    None
}

fn convert(source: &str, err: &ParseErrorType, line: u32, col: u32, lines: &LineIndex) -> CompileError {
    if let Some(e) = lexical_scan(source, lines) {
        return e;
    }
    if let Some(e) = number_literal_error(source, line) {
        return e;
    }
    if let ParseErrorType::UnrecognizedToken(Tok::Newline, _) = err {
        if let Some(e) = missing_colon(source, line) {
            return e;
        }
    }
    let syntax = |msg: &str| CompileError::syntax(msg, line, col);
    match err {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => CompileError {
            kind: CompileErrorKind::IndentationError,
            msg: "unindent does not match any outer indentation level".into(),
            line,
            column: col,
        },
        ParseErrorType::Lexical(LexicalErrorType::TabError) => CompileError {
            kind: CompileErrorKind::IndentationError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            line,
            column: col,
        },
        ParseErrorType::Lexical(LexicalErrorType::Eof) | ParseErrorType::Eof => {
            if let Some((c, l, cl)) = unclosed_bracket(source, lines) {
                return CompileError::syntax(format!("'{}' was never closed", c), l, cl);
            }
            if let Some((what, opener)) = block_opener(source, line + 1) {
                return CompileError {
                    kind: CompileErrorKind::IndentationError,
                    msg: format!("expected an indented block after {} on line {}", what, opener),
                    line: line + 1,
                    column: col,
                };
            }
            syntax("unexpected EOF while parsing")
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => CompileError { kind: CompileErrorKind::IndentationError, msg: "unexpected indent".into(), line, column: col },
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            let (what, opener) = block_opener(source, line).unwrap_or(("statement".into(), line.saturating_sub(1)));
            CompileError { kind: CompileErrorKind::IndentationError, msg: format!("expected an indented block after {} on line {}", what, opener), line, column: col }
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "':'" => syntax("expected ':'"),
        ParseErrorType::UnrecognizedToken(Tok::Dedent, _) => CompileError {
            kind: CompileErrorKind::IndentationError,
            msg: "unindent does not match any outer indentation level".into(),
            line,
            column: col,
        },
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m)) => syntax(m),
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => syntax(&format!("invalid character '{}' (U+{:04X})", tok, *tok as u32)),
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => syntax("unexpected character after line continuation character"),
        ParseErrorType::Lexical(LexicalErrorType::DefaultArgumentError) => syntax("non-default argument follows default argument"),
        ParseErrorType::Lexical(LexicalErrorType::DuplicateArgumentError(n)) => syntax(&format!("duplicate argument '{}' in function definition", n)),
        ParseErrorType::Lexical(LexicalErrorType::PositionalArgumentError) => syntax("positional argument follows keyword argument"),
        ParseErrorType::Lexical(LexicalErrorType::DuplicateKeywordArgumentError(n)) => syntax(&format!("keyword argument repeated: {}", n)),
        ParseErrorType::Lexical(LexicalErrorType::StringError) | ParseErrorType::Lexical(LexicalErrorType::UnicodeError) => syntax("unterminated string literal (detected at line ".to_string().as_str()).with_unterminated(line),
        ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => syntax(&format!("f-string: {}", e)),
        _ => {
            if let Some((c, l, cl)) = unclosed_bracket(source, lines) {
                if l < line {
                    return CompileError::syntax(format!("'{}' was never closed", c), l, cl);
                }
            }
            syntax("invalid syntax")
        }
    }
}

impl CompileError {
    fn with_unterminated(mut self, line: u32) -> Self {
        self.msg = format!("unterminated string literal (detected at line {})", line);
        self
    }
}

/// Decodes source bytes as UTF-8, as CPython does for a file without a coding cookie.
///
/// Errors: CPython's `SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x..
/// in position N: invalid start byte` shape, at line 0 when unknown.
pub fn decode_source(bytes: &[u8]) -> Result<String, CompileError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = bytes[..pos].iter().filter(|b| **b == b'\n').count() as u32 + 1;
            let byte = bytes.get(pos).copied().unwrap_or(0);
            Err(CompileError::syntax(
                format!("Non-UTF-8 code starting with '\\x{:02x}' in file", byte),
                line,
                0,
            ))
        }
    }
}
