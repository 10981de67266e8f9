# Lambdas: inline use, sort keys, map/filter, closures, immediate call.
sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(7), add(2), add(2, 3), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in ["+", "-", "*"]:
    print(op, ops[op](6, 3))
print((lambda x: (lambda y: x + y))(10)(5))
print(sq.__name__, (lambda: 0).__name__)
fs = [(lambda n: lambda: n)(i) for i in range(3)]
print([f() for f in fs])
print((lambda x, *, k=2: x ** k)(3), (lambda **kw: sorted(kw))(b=1, a=2))
