# getattr (with default), setattr, hasattr, delattr.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1, 2])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "level"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
for name in ["level", "debug"]:
    print(name, getattr(c, name))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
method = getattr("hello", "upper")
print(method(), getattr([1, 2], "count")(2))
fields = {"x": 1, "y": 2}
obj = Config()
for k, v in fields.items():
    setattr(obj, k, v * 10)
print(obj.x, obj.y, sorted(vars(obj)))
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
