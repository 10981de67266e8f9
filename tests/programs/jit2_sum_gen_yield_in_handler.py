# Generators suspended inside an except handler, consumed by sum(): exception
# context and bare raise after resumption.
ctx = []
def g(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            yield i
            try:
                1 / (i - i)
            except ZeroDivisionError as z:
                if i % 500 == 0:
                    ctx.append(repr(z.__context__))
gen = g(3000)
next(gen)
print(sum(gen), ctx[:3], len(ctx))
ctx.clear()
print(sum(g(3000)), ctx[:3])

def h(n):
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            yield i
            if i == n - 1:
                raise
gen = h(3000)
next(gen)
try:
    sum(gen)
except ValueError as e:
    print("reraised", e)
