# string slicing with all step/bound combos
s = "abcdefghij"
for start in [None, -12, -3, 0, 2, 9, 15]:
    row = []
    for stop in [None, -15, -2, 0, 3, 10, 20]:
        for step in [None, 1, 2, -1, -3]:
            row.append(s[start:stop:step])
    print(start, "|".join(row))
print(s[::-1], s[-1::-2], s[5:2:-1], s[2:5:-1], repr(s[100:]), s[-100:2])
u = "héllo wörld ☃ 𝄞"
print(u[::-1], u[-1], u[6:11], len(u), u[::3])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError", e)
print(s[slice(1, 8, 3)], s[slice(None)], slice(1, 5, 2).indices(3), s[True:])
print(s[2**70:] == "", s[-2**70:3], s[:2**64])
