# Call sites that see several callee and receiver types.
class A:
    def val(self):
        return 1
class B:
    def val(self):
        return 2.5
class C(A):
    def val(self):
        return "c"
objs = [A(), B(), A(), C()] * 60
ints = 0
floats = 0.0
strs = ""
for o in objs:
    v = o.val()
    if isinstance(v, int):
        ints += v
    elif isinstance(v, float):
        floats += v
    else:
        strs += v
print(ints, floats, len(strs))
funcs = [abs, lambda x: x * 2, str, float, lambda x: -x]
res = []
for i in range(100):
    res.append(funcs[i % 5](i - 50))
print(res[:10], res[-5:])
def apply(f, x):
    return f(x)
total = 0
for i in range(200):
    total += apply(len if i % 2 else abs, "abc" if i % 2 else -i)
print(total)
A.val = lambda self: 100
print(sum(o.val() if isinstance(o.val(), int) else 0 for o in objs))
