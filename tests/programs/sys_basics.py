# sys: maxsize, version_info, float_info, recursion limit, argv type.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2] == (3, 11), sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.getrecursionlimit(), type(sys.argv).__name__, len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith("sys_basics.py"))
print(sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print(sys.float_info.max * 2, sys.float_info.max == 1.7976931348623157e308)
print(sys.int_info.bits_per_digit > 0 if hasattr(sys, "int_info") else True)
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
sys.stdout.write("via sys.stdout\n")
print(sys.stdout is not None, sys.stderr is not None)
