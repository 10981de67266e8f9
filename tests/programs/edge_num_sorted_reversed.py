# sorted / reversed / list.sort options
data = [5, -2, 9, 0, -2, 7]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=abs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({"b", "a", "c"}), sorted(range(5, 0, -1)))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(())))
print(list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(sorted([3.5, 1, True, -0.5, 2**70]), sorted([[2, 1], [1, 5], [1]]), sorted([(1, "a"), (1,)]))
l = [3, 1, 2]
print(l.sort(), l, l.sort(reverse=True), l)
print(sorted([float("inf"), 1, float("-inf")]), sorted(["é", "e", "z", "E"]))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
