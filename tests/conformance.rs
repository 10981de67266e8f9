//! End-to-end conformance suite: pyjit must behave exactly like CPython 3.11.
//!
//! Every program `tests/programs/<name>.py` is run as `pyjit <mode flags> <program> [args]`
//! (arguments come from an optional first line `# args: a b c`) for each entry of
//! [`MODES`], with the working directory set to `tests/programs`. Each run is compared
//! with the results captured from CPython by `tests/regen_expected.py`:
//!
//! * stdout, byte for byte, with `tests/expected/<name>.stdout`;
//! * the exit status and the last non-empty line of stderr (right-stripped) with
//!   `tests/expected/<name>.meta` (`status: <code>` / `stderr_last: <line>`).
//!
//! Runs have a [`TIMEOUT`] each and [`PARALLEL`] of them execute at a time. All
//! failures are collected; the test then fails with, per failure, the program, the
//! mode and a unified-style diff, followed by the summary line `N passed, M failed`.
//!
//! Environment variables (read at run time):
//! * `PYJIT_CONFORMANCE_BIN` — run this executable instead of the `pyjit` binary built
//!   by cargo (e.g. `python3` to validate the suite itself); no mode flags are passed.
//! * `PYJIT_CONFORMANCE_FILTER` — only programs whose file name contains this substring.
//! * `PYJIT_CONFORMANCE_DIR` — the `tests` directory (holding `programs/` and `expected/`)
//!   when it cannot be found from this file's location.

use std::collections::VecDeque;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Flag sets every program is run with; one run per entry: the interpreter alone,
/// the default JIT thresholds, compiling at the first opportunity, and every guard
/// failing on a schedule (the JIT's differential test).
const MODES: &[&[&str]] = &[&["--no-jit"], &[], &["--jit-threshold=1"], &["--jit-stress"]];

/// Wall-clock limit for a single run; the child is killed when it is exceeded.
const TIMEOUT: Duration = Duration::from_secs(60);

/// How long pipes are still read after the child ended or was killed.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// Number of runs executing at the same time.
const PARALLEL: usize = 2;

/// Maximum number of differing lines shown per side in a diff hunk.
const DIFF_MAX_LINES: usize = 12;

/// Lines of unchanged context shown around a diff hunk.
const DIFF_CONTEXT: usize = 3;

/// Lines of the actual stderr shown when status or stderr does not match.
const STDERR_TAIL: usize = 8;

/// Expected results of one program, as captured from CPython 3.11.
struct Program {
    /// File name without `.py`, e.g. `int_floordiv_negative`.
    name: String,
    /// Absolute path of the `.py` file.
    path: PathBuf,
    /// Command-line arguments from the `# args:` first line.
    args: Vec<String>,
    /// Expected stdout bytes, or an explanation of why they are unavailable.
    expected: Result<Expected, String>,
}

/// Captured CPython results of one program.
struct Expected {
    stdout: Vec<u8>,
    status: i32,
    stderr_last: String,
}

/// What one run of the binary produced.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Exit code; `None` when the process was killed by a signal or timed out.
    status: Option<i32>,
    /// Description of an abnormal end (timeout, signal, spawn failure).
    abnormal: Option<String>,
    /// False when the process could not be started at all.
    started: bool,
}

/// Per-job results `(job index, failure report)` filled in by the worker threads.
type SharedResults = Arc<Mutex<Vec<(usize, Option<String>)>>>;

/// One unit of work: a program under one mode.
struct Job {
    program: usize,
    mode: Vec<String>,
    mode_label: String,
}

/// Locates the `tests` directory holding `programs/` and `expected/`.
fn tests_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("PYJIT_CONFORMANCE_DIR") {
        return PathBuf::from(dir);
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut candidates = Vec::new();
    let here = Path::new(file!());
    let here = if here.is_absolute() { here.to_path_buf() } else { manifest.join(here) };
    if let Some(parent) = here.parent() {
        candidates.push(parent.to_path_buf());
    }
    candidates.push(manifest.join("tests"));
    for c in &candidates {
        if c.join("programs").is_dir() {
            return c.clone();
        }
    }
    candidates.swap_remove(0)
}

/// Returns the command to run and whether it is the `PYJIT_CONFORMANCE_BIN` override.
fn binary() -> (String, bool) {
    if let Ok(bin) = std::env::var("PYJIT_CONFORMANCE_BIN") {
        if !bin.is_empty() {
            return (bin, true);
        }
    }
    match option_env!("CARGO_BIN_EXE_pyjit") {
        Some(bin) => (bin.to_string(), false),
        None => panic!(
            "no pyjit binary: run this test from the `pyjit` package or set PYJIT_CONFORMANCE_BIN"
        ),
    }
}

