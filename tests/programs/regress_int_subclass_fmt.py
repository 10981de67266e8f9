class I(int):
    def __repr__(self):
        return "I(%d)" % self
print(repr(I(5)))
