def run(i, f):
    try:
        f()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)

def case1():
    class A: pass
    A() + 1
run(1, case1)

def case2():
    class A: pass
    1 - A()
run(2, case2)

def case3():
    class A: pass
    -A()
run(3, case3)

def case4():
    class A: pass
    A()[0]
run(4, case4)

def case5():
    class A: pass
    A()[0] = 1
run(5, case5)

def case6():
    class A: pass
    len(A())
run(6, case6)

def case7():
    class A: pass
    for x in A(): pass
run(7, case7)

def case8():
    class A: pass
    A()()
run(8, case8)

def case9():
    class A: pass
    A() < A()
run(9, case9)

def case10():
    class A: pass
    A().missing
run(10, case10)

def case11():
    class A: pass
    A.missing
run(11, case11)

def case12():
    class A:
        def m(self): pass
    A().m.missing
run(12, case12)

def case13():
    n = None; n()
run(13, case13)

def case14():
    n = None; n[0]
run(14, case14)

def case15():
    None.x = 1
run(15, case15)

def case16():
    "a" + 1
run(16, case16)

def case17():
    1 + "a"
run(17, case17)

def case18():
    [1] + (1,)
run(18, case18)

def case19():
    {} + {}
run(19, case19)

def case20():
    "a" * "b"
run(20, case20)

def case21():
    [] * 2.0
run(21, case21)

def case22():
    ~1.5
run(22, case22)

def case23():
    abs("x")
run(23, case23)

def case24():
    int([])
run(24, case24)

def case25():
    float("abc")
run(25, case25)

def case26():
    int("abc")
run(26, case26)

def case27():
    hash([])
run(27, case27)

def case28():
    {}[[]]
run(28, case28)

def case29():
    a, b = 1, 2, 3
run(29, case29)

def case30():
    def f(): pass
    f.x.y
run(30, case30)

def case31():
    import math
    math.nope
run(31, case31)

def case32():
    "abc".nope()
run(32, case32)

def case33():
    5 < "a"
run(33, case33)

def case34():
    [1, 2] < [1, "a"]
run(34, case34)

def case35():
    max(1, "a")
run(35, case35)

def case36():
    "x" in 5
run(36, case36)

def case37():
    1 in "abc"
run(37, case37)

def case38():
    "%d" % "s"
run(38, case38)

def case39():
    "%s %s" % (1,)
run(39, case39)

def case40():
    "{0} {1}".format(1)
run(40, case40)

def case41():
    "{x}".format()
run(41, case41)

def case42():
    print("a" "b" - 1)
run(42, case42)

def case43():
    def f(x): return x
    f(1)(2)
run(43, case43)

def case44():
    lambda: 0 + 1
    (lambda: 0)(1)
run(44, case44)

def case45():
    class A:
        def __init__(self, x): pass
    A()
run(45, case45)

def case46():
    class A:
        def __init__(self): pass
    A(1)
run(46, case46)

def case47():
    class A: pass
    A(1)
run(47, case47)

def case48():
    class A:
        def m(): pass
    A().m()
run(48, case48)

def case49():
    class A:
        @classmethod
        def m(cls, x): pass
    A.m()
run(49, case49)

def case50():
    [].sort(key=1)
run(50, case50)

def case51():
    sorted([1], key=1)
run(51, case51)

def case52():
    next(iter([]))
run(52, case52)

def case53():
    it = iter([1])
    next(it); next(it)
run(53, case53)

def case54():
    def g(): yield
    next(g()); x = g(); next(x); next(x)
run(54, case54)

def case55():
    dict(a=1)["b"]
run(55, case55)

def case56():
    [1, 2, 3].index(4)
run(56, case56)

def case57():
    (1, 2).index(3)
run(57, case57)

def case58():
    "abc".index("z")
run(58, case58)

def case59():
    "abc".rindex("z")
run(59, case59)

def case60():
    list.nope
run(60, case60)

def case61():
    (1, 2)[1:2:0]
run(61, case61)

def case62():
    range(5)[10]
run(62, case62)

def case63():
    "abc"[1:2] = "x"
run(63, case63)

def case64():
    frozenset([1]).add(2)
run(64, case64)

def case65():
    s = {1}; s[0]
run(65, case65)

def case66():
    {}.nope
run(66, case66)

def case67():
    getattr(1, "x")
run(67, case67)
