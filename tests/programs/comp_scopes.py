# Comprehensions (list/set/dict/nested/generator) have their own scope.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([[i * j for j in range(3)] for i in range(3)])
print({i % 3 for i in range(10)}, {i: chr(97 + i) for i in range(4)})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([(a, b) for a in "ab" for b in (1, 2)])
n = 10
print([n * k for k in range(3)])
def f():
    y = 5
    return [y + k for k in range(3)]
print(f())
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
print(["even" if k % 2 == 0 else "odd" for k in range(4)])
print([w.upper() for w in "a quick fox".split() if len(w) > 1])
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
try:
    print(k)
except NameError as e:
    print("NameError:", e)
print([c for c in "hello" if c not in "l"], list(x for x in [3, 1]))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
