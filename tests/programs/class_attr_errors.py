# AttributeError messages for instances, classes and modules.
class C:
    def __init__(self):
        self.a = 1
c = C()
for name in ["x", "missing_attr"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".foo()
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.zzz
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "x", "default"), hasattr(c, "a"), hasattr(c, "x"))
c.x
