class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)
print(repr(F(1.5)))
