# with statements: __enter__/__exit__ order, suppression, exceptions.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc_val, exc_tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc_val)
        return self.suppress
with Managed("a") as m:
    print("inside", m.name)
with Managed("outer"), Managed("inner"):
    print("both")
with Managed("quiet", suppress=True):
    raise ValueError("suppressed")
print("continued")
try:
    with Managed("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
def early_return():
    with Managed("ret"):
        return "returned"
print(early_return())
for i in range(2):
    with Managed(f"loop{i}"):
        if i == 0:
            continue
        print("body", i)
