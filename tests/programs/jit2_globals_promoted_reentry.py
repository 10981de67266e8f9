# Globals promoted to native variables in closed loops, re-entered after the global
# changed type between entries (int -> float -> bool -> big int -> str -> deleted).
scale = 3
total = 0

def run(n):
    global total
    for i in range(n):
        total += scale * i
    return total

print(run(3000))
scale = 0.5
print(run(3000))
scale = True
print(run(3000))
scale = 2 ** 80
print(run(3000))
scale = 7
total = 0.25
print(run(3000))
total = True
print(run(3000))
total = 2 ** 100
print(run(3000))
scale = "ab"
try:
    print(run(3000))
except TypeError as e:
    print("TypeError", e)
total = ""
print(len(run(300)))
del scale
try:
    run(3000)
except NameError as e:
    print("NameError", e)
scale = -1
total = 0
print(run(3000))

flag = False
count = 0

def toggles(n):
    global flag, count
    for i in range(n):
        flag = not flag
        if flag:
            count += 1
    return flag, count

print(toggles(3001))
flag = 0
print(toggles(3000))
flag = 1.5
print(toggles(3000))

x = 0
y = 0

def two_globals(n):
    global x, y
    for i in range(n):
        x, y = y + 1, x * 2 % 1000003
    return x, y

print(two_globals(3000))
x = 0.5
print(two_globals(3000))

acc = 0
def max_global(n):
    global acc
    for i in range(n):
        acc = max(acc, i % 1000)
        acc = min(acc, 900)
    return acc

print(max_global(3000))
acc = 10 ** 30
try:
    print(max_global(3000))
except Exception as e:
    print(type(e).__name__, e)

# module-level loop with the loop variable and accumulator as globals, re-run
for rep in range(3):
    s = 0 if rep != 1 else 0.0
    for k in range(2000 + rep):
        s += k
    print(rep, k, s)
