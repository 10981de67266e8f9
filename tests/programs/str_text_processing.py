# Text processing: word counts, palindromes, anagrams, formatting tables.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<12}{n:>3}")
def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]])
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(list(groups.values()))
rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print(f"{'item':<10}|{'price':>8}|{'qty':>5}")
print("-" * 25)
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:>5d}")
print(f"{'total':<10}|{sum(p * q for _, p, q in rows):>8.2f}|")
s = "hello world"
print(s.title(), s.replace("o", "0").upper(), "-".join(s.split()), s.center(17, "*"))
