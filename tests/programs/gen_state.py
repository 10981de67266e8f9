# Generator local state, interleaving, and generators in classes.
def counter(name, n):
    for i in range(n):
        yield f"{name}{i}"
a = counter("a", 3)
b = counter("b", 2)
out = []
while True:
    progressed = False
    for g in (a, b):
        v = next(g, None)
        if v is not None:
            out.append(v)
            progressed = True
    if not progressed:
        break
print(out)
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), sum(t))
def window(seq, k):
    buf = []
    for v in seq:
        buf.append(v)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
gf = gen_with_finally()
for v in gf:
    print(v)
    break
print("after loop")
gf.close()
print("after close")
