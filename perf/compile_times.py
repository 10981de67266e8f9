#!/usr/bin/env python3
"""Median JIT compile time per unit over the six tutorial kernels.

Runs each kernel of perf/kernels/ named below in a fresh process with
`--trace-jit`, reads the milliseconds of every `compile` line (the time from
deciding to compile to installed code: analysis, translation, Cranelift and
placing the code), and prints the median over all units, and per unit. With
several binaries, their runs alternate kernel by kernel, so a change of the
machine's speed affects each alike.

The trace goes to a temporary file, read after the process exits, so that
nothing reading it runs while the process compiles. (Until the compile
time started after the `hot` line that precedes each compile, writing that
line was timed too: through a pipe this script read as it came, 0.910 ms
against 0.665 through a file, same binary and rounds; with the line out of
the timing, 0.645 against 0.630.)

Usage: python3 perf/compile_times.py [--rounds N] [BINARY ...]
(default: target/x86_64-unknown-linux-gnu/release/pyjit, 10 rounds).
This is a benchmark (issue 3's target: median below 1 ms), not a test.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KERNELS = ["count_loop", "fibonacci", "genexpr_sum", "listcomp_filter", "monte_carlo_pi", "sum_squares"]
DEFAULT_BINARY = os.path.join(HERE, "..", "target", "x86_64-unknown-linux-gnu", "release", "pyjit")
# `[jit] compile   <name>@<file>:<line> (...) ...; N IR insts, M bytes, T ms`
COMPILE = re.compile(r"^\[jit\] compile\s+(\S+@\S+?:\d+).*?([\d.]+) ms")


def compile_times(binary, kernel):
    """[(unit, ms)] of one run of `kernel`."""
    path = os.path.join(HERE, "kernels", kernel + ".py")
    with tempfile.TemporaryFile("w+") as trace:
        p = subprocess.run([binary, "--trace-jit", path], stdout=subprocess.DEVNULL, stderr=trace, timeout=120)
        trace.seek(0)
        stderr = trace.read()
    if p.returncode != 0:
        sys.exit("%s %s failed (status %d): %s" % (binary, kernel, p.returncode, stderr[-300:]))
    return [(m.group(1), float(m.group(2))) for m in map(COMPILE.match, stderr.splitlines()) if m]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("binaries", nargs="*", default=[DEFAULT_BINARY])
    a = ap.parse_args()
    times = {b: {} for b in a.binaries}
    for _ in range(a.rounds):
        for k in KERNELS:
            for b in a.binaries:
                for unit, ms in compile_times(b, k):
                    times[b].setdefault(unit, []).append(ms)
    for b in a.binaries:
        every = [ms for v in times[b].values() for ms in v]
        print("%s: %d units compiled in %d rounds, median %.3f ms" % (b, len(every), a.rounds, statistics.median(every)))
        for unit, v in times[b].items():
            print("  %-70s median %.3f ms" % (unit, statistics.median(v)))


if __name__ == "__main__":
    main()
