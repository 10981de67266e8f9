# Division by zero appearing late in a hot loop, caught each time.
results = []
errors = 0
for i in range(300):
    d = i % 50
    try:
        results.append(1000 // d)
    except ZeroDivisionError:
        errors += 1
print(errors, sum(results), results[:5])
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return str(e)
print([safe_div(10, b) for b in (5, 2, 0, 4.0, 0.0)])
total = 0.0
for i in range(-100, 101):
    try:
        total += 1.0 / i
    except ZeroDivisionError:
        total += 1000
print(total)
def last_fails(n):
    s = 0
    for i in range(n, -1, -1):
        s += 100 % i
    return s
try:
    last_fails(200)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
