# Uncaught AttributeError on an instance.
class C:
    pass
print("start")
C().missing
