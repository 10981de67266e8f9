# for/else, nested loops with break flags, loop variable leakage.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty for else")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print("found", found, "row", row)
for i in range(3):
    pass
print("i leaked", i)
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
for idx, (name, score) in enumerate([("x", 1), ("y", 2)]):
    print(idx, name, score)
for ch in "abc":
    for _ in range(2):
        print(ch, end="")
print()
