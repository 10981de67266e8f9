# Memory probe (not a speed kernel): peak RSS of holding 10**6 small ints in lists.
# Source: the perf brief; mirrors seeds/000_33821680bfa68f18.txt 1.2 ("List
# comprehension: generates all elements immediately, consumes memory").
# `xs` stays alive while the comprehension builds a second list of 10**6 ints.
xs = list(range(10**6))
ys = [i for i in range(10**6)]
print(len(xs), len(ys))
