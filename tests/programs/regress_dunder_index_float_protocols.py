class I:
    def __index__(self): return 3
class F:
    def __float__(self): return 2.5
for t in [lambda: "ab" * I(), lambda: [0] * I(), lambda: "%d" % I(), lambda: "%x" % I(), lambda: "%f" % F(), lambda: "%.1f" % F()]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
