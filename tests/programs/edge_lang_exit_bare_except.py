import sys
try:
    sys.exit(2)
except:
    print("bare except catches")
