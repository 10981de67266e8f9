class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = W()
print("a", 1, sep="-", end="!", file=w)
print(file=w)
print("x", file=w, flush=True)
print(w.parts)
import sys
old = sys.stdout
sys.stdout = w
print("captured")
sys.stdout = old
print(w.parts[-2:])
