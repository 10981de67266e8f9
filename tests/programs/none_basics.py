# None: identity, repr, truthiness, default return.
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, x != None)
print(bool(x), not x)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print([None, None], (None,), {"k": None})
print(None or "default", None and 1)
d = {}
print(d.get("missing"), d.get("missing") is None)
r = [].sort()
print(r)
y = print("side effect")
print(y)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(hash(None) == hash(None), None == 0, None == False)
