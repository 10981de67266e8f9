s = {1, 2}
for k in s:
    s.add(k + 10)
print(sorted(s))
