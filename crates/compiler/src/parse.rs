//! Parsing with `rustpython-parser`, turning its errors into CPython's `SyntaxError`s.

use crate::error::{CompileError, CompileErrorKind};
use crate::source::LineIndex;
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{ast, Mode, ParseErrorType, Tok};

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

fn convert(source: &str, err: &ParseErrorType, line: u32, col: u32, lines: &LineIndex) -> CompileError {
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
