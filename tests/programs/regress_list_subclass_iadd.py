class L(list):
    pass
l = L([1])
l += [2]
print(type(l).__name__)
