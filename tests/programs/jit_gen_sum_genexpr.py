# sum() over generator expressions: big ints, floats, mixed types, start=, module level and in functions.
n = 20000
print(sum(x * x for x in range(n)))
print(sum(x ** 5 for x in range(n)))
print(sum(x * 2 ** 40 for x in range(n)))
print(repr(sum(x * 0.1 for x in range(n))))
print(repr(sum(x if x % 2 else x * 0.5 for x in range(n))))
print(sum((x for x in range(n)), 10 ** 20))
print(repr(sum((x for x in range(n)), 0.25)))
print(sum(x for x in range(n) if x % 3))
print(sum(1 for x in range(n) if x % 7 == 3))

def in_func(m):
    a = sum(x * x for x in range(m))
    b = sum(x * 3 ** 40 for x in range(m) if x % 2 == 0)
    c = sum(1.0 / (x + 1) for x in range(m))
    d = sum([x for x in range(m)], -5)
    return a, b, repr(c), d

for m in (0, 1, 5000, 12000):
    print(m, in_func(m))

# the sum switches from int to float to bigint mid-stream
def stream(m):
    for i in range(m):
        if i == m // 2:
            yield 0.5
        elif i == m - 10:
            yield 10 ** 30
        else:
            yield i

print(repr(sum(stream(6000))))

# a generator raising in the middle of sum()
def bad(m):
    for i in range(m):
        if i == 3333:
            raise KeyError("bad item %d" % i)
        yield i

try:
    sum(bad(6000))
except KeyError as e:
    print("KeyError:", e)
try:
    sum(x // (x - 2500) for x in range(5000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sum(x if x < 4000 else "s" for x in range(5000))
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
# nested generator expressions
print(sum(sum(j for j in range(i)) for i in range(300)))
