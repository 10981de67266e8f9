# Iterating strings; building strings in loops; counting characters.
text = "the rain in spain stays mainly in the plain"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
for k in sorted(counts):
    print(k, counts[k])
vowels = sum(1 for c in text if c in "aeiou")
print("vowels:", vowels)
words = text.split()
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (len(w), w)))
acronym = "".join(w[0].upper() for w in words)
print(acronym)
for i, ch in enumerate("abc"):
    print(i, ch)
rev = ""
for ch in reversed("stressed"):
    rev += ch
print(rev)
print(list(zip("abc", "123")))
print("".join(sorted(set("mississippi"))))
