# Closures, nonlocal, and late binding.
def make_counter(start=0):
    count = start
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1 = make_counter()
c2 = make_counter(10)
print(c1(), c1(), c2(), c1(), c2())
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def accum():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = accum()
print(a(1), a(2), a(3))
def make_validator(lo, hi):
    def validate(v):
        if not lo <= v <= hi:
            raise ValueError(f"Must be between {lo} and {hi}")
        return v
    return validate
age = make_validator(0, 150)
print(age(42))
try:
    age(200)
except ValueError as e:
    print("ValueError:", e)
def nl():
    x = 1
    def change():
        nonlocal x
        x = 2
    change()
    return x
print(nl())
def shadow():
    x = 1
    def inner():
        x = 99
        return x
    return inner(), x
print(shadow())
def unbound():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
    y = 1
print(unbound())
