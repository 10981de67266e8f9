# functools.reduce usage patterns
from functools import reduce
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda a, b: a + b, ["x"]), reduce(max, [3, 9, 2]), reduce(lambda acc, c: c + acc, "abc", ""), functools.reduce(min, (5, 1, 7)))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(reduce(lambda a, b: a | b, [{1}, {2}, {1, 3}]) == {1, 2, 3}, reduce(lambda a, b: [b] + a, [1, 2, 3], []))
print(reduce(lambda a, b: a + b, (x * x for x in range(5))), reduce(pow, [2, 3, 2]), reduce(lambda a, b: a, [1], 99))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(lambda a: a, [1, 2])
except TypeError as e:
    print("TypeError", e)
print(reduce(lambda a, b: a + b, [0.1] * 10), reduce(lambda a, b: a + b, [[1], [2, 3]]), reduce(lambda a, b: a * b, [2**40] * 3))
