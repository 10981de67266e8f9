# An uncaught ZeroDivisionError raised deep inside hot compiled code ends the program (status 1).
def inner(a, b):
    return a // b

def middle(i):
    return inner(i * 3, 2000 - i % 4000) + 1

def outer(n):
    total = 0
    for i in range(n):
        total += middle(i)
        if i % 500 == 0:
            print("progress", i, total)
    return total

print(outer(1900))
print(outer(5000))
print("not reached")
