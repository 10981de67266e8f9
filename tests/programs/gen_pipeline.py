# Generator pipelines (grep/upper) in the style of the seed text.
lines = ["INFO start", "ERROR disk full", "debug x", "ERROR net down", "INFO stop"]
def read_lines(data):
    for line in data:
        yield line.strip()
def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line
def upper(lines):
    for line in lines:
        yield line.upper()
def number(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n}: {line}"
for out in number(upper(grep("ERROR", read_lines(lines)))):
    print(out)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
def doubled(src):
    for v in src:
        yield v * 2
def running_total(src):
    t = 0
    for v in src:
        t += v
        yield t
print(list(running_total(doubled(countdown(5)))))
processed = (x * 3 for x in range(10))
filtered = (x for x in processed if x % 2 == 0)
print(list(filtered))
stages = [lambda s: (v + 1 for v in s), lambda s: (v * v for v in s), lambda s: (v for v in s if v > 10)]
data = iter(range(6))
for st in stages:
    data = st(data)
print(list(data))
