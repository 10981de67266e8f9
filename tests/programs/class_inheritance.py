# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + " (squeaky)"
    def describe(self):
        return super().describe() + " with " + self.toy
class Cat(Animal):
    def speak(self):
        return "Meow"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", "ball"), Cat("Tom")]:
    print(a.describe())
p = Puppy("Bit", "ball")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Cat, (Dog, Animal)), issubclass(bool, int))
print(isinstance(p, (Cat, Dog)), isinstance(3, (str, float)), isinstance(True, int))
print(Puppy.__bases__[0].__name__, Dog.__mro__[1].__name__, [c.__name__ for c in Puppy.__mro__])
class Base:
    greeting = "hi"
    def hello(self):
        return self.greeting
class Child(Base):
    greeting = "yo"
print(Base().hello(), Child().hello())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
class Double(Counter):
    def inc(self):
        super().inc()
        return super().inc()
print(Double().inc().inc().n)
