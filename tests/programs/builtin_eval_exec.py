print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"))
exec("y = x * 2\nprint('in exec', y)")
print(y)
g = {"a": 5}
exec("b = a + 1", g)
print(g["b"], sorted(k for k in g if not k.startswith("__")))
print(eval("a * 3", {"a": 7}))
code = """
def square(n):
    return n * n
print(square(9))
"""
exec(code)
print(square(4))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
