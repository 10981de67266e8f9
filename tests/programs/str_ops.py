# String concatenation, repetition, membership, iteration.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1))
print("o" in a, "oo" in a, "x" in a, "" in a, "fb" not in a + b)
c = ""
for ch in "abc":
    c = ch + c
print(c)
parts = []
for ch in "hello":
    parts.append(ch.upper())
print(parts, "-".join(parts))
s = "x"
s += "y"
s *= 3
print(s)
print(len(""), len("abc"), len("héllo"), len("日本語"))
print(min("hello"), max("hello"), sorted("banana"), list("abc"))
print("abc" == "abc", "abc" < "abd", "a" * 3 == "aaa")
print(str(123) + "4", "%s" % 5 + "!", "1" + str(2.5))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
