# int, float, str, bool, repr, list, tuple, dict, set constructors.
print(int("12"), int(3.9), int(-3.9), int(True), int("  -7 "), int("0b101", 2), int("z", 36))
print(float("3.5"), float(2), float("-inf"), float(" 1e3 "), float(True))
print(str(42), str(3.0), str(None), str([1, "a"]), str((1,)), str({"a": 1}), str(True), str(-0.0))
print(bool(0), bool(""), bool([]), bool([0]), bool(0.1), bool(None), bool("False"))
print(repr("a'b"), repr(1.0), repr([1.5, "x"]), repr(None), repr(True))
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(range(2)))
print(dict(a=1, b=2), dict([("x", 1)]), dict([["y", 2]]), dict(zip(["k1", "k2"], [1, 2])), dict())
print(set([1, 2, 2, 3]), set((5, 5)), set(), sorted(set("aabbc")), frozenset([1]))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True), type(range(1)))
print(type(len), type(print))
class C:
    pass
print(type(C()), type(C), type(type), type(int))
print(type(1) == int, type(2 ** 100), type(1 / 1))
