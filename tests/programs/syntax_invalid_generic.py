# Syntax error: invalid syntax from a doubled operator.
print("never")
x = = 1
