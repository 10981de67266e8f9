import math
nan = float('nan'); inf = float('inf')
fargs = [0.0, -0.0, 1.0, -1.0, 2.0, -8.0, 710.0, -710.0, 1e308, -1e308, 5e-324, inf, -inf, nan, 3.5, -2.5, 0.5, -0.5, 1.5, 2.5, 9.3e18, -9.3e18, 9.2e18, 4503599627370497.0]
iargs = [0, -7, True, False, 2**63 - 1, -2**63, 10**400]
def show(f, xs):
    out = []
    for x in xs:
        try:
            r = f(x)
            out.append(repr(r) + type(r).__name__)
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + str(e))
    return out

def u0(a):
    return math.exp(a)
for k in range(1100):
    u0(0.25 + k * 0.0001)
print('math.exp', show(u0, fargs))
print('math.exp', show(u0, iargs))

def u1(a):
    return math.sin(a)
for k in range(1100):
    u1(0.25 + k * 0.0001)
print('math.sin', show(u1, fargs))
print('math.sin', show(u1, iargs))

def u2(a):
    return math.cos(a)
for k in range(1100):
    u2(0.25 + k * 0.0001)
print('math.cos', show(u2, fargs))
print('math.cos', show(u2, iargs))

def u3(a):
    return math.tan(a)
for k in range(1100):
    u3(0.25 + k * 0.0001)
print('math.tan', show(u3, fargs))
print('math.tan', show(u3, iargs))

def u4(a):
    return math.asin(a)
for k in range(1100):
    u4(0.25 + k * 0.0001)
print('math.asin', show(u4, fargs))
print('math.asin', show(u4, iargs))

def u5(a):
    return math.acos(a)
for k in range(1100):
    u5(0.25 + k * 0.0001)
print('math.acos', show(u5, fargs))
print('math.acos', show(u5, iargs))

def u6(a):
    return math.atan(a)
for k in range(1100):
    u6(0.25 + k * 0.0001)
print('math.atan', show(u6, fargs))
print('math.atan', show(u6, iargs))

def u7(a):
    return math.sinh(a)
for k in range(1100):
    u7(0.25 + k * 0.0001)
print('math.sinh', show(u7, fargs))
print('math.sinh', show(u7, iargs))

def u8(a):
    return math.cosh(a)
for k in range(1100):
    u8(0.25 + k * 0.0001)
print('math.cosh', show(u8, fargs))
print('math.cosh', show(u8, iargs))

def u9(a):
    return math.tanh(a)
for k in range(1100):
    u9(0.25 + k * 0.0001)
print('math.tanh', show(u9, fargs))
print('math.tanh', show(u9, iargs))

def u10(a):
    return math.fabs(a)
for k in range(1100):
    u10(0.25 + k * 0.0001)
print('math.fabs', show(u10, fargs))
print('math.fabs', show(u10, iargs))

def u11(a):
    return math.expm1(a)
for k in range(1100):
    u11(0.25 + k * 0.0001)
print('math.expm1', show(u11, fargs))
print('math.expm1', show(u11, iargs))

def u12(a):
    return math.log1p(a)
for k in range(1100):
    u12(0.25 + k * 0.0001)
print('math.log1p', show(u12, fargs))
print('math.log1p', show(u12, iargs))

def u13(a):
    return math.cbrt(a)
for k in range(1100):
    u13(0.25 + k * 0.0001)
print('math.cbrt', show(u13, fargs))
print('math.cbrt', show(u13, iargs))

def u14(a):
    return math.exp2(a)
for k in range(1100):
    u14(0.25 + k * 0.0001)
print('math.exp2', show(u14, fargs))
print('math.exp2', show(u14, iargs))

def u15(a):
    return math.sqrt(a)
for k in range(1100):
    u15(0.25 + k * 0.0001)
print('math.sqrt', show(u15, fargs))
print('math.sqrt', show(u15, iargs))

def u16(a):
    return math.floor(a)
for k in range(1100):
    u16(0.25 + k * 0.0001)
print('math.floor', show(u16, fargs))
print('math.floor', show(u16, iargs))

def u17(a):
    return math.ceil(a)
for k in range(1100):
    u17(0.25 + k * 0.0001)
print('math.ceil', show(u17, fargs))
print('math.ceil', show(u17, iargs))

def u18(a):
    return abs(a)
for k in range(1100):
    u18(0.25 + k * 0.0001)
print('abs', show(u18, fargs))
print('abs', show(u18, iargs))

def u19(a):
    return int(a)
for k in range(1100):
    u19(0.25 + k * 0.0001)
print('int', show(u19, fargs))
print('int', show(u19, iargs))

def u20(a):
    return float(a)
