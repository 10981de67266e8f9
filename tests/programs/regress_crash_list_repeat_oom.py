try:
    x = [None] * 2**33
    print(len(x))
except MemoryError:
    print('MemoryError')
