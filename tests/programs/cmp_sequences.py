# Lexicographic comparison of lists, tuples and strings.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [] < [0], [2] > [1, 100])
print((1, 2) == (1, 2), (1, 2) != (1, 3), (3,) >= (3,), (1, 2, 3) <= (1, 2))
print("apple" < "banana", "apple" < "apples", "B" < "a", "abc" == "abc")
print([[1, 2], [1]] < [[1, 2], [2]], [(1, "a")] < [(1, "b")])
print(max([1, 5], [1, 4, 9], [0, 99]), min("hello", "help", "hell"))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted(["pear", "Apple", "apple", "fig", "Fig"]))
print([1, 2] == [1, 2.0], (1,) == [1])
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan])
print((1, 2) < (1, 2.5) < (1, 3))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
