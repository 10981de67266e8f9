class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "A.radd"
try:
    print(A() + A())
except TypeError as e:
    print("TypeError:", e)
