# Uncaught TypeError from mixing int and str.
count = 3
print("count is", count)
print(count + "3")
