# The seed's accumulator coroutine driven with send().
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(20))
print(acc.send(5))
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 30, 5, 15]:
    print(avg.send(v))
def echo():
    received = None
    while True:
        received = yield ("echo", received)
e = echo()
print(e.send(None), e.send("a"), e.send(1), next(e))
g = accumulator()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
def stops():
    x = yield 1
    print("received", x)
s = stops()
next(s)
try:
    s.send("last")
except StopIteration:
    print("stopped")
