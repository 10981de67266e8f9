# hex/oct/bin and int methods
for v in [0, 1, -1, 255, -255, 2**32, -(2**64), 2**100 + 1, True]:
    print(v, hex(v), oct(v), bin(v), format(v, "x"), format(v, "#o"), f"{v:#b}")
for bad in [1.5, "1", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
print((255).bit_length(), (-256).bit_length(), (12).bit_count() if hasattr(int, "bit_count") else 2, (-7).bit_count() if hasattr(int, "bit_count") else 3)
print((10).to_bytes(2, "big") if False else "", int.__name__, (5).numerator, (5).denominator, (5).real, (5).imag, (7).conjugate())
print((6).as_integer_ratio(), (-3).as_integer_ratio(), int("ff", 16), int("-0b1010", 0), int("Z", 36))
print((1).__add__(2), (5).__mod__(3), (2).__pow__(10), (3).__neg__(), (-4).__abs__(), (9).__floordiv__(2))
print((3).__truediv__(2), (7).__rsub__(10), (2).__lt__(3))
