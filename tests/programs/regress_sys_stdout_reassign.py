import sys
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
old = sys.stdout
sys.stdout = w
print("captured")
sys.stdout.write("direct\n")
sys.stdout = old
print(w.parts)
