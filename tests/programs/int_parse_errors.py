# int() parsing errors and their messages.
cases = [("abc", 10), ("12.5", 10), ("", 10), ("  ", 10), ("1__0", 10), ("_1", 10),
         ("1_", 10), ("0x", 16), ("12", 2), ("9", 8), ("0b2", 0), ("010", 0),
         ("1 2", 10), ("--1", 10), ("0xg", 16), ("1e5", 10)]
for s, base in cases:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
