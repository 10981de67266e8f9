def g():
    try:
        yield 1
    finally:
        print("fin")
def use():
    for v in g():
        return v
print(use())
print("end")
