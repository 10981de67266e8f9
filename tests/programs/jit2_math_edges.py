# math functions called directly (native paths) in hot functions; the edge value arrives after warm-up.
import math
INF = float('inf')
NAN = float('nan')

def show(r):
    return repr(r)

def u0(x):
    return math.sqrt(x)

r = None
for i in range(2000):
    try:
        r = u0(0.75 if i < 1999 else -1.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sqrt', '-1.0', show(r))

def u1(x):
    return math.sqrt(x)

r = None
for i in range(2000):
    try:
        r = u1(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sqrt', '-0.0', show(r))

def u2(x):
    return math.log(x)

r = None
for i in range(2000):
    try:
        r = u2(0.75 if i < 1999 else 0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '0.0', show(r))

def u3(x):
    return math.log(x)

r = None
for i in range(2000):
    try:
        r = u3(0.75 if i < 1999 else -1.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '-1.0', show(r))

def u4(x):
    return math.log(x)

r = None
for i in range(2000):
    try:
        r = u4(0.75 if i < 1999 else 0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '0', show(r))

def u5(x):
    return math.exp(x)

r = None
for i in range(2000):
    try:
        r = u5(0.75 if i < 1999 else 710.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('exp', '710.0', show(r))

def u6(x):
    return math.exp(x)

r = None
for i in range(2000):
    try:
        r = u6(0.75 if i < 1999 else -1000.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('exp', '-1000.0', show(r))

def u7(x):
    return math.sin(x)

r = None
for i in range(2000):
    try:
        r = u7(0.75 if i < 1999 else INF)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sin', 'INF', show(r))

def u8(x):
    return math.cos(x)

r = None
for i in range(2000):
    try:
        r = u8(0.75 if i < 1999 else NAN)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('cos', 'NAN', show(r))

def u9(x):
    return math.acos(x)

r = None
for i in range(2000):
    try:
        r = u9(0.75 if i < 1999 else 2.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('acos', '2.0', show(r))

def u10(x):
    return math.asin(x)

r = None
for i in range(2000):
    try:
        r = u10(0.75 if i < 1999 else -1.5)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('asin', '-1.5', show(r))

def u11(x):
    return math.atan(x)

r = None
for i in range(2000):
    try:
        r = u11(0.75 if i < 1999 else INF)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('atan', 'INF', show(r))

def u12(x):
    return math.log10(x)

r = None
for i in range(2000):
    try:
        r = u12(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log10', '-0.0', show(r))

def u13(x):
    return math.log2(x)

r = None
for i in range(2000):
    try:
        r = u13(0.75 if i < 1999 else 0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log2', '0', show(r))

def u14(x):
    return math.log1p(x)

r = None
for i in range(2000):
    try:
        r = u14(0.75 if i < 1999 else -1.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log1p', '-1.0', show(r))

def u15(x):
    return math.expm1(x)

r = None
for i in range(2000):
    try:
        r = u15(0.75 if i < 1999 else 1000.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('expm1', '1000.0', show(r))

def u16(x):
    return math.tan(x)

r = None
for i in range(2000):
    try:
        r = u16(0.75 if i < 1999 else INF)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('tan', 'INF', show(r))

def u17(x):
    return math.sinh(x)

r = None
for i in range(2000):
    try:
        r = u17(0.75 if i < 1999 else 1000.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sinh', '1000.0', show(r))

def u18(x):
    return math.cosh(x)

r = None
for i in range(2000):
    try:
        r = u18(0.75 if i < 1999 else -1000.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('cosh', '-1000.0', show(r))

def u19(x):
    return math.tanh(x)

r = None
for i in range(2000):
    try:
        r = u19(0.75 if i < 1999 else 1000.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('tanh', '1000.0', show(r))

def u20(x):
    return math.atanh(x)

r = None
for i in range(2000):
    try:
        r = u20(0.75 if i < 1999 else 1.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('atanh', '1.0', show(r))

def u21(x):
    return math.acosh(x)

r = None
for i in range(2000):
    try:
        r = u21(0.75 if i < 1999 else 0.5)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('acosh', '0.5', show(r))

def u22(x):
    return math.asinh(x)

r = None
for i in range(2000):
    try:
        r = u22(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('asinh', '-0.0', show(r))

def u23(x):
    return math.fabs(x)

r = None
for i in range(2000):
    try:
        r = u23(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fabs', '-0.0', show(r))

def u24(x):
    return math.gamma(x)

r = None
for i in range(2000):
    try:
        r = u24(0.75 if i < 1999 else 0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('gamma', '0.0', show(r))

def u25(x):
    return math.gamma(x)

r = None
for i in range(2000):
    try:
        r = u25(0.75 if i < 1999 else -1.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('gamma', '-1.0', show(r))

def u26(x):
    return math.lgamma(x)

r = None
for i in range(2000):
    try:
        r = u26(0.75 if i < 1999 else 0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('lgamma', '0', show(r))

def u27(x):
    return math.gamma(x)

r = None
for i in range(2000):
    try:
        r = u27(0.75 if i < 1999 else 200.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('gamma', '200.0', show(r))

def u28(x):
    return math.erf(x)

r = None
for i in range(2000):
    try:
        r = u28(0.75 if i < 1999 else 1e10)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('erf', '1e10', show(r))

def u29(x):
    return math.erfc(x)

r = None
for i in range(2000):
    try:
        r = u29(0.75 if i < 1999 else -1e10)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('erfc', '-1e10', show(r))

def u30(x):
    return math.sqrt(x)

r = None
for i in range(2000):
    try:
        r = u30(0.75 if i < 1999 else True)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sqrt', 'True', show(r))

def u31(x):
    return math.exp(x)

r = None
for i in range(2000):
    try:
        r = u31(0.75 if i < 1999 else 2**62)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('exp', '2**62', show(r))

def u32(x):
    return math.trunc(x)

r = None
for i in range(2000):
    try:
        r = u32(0.75 if i < 1999 else -2.5)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('trunc', '-2.5', show(r))

def u33(x):
    return math.degrees(x)

r = None
for i in range(2000):
    try:
        r = u33(0.75 if i < 1999 else 1e308)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('degrees', '1e308', show(r))

def u34(x):
    return math.radians(x)

r = None
for i in range(2000):
    try:
        r = u34(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('radians', '-0.0', show(r))

def u35(x):
    return math.floor(x)

r = None
for i in range(2000):
    try:
        r = u35(0.75 if i < 1999 else -0.5)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('floor', '-0.5', show(r))

def u36(x):
    return math.ceil(x)

r = None
for i in range(2000):
    try:
        r = u36(0.75 if i < 1999 else -0.5)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('ceil', '-0.5', show(r))

def u37(x):
    return math.floor(x)

r = None
for i in range(2000):
    try:
        r = u37(0.75 if i < 1999 else -2**63)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('floor', '-2**63', show(r))

def u38(x):
    return math.ceil(x)

r = None
for i in range(2000):
    try:
        r = u38(0.75 if i < 1999 else 2**63-1)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('ceil', '2**63-1', show(r))

def u39(x):
    return math.log(x)

r = None
for i in range(2000):
    try:
        r = u39(0.75 if i < 1999 else 2**62)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '2**62', show(r))

def u40(x):
    return math.sqrt(x)

r = None
for i in range(2000):
    try:
        r = u40(0.75 if i < 1999 else 2**62+1)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sqrt', '2**62+1', show(r))

def u41(x):
    return math.sqrt(x)

r = None
for i in range(2000):
    try:
        r = u41(0.75 if i < 1999 else -2**63)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sqrt', '-2**63', show(r))

def u42(x):
    return math.exp(x)

r = None
for i in range(2000):
    try:
        r = u42(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('exp', '-0.0', show(r))

def u43(x):
    return math.lgamma(x)

r = None
for i in range(2000):
    try:
        r = u43(0.75 if i < 1999 else -1.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('lgamma', '-1.0', show(r))

def u44(x):
    return math.gamma(x)

r = None
for i in range(2000):
    try:
        r = u44(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('gamma', '-0.0', show(r))

def u45(x):
    return math.log2(x)

r = None
for i in range(2000):
    try:
        r = u45(0.75 if i < 1999 else True)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log2', 'True', show(r))

def u46(x):
    return math.log(x)

r = None
for i in range(2000):
    try:
        r = u46(0.75 if i < 1999 else False)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', 'False', show(r))

def u47(x):
    return math.fabs(x)

r = None
for i in range(2000):
    try:
        r = u47(0.75 if i < 1999 else -2**63)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fabs', '-2**63', show(r))

def u48(x):
    return math.exp(x)

r = None
for i in range(2000):
    try:
        r = u48(0.75 if i < 1999 else NAN)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('exp', 'NAN', show(r))

def u49(x):
    return math.sqrt(x)

r = None
for i in range(2000):
    try:
        r = u49(0.75 if i < 1999 else INF)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sqrt', 'INF', show(r))

def u50(x):
    return math.acos(x)

r = None
for i in range(2000):
    try:
        r = u50(0.75 if i < 1999 else NAN)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('acos', 'NAN', show(r))

def u51(x):
    return math.cos(x)

r = None
for i in range(2000):
    try:
        r = u51(0.75 if i < 1999 else 1e22)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('cos', '1e22', show(r))

def u52(x):
    return math.sin(x)

r = None
for i in range(2000):
    try:
        r = u52(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('sin', '-0.0', show(r))

def u53(x):
    return math.expm1(x)

r = None
for i in range(2000):
    try:
        r = u53(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('expm1', '-0.0', show(r))

def u54(x):
    return math.atan(x)

r = None
for i in range(2000):
    try:
        r = u54(0.75 if i < 1999 else -0.0)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('atan', '-0.0', show(r))

def b0(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b0(0.75 if i < 1999 else 0.0, 1.25 if i < 1999 else -1.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '0.0', '-1.0', show(r))

def b1(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b1(0.75 if i < 1999 else -8.0, 1.25 if i < 1999 else 1/3)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '-8.0', '1/3', show(r))

def b2(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b2(0.75 if i < 1999 else 10.0, 1.25 if i < 1999 else 400.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '10.0', '400.0', show(r))

def b3(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b3(0.75 if i < 1999 else NAN, 1.25 if i < 1999 else 0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', 'NAN', '0.0', show(r))

def b4(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b4(0.75 if i < 1999 else 1.0, 1.25 if i < 1999 else NAN)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '1.0', 'NAN', show(r))

def b5(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b5(0.75 if i < 1999 else -1.0, 1.25 if i < 1999 else INF)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '-1.0', 'INF', show(r))

def b6(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b6(0.75 if i < 1999 else 0, 1.25 if i < 1999 else -1)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '0', '-1', show(r))

def b7(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b7(0.75 if i < 1999 else -0.0, 1.25 if i < 1999 else -3)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '-0.0', '-3', show(r))

def b8(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b8(0.75 if i < 1999 else 2, 1.25 if i < 1999 else 1024)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '2', '1024', show(r))

def b9(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b9(0.75 if i < 1999 else -2, 1.25 if i < 1999 else 0.5)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', '-2', '0.5', show(r))

def b10(x, y):
    return math.pow(x, y)

r = None
for i in range(2000):
    try:
        r = b10(0.75 if i < 1999 else INF, 1.25 if i < 1999 else -1)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('pow', 'INF', '-1', show(r))

def b11(x, y):
    return math.atan2(x, y)

r = None
for i in range(2000):
    try:
        r = b11(0.75 if i < 1999 else -0.0, 1.25 if i < 1999 else -0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('atan2', '-0.0', '-0.0', show(r))

def b12(x, y):
    return math.atan2(x, y)

r = None
for i in range(2000):
    try:
        r = b12(0.75 if i < 1999 else 0.0, 1.25 if i < 1999 else -0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('atan2', '0.0', '-0.0', show(r))

def b13(x, y):
    return math.atan2(x, y)

r = None
for i in range(2000):
    try:
        r = b13(0.75 if i < 1999 else INF, 1.25 if i < 1999 else -INF)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('atan2', 'INF', '-INF', show(r))

def b14(x, y):
    return math.fmod(x, y)

r = None
for i in range(2000):
    try:
        r = b14(0.75 if i < 1999 else 1.0, 1.25 if i < 1999 else 0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fmod', '1.0', '0.0', show(r))

def b15(x, y):
    return math.fmod(x, y)

r = None
for i in range(2000):
    try:
        r = b15(0.75 if i < 1999 else INF, 1.25 if i < 1999 else 1.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fmod', 'INF', '1.0', show(r))

def b16(x, y):
    return math.fmod(x, y)

r = None
for i in range(2000):
    try:
        r = b16(0.75 if i < 1999 else -5.0, 1.25 if i < 1999 else 3)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fmod', '-5.0', '3', show(r))

def b17(x, y):
    return math.fmod(x, y)

r = None
for i in range(2000):
    try:
        r = b17(0.75 if i < 1999 else -0.0, 1.25 if i < 1999 else 1.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fmod', '-0.0', '1.0', show(r))

def b18(x, y):
    return math.fmod(x, y)

r = None
for i in range(2000):
    try:
        r = b18(0.75 if i < 1999 else 5, 1.25 if i < 1999 else INF)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fmod', '5', 'INF', show(r))

def b19(x, y):
    return math.fmod(x, y)

r = None
for i in range(2000):
    try:
        r = b19(0.75 if i < 1999 else NAN, 1.25 if i < 1999 else 0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fmod', 'NAN', '0.0', show(r))

def b20(x, y):
    return math.hypot(x, y)

r = None
for i in range(2000):
    try:
        r = b20(0.75 if i < 1999 else INF, 1.25 if i < 1999 else NAN)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('hypot', 'INF', 'NAN', show(r))

def b21(x, y):
    return math.hypot(x, y)

r = None
for i in range(2000):
    try:
        r = b21(0.75 if i < 1999 else NAN, 1.25 if i < 1999 else -INF)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('hypot', 'NAN', '-INF', show(r))

def b22(x, y):
    return math.hypot(x, y)

r = None
for i in range(2000):
    try:
        r = b22(0.75 if i < 1999 else 1e308, 1.25 if i < 1999 else 1e308)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('hypot', '1e308', '1e308', show(r))

def b23(x, y):
    return math.copysign(x, y)

r = None
for i in range(2000):
    try:
        r = b23(0.75 if i < 1999 else 1.0, 1.25 if i < 1999 else -0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('copysign', '1.0', '-0.0', show(r))

def b24(x, y):
    return math.copysign(x, y)

r = None
for i in range(2000):
    try:
        r = b24(0.75 if i < 1999 else 3, 1.25 if i < 1999 else -1)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('copysign', '3', '-1', show(r))

def b25(x, y):
    return math.copysign(x, y)

r = None
for i in range(2000):
    try:
        r = b25(0.75 if i < 1999 else NAN, 1.25 if i < 1999 else -1.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('copysign', 'NAN', '-1.0', show(r))

def b26(x, y):
    return math.log(x, y)

r = None
for i in range(2000):
    try:
        r = b26(0.75 if i < 1999 else 8.0, 1.25 if i < 1999 else 2.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '8.0', '2.0', show(r))

def b27(x, y):
    return math.log(x, y)

r = None
for i in range(2000):
    try:
        r = b27(0.75 if i < 1999 else 8.0, 1.25 if i < 1999 else 1.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '8.0', '1.0', show(r))

def b28(x, y):
    return math.log(x, y)

r = None
for i in range(2000):
    try:
        r = b28(0.75 if i < 1999 else 8.0, 1.25 if i < 1999 else 0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '8.0', '0.0', show(r))

def b29(x, y):
    return math.log(x, y)

r = None
for i in range(2000):
    try:
        r = b29(0.75 if i < 1999 else 0, 1.25 if i < 1999 else 2)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('log', '0', '2', show(r))

def b30(x, y):
    return math.remainder(x, y)

r = None
for i in range(2000):
    try:
        r = b30(0.75 if i < 1999 else 5.0, 1.25 if i < 1999 else 0.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('remainder', '5.0', '0.0', show(r))

def b31(x, y):
    return math.remainder(x, y)

r = None
for i in range(2000):
    try:
        r = b31(0.75 if i < 1999 else 7.0, 1.25 if i < 1999 else 2.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('remainder', '7.0', '2.0', show(r))

def b32(x, y):
    return math.remainder(x, y)

r = None
for i in range(2000):
    try:
        r = b32(0.75 if i < 1999 else INF, 1.25 if i < 1999 else 2.0)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('remainder', 'INF', '2.0', show(r))

def b33(x, y):
    return math.ldexp(x, y)

r = None
for i in range(2000):
    try:
        r = b33(0.75 if i < 1999 else 1.0, 3 if i < 1999 else 2000)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('ldexp', '1.0', '2000', show(r))

def b34(x, y):
    return math.ldexp(x, y)

r = None
for i in range(2000):
    try:
        r = b34(0.75 if i < 1999 else 1.0, 3 if i < 1999 else -2000)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('ldexp', '1.0', '-2000', show(r))

def b35(x, y):
    return math.atan2(x, y)

r = None
for i in range(2000):
    try:
        r = b35(0.75 if i < 1999 else True, 1.25 if i < 1999 else False)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('atan2', 'True', 'False', show(r))

def b36(x, y):
    return math.hypot(x, y)

r = None
for i in range(2000):
    try:
        r = b36(0.75 if i < 1999 else 3, 1.25 if i < 1999 else 4)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('hypot', '3', '4', show(r))

def b37(x, y):
    return math.fmod(x, y)

r = None
for i in range(2000):
    try:
        r = b37(0.75 if i < 1999 else True, 1.25 if i < 1999 else True)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('fmod', 'True', 'True', show(r))

def b38(x, y):
    return math.isclose(x, y)

r = None
for i in range(2000):
    try:
        r = b38(0.75 if i < 1999 else 1.0, 1.25 if i < 1999 else 1.0000000001)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
print('isclose', '1.0', '1.0000000001', show(r))


def loop_math(vals):
    out = []
    for v in vals:
        try:
            out.append(math.sqrt(v) + math.log(v) + math.exp(-v))
        except ValueError as e:
            out.append(str(e))
    return out
vals = [float(i % 50) + 0.5 for i in range(3000)]
vals[2500] = -1.0
vals[2600] = 0.0
vals[2700] = 0
r = loop_math(vals)
print(r[2499:2502], r[2600], r[2700], len(r))
