# sorted/sort with key and reverse; stability.
records = [("bob", 25), ("ann", 30), ("cid", 25), ("dan", 30), ("eve", 22), ("fay", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda v: v * v)
print(nums)
data = [3, 1, 2]
r = sorted(data)
print(data, r, r is data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({5: 0, 1: 0, 3: 0}), sorted(range(5, 0, -1)))
print(sorted([1.5, 1, True, 0.5, False]))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted([[2, 1], [1, 2], [1, 1]]))
