# Lists whose element types change under a hot loop that sums / compares them.
data = list(range(4000))
total = 0
for i in range(len(data)):
    if i == 2500:
        data[3000] = 0.5
        data[3500] = 10 ** 25
        data[3999] = True
    total += data[i]
print(repr(total))

def scan(lst):
    s = 0
    mx = lst[0]
    for v in lst:
        s += v
        if v > mx:
            mx = v
    return s, mx

ints = list(range(3000))
print(scan(ints))
mixed = [i if i % 3 else i * 1.5 for i in range(3000)]
print(scan(mixed))
mixed[1234] = 2 ** 80
print(scan(mixed))
strs = [str(i % 10) for i in range(3000)]
print(max(strs), min(strs), len(''.join(strs)))

# elements replaced by an incompatible type mid-loop -> TypeError caught
vals = [1] * 5000
vals[2600] = "oops"
vals[2700] = None
acc = 0
errs = []
for i in range(5000):
    try:
        acc += vals[i]
    except TypeError as e:
        errs.append((i, str(e)))
print(acc, errs)

# list of tuples switching to list of lists
pairs = [(i, i + 1) for i in range(3000)]
for i in range(1500, 3000):
    pairs[i] = [i, -i]
s = 0
for p in pairs:
    s += p[0] * p[1]
print(s)
