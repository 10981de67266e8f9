#!/usr/bin/env python3
"""Regenerates tests/tracebacks/*.stderr from CPython 3.11 (python3).

Each program in tests/tracebacks/ ends with an uncaught exception; its whole stderr
(traceback with carets) is the expected output, with the directory replaced by
`<DIR>` so the files do not depend on where the repository is checked out.
"""
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent / "tracebacks"
for prog in sorted(here.glob("*.py")):
    r = subprocess.run([sys.executable, str(prog)], capture_output=True, text=True, cwd=here)
    err = r.stderr.replace(str(here), "<DIR>")
    (here / (prog.stem + ".stderr")).write_text(err)
    (here / (prog.stem + ".stdout")).write_text(r.stdout)
    print(prog.name, r.returncode)
