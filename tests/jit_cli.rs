//! The JIT seen from the command line: Ctrl-C inside a compiled loop, recursion past
//! the limit in compiled code, `--trace-jit` events (compile, deopt, recompile,
//! blacklist, OSR entry), the trace formats (json, ir, asm), `--perf-map`, self-call
//! inlining of recursive functions, and the JIT options' validation.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn pyjit() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn script(name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyjit-jit-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, body).expect("write script");
    p
}

fn run(args: &[&str]) -> Output {
    pyjit().args(args).output().expect("pyjit runs")
}

#[test]
fn ctrl_c_in_a_compiled_loop_raises_keyboard_interrupt() {
    // `while` loops poll at their back-edge; range loops once per chunk of
    // iterations, at the `for` (module level, in a function, counting down, and
    // in a comprehension whose filter drops every item).
    let bodies = [
        "i = 0\nwhile True:\n    i += 1\n",
        "def spin():\n    n = 0\n    while n >= 0:\n        n = (n + 1) % 1000\n\nspin()\n",
        "t = 0\nfor i in range(10 ** 18):\n    t += i & 7\n",
        "def spin():\n    t = 0\n    for i in range(10 ** 18, 0, -3):\n        t ^= i\n    return t\n\nspin()\n",
        // Every item filtered out: each iteration still takes the back-edge.
        "print([x for x in range(10 ** 18) if x < 0])\n",
    ];
    for body in bodies {
        let p = script("spin.py", body);
        let mut child = pyjit().arg("--trace-jit").arg(&p).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("spawn");
        // Let the loop get hot and compiled, then interrupt it.
        std::thread::sleep(Duration::from_millis(400));
        let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
        assert!(status.success());
        let started = Instant::now();
        let code = loop {
            if let Some(s) = child.try_wait().expect("wait") {
                break s.code();
            }
            assert!(started.elapsed() < Duration::from_secs(10), "pyjit did not stop on SIGINT");
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut err = String::new();
        child.stderr.take().expect("stderr").read_to_string(&mut err).expect("read");
        assert!(err.contains("[jit] compile"), "the loop was not compiled:\n{}", err);
        assert!(err.trim_end().ends_with("KeyboardInterrupt"), "{}", err);
        assert_eq!(code, Some(130));
    }
}

#[test]
fn recursion_past_the_limit_in_compiled_code_is_a_recursion_error() {
    let p = script("deep.py", "def down(n):\n    if n == 0:\n        return 0\n    return down(n - 1) + 1\n\nfor i in range(3000):\n    down(20)\nprint(down(900))\ndown(10 ** 6)\n");
    let out = run(&["--trace-jit", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(text(&out.stdout), "900\n");
    assert!(err.contains("[jit] compile   down@deep.py:1"), "{}", err);
    assert!(err.trim_end().ends_with("RecursionError: maximum recursion depth exceeded"), "{}", err);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn exceptions_leaving_compiled_frames_do_not_count_against_the_unit() {
    // Each RecursionError leaves through every compiled frame of the recursion
    // (about 1000 exits per call, against one entry from the interpreter): the
    // program's doing, which recompiling would not change.
    let body = "def walk(n):\n    if n < 2:\n        return n\n    return walk(n - 1) + walk(1)\n\n\
                for i in range(2000):\n    walk(5)\ncaught = 0\nfor i in range(50):\n    try:\n        walk(5000)\n    except RecursionError:\n        caught += 1\nprint(caught, walk(500))\n";
    let p = script("raising.py", body);
    let out = run(&["--trace-jit", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(text(&out.stdout), "50 500\n");
    assert_eq!(err.lines().filter(|l| l.starts_with("[jit] compile   walk@")).count(), 1, "{}", err);
    assert!(!err.contains("deoptimizes too often"), "{}", err);
}

#[test]
fn trace_reports_compile_deopt_recompile_and_blacklist() {
    // The sum outgrows 64 bits (deopt, then a 128-bit recompile: the global `k`
    // has no bounds the compiler could predict the overflow from); the called
    // global is rebound every 200 iterations (guard failures until it is
    // blacklisted).
    let body = "total = 0\nk = 1\nfor i in range(4 * 10 ** 6):\n    total += i * i * k\nprint(total)\n\
                def f(x):\n    return x + 1\ndef g(x):\n    return x + 2\nfns = [f, g]\ns = 0\n\
                for i in range(40000):\n    if i % 200 == 0:\n        h = fns[(i // 200) % 2]\n    s += h(i)\nprint(s)\n";
    let p = script("events.py", body);
    let out = run(&["--trace-jit", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(text(&out.stdout), "21333325333334000000\n800040000\n");
    for needle in ["[jit] hot       <module>@events.py:3 (loop)", "[jit] compile   <module>@events.py:3 (loop)", "global total: int", "Deopt at line 4: int overflows 64 bits", "[jit] recompile <module>@events.py:3", "global total: int128", "[jit] enter", "binding changed", "[jit] blacklist <module>@events.py:12"] {
        assert!(err.contains(needle), "missing {:?} in:\n{}", needle, err);
    }
}

#[test]
fn an_accumulator_predicted_to_outgrow_64_bits_compiles_once_in_128() {
    // `total += i ** 2` over range(10**7) passes 2**63 at i ~ 3*10**6: the
    // bounds of `i ** 2` and the trip count predict it when the loop compiles.
    let body = "total = 0\nfor i in range(10 ** 7):\n    total += i ** 2\nprint(total)\n";
    let p = script("predicted.py", body);
    let out = run(&["--trace-jit", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(text(&out.stdout), "333333283333335000000\n");
    let compiles: Vec<&str> = err.lines().filter(|l| l.starts_with("[jit] compile")).collect();
    assert_eq!(compiles.len(), 1, "{}", err);
    assert!(compiles[0].contains("global total: int128"), "{}", err);
    assert!(!err.contains("overflows 64 bits") && !err.contains("recompile"), "{}", err);
}

#[test]
fn trace_environment_variable_and_summary() {
    let p = script("sum.py", "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nprint(f(100000))\n");
    let out = pyjit().env("PYJIT_TRACE", "summary").arg(p.to_str().unwrap()).output().expect("runs");
    let err = text(&out.stderr);
    assert_eq!(text(&out.stdout), "4999950000\n");
    assert!(err.contains("[jit] summary: f@sum.py:3 (loop)"), "{}", err);
    assert!(err.contains("compilations, median"), "{}", err);
    assert!(!err.contains("[jit] compile"), "summary alone prints no events:\n{}", err);
}

#[test]
fn jit_options_are_validated() {
    let out = run(&["--jit-threshold=0", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--trace-jit=bogus", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown --trace-jit item 'bogus'"), "{}", text(&out.stderr));
    let out = run(&["--jit-threshold=1", "--jit-stress", "-c", "print(sum(i * i for i in range(100)))"]);
    assert_eq!(text(&out.stdout), "328350\n");
}

#[test]
fn njit_compiles_at_the_first_call_and_reports_what_it_cannot_compile() {
    let p = script("deco.py", "from numba import njit\nimport pyjit\n\n@njit\ndef add(a, b):\n    return a + b\n\n@pyjit.njit\ndef chatty(x):\n    y = x * 2\n    print(y)\n    return y\n\nprint(add(1, 2))\ntry:\n    chatty(3)\nexcept pyjit.JitError as e:\n    print(type(e).__name__, e)\nprint(chatty.__name__)\n");
    let out = run(&["--trace-jit", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(err.contains("[jit] compile   add@deco.py:5 params (Int, Int) -> Int"), "{}", err);
    assert_eq!(
        text(&out.stdout),
        "3\nJitError cannot compile 'chatty' (deco.py, line 9) to native code in nopython mode: line 11 uses a call of `print`, which has no native version\nchatty\n"
    );
    // Without the JIT the decorators change nothing.
    let out = run(&["--no-jit", p.to_str().unwrap()]);
    assert_eq!(text(&out.stdout), "3\n6\nchatty\n");
}

#[test]
fn trace_json_ir_and_asm_formats() {
    let p = script("formats.py", "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nprint(f(100000))\n");
    let out = run(&["--trace-jit=json", p.to_str().unwrap()]);
    assert_eq!(text(&out.stdout), "4999950000\n");
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() >= 3, "{}", err);
    for l in &lines {
        // One object per line, with the four fields tools read.
        assert!(l.starts_with('{') && l.ends_with('}'), "not one JSON object: {}", l);
        for key in ["\"event\":", "\"unit\":", "\"detail\":", "\"ms\":"] {
            assert!(l.contains(key), "missing {} in {}", key, l);
        }
    }
    assert!(lines.iter().any(|l| l.contains("\"event\":\"compile\"") && l.contains("\"unit\":\"f@formats.py:3 (loop)\"")), "{}", err);
    let out = run(&["--trace-jit=ir", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(err.contains("[jit] IR of f@formats.py:3 (loop):\nfunction "), "{}", err);
    assert!(err.contains("block0("), "{}", err);
    let out = run(&["--trace-jit=asm", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(err.contains("[jit] machine code of f@formats.py:3 (loop):\nblock0:"), "{}", err);
    assert!(err.contains("ret"), "{}", err);
}

#[test]
fn perf_map_names_compiled_units() {
    let p = script("mapped.py", "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nprint(f(100000))\n");
    let child = pyjit().args(["--perf-map", p.to_str().unwrap()]).stdout(Stdio::piped()).spawn().expect("pyjit runs");
    let map = PathBuf::from(format!("/tmp/perf-{}.map", child.id()));
    let out = child.wait_with_output().expect("pyjit ends");
    assert_eq!(text(&out.stdout), "4999950000\n");
    let listing = std::fs::read_to_string(&map).expect("perf map written");
    let _ = std::fs::remove_file(&map);
    // `perf`'s format: start address and size in hex, then the symbol name.
    let line = listing.lines().find(|l| l.ends_with(" py::f@mapped.py:3_(loop)")).unwrap_or_else(|| panic!("no entry in:\n{}", listing));
    let mut fields = line.split(' ');
    let (start, size) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
    assert!(u64::from_str_radix(start, 16).is_ok_and(|a| a > 0), "{}", line);
    assert!(u64::from_str_radix(size, 16).is_ok_and(|n| n > 0), "{}", line);
}

/// The `N IR insts` a compile event reports for `name`.
fn ir_insts(trace: &str, name: &str) -> usize {
    let line = trace.lines().find(|l| l.contains("compile") && l.contains(name)).unwrap_or_else(|| panic!("no compile event for {name} in:\n{trace}"));
    let before = line.split(" IR insts").next().expect("IR insts field");
    before.rsplit(' ').next().and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no count in {line}"))
}

#[test]
fn recursive_functions_inline_their_self_calls() {
    let p = script("fib_inline.py", "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(22))\n");
    let inlined = pyjit().arg("--trace-jit").arg(&p).output().expect("pyjit runs");
    let plain = pyjit().arg("--trace-jit").arg(&p).env("PYJIT_NO_INLINE", "1").output().expect("pyjit runs");
    for out in [&inlined, &plain] {
        assert_eq!(text(&out.stdout), "17711\n");
        assert!(out.status.success());
    }
    // Two self-call sites, each replaced by a copy of the whole body.
    let (with, without) = (ir_insts(&text(&inlined.stderr), "fib@"), ir_insts(&text(&plain.stderr), "fib@"));
    assert!(with > 2 * without, "inlined unit has {with} IR instructions, plain {without}");
}

/// Runs `body` as script `name` with `--trace-jit=ir`: its stdout and the IR trace.
fn traced_ir(name: &str, body: &str) -> (String, String) {
    let out = run(&["--trace-jit=ir", script(name, body).to_str().unwrap()]);
    (text(&out.stdout), text(&out.stderr))
}

#[test]
fn small_range_items_need_no_overflow_check() {
    // Counting up from 0 to at most 2**31, `i * i` cannot overflow 64 bits; a loop
    // entered with a range past 2**31 is not speculated small and keeps its check.
    let body = "def f(lo, n):\n    s = 0\n    for i in range(lo, n):\n        s ^= i * i\n    return s\nprint(f(0, 100000))\n";
    let (small, small_ir) = traced_ir("small_range.py", body);
    let (large, large_ir) = traced_ir("large_range.py", &body.replace("f(0, 100000)", "f(2 ** 31 - 50000, 2 ** 31 + 50000)"));
    assert_eq!(small, "48053120\n");
    assert_eq!(large, "2500000000\n");
    assert!(small_ir.contains("IR of f@") && !small_ir.contains("smul_overflow"), "{}", small_ir);
    assert!(large_ir.contains("smul_overflow"), "{}", large_ir);
}

#[test]
fn compare_edges_bound_their_operands() {
    // Inside `while i < n`, `i <= 2**63 - 2`, so `i + 1` needs no overflow check;
    // `i + 2` there keeps one (and overflows to a big int at the top).
    let body = "def f(i, n):\n    while i < n:\n        i += STEP\n    return i\nprint(f(0, 100000), f(2**63 - 8, 2**63 - 1))\n";
    let (one, one_ir) = traced_ir("while_plus_one.py", &body.replace("STEP", "1"));
    let (two, two_ir) = traced_ir("while_plus_two.py", &body.replace("STEP", "2"));
    assert_eq!(one, "100000 9223372036854775807\n");
    assert_eq!(two, "100000 9223372036854775808\n");
    // Adding a constant is checked by comparing with `2**63 - 1 - STEP`.
    assert!(one_ir.contains("IR of f@") && !one_ir.contains("0x7fff_ffff_ffff_fffe"), "{}", one_ir);
    assert!(two_ir.contains("0x7fff_ffff_ffff_fffd"), "{}", two_ir);
}

/// The reloads of a loop unit's saved pointer parameters in `ir` (loads from
/// its params slot, the one of 32 bytes aligned to 8), each checked to have a
/// use; and how many instructions address that slot at all.
fn param_reloads(ir: &str) -> (usize, usize) {
    let value = |word: &str| word.trim_end_matches(',').to_string();
    let Some(slot) = ir.lines().find(|l| l.contains("= explicit_slot 32, align = 8")).and_then(|l| l.split_whitespace().next()) else { return (0, 0) };
    let slot_addr = format!("stack_addr.i64 {}", slot);
    let addressing = ir.lines().filter(|l| l.contains(&slot_addr)).count();
    let addrs: Vec<String> = ir.lines().filter(|l| l.contains(&slot_addr)).map(|l| value(l.split_whitespace().next().unwrap_or(""))).collect();
    let mut loads = 0;
    for line in ir.lines().filter(|l| l.contains(" = load.")) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let address = words.last().map(|w| w.split(['+', '-']).next().unwrap_or(w)).unwrap_or("");
        if !addrs.iter().any(|a| a == address) {
            continue;
        }
        loads += 1;
        let result = value(words[0]);
        let uses = ir.lines().filter(|l| l.split(|c: char| !c.is_alphanumeric()).any(|w| w == result)).count();
        assert!(uses > 1, "{} is never used:\n{}", result, ir);
    }
    (loads, addressing)
}

#[test]
fn loop_exits_reload_only_the_parameters_they_use() {
    // Exit code reloads a loop unit's saved pointer parameters for the calls it
    // makes; a reload no instruction uses is removed before Cranelift compiles
    // it. Monte Carlo pi's exits write back a constant register with a call.
    let monte = "import random\ndef f(n):\n    count = 0\n    for i in range(n):\n        x = random.random()\n        y = random.random()\n        if x**2 + y**2 <= 1.0:\n            count += 1\n    return 4.0 * count / n\nrandom.seed(0)\nprint(f(20000))\n";
    let (out, ir) = traced_ir("loop_exits_monte.py", monte);
    assert_eq!(out, "3.148\n");
    assert!(ir.contains("IR of f@"), "{}", ir);
    let (loads, _) = param_reloads(&ir);
    assert!(loads > 0, "{}", ir);
    // Exits that only stage their values for the caller (jit/src/handoff.rs)
    // reload nothing, and then the unit does not save the parameters either.
    let body = "def f(n):\n    t = 0\n    for i in range(n):\n        if i == 70000:\n            break\n        t += i * i * i\n    return t\nprint(f(100000))\n";
    let (out, ir) = traced_ir("loop_exits.py", body);
    assert_eq!(out, "6002328501225000000\n");
    assert!(ir.contains("IR of f@"), "{}", ir);
    assert_eq!(param_reloads(&ir), (0, 0), "{}", ir);
}

#[test]
fn self_calls_keep_the_call_depth_in_a_register() {
    // A recursive function unit passes its call depth to its self-calls (and to
    // their inlined copies) in a register: it writes the interpreter's counter
    // only on the cold paths that call the runtime (its exits).
    let body = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(25))\n";
    let (out, ir) = traced_ir("fib_depth.py", body);
    assert_eq!(out, "75025\n");
    assert!(ir.contains("IR of fib@"), "{}", ir);
    let (mut cold, mut stores) = (false, 0);
    for line in ir.lines() {
        if line.starts_with("block") {
            cold = line.trim_end().ends_with("cold:");
        }
        if line.contains("store") && line.contains("region0") {
            assert!(cold, "a store of the call depth on a hot path: {}\n{}", line, ir);
            stores += 1;
        }
    }
    assert!(stores > 0, "{}", ir);
}

#[test]
fn a_counting_loop_unit_makes_no_runtime_calls() {
    // Its caller reads the range iterator it starts from and writes back what
    // its exits stage (jit/src/handoff.rs), so neither its entry nor its exits
    // (the loop's end, the overflow guard) call the runtime: calls are the
    // costliest part of compiling a small unit.
    let body = "def f(n):\n    count = 0\n    for _ in range(n):\n        count += 1\n    return count\nprint(f(5000), f(3))\n";
    let (out, ir) = traced_ir("count_calls.py", body);
    assert_eq!(out, "5000 3\n");
    assert!(ir.contains("IR of f@"), "{}", ir);
    // An instruction's opcode is its first word, after any `results =`.
    let opcode = |l: &str| l.split(" = ").nth(1).unwrap_or(l).split_whitespace().next().unwrap_or("").to_string();
    let calls: Vec<&str> = ir.lines().filter(|l| matches!(opcode(l).as_str(), "call" | "call_indirect")).collect();
    assert!(calls.is_empty(), "{:?}\n{}", calls, ir);
}

#[test]
fn loop_exits_write_back_only_registers_live_where_the_interpreter_resumes() {
    // The loop's exits (its end and the Ctrl-C poll on the back-edge) resume at
    // instructions that read only the total and the iterator: a body with five
    // temporaries stores no more than one with one (before, every exit wrote
    // back each temporary the body had computed: 11 stores against 19).
    let body = "def f(n):\n    t = 0.0\n    for i in range(n):\n        t += EXPR\n    return t\nprint(f(5000))\n";
    let (one, one_ir) = traced_ir("one_temp.py", &body.replace("EXPR", "i * 0.5"));
    let (five, five_ir) = traced_ir("five_temps.py", &body.replace("EXPR", "((i * 0.5 + 1.5) * 0.25 - 2.0) * 0.125"));
    assert_eq!(one, "6248750.0\n");
    assert_eq!(five, "194257.8125\n");
    assert!(one_ir.contains("IR of f@") && five_ir.contains("IR of f@"), "{}\n{}", one_ir, five_ir);
    let stores = |ir: &str| ir.lines().filter(|l| l.trim_start().starts_with("store ")).count();
    assert!(stores(&one_ir) > 0, "{}", one_ir);
    assert_eq!(stores(&one_ir), stores(&five_ir), "{}\n{}", one_ir, five_ir);
}

#[test]
fn a_closed_unit_reads_the_recursion_limit_once() {
    // Nothing a closed unit runs can call `sys.setrecursionlimit`, so its depth
    // checks share one load of the limit instead of reloading it after every
    // call, and the unit loads nothing else from the call depth's alias region.
    // They are the entry's two: whether two more levels fit (the inlined copy's
    // and the base cases' inlined into it, which check nothing themselves) and,
    // on its cold path, whether this one does.
    let body = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(25))\n";
    let (out, ir) = traced_ir("fib_limit.py", body);
    assert_eq!(out, "75025\n");
    assert!(ir.contains("IR of fib@"), "{}", ir);
    let depth_loads: Vec<&str> = ir.lines().filter(|l| l.contains("load") && l.contains("region0")).collect();
    assert!(depth_loads.is_empty(), "{:?}\n{}", depth_loads, ir);
    // Every depth check (`depth + k <= limit`) compares with the same value.
    let limits: std::collections::BTreeSet<&str> = ir.lines().filter(|l| l.contains("= icmp ule ")).filter_map(|l| l.split_whitespace().nth(5)).collect();
    let checks = ir.lines().filter(|l| l.contains("= icmp ule ")).count();
    assert_eq!(checks, 2, "{}", ir);
    assert_eq!(limits.len(), 1, "{:?}\n{}", limits, ir);
}

#[test]
fn the_jit_programs_compile_without_internal_errors() {
    // A panic inside the compiler is caught and the program goes on in the
    // interpreter with the right output, so the conformance suite cannot see
    // one; `--trace-jit` reports it. Compiled at the first opportunity, the
    // JIT conformance programs reach every unit kind.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("programs");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir).expect("tests/programs").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("jit") && n.ends_with(".py"))).collect();
    programs.sort();
    assert!(programs.len() > 100, "{}", programs.len());
    let mut errors = Vec::new();
    for p in &programs {
        let out = pyjit().args(["--jit-threshold=1", "--trace-jit", p.to_str().unwrap()]).current_dir(&dir).stdin(Stdio::null()).output().expect("pyjit runs");
        errors.extend(text(&out.stderr).lines().filter(|l| l.contains("internal compiler error")).map(|l| format!("{}: {}", p.display(), l)));
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