/// Parses the `# args: a b c` first line of a program (empty when absent).
fn parse_args(source: &[u8]) -> Vec<String> {
    let first = source.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let first = String::from_utf8_lossy(first);
    match first.trim_end_matches('\r').strip_prefix("# args:") {
        Some(rest) => rest.split_whitespace().map(str::to_string).collect(),
        None => Vec::new(),
    }
}

/// Parses a `.meta` file: `status: <code>` and `stderr_last: <line>`.
fn parse_meta(text: &str) -> Result<(i32, String), String> {
    let mut status = None;
    let mut stderr_last = None;
    for line in text.lines() {
        if let Some(v) = line.strip_prefix("status:") {
            status = Some(
                v.trim()
                    .parse::<i32>()
                    .map_err(|e| format!("bad status line {line:?}: {e}"))?,
            );
        } else if let Some(v) = line.strip_prefix("stderr_last:") {
            stderr_last = Some(v.strip_prefix(' ').unwrap_or(v).to_string());
        }
    }
    match (status, stderr_last) {
        (Some(s), Some(e)) => Ok((s, e)),
        _ => Err("meta file lacks `status:` or `stderr_last:`".to_string()),
    }
}

/// Loads the expected results of `name` from `expected_dir`.
fn load_expected(expected_dir: &Path, name: &str) -> Result<Expected, String> {
    let hint = "run `python3 tests/regen_expected.py`";
    let stdout_path = expected_dir.join(format!("{name}.stdout"));
    let meta_path = expected_dir.join(format!("{name}.meta"));
    let stdout = fs::read(&stdout_path)
        .map_err(|e| format!("cannot read {}: {e} ({hint})", stdout_path.display()))?;
    let meta = fs::read_to_string(&meta_path)
        .map_err(|e| format!("cannot read {}: {e} ({hint})", meta_path.display()))?;
    let (status, stderr_last) =
        parse_meta(&meta).map_err(|e| format!("{}: {e} ({hint})", meta_path.display()))?;
    Ok(Expected { stdout, status, stderr_last })
}

/// Lists the programs (sorted by name) whose file name contains `filter`.
fn load_programs(dir: &Path, filter: Option<&str>) -> Vec<Program> {
    let programs_dir = dir.join("programs");
    let expected_dir = dir.join("expected");
    let entries = fs::read_dir(&programs_dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", programs_dir.display()));
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|f| f.ends_with(".py"))
        .filter(|f| filter.is_none_or(|s| f.contains(s)))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let name = file.trim_end_matches(".py").to_string();
            let path = programs_dir.join(&file);
            let path = path.canonicalize().unwrap_or(path);
            let args = fs::read(&path).map(|src| parse_args(&src)).unwrap_or_default();
            let expected = load_expected(&expected_dir, &name);
            Program { name, path, args, expected }
        })
        .collect()
}

/// Reads a child pipe to the end on a separate thread; the bytes arrive on the
/// returned channel once the pipe is closed.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Collects a drained pipe, waiting at most until `deadline` (a grandchild that
/// inherited the pipe may keep it open after the child ended).
fn collect(rx: &mpsc::Receiver<Vec<u8>>, deadline: Instant) -> Vec<u8> {
    let left = deadline.saturating_duration_since(Instant::now());
    rx.recv_timeout(left).unwrap_or_default()
}

/// Waits for `child` up to [`TIMEOUT`]; kills it when the limit is exceeded.
fn wait_with_timeout(child: &mut Child) -> Result<ExitStatus, String> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) => {}
            Err(e) => return Err(format!("wait failed: {e}")),
        }
        if start.elapsed() >= TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs()));
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// Runs `bin <mode> <program> <args>` in the programs directory.
fn run_program(bin: &str, mode: &[String], program: &Program) -> Outcome {
    let mut cmd = Command::new(bin);
    cmd.args(mode).arg(&program.path).args(&program.args);
    if let Some(dir) = program.path.parent() {
        cmd.current_dir(dir);
    }
    // Same environment as tests/regen_expected.py, so an override `python3` run
    // reproduces the captured results; pyjit ignores these variables.
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: None,
                abnormal: Some(format!("cannot start {bin}: {e}")),
                started: false,
            }
        }
    };
    let start = Instant::now();
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let waited = wait_with_timeout(&mut child);
    let grace = Instant::now() + PIPE_GRACE;
    let deadline = if waited.is_ok() { grace.max(start + TIMEOUT) } else { grace };
    let stdout = collect(&out, deadline);
    let stderr = collect(&err, deadline);
    match waited {
        Ok(status) => {
            let abnormal = if status.code().is_none() {
                Some(format!("terminated abnormally: {status}"))
            } else {
                None
            };
            Outcome { stdout, stderr, status: status.code(), abnormal, started: true }
        }
        Err(msg) => Outcome { stdout, stderr, status: None, abnormal: Some(msg), started: true },
    }
}

