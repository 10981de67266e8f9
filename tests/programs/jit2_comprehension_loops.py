# Comprehensions (compiled loops with their own scope) over mutated and mixed data.
def nested(n):
    grid = [[i * j for j in range(n)] for i in range(n)]
    flat = [x for row in grid for x in row if x % 7 == 3]
    return len(flat), sum(flat), grid[-1][-3:]

print(nested(60))

def mixed_types(n):
    vals = [i if i % 3 else i * 0.5 for i in range(n)]
    vals2 = [v * 2 for v in vals]
    bools = [v > 100 for v in vals2]
    return sum(vals2), sum(bools), vals2[-4:], [b for b in bools[:5]]

print(mixed_types(3000))

def dict_set_comp(n):
    d = {i: i * i for i in range(n) if i % 5}
    s = {i % 97 for i in range(n)}
    inv = {v: k for k, v in d.items() if v < 10000}
    return len(d), len(s), sorted(inv.items())[:5], sum(d.values())

print(dict_set_comp(3000))

def comp_reads_outer(n):
    scale = 3
    off = 0.25
    out = [i * scale + off for i in range(n)]
    scale = 100
    out2 = [i * scale for i in range(n)]
    return out[-1], out2[-1]

print(comp_reads_outer(3000))

def comp_mutates_source(n):
    src = list(range(n))
    res = [src.pop() for _ in range(n // 2)]
    res2 = [x for x in src if not src.append(-1) or True][:3] if False else None
    return len(res), res[:3], len(src)

print(comp_mutates_source(3000))

def comp_big(n):
    return [2 ** 60 * i for i in range(n)][-1], max(x * x for x in range(-n, n))

print(comp_big(3000))

def genexpr_partial(n):
    g = (i * 3 for i in range(n))
    firsts = [next(g) for _ in range(10)]
    rest = [x for x in g if x % 2]
    return firsts[-1], len(rest), rest[-1]

print(genexpr_partial(3000))

def comp_with_walrus(n):
    total = 0
    vals = [total := total + i for i in range(n)]
    return total, vals[-1], vals[:4]

print(comp_with_walrus(3000))

def comp_exceptions(n):
    try:
        return [10 // (i - n + 5) for i in range(n)]
    except ZeroDivisionError as e:
        return str(e)

print(comp_exceptions(3000))
