def f(a, *, b=2): pass
print(f.__kwdefaults__)
