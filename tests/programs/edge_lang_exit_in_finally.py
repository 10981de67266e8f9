import sys
try:
    print("try")
    sys.exit(3)
finally:
    print("finally still runs")
