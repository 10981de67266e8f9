/* Spawns one measured child and reports its wall time, peak RSS and CPU time.
 *
 * Run by perf/run.py (which compiles it with `cc -O2`) as
 * `launcher FD PROGRAM ARG...` (PROGRAM an absolute path).  Writes one line to
 * file descriptor FD: `<exit code> <ru_maxrss KiB> <wall seconds> <CPU seconds
 * (user + system)>`; the exit code is negative for a signal, as with Python's
 * os.waitstatus_to_exitcode, and 127 when PROGRAM cannot be run.  The child
 * inherits stdin, stdout, stderr and the signal dispositions (run.py starts
 * the launcher with the defaults restored).
 *
 * Why a separate small C process: Linux charges a child's ru_maxrss at least
 * the resident memory of the process it was started from (until exec the
 * child runs in a copy of that memory, or, spawned, in that memory itself).
 * From the runner, every child would report the runner's ~15-20 MiB; from
 * this launcher, about 1 MiB.  run.py measures and reports that floor.
 *
 * Why posix_spawn: glibc starts the child with clone(CLONE_VM | CLONE_VFORK),
 * with no page tables to copy and no copy-on-write faults before the exec.
 * The Python launcher this replaces forked and exec'ed, which added about
 * 1.1 ms to every run here (an empty C program: 1.87 ms forked, 0.74 ms
 * spawned), the same for every runtime, so every ratio to C looked better
 * than it was. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static double seconds(struct timeval t) { return t.tv_sec + t.tv_usec / 1e6; }

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: launcher FD PROGRAM ARG...\n");
        return 2;
    }
    int fd = atoi(argv[1]);
    fcntl(fd, F_SETFD, FD_CLOEXEC); /* the measured program must not see it */
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid;
    int err = posix_spawn(&pid, argv[2], NULL, NULL, argv + 2, environ);
    if (err != 0) {
        fprintf(stderr, "launcher: cannot run %s: %s\n", argv[2], strerror(err));
        dprintf(fd, "127 0 0.0 0.0\n");
        return 0;
    }
    int status;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            perror("launcher: wait4");
            return 1;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    double cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    dprintf(fd, "%d %ld %.9f %.6f\n", code, usage.ru_maxrss, wall, cpu);
    return 0;
}
