import sys
try:
    sys.exit(2)
finally:
    sys.exit(3)
