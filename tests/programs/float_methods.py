# Float methods: is_integer, as_integer_ratio, hex-free checks.
for v in (1.0, 1.5, -2.0, 0.0, 1e20, 0.1, float("inf")):
    print(v, v.is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio())
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print((2.5).__trunc__() if hasattr(2.5, "__trunc__") else None)
print(int(2.5), int(-2.5))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5))
print(max(0.1, 0.2), min(-0.0, 0.0), abs(-1e-300))