for k in range(1100):
    u20(0.25 + k * 0.0001)
print('float', show(u20, fargs))
print('float', show(u20, iargs))

def u21(a):
    return round(a)
for k in range(1100):
    u21(0.25 + k * 0.0001)
print('round', show(u21, fargs))
print('round', show(u21, iargs))

def u22(a):
    return -a
for k in range(1100):
    u22(0.25 + k * 0.0001)
print('-', show(u22, fargs))
print('-', show(u22, iargs))

def u23(a):
    return +a
for k in range(1100):
    u23(0.25 + k * 0.0001)
print('+', show(u23, fargs))
print('+', show(u23, iargs))
bargs = [0.0, -0.0, 1.0, -1.0, 2.0, inf, -inf, nan, 3.0, -2.0, 0.5, 1025.0, 1e308, -5e-324, 1.5]
def show2(f, xs):
    out = []
    for x in xs:
        for y in xs:
            if x < 0 and y == y and abs(y) != float('inf') and y != int(y):
                continue
            try:
                r = f(x, y)
                out.append(repr(r) + type(r).__name__)
            except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
                out.append(type(e).__name__ + str(e))
    return out

def v0(a, b):
    return math.atan2(a, b)
for k in range(1100):
    v0(0.25 + k * 0.0001, 1.5 + (k % 3))
print('math.atan2', show2(v0, bargs))
print('math.atan2', show2(v0, [0, -3, 2, True]))

def v1(a, b):
    return math.fmod(a, b)
for k in range(1100):
    v1(0.25 + k * 0.0001, 1.5 + (k % 3))
print('math.fmod', show2(v1, bargs))
print('math.fmod', show2(v1, [0, -3, 2, True]))

def v2(a, b):
    return math.copysign(a, b)
for k in range(1100):
    v2(0.25 + k * 0.0001, 1.5 + (k % 3))
print('math.copysign', show2(v2, bargs))
print('math.copysign', show2(v2, [0, -3, 2, True]))

def v3(a, b):
    return math.pow(a, b)
for k in range(1100):
    v3(0.25 + k * 0.0001, 1.5 + (k % 3))
print('math.pow', show2(v3, bargs))
print('math.pow', show2(v3, [0, -3, 2, True]))

def v4(a, b):
    return min(a, b)
for k in range(1100):
    v4(0.25 + k * 0.0001, 1.5 + (k % 3))
print('min', show2(v4, bargs))
print('min', show2(v4, [0, -3, 2, True]))

def v5(a, b):
    return max(a, b)
for k in range(1100):
    v5(0.25 + k * 0.0001, 1.5 + (k % 3))
print('max', show2(v5, bargs))
print('max', show2(v5, [0, -3, 2, True]))

def v6(a, b):
    return pow(a, b)
for k in range(1100):
    v6(0.25 + k * 0.0001, 1.5 + (k % 3))
print('pow', show2(v6, bargs))
print('pow', show2(v6, [0, -3, 2, True]))

def v7(a, b):
    return a ** b
for k in range(1100):
    v7(0.25 + k * 0.0001, 1.5 + (k % 3))
print('a ** b', show2(v7, bargs))
print('a ** b', show2(v7, [0, -3, 2, True]))

def v8(a, b):
    return a % b
for k in range(1100):
    v8(0.25 + k * 0.0001, 1.5 + (k % 3))
print('a % b', show2(v8, bargs))
print('a % b', show2(v8, [0, -3, 2, True]))

def v9(a, b):
    return a // b
for k in range(1100):
    v9(0.25 + k * 0.0001, 1.5 + (k % 3))
print('a // b', show2(v9, bargs))
print('a // b', show2(v9, [0, -3, 2, True]))

def v10(a, b):
    return a / b
for k in range(1100):
    v10(0.25 + k * 0.0001, 1.5 + (k % 3))
print('a / b', show2(v10, bargs))
print('a / b', show2(v10, [0, -3, 2, True]))

def v11(a, b):
    return divmod(a, b)
for k in range(1100):
    v11(0.25 + k * 0.0001, 1.5 + (k % 3))
print('divmod', show2(v11, bargs))
print('divmod', show2(v11, [0, -3, 2, True]))

def v12(a, b):
    return a - b
for k in range(1100):
    v12(0.25 + k * 0.0001, 1.5 + (k % 3))
print('a - b', show2(v12, bargs))
print('a - b', show2(v12, [0, -3, 2, True]))

def v13(a, b):
    return a * b
for k in range(1100):
    v13(0.25 + k * 0.0001, 1.5 + (k % 3))
print('a * b', show2(v13, bargs))
print('a * b', show2(v13, [0, -3, 2, True]))

