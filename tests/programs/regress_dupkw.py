def f(**kw): return kw
print(f(c=3, **{'c': 4}))
