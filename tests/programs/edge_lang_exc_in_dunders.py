def run(name, f):
    try:
        r = f()
        r = str(r)
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)

def case1():
    class H:
        def __hash__(self):
            raise ValueError("hash broke")
    def act():
        {H(): 1}
    return act()
run('case1', case1)

def case2():
    class H:
        def __hash__(self):
            raise ValueError("hash broke")
    def act():
        H() in {1: 2}
    return act()
run('case2', case2)

def case3():
    class H:
        def __hash__(self):
            raise ValueError("hash broke")
    def act():
        s = set(); s.add(H())
    return act()
run('case3', case3)

def case4():
    class E:
        def __eq__(self, o):
            raise ValueError("eq broke")
    def act():
        E() in [1]
    return act()
run('case4', case4)

def case5():
    class E:
        def __eq__(self, o):
            raise ValueError("eq broke")
    def act():
        [1].index(E())
    return act()
run('case5', case5)

def case6():
    class E:
        def __eq__(self, o):
            raise ValueError("eq broke")
    def act():
        [E()].remove(1)
    return act()
run('case6', case6)

def case7():
    class E:
        def __eq__(self, o):
            raise ValueError("eq broke")
        __hash__ = lambda self: 1
    d = {E(): 1}
    def act():
        d[E()]
    return act()
run('case7', case7)

def case8():
    class L:
        def __lt__(self, o):
            raise ValueError("lt broke")
    def act():
        sorted([L(), L()])
    return act()
run('case8', case8)

def case9():
    class L:
        def __lt__(self, o):
            raise ValueError("lt broke")
    def act():
        max([L(), L()])
    return act()
run('case9', case9)

def case10():
    class B:
        def __bool__(self):
            raise ValueError("bool broke")
    def act():
        if B(): pass
    return act()
run('case10', case10)

def case11():
    class B:
        def __bool__(self):
            raise ValueError("bool broke")
    def act():
        return B() and 1
    return act()
run('case11', case11)

def case12():
    class B:
        def __bool__(self):
            raise ValueError("bool broke")
    def act():
        any([B()])
    return act()
run('case12', case12)

def case13():
    class N:
        def __len__(self):
            raise ValueError("len broke")
    def act():
        bool(N())
    return act()
run('case13', case13)

def case14():
    class I:
        def __index__(self):
            raise ValueError("index broke")
    def act():
        [1, 2][I()]
    return act()
run('case14', case14)

def case15():
    class I:
        def __iter__(self):
            raise ValueError("iter broke")
    def act():
        list(I())
    return act()
run('case15', case15)

def case16():
    class I:
        def __iter__(self):
            return self
        def __next__(self):
            raise ValueError("next broke")
    def act():
        for x in I(): pass
    return act()
run('case16', case16)

def case17():
    class I:
        def __iter__(self):
            return self
        def __next__(self):
            raise ValueError("next broke")
    def act():
        a, b = I()
    return act()
run('case17', case17)

def case18():
    class I:
        def __iter__(self):
            return self
        def __next__(self):
            raise ValueError("next broke")
    def act():
        return print(*I())
    return act()
run('case18', case18)

def case19():
    class I:
        def __iter__(self):
            return self
        def __next__(self):
            raise ValueError("next broke")
    def f(*a): pass
    def act():
        f(*I())
    return act()
run('case19', case19)

def case20():
    class R:
        def __repr__(self):
            raise ValueError("repr broke")
    def act():
        return [R()]
    return act()
run('case20', case20)

def case21():
    class R:
        def __str__(self):
            raise ValueError("str broke")
    def act():
        return R()
    return act()
run('case21', case21)

def case22():
    class R:
        def __str__(self):
            raise ValueError("str broke")
    def act():
        f"{R()}"
    return act()
run('case22', case22)

def case23():
    class R:
        def __format__(self, s):
            raise ValueError("format broke")
    def act():
        "{}".format(R())
    return act()
run('case23', case23)

def case24():
    class K:
        def keys(self):
            return ["a"]
        def __getitem__(self, k):
            raise ValueError("getitem broke")
    def act():
        dict(K())
    return act()
run('case24', case24)

def case25():
    class K:
        def keys(self):
            return ["a"]
        def __getitem__(self, k):
            return 5
    def act():
        return dict(K()), {**K()}
    return act()
run('case25', case25)

def case26():
    class K:
        def keys(self):
            return ["a"]
        def __getitem__(self, k):
            return 5
    def f(**kw): return kw
    def act():
        return f(**K())
    return act()
run('case26', case26)

def case27():
    class C:
        def __contains__(self, x):
            raise ValueError("contains broke")
    def act():
        1 in C()
    return act()
run('case27', case27)

def case28():
    class G:
        def __getattr__(self, n):
            raise ValueError("getattr broke")
    def act():
        hasattr(G(), "x")
    return act()
run('case28', case28)

def case29():
    class G:
        def __getattr__(self, n):
            raise KeyError("getattr keyerror")
    def act():
        return getattr(G(), "x", "dflt")
    return act()
run('case29', case29)

def case30():
    class G:
        def __getattr__(self, n):
            raise AttributeError("custom")
    def act():
        return getattr(G(), "x", "dflt"), hasattr(G(), "y")
    return act()
run('case30', case30)

def case31():
    class S:
        def __setitem__(self, k, v):
            raise ValueError("setitem broke")
    s = S()
    def act():
        s[1] = 2
    return act()
run('case31', case31)

def case32():
    class A:
        def __add__(self, o):
            raise ValueError("add broke")
    def act():
        sum([A(), A()], A())
    return act()
run('case32', case32)

def case33():
    class A:
        def __init__(self):
            raise ValueError("init broke")
    def act():
        [A() for _ in range(2)]
    return act()
run('case33', case33)

def case34():
    class A:
        def __call__(self):
            raise ValueError("call broke")
    def act():
        list(map(lambda f: f(), [A()]))
    return act()
run('case34', case34)

def case35():
    class Key:
        pass
    def k(x):
        raise ValueError("key broke")
    def act():
        sorted([1, 2], key=k)
    return act()
run('case35', case35)

def case36():
    def k(x):
        raise ValueError("key broke")
    def act():
        min([1, 2], key=k)
    return act()
run('case36', case36)

def case37():
    def k(x):
        raise ValueError("key broke")
    def act():
        [3, 1].sort(key=k)
    return act()
run('case37', case37)
