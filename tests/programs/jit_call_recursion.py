# Hot recursive Python functions: fibonacci, small ackermann, mutual recursion, tree recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)], fib(22))

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print([ack(m, n) for m in range(3) for n in range(4)], ack(2, 60), ack(3, 4))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(sum(1 for k in range(300) if is_even(k)), is_odd(501), is_even(700))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

# factorial crosses 64 bits at 21!; called hot from a loop
s = 0
for i in range(3000):
    s += fact(i % 30)
print(s)
print(fact(25), fact(21) - fact(20) * 21)

def hanoi(n, a, b, c, moves):
    if n == 0:
        return 0
    k = hanoi(n - 1, a, c, b, moves)
    moves[(a, c)] = moves.get((a, c), 0) + 1
    return k + 1 + hanoi(n - 1, b, a, c, moves)

mv = {}
print(hanoi(13, "A", "B", "C", mv), sorted(mv.items()))

def fib_float(n):
    return float(n) if n < 2 else fib_float(n - 1) + fib_float(n - 2)

print(repr(fib_float(20)))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

g = 0
for i in range(1, 3000):
    g += gcd(i * 7919, 3000 + i)
print(g, gcd(2 ** 100, 6 ** 50))
