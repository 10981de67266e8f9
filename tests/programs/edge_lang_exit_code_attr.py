import sys
try:
    sys.exit(3)
except SystemExit as e:
    print(e.code, type(e.code).__name__, str(e), repr(e))
