# sum() over lists and tuples of numbers: ints past 64 bits stay exact, floats add
# in order with CPython's rounding, int/float mixes and other item types still work.
print(sum([1, 2, 3]), sum((1.5, 2)), sum([2**62, 2**62, 2**62]))
print(sum([], -0.0), sum([-0.0]), sum([0.1] * 10), sum([1, 0.1, 2**60]))
print(sum([2**100, 1]), sum([1, 2], 2**70), sum([True, 2]), sum([1, 2**80]))
print(sum((1e308, 1e308)), sum([3, -0.0], 0), sum([], 2**70))
print(sum([2**53 + 1, 0.5]), sum([0.5, 2**53 + 1]), sum([-2**63, -2**63, -1]))
print(sum([[1], [2]], []), sum([1.0, 2], 0.5), sum(((1,), (2,)), ()))
big = [i * i for i in range(100000)]
print(sum(big), sum(big[::2]), sum(tuple(big)), sum(big, 0.5))
print(sum([x / 7 for x in range(1000)]))
for bad in ([1, 2, 'x'], (1.0, None), ['a', 'b']):
    try:
        print(sum(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum([0.5], -2**127), sum([0.5, 1], 2**127 - 1), sum([-1], -2**127))
