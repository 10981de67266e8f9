for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    pass
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
def a():
    x = None; x += 1
def b():
    x = "s"; x -= 1
def c():
    x = [1]; x *= "a"
def d():
    x = {}; x |= [1]
def e():
    l = [None]; l[0] += 1
def f():
    class O: pass
    o = O(); o.v = None; o.v += 1
def g():
    x = 1; x @= 2
for fn in [a, b, c, d, e, f, g]:
    t(fn)
