# Factorial-like products producing huge integers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(f100)))
print(f100 // fact(98))
print(f100 % 101)
s = str(fact(450))
print(len(s))
print(s)
print(sum(int(c) for c in s))
prod = 1
for k in range(1, 40, 3):
    prod *= k * k + 1
print(prod)
print(fact(30) // fact(28) // 2)
