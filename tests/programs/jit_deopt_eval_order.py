# Guards failing in the middle of expressions: left-to-right evaluation and side effects kept exact.
trace = []

def t(tag, v):
    trace.append(tag)
    return v

def expr(i):
    big = 2 ** 62 if i >= 2500 else 1
    return t("a", i) + t("b", big) * t("c", 4) - t("d", i % 3)

total = 0
for i in range(3000):
    trace.clear()
    total += expr(i)
print(total, trace)

# the operand that overflows sits between side-effecting calls
log = []
def side(x):
    log.append(x)
    return x

acc = 0
for i in range(4000):
    acc += side(i) + (2 ** 63 - 4000 + i) * 2 + side(-i)
print(acc, len(log), log[-4:])

# subscript / attribute / call order in a statement whose types change mid-loop
class Box:
    def __init__(self):
        self.v = 0

boxes = [Box(), Box()]
order = []
def idx(k):
    order.append(("idx", k))
    return k
def val(k):
    order.append(("val", k))
    return k

for i in range(3000):
    order.clear()
    boxes[idx(i % 2)].v += val(i if i < 2000 else i * 0.5)
print(boxes[0].v, boxes[1].v, order)

# chained comparison evaluates the middle operand once, even after deopt
calls = 0
def mid(i):
    global calls
    calls += 1
    return i if i != 2600 else 2600.5
hits = 0
for i in range(4000):
    if 100 < mid(i) <= 3000:
        hits += 1
print(hits, calls)

# augmented assignment to a list element whose value overflows 64 bits mid-loop
cells = [2 ** 63 - 2000, 0]
for i in range(3000):
    cells[i % 1] += 1
    cells[1] -= cells[0] % 3
print(cells)

# dict values: get/set in hot loop with value type changing
d = {"x": 0}
for i in range(4000):
    d["x"] = d["x"] + (1 if i < 2500 else 0.5)
print(d)
