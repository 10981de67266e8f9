class D:
    def __divmod__(self, o): return ("dm", o)
print(divmod(D(), 2))
