# Raising an exception class (not instance) uncaught gives a bare name line.
print("raising")
raise NotImplementedError
