# raise SystemExit with a code.
print("start")
def stop():
    raise SystemExit(7)
stop()
print("unreachable")
