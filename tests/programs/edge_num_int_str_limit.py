# int str digit limit
import sys
print(sys.get_int_max_str_digits())
x = 10**4299
print(len(str(x)))
try:
    str(10**4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(hex(10**5000)), int("f" * 5000, 16) > 0)
try:
    print(10**5000)
except ValueError as e:
    print("ValueError", e)
try:
    f"{10**5000}"
except ValueError as e:
    print("ValueError", e)
try:
    "%d" % 10**5000
except ValueError as e:
    print("ValueError", e)
try:
    repr(10**5000)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5001)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 5000) % 7, format(10**4999, "_d")[:8] if False else "")
