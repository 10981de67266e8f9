# range() in loops: steps, negatives, empty, big bounds.
for i in range(3):
    print("i", i)
for i in range(10, 0, -4):
    print("down", i)
print([i for i in range(-5, 6, 5)], list(range(0, -1)), list(range(2, -8, -3)))
total = 0
for i in range(2 ** 64, 2 ** 64 + 5):
    total += i
print(total)
print(list(range(3, 20, 5)), list(range(-1, -10, -2)))
acc = []
for i in range(5):
    if i == 3:
        continue
    acc.append(i)
else:
    acc.append("else")
print(acc)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("loop var after loop:", i)
for j in range(0):
    pass
else:
    print("empty loop else")
r = range(5)
print(list(r), list(r))
