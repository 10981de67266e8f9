# list.append / len / extend / pop in hot loops, growth checked with checksums.
def build(n):
    out = []
    for i in range(n):
        out.append(i * 3 % 17)
        if len(out) % 1000 == 0:
            print("len", len(out), sum(out))
    return out

xs = build(5000)
print(len(xs), xs[:10], xs[-10:])

# appending to a list held in a global while reading its length each iteration
log = []
for i in range(4000):
    if len(log) < 2500:
        log.append(i)
    else:
        log.append(-len(log))
print(len(log), log[2498:2503], log[-1])

# append bound method cached in a local (common idiom)
res = []
app = res.append
for i in range(3000):
    app((i, i * i) if i % 2 else i)
print(len(res), res[2999], res[2998])

# stack-style use: push and pop in the same hot loop
stack = []
popped = 0
for i in range(6000):
    if i % 3 == 2:
        popped += stack.pop()
    else:
        stack.append(i)
print(len(stack), popped, stack[-3:])

# extend / insert / len of nested lists
grid = []
for r in range(60):
    row = []
    for c in range(60):
        row.append(r * c)
    grid.append(row)
print(len(grid), sum(len(r) for r in grid), grid[59][59], grid[-1][-2])
flat = []
for row in grid:
    flat.extend(row)
print(len(flat), sum(flat))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
