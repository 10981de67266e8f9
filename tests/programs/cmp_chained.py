# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) >= v(5))
print(calls)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(1 < 2 == 2 > 1, 3 > 2 > 1 > 0 > -1)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 <= 1 < 2 <= 2, 1 < 1 <= 2)
a = [1, 2]
b = a
print(a is b is a, a == [1, 2] is not None)
print(0 < 0.5 < 1 < 1.5, 2 in [1, 2] in [[1, 2]])
