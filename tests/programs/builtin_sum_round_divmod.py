# sum (with start), round, divmod, pow (3-arg).
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 3), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x for x in range(5)), sum([True, True]))
print(sum([2 ** 64, 2 ** 64]), sum([1e100, 1, -1e100]))
print(round(3.7), round(-3.7), round(3.14159, 2), round(2.5), round(0.5), round(-0.5), round(12345, -3))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 10))
print(pow(2, 8), pow(2, 8, 10), pow(-2, 3), pow(2, -2), pow(9, 0.5), pow(3, 200, 1000))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum(range(10), start=5))
