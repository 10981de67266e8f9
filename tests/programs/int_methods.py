# int methods and attributes.
n = 2024
print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator)
print((-37).bit_length(), (37).conjugate())
print((1024).as_integer_ratio())
print(int.__name__, type(n) is int, isinstance(n, int))
print(bin(n), oct(n), hex(n))
print(bin(-n), oct(-n), hex(-n))
print(str(n), repr(n), format(n, "b"))
print(hex(2 ** 100), bin(2 ** 70))
print((10).__add__(5), (10).__mul__(3))
print(int.bit_count(255) if hasattr(int, "bit_count") else "no", (7).bit_count())
