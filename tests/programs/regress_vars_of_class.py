class Base:
    cls_attr = 1
class C(Base):
    pass
c = C()
print(vars(c))
print(sorted(k for k in vars(Base) if not k.startswith("__")))
