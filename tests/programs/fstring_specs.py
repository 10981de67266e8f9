# f-string format specs listed in the spec.
x = 3.14159265
n = 1234567
s = "hi"
v = "quote'd"
p = 0.4567
m = -42
print(f"{x:.4f}", f"{n:,}", f"{s:>10}|", f"{v!r}", f"{x:e}", f"{p:.1%}")
print(f"{x:08.3f}", f"{n:+d}", f"{m:+d}", f"{255:x}", f"{5:#b}", f"{255:#x}", f"{8:#o}")
w = 12
print(f"{x:{w}}|", f"{x:{w}.2f}|", f"{s:^{w}}|", f"{n:>{w},}|")
prec = 3
print(f"{x:.{prec}f}", f"{x:{w}.{prec}e}")
print(f"{n:_}", f"{n:,.2f}", f"{-x:.2f}", f"{x: .2f}", f"{1e6:g}", f"{0.0001:.2e}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|", f"{'fill':*>8}", f"{42:0>5}")
print(f"{s!r:>8}|", f"{n:12_}|", f"{3:03d}", f"{-3:04d}", f"{255:08b}")
print(f"{2**70:,}", f"{-2**70:x}", f"{1.5:%}", f"{1234.5:,.1f}")
print(f"{True}", f"{None}", f"{[1, 'a']}", f"{(1,)}")
