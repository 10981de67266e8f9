def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
x = g()
print(next(x))
print("end")
