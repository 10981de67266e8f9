# str.join/strip chars/translate/maketrans/format_map
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(4)), "x".join(["solo"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError", e)
print("xxhixx".strip("x"), "abcba".strip("ab"), "  \t\nhi\x0b\x0c ".strip(), "..a..".lstrip("."), "..a..".rstrip("."), "abc".strip(""), "aaa".strip("a"))
print("\u3000hi\u00a0".strip(), repr("\x1c\x1d\x1e\x1fhi\x85".strip()), "hello".strip(None))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), sorted(t.items()))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans("ab", "cd", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): None, ord("o"): 48}), "abc".translate({}))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 100, "ab" + "cd", "a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "é" > "z")
print("b" in "abc", "" in "abc", "abcd" in "abc", "bc" not in "abc", "abc".__contains__("a"))
print(str(), str(12), str(1.5), str([1, "a"]), str(None), str("x"), str(object) , str(int))
