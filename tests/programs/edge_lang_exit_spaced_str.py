import sys
sys.exit(" spaced ")
