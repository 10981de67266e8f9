class Money(int):
    def __str__(self):
        return "money"
m = Money(7)
print(f"{m}", format(m), format(m, ""), "{}".format(m), str(m), "%s" % m)
class F(float):
    def __str__(self):
        return "flo"
print(f"{F(1.5)}", format(F(1.5)), "{}".format(F(1.5)))
