# Exception context/cause and bare raise in code compiled while an exception is being handled.
class CM:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None))
        return t is KeyError

def in_handler(n):
    try:
        raise ValueError("outer")
    except ValueError:
        acc = 0
        for i in range(n):
            acc += i
            if i == n - 1:
                try:
                    acc += 1 // (i - i)
                except ZeroDivisionError as z:
                    return acc, repr(z), repr(z.__context__)
    return acc

print(in_handler(3000))

def reraise_after_loop(n):
    try:
        try:
            raise KeyError("k")
        except KeyError:
            t = 0
            for i in range(n):
                t += i * i
            raise
    except KeyError as e:
        return t, repr(e)

print(reraise_after_loop(3000))

def with_in_loop(n):
    log = []
    t = 0
    for i in range(n):
        with CM(log):
            if i % 1000 == 999:
                raise KeyError(i)
            t += i
    return t, len(log), log[-4:]

print(with_in_loop(3000))

def cause_chain(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 1500 == 1499:
                    [][i]
            except IndexError as e:
                raise RuntimeError("wrapped %d" % i) from e
        except RuntimeError as r:
            out.append((str(r), type(r.__cause__).__name__, r.__suppress_context__))
    return out

print(cause_chain(3000))

def finally_return_override(n):
    def f(i):
        try:
            if i % 2:
                raise ValueError(i)
            return i
        finally:
            if i % 3 == 0:
                return -i
    t = 0
    for i in range(n):
        try:
            t += f(i)
        except ValueError:
            t += 1000
    return t

print(finally_return_override(3000))

def exc_in_genexpr_in_loop(n):
    bad = 0
    t = 0
    for i in range(n):
        try:
            t += sum(10 // (j - i % 5) for j in range(5))
        except ZeroDivisionError:
            bad += 1
    return t, bad

print(exc_in_genexpr_in_loop(3000))
