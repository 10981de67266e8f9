#!/usr/bin/env python3
"""Compare pyjit with CPython 3.11 on the tutorial kernels in perf/kernels/.

Usage:
    python3 perf/run.py [--runs N] [--pyjit PATH] [--kernels a,b] [--modes m1,m2]
                        [--startup-runs N] [--warmup N] [--quick] [--timeout S]
                        [--out FILE]

Every kernel runs as a whole process under each runtime.  `python3` is always
run: it is both the baseline of every ratio and the oracle for the printed
result.  Runs alternate between runtimes (python3, pyjit, pyjit, python3, ...)
so that machine noise is spread evenly; each cell is the median of N runs.
Each child is started by perf/launcher.py, which times fork-to-reap with
`time.perf_counter()` and takes the child's peak RSS from `os.wait4`'s rusage
(`ru_maxrss`, KiB on Linux, shown in MiB); the report states the RSS floor of
this method (what `true` measures).

Besides the kernels it measures start-up (`-c pass`, median of --startup-runs)
and the peak RSS of kernels/mem_list_ints.py (10**6 small ints in two lists).
`--quick` runs only those two measurements.

Exit status: 0 when every runtime ran every kernel and all results matched
CPython; 1 when a result differed or a run failed (non-zero exit, timeout);
2 on a bad command line; 3 when a requested runtime is missing.
Stdlib only; see perf/README.md for how to read the tables.
"""

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from typing import List, Optional

PERF_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(PERF_DIR)
DEFAULT_PYJIT = os.path.join(REPO_DIR, "target", "release", "pyjit")
DEFAULT_OUT = os.path.join(PERF_DIR, "results", "interp.md")
LAUNCHER = os.path.join(PERF_DIR, "launcher.py")
MEM_KERNEL = "mem_list_ints"
PYJIT_PLACEHOLDER = "{pyjit}"


@dataclass(frozen=True)
class Runtime:
    """One row of the runtime table.

    name:       the name used with --modes and in column headers.
    binary:     executable: a name looked up on PATH, an absolute path, or
                PYJIT_PLACEHOLDER for the binary given by --pyjit.
    args:       arguments placed before the script (or before `-c pass`).
    pyjit_args: True when `args` are pyjit flags, dropped when --pyjit names a
                stand-in (any executable whose basename does not start with
                "pyjit", e.g. `--pyjit python3` to validate the runner).
    kernel_dir: directory (relative to perf/) holding this runtime's variant
                of each kernel; a kernel missing there is shown as "n/a" and is
                not an error (e.g. Numba needs @njit-decorated copies).
    """
    name: str
    binary: str
    args: tuple = ()
    pyjit_args: bool = False
    kernel_dir: str = "kernels"


# The runtime table.  To add a runtime, add a row; `--modes` picks rows by name.
RUNTIMES = [
    Runtime("python3", "python3"),
    Runtime("pyjit-nojit", PYJIT_PLACEHOLDER, ("--no-jit",), pyjit_args=True),
    Runtime("pyjit", PYJIT_PLACEHOLDER),
    Runtime("pypy3", "pypy3"),
    # Numba runs on CPython but needs decorated kernels: put `@numba.njit`
    # variants (same file names, same printed output) in perf/kernels_numba/.
    Runtime("numba", "python3", kernel_dir="kernels_numba"),
]
RUNTIME_BY_NAME = {r.name: r for r in RUNTIMES}
BASELINE = "python3"
DEFAULT_MODES = ["pyjit-nojit"]


@dataclass
class Resolved:
    """A runtime from the table bound to a concrete executable (or missing)."""
    rt: Runtime
    exe: Optional[str]          # None when the executable was not found
    args: List[str]
    note: str = ""              # e.g. "stand-in: python3, --no-jit dropped"

    @property
    def name(self) -> str:
        return self.rt.name

    def command(self, tail: List[str]) -> List[str]:
        return [self.exe] + self.args + tail


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

    def wall(self) -> float:
        return statistics.median(r.wall_s for r in self.runs)

    def cpu(self) -> float:
        return statistics.median(r.cpu_s for r in self.runs)

    def rss_mib(self) -> float:
        return statistics.median(r.maxrss_kib for r in self.runs) / 1024.0

    def failure(self) -> Optional[str]:
        """Why a run failed (non-zero exit or timeout), or None."""
        for r in self.runs:
            if r.timed_out:
                return "timeout"
            if r.exit_code != 0:
                err = r.stderr.decode("utf-8", "replace").strip().splitlines()
                return "exit %d%s" % (r.exit_code, (": " + err[-1][:80]) if err else "")
        return None


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
    return Resolved(rt, exe, args, note)


