# Polymorphism via inheritance and duck typing; abstract-style base.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.141592653589793 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(sorted(type(s).__name__ for s in shapes))
print(max(shapes, key=lambda s: s.area()).describe())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Duck:
    def speak(self):
        return "Quack"
class Robot:
    def speak(self):
        return "Beep"
for thing in (Duck(), Robot()):
    print(thing.speak())
print(isinstance(Square(1), Rect), isinstance(Square(1), Shape), type(Square(1)) is Rect)
