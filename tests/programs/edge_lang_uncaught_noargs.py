class Oops(Exception):
    pass
print("x")
raise Oops