/// Last non-empty line of `data`, right-stripped (same rule as regen_expected.py).
fn last_nonempty_line(data: &[u8]) -> String {
    let text = String::from_utf8_lossy(data);
    text.split('\n')
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end().to_string())
        .unwrap_or_default()
}

/// Formats one line of a diff, marking a missing final newline.
fn diff_line(prefix: char, line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) => format!("{prefix}{body}\n"),
        None => format!("{prefix}{line}\n\\ No newline at end of output\n"),
    }
}

/// Line edit script turning `exp` into `act`: `(' ', line)` kept, `('-', line)`
/// removed, `('+', line)` added. Uses an LCS table when it is small enough
/// (at most 250 000 cells); otherwise all of `exp` is removed and `act` added.
fn diff_ops<'a>(exp: &[&'a str], act: &[&'a str]) -> Vec<(char, &'a str)> {
    let (n, m) = (exp.len(), act.len());
    let mut ops = Vec::new();
    if n.saturating_mul(m) > 250_000 {
        ops.extend(exp.iter().map(|l| ('-', *l)));
        ops.extend(act.iter().map(|l| ('+', *l)));
        return ops;
    }
    // lcs[i][j] = length of the LCS of exp[i..] and act[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if exp[i] == act[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && exp[i] == act[j] {
            ops.push((' ', exp[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', act[j]));
            j += 1;
        } else {
            ops.push(('-', exp[i]));
            i += 1;
        }
    }
    // Show removals before additions within each changed run, as diff(1) does.
    let mut ordered = Vec::with_capacity(ops.len());
    let mut k = 0;
    while k < ops.len() {
        if ops[k].0 == ' ' {
            ordered.push(ops[k]);
            k += 1;
            continue;
        }
        let start = k;
        while k < ops.len() && ops[k].0 != ' ' {
            k += 1;
        }
        ordered.extend(ops[start..k].iter().filter(|o| o.0 == '-'));
        ordered.extend(ops[start..k].iter().filter(|o| o.0 == '+'));
    }
    ordered
}

/// A unified-style diff of `expected` against `actual` (one hunk around the
/// first difference, at most `2 * DIFF_MAX_LINES` edit lines are shown).
fn unified_diff(expected: &[u8], actual: &[u8], actual_label: &str) -> String {
    let exp_text = String::from_utf8_lossy(expected);
    let act_text = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = exp_text.split_inclusive('\n').collect();
    let act: Vec<&str> = act_text.split_inclusive('\n').collect();
    let prefix = exp.iter().zip(act.iter()).take_while(|(a, b)| a == b).count();
    let max_suffix = exp.len().min(act.len()) - prefix;
    let suffix = exp
        .iter()
        .rev()
        .zip(act.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    let exp_mid = &exp[prefix..exp.len() - suffix];
    let act_mid = &act[prefix..act.len() - suffix];
    let ctx_start = prefix.saturating_sub(DIFF_CONTEXT);
    let ctx_lines = prefix - ctx_start + suffix.min(DIFF_CONTEXT);
    let mut out = String::new();
    out.push_str("--- expected stdout (CPython 3.11)\n");
    out.push_str(&format!("+++ actual stdout ({actual_label})\n"));
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        ctx_start + 1,
        exp_mid.len() + ctx_lines,
        ctx_start + 1,
        act_mid.len() + ctx_lines
    ));
    for line in &exp[ctx_start..prefix] {
        out.push_str(&diff_line(' ', line));
    }
    let ops = diff_ops(exp_mid, act_mid);
    let shown = ops.len().min(2 * DIFF_MAX_LINES);
    for (sign, line) in &ops[..shown] {
        out.push_str(&diff_line(*sign, line));
    }
    if ops.len() > shown {
        out.push_str(&format!("... ({} more diff lines)\n", ops.len() - shown));
    }
    if exp_mid.is_empty() && act_mid.is_empty() {
        out.push_str(" (outputs differ only in bytes that are not valid UTF-8)\n");
    }
    let after = &exp[exp.len() - suffix..];
    for line in after.iter().take(DIFF_CONTEXT) {
        out.push_str(&diff_line(' ', line));
    }
    out
}

