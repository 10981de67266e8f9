# String building in hot loops: s += str(i), f-strings with format specs, join, % formatting.
s = ""
for i in range(5000):
    s += str(i)
    if i % 1000 == 999:
        print(len(s), s[-12:])
print(len(s), s[:20], s.count("7"))

def fmt(n):
    out = []
    for i in range(n):
        x = i * 1.125 - 1000
        out.append(f"{i:05d}|{x:+.3f}|{i:x}|{x!r}|{i % 7:>3}|{i * 2 ** 60}")
    return out

lines = fmt(3000)
for k in (0, 1, 999, 2999):
    print(lines[k])
print(sum(len(l) for l in lines))

def percent(n):
    t = 0
    last = ""
    for i in range(n):
        last = "%d-%s-%.2f-%r-%5s" % (i, i * 3, i / 7, str(i), "ab")
        t += len(last)
    return t, last

print(percent(3000))

# building with join and with a list buffer
buf = []
for i in range(4000):
    buf.append(chr(65 + i % 26))
    if i % 1000 == 0:
        buf.append(f"[{i}]")
joined = "".join(buf)
print(len(joined), joined[:40], joined[-10:])

# string value used in a hot loop with methods; type switches to int halfway
val = "abc"
acc = 0
for i in range(4000):
    if i == 2000:
        val = 12345
    acc += len(str(val)) + len(f"{val}")
print(acc)
t = ""
for i in range(3000):
    t = f"{t[-50:]}{i % 10}"
print(t)
