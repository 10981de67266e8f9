#!/usr/bin/env python3
"""Compare pyjit with CPython 3.11, PyPy, Numba and C on the kernels in perf/kernels/.

Usage:
    python3 perf/run.py [--runs N] [--pyjit PATH] [--kernels a,b] [--modes m1,m2]
                        [--interp] [--install] [--startup-runs N] [--warmup N]
                        [--quick] [--timeout S] [--out FILE] [--svg FILE]

The default is the full comparison: pyjit (JIT on), pyjit --no-jit, pypy3,
Numba (perf/kernels_numba/) and C (perf/c/, compiled with `cc -O2` into a
temporary directory at start-up) against python3, written to
perf/results/latest.md with the bar chart perf/results/speedup.svg.  A
runtime that is not installed shows `n/a` (`--install` installs pypy3 with
apt-get and numba with pip first).  `--interp` is the old default: python3
against pyjit --no-jit only, written to perf/results/interp.md.

Every kernel runs as a whole process under each runtime.  `python3` is always
run: it is both the baseline of every ratio and the oracle for the printed
result.  Runs alternate between runtimes (python3, pyjit, ..., c, c, ...,
python3, ...) so that machine noise is spread evenly; each cell is the median
of N runs.  Each child is started by perf/launcher.c (compiled with `cc -O2`
at start), which times spawn-to-reap (posix_spawn, CLOCK_MONOTONIC) and takes
the child's peak RSS from `wait4`'s rusage (`ru_maxrss`, KiB on Linux, shown in MiB); the report
states the RSS floor of this method (what `true` measures).

Besides the kernels it measures start-up (`-c pass`, median of --startup-runs)
and the peak RSS of kernels/mem_list_ints.py (10**6 small ints in two lists).
`--quick` runs only those two measurements.

Exit status: 0 when every run succeeded and pyjit printed CPython's result
everywhere (wrong results of the reference runtimes, e.g. Numba's int64
wrap-around, are reported but are not errors); 1 when pyjit printed a wrong
result or any run failed (non-zero exit, timeout, C compile error); 2 on a bad
command line; 3 when a runtime named in --modes (or pyjit itself) is missing.
Stdlib only; see perf/README.md for how to read the tables.
"""


import argparse
import datetime
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Union

PERF_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(PERF_DIR)
# `cargo build --release` puts it under the build target `.cargo/config.toml` names.
DEFAULT_PYJIT = os.path.join(REPO_DIR, "target", "x86_64-unknown-linux-gnu", "release", "pyjit")
RESULTS_DIR = os.path.join(PERF_DIR, "results")
DEFAULT_OUT = os.path.join(RESULTS_DIR, "latest.md")
DEFAULT_INTERP_OUT = os.path.join(RESULTS_DIR, "interp.md")
SVG_NAME = "speedup.svg"
LAUNCHER_SRC = os.path.join(PERF_DIR, "launcher.c")
# The compiled launcher (set by main before any run).
LAUNCHER: Optional[str] = None
MEM_KERNEL = "mem_list_ints"
PYJIT_PLACEHOLDER = "{pyjit}"
C_FLAGS = ["-O2"]
C_LIBS = ["-lm"]
# The kernels that come from our users' tutorials (perf/README.md); the others
# are classic benchmarks written for this suite.  Tables list these first.
SEED_KERNELS = ["count_loop", "fibonacci", "genexpr_sum", "listcomp_filter",
                "monte_carlo_pi", "sum_squares"]


@dataclass(frozen=True)
class Runtime:
    """One row of the runtime table.

    name:       the name used with --modes.
    binary:     executable: a name looked up on PATH, an absolute path, or
                PYJIT_PLACEHOLDER for the binary given by --pyjit.  For a
                `compiled` runtime it is the compiler.
    args:       arguments placed before the script (or before `-c pass`).
    pyjit_args: True when `args` are pyjit flags, dropped when --pyjit names a
                stand-in (any executable whose basename does not start with
                "pyjit", e.g. `--pyjit python3` to validate the runner).
    kernel_dir: directory (relative to perf/) holding this runtime's variant
                of each kernel; a kernel missing there is shown as "n/a" and is
                not an error (e.g. Numba needs @njit-decorated copies).
    label:      column header in the full report and legend of the chart.
    compiled:   kernel_dir holds C sources `<kernel>.c`, compiled at start-up
                with `binary C_FLAGS -o TMP/<kernel> SRC C_LIBS`; the run is the
                compiled executable itself.
    probe:      arguments run with `binary` once at start-up; a non-zero exit
                means the runtime is missing (e.g. numba not importable).
    startup:    whether `-c pass` means something for this runtime.
    optional:   when it is missing, show `n/a` and go on (exit status 3 only
                if it was named in --modes).
    """
    name: str
    binary: str
    args: tuple = ()
    pyjit_args: bool = False
    kernel_dir: str = "kernels"
    label: str = ""
    compiled: bool = False
    probe: tuple = ()
    startup: bool = True
    optional: bool = False


# The runtime table.  To add a runtime, add a row; `--modes` picks rows by name.
RUNTIMES = [
    Runtime("python3", "python3", label="CPython"),
    Runtime("pyjit", PYJIT_PLACEHOLDER, label="pyjit"),
    Runtime("pyjit-nojit", PYJIT_PLACEHOLDER, ("--no-jit",), pyjit_args=True,
            label="pyjit --no-jit"),
    Runtime("pypy3", "pypy3", label="PyPy", optional=True),
    # Numba runs on CPython with `@njit` variants of the kernels (same file
    # names, same printed output where Numba can produce it).
    Runtime("numba", "python3", kernel_dir="kernels_numba", label="Numba",
            probe=("-c", "import numba"), startup=False, optional=True),
    Runtime("c", "cc", kernel_dir="c", label="C -O2", compiled=True, startup=False,
            optional=True),
]
RUNTIME_BY_NAME = {r.name: r for r in RUNTIMES}
BASELINE = "python3"
PYJIT_MODES = ("pyjit", "pyjit-nojit")
DEFAULT_MODES = ["pyjit", "pyjit-nojit", "pypy3", "numba", "c"]
INTERP_MODES = ["pyjit-nojit"]
# What --install runs for a missing runtime (the first command that succeeds wins;
# `apt-get update` is tried when the first install fails).
INSTALL_COMMANDS = {
    "pypy3": [["apt-get", "install", "-y", "pypy3"],
              ["sh", "-c", "apt-get update && apt-get install -y pypy3"]],
    "numba": [["{python3}", "-m", "pip", "install", "numba"]],
}


