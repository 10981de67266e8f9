class E(ValueError):
    def __str__(self):
        return "E!" + super().__str__()
print(str(E("x")))
class E2(Exception):
    def __str__(self):
        return "<" + Exception.__str__(self) + ">"
print(E2("y"))
