# try/finally inside loops with break and continue.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after for")
n = 0
while True:
    try:
        n += 1
        if n % 2:
            raise ValueError(n)
        if n > 6:
            break
    except ValueError as e:
        print("odd", e)
        continue
    finally:
        print("tick", n)
print("done", n)
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    else:
        results.append("ok")
print(results)
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
        finally:
            print("inner finally", i, j)
