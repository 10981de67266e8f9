# time module: types only
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.perf_counter()).__name__, type(time.monotonic()).__name__)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
a = time.perf_counter()
b = time.perf_counter()
print(b >= a, time.monotonic() <= time.monotonic())
print(time.sleep(0) is None, type(time.localtime()).__name__ if hasattr(time, "localtime") else "struct_time")
print(callable(time.time), time.time_ns() // 10**9 >= int(t) - 1)
