import sys
try:
    sys.exit(2)
except Exception:
    print("not caught by Exception")
