import sys
try:
    raise ValueError("x")
finally:
    sys.exit(7)
