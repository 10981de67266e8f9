# while loops with else, break, continue, and walrus conditions.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else ran")
j = 0
while True:
    j += 1
    if j >= 3:
        break
print("j", j)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        break
else:
    print("not reached")
print("k", k)
data = [5, 4, 3, 2, 1]
while (v := data.pop()) < 4:
    print("popped", v)
print("stopped at", v, data)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
def find(lst, target):
    idx = 0
    while idx < len(lst):
        if lst[idx] == target:
            break
        idx += 1
    else:
        return -1
    return idx
print(find([3, 1, 4], 4), find([3, 1, 4], 9))
