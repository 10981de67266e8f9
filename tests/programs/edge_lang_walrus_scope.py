data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)

def f():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(f())
def g():
    [last := i for i in range(3)]
    return last
print(g())
def h():
    any((found := v) > 4 for v in [1, 6, 2])
    return found
print(h())
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((z := 10) + z)
def k():
    def inner():
        [w := q for q in "ab"]
        return w
    return inner()
print(k())
class C:
    items = [1, 2, 3]
    @staticmethod
    def m():
        return [t := v for v in range(2)], t
print(C.m())
def nl():
    cnt = 0
    def inc():
        nonlocal cnt
        [cnt := cnt + 1 for _ in range(3)]
    inc()
    return cnt
print(nl())

m = {"k": 1}
if (v := m.get("k")) is not None:
    print("got", v)
print(f"{(p := 5)} {p}")
