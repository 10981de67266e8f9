//! The `pyjit` command line, modelled on `python3`'s: `pyjit script.py args...`,
//! `pyjit -c code`, `--dis`, `--no-jit`, `--version`, `--help`.

use clap::Parser;
use pyjit_compiler::{compile_source, CompileError, CompileErrorKind};
use pyjit_runtime::interp::{Interp, Options, INTERRUPTED};
use pyjit_jit::{JitMode, Trace};
use pyjit_runtime::Value;
use std::io::Write;
use std::sync::atomic::Ordering;

/// Native stack the program runs on (`stacker` maps it; pages are touched only as
/// recursion reaches them): deep Python recursion stays far from its end (the
/// interpreter raises RecursionError first).
const STACK_SIZE: usize = 1 << 30;

#[derive(Parser, Debug)]
#[command(name = "pyjit", version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11 compatible)"), about = "A JIT-compiling Python 3.11 runtime")]
struct Cli {
    /// Program passed in as string (terminates option list)
    #[arg(short = 'c', value_name = "cmd", allow_hyphen_values = true)]
    command: Option<String>,
    /// Print the bytecode of every code object instead of running
    #[arg(long)]
    dis: bool,
    /// Run everything in the interpreter (no JIT compilation)
    #[arg(long)]
    no_jit: bool,
    /// Compile a loop or function after N iterations or calls (1 = at the first
    /// opportunity; default 1000)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    jit_threshold: Option<u32>,
    /// Make every JIT guard also fail on a fixed schedule, so every deoptimization
    /// path runs (for testing)
    #[arg(long)]
    jit_stress: bool,
    /// Print JIT events on stderr: events (default), ir, summary, comma-separated
    /// (also the PYJIT_TRACE environment variable)
    #[arg(long, value_name = "WHAT", num_args = 0..=1, require_equals = true, default_missing_value = "events")]
    trace_jit: Option<String>,
    /// Write /tmp/perf-<pid>.map so `perf report` names JIT-compiled code
    #[arg(long)]
    perf_map: bool,
    /// Script file, then its arguments (sys.argv[1:])
    #[arg(trailing_var_arg = true)]
    args: Vec<String>,
}

extern "C" fn on_sigint(_sig: i32) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

extern "C" {
    fn signal(sig: i32, handler: extern "C" fn(i32)) -> usize;
}

/// Formats a compile error as CPython prints it (without a `Traceback` header).
pub fn format_compile_error(e: &CompileError, filename: &str, source: &str) -> String {
    let mut out = format!("  File \"{}\", line {}\n", filename, e.line);
    if let Some(text) = pyjit_compiler::source::line_text(source, e.line) {
        let trimmed = text.trim_start();
        let removed = text.chars().count() - trimmed.chars().count();
        let trimmed = trimmed.trim_end();
        if !trimmed.is_empty() {
            out.push_str(&format!("    {}\n", trimmed));
            if e.column > 0 {
                let col = (e.column as usize).saturating_sub(1).saturating_sub(removed);
                out.push_str(&format!("    {}^\n", " ".repeat(col)));
            }
        }
    }
    let name = match e.kind {
        CompileErrorKind::Unsupported => "NotImplementedError",
        _ => e.class_name(),
    };
    out.push_str(&format!("{}: {}\n", name, e.msg));
    out
}

/// Runs the command line; returns the process exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    let _ = e.print();
                    0
                }
                clap::error::ErrorKind::UnknownArgument => {
                    // CPython's wording: `unknown option --bogus` plus a usage line.
                    let known = ["-c", "--no-jit", "--dis", "--jit-stress", "--perf-map"];
                    let opt = std::env::args().skip(1).find(|a| a.starts_with('-') && !known.contains(&a.as_str()) && !a.starts_with("--jit-threshold") && !a.starts_with("--trace-jit")).unwrap_or_default();
                    eprintln!("unknown option {}", opt);
                    eprintln!("usage: pyjit [option] ... [-c cmd | file] [arg] ...");
                    eprintln!("Try `pyjit -h' for more information.");
                    2
                }
                _ => {
                    let _ = e.print();
                    2
                }
            };
        }
    };
    // SAFETY: installing a handler that only stores to an atomic is async-signal-safe.
    unsafe {
        signal(2, on_sigint);
    }
    let (filename, source_bytes, argv) = match &cli.command {
        Some(code) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(cli.args.iter().cloned());
            ("<string>".to_string(), code.clone().into_bytes(), argv)
        }
        None => {
            let Some(path) = cli.args.first() else {
                eprintln!("pyjit: no script given (interactive mode is not supported); try 'pyjit --help'");
                return 2;
            };
            match std::fs::read(path) {
                Ok(b) => (absolute(path), b, cli.args.clone()),
                Err(e) => {
                    let abs = absolute(path);
                    eprintln!("pyjit: can't open file '{}': [Errno {}] {}", abs, e.raw_os_error().unwrap_or(2), strip_os_suffix(&e.to_string()));
                    return 2;
                }
            }
        }
    };
    let options = Options { no_jit: cli.no_jit };
    let mode = if cli.no_jit {
        JitMode::Off
    } else if cli.jit_stress {
        JitMode::Stress
    } else {
        match cli.jit_threshold {
            Some(n) => JitMode::On { loop_threshold: n, call_threshold: n },
            None => JitMode::default(),
        }
    };
    let trace_spec = cli.trace_jit.clone().or_else(|| std::env::var("PYJIT_TRACE").ok().filter(|s| !s.is_empty()));
    let trace = match trace_spec.as_deref().map(Trace::parse) {
        None => Trace::default(),
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            eprintln!("pyjit: {}", e);
            return 2;
        }
    };
    let dis = cli.dis;
    let perf_map = cli.perf_map;
    // The program runs on this thread, on a stack of its own: a second thread
    // would cost its creation and two cross-CPU wake-ups (about 0.3 ms a run).
    let ran = stacker::grow(STACK_SIZE, move || std::panic::catch_unwind(move || run(&filename, &source_bytes, argv, options, dis, mode, trace, perf_map)));
    match ran {
        Ok(code) => code,
        Err(_) => {
            eprintln!("pyjit: internal error (the interpreter panicked)");
            70
        }
    }
}

