# isinstance/issubclass with classes and tuples, type().
print(isinstance(1, int), isinstance(1, float), isinstance(1, (int, float)), isinstance("s", (list, tuple)))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(range(1), range))
print(isinstance(1.0, (str, (int, float))), isinstance(2 ** 100, int), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(int, object))
print(issubclass(ValueError, Exception), issubclass(list, object), issubclass(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, (B, A)), issubclass(B, B))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type(1) is int, type(True) is bool, type("x") is str)
print(type(B()).__name__, type(B).__name__, type(A()) is A)