@dataclass
class Resolved:
    """A runtime from the table bound to a concrete executable (or missing)."""
    rt: Runtime
    exe: Optional[str]          # None when the executable was not found
    args: List[str]
    note: str = ""              # e.g. "stand-in: python3, --no-jit dropped"
    version: str = ""
    binaries: Dict[str, str] = field(default_factory=dict)        # compiled: kernel -> exe
    compile_errors: Dict[str, str] = field(default_factory=dict)  # compiled: kernel -> error

    @property
    def name(self) -> str:
        return self.rt.name

    @property
    def label(self) -> str:
        return self.rt.label or self.rt.name

    def command(self, tail: List[str]) -> List[str]:
        return [self.exe] + self.args + tail

    def display(self) -> str:
        """How a kernel is run, for the report header."""
        if self.exe is None:
            return "-"
        if self.rt.compiled:
            return "%s %s -o BIN %s/KERNEL.c %s; BIN" % (
                self.exe, " ".join(C_FLAGS), self.rt.kernel_dir, " ".join(C_LIBS))
        script = "SCRIPT" if self.rt.kernel_dir == "kernels" else "%s/SCRIPT" % self.rt.kernel_dir
        return " ".join(self.command([script]))

    def has_variant(self, kernel: str) -> bool:
        """Whether perf/<kernel_dir>/ has this kernel (installed or not)."""
        ext = ".c" if self.rt.compiled else ".py"
        return os.path.isfile(os.path.join(PERF_DIR, self.rt.kernel_dir, kernel + ext))

    def argv_for(self, kernel: str) -> Union[List[str], str, None]:
        """argv to run `kernel`, None when it has no variant, or an error text."""
        if self.rt.compiled:
            if kernel in self.compile_errors:
                return self.compile_errors[kernel]
            return [self.binaries[kernel]] if kernel in self.binaries else None
        path = os.path.join(PERF_DIR, self.rt.kernel_dir, kernel + ".py")
        return self.command([path]) if os.path.isfile(path) else None


@dataclass
class Run:
    """One finished child process."""
    wall_s: float
    maxrss_kib: int
    cpu_s: float                # user + system CPU seconds of the child
    exit_code: int
    stdout: bytes
    stderr: bytes
    timed_out: bool = False


@dataclass
class Cell:
    """All runs of one (measurement, runtime) pair."""
    runs: List[Run] = field(default_factory=list)
    na: bool = False            # kernel has no variant for this runtime
    wrong: bool = False         # printed something other than CPython's result
    missing: bool = False       # runtime executable not found
    error: Optional[str] = None  # could not be run at all (e.g. C compile error)

    def wall(self) -> float:
        return statistics.median(r.wall_s for r in self.runs)

    def cpu(self) -> float:
        return statistics.median(r.cpu_s for r in self.runs)

    def rss_mib(self) -> float:
        return statistics.median(r.maxrss_kib for r in self.runs) / 1024.0

    def failure(self) -> Optional[str]:
        """Why a run failed (non-zero exit, timeout, not runnable), or None."""
        if self.error:
            return self.error
        for r in self.runs:
            if r.timed_out:
                return "timeout"
            if r.exit_code != 0:
                err = r.stderr.decode("utf-8", "replace").strip().splitlines()
                return "exit %d%s" % (r.exit_code, (": " + err[-1][:80]) if err else "")
        return None

    def status(self) -> str:
        """One of ok, n/a (missing or no variant), failed, wrong."""
        if self.missing or self.na:
            return "n/a"
        if self.failure() is not None or not self.runs:
            return "failed"
        return "wrong" if self.wrong else "ok"


def first_line(argv: List[str]) -> str:
    """The first line a command prints (stdout or stderr), or '' on failure."""
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    lines = p.stdout.decode("utf-8", "replace").strip().splitlines()
    return lines[0].strip() if lines and p.returncode == 0 else ""


def resolve(rt: Runtime, pyjit_path: str) -> Resolved:
    """Bind a table row to an executable; drop pyjit flags for a stand-in."""
    binary = pyjit_path if rt.binary == PYJIT_PLACEHOLDER else rt.binary
    if os.sep in binary:
        exe = os.path.abspath(binary)
        exe = exe if os.path.isfile(exe) and os.access(exe, os.X_OK) else None
    else:
        exe = shutil.which(binary)
        exe = os.path.abspath(exe) if exe else None
    args = list(rt.args)
    note = ""
    if rt.binary == PYJIT_PLACEHOLDER and not os.path.basename(binary).startswith("pyjit"):
        note = "stand-in: %s" % binary
        if rt.pyjit_args and args:
            note += ", %s dropped" % " ".join(args)
            args = []
    if exe is None:
        note = (note + "; " if note else "") + "MISSING: %s not found" % binary
    elif rt.probe:
        try:
            ok = subprocess.run([exe] + list(rt.probe), stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                timeout=120).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            ok = False
        if not ok:
            note = (note + "; " if note else "") + "MISSING: `%s %s` failed" % (
                binary, " ".join(rt.probe))
            exe = None
    r = Resolved(rt, exe, args, note)
    if exe is not None:
        if rt.name == "numba":
            r.version = first_line([exe, "-c", "import numba; print('numba', numba.__version__)"])
        else:
            r.version = first_line([exe, "--version"])
        if rt.name == "pypy3":
            # `pypy3 --version` prints the Python version first, the PyPy one second.
            out = subprocess.run([exe, "--version"], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT).stdout.decode("utf-8", "replace")
            r.version = " ".join(line.strip() for line in out.strip().splitlines())
    return r


def compile_c(r: Resolved, kernels: List[str], tmpdir: str) -> None:
    """Compile perf/<kernel_dir>/<kernel>.c for each kernel into tmpdir."""
    for k in kernels:
        src = os.path.join(PERF_DIR, r.rt.kernel_dir, k + ".c")
        if not os.path.isfile(src):
            continue
        out = os.path.join(tmpdir, k)
        argv = [r.exe] + C_FLAGS + ["-o", out, src] + C_LIBS
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
        if p.returncode == 0:
            r.binaries[k] = out
        else:
            msg = p.stdout.decode("utf-8", "replace").strip().splitlines()
            msg = [m for m in msg if "error" in m] or msg
            r.compile_errors[k] = "compile failed%s" % ((": " + msg[0][-100:]) if msg else "")
            print("C: %s: %s" % (k, r.compile_errors[k]), file=sys.stderr)


