# sys.exit(3): exit status 3, output before it is kept, finally runs.
import sys
print("about to exit")
try:
    sys.exit(3)
finally:
    print("finally on exit")
print("unreachable")
