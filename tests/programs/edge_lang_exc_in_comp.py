def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
print(safe(lambda: [1 / x for x in [1, 0]]))
print(safe(lambda: {k: int(k) for k in ["1", "x"]}))
print(safe(lambda: {v["k"] for v in [{"k": 1}, {}]}))
print(safe(lambda: list(x.upper() for x in ["a", 1])))
print(safe(lambda: sum(1 / (x - 2) for x in range(4))))
def gen_err():
    for i in range(3):
        if i == 2:
            raise ValueError("at %d" % i)
        yield i
out = []
try:
    for v in gen_err():
        out.append(v)
except ValueError as e:
    print("collected", out, "then", e)
print(safe(lambda: [v for v in gen_err()]))
def partial_results():
    res = []
    try:
        res.extend(10 // x for x in [5, 2, 0, 1])
    except ZeroDivisionError:
        pass
    return res
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
try:
    [y for y in range(2)] + [q for q in undefined2]
except NameError as e:
    print("NameError:", e)
def nested():
    try:
        return [[1 // (i - j) for j in range(3)] for i in range(3)]
    except ZeroDivisionError as e:
        return "nested zde"
print(nested())
print([safe(int, s) for s in ["1", "z", "3"]])
class Boom:
    def __iter__(self):
        yield 1
        raise KeyError("iter broke")
print(safe(lambda: [x for x in Boom()]))
print(safe(lambda: sorted(Boom())))
print(safe(lambda: dict.fromkeys(Boom())))
print(safe(lambda: max(Boom())))
print(safe(lambda: tuple(Boom())))
print(safe(lambda: set(Boom())))
print(safe(lambda: "".join(str(x) for x in Boom())))
print(safe(lambda: any(x > 5 for x in Boom())))
print(safe(lambda: any(x > 0 for x in Boom())))
x = "outer"
try:
    [x for x in (1, 2, 3) if 1 / (x - 2)]
except ZeroDivisionError:
    print("x still", x)
