# += on lists mutates in place (aliases see it); + makes a new list.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
def add_item(lst):
    lst += [99]
lst = [0]
add_item(lst)
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
x = [1, 2, 3]
y = x[:]
y.append(4)
print(x, y)
c = [[1, 2]] * 2
c[0].append(3)
print(c)
d = x
d *= 2
print(x, d is x)
e = "ab"
f = e
e += "c"
print(e, f)
g = (1,)
h = g
g += (2,)
print(g, h)
