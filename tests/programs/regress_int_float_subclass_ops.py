class MyInt(int):
    pass
class MyFloat(float):
    pass
a = MyInt(5)
f = MyFloat(2.5)
for t in [lambda: -a, lambda: +a, lambda: ~a, lambda: "%d" % a, lambda: pow(a, 2, 3), lambda: -f, lambda: "%.1f" % f]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
