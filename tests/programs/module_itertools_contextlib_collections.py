from itertools import islice, chain, groupby, accumulate, pairwise, count, product, permutations, combinations, zip_longest, takewhile
import itertools
print(list(islice(count(5), 3)), list(chain([1, 2], [3])), list(chain.from_iterable([[1], [2, 3]])))
print([(k, list(g)) for k, g in groupby("aaabbc")], list(accumulate([1, 2, 3, 4])), list(pairwise("abcd")))
print(list(product("ab", repeat=2)), list(permutations([1, 2, 3], 2)), list(combinations("abcd", 2)))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("inside", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
d = defaultdict(list)
d["a"].append(1); d["b"].append(2); d["a"].append(3)
print(d, dict(d))
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
q = deque([1, 2, 3], maxlen=3)
q.append(4); q.appendleft(0)
print(q, len(q), q.popleft())
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), isinstance(p, tuple))
from functools import total_ordering, cached_property, reduce
import operator
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
ci = Circle(2)
print(ci.area, ci.area)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, [1, 2, 3, 4]))
from typing import List, Dict, Optional, TypeVar, Generic
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(3)
print(s.items)
