def f():
    yield 1
    raise SystemExit(6)
list(f())
