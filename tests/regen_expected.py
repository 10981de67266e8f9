#!/usr/bin/env python3
"""Regenerate the expected results of the conformance suite from CPython 3.11.

For every program ``tests/programs/<name>.py`` this runs ``python3 <program> [args]``
(arguments come from an optional first line ``# args: a b c``, split on whitespace)
with the working directory set to ``tests/programs`` and writes:

* ``tests/expected/<name>.stdout`` -- the exact stdout bytes;
* ``tests/expected/<name>.meta``   -- exactly two lines::

      status: <exit code>
      stderr_last: <last non-empty line of stderr, right-stripped, or empty>

The harness ``tests/conformance.rs`` applies the same rules to pyjit's output.
Expected files of programs that no longer exist are deleted.

Usage: ``python3 tests/regen_expected.py [substring]`` (only programs whose file
name contains the substring are regenerated; stale files are then kept).
Exit status is 1 if a program timed out or the interpreter is not CPython 3.11.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
EXPECTED = os.path.join(HERE, "expected")
TIMEOUT_SECONDS = 60
PYTHON = os.environ.get("PYJIT_REGEN_PYTHON", "python3")


def program_args(path):
    """Return the argument list given by a first line ``# args: ...`` (or [])."""
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").rstrip("\r\n")
    prefix = "# args:"
    if first.startswith(prefix):
        return first[len(prefix):].split()
    return []


def last_nonempty_line(data):
    """Last line of ``data`` (bytes) that is not blank, right-stripped; '' if none."""
    text = data.decode("utf-8", "replace")
    for line in reversed(text.split("\n")):
        if line.strip():
            return line.rstrip()
    return ""


def child_env():
    """A fixed environment so results do not depend on the caller's shell."""
    env = dict(os.environ)
    for key in list(env):
        if key.startswith("PYTHON"):
            del env[key]
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    # Programs that use `from pyjit import jit` run under CPython with the no-op
    # decorators of python/pyjit.
    env["PYTHONPATH"] = os.path.join(os.path.dirname(HERE), "python")
    return env


def check_interpreter():
    out = subprocess.run(
        [PYTHON, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
        capture_output=True,
        env=child_env(),
    )
    return out.stdout.strip() == b"True"


def main():
    if not check_interpreter():
        print(f"error: {PYTHON} is not CPython 3.11", file=sys.stderr)
        return 1
    only = sys.argv[1] if len(sys.argv) > 1 else None
    os.makedirs(EXPECTED, exist_ok=True)
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    failures = 0
    for name in names:
        if only is not None and only not in name + ".py":
            continue
        path = os.path.join(PROGRAMS, name + ".py")
        cmd = [PYTHON, path] + program_args(path)
        try:
            proc = subprocess.run(
                cmd,
                cwd=PROGRAMS,
                capture_output=True,
                stdin=subprocess.DEVNULL,
                timeout=TIMEOUT_SECONDS,
                env=child_env(),
            )
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT {name}", file=sys.stderr)
            failures += 1
            continue
        with open(os.path.join(EXPECTED, name + ".stdout"), "wb") as f:
            f.write(proc.stdout)
        meta = f"status: {proc.returncode}\nstderr_last: {last_nonempty_line(proc.stderr)}\n"
        with open(os.path.join(EXPECTED, name + ".meta"), "w", encoding="utf-8", newline="\n") as f:
            f.write(meta)
        print(f"{name}: status {proc.returncode}")
    if only is None:
        keep = set(names)
        for f in sorted(os.listdir(EXPECTED)):
            stem, _, ext = f.rpartition(".")
            if ext in ("stdout", "meta") and stem not in keep:
                os.remove(os.path.join(EXPECTED, f))
                print(f"removed stale {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
