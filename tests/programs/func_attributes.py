# Functions are objects: names, attributes, passing, returning, storing.
def add(a, b):
    "Add two numbers."
    return a + b
print(add.__name__, add.__doc__, callable(add))
ops = [add, max, min, lambda a, b: a * b]
print([op(3, 4) for op in ops])
def apply(func, *args):
    return func(*args)
print(apply(add, 1, 2), apply(len, "abc"), apply(sorted, [3, 1]))
def make_power(p):
    def power(x):
        return x ** p
    power.__name__ = "power_" + str(p)
    return power
cube = make_power(3)
print(cube(3), cube.__name__)
add.extra = "attached"
print(add.extra)
table = {"sq": lambda v: v * v, "neg": lambda v: -v}
print(table["sq"](5), table["neg"](5))
def recurse_via_name(n):
    return 0 if n == 0 else 1 + recurse_via_name(n - 1)
alias = recurse_via_name
print(alias(5))
print(type(add).__name__, type(len).__name__, type(lambda: 0).__name__)
print(add.__defaults__, recurse_via_name.__name__, alias.__name__)
