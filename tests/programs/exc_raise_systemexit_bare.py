# Bare raise SystemExit: status 0 and no stderr.
print("bye")
raise SystemExit