/// The last [`STDERR_TAIL`] lines of stderr, indented, for failure reports.
fn stderr_tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(STDERR_TAIL);
    let mut out = String::new();
    if lines.is_empty() {
        out.push_str("    (empty)\n");
    }
    for l in &lines[start..] {
        out.push_str("    | ");
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Compares one run with the expectations; returns a failure report or `None`.
fn check(program: &Program, mode_label: &str, outcome: &Outcome) -> Option<String> {
    let header = format!("FAIL {} [{}]\n", program.name, mode_label);
    let expected = match &program.expected {
        Ok(e) => e,
        Err(msg) => return Some(format!("{header}  {msg}\n")),
    };
    let mut report = String::new();
    if let Some(why) = &outcome.abnormal {
        report.push_str(&format!("  {why}\n"));
        if !outcome.started {
            return Some(header + &report);
        }
    }
    let status_ok = outcome.status == Some(expected.status);
    if !status_ok {
        let got = outcome.status.map_or("none".to_string(), |s| s.to_string());
        report.push_str(&format!("  status: expected {}, got {}\n", expected.status, got));
    }
    let stderr_last = last_nonempty_line(&outcome.stderr);
    let stderr_ok = stderr_last == expected.stderr_last;
    if !stderr_ok {
        report.push_str(&format!(
            "  stderr last line: expected {:?}, got {:?}\n",
            expected.stderr_last, stderr_last
        ));
    }
    if !status_ok || !stderr_ok {
        report.push_str("  stderr tail:\n");
        report.push_str(&stderr_tail(&outcome.stderr));
    }
    if outcome.stdout != expected.stdout {
        report.push_str(&unified_diff(&expected.stdout, &outcome.stdout, mode_label));
    }
    if report.is_empty() {
        None
    } else {
        Some(header + &report)
    }
}

#[test]
fn conformance() {
    let dir = tests_dir();
    let filter = std::env::var("PYJIT_CONFORMANCE_FILTER").ok().filter(|s| !s.is_empty());
    let programs = Arc::new(load_programs(&dir, filter.as_deref()));
    assert!(
        !programs.is_empty(),
        "no programs found in {} (filter: {:?})",
        dir.join("programs").display(),
        filter
    );
    let (bin, is_override) = binary();
    let modes: Vec<Vec<String>> = if is_override {
        vec![Vec::new()]
    } else {
        MODES.iter().map(|m| m.iter().map(|s| s.to_string()).collect()).collect()
    };
    let mut queue = VecDeque::new();
    for (p, _) in programs.iter().enumerate() {
        for mode in &modes {
            let mode_label = if is_override {
                format!("override {bin}")
            } else if mode.is_empty() {
                "default".to_string()
            } else {
                mode.join(" ")
            };
            queue.push_back((queue.len(), Job { program: p, mode: mode.clone(), mode_label }));
        }
    }
    let total = queue.len();
    let queue = Arc::new(Mutex::new(queue));
    let results: SharedResults = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for _ in 0..PARALLEL {
        let queue = Arc::clone(&queue);
        let results = Arc::clone(&results);
        let programs = Arc::clone(&programs);
        let bin = bin.clone();
        workers.push(thread::spawn(move || loop {
            let next = match queue.lock() {
                Ok(mut q) => q.pop_front(),
                Err(_) => None,
            };
            let Some((index, job)) = next else { break };
            let program = &programs[job.program];
            let failure = if program.expected.is_err() {
                check(program, &job.mode_label, &Outcome {
                    stdout: Vec::new(),
                    stderr: Vec::new(),
                    status: None,
                    abnormal: None,
                    started: false,
                })
            } else {
                let outcome = run_program(&bin, &job.mode, program);
                check(program, &job.mode_label, &outcome)
            };
            if let Ok(mut r) = results.lock() {
                r.push((index, failure));
            }
        }));
    }
    for w in workers {
        w.join().expect("conformance worker thread panicked");
    }
    let mut results = match Arc::try_unwrap(results) {
        Ok(m) => m.into_inner().unwrap_or_else(|e| e.into_inner()),
        Err(arc) => arc.lock().map(|r| r.clone()).unwrap_or_default(),
    };
    results.sort_by_key(|(i, _)| *i);
    let failures: Vec<String> = results.into_iter().filter_map(|(_, f)| f).collect();
    let failed = failures.len();
    let passed = total - failed;
    let summary = format!("{passed} passed, {failed} failed");
    if failed > 0 {
        let mut report = String::new();
        for f in &failures {
            report.push_str(f);
            report.push('\n');
        }
        panic!("conformance failures:\n\n{report}{summary}");
    }
    println!("conformance: {summary}");
}
