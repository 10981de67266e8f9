# Syntax error: unexpected indent.
print("never")
a = 1
    b = 2
