# Syntax error: missing colon after if (nothing is printed).
print("never runs")
x = 3
if x > 2
    print("big")
