print(1.0 in {True}, True in {1.0}, 1.0 in {True: 0}, True in {1.0: 0})
print(1e20 in {10**20}, 1e20 in {10**20: 0}, 10**20 in {1e20: 0})
print({True, 1.0}, [1.0, True].count(True), (True, 1.0).index(1.0))