def compile_launcher(tmpdir: str) -> Optional[str]:
    """Compile perf/launcher.c into tmpdir with `cc`; its path, or None (with
    the compiler's message on stderr) when that fails."""
    out = os.path.join(tmpdir, "launcher")
    argv = [shutil.which("cc") or "cc"] + C_FLAGS + ["-o", out, LAUNCHER_SRC]
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    except OSError as e:
        print("error: cannot compile perf/launcher.c: %s" % e, file=sys.stderr)
        return None
    if p.returncode != 0:
        print("error: cannot compile perf/launcher.c:\n%s" % p.stdout.decode("utf-8", "replace"),
              file=sys.stderr)
        return None
    return out


def install_missing(modes: List[str]) -> List[str]:
    """--install: install pypy3 / numba when missing; return one line per attempt."""
    report = []
    python3 = shutil.which("python3") or sys.executable
    for name in modes:
        if name not in INSTALL_COMMANDS:
            continue
        rt = RUNTIME_BY_NAME[name]
        if resolve(rt, DEFAULT_PYJIT).exe is not None:
            continue
        error = ""
        for cmd in INSTALL_COMMANDS[name]:
            cmd = [python3 if c == "{python3}" else c for c in cmd]
            print("install %s: %s" % (name, " ".join(cmd)), file=sys.stderr, flush=True)
            try:
                p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, timeout=1800)
                ok = p.returncode == 0
                out = p.stdout.decode("utf-8", "replace").strip().splitlines()
                error = ("exit 0, but %s is still not usable" % name if ok else
                         "exit %d" % p.returncode) + ": " + " / ".join(out[-3:])
            except (OSError, subprocess.TimeoutExpired) as e:
                ok, error = False, str(e)
            if ok and resolve(rt, DEFAULT_PYJIT).exe is not None:
                report.append("%s: installed with `%s`" % (name, " ".join(cmd)))
                break
        else:
            report.append("%s: install FAILED (%s)" % (name, error[:300]))
        print("install: " + report[-1], file=sys.stderr, flush=True)
    return report


def run_child(argv: List[str], timeout: float) -> Run:
    """Run argv under perf/launcher.c; return its wall time, peak RSS, output.

    The launcher spawns argv, waits with wait4 and reports the child's exit
    code, ru_maxrss (KiB) and spawn-to-reap wall time (see launcher.c for why
    the runner does not start the child itself).
    stdout/stderr go to temporary files (no pipe back-pressure, no reader
    thread in the timed region).  After `timeout` s the whole process group
    is killed and the run counts as timed out.
    """
    rfd, wfd = os.pipe()
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            proc = subprocess.Popen(
                [LAUNCHER, str(wfd)] + argv,
                stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=REPO_DIR,
                pass_fds=(wfd,), start_new_session=True)
            os.close(wfd)
            wfd = -1
            try:
                proc.wait(timeout=timeout)
                timed_out = False
            except subprocess.TimeoutExpired:
                timed_out = True
                try:
                    os.killpg(proc.pid, 9)
                except OSError:
                    pass
                proc.wait()
            report = b""
            while True:
                chunk = os.read(rfd, 4096)
                if not chunk:
                    break
                report += chunk
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
    finally:
        os.close(rfd)
        if wfd >= 0:
            os.close(wfd)
    fields = report.split()
    if timed_out or len(fields) != 4:
        why = b"" if timed_out else b"\nlauncher failed (status %d)" % proc.returncode
        return Run(float(timeout), 0, 0.0, -9 if timed_out else 255, stdout, stderr + why,
                   timed_out)
    return Run(float(fields[2]), int(fields[1]), float(fields[3]), int(fields[0]), stdout, stderr)


def measure_floor(timeout: float) -> Optional[float]:
    """Peak RSS (MiB) the launcher reports for `true`: the method's floor."""
    true = shutil.which("true")
    if true is None:
        return None
    runs = [run_child([os.path.abspath(true)], timeout) for _ in range(3)]
    return statistics.median(r.maxrss_kib for r in runs) / 1024.0


def measure(name: str, runtimes: List[Resolved], argv_for, n: int,
            timeout: float, warmup: int) -> dict:
    """Run one measurement n times per runtime, alternating runtimes.

    argv_for(runtime) returns the argv to run, None when that runtime has no
    variant (n/a), or a string saying why it cannot run (a failed cell).  Odd
    rounds reverse the order so no runtime always runs first.  The first
    `warmup` rounds (page cache, CPU frequency) are run the same way and
    discarded.  Returns {runtime name: Cell}.
    """
    cells = {}
    argvs = {}
    for r in runtimes:
        cell = Cell()
        cell.missing = r.exe is None
        if not cell.missing:
            argv = argv_for(r)
            if argv is None:
                cell.na = True
            elif isinstance(argv, str):
                cell.error = argv
            else:
                argvs[r.name] = argv
        cells[r.name] = cell
    for i in range(-warmup, n):
        order = runtimes if i % 2 == 0 else list(reversed(runtimes))
        for r in order:
            if r.name not in argvs:
                continue
            run = run_child(argvs[r.name], timeout)
            if i >= 0:
                cells[r.name].runs.append(run)
            print("  %-16s %-12s %s: %.3f s, %d KiB%s" % (
                name, r.name, "run %d/%d" % (i + 1, n) if i >= 0 else "warm-up",
                run.wall_s, run.maxrss_kib,
                "" if run.exit_code == 0 and not run.timed_out else " FAILED"),
                file=sys.stderr, flush=True)
    return cells


def verdict(cells: dict, baseline: str) -> tuple:
    """Compare every runtime's stdout with the baseline's.

    Returns (text, bad, pyjit_bad): bad when anything failed or differed,
    pyjit_bad when a run failed or a pyjit runtime printed a wrong result
    (what sets the exit status)."""
    problems = []
    serious = False
    base = cells[baseline]
    base_fail = base.failure()
    if base_fail:
        return "python3 failed (%s)" % base_fail, True, True
    expected = base.runs[0].stdout
    if any(r.stdout != expected for r in base.runs):
        problems.append("python3 output unstable")
        serious = True
    for name, cell in cells.items():
        if name == baseline or cell.missing or cell.na:
            continue
        fail = cell.failure()
        if fail:
            problems.append("%s failed (%s)" % (name, fail))
            serious = True
        elif any(r.stdout != expected for r in cell.runs):
            cell.wrong = True
            got = next(r.stdout for r in cell.runs if r.stdout != expected)
            got = got.decode("utf-8", "replace").strip()
            got = got if len(got) <= 60 else got[:57] + "..."
            problems.append("%s wrong (printed %r)" % (name, got))
            serious |= name in PYJIT_MODES
    return ("ok" if not problems else "; ".join(problems)), bool(problems), serious


