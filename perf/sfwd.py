#!/usr/bin/env python3
"""Find likely store-to-load forwarding failures in a memory trace.

A load that overlaps a recent store but is not contained in it (for example a
16-byte load of a `Value` whose tag byte and payload were just written by two
separate stores) cannot be forwarded from the store buffer and waits for the
stores to commit: ~12+ cycles on current x86 cores. This simulates a store
buffer over the last WINDOW instructions of a valgrind lackey trace and counts,
per load instruction, the loads that overlap the most recent overlapping store
without being contained in it.

    valgrind --tool=lackey --trace-mem=yes --log-file=trace.txt \\
        target/x86_64-unknown-linux-gnu/release/pyjit --no-jit small_program.py
    python3 perf/sfwd.py trace.txt [WINDOW]

Addresses are as loaded under valgrind (pyjit is position-dependent: pass them
to `addr2line -e <binary> -i <addr>` as they are). Build with
`CARGO_PROFILE_RELEASE_DEBUG=line-tables-only` for source lines. Keep programs
small: the trace has one line per memory access.
"""
import collections
import sys


def main():
    path = sys.argv[1]
    window = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    recent = collections.deque()  # (instruction count, address, size) of stores
    icount = 0
    current = 0
    flagged = collections.Counter()
    loads = 0
    with open(path) as f:
        for line in f:
            if line.startswith("I"):
                icount += 1
                current = int(line[3:].split(",")[0], 16)
                continue
            if len(line) < 4 or line[0] != " " or line[1] not in "LSM":
                continue
            kind = line[1]
            addr, size = line[3:].split(",")
            addr, size = int(addr, 16), int(size)
            while recent and recent[0][0] < icount - window:
                recent.popleft()
            if kind in "LM":
                loads += 1
                lo, hi = addr, addr + size
                for _, s_addr, s_size in reversed(recent):
                    if s_addr < hi and lo < s_addr + s_size:
                        if not (s_addr <= lo and hi <= s_addr + s_size):
                            flagged[current] += 1
                        break
            if kind in "SM":
                recent.append((icount, addr, size))
    print("loads", loads, "flagged", sum(flagged.values()))
    for ins, count in flagged.most_common(40):
        print(f"{count:10} {ins:#x}")


if __name__ == "__main__":
    main()
