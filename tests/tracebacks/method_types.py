def describe(items):
    return ", ".join(items)
print(describe(["a", "b"]))
print(describe([1, 2]))
