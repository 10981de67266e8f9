# Decorators without functools: plain, with arguments, stacked, stateful.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
def tag(name):
    def deco(func):
        def wrapper(*a):
            return "<" + name + ">" + func(*a) + "</" + name + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def work(x):
    return x + 1
work(1); work(2); work(3)
print(work.calls)
log = []
def trace(func):
    def wrapper(*args):
        log.append("enter " + func.__name__)
        r = func(*args)
        log.append("exit " + func.__name__)
        return r
    wrapper.__name__ = func.__name__
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4), log)
print(fact.__name__)
def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
def retry(max_attempts=3):
    def decorator(func):
        def wrapper(*args, **kwargs):
            for attempt in range(max_attempts):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print("attempt", attempt + 1, "failed:", e)
                    if attempt == max_attempts - 1:
                        raise
        return wrapper
    return decorator
state = {"n": 0}
@retry(max_attempts=5)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet")
    return "ok after " + str(state["n"])
print(flaky())
@retry()
def always_fails():
    raise ValueError("nope")
try:
    always_fails()
except ValueError as e:
    print("gave up:", e)
