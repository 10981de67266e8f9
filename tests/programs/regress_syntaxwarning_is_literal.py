x = 1
print(x is 1)
def f(y):
    return y is not "a"
print(f(2))
if x is 1:
    print("one")
