# random.random() drawn inline in compiled loops, interleaved with other random
# functions and with reseeding in the middle of the loop or in a called function.
import random

random.seed(12345)
acc = 0.0
marks = []
for i in range(5000):
    acc += random.random()
    if i == 3000:
        random.seed(7)
        marks.append(random.random())
    if i % 1000 == 999:
        marks.append(acc)
print(marks)

def reseed(k):
    random.seed(k)

def loop_with_calls(n):
    s = 0.0
    picks = []
    for i in range(n):
        s += random.random()
        if i % 700 == 0:
            reseed(i)
        if i % 450 == 0:
            picks.append(random.randint(1, 100))
        if i % 333 == 0:
            picks.append(random.choice("abcdef"))
    return s, picks

random.seed(1)
print(loop_with_calls(4000))

def shuffle_between(n):
    lst = list(range(20))
    s = 0.0
    for i in range(n):
        s += random.random() * lst[i % 20]
        if i % 1000 == 500:
            random.shuffle(lst)
    return s, lst

random.seed(99)
print(shuffle_between(4000))

def reseed_roundtrip(n):
    first = []
    again = []
    for i in range(n):
        if i == 1000:
            random.seed(i)
        if i >= 1000 and i < 1010:
            first.append(random.random())
        else:
            random.random()
    random.seed(1000)
    for i in range(10):
        again.append(random.random())
    return first == again, first[:2]

random.seed(5)
print(reseed_roundtrip(3000))

def mixed_draws(n):
    out = []
    for i in range(n):
        a = random.random()
        b = random.uniform(-1, 1)
        c = random.random()
        if i % 500 == 0:
            out.append((a, b, c, random.getrandbits(40), random.randrange(10 ** 20), random.gauss(0, 1), random.sample(range(100), 3)))
    return out

random.seed(2024)
for row in mixed_draws(3000):
    print(row)

def seed_types(n):
    res = []
    for s in (0, -5, 2 ** 70, 3.5, "abc", None):
        random.seed(s)
        t = 0.0
        for i in range(n):
            t += random.random()
        if s is None:
            res.append("none-ok")
        else:
            res.append(t)
    return res

print(seed_types(2000))

from random import random as rr
random.seed(3)
t = 0.0
for i in range(3000):
    t += rr()
    if i == 2000:
        random.seed(3)
print(t)
