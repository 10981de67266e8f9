l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.append(0) or v)
except ValueError as e:
    print(e)
