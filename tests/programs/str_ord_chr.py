# ord/chr round trips, including non-ASCII code points.
for ch in "Az09 ~é€日😀":
    print(repr(ch), ord(ch), hex(ord(ch)))
for cp in (65, 97, 48, 32, 10, 233, 8364, 26085, 128512, 0x10FFFF):
    print(cp, repr(chr(cp)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) - ord("a") for c in "python"])
def caesar(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(caesar("hello, world", 3), caesar(caesar("hello, world", 3), -3))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
