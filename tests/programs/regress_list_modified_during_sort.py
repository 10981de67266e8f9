l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
try:
    l.sort(key=k)
    print(l)
except ValueError as e:
    print("ValueError", e)
