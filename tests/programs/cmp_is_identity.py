# `is` / `is not` for singletons and shared references.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
b.append(4)
print(a, c, a == c)
print(None is None, True is True, False is not True)
t = ()
print(t == (), type(t) is tuple)
x = "hello"
y = x
print(x is y)
print(type(1) is int, type(1.0) is float, type("") is str, type([]) is list)
print(type(True) is bool, type(True) is int, isinstance(True, int))
def f():
    return a
print(f() is a)
d = {"k": a}
print(d["k"] is a)
class C:
    pass
o = C()
p = o
print(o is p, o is C(), type(o) is C)
print(... is Ellipsis, NotImplemented is NotImplemented)
