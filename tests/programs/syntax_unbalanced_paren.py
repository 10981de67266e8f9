# Syntax error: unbalanced parenthesis.
print("never runs")
total = (1 + 2
print(total)
