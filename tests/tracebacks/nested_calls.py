def a(x):
    return x // 0
def b():
    y = a(10) + 1
    return y
b()
