from dataclasses import dataclass, field, asdict, replace, fields
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), asdict(p), replace(p, y=9))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2, 1), Version(1, 5), Version(2, 0)]), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    def __post_init__(self):
        self.name = self.name.title()
inv = Inventory("shop")
inv.items.append("apple")
print(inv, [f.name for f in fields(inv)])
@dataclass
class Employee(Point):
    title: str = "dev"
print(Employee(3, 4, "lead"))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
