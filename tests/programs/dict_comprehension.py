# Dict comprehensions and iteration patterns.
squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
words = ["apple", "bob", "cat", "apple", "bob", "apple"]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print({w: len(w) for w in words})
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())))
print(max(freq, key=freq.get), min(freq.values()), sum(freq.values()))
nested = {k: {i: i ** 2 for i in range(k)} for k in range(4)}
print(nested)
