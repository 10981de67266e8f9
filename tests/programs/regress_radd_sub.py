class Both:
    def __add__(self, o): return "Both.add"
    def __lt__(self, o): return "Both.lt"
class Sub(Both):
    def __radd__(self, o): return "Sub.radd"
    def __gt__(self, o): return "Sub.gt"
print(Both() + Sub())
print(Both() < Sub())
