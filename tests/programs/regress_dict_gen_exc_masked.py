def g():
    yield ("a", 1)
    raise ValueError("inner")
dict(g())
