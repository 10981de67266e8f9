# @staticmethod, @classmethod, alternative constructors, class counters.
class Temperature:
    instances = 0
    def __init__(self, celsius):
        self.celsius = celsius
        Temperature.instances += 1
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_valid(c):
        return c >= -273.15
    @classmethod
    def count(cls):
        return cls.instances
    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.2f})"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.is_valid(-300), Temperature.is_valid(0), t.is_valid(5))
print(Temperature.count(), t.count())
class Kelvin(Temperature):
    pass
k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, Kelvin.count())
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def fact(n):
        return 1 if n <= 1 else n * MathUtil.fact(n - 1)
print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil.fact(10))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
print(Registry.register("a"), Registry.register("b"), Registry.items)
