# args: alpha beta 42 --flag
# Command-line arguments via sys.argv.
import sys
print(len(sys.argv))
print(sys.argv[1:])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, a, a.isdigit())
print(int(sys.argv[3]) * 2)
print("--flag" in sys.argv)
print(sys.argv[0].endswith("cli_argv.py"))
