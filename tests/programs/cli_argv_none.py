# No arguments: sys.argv has only the script path.
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith("cli_argv_none.py"))
if len(sys.argv) < 2:
    print("usage: cli_argv_none.py N")
    sys.exit(2)
