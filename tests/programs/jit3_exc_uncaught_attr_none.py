class P:
    def __init__(self, x):
        self.x = x
def h(p):
    return p.x * 2
ps = [P(i) for i in range(2000)]
ps[1500] = None
s = 0
for p in ps:
    s += h(p)
print(s)
