//! Command-line behaviour of `pyjit` compared with CPython 3.11's: exit statuses,
//! error messages, `-c`, `--dis`, syntax errors, and whole tracebacks (carets
//! included) against the CPython output checked in under `tests/tracebacks/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn pyjit() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
}

fn run(args: &[&str]) -> Output {
    pyjit().args(args).output().expect("pyjit runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn temp_script(name: &str, body: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyjit-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, body).expect("write script");
    p
}

#[test]
fn dash_c_runs_code_with_argv() {
    let out = run(&["-c", "import sys; print(sys.argv, 6 * 7)", "a", "-b", "--c"]);
    assert_eq!(text(&out.stdout), "['-c', 'a', '-b', '--c'] 42\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn script_arguments_after_the_script_are_not_options() {
    let p = temp_script("argv.py", b"import sys\nprint(sys.argv[1:])\n");
    let out = run(&[p.to_str().unwrap(), "--no-jit", "-x", "y"]);
    assert_eq!(text(&out.stdout), "['--no-jit', '-x', 'y']\n");
}

#[test]
fn version_and_help_exit_zero() {
    let v = run(&["--version"]);
    assert_eq!(v.status.code(), Some(0));
    assert!(text(&v.stdout).starts_with("pyjit "), "{}", text(&v.stdout));
    let h = run(&["--help"]);
    assert_eq!(h.status.code(), Some(0));
    assert!(text(&h.stdout).contains("--no-jit"));
}

#[test]
fn missing_file_exits_2_with_cpythons_message() {
    let out = run(&["/nonexistent/dir/nope.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "pyjit: can't open file '/nonexistent/dir/nope.py': [Errno 2] No such file or directory\n");
}

#[test]
fn unknown_option_exits_2() {
    let out = run(&["--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("unknown option --bogus\nusage: pyjit"), "{}", text(&out.stderr));
}

#[test]
fn syntax_error_has_cpythons_shape() {
    let p = temp_script("colon.py", b"x = 1\nif x\n    pass\n");
    let out = run(&[p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!("  File \"{}\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n", p.display());
    assert_eq!(text(&out.stderr), expected);
    assert!(out.stdout.is_empty());
}

#[test]
fn non_utf8_source_is_a_syntax_error() {
    let p = temp_script("latin1.py", b"x = 1\n\xff = 2\n");
    let out = run(&[p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
        p.display()
    );
    assert_eq!(text(&out.stderr), expected);
}

#[test]
fn unsupported_construct_names_itself_and_its_line() {
    let out = run(&["-c", "x = 1\nasync def f():\n    pass\n"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("NotImplementedError: async def is not supported by pyjit yet (line 2)\n"), "{}", text(&out.stderr));
    let out = run(&["-c", "match 1:\n    case 1:\n        pass\n"]);
    assert!(text(&out.stderr).ends_with("NotImplementedError: match statement is not supported by pyjit yet (line 1)\n"), "{}", text(&out.stderr));
}

#[test]
fn dis_lists_instructions_lines_and_loop_headers() {
    let out = run(&["--dis", "-c", "total = 0\nfor i in range(3):\n    total += i * i\n"]);
    assert_eq!(out.status.code(), Some(0));
    let s = text(&out.stdout);
    assert!(s.contains("Disassembly of <code object <module>"), "{}", s);
    assert!(s.contains("-- loop 0 header"), "{}", s);
    assert!(s.contains("ForIter"), "{}", s);
    assert!(s.contains("InplaceOp { op: Add"), "{}", s);
    // Every instruction line starts with a line number or padding, then its pc.
    assert!(s.lines().any(|l| l.trim_start().starts_with("3 ")), "{}", s);
}

#[test]
fn system_exit_codes() {
    assert_eq!(run(&["-c", "import sys; sys.exit(3)"]).status.code(), Some(3));
    assert_eq!(run(&["-c", "raise SystemExit"]).status.code(), Some(0));
    let out = run(&["-c", "import sys; print('out'); sys.exit('bye')"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "out\n");
    assert_eq!(text(&out.stderr), "bye\n");
}

#[test]
fn unbounded_recursion_raises_without_crashing() {
    let src = "import sys\nsys.setrecursionlimit(10**7)\ndef f(n):\n    return f(n + 1) + 1\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n";
    let out = run(&["-c", src]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "caught maximum recursion depth exceeded\n");
}

#[test]
fn recursion_limit_counts_frames_like_cpython() {
    let src = "def g(n):\n    try:\n        return g(n + 1)\n    except RecursionError:\n        return n\nprint(g(0))\n";
    assert_eq!(text(&run(&["-c", src]).stdout), "998\n");
}

fn tracebacks_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("tracebacks")
}

#[test]
fn tracebacks_match_cpython_byte_for_byte() {
    let dir = tracebacks_dir();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir).expect("tracebacks dir").map(|e| e.expect("entry").path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    programs.sort();
    assert!(programs.len() >= 10);
    let mut failures = Vec::new();
    for prog in &programs {
        let out = pyjit().arg(prog).current_dir(&dir).output().expect("pyjit runs");
        let stderr = text(&out.stderr).replace(dir.to_str().unwrap(), "<DIR>");
        let want_err = std::fs::read_to_string(prog.with_extension("stderr")).expect("expected stderr");
        let want_out = std::fs::read_to_string(prog.with_extension("stdout")).expect("expected stdout");
        if stderr != want_err || text(&out.stdout) != want_out || out.status.code() != Some(1) {
            failures.push(format!("{}:\n--- expected\n{}--- got (status {:?})\n{}", prog.display(), want_err, out.status.code(), stderr));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