# ---------------------------------------------------------------------------
# The interpreter report (--interp, perf/results/interp.md): ratios are
# runtime/python3 (below 1.00x is faster), as this report has always had them.

def fmt_time(cell: Cell) -> str:
    if cell.missing:
        return "missing"
    if cell.na:
        return "n/a"
    if cell.failure() is not None:
        return "failed"
    return "%.3f%s" % (cell.wall(), spread(cell))


def spread(cell: Cell) -> str:
    """Half the range of the runs relative to the median, e.g. " ±4%"."""
    walls = [r.wall_s for r in cell.runs]
    if len(walls) < 2 or cell.wall() <= 0:
        return ""
    return " ±%d%%" % round(50.0 * (max(walls) - min(walls)) / cell.wall())


def fmt_rss(cell: Cell) -> str:
    if cell.missing:
        return "missing"
    if cell.na or not cell.runs:
        return "n/a"
    if any(r.timed_out for r in cell.runs):
        return "-"
    return "%.1f" % cell.rss_mib()


def fmt_ratio(num: float, den: float) -> str:
    return "%.2fx" % (num / den) if den > 0 else "-"


def ratio_time(cell: Cell, base: Cell) -> str:
    if cell.missing or cell.na or cell.wrong or cell.failure() or base.failure():
        return "-"
    return fmt_ratio(cell.wall(), base.wall())


def ratio_cpu(cell: Cell, base: Cell) -> str:
    if cell.missing or cell.na or cell.wrong or cell.failure() or base.failure():
        return "-"
    return fmt_ratio(cell.cpu(), base.cpu())


def ratio_rss(cell: Cell, base: Cell) -> str:
    if cell.missing or cell.na or cell.wrong or cell.failure() or base.failure():
        return "-"
    return fmt_ratio(cell.rss_mib(), base.rss_mib())


def kernel_table(results: dict, others: List[str]) -> tuple:
    """Header and rows: kernel, python3 s, per runtime (s, ratio, CPU-time
    ratio), RSS per runtime, result."""
    header = ["kernel", "python3 s"]
    for o in others:
        header += ["%s s" % o, "%s/python3" % o, "%s/python3 cpu" % o]
    header += ["python3 RSS MiB"] + ["%s RSS MiB" % o for o in others] + ["result"]
    rows = []
    for kernel, (cells, text) in results.items():
        base = cells[BASELINE]
        row = [kernel, fmt_time(base)]
        for o in others:
            row += [fmt_time(cells[o]), ratio_time(cells[o], base), ratio_cpu(cells[o], base)]
        row += [fmt_rss(base)] + [fmt_rss(cells[o]) for o in others] + [text]
        rows.append(row)
    return header, rows


def startup_table(cells: dict, others: List[str]) -> tuple:
    """One row: `-c pass` wall ms per runtime with ratio, then peak RSS."""
    def ms(c: Cell) -> str:
        return "missing" if c.missing else ("failed" if c.failure() else "%.1f" % (c.wall() * 1000))
    base = cells[BASELINE]
    header = ["measure", "python3 ms"]
    for o in others:
        header += ["%s ms" % o, "%s/python3" % o]
    header += ["python3 RSS MiB"] + ["%s RSS MiB" % o for o in others]
    row = ["`-c pass`", ms(base)]
    for o in others:
        row += [ms(cells[o]), ratio_time(cells[o], base)]
    row += [fmt_rss(base)] + [fmt_rss(cells[o]) for o in others]
    return header, [row]


def mem_table(cells: dict, text: str, others: List[str]) -> tuple:
    base = cells[BASELINE]
    header = ["measure", "python3 MiB"]
    for o in others:
        header += ["%s MiB" % o, "%s/python3" % o]
    header += ["result"]
    row = ["peak RSS, %s.py" % MEM_KERNEL, fmt_rss(base)]
    for o in others:
        row += [fmt_rss(cells[o]), ratio_rss(cells[o], base)]
    return header, [row + [text]]


def render_text(header, rows) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda cols: "  ".join(str(c).ljust(w) for c, w in zip(cols, widths)).rstrip()
    out = [line(header), line(["-" * w for w in widths])]
    return "\n".join(out + [line(r) for r in rows])


NUM_SUFFIXES = (" s", " ms", " MiB", "/python3", "/python3 cpu", "speed-up", "/C time",
                "RSS", "overhead MiB")


def is_num(title: str) -> bool:
    """Numeric columns (times, sizes, ratios) are right-aligned in Markdown."""
    return title.endswith(NUM_SUFFIXES)


def render_md(header, rows) -> str:
    esc = lambda s: str(s).replace("|", "\\|")
    out = ["| " + " | ".join(esc(h) for h in header) + " |",
           "|" + "|".join("---:" if is_num(h) else "---" for h in header) + "|"]
    return "\n".join(out + ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows])


# ---------------------------------------------------------------------------
# The full report (perf/results/latest.md + speedup.svg): speed-up over CPython
# = CPython time / runtime time (above 1x is faster).

def speedup(cell: Cell, base: Cell) -> Optional[float]:
    """CPython wall time / this runtime's, or None when there is no fair number."""
    if cell.status() != "ok" or base.status() != "ok" or cell.wall() <= 0:
        return None
    return base.wall() / cell.wall()


def fmt_x(v: float) -> str:
    """12.3x style: about three significant digits."""
    if v >= 100:
        return "%.0fx" % v
    if v >= 10:
        return "%.1fx" % v
    return "%.2fx" % v


