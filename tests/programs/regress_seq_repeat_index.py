class N:
    def __index__(self): return 3
print("ab" * N(), [0] * N())
