class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)
a = A(x=1, y=2)
print(a.x, a.y)
