# Classes: __init__, methods, class vs instance attributes.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return self.name + " says woof"
    def birthday(self):
        self.age += 1
        return self.age
d = Dog("Rex", 3)
e = Dog("Fido", 5)
print(d.name, d.age, d.species, e.species, Dog.species, Dog.count)
print(d.bark(), e.bark(), d.birthday(), d.age)
d.species = "override"
print(d.species, e.species, Dog.species)
Dog.species = "wolf"
print(d.species, e.species)
del d.species
print(d.species)
print(Dog.bark(e), type(d).__name__, d.__class__.__name__, Dog.__name__)
d.tricks = ["sit"]
print(d.tricks, hasattr(e, "tricks"), getattr(e, "tricks", None))
print(sorted(d.__dict__.keys()), e.__dict__)
class Empty:
    pass
o = Empty()
o.x = 1
o.y = o.x + 1
print(o.x, o.y, vars(o))
m = d.bark
print(m())
