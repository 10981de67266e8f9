# Exception raised while handling another: the last one is reported.
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    raise ValueError("during handling")
