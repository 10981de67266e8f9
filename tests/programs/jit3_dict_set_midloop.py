d = {}
for i in range(3000):
    d[i % 100] = d.get(i % 100, 0) + i
    if i == 2000:
        d[1.5] = "float key"
print(len(d), d[1], d[0], sum(v for v in d.values() if isinstance(v, int)))
try:
    for k in d:
        if k == 50:
            d[1000] = 1
except RuntimeError as e:
    print("RE", e)
e = {i: i * i for i in range(2000)}
tot = 0
for k, v in e.items():
    tot += k - v
    if k == 1500:
        e[k] = -1
print(tot)
try:
    for k in e:
        if k == 1800:
            del e[k]
except RuntimeError as e2:
    print("RE", e2)
s = set()
for i in range(3000):
    s.add(i % 50)
    s.add(float(i % 7))
    s.discard(i % 3)
print(len(s), sorted(s)[:10])
# True/1/1.0 as keys
k = {}
for i in range(1500):
    k[True] = i
    k[1] = "int"
    k[1.0] = "float"
print(k)
# missing key error message
m = {0: 0}
try:
    for i in range(2000):
        m[i % 2000 if i < 1999 else (1, "x")]
        m[i] = i
except KeyError as e:
    print("KE", e, repr(e))
# nested dict count pattern
cnt = {}
for i in range(3000):
    w = "abcde"[i % 5] * (i % 3)
    cnt[w] = cnt.get(w, 0) + 1
print(sorted(cnt.items()))
# setdefault / pop in loop
st = {}
for i in range(2000):
    st.setdefault(i % 10, []).append(i)
    if i % 300 == 0:
        st.pop(i % 10)
print({a: len(b) for a, b in sorted(st.items())})
try:
    for i in range(2000):
        st.pop(99 if i == 1500 else 0, None)
        {}.pop(i) if i == 1600 else None
except KeyError as e:
    print("KE", e)
