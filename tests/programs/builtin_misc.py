# Miscellaneous builtins: sorted/reversed on dicts, id-free identity, vars, dir-free checks.
data = {"b": 2, "a": 1, "c": 3}
print(sorted(data), sorted(data.values()), sorted(data.items(), key=lambda kv: kv[1], reverse=True))
print(list(reversed(list(data))), len(data), min(data), max(data.values()))
print(abs(-3) + len("ab") * pow(2, 3) - round(2.5))
print(isinstance(print, object), callable(sorted))
print(divmod(100, 7), int(100 / 7), 100 // 7, 100 % 7)
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))
print(str(list(enumerate(zip("ab", "cd")))))
print(ascii("ü"), format(3.14159, ".2f"), format(7, "03d"), format("x", ">3"))
print(bool(range(0)), bool(range(1)), list(filter(bool, [0, 1, 2])))
print(any(c.isupper() for c in "hello World"), all(c.isalpha() for c in "abc"))
print(round(sum([0.1] * 10), 10), max(range(10), key=lambda v: (v % 3, v)))
