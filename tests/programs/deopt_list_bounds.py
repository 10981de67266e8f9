# List indexing that goes out of bounds only at the end of a hot loop.
data = list(range(100))
def read_all(lst, n):
    s = 0
    for i in range(n):
        s += lst[i]
    return s
print(read_all(data, 100))
try:
    read_all(data, 101)
except IndexError as e:
    print("IndexError:", e)
neg = 0
for i in range(1, 101):
    neg += data[-i]
print(neg)
grow = []
for i in range(300):
    grow.append(i * i)
    if i % 100 == 99:
        grow.pop(0)
print(len(grow), grow[0], grow[-1], sum(grow))
lst = [1, 2, 3]
idx = 0
try:
    while True:
        lst[idx] *= 10
        idx += 1
except IndexError as e:
    print(lst, idx, "IndexError:", e)
t = tuple(range(50))
s = 0
for i in range(-50, 50):
    s += t[i]
print(s)
