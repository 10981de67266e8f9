# Module-level loops keep the globals they use in native registers and write
# them back when they leave (deoptimization, break, an exception, the end):
# ints, floats and bools, in module slots below and above 64, together.
# `count` and `total` take low module slots; seventy globals then push the
# later ones past slot 64.
count = 0
total = 0.0
pad0 = 0; pad1 = 1; pad2 = 2; pad3 = 3; pad4 = 4; pad5 = 5; pad6 = 6; pad7 = 7; pad8 = 8; pad9 = 9
pad10 = 10; pad11 = 11; pad12 = 12; pad13 = 13; pad14 = 14; pad15 = 15; pad16 = 16; pad17 = 17; pad18 = 18; pad19 = 19
pad20 = 20; pad21 = 21; pad22 = 22; pad23 = 23; pad24 = 24; pad25 = 25; pad26 = 26; pad27 = 27; pad28 = 28; pad29 = 29
pad30 = 30; pad31 = 31; pad32 = 32; pad33 = 33; pad34 = 34; pad35 = 35; pad36 = 36; pad37 = 37; pad38 = 38; pad39 = 39
pad40 = 40; pad41 = 41; pad42 = 42; pad43 = 43; pad44 = 44; pad45 = 45; pad46 = 46; pad47 = 47; pad48 = 48; pad49 = 49
pad50 = 50; pad51 = 51; pad52 = 52; pad53 = 53; pad54 = 54; pad55 = 55; pad56 = 56; pad57 = 57; pad58 = 58; pad59 = 59
pad60 = 60; pad61 = 61; pad62 = 62; pad63 = 63; pad64 = 64; pad65 = 65; pad66 = 66; pad67 = 67; pad68 = 68; pad69 = 69

flag = False
for i in range(5000):
    count += 1
    total += 0.5
    flag = not flag
print(count, total, flag)

late = 0
for i in range(3000):
    late += i
    count -= 1
    if i == 2500:
        break
print(late, count, i)

acc = 0
for i in range(4000):
    acc += i * i * i * i * i  # outgrows 64 bits: deoptimizes mid-loop
    total *= 1.0001
print(acc, round(total, 6))

def boom(x):
    raise ValueError(x)

hits = 0
try:
    for i in range(3000):
        hits += 2
        flag = hits > 100
        if i == 2999:
            boom(hits)
except ValueError as e:
    print("caught", e, hits, flag)
print(pad0, pad69)
