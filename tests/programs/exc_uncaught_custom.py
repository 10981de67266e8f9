# Uncaught user exception raised from nested calls.
class BadThing(Exception):
    pass
def level3():
    raise BadThing("deep problem", 3)
def level2():
    level3()
def level1():
    print("calling level2")
    level2()
level1()
