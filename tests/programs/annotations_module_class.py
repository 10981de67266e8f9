x: int = 5
y: str
class P:
    a: int
    b: float = 2.0
    c = 3
print(__annotations__, P.__annotations__, P.b)