def run_child(argv: List[str], timeout: float) -> Run:
    """Run argv under perf/launcher.py; return its wall time, peak RSS, output.

    The launcher forks and execs argv, waits with os.wait4 and reports the
    child's exit code, ru_maxrss (KiB) and fork-to-reap wall time (see
    launcher.py for why the runner does not fork the child itself).
    stdout/stderr go to temporary files (no pipe back-pressure, no reader
    thread in the timed region).  After `timeout` s the whole process group
    is killed and the run counts as timed out.
    """
    rfd, wfd = os.pipe()
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            proc = subprocess.Popen(
                [sys.executable, "-S", "-I", LAUNCHER, str(wfd)] + argv,
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


def measure(name: str, runtimes: List[Resolved], tail_for, n: int,
            timeout: float, warmup: int) -> dict:
    """Run one measurement n times per runtime, alternating runtimes.

    tail_for(runtime) returns the argv tail (script path or `-c pass`), or
    None when that runtime has no variant.  Odd rounds reverse the order so
    no runtime always runs first.  The first `warmup` rounds (page cache,
    CPU frequency) are run the same way and discarded.
    Returns {runtime name: Cell}.
    """
    cells = {}
    for r in runtimes:
        cell = Cell()
        cell.missing = r.exe is None
        cell.na = not cell.missing and tail_for(r) is None
        cells[r.name] = cell
    for i in range(-warmup, n):
        order = runtimes if i % 2 == 0 else list(reversed(runtimes))
        for r in order:
            cell = cells[r.name]
            if cell.missing or cell.na:
                continue
            run = run_child(r.command(tail_for(r)), timeout)
            if i >= 0:
                cell.runs.append(run)
            print("  %-16s %-12s %s: %.3f s, %d KiB%s" % (
                name, r.name, "run %d/%d" % (i + 1, n) if i >= 0 else "warm-up",
                run.wall_s, run.maxrss_kib,
                "" if run.exit_code == 0 and not run.timed_out else " FAILED"),
                file=sys.stderr, flush=True)
    return cells


def verdict(cells: dict, baseline: str) -> tuple:
    """Compare every runtime's stdout with the baseline's; return (text, bad)."""
    problems = []
    base = cells[baseline]
    base_fail = base.failure()
    if base_fail:
        return "python3 failed (%s)" % base_fail, True
    expected = base.runs[0].stdout
    if any(r.stdout != expected for r in base.runs):
        problems.append("python3 output unstable")
    for name, cell in cells.items():
        if name == baseline or cell.missing or cell.na:
            continue
        fail = cell.failure()
        if fail:
            problems.append("%s %s" % (name, fail))
        elif any(r.stdout != expected for r in cell.runs):
            cell.wrong = True
            got = next(r.stdout for r in cell.runs if r.stdout != expected)
            got = got.decode("utf-8", "replace").strip()[:40]
            problems.append("%s differs (got %r)" % (name, got))
    return ("ok" if not problems else "; ".join(problems)), bool(problems)


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
    for kernel, (cells, text, _) in results.items():
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


def is_num(title: str) -> bool:
    """Numeric columns (times, sizes, ratios) are right-aligned in Markdown."""
    return title.endswith((" s", " ms", " MiB", "/python3", "/python3 cpu"))


def render_md(header, rows) -> str:
    esc = lambda s: str(s).replace("|", "\\|")
    out = ["| " + " | ".join(esc(h) for h in header) + " |",
           "|" + "|".join("---:" if is_num(h) else "---" for h in header) + "|"]
    return "\n".join(out + ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows])


