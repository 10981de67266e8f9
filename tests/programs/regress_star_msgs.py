def g(*a, **k): pass
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    g(**[1])
except TypeError as e:
    print(e)
