import sys
def f():
    try:
        sys.exit(2)
    finally:
        return "swallowed"
print(f())
