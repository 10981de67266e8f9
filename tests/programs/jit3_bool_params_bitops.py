def ops(a, b):
    out = []
    for f in range(1):
        out.append(a & b); out.append(a | b); out.append(a ^ b)
        out.append(a + b); out.append(a - b); out.append(a * b)
        out.append(-a); out.append(~a); out.append(+a); out.append(abs(a))
        out.append(a << b); out.append(a >> b); out.append(a ** b)
        out.append(a == b); out.append(a < b); out.append(max(a, b)); out.append(min(a, b))
        out.append(not a); out.append(a and b); out.append(a or b)
        try:
            out.append(a // b); out.append(a % b); out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out
def bop(a, b):
    return a & b, a | b, a ^ b
res = []
for i in range(3000):
    a = [True, False, 1, 0, 3, -2][i % 6]
    b = [True, False, 2, True][i % 4]
    r = ops(a, b)
    if i >= 2976:
        res.append(repr(r))
for r in res: print(r)
for i in range(1500):
    x = bop(i % 2 == 0, i % 3 == 0)
    y = bop(True, 1)
print(repr(x), repr(y))
def onlybool(a, b):
    return (a & b, a | b, a ^ b, ~a, -a, a + b, a * 2)
for i in range(1500):
    r1 = onlybool(i % 2 == 0, i % 3 == 0)
print(repr(r1), repr(onlybool(True, True)), repr(onlybool(False, True)))
acc = True
for i in range(1500):
    acc = acc & (i < 2000)
    acc2 = (i > 1400) | False
    acc3 = acc ^ acc2
print(repr(acc), repr(acc2), repr(acc3))
# bool in list then summed / used as index
L = ["a", "b"]
z = ""
for i in range(1500):
    z = L[i % 2 == 1] + L[False] + L[-True]
print(z)