def geomean(values: List[float]) -> Optional[float]:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def full_tables(results: dict, runtimes: List[Resolved]) -> tuple:
    """The main table, the timing details and the RSS table of the full report.

    Returns (main, details, rss, chart) where chart is
    {kernel or "geometric mean": {runtime name: float speed-up or status text}}.
    """
    others = [r for r in runtimes if r.name != BASELINE]
    names = [r.name for r in runtimes]
    has_c = "c" in names and "pyjit" in names
    has_jit_rss = "pyjit" in names and "pyjit-nojit" in names
    header = ["kernel", "CPython s"] + ["%s s" % r.label for r in others]
    header += ["%s speed-up" % r.label for r in others]
    if has_c:
        header.append("pyjit/C time")
    if has_jit_rss:
        header.append("JIT RSS overhead MiB")
    header.append("result")
    rows, chart = [], {}
    ups: Dict[str, List[float]] = {r.name: [] for r in others}
    c_ratios: List[float] = []
    for kernel, (cells, text) in results.items():
        base = cells[BASELINE]
        row = [kernel, short_time(base)]
        row += [short_time(cells[r.name]) for r in others]
        chart[kernel] = {}
        for r in others:
            v = speedup(cells[r.name], base)
            if v is None:
                st = cells[r.name].status()
                row.append(st if base.status() == "ok" else "-")
                chart[kernel][r.name] = st if base.status() == "ok" else "-"
            else:
                ups[r.name].append(v)
                row.append(fmt_x(v))
                chart[kernel][r.name] = v
        if has_c:
            pj, c = cells["pyjit"], cells["c"]
            if pj.status() == "ok" and c.status() == "ok" and c.wall() > 0 and base.status() == "ok":
                c_ratios.append(pj.wall() / c.wall())
                row.append(fmt_x(c_ratios[-1]))
            else:
                row.append("-")
        if has_jit_rss:
            pj, nj = cells["pyjit"], cells["pyjit-nojit"]
            if pj.status() in ("ok", "wrong") and nj.status() in ("ok", "wrong"):
                delta = pj.rss_mib() - nj.rss_mib()
                row.append("%+.1f" % (0.0 if abs(delta) < 0.05 else delta))
            else:
                row.append("-")
        row.append(text)
        rows.append(row)
    n_k = len(results)
    gm = ["geometric mean", ""] + [""] * len(others)
    chart["geometric mean"] = {}
    for r in others:
        g = geomean(ups[r.name])
        chart["geometric mean"][r.name] = g if g is not None else "n/a"
        if g is None:
            gm.append("-")
        else:
            gm.append(fmt_x(g) + ("" if len(ups[r.name]) == n_k
                                  else " (%d of %d)" % (len(ups[r.name]), n_k)))
    if has_c:
        g = geomean(c_ratios)
        gm.append("-" if g is None else fmt_x(g) + (
            "" if len(c_ratios) == n_k else " (%d of %d)" % (len(c_ratios), n_k)))
    if has_jit_rss:
        gm.append("")
    gm.append("")
    rows.append(gm)
    main = (header, rows)

    # Details: median ± half-range and CPU time per runtime.
    d_header = ["kernel"] + ["%s s" % r.label for r in runtimes] + \
               ["%s cpu s" % r.label for r in runtimes]
    d_rows = []
    for kernel, (cells, _) in results.items():
        d_rows.append([kernel] + [fmt_time_full(cells[r.name]) for r in runtimes] +
                      [fmt_cpu(cells[r.name]) for r in runtimes])
    r_header = ["kernel"] + ["%s MiB" % r.label for r in runtimes]
    r_rows = [[kernel] + [fmt_rss_full(cells[r.name]) for r in runtimes]
              for kernel, (cells, _) in results.items()]
    return main, (d_header, d_rows), (r_header, r_rows), chart


def short_time(cell: Cell) -> str:
    if cell.missing or cell.na:
        return "n/a"
    if cell.failure() is not None or not cell.runs:
        return "failed"
    return "%.3f" % cell.wall()


def fmt_time_full(cell: Cell) -> str:
    t = short_time(cell)
    return t + spread(cell) if t not in ("n/a", "failed") else t


def fmt_cpu(cell: Cell) -> str:
    t = short_time(cell)
    return "%.3f" % cell.cpu() if t not in ("n/a", "failed") else t


def fmt_rss_full(cell: Cell) -> str:
    r = fmt_rss(cell)
    return "n/a" if r == "missing" else r


def full_startup_table(cells: dict, runtimes: List[Resolved]) -> tuple:
    """`-c pass` per runtime (runtimes for which it means nothing are left out)."""
    base = cells[BASELINE]
    others = [r for r in runtimes if r.name != BASELINE and r.rt.startup]
    header = ["measure", "CPython ms"] + ["%s ms" % r.label for r in others] + \
             ["%s speed-up" % r.label for r in others] + \
             ["CPython MiB"] + ["%s MiB" % r.label for r in others]

    def ms(c: Cell) -> str:
        t = short_time(c)
        return "%.1f" % (c.wall() * 1000) if t not in ("n/a", "failed") else t
    row = ["`-c pass`", ms(base)] + [ms(cells[r.name]) for r in others]
    for r in others:
        v = speedup(cells[r.name], base)
        row.append(fmt_x(v) if v is not None else cells[r.name].status())
    row += [fmt_rss_full(base)] + [fmt_rss_full(cells[r.name]) for r in others]
    return header, [row]


def full_mem_table(cells: dict, text: str, runtimes: List[Resolved]) -> tuple:
    """Peak RSS of the memory probe (runtimes with no variant of it are left out)."""
    base = cells[BASELINE]
    others = [r for r in runtimes if r.name != BASELINE and r.has_variant(MEM_KERNEL)]
    header = ["measure", "CPython MiB"] + ["%s MiB" % r.label for r in others] + \
             ["%s RSS / CPython RSS" % r.label for r in others] + ["result"]
    row = ["peak RSS, %s.py" % MEM_KERNEL, fmt_rss_full(base)]
    row += [fmt_rss_full(cells[r.name]) for r in others]
    for r in others:
        c = cells[r.name]
        row.append(fmt_ratio(c.rss_mib(), base.rss_mib())
                   if c.status() == "ok" and base.status() == "ok" else c.status())
    return header, [row + [text]]


# ---------------------------------------------------------------------------
# The SVG chart (standard library only: the SVG text is written here).

SVG_COLORS = {"pyjit": "#d95f02", "pyjit-nojit": "#fdb863", "pypy3": "#4575b4",
              "numba": "#1a9850", "c": "#555555"}
SVG_FALLBACK_COLORS = ["#984ea3", "#e7298a", "#a6761d", "#66a61e"]


