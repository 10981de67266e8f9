# Algorithms using sets of ints (membership, dedup, graph search).
nums = [4, 7, 4, 1, 9, 7, 3, 1]
seen = set()
dups = []
for n in nums:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(sorted(seen), dups, len(seen))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
visited = set()
order = []
stack = [1]
while stack:
    node = stack.pop()
    if node in visited:
        continue
    visited.add(node)
    order.append(node)
    for nxt in reversed(graph[node]):
        stack.append(nxt)
print(order, visited == set(graph))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), len(a | b), sorted(a - b)[:5], sorted(a ^ b)[:5])
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes))
print({1, 2, 3} == {3, 2, 1}, {1, 2} < {1, 2, 3}, frozenset({1}) in {frozenset({1})})
