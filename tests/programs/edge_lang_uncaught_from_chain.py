def f():
    raise ValueError("deep")
def g():
    try:
        f()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
g()
