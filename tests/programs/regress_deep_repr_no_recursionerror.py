l = []
for i in range(100000):
    l = [l]
try:
    print(len(repr(l)))
except RecursionError as e:
    print("RecursionError", e)
