# functools.reduce with and without initial values.
import functools
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a * b, range(1, 31)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2, 7]), reduce(lambda a, b: a if len(a) >= len(b) else b, ["ab", "abcd", "x"]))
print(functools.reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + b, [5]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
def compose(*fs):
    return reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 10, str)(4))
