# The seed's Vector class: arithmetic and container dunders.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return abs(self) != 0
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, index):
        if index == 0:
            return self.x
        if index == 1:
            return self.y
        raise IndexError
v = Vector(3, 4)
w = Vector(1, 2)
print(v, repr(v), v + w, v - w, v * 2, 3 * w, -v)
print(abs(v), bool(v), bool(Vector(0, 0)), len(v), v[0], v[1])
print(v == Vector(3, 4), v != w, v == w)
print(list(v), tuple(w), [c for c in v])
x, y = v
print(x, y)
print(hash(v) == hash(Vector(3, 4)), len({v, Vector(3, 4), w}))
total = Vector(0, 0)
for i in range(5):
    total = total + Vector(i, i * i)
print(total)
try:
    v[2]
except IndexError as e:
    print("IndexError", repr(e))
print(sum([v, w], Vector(0, 0)))
print(max([Vector(1, 1), Vector(5, 0), Vector(2, 2)], key=abs))
