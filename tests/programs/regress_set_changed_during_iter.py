s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
    print(sorted(s))
except RuntimeError as e:
    print("RuntimeError", e)
