# time: only types and monotonicity are checked (values vary).
import time
t0 = time.perf_counter()
m0 = time.monotonic()
w0 = time.time()
print(type(t0).__name__, type(m0).__name__, type(w0).__name__)
print(time.perf_counter() >= 0, t0 >= 0, w0 > 1600000000)
time.sleep(0.01)
t1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, m1 >= m0, t1 - t0 >= 0.009)
print(time.time() >= w0)
time.sleep(0)
print("slept")
start = time.perf_counter()
total = 0
for i in range(1000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(elapsed, float))
