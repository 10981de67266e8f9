import sys
def cleanup():
    try:
        sys.exit("fatal: bad thing")
    except SystemExit as e:
        print("caught", e.code)
        raise
cleanup()
