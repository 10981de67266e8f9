# Positional, keyword and default arguments.
def f(a, b, c=10, d=20):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, 2, 3, 4))
print(f(1, b=5))
print(f(b=2, a=1, d=4))
print(f(*[1, 2, 3]))
print(f(**{"a": 9, "b": 8}))
print(f(1, *(2,), **{"d": 0}))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def no_args():
    return "none"
print(no_args())
x = 5
def uses_default(v=x):
    return v
x = 6
print(uses_default())
def ret_multi():
    return 1, "two", [3]
a, b, c = ret_multi()
print(a, b, c, ret_multi())
def early(n):
    if n < 0:
        return "neg"
    for i in range(n):
        if i == 3:
            return "found 3"
    return "small"
print(early(-1), early(10), early(2))
