# Item assignment in compiled loops: swaps through boxed temporaries (the
# fannkuch pattern), stores over heap items, and lists built by append (int storage) that compiled code then indexes.


def reverse_prefix(perm, k):
    i = 0
    j = k
    while i < j:
        t = perm[i]
        perm[i] = perm[j]
        perm[j] = t
        i += 1
        j -= 1


def flips(perm):
    count = 0
    while perm[0] != 0:
        reverse_prefix(perm, perm[0])
        count += 1
    return count


total = 0
for start in range(1500):
    p = [(start + i) % 7 for i in range(7)]
    total += flips(p)
print("flips", total)

# Mixed items: ints, floats, strings and None swap through the same code.
mixed = [1, 2.5, "three", None, (4,), 5, -6.0, "seven"] * 200
for r in range(3):
    reverse_prefix(mixed, len(mixed) - 1 - r)
print(mixed[:9], mixed[-9:])

# Int storage indexed natively after being built by append.
built = []
for i in range(3000):
    built.append(i * i % 1009)
acc = 0
for i in range(len(built)):
    built[i] = built[i - 1] + 1 if i % 3 == 0 else built[i]
    acc += built[-i]
print("acc", acc, built[:6], built[-3:])

# Stores over heap items (strings, tuples, lists) drop them after the store.
heap = [("t", i) if i % 2 else "s%d" % i for i in range(3000)]
alias = heap[7]
for i in range(len(heap)):
    heap[i] = i * 2 if i % 5 else [i]
print(heap[:6], alias, sum(x for x in heap if isinstance(x, int)))
