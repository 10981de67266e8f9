# An uncaught IndexError from a hot loop that walks past the end of a list (status 1, last line).
def walk(data, steps):
    pos = 0
    acc = 0
    for k in range(steps):
        acc += data[pos]
        pos += 1 + (k % 2)
        if k % 500 == 0:
            print("at", k, pos, acc)
    return acc

data = list(range(7000))
print(walk(data, 3000))
print(walk(data[:3000], 3000))
print("not reached")
