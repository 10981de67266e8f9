# Recursive compiled functions taking and mutating lists (framed units), mutual
# recursion between a number-only (frameless) function and a list-taking one.
def queens(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if cols[c] or d1[row + c] or d2[row - c + n - 1]:
            continue
        cols[c] = True
        d1[row + c] = True
        d2[row - c + n - 1] = True
        count += queens(n, row + 1, cols, d1, d2)
        cols[c] = False
        d1[row + c] = False
        d2[row - c + n - 1] = False
    return count

for n in range(1, 8):
    print(n, queens(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n)))

def perms(items, k, out):
    if k == len(items):
        out.append(items[:])
        return
    for i in range(k, len(items)):
        items[k], items[i] = items[i], items[k]
        perms(items, k + 1, out)
        items[k], items[i] = items[i], items[k]

res = []
perms([1, 2, 3, 4, 5, 6], 0, res)
print(len(res), res[:3], res[-1])

def collatz_len(n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + collatz_len(n // 2)
    return 1 + collatz_len_list(n, [3 * n + 1])

def collatz_len_list(n, box):
    box.append(n)
    return collatz_len(box[0])

best = 0
for i in range(1, 3000):
    best = max(best, collatz_len(i))
print(best)

def fill(lst, i, v):
    if i >= len(lst):
        return v
    lst[i] = v
    return fill(lst, i + 1, v * 2 if v < 2 ** 60 else 1)

data = [0] * 150
for rep in range(40):
    last = fill(data, 0, rep + 1)
print(last, data[:5], data[-3:])

def grow(lst, depth):
    if depth == 0:
        return len(lst)
    lst.append(depth)
    r = grow(lst, depth - 1)
    lst.pop()
    return r + lst[-1] if lst else r

tot = 0
for i in range(300):
    tot += grow([0], 50)
print(tot)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(22), fib(2.0), fib(True))

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print(ack(2, 300))
