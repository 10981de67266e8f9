data = [1, 5, 3]
print([y for x in data if (y := x * 2) > 5], y)
