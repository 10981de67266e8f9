# list/tuple subclasses with overridden methods must not take the native list paths of functions compiled for plain lists.
class L(list):
    def __getitem__(self, i):
        return 100
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)
    def append(self, v):
        list.append(self, -v)
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([7, 8])

def get(lst, i):
    return lst[i]
def setit(lst, i, v):
    lst[i] = v
def app(lst, v):
    lst.append(v)
def ln(lst):
    return len(lst)
def it(lst):
    s = 0
    for x in lst:
        s += x
    return s

plain = [1, 2, 3, 4]
for i in range(3000):
    get(plain, 1); setit(plain, 1, 5); ln(plain); it(plain)
a = []
for i in range(3000):
    app(a, i)
sub = L([1, 2, 3, 4])
print(get(sub, 1), ln(sub), it(sub))
setit(sub, 0, 21)
app(sub, 9)
print(list.__getitem__(sub, 0), list.__len__(sub), list.__getitem__(sub, -1))

def loop(lst):
    s = 0
    for i in range(3000):
        s += lst[i % 4]
        lst[i % 4] = 1
    return s
print(loop([1,2,3,4]))
print(loop(L([1,2,3,4])))

class T(tuple):
    def __getitem__(self, i):
        return -1
def tget(t, i):
    return t[i]
for i in range(3000):
    tget((1, 2), 0)
print(tget(T((1, 2)), 0))
