# Uncaught NameError with a "did you mean" free name.
total = 10
print(total)
print(undefined_thing_xyz)
