res = []
try:
    res.extend(10 // x for x in [5, 2, 0, 1])
except ZeroDivisionError:
    pass
print(res)
