# big int arithmetic and bit ops
a = 3**200
b = -(7**150)
print(a + b, a - b)
print(a * b)
print(a // 12345, a % 12345, b // 12345, b % 12345)
print(divmod(a, b), divmod(b, a))
print(a & b, a | b, a ^ b, ~a, ~b)
print(a >> 100, b >> 100, b >> 1000, (a << 50) >> 50 == a, 1 << 200)
print(a.bit_length(), b.bit_length(), (0).bit_length(), (-1).bit_length())
print(abs(b) == -b, -a < b < a, a == 3**200, hash(10**30) == hash(10**30))
print(pow(a, 3, 10**9 + 7), pow(b, 5, 97), pow(3, -1, 7), pow(-2, 101), pow(2, 0), pow(0, 0))
print(int(str(a)) == a, len(str(a)), str(b)[:20], hex(a)[:20], bin(b)[:20], oct(a)[-10:])
print((2**64 - 1) * (2**64 - 1), (-2**63) * -1, (2**63 - 1) + 1, -(-2**63))
print(sum(range(10**6, 10**6 + 10)) * 10**20, 10**18 * 10 // 10)
x = 1
for i in range(1, 60):
    x *= i
print(x, x % 1000003, x.bit_length())
print(int.from_bytes if False else 0, (255).to_bytes if False else 0)
print(12345678901234567890 & 0xFFFF, -12345678901234567890 & 0xFFFF, -12345678901234567890 | 1, (-5) ^ (2**70))
print(2**100 > 1e30, 2**100 < 1e31, 2**1024 > 1e308, -2**1024 < float("-1e308"), 2**53 + 1 > 2.0**53)
print(max(2**70, 1.5e21), min(-2**70, -1.5e21), 10**20 == 1e20, 10**23 == 1e23)
