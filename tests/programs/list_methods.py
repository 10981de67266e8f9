# Every list method.
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend((2, 6))
a.extend(range(2))
print(a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.index(1), a.count(1), a.count(42))
print(a.index(1, 4) if a.count(1) else None)
a.reverse()
print(a)
b = a.copy()
b.sort()
print(a, b)
b.sort(reverse=True)
print(b)
a.clear()
print(a, len(a), b)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
