# Uncaught unbounded recursion: status 1, RecursionError on stderr.
def forever(n):
    return forever(n + 1) + 1
print("start")
forever(0)
