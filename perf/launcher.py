"""Spawn one measured child and report its wall time and peak RSS.

Run by perf/run.py as `python3 -S -I perf/launcher.py FD PROGRAM ARG...`
(PROGRAM must be an absolute path).  Writes one line to file descriptor FD:
`<exit code> <ru_maxrss KiB> <wall seconds> <CPU seconds (user + system)>`;
the exit code is negative for a
signal, as with `os.waitstatus_to_exitcode`.  The child inherits stdin,
stdout and stderr.

Why a separate small process: Linux charges a child's `ru_maxrss` at least
the resident anonymous memory of the process that forked it (the forked copy
of the parent's memory is the child's high-water mark until `exec`).  Forked
from the runner itself, every child would report >= the runner's ~15-20 MiB.
This launcher imports nothing but `os`, `sys`, `time` and `signal` with
`-S -I`, so the floor is a few MiB; run.py measures and reports that floor.
"""

import os
import signal
import sys
import time


def main() -> int:
    fd = int(sys.argv[1])
    argv = sys.argv[2:]
    os.set_inheritable(fd, False)           # the measured program must not see it
    # CPython ignores SIGPIPE and SIGXFSZ; ignored signals survive exec, so
    # restore the defaults the way subprocess does (restore_signals=True).
    for name in ("SIGPIPE", "SIGXFSZ"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(argv[0], argv)
        except OSError as e:
            os.write(2, ("launcher: cannot run %s: %s\n" % (argv[0], e)).encode())
        os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    t1 = time.perf_counter()
    line = "%d %d %r %r\n" % (os.waitstatus_to_exitcode(status), usage.ru_maxrss, t1 - t0,
                              usage.ru_utime + usage.ru_stime)
    os.write(fd, line.encode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
