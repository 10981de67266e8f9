d = {"a": 1, "b": 2}
print(list(reversed(d.keys())))
print(list(reversed(d.values())))
print(list(reversed(d.items())))