def xml_escape(s: str) -> str:
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def render_svg(chart: dict, runtimes: List[Resolved], title: str, subtitle: str) -> str:
    """A grouped bar chart of speed-ups over CPython on a log scale.

    chart: {group: {runtime name: speed-up (float) or status text}}, in order;
    bars grow up from the 1x line (CPython) when faster, down when slower.
    """
    others = [r for r in runtimes if r.name != BASELINE]
    groups = list(chart)
    values = [v for g in groups for v in chart[g].values() if isinstance(v, float) and v > 0]
    lo_exp = math.floor(math.log10(min(values + [0.5]) / 3.0))
    hi_exp = math.ceil(math.log10(max(values + [2.0]) * 2.5))
    lo_exp = min(lo_exp, -1)
    hi_exp = max(hi_exp, 1)
    bar_w, bar_gap = 12, 2
    cluster_w = len(others) * (bar_w + bar_gap) - bar_gap
    left, top, plot_h = 80, 110, 380
    # At least 22 px between clusters, and at least 880 px of plot so the title,
    # legend and footnote fit.
    group_w = max(cluster_w + 22, 880.0 / max(1, len(groups)))
    group_gap = group_w - cluster_w
    plot_w = max(1, len(groups)) * group_w
    width = int(left + plot_w + 30)
    label_h = 100
    height = top + plot_h + label_h + 50

    def y(v: float) -> float:
        return top + plot_h * (hi_exp - math.log10(v)) / (hi_exp - lo_exp)

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'viewBox="0 0 %d %d" font-family="DejaVu Sans, Arial, Helvetica, sans-serif">'
           % (width, height, width, height),
           '<rect x="0" y="0" width="%d" height="%d" fill="white"/>' % (width, height),
           '<text x="%d" y="28" font-size="17" font-weight="bold">%s</text>'
           % (left, xml_escape(title)),
           '<text x="%d" y="48" font-size="12" fill="#444">%s</text>'
           % (left, xml_escape(subtitle))]
    # Legend.
    lx, ly = left, 68
    for i, r in enumerate(others):
        color = SVG_COLORS.get(r.name, SVG_FALLBACK_COLORS[i % len(SVG_FALLBACK_COLORS)])
        out.append('<rect x="%d" y="%d" width="14" height="14" fill="%s"/>' % (lx, ly, color))
        text = r.label
        out.append('<text x="%d" y="%d" font-size="13">%s</text>' % (lx + 19, ly + 12,
                                                                      xml_escape(text)))
        lx += 19 + 7.5 * len(text) + 22
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black" stroke-width="1.5" '
               'stroke-dasharray="5,3"/>' % (lx, ly + 7, lx + 24, ly + 7))
    out.append('<text x="%d" y="%d" font-size="13">CPython = 1x</text>' % (lx + 29, ly + 12))
    # Grid: a labelled line per decade, light lines at 2x and 5x.
    for e in range(lo_exp, hi_exp + 1):
        for m in (1, 2, 5):
            v = m * 10.0 ** e
            if e == hi_exp and m > 1:
                continue
            yy = y(v)
            out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" stroke-width="1"/>'
                       % (left, yy, left + plot_w, yy, "#bbbbbb" if m == 1 else "#e8e8e8"))
            if m == 1 or hi_exp - lo_exp <= 3:
                label = ("%gx" % v) if v < 1 else "%dx" % round(v)
                out.append('<text x="%d" y="%.1f" font-size="%d" text-anchor="end" fill="%s">'
                           '%s</text>' % (left - 6, yy + 4, 12 if m == 1 else 10,
                                          "#222" if m == 1 else "#888", label))
    out.append('<text x="20" y="%d" font-size="13" transform="rotate(-90 20 %d)" '
               'text-anchor="middle">speed-up over CPython (log scale)</text>'
               % (top + plot_h // 2, top + plot_h // 2))
    y1 = y(1.0)
    for gi, g in enumerate(groups):
        gx = left + gi * group_w + group_gap / 2
        if g == "geometric mean":
            out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#999" '
                       'stroke-dasharray="2,2"/>' % (gx - group_gap / 2, top,
                                                     gx - group_gap / 2, top + plot_h))
        for bi, r in enumerate(others):
            v = chart[g].get(r.name, "n/a")
            x = gx + bi * (bar_w + bar_gap)
            color = SVG_COLORS.get(r.name, SVG_FALLBACK_COLORS[bi % len(SVG_FALLBACK_COLORS)])
            cx = x + bar_w / 2
            if isinstance(v, float):
                yv = y(v)
                y_top, h = min(y1, yv), max(abs(yv - y1), 1.0)
                out.append('<rect x="%.1f" y="%.1f" width="%d" height="%.1f" fill="%s">'
                           '<title>%s, %s: %s</title></rect>'
                           % (x, y_top, bar_w, h, color, xml_escape(g), xml_escape(r.label),
                              fmt_x(v)))
                if v >= 1:
                    ty, anchor = y_top - 3, "start"
                else:
                    ty, anchor = y_top + h + 3, "end"
                out.append('<text x="%.1f" y="%.1f" font-size="9" text-anchor="%s" '
                           'transform="rotate(-90 %.1f %.1f)" dominant-baseline="middle">'
                           '%s</text>' % (cx, ty, anchor, cx, ty, fmt_x(v)))
            else:
                status = str(v)
                color_t = "#c00000" if status in ("wrong", "failed") else "#888888"
                if status == "wrong":
                    d = 4
                    out.append('<path d="M%.1f %.1f L%.1f %.1f M%.1f %.1f L%.1f %.1f" '
                               'stroke="#c00000" stroke-width="2"><title>%s, %s: wrong result'
                               '</title></path>' % (cx - d, y1 - d, cx + d, y1 + d, cx - d,
                                                    y1 + d, cx + d, y1 - d, xml_escape(g),
                                                    xml_escape(r.label)))
                ty = y1 - 7
                out.append('<text x="%.1f" y="%.1f" font-size="9" fill="%s" text-anchor="start" '
                           'transform="rotate(-90 %.1f %.1f)" dominant-baseline="middle">'
                           '%s</text>' % (cx, ty, color_t, cx, ty, xml_escape(status)))
        # Group label below the plot, slanted.
        lxc = gx + cluster_w / 2
        lyc = top + plot_h + 14
        out.append('<text x="%.1f" y="%.1f" font-size="12" text-anchor="end" %s'
                   'transform="rotate(-35 %.1f %.1f)">%s</text>'
                   % (lxc, lyc, 'font-weight="bold" ' if g == "geometric mean" else "",
                      lxc, lyc, xml_escape(g)))
    out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="black" stroke-width="1.5" '
               'stroke-dasharray="5,3"/>' % (left, y1, left + plot_w, y1))
    out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#444"/>'
               % (left, top, plot_w, plot_h))
    out.append('<text x="%d" y="%d" font-size="11" fill="#444">Whole-process wall time '
               '(start-up and compilation included); bars grow up from CPython (1x) when '
               'faster, down when slower.</text>' % (left, height - 28))
    out.append('<text x="%d" y="%d" font-size="11" fill="#444">"wrong": printed a result '
               'other than CPython\'s (no speed-up shown); "n/a": runtime or variant not '
               'available. Geometric mean over each runtime\'s correct kernels.</text>'
               % (left, height - 12))
    out.append("</svg>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------

def list_kernels() -> List[str]:
    names = [f[:-3] for f in os.listdir(os.path.join(PERF_DIR, "kernels"))
             if f.endswith(".py")]
    names = [n for n in names if n != MEM_KERNEL]
    seeds = [n for n in SEED_KERNELS if n in names]
    return seeds + sorted(n for n in names if n not in SEED_KERNELS)


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Compare pyjit with CPython 3.11, PyPy, Numba and C on perf/kernels/*.py.",
        epilog="Runtimes: %s (python3 always runs as baseline and oracle)."
               % ", ".join(r.name for r in RUNTIMES))
    p.add_argument("--runs", type=int, default=5,
                   help="runs per kernel and runtime; the median is reported (default 5)")
    p.add_argument("--pyjit", default=DEFAULT_PYJIT,
                   help="pyjit binary (default target/x86_64-unknown-linux-gnu/release/pyjit); a binary whose "
                        "name does not start with 'pyjit' is a stand-in and gets no pyjit flags")
    p.add_argument("--kernels", default=None,
                   help="comma-separated kernel names (default: all in perf/kernels)")
    p.add_argument("--modes", default=None,
                   help="comma-separated runtimes to compare with python3 (default %s; "
                        "with --interp: %s)" % (",".join(DEFAULT_MODES), ",".join(INTERP_MODES)))
    p.add_argument("--interp", action="store_true",
                   help="the interpreter-only report: python3 vs pyjit --no-jit, ratios "
                        "runtime/python3, written to perf/results/interp.md")
    p.add_argument("--install", action="store_true",
                   help="first install missing runtimes: pypy3 (apt-get install -y pypy3) "
                        "and numba (python3 -m pip install numba)")
    p.add_argument("--startup-runs", type=int, default=20,
                   help="runs of `-c pass` per runtime (default 20)")
    p.add_argument("--warmup", type=int, default=1,
                   help="discarded rounds before the timed runs (default 1)")
    p.add_argument("--quick", action="store_true",
                   help="only the `-c pass` and memory measurements")
    p.add_argument("--timeout", type=float, default=900.0,
                   help="seconds before one run is killed (default 900)")
    p.add_argument("--out", default=None,
                   help="Markdown report path (default perf/results/latest.md; with "
                        "--interp perf/results/interp.md)")
    p.add_argument("--svg", default=None,
                   help="SVG chart path (default: speedup.svg next to --out; not written "
                        "with --interp or --quick)")
    a = p.parse_args(argv)
    if a.runs < 1 or a.startup_runs < 1 or a.warmup < 0:
        p.error("--runs and --startup-runs must be at least 1, --warmup at least 0")
    all_kernels = list_kernels()
    a.kernel_list = all_kernels if a.kernels is None else [
        k.strip().removesuffix(".py") for k in a.kernels.split(",") if k.strip()]
    unknown = [k for k in a.kernel_list if k not in all_kernels]
    if unknown:
        p.error("unknown kernel(s): %s (have: %s)" % (", ".join(unknown), ", ".join(all_kernels)))
    a.modes_explicit = a.modes is not None
    default = INTERP_MODES if a.interp else DEFAULT_MODES
    modes = default if a.modes is None else [m.strip() for m in a.modes.split(",") if m.strip()]
    bad = [m for m in modes if m not in RUNTIME_BY_NAME]
    if bad:
        p.error("unknown mode(s): %s (have: %s)" % (", ".join(bad), ", ".join(RUNTIME_BY_NAME)))
    # Keep the table's order (python3, pyjit, pyjit-nojit, pypy3, numba, c).
    chosen = set(modes) | {BASELINE}
    a.mode_list = [r.name for r in RUNTIMES if r.name in chosen]
    if a.out is None:
        a.out = DEFAULT_INTERP_OUT if a.interp else DEFAULT_OUT
    if a.svg is None:
        a.svg = os.path.join(os.path.dirname(os.path.abspath(a.out)), SVG_NAME)
    return a


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = ", %.1f GiB RAM" % (int(line.split()[1]) / 1024.0 / 1024.0)
                    break
    except OSError:
        pass
    return "%s, %s, %d CPUs%s" % (platform.platform(), cpu, os.cpu_count() or 0, mem)


def main(argv=None) -> int:
    a = parse_args(sys.argv[1:] if argv is None else argv)
    install_log = install_missing(a.mode_list) if a.install else []
    runtimes = [resolve(RUNTIME_BY_NAME[m], a.pyjit) for m in a.mode_list]
    if runtimes[0].exe is None:
        print("error: python3 (the baseline) was not found on PATH", file=sys.stderr)
        return 3
    if a.runs < 5:
        print("warning: --runs %d < 5: medians are not reliable" % a.runs, file=sys.stderr)
    for r in runtimes:
        print("runtime %-12s %s%s" % (r.name, r.display(), "  (%s)" % r.note if r.note else ""),
              file=sys.stderr)
    tmpdir = tempfile.TemporaryDirectory(prefix="pyjit-perf-c-")
    try:
        global LAUNCHER
        LAUNCHER = compile_launcher(tmpdir.name)
        if LAUNCHER is None:
            return 3
        for r in runtimes:
            if r.rt.compiled and r.exe is not None:
                compile_c(r, a.kernel_list + [MEM_KERNEL], tmpdir.name)
        return run_all(a, runtimes, install_log)
    finally:
        tmpdir.cleanup()


def run_all(a, runtimes: List[Resolved], install_log: List[str]) -> int:
    others = [r.name for r in runtimes if r.name != BASELINE]
    bad = False
    serious = False
    results = {}
    load_before = os.getloadavg()
    floor = measure_floor(a.timeout)
    print("RSS floor of the method (`true` under launcher.c): %s MiB"
          % ("?" if floor is None else "%.1f" % floor), file=sys.stderr)
    if not a.quick:
        for k in a.kernel_list:
            cells = measure(k, runtimes, lambda r, k=k: r.argv_for(k), a.runs, a.timeout,
                            a.warmup)
            text, k_bad, k_serious = verdict(cells, BASELINE)
            bad |= k_bad
            serious |= k_serious
            results[k] = (cells, text)

    def startup_argv(r: Resolved):
        return r.command(["-c", "pass"]) if r.rt.startup else None
    start_cells = measure("-c pass", runtimes, startup_argv, a.startup_runs, a.timeout, a.warmup)
    s_text, s_bad, s_serious = verdict(start_cells, BASELINE)
    bad |= s_bad
    serious |= s_serious
    mem_cells = measure(MEM_KERNEL, runtimes, lambda r: r.argv_for(MEM_KERNEL), a.runs,
                        a.timeout, a.warmup)
    m_text, m_bad, m_serious = verdict(mem_cells, BASELINE)
    bad |= m_bad
    serious |= m_serious
    load_after = os.getloadavg()

    sections = []
    chart = None
    if a.interp:
        if not a.quick:
            sections.append(("Kernels (wall seconds and peak RSS, median of %d runs)" % a.runs,
                             kernel_table(results, others)))
        sections.append(("Start-up (median of %d runs, result: %s)" % (a.startup_runs, s_text),
                         startup_table(start_cells, others)))
        sections.append(("Memory (peak RSS, median of %d runs)" % a.runs,
                         mem_table(mem_cells, m_text, others)))
    else:
        if not a.quick:
            main_t, details, rss, chart = full_tables(results, runtimes)
            sections.append(("Speed-up over CPython (whole-process wall time, median of %d runs)"
                             % a.runs, main_t))
            sections.append(("Wall time: median ± half-range, and CPU time (user+system)",
                             details))
            sections.append(("Peak RSS (MiB, median)", rss))
        sections.append(("Start-up (median of %d runs, result: %s)" % (a.startup_runs, s_text),
                         full_startup_table(start_cells, runtimes)))
        sections.append(("Memory probe (peak RSS, median of %d runs)" % a.runs,
                         full_mem_table(mem_cells, m_text, runtimes)))

    missing = [r for r in runtimes if r.exe is None]
    for title, (header, rows) in sections:
        print("\n" + title)
        print(render_text(header, rows))
    write_report(a, runtimes, sections, floor, load_before, load_after, install_log)
    print("\nwrote %s" % a.out, file=sys.stderr)
    if chart is not None and results:
        title = "pyjit vs CPython 3.11, PyPy, Numba and C: speed-up over CPython"
        subtitle = "%s; median of %d runs; %s; load %.2f/%.2f" % (
            datetime.datetime.now().strftime("%Y-%m-%d"), a.runs,
            machine_description().split(", ", 1)[1], load_before[0], load_after[0])
        os.makedirs(os.path.dirname(os.path.abspath(a.svg)), exist_ok=True)
        with open(a.svg, "w") as f:
            f.write(render_svg(chart, runtimes, title, subtitle))
        print("wrote %s" % a.svg, file=sys.stderr)
    if missing:
        print("missing runtime(s), shown as n/a: %s" % ", ".join(r.name for r in missing),
              file=sys.stderr)
    hard_missing = [r for r in missing if a.modes_explicit or not r.rt.optional]
    if hard_missing:
        print("MISSING runtime(s): %s" % ", ".join(r.name for r in hard_missing), file=sys.stderr)
        return 3
    if serious:
        print("FAILED: pyjit printed a wrong result or a run failed", file=sys.stderr)
        return 1
    if bad:
        print("note: a reference runtime printed a wrong result (see the result column)",
              file=sys.stderr)
    return 0


def write_report(a, runtimes, sections, floor, load_before, load_after, install_log):
    """Write the same tables as Markdown, with the context needed to read them."""
    title = ("# pyjit vs CPython: interpreter comparison" if a.interp else
             "# pyjit vs CPython 3.11, PyPy, Numba and C")
    lines = [title, "",
             "Generated by `python3 perf/run.py %s` on %s." % (
                 " ".join(sys.argv[1:]), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
             ""]
    if a.runs < 5:
        lines += ["**Only %d run(s) per kernel: a pipeline check, not numbers to quote.**"
                  % a.runs, ""]
    lines += ["- machine: %s; load average %.2f before, %.2f after" % (
                 machine_description(), load_before[0], load_after[0]),
              "- runs: %d per kernel (median), %d for start-up, after %d discarded warm-up"
              " round(s); runtimes alternate run by run; `±` is half the range of the runs"
              " relative to the median" % (a.runs, a.startup_runs, a.warmup)]
    for r in runtimes:
        lines.append("- `%s`: `%s`%s%s" % (r.name, r.display(),
                                          " (%s)" % r.version if r.version else "",
                                          " (%s)" % r.note if r.note else ""))
        for k, err in sorted(r.compile_errors.items()):
            lines.append("  - %s: %s" % (k, err))
    for line in install_log:
        lines.append("- --install: %s" % line)
    if a.interp:
        lines.append("- ratios are runtime/python3: below 1.00x means faster or smaller than"
                     " CPython; a ratio is `-` when the run failed or printed a wrong result;"
                     " `cpu` ratios compare user+system CPU time, which leaves out waiting for"
                     " a CPU")
    else:
        lines.append("- speed-up = CPython wall time / runtime wall time (above 1x is faster);"
                     " `wrong` = printed something other than CPython's stdout (no speed-up"
                     " claimed), `failed` = non-zero exit, timeout or compile error, `n/a` ="
                     " runtime not installed or no variant of the kernel; `pyjit/C time` ="
                     " pyjit wall time / C wall time; `JIT RSS overhead` = pyjit peak RSS"
                     " minus pyjit --no-jit peak RSS; the geometric mean is over each"
                     " runtime's correct kernels (`(k of n)` when some are left out)")
        if not a.quick:
            lines.append("- chart: `%s`" % os.path.relpath(os.path.abspath(a.svg),
                                                         os.path.dirname(os.path.abspath(a.out))))
    if floor is not None:
        lines.append("- RSS floor of the method: %.1f MiB (what `true` measures under"
                     " perf/launcher.c); an RSS near it is an upper bound" % floor)
    for title, (header, rows) in sections:
        lines += ["", "## " + title, "", render_md(header, rows)]
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
