# KeyError messages for missing keys of several types.
d = {"a": 1}
for key in ["x", 42, (1, 2), "it's", 1.5, None]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"])
print(d["x"])
