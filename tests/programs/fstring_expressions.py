# f-strings with arbitrary expressions, nesting and debugging `=`.
items = [3, 1, 2]
d = {"a": 1}
name = "World"
print(f"Hello, {name}!")
print(f"{len(items)} items, sorted {sorted(items)}, max {max(items)}")
print(f"{d['a'] + 1}", f"{items[-1] * 10}", f"{'yes' if items else 'no'}")
print(f"{name.upper()!r}", f"{name[::-1]}", f"{name:>{len(name) + 2}}")
def sq(v):
    return v * v
print(f"{sq(7)} {sq(sq(2))}")
x = 10
print(f"{x=}", f"{x * 2 = }", f"{name=!s}", f"{x=:>5}")
print(f"{{braces}} {x}", f"{'{'}{x}{'}'}")
print(f"{'nested ' + f'{x:03d}'}")
print(f"""multi
{x} line""")
width = 6
for i in range(1, 4):
    print(f"{i:>{width}}|{i * i:<{width}}|{i ** 3:^{width}}|")
