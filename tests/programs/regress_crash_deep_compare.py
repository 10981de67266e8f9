a = []
b = []
for i in range(2000000):
    a = [a]
    b = [b]
print(a == b)
