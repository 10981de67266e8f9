class U:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
u = U(); u.b = 2; print(u.b)
