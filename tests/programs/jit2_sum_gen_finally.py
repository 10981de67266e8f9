# sum() over generators with try/finally, exceptions, early close.
log = []

def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(("fin", n))

print(sum(guarded(3000)), log)

def raising(n, at):
    try:
        for i in range(n):
            if i == at:
                raise ValueError("at %d" % i)
            yield i
    finally:
        log.append(("rfin", at))

for at in (0, 1, 2999, 3500):
    try:
        print(sum(raising(3000, at)))
    except ValueError as e:
        print("ValueError", e)
print(log[-4:])

def yield_in_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        yield -1000
        yield 0.5

print(sum(yield_in_finally(3000)))

def gen_then_close(n):
    gen = guarded(n)
    a = next(gen)
    b = next(gen)
    gen.close()
    return a + b, sum(gen)

print(gen_then_close(3000), log[-1])

def catch_inside(n):
    for i in range(n):
        try:
            v = 100 // (i % 1000)
        except ZeroDivisionError:
            v = -1
        yield v

print(sum(catch_inside(3000)))

def zerodiv_gen(n):
    return sum(1 // (i - 2500) for i in range(n))

try:
    print(zerodiv_gen(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def type_err_gen(n):
    return sum(i if i != 2000 else "s" for i in range(n))

try:
    print(type_err_gen(3000))
except TypeError as e:
    print("TypeError", e)

def none_gen(n):
    return sum(None if i == 2999 else i for i in range(n))

try:
    print(none_gen(3000))
except TypeError as e:
    print("TypeError", e)

def overflow_pow(n):
    return sum(1.5 ** i for i in range(n))

try:
    print(overflow_pow(3000))
except OverflowError as e:
    print("OverflowError", e)

def return_value_gen(n):
    for i in range(n):
        yield i
    return "ignored"

print(sum(return_value_gen(3000)))
