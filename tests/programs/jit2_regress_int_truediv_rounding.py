# int / int must be correctly rounded even when an operand exceeds 2**53
# (CPython does not just convert both to float and divide).
def div(a, b):
    return a / b

r = None
for i in range(2000):
    r = div(5258986265376043509, 888599)
print(r)

x = 0.0
for i in range(3000):
    x = (7053584670082022960 + i * 0) / 66173
print(x)

def loop(n):
    out = []
    for i in range(n):
        out.append((2 ** 62 + 3 * i + 1) / 3)
    return out

res = loop(3000)
print(res[0], res[1500], res[-1])
print(-9007199254740993 / 1, 9007199254740993 / 2)
