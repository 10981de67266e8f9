# Module-level and function loops appending heap objects (strings, tuples, lists,
# None) and scalars to lists: every append must happen exactly once, also when a
# guard after the append fails (deoptimization must not repeat the append).
out = []
s = "x"
for i in range(20000):
    out.append(s)
print(len(out))

pairs = []
for i in range(20000):
    pairs.append((i, i * 2))
    if i % 5000 == 0:
        pairs.append(None)
print(len(pairs), pairs[-1], pairs[5001])

nested = []
for i in range(20000):
    nested.append([i])
    nested.append(i * 0.5)
    nested.append(i % 2 == 0)
print(len(nested), nested[-3:])

def build(n):
    res = []
    tag = "t"
    for i in range(n):
        res.append(tag)
        res.append(i)
        res.append((i,))
    return len(res), res[-3:]

for k in range(3):
    print(build(5000 + k))

def grow_self(n):
    lst = [0, "a"]
    for i in range(n):
        lst.append(lst[-2] + 1)
        lst.append(str(i)[-1])
    return len(lst), lst[-4:]

print(grow_self(10000))
