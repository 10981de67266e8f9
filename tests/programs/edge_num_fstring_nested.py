# f-string nested specs, conversions, debugging '='
x = 3.14159
w, p = 10, 3
name = "pyjit"
print(f"{x:{w}.{p}f}|{x:<{w}}|{name!r:>12}|{name!s:^11}|{name!a}")
print(f"{x=}")
print(f"{x = :.2f}")
print(f"{name=!r}")
print(f"{1+2=}")
print(f"{{literal}} {x:.{p}} {42:#{w}x}")
items = [1, 22, 333]
for it in items:
    print(f"[{it:>{len(str(max(items)))}}]")
print(f"{3:{'<'}{5}}|")
print(f"{'abc':.{2}}|{'abc':*^{9}}|")
print(f"{-5:=+8}|{5:08b}|{255:#06x}")
print(f"{True}|{True:d}|{False:>5}|{None!r}")
print(f"{12345.678:,.1f}|{1234567:_}|{0.5:.0%}")
d = {"k": [1, 2]}
print(f"{d['k'][1]}|{d!r}|{len(d):03}")
print(f"{'a' 'b'}" f"{'c'}")
