# sum() reductions that re-enter: a generator that sums itself, generators over
# lists mutated by the generator, generators over other generators.
def selfish():
    for i in range(3000):
        if i == 2000:
            try:
                sum(me)
            except ValueError as e:
                print("ValueError", e)
        yield i

me = selfish()
next(me)
print(sum(me))

me = selfish()
print(sum(me))

lst = list(range(1000))

def grow_gen():
    for x in lst:
        if len(lst) < 4000:
            lst.append(x + 1)
        yield x

g = grow_gen()
next(g)
print(sum(g), len(lst))

lst = list(range(3000))
print(sum(x for x in lst if x % 3 or lst.pop() is None), len(lst))

lst = list(range(3000))
print(sum(x * 2 for x in lst if len(lst) < 5000 and lst.append(-1) is None), len(lst))

def inner(n):
    for i in range(n):
        yield i * 2

def outer(n):
    for v in inner(n):
        yield v + 1

o = outer(3000)
next(o)
print(sum(o))
print(sum(v for v in inner(3000)))
print(sum(v for v in outer(3000) if v % 4 == 1))

def nested_sums(n):
    return sum(sum(x for x in range(i)) for i in range(n))

print(nested_sums(300))

def interleaved(n):
    a = (i for i in range(n))
    b = (i * 10 for i in range(n))
    s = 0
    for k in range(5):
        s += next(a) + next(b)
    return s, sum(a), sum(b), sum(a), sum(b)

print(interleaved(3000))

def gen_with_state(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    print("generator saw total", total)

gs = gen_with_state(3000)
next(gs)
print(sum(gs))

def early_return(n):
    for i in range(n):
        if i == 2500:
            return
        yield i

er = early_return(3000)
next(er)
print(sum(er))

def yields_bool_int_float(n):
    for i in range(n):
        if i < 1000:
            yield True
        elif i < 2000:
            yield i
        else:
            yield 0.5

yb = yields_bool_int_float(3000)
next(yb)
print(sum(yb))