def list_kernels() -> List[str]:
    names = [f[:-3] for f in os.listdir(os.path.join(PERF_DIR, "kernels"))
             if f.endswith(".py")]
    return sorted(n for n in names if n != MEM_KERNEL)


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Compare pyjit with CPython 3.11 on perf/kernels/*.py.",
        epilog="Runtimes: %s (python3 always runs as baseline and oracle)."
               % ", ".join(r.name for r in RUNTIMES))
    p.add_argument("--runs", type=int, default=5,
                   help="runs per kernel and runtime; the median is reported (default 5)")
    p.add_argument("--pyjit", default=DEFAULT_PYJIT,
                   help="pyjit binary (default target/release/pyjit); a binary whose "
                        "name does not start with 'pyjit' is a stand-in and gets no pyjit flags")
    p.add_argument("--kernels", default=None,
                   help="comma-separated kernel names (default: all in perf/kernels)")
    p.add_argument("--modes", default=",".join(DEFAULT_MODES),
                   help="comma-separated runtimes to compare with python3 (default %s)"
                        % ",".join(DEFAULT_MODES))
    p.add_argument("--startup-runs", type=int, default=20,
                   help="runs of `-c pass` per runtime (default 20)")
    p.add_argument("--warmup", type=int, default=1,
                   help="discarded rounds before the timed runs (default 1)")
    p.add_argument("--quick", action="store_true",
                   help="only the `-c pass` and memory measurements")
    p.add_argument("--timeout", type=float, default=900.0,
                   help="seconds before one run is killed (default 900)")
    p.add_argument("--out", default=DEFAULT_OUT,
                   help="Markdown report path (default perf/results/interp.md)")
    a = p.parse_args(argv)
    if a.runs < 1 or a.startup_runs < 1 or a.warmup < 0:
        p.error("--runs and --startup-runs must be at least 1, --warmup at least 0")
    all_kernels = list_kernels()
    a.kernel_list = all_kernels if a.kernels is None else [
        k.strip().removesuffix(".py") for k in a.kernels.split(",") if k.strip()]
    unknown = [k for k in a.kernel_list if k not in all_kernels]
    if unknown:
        p.error("unknown kernel(s): %s (have: %s)" % (", ".join(unknown), ", ".join(all_kernels)))
    modes = [m.strip() for m in a.modes.split(",") if m.strip()]
    bad = [m for m in modes if m not in RUNTIME_BY_NAME]
    if bad:
        p.error("unknown mode(s): %s (have: %s)" % (", ".join(bad), ", ".join(RUNTIME_BY_NAME)))
    a.mode_list = [BASELINE] + [m for m in dict.fromkeys(modes) if m != BASELINE]
    return a


def main(argv=None) -> int:
    a = parse_args(sys.argv[1:] if argv is None else argv)
    runtimes = [resolve(RUNTIME_BY_NAME[m], a.pyjit) for m in a.mode_list]
    others = [r.name for r in runtimes if r.name != BASELINE]
    if runtimes[0].exe is None:
        print("error: python3 (the baseline) was not found on PATH", file=sys.stderr)
        return 3
    if a.runs < 5:
        print("warning: --runs %d < 5: medians are not reliable" % a.runs, file=sys.stderr)
    for r in runtimes:
        print("runtime %-12s %s%s" % (r.name, " ".join(r.command(["SCRIPT"])) if r.exe else "-",
                                      "  (%s)" % r.note if r.note else ""), file=sys.stderr)

    def script_tail(kernel):
        def tail(r: Resolved):
            path = os.path.join(PERF_DIR, r.rt.kernel_dir, kernel + ".py")
            return [path] if os.path.isfile(path) else None
        return tail

    bad = False
    sections = []
    load_before = os.getloadavg()
    floor = measure_floor(a.timeout)
    print("RSS floor of the method (`true` under launcher.py): %s MiB"
          % ("?" if floor is None else "%.1f" % floor), file=sys.stderr)
    if not a.quick:
        results = {}
        for k in a.kernel_list:
            cells = measure(k, runtimes, script_tail(k), a.runs, a.timeout, a.warmup)
            text, k_bad = verdict(cells, BASELINE)
            bad |= k_bad
            results[k] = (cells, text, k_bad)
        sections.append(("Kernels (wall seconds and peak RSS, median of %d runs)" % a.runs,
                         kernel_table(results, others)))
    cells = measure("-c pass", runtimes, lambda r: ["-c", "pass"], a.startup_runs,
                    a.timeout, a.warmup)
    text, s_bad = verdict(cells, BASELINE)
    bad |= s_bad
    sections.append(("Start-up (median of %d runs, result: %s)" % (a.startup_runs, text),
                     startup_table(cells, others)))
    cells = measure(MEM_KERNEL, runtimes, script_tail(MEM_KERNEL), a.runs, a.timeout, a.warmup)
    text, m_bad = verdict(cells, BASELINE)
    bad |= m_bad
    sections.append(("Memory (peak RSS, median of %d runs)" % a.runs,
                     mem_table(cells, text, others)))
    load_after = os.getloadavg()

    missing = [r.name for r in runtimes if r.exe is None]
    for title, (header, rows) in sections:
        print("\n" + title)
        print(render_text(header, rows))
    write_report(a, runtimes, sections, floor, load_before, load_after)
    print("\nwrote %s" % a.out, file=sys.stderr)
    if missing:
        print("MISSING runtime(s): %s" % ", ".join(missing), file=sys.stderr)
        return 3
    if bad:
        print("FAILED: a result differed from CPython or a run failed", file=sys.stderr)
        return 1
    return 0


def write_report(a, runtimes, sections, floor, load_before, load_after):
    """Write the same tables as Markdown, with the context needed to read them."""
    lines = ["# pyjit vs CPython: interpreter comparison", "",
             "Generated by `python3 perf/run.py %s` on %s." % (
                 " ".join(sys.argv[1:]), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
             "",
             "- machine: %s, %s, %d CPUs; load average %.2f before, %.2f after" % (
                 platform.platform(), platform.machine(), os.cpu_count() or 0,
                 load_before[0], load_after[0]),
             "- runs: %d per kernel (median), %d for start-up, after %d discarded warm-up"
             " round(s); runtimes alternate run by run; `±` is half the range of the runs"
             " relative to the median" % (a.runs, a.startup_runs, a.warmup)]
    for r in runtimes:
        cmd = " ".join(r.command(["SCRIPT"])) if r.exe else "-"
        lines.append("- `%s`: `%s`%s" % (r.name, cmd, " (%s)" % r.note if r.note else ""))
    lines.append("- ratios are runtime/python3: below 1.00x means faster or smaller than CPython;"
                 " a ratio is `-` when the run failed or printed a wrong result; `cpu` ratios"
                 " compare user+system CPU time, which leaves out waiting for a CPU")
    if floor is not None:
        lines.append("- RSS floor of the method: %.1f MiB (what `true` measures under"
                     " perf/launcher.py); an RSS near it is an upper bound" % floor)
    for title, (header, rows) in sections:
        lines += ["", "## " + title, "", render_md(header, rows)]
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
