# Comparisons across types: == works, ordering raises TypeError.
print(1 == "1", [1] == (1,), None == 0, 1 == 1.0 == True)
print("a" != 1, [] != (), {} == {})
pairs = [(1, "1"), ("a", 1), ([1], (1,)), (None, None), ({}, {}), (1.5, "x")]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1])
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), (2,) > (1, 9, 9))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
