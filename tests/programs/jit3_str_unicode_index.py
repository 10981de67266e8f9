s = "héllo→世界🎉x" * 3
n = len(s)
out = []
for i in range(3000):
    j = i % (2 * n) - n
    c = s[j]
    out.append(ord(c))
print(n, sum(out), out[:12])
t = ""
for i in range(2000):
    t += s[i % n]
print(len(t), t[-12:], t[::-1][:5])
sl = []
for i in range(1500):
    sl.append(s[i % n: i % n + 3])
print(sl[:14])
cnt = 0
for i in range(1500):
    if "→" in s[i % n:]: cnt += 1
    if s[i % n] == "🎉": cnt += 100
print(cnt)
for i in range(1500):
    try:
        c = s[n + (i == 1400)] if i >= 1400 else s[-1]
    except IndexError as e:
        print("IE", i, e)
        break
u = [c.upper() for c in s]
print("".join(u), s.find("界", 5), s.rfind("é"), s.index("x"))
b = 0
for i in range(2000):
    b += len(chr(i + 100)) + ord(chr(0x1F600 + i % 50))
print(b)
