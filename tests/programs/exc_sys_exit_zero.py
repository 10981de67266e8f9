# sys.exit() / sys.exit(0) / sys.exit(None) give status 0; SystemExit is catchable.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(0)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", type(e).__name__, e.code)
print("exiting cleanly")
sys.exit(0)
