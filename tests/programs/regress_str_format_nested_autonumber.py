print("{:.{}f}".format(3.14159, 2))
print("{:{}}|".format("ab", 5))
print("{:{}.{}f}|{}".format(3.14159, 8, 3, "end"))
print("{0:{1}}|{2}".format("x", 4, "y"))