/// `os.path.abspath`: joins with the working directory and normalizes `.` and `..`
/// without resolving symlinks (CPython reports the main script this way).
fn absolute(path: &str) -> String {
    let joined = if path.starts_with('/') { std::path::PathBuf::from(path) } else { std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.into()) };
    let mut parts: Vec<String> = Vec::new();
    for comp in joined.components() {
        match comp {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    format!("/{}", parts.join("/"))
}

fn strip_os_suffix(msg: &str) -> String {
    match msg.find(" (os error") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[allow(clippy::too_many_arguments)]
fn run(filename: &str, bytes: &[u8], argv: Vec<String>, options: Options, dis: bool, mode: JitMode, trace: Trace, perf_map: bool) -> i32 {
    // Before any code object exists: the interpreter's fuel comes from the mode.
    let tier = match pyjit_jit::tier_for(mode, trace) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("pyjit: JIT unavailable ({}); running in the interpreter", e);
            None
        }
    };
    let source = match pyjit_compiler::parse::decode_source(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("SyntaxError: {} {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details", e.msg, filename, e.line);
            return 1;
        }
    };
    let code = match compile_source(&source, filename) {
        Ok(c) => c,
        Err(e) => {
            eprint!("{}", format_compile_error(&e, filename, &source));
            return 1;
        }
    };
    // `warnings.showwarning`'s format: location, category, message, then the source line.
    for (line, msg) in &code.warnings {
        eprintln!("{}:{}: SyntaxWarning: {}", filename, line, msg);
        if let Some(text) = pyjit_compiler::source::line_text(&source, *line) {
            eprintln!("  {}", text.trim());
        }
    }
    if dis {
        print!("{}", pyjit_compiler::dis::disassemble(&code));
        return 0;
    }
    let mut interp = Interp::new(argv, options);
    if let Some(t) = &tier {
        if perf_map {
            if let Err(e) = t.enable_perf_map() {
                eprintln!("pyjit: cannot write the perf map: {}", e);
            }
        }
        interp.tier = Some(t.clone());
    }
    let marker = 0u8;
    interp.set_stack_floor((std::hint::black_box(&marker) as *const u8 as usize).saturating_sub(STACK_SIZE - (1 << 20)));
    if filename != "<string>" {
        interp.sources.insert(filename.to_string(), source);
    }
    let result = interp.run_main(code);
    interp.flush_stdout();
    let status = match result {
        Ok(()) => 0,
        Err(e) => exit_status(&mut interp, e.value()),
    };
    interp.shutdown();
    interp.flush_stdout();
    if let Some(t) = interp.tier.clone() {
        t.finish(&mut interp);
    }
    status
}

/// Handles an uncaught exception: `SystemExit` gives its code, anything else prints
/// a traceback and gives 1.
fn exit_status(interp: &mut Interp, exc: Value) -> i32 {
    let cls = interp.class_of(&exc);
    if cls.is_subclass(&pyjit_runtime::interp::types().exc("SystemExit")) {
        let code = interp.get_attr(&exc, &std::rc::Rc::from("code")).unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = interp.to_str(&other).unwrap_or_default();
                interp.flush_stdout();
                let _ = writeln!(std::io::stderr(), "{}", text);
                1
            }
        };
    }
    let report = interp.format_exception(&exc);
    interp.flush_stdout();
    let _ = std::io::stderr().write_all(report.as_bytes());
    if cls.is_subclass(&pyjit_runtime::interp::types().exc("KeyboardInterrupt")) {
        return 130;
    }
    1
}
