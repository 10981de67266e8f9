# Syntax error: closing bracket does not match.
print("never")
items = [1, 2, 3)
