# enum (Enum, IntEnum, StrEnum, auto) and abc (ABC, abstractmethod); class __dict__ order.
from enum import Enum, IntEnum, auto
from abc import ABC, abstractmethod
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, Color.BLUE.value, list(Color), Color(2), Color['GREEN'], len(Color))
class P(IntEnum):
    A = 1
    B = 2
print(P.A + 1, P.B < 3)
class Base(ABC):
    @abstractmethod
    def f(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class D(Base):
    def f(self): return 1
print(D().f())
class K:
    b = 1
    a = 2
print([k for k in K.__dict__ if not k.startswith('__')])
from enum import StrEnum
class S(StrEnum):
    X = "x"
print(S.X, S.X + "y", S.X == "x", P.B * 3, P(1), repr(P.A), hash(P.A) == hash(P.A))
print(isinstance(P.A, int), Color.RED == Color.RED, Color.RED is Color(1), Color.RED.name)
