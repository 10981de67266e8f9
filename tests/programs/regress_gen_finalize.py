def g():
    try:
        yield 1
    finally:
        print("cleanup")
for v in g():
    break
print("after loop")
