# sys.exit("msg"): message on stderr, status 1.
import sys
print("working")
sys.exit("fatal: something went wrong")
