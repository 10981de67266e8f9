class Num:
    def __eq__(self, o):
        return NotImplemented
class Other:
    def __eq__(self, o):
        return True
print(Num() != Other())
