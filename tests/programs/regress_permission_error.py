try:
    raise PermissionError("denied")
except OSError as e:
    print("OSError:", e)
